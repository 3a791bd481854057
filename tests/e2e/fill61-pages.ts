/**
 * fill61's pages: autofill and checks on markup the practice portal does not have — a 学历 list
 * hidden by select2 3.x behind the stand-in it draws BEFORE the list (`.select2-container` with its
 * focus box, then `<select class="select2-offscreen">`: clipped to 1px, not display:none); a box 是
 * in a row labelled 未缴纳社保, ticked (its 是 is 未缴纳); radios 是 / 否 under 是否未缴纳社保 (a
 * question that says no), a list 是 / 否 under it (fill 62) and a lone box with no words under it (lead 62). WebForms pages (web-form-pages.ts webForm) for tests/e2e/fill-markup.test.ts (fill 61).
 * The stand-in is the library's markup and stylesheet rule as drawn, without its script: what the
 * fill must update is what the page shows.
 */
import { th, box, sel, work } from './fill59-pages';
import { N, webForm } from './web-form-pages';

/** select2 3.x's rule hiding the list it draws for (select2.css `.select2-offscreen`). */
const OFFSCREEN = `<style>.select2-offscreen{clip:rect(0 0 0 0)!important;width:1px!important;height:1px!important;border:0!important;margin:0!important;padding:0!important;overflow:hidden!important;position:absolute!important;outline:0!important;left:0!important;top:0!important}.select2-display-none{display:none}</style>`;

/** select2 3.x's single list as it draws it, before the list: the shown choice in `.select2-chosen`, its focus box. */
const SELECT2_3 = `<div class="select2-container" id="s2id_ddlXL" style="width: 200px;"><a href="javascript:void(0)" class="select2-choice" tabindex="-1"><span class="select2-chosen">请选择</span><abbr class="select2-search-choice-close"></abbr><span class="select2-arrow" role="presentation"><b role="presentation"></b></span></a><label for="s2id_autogen1" class="select2-offscreen"></label><input class="select2-focusser select2-offscreen" type="text" aria-haspopup="true" role="button" id="s2id_autogen1" /></div>`;

/** Its drop, moved to the end of the page once opened, its search box in it (hidden when closed). */
const DROP_3 = `<div class="select2-drop select2-display-none select2-with-searchbox"><div class="select2-search"><label for="s2id_autogen1_search" class="select2-offscreen"></label><input type="text" autocomplete="off" class="select2-input" id="s2id_autogen1_search" /></div><ul class="select2-results"></ul></div>`;

/** An ASP.NET RadioButtonList `id` of [value, words]. */
const radios = (id: string, options: [string, string][], checked = -1) =>
  options.map(([v, t], i) => `<input type="radio" name="${N}${id}" id="${id}_${i}" value="${v}"${i === checked ? ' checked="checked"' : ''} /><label for="${id}_${i}">${t}</label>`).join('');

/** Pages by path. */
export const F61_PAGES: Record<string, string> = {
  'level-select2-3': webForm(
    `<div class="ptitle">学位（学历）教育情况</div><table>
${th('毕业院校', box('txtYX'))}
${th('学历', `${SELECT2_3}<select name="${N}ddlXL" id="ddlXL" class="select2-offscreen" tabindex="-1" title=""><option value="">请选择</option><option value="1">研究生</option><option value="2">大学本科</option><option value="3">大学专科</option></select>`)}
</table><input type="submit" value="保存" />${DROP_3}`,
    OFFSCREEN,
  ),
  // A box 是 in a row that says no, ticked (未缴纳), its reason box empty.
  'insurance-unpaid-row-yes-ticked': work(
    th('未缴纳社保', `<input type="checkbox" name="${N}cbWJSB" id="cbWJSB" checked="checked" /><label for="cbWJSB">是</label>`) + th('未缴纳社保原因', box('txtYY')),
  ),
  // 是 / 否 under a question that says no: 是 is 未缴纳.
  'insurance-unpaid-question-radios': work(th('是否未缴纳社保', radios('rblWJSB', [['1', '是'], ['0', '否']])) + th('未缴纳社保原因', box('txtYY'))),
  // The same question as a list after its prompt: 是 is 未缴纳 there too.
  'insurance-unpaid-question-list': work(th('是否未缴纳社保', sel('ddlWJSB', [['1', '是'], ['0', '否']])) + th('未缴纳社保原因', box('txtYY'))),
  // A lone box with no words under that question: ticked it says 是, 未缴纳 (lead 62); ticked or not.
  'insurance-unpaid-question-lone-box': work(th('是否未缴纳社保', `<input type="checkbox" name="${N}cbWJSB" id="cbWJSB" />`) + th('未缴纳社保原因', box('txtYY'))),
  'insurance-unpaid-question-lone-box-ticked': work(th('是否未缴纳社保', `<input type="checkbox" name="${N}cbWJSB" id="cbWJSB" checked="checked" />`) + th('未缴纳社保原因', box('txtYY'))),
};
