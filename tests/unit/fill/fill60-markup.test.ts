/**
 * fill 60, in happy-dom: a 学历 list hidden behind the stand-in chosen or select2 draws after it is
 * planned and written, and the stand-in shows the choice (lib/fill/stand-ins.ts showChoice; it was
 * left out of the preview as hidden); a lone box 无 under 有无奖惩, a box in a row labelled
 * 未缴纳社保 and radios 是，已缴纳 / 否，未缴纳 under 是否在本单位缴纳社保 are the fields they ask
 * (they were no field), the box saying no read the other way round by the fill and the checks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyFill } from '../../../lib/fill/apply';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { collectSnapshot } from '../../../lib/page/collect';
import { optionByYesNoPair } from '../../../lib/vocab/option-wording';
import { normalizeText } from '../../../lib/page/normalize';
import { planPage, th, title } from './page-markup';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The 学历 list hidden (`attrs`) behind `standIn`, in a 学历 record form. */
const education = (attrs: string, standIn: string) =>
  `${title('学位（学历）教育情况')}<table>${th('毕业院校', '<input id="yx" name="yx">')}${th(
    '学历',
    `<select id="xl" name="xl" ${attrs}><option value="">请选择</option><option value="1">研究生</option><option value="2">大学本科</option><option value="3">大学专科</option></select>${standIn}`,
  )}</table>`;
const CHOSEN = '<div class="chosen-container chosen-container-single"><a class="chosen-single chosen-default"><span>请选择</span></a><div class="chosen-drop"><div class="chosen-search"><input type="text" autocomplete="off"></div><ul class="chosen-results"></ul></div></div>';
const SELECT2 = '<span class="select2 select2-container select2-container--default"><span class="selection"><span class="select2-selection select2-selection--single"><span class="select2-selection__rendered" title="请选择">请选择</span></span></span></span>';
const LAYUI = '<div class="layui-unselect layui-form-select"><div class="layui-select-title"><input type="text" readonly class="layui-input layui-unselect" placeholder="请选择"></div><dl><dd lay-value="">请选择</dd><dd lay-value="1">研究生</dd><dd lay-value="2">大学本科</dd><dd lay-value="3">大学专科</dd></dl></div>';

/**
 * Plans the form with the sample profile (`before` run once it is in the page: listeners), fills it.
 * @returns its 学历 row's plan actions and report results, and the snapshot's control ids.
 */
async function fillLevel(html: string, before: () => void = () => {}) {
  const { snapshot, plan } = planPage(html, 'education', before);
  const planned = plan.items.filter((i) => i.key === 'education.educationLevel');
  const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
  return { ids: snapshot.controls.map((c) => c.id), planned: planned.map((i) => i.action), result: report.items.filter((r) => r.key === 'education.educationLevel').map((r) => r.result) };
}

describe('a list hidden behind a select library’s stand-in (chosen, select2)', () => {
  it('chosen: planned, written, its stand-in told (chosen:updated) and showing 大学本科; its search box is no field', async () => {
    const told: string[] = [];
    const listen = () => document.getElementById('xl')!.addEventListener('chosen:updated', (e) => told.push((e.target as HTMLSelectElement).value));
    const { ids, planned, result } = await fillLevel(education('style="display:none"', CHOSEN), listen);
    expect(ids).toEqual(['yx', 'xl']);
    expect(planned).toEqual(['fill']);
    expect(result).toEqual(['filled']);
    expect((document.getElementById('xl') as HTMLSelectElement).value).toBe('2');
    expect(document.querySelector('.chosen-single span')!.textContent).toBe('大学本科');
    expect(told).toEqual(['2']);
  });

  it('select2: planned, written, its stand-in showing 大学本科 and saying it in its title', async () => {
    const { planned, result } = await fillLevel(education('style="display:none" class="select2-hidden-accessible" aria-hidden="true"', SELECT2));
    expect(planned).toEqual(['fill']);
    expect(result).toEqual(['filled']);
    expect((document.getElementById('xl') as HTMLSelectElement).value).toBe('2');
    const shown = document.querySelector('.select2-selection__rendered')!;
    expect([shown.textContent, shown.getAttribute('title')]).toEqual(['大学本科', '大学本科']);
  });

  it('layui: its entry clicked as a person does (its callbacks answer clicks only), then its title box shows 大学本科 should its script not have', async () => {
    const clicked: string[] = [];
    const listen = () => document.querySelectorAll('dd').forEach((dd) => dd.addEventListener('click', () => clicked.push(dd.getAttribute('lay-value')!)));
    const { planned, result } = await fillLevel(education('style="display:none"', LAYUI), listen);
    expect(planned).toEqual(['fill']);
    expect(result).toEqual(['filled']);
    expect(clicked).toEqual(['2']);
    expect((document.querySelector('.layui-select-title input') as HTMLInputElement).value).toBe('大学本科');
  });
});

