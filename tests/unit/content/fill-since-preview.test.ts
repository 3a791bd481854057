import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { onDemandContext } from './on-demand-context';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import type { FillReport } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import type { OverlayModel } from '../../../components/overlay/model';
import type { StepId } from '../../../lib/portal/step-ids';
import { birthYearMonthDay } from '../fields/date-list-pages';

// 填写 after the preview stood a while: what changed since (the profile, the page, his own
// choices) is not overwritten with what the preview showed (breaker 31a F1, F2, F4, F6, F9, F10; fix31e).

const profile = profileSchema.parse({
  label: '测试',
  basic: { name: '李明远', gender: '男', birthDate: '1998-05-12', idNumber: '440106199805120314', mobile: '13926001234' },
  education: [{ seq: 1, school: '华南理工大学', studyMode: '全日制' }],
});
const row = (label: string, field: string) => `<tr><td class="tdl">${label}</td><td>${field}</td></tr>`;
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
const itemOf = (report: FillReport, key: string) => report.items.find((i) => i.key === key);

/** The page with the preview open on it; `chosen` sets controls' values first (by id), as the page showed them. */
function previewOpen(html: string, step: StepId = 'basic-info', chosen: Record<string, string> = {}) {
  document.body.innerHTML = html;
  for (const [id, v] of Object.entries(chosen)) (document.getElementById(id) as HTMLInputElement).value = v;
  const planned = collectSnapshot(document, window);
  const plan = planFill(planned, recognizeFields(planned, step), profile, step);
  const model = { autofill: { phase: 'preview', plan, overwrite: new Set() }, teach: { phase: 'idle' }, notice: null } as unknown as OverlayModel;
  const context = onDemandContext(model);
  return { model, plan, planned, context, actions: onDemandActions(context) };
}

async function pressApply(model: OverlayModel, actions: ReturnType<typeof onDemandActions>): Promise<FillReport> {
  actions.applyAutofill();
  await vi.waitFor(() => expect(model.autofill.phase).toBe('report'), { timeout: 15_000 });
  return (model.autofill as { report: FillReport }).report;
}

