/**
 * A field the run's own write reveals (是否缴纳社保 = 否 shows 未缴纳社保原因: spec/portal.md step 5)
 * is written in the same run, reported like the others and marked as revealed, with the usual
 * never-overwrite rules, and a page that redraws on every change does not loop (probe 20 F5).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import { CHILD_REDRAW_MS } from '../../../lib/fill/cascade-redraw';
import { t } from '../../../lib/i18n/t';

const REASON = '单位未为本人缴纳，本人以灵活就业人员身份自行参保';
const profile = profileSchema.parse({
  label: '测试',
  workHistory: [{ seq: 1, startDate: '2020-07-01', endDate: null, employer: '广州绿源环境监测技术有限公司', socialInsurancePaid: false, noSocialInsuranceReason: REASON }],
});

const row = (label: string, field: string, attrs = '') => `<tr${attrs}><td>${label}</td><td>${field}</td></tr>`;
const box = (id: string) => document.getElementById(id) as HTMLInputElement | null;

/** The page planned as it is now, as the overlay plans it (applyFill's `replan`). */
function planNow() {
  const snapshot = collectSnapshot(document, window);
  return planFill(snapshot, recognizeFields(snapshot, 'work-experience'), profile, 'work-experience');
}

/** Plans, then fills with `replan`, as 应用 does. */
async function fill() {
  const plan = planNow();
  const report = await applyFill(document, plan.snapshot, plan, { overwrite: new Set(), replan: planNow });
  return { plan, report };
}

