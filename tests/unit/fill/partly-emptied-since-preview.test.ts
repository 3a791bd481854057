/**
 * A field the preview showed 已一致 whose page emptied PART of it since (one list of a date in
 * lists): it counts as emptied (written again when the plan allows, FillItem.refill), never
 * 已一致 with half the date shown, and the open preview says 页面已变化 (breaker 7c finding 7).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill, changedSincePreview } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

const profile = profileSchema.parse(sample.profile);
const row = (label: string, field: string) => `<tr><td>${label}</td><td>${field}</td></tr>`;
const opts = (from: number, to: number, chosen: number) =>
  ['<option value="">请选择</option>', ...Array.from({ length: to - from + 1 }, (_, i) => `<option value="${from + i}"${from + i === chosen ? ' selected="selected"' : ''}>${from + i}</option>`)].join('');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('出生日期 in three lists showing the profile’s 1998-05-12 (已一致)', () => {
  it('the page redrew the day list on 请选择 after the preview: 应用 does not report 已一致 with the day empty', async () => {
    document.body.innerHTML = `<table>${row('姓名', '<input id="xm">')}${row('出生日期', `<select id="y">${opts(1960, 2005, 1998)}</select>年<select id="m">${opts(1, 12, 5)}</select>月<select id="d">${opts(1, 31, 12)}</select>日`)}</table>`;
    for (const [id, v] of [['y', '1998'], ['m', '5'], ['d', '12']] as const) (document.getElementById(id) as HTMLSelectElement).value = v;
    const snapshot = collectSnapshot(document, window);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
    expect(plan.items.find((i) => i.key === 'basic.birthDate')).toMatchObject({ outcome: 'same' });
    // An UpdatePanel redraws the day list after the preview: back on 请选择.
    (document.getElementById('d') as HTMLSelectElement).value = '';
    const stale = changedSincePreview(document, plan, collectSnapshot(document, window), new Set());
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    const birth = report.items.find((i) => i.key === 'basic.birthDate')!;
    const dayShown = (document.getElementById('d') as HTMLSelectElement).value;
    // Either written again (the field as a whole is the profile's) or not reported as matching.
    expect({ dayShown, outcome: birth.outcome }).not.toEqual({ dayShown: '', outcome: 'same' });
    // And the open preview said so before 应用 (or 应用 wrote it).
    expect(stale || dayShown === '12').toBe(true);
  });
});
