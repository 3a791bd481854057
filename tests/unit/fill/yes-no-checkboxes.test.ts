/**
 * A yes/no question drawn as two checkboxes (an ASP.NET CheckBoxList 是否缴纳社保 [ ]是 [ ]否, in
 * flow layout or RepeatLayout=Table, each box named apart) is one field, like a radio pair: it
 * reads as the ticked box's text ("" when none), is filled by ticking one box and unticking the
 * other, and the 否-without-reason rule (seed step 3(5)) holds in every layout (probe round 9 item 2).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema, type Profile } from '../../../lib/profile/schema';
import type { StepId } from '../../../lib/portal/step-ids';

function profile(paid: boolean): Profile {
  return profileSchema.parse({
    label: '测试',
    basic: { name: '张小明' },
    education: [{ seq: 1, startDate: '2011-09-01', endDate: '2015-06-30', school: '某某大学', major: '环境工程', educationLevel: '大学本科', degree: '学士', studyMode: '全日制' }],
    workHistory: [{ seq: 1, employer: '广州某环境监测有限公司', socialInsurancePaid: paid }],
  });
}

const row = (label: string, cell: string) => `<tr><td>${label}</td><td>${cell}</td></tr>`;
const box = (id: string, text: string) => `<input type="checkbox" id="${id}" name="${id.replace('_', '$')}"><label for="${id}">${text}</label>`;
/** The pair as a CheckBoxList renders it: flow layout (a span), table layout across, table layout down. */
const LAYOUTS: Record<string, string> = {
  flow: `<span id="cblSB">${box('cblSB_0', '是')}${box('cblSB_1', '否')}</span>`,
  across: `<table id="cblSB"><tr><td>${box('cblSB_0', '是')}</td><td>${box('cblSB_1', '否')}</td></tr></table>`,
  down: `<table id="cblSB"><tr><td>${box('cblSB_0', '是')}</td></tr><tr><td>${box('cblSB_1', '否')}</td></tr></table>`,
  /** A cell each in the question's row: the 否 cell has no row label of its own (breaker 12 item 3). */
  cells: `${box('cblSB_0', '是')}</td><td>${box('cblSB_1', '否')}`,
  /** Each box's text before it, no label element: 是[ ] 否[ ] (breaker 12 item 3). */
  'text first': `是<input type="checkbox" id="cblSB_0" name="cblSB$0"> 否<input type="checkbox" id="cblSB_1" name="cblSB$1">`,
  /** Text first after a star, a request or a colon, or with a star or a note after the last box (breaker 14b items 3 and 4). */
  'text first, star before': `*是<input type="checkbox" id="cblSB_0" name="cblSB$0"> 否<input type="checkbox" id="cblSB_1" name="cblSB$1">`,
  'text first, request before': `（请勾选）是<input type="checkbox" id="cblSB_0" name="cblSB$0"> 否<input type="checkbox" id="cblSB_1" name="cblSB$1">`,
  'text first, colon before': `：是<input type="checkbox" id="cblSB_0" name="cblSB$0"> 否<input type="checkbox" id="cblSB_1" name="cblSB$1">`,
  'text first, star after': `是<input type="checkbox" id="cblSB_0" name="cblSB$0"> 否<input type="checkbox" id="cblSB_1" name="cblSB$1"><font color="red">*</font>`,
  'text first, note after': `是<input type="checkbox" id="cblSB_0" name="cblSB$0"> 否<input type="checkbox" id="cblSB_1" name="cblSB$1">（选否请填写原因）`,
};
const workForm = (cell: string, reason = '') =>
  `<h2>主要专业技术工作经历</h2><table>${row('工作单位', '<input id="dw">')}${row('是否缴纳社保', cell)}${row('未缴纳社保原因', `<textarea id="yy">${reason}</textarea>`)}</table>`;