const reasonRows = <T extends { key: string | null }>(items: T[]) => items.filter((i) => i.key === 'workHistory.noSocialInsuranceReason');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('是否缴纳社保 = 否 reveals 未缴纳社保原因 (probe 20 F5)', () => {
  it('a list whose onchange shows the hidden row: the reason is written in the same run and reported as revealed', async () => {
    document.body.innerHTML = `<table>${row('工作单位', '<input id="dw">')}${row('是否缴纳社保', '<select id="sb" onchange="toggle()"><option value="">请选择</option><option value="1">是</option><option value="0">否</option></select>')}${row('未缴纳社保原因', '<input id="yy">', ' id="yyRow" style="display:none"')}</table>`;
    const sb = document.getElementById('sb') as HTMLSelectElement;
    sb.addEventListener('change', () => (document.getElementById('yyRow')!.style.display = sb.value === '0' ? '' : 'none'));
    const { plan, report } = await fill();
    expect(reasonRows(plan.items)).toEqual([]);
    expect(sb.value).toBe('0');
    expect(box('yy')!.value).toBe(REASON);
    expect(reasonRows(report.items)).toMatchObject([{ result: 'filled', value: REASON, revealed: true }]);
    // The rows the preview showed are not marked, and come first.
    expect(report.items.slice(0, plan.items.length).every((i) => !i.revealed)).toBe(true);
    expect(report.snapshot!.controls[reasonRows(report.items)[0]!.control]?.id).toBe('yy');
  });

  it('a 是/否 radio pair whose click adds the row to the page: written and reported', async () => {
    document.body.innerHTML = `<table id="t">${row('工作单位', '<input id="dw">')}${row('是否缴纳社保', '<label><input type="radio" name="sb" value="1">是</label><label><input type="radio" name="sb" value="0" id="sb0">否</label>')}</table>`;
    for (const radio of document.getElementsByName('sb')) {
      radio.addEventListener('click', () => {
        document.getElementById('yyRow')?.remove();
        if ((radio as HTMLInputElement).value === '0') document.getElementById('t')!.insertAdjacentHTML('beforeend', row('未缴纳社保原因', '<textarea id="yy"></textarea>', ' id="yyRow"'));
      });
    }
    const { report } = await fill();
    expect((document.getElementById('sb0') as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('yy') as HTMLTextAreaElement).value).toBe(REASON);
    expect(reasonRows(report.items)).toMatchObject([{ result: 'filled', revealed: true }]);
  });

  it('a revealed box already holding another reason is kept and reported 需覆盖, not overwritten', async () => {
    document.body.innerHTML = `<table>${row('是否缴纳社保', '<select id="sb"><option value="">请选择</option><option value="1">是</option><option value="0">否</option></select>')}${row('未缴纳社保原因', '<input id="yy" value="个人原因">', ' id="yyRow" style="display:none"')}</table>`;
    const sb = document.getElementById('sb') as HTMLSelectElement;
    sb.addEventListener('change', () => (document.getElementById('yyRow')!.style.display = sb.value === '0' ? '' : 'none'));
    const { report } = await fill();
    expect(box('yy')!.value).toBe('个人原因');
    expect(reasonRows(report.items)).toMatchObject([{ result: 'skipped', outcome: 'conflict', current: '个人原因', revealed: true }]);
  });

  it('a page that draws the reason row anew on every change: written once, and the run ends', async () => {
    document.body.innerHTML = `<table id="t">${row('是否缴纳社保', '<select id="sb"><option value="">请选择</option><option value="1">是</option><option value="0">否</option></select>')}</table>`;
    const sb = document.getElementById('sb') as HTMLSelectElement;
    let redraws = 0;
    const redraw = () => {
      redraws++;
      document.getElementById('yyRow')?.remove();
      if (sb.value === '0') document.getElementById('t')!.insertAdjacentHTML('beforeend', row('未缴纳社保原因', `<input id="yy${redraws}">`, ' id="yyRow"'));
    };
    document.addEventListener('change', redraw);
    const { report } = await fill().finally(() => document.removeEventListener('change', redraw));
    expect(reasonRows(report.items)).toHaveLength(1);
    expect(redraws).toBeLessThanOrEqual(3);
  });

  it('a box shown all along but disabled until 否 is chosen: written in the same run, its one row filled and marked, not 此栏已禁用 (breaker 22)', async () => {
    document.body.innerHTML = `<table>${row('工作单位', '<input id="dw">')}${row('是否缴纳社保', '<select id="sb"><option value="">请选择</option><option value="1">是</option><option value="0">否</option></select>')}${row('未缴纳社保原因', '<input id="yy" disabled>')}</table>`;
    const sb = document.getElementById('sb') as HTMLSelectElement;
    sb.addEventListener('change', () => (box('yy')!.disabled = sb.value !== '0'));
    const { plan, report } = await fill();
    expect(reasonRows(plan.items)).toMatchObject([{ action: 'skip' }]);
    expect(box('yy')!.value).toBe(REASON);
    expect(reasonRows(report.items)).toMatchObject([{ result: 'filled', value: REASON, revealed: true }]);
    // In the preview's place: one row per planned field, the reason's where the preview showed it.
    expect(report.items.map((i) => i.key)).toEqual(plan.items.map((i) => i.key));
    expect(report.snapshot!.controls[reasonRows(report.items)[0]!.control]?.id).toBe('yy');
  });

  it.each([
    ['empty', '', 'skipped'],
    ['holding another reason', '个人原因', 'needs-user'],
  ])('a box disabled at the preview and still disabled after the writes (%s): left as the preview said, not marked', async (_, value, result) => {
    document.body.innerHTML = `<table>${row('是否缴纳社保', '<select id="sb"><option value="">请选择</option><option value="1">是</option><option value="0">否</option></select>')}${row('未缴纳社保原因', `<input id="yy" value="${value}" disabled>`)}</table>`;
    const { report } = await fill();
    expect(box('yy')!.value).toBe(value);
    expect(reasonRows(report.items)).toMatchObject([{ result }]);
    expect(reasonRows(report.items)[0]!.revealed).toBeUndefined();
  });

  it('a replan that throws (a page half torn down by its own script): applyFill resolves with the rows written, none revealed (breaker 22)', async () => {
    document.body.innerHTML = `<table>${row('工作单位', '<input id="dw">')}${row('是否缴纳社保', '<select id="sb"><option value="">请选择</option><option value="1">是</option><option value="0">否</option></select>')}</table>`;
    const plan = planNow();
    const report = await applyFill(document, plan.snapshot, plan, {
      overwrite: new Set(),
      replan: () => {
        throw new TypeError("Cannot read properties of null (reading 'rows')");
      },
    });
    expect(report.items.map((i) => [i.result, !!i.revealed])).toEqual([
      ['filled', false],
      ['filled', false],
    ]);
    expect(report.snapshot).toBeUndefined();
    expect(box('dw')!.value).toBe('广州绿源环境监测技术有限公司');
  });

  it('without replan (a caller that cannot plan again) nothing revealed is written', async () => {
    document.body.innerHTML = `<table>${row('是否缴纳社保', '<select id="sb"><option value="">请选择</option><option value="1">是</option><option value="0">否</option></select>')}${row('未缴纳社保原因', '<input id="yy">', ' id="yyRow" style="display:none"')}</table>`;
    const sb = document.getElementById('sb') as HTMLSelectElement;
    sb.addEventListener('change', () => (document.getElementById('yyRow')!.style.display = sb.value === '0' ? '' : 'none'));
    const plan = planNow();
    const report = await applyFill(document, plan.snapshot, plan, { overwrite: new Set() });
    expect(box('yy')!.value).toBe('');
    expect(reasonRows(report.items)).toEqual([]);
  });
});

