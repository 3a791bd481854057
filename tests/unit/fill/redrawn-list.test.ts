/**
 * 应用 while a write makes the page draw a list anew under a new id (a cascade's child, a date's
 * month list): the fill finds the new list by its name (lib/fill/apply.ts refindControl), never a
 * neighbour named alike that is still there, waits for one removed and drawn again, and never
 * reports 已填 for a list written while detached from the page (breaker 7c findings 4, 5, 6).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

const base = { label: '测试', application: { level: '初级', qualificationName: '助理工程师' }, basic: { name: '李明远' } };
const row = (label: string, field: string) => `<tr><td>${label}</td><td>${field}</td></tr>`;
const opts = (from: number, to: number) => ['<option value="">请选择</option>', ...Array.from({ length: to - from + 1 }, (_, i) => `<option value="${from + i}">${from + i}</option>`)].join('');
const sel = (id: string) => document.getElementById(id) as HTMLSelectElement | null;

/** On `parent`'s change, `old` is drawn anew as `freshId`: at once (replaceWith), or removed and put back `delay` ms later. */
function redrawOnChange(parent: string, old: string, freshId: string, options: string, delay: number): void {
  sel(parent)!.addEventListener('change', () => {
    const before = sel(old)!;
    const fresh = document.createElement('select');
    fresh.id = freshId;
    fresh.innerHTML = options;
    if (delay === 0) return before.replaceWith(fresh);
    const cell = before.parentElement!;
    const after = before.nextSibling;
    before.remove();
    setTimeout(() => cell.insertBefore(fresh, after), delay);
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('认定资格名称 drawn anew under a new id in 申报级别’s onchange, at once (finding 6)', () => {
  it('found by its label and filled, as when drawn 50 ms later', async () => {
    const profile = profileSchema.parse(base);
    document.body.innerHTML = `<table>${row('申报级别', '<select id="jb"><option value="">--请选择--</option><option value="1">初级</option></select>')}${row('认定资格名称', '<select id="zgmc"><option value="">--请选择--</option></select>')}</table>`;
    redrawOnChange('jb', 'zgmc', 'zgmc_2', '<option value="">--请选择--</option><option value="z1">技术员</option><option value="z2">助理工程师</option>', 0);
    const snapshot = collectSnapshot(document, window);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(sel('zgmc_2')!.value).toBe('z2');
    expect(report.items.find((i) => i.key === 'application.qualificationName')?.result).toBe('filled');
  });
});

describe('出生年月 [年][月] whose month list the year’s change draws anew under a new id (finding 5)', () => {
  it.each([
    ['at once (replaceWith)', 0],
    ['removed, then added 50 ms later', 50],
  ])('%s: the month is in the page’s month list, or the row does not say 已填', async (_, delay) => {
    const profile = profileSchema.parse(sample.profile);
    document.body.innerHTML = `<table><tr><td>姓名</td><td><input id="xm"></td></tr><tr><td>出生年月</td><td><select id="y">${opts(1960, 2005)}</select>年<select id="m">${opts(1, 12)}</select>月</td></tr></table>`;
    const snapshot = collectSnapshot(document, window);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
    expect(plan.items.find((i) => i.key === 'basic.birthDate')?.lists).toHaveLength(2);
    redrawOnChange('y', 'm', 'm_2', opts(1, 12), delay);
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    await new Promise((r) => setTimeout(r, 100));
    const birth = report.items.find((i) => i.key === 'basic.birthDate')!;
    expect({ month: sel('m_2')!.value, result: birth.result }).not.toEqual({ month: '', result: 'filled' });
  }, 15_000);

  it('a month list removed and never drawn again: reported failed (找不到该栏), not 已填', async () => {
    const profile = profileSchema.parse(sample.profile);
    document.body.innerHTML = `<table><tr><td>姓名</td><td><input id="xm"></td></tr><tr><td>出生年月</td><td><select id="y">${opts(1960, 2005)}</select>年<select id="m">${opts(1, 12)}</select>月</td></tr></table>`;
    const snapshot = collectSnapshot(document, window);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
    sel('y')!.addEventListener('change', () => sel('m')!.remove());
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'basic.birthDate')?.result).toBe('failed');
  }, 15_000);
});

describe('起止年月 in four lists, both month lists named 年; the start year’s change draws the start month list anew (finding 4)', () => {
  it.each([
    ['removed, redrawn 50 ms later', 50],
    ['replaced at once', 0],
  ])('%s: start month in the new start list, never in the end list', async (_, delay) => {
    const profile = profileSchema.parse({ ...base, education: [{ seq: 1, startDate: '2011-09-01', endDate: '2015-06-30', school: '某某大学', major: '环境工程' }] });
    document.body.innerHTML = `<table>${row('记录序号', '<input id="xh">')}${row('学校名称', '<input id="xx">')}${row('所学专业', '<input id="zy">')}${row(
      '起止年月',
      `<select id="y1">${opts(1990, 2025)}</select>年<select id="m1">${opts(1, 12)}</select>月 至 <select id="y2">${opts(1990, 2025)}</select>年<select id="m2">${opts(1, 12)}</select>月`,
    )}</table>`;
    const snapshot = collectSnapshot(document, window);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'education'), profile, 'education');
    expect(plan.items.filter((i) => i.lists).map((i) => [i.key, i.lists!.length])).toEqual([
      ['education.startDate', 2],
      ['education.endDate', 2],
    ]);
    redrawOnChange('y1', 'm1', 'm1_new', opts(1, 12), delay);
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    await new Promise((r) => setTimeout(r, 100));
    expect(sel('m2')!.value).toBe('6');
    expect(sel('m1_new')!.value).toBe('9');
    expect(['education.startDate', 'education.endDate'].map((k) => report.items.find((i) => i.key === k)?.result)).toEqual(['filled', 'filled']);
  }, 15_000);
});
