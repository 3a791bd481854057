/**
 * fill60's pages: autofill on markup the practice portal does not have — a list hidden behind the
 * stand-in a select library draws after it (chosen: `<select style="display:none">` then
 * `.chosen-container`; select2: the same with `.select2-container`, the list aria-hidden), a lone
 * checkbox 无 under 有无奖惩, a lone box in a row labelled 未缴纳社保, and radios 是，已缴纳 /
 * 否，未缴纳 under 是否在本单位缴纳社保. WebForms pages (web-form-pages.ts webForm) for
 * tests/e2e/fill-markup.test.ts (fill 60). The stand-ins are the libraries' markup as drawn, without their
 * scripts: what the fill must update is what the page shows.
 */
import { th, box, work } from './fill59-pages';
import { N, webForm } from './web-form-pages';

const textarea = (id: string) => `<textarea name="${N}${id}" id="${id}" rows="6"></textarea>`;

/** The 学历 list, its prompt first, hidden (`attrs`) behind the stand-in `standIn` drawn after it. */
const hiddenLevels = (attrs: string, standIn: string) =>
  `<select name="${N}ddlXL" id="ddlXL" ${attrs}><option value="">请选择</option><option value="1">研究生</option><option value="2">大学本科</option><option value="3">大学专科</option></select>${standIn}`;

/** chosen 1.x's single list as it draws it: the shown choice in `.chosen-single span`, its search box and results in the drop. */
const CHOSEN = `<div class="chosen-container chosen-container-single" style="width: 200px;" title=""><a class="chosen-single chosen-default"><span>请选择</span><div><b></b></div></a><div class="chosen-drop"><div class="chosen-search"><input class="chosen-search-input" type="text" autocomplete="off" /></div><ul class="chosen-results"></ul></div></div>`;

/** select2 4.x's single list as it draws it: the shown choice in `.select2-selection__rendered`. */
const SELECT2 = `<span class="select2 select2-container select2-container--default" dir="ltr" style="width: 200px;"><span class="selection"><span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0"><span class="select2-selection__rendered" title="请选择">请选择</span><span class="select2-selection__arrow" role="presentation"><b role="presentation"></b></span></span></span><span class="dropdown-wrapper" aria-hidden="true"></span></span>`;

/** 学历 record form whose 学历 row is `level`. */
const education = (level: string) =>
  webForm(`<div class="ptitle">学位（学历）教育情况</div><table>
${th('毕业院校', box('txtYX'))}
${th('学历', level)}
</table><input type="submit" value="保存" />`);

/** A lone checkbox `id`, with its words in a label after it when `text` is given. */
const checkbox = (id: string, text?: string) =>
  `<input type="checkbox" name="${N}${id}" id="${id}" />${text ? `<label for="${id}">${text}</label>` : ''}`;

/** An ASP.NET RadioButtonList `id` of [value, words]. */
const radios = (id: string, options: [string, string][]) =>
  options.map(([v, t], i) => `<input type="radio" name="${N}${id}" id="${id}_${i}" value="${v}" /><label for="${id}_${i}">${t}</label>`).join('');

/** Pages by path. */
export const F60_PAGES: Record<string, string> = {
  'level-chosen': education(hiddenLevels('style="display:none"', CHOSEN)),
  'level-select2': education(hiddenLevels('style="display:none" class="select2-hidden-accessible" tabindex="-1" aria-hidden="true"', SELECT2)),
  // 有无奖惩 answered by ticking one box 无 (ticked for none, left for some).
  'awards-none-box': webForm(`<div class="ptitle">奖惩情况及工作小结</div><table>
${th('有无奖惩', checkbox('cbWJC', '无'))}
${th('工作期间奖惩情况', textarea('txtJC'))}
${th('个人专业技术工作小结', textarea('txtXJ'))}
</table><input type="submit" value="保存并下一步" />`),
  // 社保 asked by a row whose label says no: its box ticked when NOT paid.
  'insurance-unpaid-row': work(th('未缴纳社保', checkbox('cbWJSB'))),
  // The same row answered by a box 是 (breaker 60): its 是 is 未缴纳.
  'insurance-unpaid-row-yes': work(th('未缴纳社保', checkbox('cbWJSB', '是'))),
  // 是否在本单位缴纳社保 answered 是，已缴纳 / 否，未缴纳.
  'insurance-here-radios': work(th('是否在本单位缴纳社保', radios('rblSB', [['1', '是，已缴纳'], ['0', '否，未缴纳']]))),
};