const box = (id: string, text = '') => `<input type="checkbox" id="${id}" name="${id}">${text ? `<label for="${id}">${text}</label>` : ''}`;
const work = (row: string) => `${title('主要专业技术工作经历')}<table>${th('工作单位', '<input id="dw" name="dw">')}${row}${th('未缴纳社保原因', '<textarea id="yy" name="yy"></textarea>')}</table>`;
const paidItem = (html: string, choose?: () => void) => planPage(html, 'work-experience', choose).plan.items.filter((i) => i.key === 'workHistory.socialInsurancePaid');

describe('yes/no questions asked by a lone box or worded answers', () => {
  it('a lone box 无 under 有无奖惩: ticked for 奖惩情况 无。', () => {
    const html = `${title('奖惩情况及工作小结')}<table>${th('有无奖惩', box('w', '无'))}${th('工作期间奖惩情况', '<textarea id="jc" name="jc"></textarea>')}</table>`;
    const items = planPage(html, 'awards-summary').plan.items.filter((i) => i.key === 'page.awardsYesNo');
    expect(items.map((i) => [i.action, i.option])).toEqual([['fill', 'true']]);
  });

  it('a box in a row labelled 未缴纳社保: left unticked for a paid job (已一致), unticked when ticked (覆盖)', () => {
    expect(paidItem(work(th('未缴纳社保', box('sb')))).map((i) => [i.outcome, i.option])).toEqual([['same', 'false']]);
    const tick = () => ((document.getElementById('sb') as HTMLInputElement).checked = true);
    expect(paidItem(work(th('未缴纳社保', box('sb'))), tick).map((i) => [i.outcome, i.option, i.current])).toEqual([['conflict', 'false', '否']]);
  });

  it('a box 是 in a row labelled 未缴纳社保 (its 是 is 未缴纳): left unticked for a paid job, not ticked (breaker 60); a box 是 under 是否缴纳社保 still ticked', () => {
    expect(paidItem(work(th('未缴纳社保', box('sb', '是')))).map((i) => [i.outcome, i.option])).toEqual([['same', 'false']]);
    expect(paidItem(work(th('是否缴纳社保', box('sb', '是')))).map((i) => i.option)).toEqual(['true']);
  });

  it('the checks read that box the other way round: ticked it is 否 (its reason asked), unticked no answer', () => {
    const findings = (ticked: boolean) => {
      document.body.innerHTML = work(th('未缴纳社保', box('sb')));
      (document.getElementById('dw') as HTMLInputElement).value = '广州某环境监测有限公司';
      (document.getElementById('sb') as HTMLInputElement).checked = ticked;
      const ev = evaluatePage(collectSnapshot(document, window), { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
      return { values: ev.fields.filter((f) => f.key === 'workHistory.socialInsurancePaid').map((f) => f.value), checks: ev.findings.map((f) => f.checkId).filter((id) => id === 'social-insurance-reason') };
    };
    expect(findings(true)).toEqual({ values: ['否'], checks: ['social-insurance-reason'] });
    expect(findings(false)).toEqual({ values: [''], checks: [] });
  });

  const radios = ['是，已缴纳', '否，未缴纳'].map((t, i) => `<input type="radio" name="rb" id="rb_${i}" value="${1 - i}"><label for="rb_${i}">${t}</label>`).join('');

  it('radios 是，已缴纳 / 否，未缴纳 under 是否在本单位缴纳社保: 是，已缴纳 chosen for a paid job', () => {
    expect(paidItem(work(th('是否在本单位缴纳社保', radios))).map((i) => [i.action, i.value, i.option])).toEqual([['fill', '是，已缴纳', '1']]);
  });

  it('否，未缴纳 chosen there with no reason given is 否 to the checks: its reason asked', () => {
    document.body.innerHTML = work(th('是否在本单位缴纳社保', radios));
    (document.getElementById('rb_1') as HTMLInputElement).checked = true;
    const ev = evaluatePage(collectSnapshot(document, window), { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
    expect(ev.findings.filter((f) => f.checkId === 'social-insurance-reason').map((f) => f.field)).toEqual(['workHistory.noSocialInsuranceReason']);
  });

  it('an answer said first then explained after a comma, colon or dash is a 是/否 pair', () => {
    const opts = (a: string, b: string) => [a, b].map((text, i) => ({ value: String(i), text, norm: normalizeText(text), disabled: false, selected: false, placeholder: false }));
    expect(optionByYesNoPair(opts('是，已缴纳', '否，未缴纳'), '否')?.text).toBe('否，未缴纳');
    expect(optionByYesNoPair(opts('否：未参保', '是：已参保'), '是')?.text).toBe('是：已参保');
    expect(optionByYesNoPair(opts('是否', '否'), '是')).toBeUndefined();
  });
});
