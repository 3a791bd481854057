import type { FieldKey } from '../../../lib/fields/keys';
import type { PageFieldValue } from '../../../lib/fields/match';
import type { ControlSnapshot, GridSnapshot, PageSnapshot } from '../../../lib/page/snapshot';
import { emptyProfile, type Profile } from '../../../lib/profile/schema';
import type { CheckContext, PhotoFacts, StepRecord } from '../../../lib/checks/types';
import type { ApplicationStepId, StepId } from '../../../lib/portal/step-ids';
import { estimateEligibility } from '../../../lib/eligibility';

/** When a step of a test's history was saved (StepRecord.savedAt). */
export const SAVED_AT = '2026-12-01T08:00:00.000Z';

/** A control with plain defaults (visible, enabled text box), overridden by `part`. */
export function control(part: Partial<ControlSnapshot> = {}): ControlSnapshot {
  return {
    index: 0,
    kind: 'text',
    tag: 'input',
    type: 'text',
    id: '',
    name: '',
    labels: [],
    value: '',
    checked: false,
    options: [],
    readOnly: false,
    disabled: false,
    visible: true,
    required: false,
    maxLength: null,
    groupLabel: '',
    choiceText: '',
    pickerButton: false,
    pickerCodeIndex: null,
    calendar: false,
    buttonText: '',
    selector: '',
    ...part,
  };
}

/** A labelled control (label text as both raw and normalised). */
export function labelled(label: string, part: Partial<ControlSnapshot> = {}): ControlSnapshot {
  return control({ labels: [{ source: 'cell-left', raw: label, text: label, required: part.required ?? false }], ...part });
}

/** A grid from headers and rows of cells (optionally with row actions). */
export function grid(headers: string[], rows: (string[] | { cells: string[]; actions: string[] })[]): GridSnapshot {
  return { headers, rows: rows.map((r) => (Array.isArray(r) ? { cells: r, actions: [] } : r)) };
}

export interface CtxSpec {
  step?: StepId;
  /** Recognised fields; each gets its own text control (or `control` when given). */
  fields?: { key: FieldKey; value: string; control?: Partial<ControlSnapshot> }[];
  /** Extra controls appended after the field controls. */
  controls?: Partial<ControlSnapshot>[];
  grids?: GridSnapshot[];
  headings?: string[];
  notices?: string[];
  profile?: Profile | null;
  photo?: PhotoFacts | null;
  history?: Partial<Record<ApplicationStepId, StepRecord>>;
  /** The counting date the profile's eligibility is estimated at (the background does it with the setting). */
  countingDate?: string;
}

/** A small synthetic CheckContext. */
export function buildCtx(spec: CtxSpec = {}): CheckContext {
  const controls: ControlSnapshot[] = [];
  const fields: PageFieldValue[] = [];
  for (const f of spec.fields ?? []) {
    const index = controls.length;
    controls.push(control({ value: f.value, ...f.control, index }));
    fields.push({ key: f.key, control: index, value: f.value, label: f.key });
  }
  for (const c of spec.controls ?? []) controls.push(control({ ...c, index: controls.length }));
  const snapshot: PageSnapshot = {
    url: 'http://127.0.0.1/vsgzhr/page.aspx',
    title: '',
    isTopFrame: false,
    childFrameCount: 0,
    charset: 'UTF-8',
    headings: spec.headings ?? [],
    notices: spec.notices ?? [],
    controls,
    grids: spec.grids ?? [],
    links: [],
  };
  const profile = spec.profile ?? null;
  return {
    step: spec.step ?? 'basic-info',
    snapshot,
    fields,
    // Recognition's answers: the fields' keys, no ties.
    matches: fields.map((f) => ({ control: f.control, key: f.key, ambiguous: [] })),
    profile,
    photo: spec.photo ?? null,
    history: spec.history ?? {},
    eligibility: profile ? estimateEligibility(profile, spec.countingDate ?? '2020-12-31') : null,
  };
}

/** A profile with the given overrides on top of an empty one. */
export function profileWith(patch: Partial<Profile>): Profile {
  return { ...emptyProfile('测试'), ...patch };
}
