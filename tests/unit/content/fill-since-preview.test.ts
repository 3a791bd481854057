import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { onDemandContext } from './on-demand-context';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import type { FillReport } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import type { OverlayModel } from '../../../components/overlay/model';

// 填写 after the preview stood a while: what changed since (the profile, the page, his own
// choices) is not overwritten with what the preview showed (breaker 31a F1, F2, F9, F10).

const profile = profileSchema.parse({
  label: '测试',
  basic: { name: '李明远', gender: '男', birthDate: '1998-05-12', idNumber: '440106199805120314', mobile: '13926001234' },
});
const row = (label: string, field: string) => `<tr><td class="tdl">${label}</td><td>${field}</td></tr>`;
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
const itemOf = (report: FillReport, key: string) => report.items.find((i) => i.key === key);

function previewOpen(html: string) {
  document.body.innerHTML = html;
  const planned = collectSnapshot(document, window);
  const plan = planFill(planned, recognizeFields(planned, 'basic-info'), profile, 'basic-info');
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
    expect(context.takeProfile).toHaveBeenCalled();
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
    // The controller's jumpTo resolves the row's control in its snapshot as last read.
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
});
