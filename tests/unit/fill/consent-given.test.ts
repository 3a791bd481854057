/**
 * The applicant's consent at 完成并送审 (同意, 本人承诺…) already given on the page is done: the
 * preview and the report show it 已一致, not 需用户处理, and nothing writes it (probe 21 N3). Not
 * given, or answered 不同意, it stays the user's to tick (seed 3(11)): the extension never agrees
 * on his behalf.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { installLocale } from '../i18n-fake';

const profile = profileSchema.parse(sample.profile);

function consentRows(cell: string, label = '是否同意：') {
  document.body.innerHTML = `<h2>完成并送审</h2><table><tr><td>${label}</td><td>${cell}</td></tr></table><input type="submit" value="送审">`;
  // (happy-dom does not honour an option's `selected` attribute set through innerHTML: the list is set by its value.)
  for (const s of document.querySelectorAll<HTMLSelectElement>('select[data-chosen]')) s.value = s.dataset.chosen!;
  const snapshot = collectSnapshot(document);
  const plan = planFill(snapshot, recognizeFields(snapshot, 'submit'), profile, 'submit');
  return { snapshot, plan, items: plan.items.filter((i) => i.key === 'page.consent') };
}

const box = (checked: boolean, text = '') => `<input type="checkbox" id="ty"${checked ? ' checked' : ''}>${text ? `<label for="ty">${text}</label>` : ''}`;
const radios = (chosen: 0 | 1 | null) =>
  ['同意', '不同意'].map((text, i) => `<input type="radio" name="ty" id="r${i}"${chosen === i ? ' checked' : ''}><label for="r${i}">${text}</label>`).join('');
const list = (chosen: string) => {
  const options = ['请选择', '同意', '不同意'];
  return `<select id="ty" data-chosen="${options.indexOf(chosen) || ''}">${options.map((text, i) => `<option value="${i || ''}">${text}</option>`).join('')}</select>`;
};

describe('consent already given (probe 21 N3)', () => {
  beforeEach(() => installLocale());

  it('a ticked 同意 / 承诺 box, a chosen 同意 radio or option reads 已一致, with what the page shows', () => {
    const given: [string, string?][] = [
      [box(true)],
      [box(true, '同意')],
      [box(true, '本人承诺以上信息真实'), '本人承诺：'],
      [box(true, '我已阅读并同意以上承诺'), '承诺书：'],
      [radios(0)],
      [list('同意'), '送审确认：'],
    ];
    for (const [cell, label] of given) {
      const { items } = consentRows(cell, label);
      expect(items.length, cell).toBeGreaterThan(0);
      expect(items.some((i) => i.action === 'needs-user'), cell).toBe(false);
      expect(items[0], cell).toMatchObject({ action: 'skip', outcome: 'same' });
      expect(items[0]!.value, cell).not.toBe('');
    }
  });

  it("not given, or 不同意 chosen: still the user's to tick", () => {
    for (const [cell, label] of [[box(false)], [box(false, '本人承诺以上信息真实'), '本人承诺：'], [radios(null)], [radios(1)], [list('不同意'), '送审确认：'], [list('请选择'), '送审确认：']] as [string, string?][]) {
      const { items } = consentRows(cell, label);
      expect(items.length, cell).toBeGreaterThan(0);
      expect(items.every((i) => i.action === 'needs-user'), cell).toBe(true);
    }
  });

  it('the report says 已一致 for a ticked box, and leaves it ticked', async () => {
    const { snapshot, plan } = consentRows(box(true, '本人承诺以上信息真实'), '本人承诺：');
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'page.consent')).toMatchObject({ result: 'skipped', outcome: 'same' });
    expect((document.getElementById('ty') as HTMLInputElement).checked).toBe(true);
  });

  it('ticked by the user after the preview: the report says so too, and the box is never touched', async () => {
    const { snapshot, plan } = consentRows(box(false, '本人承诺以上信息真实'), '本人承诺：');
    expect(plan.items.find((i) => i.key === 'page.consent')).toMatchObject({ action: 'needs-user' });
    (document.getElementById('ty') as HTMLInputElement).checked = true;
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'page.consent')).toMatchObject({ result: 'skipped', outcome: 'same' });
    expect((document.getElementById('ty') as HTMLInputElement).checked).toBe(true);
  });
});
