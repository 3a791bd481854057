import { collectSnapshot } from '../../lib/page/collect';
import { recognizeStep } from '../../lib/portal/recognize-step';
import { recognizeFields } from '../../lib/fields/recognize';
import { planFill, type PlanOptions } from '../../lib/fill/plan';
import { profileSchema, type Profile } from '../../lib/profile/schema';
import sample from '../../tests/fixtures/sample-profile.json';
import type { StepId } from '../../lib/portal/step-ids';

export const sampleProfile: Profile = profileSchema.parse(sample.profile);
export function withProfile(patch: (p: any) => void): Profile {
  const p = JSON.parse(JSON.stringify(sample.profile));
  patch(p);
  return profileSchema.parse(p);
}

export function run(body: string, opts: { step?: StepId; profile?: Profile; plan?: PlanOptions; head?: string } = {}) {
  document.head.innerHTML = opts.head ?? '';
  document.body.innerHTML = body;
  const snapshot = collectSnapshot(document, window);
  const recognized = recognizeStep(snapshot).step;
  const step = opts.step ?? recognized;
  const matches = recognizeFields(snapshot, step as StepId);
  const plan = planFill(snapshot, matches, opts.profile ?? sampleProfile, step as StepId, opts.plan ?? {});
  const items = plan.items.map((i) => {
    const c = snapshot.controls[i.control]!;
    return `${c.id || c.name}|${i.key}|${i.action}|${i.value}${i.option !== undefined ? '|opt=' + i.option : ''}${i.reason ? '|' + i.reason : ''}`;
  });
  const keys = matches.map((m) => `${snapshot.controls[m.control]!.id || snapshot.controls[m.control]!.name}=${m.key ?? '?' + m.ambiguous.join('/')}`);
  return { recognized, step, recordIndex: plan.recordIndex, grids: snapshot.grids, items, keys, seq: plan.items.find((i) => i.key?.endsWith('.seq'))?.value };
}
