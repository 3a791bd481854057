import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { onDemandContext } from './on-demand-context';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill, type FillReport } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import { STAY_MS } from '../../../lib/fill/carry';
import type { OverlayModel } from '../../../components/overlay/model';

// 应用 after the page redrew itself while the preview was open (probe 15 item 0): an UpdatePanel
// or AutoPostBack added a row, swapped the section, or the user changed a list that posts back.
// Nothing may be written that the preview did not show, in the field it named.

const profile = profileSchema.parse({
  label: '测试',
  application: { level: '初级', qualificationName: '助理工程师', committee: '广州市工程系列生态环境专业初级职称评审委员会', specialty: '生态环境监测' },
  basic: { name: '李明远', gender: '男', idNumber: '440106199805120314', politicalStatus: '中共党员', mobile: '13926001234', employer: '广州绿源环境监测技术有限公司' },
});

const row = (label: string, field: string) => `<tr><td class="tdl">${label}：</td><td>${field}</td></tr>`;
const POLITICAL = '<option value="">请选择</option><option value="01">中共党员</option><option value="03">共青团员</option><option value="13">群众</option>';
const BASIC_ROWS = [
  row('姓名', '<input id="txtXM">'),
  row('性别', '<select id="ddlXB"><option value="">请选择</option><option value="1">男</option><option value="2">女</option></select>'),
  row('公民身份号码', '<input id="txtSFZ">'),
  row('政治面貌', `<select id="ddlZZMM" onchange="__doPostBack('ddlZZMM','')">${POLITICAL}</select>`),
  row('手机号码', '<input id="txtSJ">'),
  row('工作单位', '<input id="txtDW">'),
];
const basicForm = (rows = BASIC_ROWS) => `<table><tbody id="panel">${rows.join('')}</tbody></table>`;
/** Inserts a row at the top of the table body as a redraw would (insertAdjacentHTML would parse a lone <tr> out of its table). */
function insertRowAbove(tbody: HTMLTableSectionElement, label: string, field: string): void {
  tbody.insertRow(0).innerHTML = row(label, field).replace(/^<tr>|<\/tr>$/g, '');
}
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

/** The preview of this page as the overlay plans it, and on-demand actions whose page is re-read on every look (the controller's reread after a redraw). */
function previewOpen(html: string) {
  document.body.innerHTML = html;
  const planned = collectSnapshot(document, window);
  const plan = planFill(planned, recognizeFields(planned, 'basic-info'), profile, 'basic-info');
  const model = { autofill: { phase: 'preview', plan, overwrite: new Set() }, teach: { phase: 'idle' } } as unknown as OverlayModel;
  const context = onDemandContext(model);
  return { model, plan, planned, actions: onDemandActions(context) };
}

async function pressApply(model: OverlayModel, actions: ReturnType<typeof onDemandActions>): Promise<FillReport> {
  actions.applyAutofill();
  await vi.waitFor(() => expect(model.autofill.phase).toBe('report'), { timeout: 15_000 });
  return (model.autofill as { report: FillReport }).report;
}

const resultOf = (report: FillReport, key: string) => report.items.find((i) => i.key === key)?.result;

