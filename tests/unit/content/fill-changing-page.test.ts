import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { onDemandContext } from './on-demand-context';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import type { FillReport } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import type { StepId } from '../../../lib/portal/step-ids';
import type { OverlayModel } from '../../../components/overlay/model';

// 应用 while the page keeps changing under the preview (breaker 31a F7, F8, F11): the form loaded
// another record, a list reloaded its options, a cascade drew its child list anew.

const profile = profileSchema.parse({
  label: '测试',
  application: { level: '初级', qualificationName: '助理工程师' },
  basic: { name: '李明远', politicalStatus: '中共党员' },
  education: [
    { seq: 1, startDate: '2011-09-01', endDate: '2015-06-30', school: '某某大学', major: '环境工程', certificateNo: '105611201505001234' },
    { seq: 2, startDate: '2008-09-01', endDate: '2011-06-30', school: '某某中专', major: '环境监测', certificateNo: 'ZZ0001' },
  ],
});
const row = (label: string, field: string) => `<tr><td>${label}</td><td>${field}</td></tr>`;
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
const itemOf = (report: FillReport, key: string) => report.items.find((i) => i.key === key);

function previewOpen(html: string, step: StepId) {
  document.body.innerHTML = html;
  const planned = collectSnapshot(document, window);
  const plan = planFill(planned, recognizeFields(planned, step), profile, step);
  const model = { autofill: { phase: 'preview', plan, overwrite: new Set() }, teach: { phase: 'idle' }, notice: null } as unknown as OverlayModel;
  return { model, plan, actions: onDemandActions(onDemandContext(model)) };
}

/** Presses 应用 and waits for the report; `ms` is how long that took. */
async function pressApply(model: OverlayModel, actions: ReturnType<typeof onDemandActions>): Promise<{ report: FillReport; ms: number }> {
  const start = performance.now();
  actions.applyAutofill();
  await vi.waitFor(() => expect(model.autofill.phase).toBe('report'), { timeout: 15_000 });
  return { report: (model.autofill as { report: FillReport }).report, ms: performance.now() - start };
}

beforeEach(() => {
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ profile, label: profile.label, id: 'a' } as never);
});
afterEach(() => vi.restoreAllMocks());

describe('a record step whose form loaded another record after the preview (breaker 31a F7)', () => {
  const list = `<table class="grid"><tr><th>记录序号</th><th>学校</th><th>操作</th></tr><tr><td>1</td><td>某某大学</td><td><a id="edit1" href="#">编辑</a></td></tr></table>`;
  const form = `<table>${row('记录序号', '<input id="xh">')}${row('学校名称', '<input id="xx">')}${row('所学专业', '<input id="zy">')}
    ${row('起止时间', '<input id="qs"> 至 <input id="zz">')}${row('证书编号', '<input id="zsbh">')}</table>`;

  it('writes nothing into the loaded record — not even its empty boxes — and says why', async () => {
    const { model, plan, actions } = previewOpen(list + form, 'education');
    expect(plan).toMatchObject({ recordIndex: 1 });
    // 编辑 on row 1: the page loads 某某大学 into the form; its 专业 and 证书编号 were never entered.
    for (const [id, v] of [['xh', '1'], ['xx', '某某大学'], ['qs', '2011-09-01'], ['zz', '2015-06-30']] as const) (document.getElementById(id) as HTMLInputElement).value = v;
    const { report } = await pressApply(model, actions);
    expect([value('xh'), value('xx'), value('zy'), value('qs'), value('zz'), value('zsbh')]).toEqual(['1', '某某大学', '', '2011-09-01', '2015-06-30', '']);
    expect(report.items.filter((i) => i.result === 'filled')).toEqual([]);
    expect(itemOf(report, 'education.major')).toMatchObject({ result: 'skipped', detail: expect.stringContaining('另一条记录') });
  });

  it('a loaded record told by its 记录序号 alone: nothing written', async () => {
    const { model, actions } = previewOpen(list + form, 'education');
    (document.getElementById('xh') as HTMLInputElement).value = '1';
    const { report } = await pressApply(model, actions);
    expect(value('xx')).toBe('');
    expect(report.items.filter((i) => i.result === 'filled')).toEqual([]);
  });

  it('one field he typed himself after the preview is kept; the rest of the planned record is written', async () => {
    const { model, actions } = previewOpen(list + form, 'education');
    (document.getElementById('zy') as HTMLInputElement).value = '环境科学';
    const { report } = await pressApply(model, actions);
    expect(value('zy')).toBe('环境科学');
    expect(itemOf(report, 'education.major')).toMatchObject({ result: 'skipped', outcome: 'conflict' });
    expect([value('xh'), value('xx'), value('zsbh')]).toEqual(['2', '某某中专', 'ZZ0001']);
  });
});