describe('a revealed list whose options the page loads later (breaker 22 #9)', () => {
  const SB = '<select id="sb"><option value="">请选择</option><option value="1">是</option><option value="0">否</option></select>';
  const OPTIONS = `<option value="">请选择</option><option value="1">${REASON}</option><option value="2">其他</option>`;
  /** 是否缴纳社保 shows the 原因 row, bare (only 请选择); `load` then fills or redraws it after the write. */
  function page(load: (list: HTMLSelectElement) => void) {
    document.body.innerHTML = `<table>${row('是否缴纳社保', SB)}${row('未缴纳社保原因', '<span id="up"><select id="yy" name="yy"><option value="">请选择</option></select></span>', ' id="yyRow" style="display:none"')}</table>`;
    const sb = document.getElementById('sb') as HTMLSelectElement;
    sb.addEventListener('change', () => {
      document.getElementById('yyRow')!.style.display = sb.value === '0' ? '' : 'none';
      load(document.getElementById('yy') as HTMLSelectElement);
    });
  }
  const chosen = () => (document.getElementById('yy') as HTMLSelectElement).selectedOptions[0]?.text;

  it('options filled in 200 ms after 否: waited for, written by the usual rules, marked revealed', async () => {
    page((list) => setTimeout(() => (list.innerHTML = OPTIONS), 200));
    const { report } = await fill();
    expect(chosen()).toBe(REASON);
    expect(reasonRows(report.items)).toMatchObject([{ result: 'filled', value: REASON, revealed: true }]);
  });

  it('a partial postback drawing a new list in its place 300 ms later: the new list is written', async () => {
    page(() => setTimeout(() => (document.getElementById('up')!.innerHTML = `<select id="yy" name="yy">${OPTIONS}</select>`), 300));
    const { report } = await fill();
    expect(chosen()).toBe(REASON);
    expect(reasonRows(report.items)).toMatchObject([{ result: 'filled', revealed: true }]);
  });

  it('options that never come: reported 需手动 with the reason, within about CHILD_REDRAW_MS (not 填写失败, not absent)', async () => {
    page(() => {});
    const start = performance.now();
    const { report } = await fill();
    expect(performance.now() - start).toBeLessThan(CHILD_REDRAW_MS * 2);
    expect(reasonRows(report.items)).toMatchObject([{ result: 'needs-user', revealed: true, detail: t('fill_reason_options_not_loaded', CHILD_REDRAW_MS / 1000, REASON) }]);
  });

  it('options that come without the profile’s reason: 需手动 as for any list lacking it, after the wait', async () => {
    page((list) => setTimeout(() => (list.innerHTML = '<option value="">请选择</option><option value="2">其他</option>'), 100));
    const { report } = await fill();
    expect(chosen()).toBe('请选择');
    expect(reasonRows(report.items)).toMatchObject([{ result: 'needs-user', revealed: true, detail: t('fill_reason_no_option', REASON) }]);
  });
});