describe('应用 after the page redrew while the preview was open', () => {
  // 填写 writes only once the background has read the profile again (probe 14a L1b: fill-cut-off.test.tsx).
  beforeEach(() => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ profile } as never);
    // A fill that writes a list which posts back takes its carried report back STAY_MS later if
    // the page stays (lib/fill/carry.ts). Faked timers, running at the clock's pace, so that the
    // file leaves no such timer behind: the unit files of a worker share one process
    // (vitest.config.ts `isolate: false`), and a `fill:drop` sent 2 s on reached the next file's
    // spy (message-hold.test.ts "sends nothing while held", ci66).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
  });
  afterEach(() => {
    // Drops the timers still pending: they never run.
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('a row inserted above 姓名: every value lands in its own field, none one field down', async () => {
    const { model, actions } = previewOpen(basicForm());
    insertRowAbove(document.getElementById('panel') as HTMLTableSectionElement, '曾用名', '<input id="txtCYM">');
    const report = await pressApply(model, actions);
    expect(value('txtCYM')).toBe('');
    expect(value('txtXM')).toBe('李明远');
    expect(value('ddlXB')).toBe('1');
    expect(value('txtSFZ')).toBe('440106199805120314');
    expect(value('txtSJ')).toBe('13926001234');
    expect(value('txtDW')).toBe('广州绿源环境监测技术有限公司');
    expect(resultOf(report, 'basic.name')).toBe('filled');
    // 政治面貌 posts back, and the page stayed: its carried report is taken back, once.
    const types = () => vi.mocked(browser.runtime.sendMessage).mock.calls.map(([m]) => (m as unknown as { type: string }).type);
    expect(types()).toContain('fill:carry');
    expect(types()).not.toContain('fill:drop');
    await vi.advanceTimersByTimeAsync(STAY_MS);
    expect(types().filter((t) => t === 'fill:drop')).toHaveLength(1);
  });

  it('a row inserted above 姓名 in a form without ids: a field whose place now holds another label is skipped, never written', async () => {
    const plain = BASIC_ROWS.map((r) => r.replace(/ id="[^"]+"/, '').replace(/ onchange="[^"]+"/, ''));
    const { plan, planned } = previewOpen(`<table><tbody>${plain.join('')}</tbody></table>`);
    insertRowAbove(document.querySelector('tbody')!, '曾用名', '<input>');
    const report = await applyFill(document, planned, plan, { overwrite: new Set() });
    const boxes = Array.from(document.querySelectorAll('input'), (b) => b.value);
    expect(document.querySelector('tr')!.textContent).toBe('曾用名：');
    // 曾用名, 姓名, 公民身份号码, 手机号码, 工作单位: each either its own value or untouched.
    expect(boxes[0]).toBe('');
    for (const [i, own] of [[1, '李明远'], [2, '440106199805120314'], [3, '13926001234'], [4, '广州绿源环境监测技术有限公司']] as const) expect(['', own]).toContain(boxes[i]);
    expect(resultOf(report, 'basic.name')).toBe('skipped');
    expect(report.items.find((i) => i.key === 'basic.name')?.detail).toContain('曾用名');
  });

  it('the section swapped for another with the same ids: nothing is written into the new section’s fields', async () => {
    const { model, actions } = previewOpen(basicForm());
    document.getElementById('panel')!.innerHTML = [
      row('毕业院校', '<input id="txtXM">'),
      row('学历', '<select id="ddlXB"><option value="">请选择</option><option value="1">男</option><option value="2">大学本科</option></select>'),
      row('所学专业', '<input id="txtSFZ">'),
      row('学位', `<select id="ddlZZMM">${POLITICAL}</select>`),
      row('起止时间', '<input id="txtSJ">'),
      row('证书编号', '<input id="txtDW">'),
    ].join('');
    const report = await pressApply(model, actions);
    for (const id of ['txtXM', 'ddlXB', 'txtSFZ', 'ddlZZMM', 'txtSJ', 'txtDW']) expect(value(id)).toBe('');
    expect(report.items.filter((i) => i.result === 'filled')).toEqual([]);
    expect(report.items.find((i) => i.key === 'basic.name')).toMatchObject({ result: 'skipped', detail: expect.stringContaining('“毕业院校”') });
  });

  it('the section swapped for another with the same ids, every box with the placeholder 请输入 (Element UI’s forms: B65-8): the shared placeholder keeps no box the same field', async () => {
    const prompt = (html: string) => html.replace(/<input /g, '<input placeholder="请输入" ');
    const { model, actions } = previewOpen(basicForm(BASIC_ROWS.map(prompt)));
    document.getElementById('panel')!.innerHTML = prompt([row('资格名称', '<input id="txtXM">'), row('取得时间', '<input id="txtSFZ">'), row('证书编号', '<input id="txtSJ">'), row('发证单位', '<input id="txtDW">')].join(''));
    const report = await pressApply(model, actions);
    for (const id of ['txtXM', 'txtSFZ', 'txtSJ', 'txtDW']) expect(value(id), id).toBe('');
    expect(report.items.filter((i) => i.result === 'filled')).toEqual([]);
    expect(report.items.find((i) => i.key === 'basic.name')).toMatchObject({ result: 'skipped', detail: expect.stringContaining('“资格名称”') });
  });

  it('the section swapped for another with other ids: nothing is written, nothing reported filled', async () => {
    const { model, actions } = previewOpen(basicForm());
    document.getElementById('panel')!.innerHTML = [row('毕业院校', '<input id="etxt1">'), row('所学专业', '<input id="etxt2">'), row('证书编号', '<input id="etxt3">')].join('');
    const report = await pressApply(model, actions);
    for (const id of ['etxt1', 'etxt2', 'etxt3']) expect(value(id)).toBe('');
    expect(report.items.filter((i) => i.result === 'filled')).toEqual([]);
  });

  it('the user chose 政治面貌 after the preview and its postback redrew the panel with 入党时间: his choice stays, the rest in their own fields', async () => {
    const { model, actions } = previewOpen(basicForm());
    const rows = [...BASIC_ROWS];
    rows.splice(4, 0, row('入党时间', '<input id="txtRDSJ">'));
    document.getElementById('panel')!.innerHTML = rows.join('');
    (document.getElementById('ddlZZMM') as HTMLSelectElement).value = '03';
    const report = await pressApply(model, actions);
    expect(value('ddlZZMM')).toBe('03');
    expect(resultOf(report, 'basic.politicalStatus')).toBe('skipped');
    expect(value('txtRDSJ')).toBe('');
    expect(value('txtSJ')).toBe('13926001234');
    expect(value('txtDW')).toBe('广州绿源环境监测技术有限公司');
  });
});