function open(html: string, ticked: string[] = []) {
  document.body.innerHTML = `<form>${html}</form>`;
  for (const id of ticked) (document.getElementById(id) as HTMLInputElement).checked = true;
  return collectSnapshot(document, window);
}

function evaluate(html: string, ticked: string[] = [], p: Profile | null = null) {
  const snapshot = open(html, ticked);
  const ev = evaluatePage(snapshot, { profile: p, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  return { snapshot, ev, findings: ev.findings.map((f) => f.checkId) };
}

function plan(html: string, ticked: string[], p: Profile, step: StepId) {
  const { snapshot, ev } = evaluate(html, ticked, p);
  expect(ev.recognition.step).toBe(step);
  return { snapshot, plan: planFill(snapshot, ev.matches, p, step) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a 是/否 checkbox pair is one yes/no field', () => {
  for (const [layout, cell] of Object.entries(LAYOUTS)) {
    it(`reads as the ticked box's text, "" when none (${layout})`, () => {
      const values = (ticked: string[]) => evaluate(workForm(cell), ticked).ev.fields.filter((f) => f.key === 'workHistory.socialInsurancePaid').map((f) => f.value);
      expect(values([])).toEqual(['']);
      expect(values(['cblSB_0'])).toEqual(['是']);
      expect(values(['cblSB_1'])).toEqual(['否']);
    });

    it(`asks for the reason when 否 is ticked, not when nothing is (${layout})`, () => {
      expect(evaluate(workForm(cell)).findings).not.toContain('social-insurance-reason');
      expect(evaluate(workForm(cell), ['cblSB_0']).findings).not.toContain('social-insurance-reason');
      expect(evaluate(workForm(cell), ['cblSB_1']).findings).toContain('social-insurance-reason');
      expect(evaluate(workForm(cell, '单位未缴纳'), ['cblSB_1']).findings).not.toContain('social-insurance-reason');
    });
  }

  it('reads boxes without a name too, and a lone box by its answer: 是 unticked is no 否', () => {
    const unnamed = `<span>${box('a', '是').replace(/ name="[^"]*"/, '')}${box('b', '否').replace(/ name="[^"]*"/, '')}</span>`;
    expect(evaluate(workForm(unnamed)).findings).not.toContain('social-insurance-reason');
    expect(evaluate(workForm(unnamed), ['b']).findings).toContain('social-insurance-reason');
    expect(evaluate(workForm(box('a', '是'))).findings).not.toContain('social-insurance-reason');
    expect(evaluate(workForm(box('b', '否')), ['b']).findings).toContain('social-insurance-reason');
  });

  it('a lone box saying no by its first word (未缴纳社会保险) is ticked for 否 only: a paid job leaves it unticked, 已一致 (fill 59: it was ticked)', () => {
    const html = `<h2>主要专业技术工作经历</h2><table>${row('工作单位', '<input id="dw">')}${row('社保', box('cbWJ', '未缴纳社会保险'))}</table>`;
    const item = (paid: boolean, ticked: string[] = []) => plan(html, ticked, profile(paid), 'work-experience').plan.items.find((i) => i.key === 'workHistory.socialInsurancePaid')!;
    expect(item(true)).toMatchObject({ outcome: 'same', option: 'false', value: '是' });
    expect(item(false)).toMatchObject({ outcome: 'will-fill', option: 'true', value: '否' });
    // Ticked on the page for a paid job: unticked only with 覆盖.
    expect(item(true, ['cbWJ'])).toMatchObject({ outcome: 'conflict', overwrite: true, option: 'false' });
  });

  it('plans ticking the answer, and with 否 ticked asks before replacing it, naming the box to untick', () => {
    const html = workForm(LAYOUTS.flow!);
    const ids = (s: ReturnType<typeof open>, indexes: number[] = []) => indexes.map((i) => s.controls[i]!.id);
    const fresh = plan(html, [], profile(true), 'work-experience');
    const empty = fresh.plan.items.find((i) => i.key === 'workHistory.socialInsurancePaid')!;
    expect(empty).toMatchObject({ action: 'fill', outcome: 'will-fill', option: 'true', value: '是' });
    expect(fresh.snapshot.controls[empty.control]!.id).toBe('cblSB_0');
    // The other box is named even when not ticked: 应用 keeps a tick he puts there after the preview (breaker 31a F1).
    expect(ids(fresh.snapshot, empty.untick)).toEqual(['cblSB_1']);
    const other = plan(html, ['cblSB_1'], profile(true), 'work-experience');
    const replace = other.plan.items.find((i) => i.key === 'workHistory.socialInsurancePaid')!;
    expect(replace).toMatchObject({ outcome: 'conflict', overwrite: true, option: 'true', value: '是', current: '否' });
    expect(ids(other.snapshot, replace.untick)).toEqual(['cblSB_1']);
    // Both ticked is no answer: the other box is unticked, the answer kept.
    const both = plan(html, ['cblSB_0', 'cblSB_1'], profile(true), 'work-experience').plan.items.find((i) => i.key === 'workHistory.socialInsurancePaid')!;
    expect(both.outcome).toBe('conflict');
    expect(plan(html, ['cblSB_1'], profile(false), 'work-experience').plan.items.find((i) => i.key === 'workHistory.socialInsurancePaid')!.outcome).toBe('same');
  });

  it('applying ticks the answer and unticks the other box: never both ticked', async () => {
    const { snapshot, plan: p } = plan(workForm(LAYOUTS.across!), ['cblSB_1'], profile(true), 'work-experience');
    const item = p.items.find((i) => i.key === 'workHistory.socialInsurancePaid')!;
    const report = await applyFill(document, snapshot, p, { overwrite: new Set([item.control]) });
    expect(report.items.find((i) => i.key === 'workHistory.socialInsurancePaid')!.result).toBe('filled');
    expect((document.getElementById('cblSB_0') as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('cblSB_1') as HTMLInputElement).checked).toBe(false);
  });

  it('a lone 否 box is ticked for the answer 否, left for 是', () => {
    const lone = (paid: boolean, ticked: string[] = []) => plan(workForm(box('b', '否')), ticked, profile(paid), 'work-experience').plan.items.find((i) => i.key === 'workHistory.socialInsurancePaid')!;
    expect(lone(false)).toMatchObject({ action: 'fill', option: 'true' });
    expect(lone(false).current).toBeUndefined();
    expect(lone(true)).toMatchObject({ outcome: 'same', option: 'false' });
    // Ticked, it shows its own answer: 否 (not 是, as a plain ticked box would).
    expect(lone(true, ['b'])).toMatchObject({ action: 'fill', option: 'false', value: '是', current: '否' });
  });

  it('any 是/否 question: 是否全日制 as a checkbox pair is answered 是 for 全日制', () => {
    const html = `<h2>学位（学历）教育情况</h2><table>${row('毕业院校', '<input id="yx">')}${row('学历', '<input id="xl">')}${row('是否全日制', `<span>${box('qrz_0', '是')}${box('qrz_1', '否')}</span>`)}</table>`;
    const { snapshot, plan: p } = plan(html, ['qrz_1'], profile(true), 'education');
    const item = p.items.find((i) => i.key === 'education.studyMode')!;
    expect(item).toMatchObject({ outcome: 'conflict', option: 'true', value: '是', current: '否' });
    expect([item.control, ...item.untick!].map((i) => snapshot.controls[i]!.id)).toEqual(['qrz_0', 'qrz_1']);
  });
});

describe('two yes/no questions in a row stay two fields (breaker round 11 item 3)', () => {
  const radios = (name: string) => `<input type="radio" id="${name}_0" name="${name}"><label for="${name}_0">是</label><input type="radio" id="${name}_1" name="${name}"><label for="${name}_1">否</label>`;
  /** Each question's pair in the layouts above, its boxes named `${name}_0` (是) and `${name}_1` (否). */
  const boxes = (layout: string, name: string) => LAYOUTS[layout]!.replaceAll('cblSB', name);
  const keyOf = (ev: ReturnType<typeof evaluate>['ev'], snapshot: ReturnType<typeof open>, id: string) =>
    ev.matches.find((m) => snapshot.controls[m.control]!.id === id)?.key ?? null;
  const workRows = (rows: string) => `<h2>主要专业技术工作经历</h2><table>${row('工作单位', '<input id="dw" value="某单位">')}${rows}${row('未缴纳社保原因', '<textarea id="yy"></textarea>')}</table>`;

  it('radios: 是否兼职 then 是否缴纳社保 (否 ticked) keeps 社保 its key and its 否-without-reason error', () => {
    const { snapshot, ev, findings } = evaluate(workRows(row('是否兼职', radios('jz')) + row('*是否缴纳社保', radios('sb'))), ['jz_0', 'sb_1']);
    expect(keyOf(ev, snapshot, 'sb_0')).toBe('workHistory.socialInsurancePaid');
    expect(keyOf(ev, snapshot, 'jz_0')).toBeNull();
    expect(findings).toContain('social-insurance-reason');
  });

  it('radios: 是否缴纳社保 then 是否至今, 是否全日制 then 是否取得学位: the second question is not keyed as the first', () => {
    const work2 = evaluate(workRows(row('*是否缴纳社保', radios('sb')) + row('*是否至今', radios('zj'))), ['sb_0', 'zj_0']);
    expect(keyOf(work2.ev, work2.snapshot, 'sb_0')).toBe('workHistory.socialInsurancePaid');
    expect(keyOf(work2.ev, work2.snapshot, 'zj_0')).not.toBe('workHistory.socialInsurancePaid');
    const edu = evaluate(`<h2>学位(学历)教育情况</h2><table>${row('*毕业院校', '<input id="yx">')}${row('*是否全日制', radios('qrz'))}${row('*是否取得学位', radios('xw'))}</table>`);
    expect(keyOf(edu.ev, edu.snapshot, 'qrz_0')).toBe('education.studyMode');
    expect(keyOf(edu.ev, edu.snapshot, 'xw_0')).not.toBe('education.studyMode');
  });

  it('a 是否至今 radio pair then the 社保 checkbox pair (否 ticked): 社保 keeps its key and the reason error', () => {
    const { snapshot, ev, findings } = evaluate(workRows(row('是否至今', radios('zj')) + row('*是否缴纳社保', boxes('flow', 'sb'))), ['zj_0', 'sb_1']);
    expect(keyOf(ev, snapshot, 'sb_0')).toBe('workHistory.socialInsurancePaid');
    expect(findings).toContain('social-insurance-reason');
  });

  for (const layout of Object.keys(LAYOUTS)) {
    it(`two checkbox pairs in a row (${layout}): 社保 is its own pair, planned and checked`, () => {
      const html = workRows(row('是否兼职', boxes(layout, 'jz')) + row('*是否缴纳社保', boxes(layout, 'sb')));
      const { snapshot, ev, findings } = evaluate(html, ['jz_0', 'sb_1']);
      expect(keyOf(ev, snapshot, 'sb_0')).toBe('workHistory.socialInsurancePaid');
      expect(keyOf(ev, snapshot, 'jz_0')).toBeNull();
      expect(ev.fields.filter((f) => f.key === 'workHistory.socialInsurancePaid').map((f) => f.value)).toEqual(['否']);
      expect(findings).toContain('social-insurance-reason');
      const item = plan(html, ['jz_0', 'sb_1'], profile(true), 'work-experience').plan.items.find((i) => i.key === 'workHistory.socialInsurancePaid')!;
      expect(item.untick!.map((i) => snapshot.controls[i]!.id)).toEqual(['sb_1']);
    });
  }
});