describe('a list whose options the page replaced after the preview (breaker 31a F8)', () => {
  const political = `<table>${row('姓名', '<input id="xm">')}${row(
    '政治面貌',
    '<select id="zzmm"><option value="">请选择</option><option value="01">中共党员</option><option value="13">群众</option></select>',
  )}</table>`;

  it('the planned option gone: nothing chosen (not its old value, now another option’s), skipped at once with the reason', async () => {
    const { model, plan, actions } = previewOpen(political, 'basic-info');
    expect(plan.items.find((i) => i.key === 'basic.politicalStatus')).toMatchObject({ action: 'fill', option: '01' });
    document.getElementById('zzmm')!.innerHTML = '<option value="">请选择</option><option value="01">群众</option><option value="03">共青团员</option>';
    const { report, ms } = await pressApply(model, actions);
    expect(value('zzmm')).toBe('');
    expect(itemOf(report, 'basic.politicalStatus')).toMatchObject({ result: 'skipped', detail: expect.stringContaining('选项已更换') });
    expect(ms).toBeLessThan(2000);
    expect(value('xm')).toBe('李明远');
  });

  it('the planned option still there under another value: chosen by its text', async () => {
    const { model, actions } = previewOpen(political, 'basic-info');
    document.getElementById('zzmm')!.innerHTML = '<option value="">请选择</option><option value="01">群众</option><option value="07">中共党员</option>';
    const { report } = await pressApply(model, actions);
    expect(value('zzmm')).toBe('07');
    expect(itemOf(report, 'basic.politicalStatus')?.result).toBe('filled');
  });
});

describe('a cascade that draws its child list anew (breaker 31a F11)', () => {
  const CHILD = '<option value="">--请选择--</option><option value="z1">技术员</option><option value="z2">助理工程师</option>';
  /** 申报级别 whose change replaces 认定资格名称's list 50 ms later with a new element (`id`, options loaded). */
  function cascade(id: string) {
    const html = `<table>${row('申报级别', '<select id="jb"><option value="">--请选择--</option><option value="1">初级</option></select>')}${row(
      '认定资格名称',
      '<select id="zgmc"><option value="">--请选择--</option></select>',
    )}</table>`;
    const open = previewOpen(html, 'basic-info');
    document.getElementById('jb')!.addEventListener('change', () => {
      setTimeout(() => {
        const fresh = document.createElement('select');
        fresh.id = id;
        fresh.innerHTML = CHILD;
        document.getElementById('zgmc')!.replaceWith(fresh);
      }, 50);
    });
    return open;
  }

  it('the new list (same id) is filled, without waiting out the cascade’s 5 s', async () => {
    const { model, actions } = cascade('zgmc');
    const { report, ms } = await pressApply(model, actions);
    expect(value('zgmc')).toBe('z2');
    expect(report.items.map((i) => [i.key, i.result])).toEqual([
      ['application.level', 'filled'],
      ['application.qualificationName', 'filled'],
    ]);
    expect(ms).toBeLessThan(2000);
  });

  it('the new list under a new id is found by its label and filled', async () => {
    const { model, actions } = cascade('zgmc_2');
    const { report } = await pressApply(model, actions);
    expect(value('zgmc_2')).toBe('z2');
    expect(itemOf(report, 'application.qualificationName')?.result).toBe('filled');
  });
});

describe('a date in lists whose day list the month’s change draws anew (breaker 31a F11)', () => {
  it('the day goes into the new day list', async () => {
    const opts = (from: number, to: number) => ['<option value="">请选择</option>', ...Array.from({ length: to - from + 1 }, (_, i) => `<option value="${from + i}">${from + i}</option>`)].join('');
    const html = `<table>${row('姓名', '<input id="xm">')}${row(
      '出生日期',
      `<select id="y">${opts(1960, 2005)}</select>年<select id="m">${opts(1, 12)}</select>月<select id="d">${opts(1, 31)}</select>日`,
    )}</table>`;
    const withBirth = profileSchema.parse({ ...profile, basic: { ...profile.basic, birthDate: '1998-05-12' } });
    vi.mocked(browser.runtime.sendMessage).mockResolvedValue({ profile: withBirth, label: withBirth.label, id: 'a' } as never);
    document.body.innerHTML = html;
    const planned = collectSnapshot(document, window);
    const plan = planFill(planned, recognizeFields(planned, 'basic-info'), withBirth, 'basic-info');
    expect(plan.items.find((i) => i.key === 'basic.birthDate')?.lists).toHaveLength(3);
    document.getElementById('m')!.addEventListener('change', () => {
      const fresh = document.createElement('select');
      fresh.id = 'd';
      fresh.innerHTML = opts(1, 31);
      document.getElementById('d')!.replaceWith(fresh);
    });
    const model = { autofill: { phase: 'preview', plan, overwrite: new Set() }, teach: { phase: 'idle' }, notice: null } as unknown as OverlayModel;
    const { report, ms } = await pressApply(model, onDemandActions(onDemandContext(model)));
    expect([value('y'), value('m'), value('d')]).toEqual(['1998', '5', '12']);
    expect(itemOf(report, 'basic.birthDate')?.result).toBe('filled');
    expect(ms).toBeLessThan(2000);
  });
});