describe('填写 after the preview', () => {
  /** What the background answers for the active profile: the one the preview was planned from, unless a test changes it. */
  let answer: unknown;
  beforeEach(() => {
    answer = { profile, label: profile.label, id: 'a' };
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => answer as never);
  });
  afterEach(() => vi.restoreAllMocks());

  const twoBoxes = `<table><tbody>${row('姓名：', '<input id="txtXM">')}${row('手机号码：', '<input id="txtSJ">')}</tbody></table>`;

  it('writes nothing once another profile is active (the previewed one deleted or switched in another tab), and says so (breaker 31a F2)', async () => {
    const { model, actions, context } = previewOpen(twoBoxes);
    answer = { profile: profileSchema.parse({ label: '王芳', basic: { name: '王芳', mobile: '13800000000' } }), label: '王芳', id: 'b' };
    actions.applyAutofill();
    await vi.waitFor(() => expect(model.autofill.phase).toBe('idle'));
    expect(value('txtXM')).toBe('');
    expect(value('txtSJ')).toBe('');
    expect(context.takeStoredProfile).toHaveBeenCalled();
    expect(model.notice).toContain('档案已更换或已修改');
    expect(context.endLetThrough).not.toHaveBeenCalled();
  });

  it('writes nothing once the previewed profile was edited since (breaker 31a F2 variant)', async () => {
    const { model, actions } = previewOpen(twoBoxes);
    answer = { profile: { ...profile, basic: { ...profile.basic, mobile: '13900000000' } }, label: profile.label, id: 'a' };
    actions.applyAutofill();
    await vi.waitFor(() => expect(model.autofill.phase).toBe('idle'));
    expect(value('txtSJ')).toBe('');
    expect(model.notice).toContain('档案已更换或已修改');
  });

  it('numbers the report as the page reads now: 定位 on a row goes to its own field after a row was inserted above during the preview (breaker 31a F5)', async () => {
    const { model, actions, context } = previewOpen(
      `<table><tbody id="panel">${row('姓名：', '<input id="txtXM">')}${row('公民身份号码：', '<input id="txtSFZ">')}${row('手机号码：', '<input id="txtSJ">')}</tbody></table>`,
    );
    (document.getElementById('panel') as HTMLTableSectionElement).insertRow(0).innerHTML = '<td>曾用名：</td><td><input id="txtCYM"></td>';
    (document.getElementById('txtSJ') as HTMLInputElement).value = '13800000000'; // his own number, after the preview
    const report = await pressApply(model, actions);
    const mobile = itemOf(report, 'basic.mobile')!;
    expect(mobile).toMatchObject({ result: 'skipped', outcome: 'conflict' });
    // jumpTo (lib/content/on-demand-actions.ts) resolves the row's control in its snapshot as last read.
    expect(context.snapshot.controls[mobile.control]?.id).toBe('txtSJ');
    expect(context.snapshot.controls[itemOf(report, 'basic.name')!.control]?.id).toBe('txtXM');
  });

  it('leaves a radio he ticked after the preview: no 覆盖, no overwrite (breaker 31a F1)', async () => {
    const { model, plan, actions } = previewOpen(
      `<table><tbody>${row('姓名：', '<input id="txtXM">')}${row(
        '性别：',
        '<input type="radio" name="xb" id="rb1" value="1"><label for="rb1">男</label><input type="radio" name="xb" id="rb2" value="2"><label for="rb2">女</label>',
      )}</tbody></table>`,
    );
    expect(plan.items.find((i) => i.key === 'basic.gender')?.action).toBe('fill');
    (document.getElementById('rb2') as HTMLInputElement).checked = true;
    const report = await pressApply(model, actions);
    expect((document.getElementById('rb2') as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('rb1') as HTMLInputElement).checked).toBe(false);
    expect(itemOf(report, 'basic.gender')).toMatchObject({ result: 'skipped', outcome: 'conflict' });
    expect(value('txtXM')).toBe('李明远');
  });

  it('does not write a field the page hid after the preview (breaker 31a F9)', async () => {
    const { model, plan, actions } = previewOpen(`<table><tbody>${row('姓名：', '<input id="txtXM">')}<tr id="trSJ"><td>手机号码：</td><td><input id="txtSJ"></td></tr></tbody></table>`);
    expect(plan.items.find((i) => i.key === 'basic.mobile')?.action).toBe('fill');
    document.getElementById('trSJ')!.style.display = 'none';
    const report = await pressApply(model, actions);
    expect(value('txtSJ')).toBe('');
    expect(itemOf(report, 'basic.mobile')).toMatchObject({ result: 'skipped', detail: expect.stringContaining('隐藏') });
    expect(value('txtXM')).toBe('李明远');
  });

  it('fills a field whose text label a redraw dropped (same id): no “page changed” skip, no id quoted (breaker 31a F10)', async () => {
    const { model, actions } = previewOpen(`<table><tbody id="panel">${row('姓名：', '<input id="txtXM">')}${row('手机号码：', '<input id="txtSJ">')}</tbody></table>`);
    document.getElementById('panel')!.innerHTML = row('<img src="xm.gif">', '<input id="txtXM">') + row('手机号码：', '<input id="txtSJ">');
    const report = await pressApply(model, actions);
    expect(itemOf(report, 'basic.name')?.result).toBe('filled');
    expect(value('txtXM')).toBe('李明远');
  });

  it('writes the preview when the profile is unchanged, ending his let-through press first (breaker 31a LT2)', async () => {
    const { model, actions, context } = previewOpen(twoBoxes);
    const report = await pressApply(model, actions);
    expect(context.endLetThrough).toHaveBeenCalled();
    expect(value('txtXM')).toBe('李明远');
    expect(itemOf(report, 'basic.name')?.result).toBe('filled');
  });
  it('writes a field the preview showed 已一致 that a redraw emptied before 填写, instead of reporting it the same (breaker 31a F4)', async () => {
    const { model, plan, actions } = previewOpen(twoBoxes, 'basic-info', { txtXM: '李明远' });
    expect(plan.items.find((i) => i.key === 'basic.name')?.outcome).toBe('same');
    (document.getElementById('txtXM') as HTMLInputElement).value = ''; // the UpdatePanel's redraw
    const report = await pressApply(model, actions);
    expect(value('txtXM')).toBe('李明远');
    expect(itemOf(report, 'basic.name')).toMatchObject({ result: 'filled', outcome: 'filled' });
  });

  it('a radio group the redraw left with none ticked is ticked again (breaker 31a F4)', async () => {
    const { model, plan, actions } = previewOpen(
      `<table><tbody>${row('性别：', '<input type="radio" name="xb" id="rb1" value="1" checked><label for="rb1">男</label><input type="radio" name="xb" id="rb2" value="2"><label for="rb2">女</label>')}</tbody></table>`,
    );
    expect(plan.items.find((i) => i.key === 'basic.gender')?.outcome).toBe('same');
    (document.getElementById('rb1') as HTMLInputElement).checked = false;
    const report = await pressApply(model, actions);
    expect((document.getElementById('rb1') as HTMLInputElement).checked).toBe(true);
    expect(itemOf(report, 'basic.gender')?.result).toBe('filled');
  });

  it('keeps a value he typed over a field the preview showed 已一致, and does not call it the same (breaker 31a F4)', async () => {
    const { model, actions } = previewOpen(twoBoxes, 'basic-info', { txtXM: '李明远' });
    (document.getElementById('txtXM') as HTMLInputElement).value = '李明';
    const report = await pressApply(model, actions);
    expect(value('txtXM')).toBe('李明');
    expect(itemOf(report, 'basic.name')).toMatchObject({ result: 'skipped', outcome: 'conflict', current: '李明' });
  });

  it('never writes a read-only box the preview showed 已一致 once the page emptied it (breaker 31a F4)', async () => {
    const { model, plan, actions } = previewOpen(`<table><tbody>${row('手机号码：', '<input id="txtSJ" readonly>')}</tbody></table>`, 'basic-info', { txtSJ: '13926001234' });
    expect(plan.items.find((i) => i.key === 'basic.mobile')?.outcome).toBe('same');
    (document.getElementById('txtSJ') as HTMLInputElement).value = '';
    const report = await pressApply(model, actions);
    expect(value('txtSJ')).toBe('');
    expect(itemOf(report, 'basic.mobile')).toMatchObject({ result: 'skipped', detail: expect.stringContaining('清空') });
  });

  it('keeps the month and day he chose after the preview in a date asked as lists, not only the year (breaker 31a F6)', async () => {
    const { model, plan, actions } = previewOpen(birthYearMonthDay());
    expect(plan.items.find((i) => i.key === 'basic.birthDate')).toMatchObject({ action: 'fill', value: '1998-05-12' });
    (document.getElementById('ddlM') as HTMLSelectElement).value = '3';
    (document.getElementById('ddlD') as HTMLSelectElement).value = '09';
    const report = await pressApply(model, actions);
    expect(['ddlY', 'ddlM', 'ddlD'].map(value)).toEqual(['', '3', '09']);
    expect(itemOf(report, 'basic.birthDate')).toMatchObject({ result: 'skipped', outcome: 'conflict' });
    expect(value('txtXM')).toBe('李明远');
  });

  it('writes a date asked as lists whose lists a redraw put back on their prompt after the preview showed it 已一致 (breaker 31a F4)', async () => {
    const { model, plan, actions } = previewOpen(birthYearMonthDay(), 'basic-info', { ddlY: '1998', ddlM: '5', ddlD: '12' });
    expect(plan.items.find((i) => i.key === 'basic.birthDate')?.outcome).toBe('same');
    for (const id of ['ddlY', 'ddlM', 'ddlD']) (document.getElementById(id) as HTMLSelectElement).value = '';
    const report = await pressApply(model, actions);
    expect(['ddlY', 'ddlM', 'ddlD'].map(value)).toEqual(['1998', '5', '12']);
    expect(itemOf(report, 'basic.birthDate')?.result).toBe('filled');
  });

  it('keeps the other box of a 是/否 checkbox pair he ticked after the preview: never both ticked, no overwrite (breaker 31a F1 variant)', async () => {
    const box = (id: string, text: string) => `<input type="checkbox" id="${id}" name="${id.replace('_', '$')}"><label for="${id}">${text}</label>`;
    const { model, plan, actions } = previewOpen(
      `<h2>学位（学历）教育情况</h2><table><tbody>${row('毕业院校：', '<input id="yx">')}${row('是否全日制：', `<span>${box('qrz_0', '是')}${box('qrz_1', '否')}</span>`)}</tbody></table>`,
      'education',
    );
    expect(plan.items.find((i) => i.key === 'education.studyMode')).toMatchObject({ action: 'fill', value: '是' });
    (document.getElementById('qrz_1') as HTMLInputElement).checked = true;
    const report = await pressApply(model, actions);
    expect((document.getElementById('qrz_1') as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('qrz_0') as HTMLInputElement).checked).toBe(false);
    expect(itemOf(report, 'education.studyMode')).toMatchObject({ result: 'skipped', outcome: 'conflict' });
    expect(value('yx')).toBe('华南理工大学');
  });

  it('reports a field a redraw removed before 填写 skipped, the page having changed, like a hidden one (fix31e)', async () => {
    const { model, actions } = previewOpen(`<table><tbody>${row('姓名：', '<input id="txtXM">')}<tr id="trSJ"><td>手机号码：</td><td><input id="txtSJ"></td></tr></tbody></table>`);
    document.getElementById('trSJ')!.remove();
    const report = await pressApply(model, actions);
    expect(itemOf(report, 'basic.mobile')).toMatchObject({ result: 'skipped', outcome: 'not-found', detail: '页面已变化，找不到该栏' });
    expect(value('txtXM')).toBe('李明远');
  });

  it('a date whose day list a redraw removed is skipped whole: no year or month written without its day (fix31e)', async () => {
    const { model, actions } = previewOpen(birthYearMonthDay());
    document.getElementById('ddlD')!.remove();
    const report = await pressApply(model, actions);
    expect(['ddlY', 'ddlM'].map(value)).toEqual(['', '']);
    expect(itemOf(report, 'basic.birthDate')).toMatchObject({ result: 'skipped', outcome: 'not-found' });
  });
  it('the open preview says so once the page changed under it, and not before (fix31e)', () => {
    const { model, actions } = previewOpen(`<table><tbody>${row('姓名：', '<input id="txtXM">')}<tr id="trSJ"><td>手机号码：</td><td><input id="txtSJ"></td></tr></tbody></table>`);
    const stale = () => (model.autofill as { stale?: boolean }).stale ?? false;
    actions.checkFillRedrawn();
    expect(stale()).toBe(false);
    (document.getElementById('txtXM') as HTMLInputElement).value = '李明'; // his own entry where the preview will write
    actions.checkFillRedrawn();
    expect(stale()).toBe(true);
    (document.getElementById('txtXM') as HTMLInputElement).value = '';
    actions.checkFillRedrawn();
    expect(stale()).toBe(false);
    document.getElementById('trSJ')!.remove();
    actions.checkFillRedrawn();
    expect(stale()).toBe(true);
    expect(model.autofill.phase).toBe('preview');
  });
});
