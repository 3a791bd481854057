/**
 * fill59's pages: autofill on markup the practice portal does not have — a 小结 box whose label
 * states its limit in other words (200字以下, 200个字符以内, 200字内), a 学历 list in GB 4658-84's
 * short names (研究生 / 大学 / 大专 / 中专) or with the level in brackets (大学（本科）), a lone
 * checkbox saying no (未缴纳社会保险), a 社保 list 缴纳 / 未缴纳. WebForms pages (web-form-pages.ts webForm) for
 * tests/e2e/fill-markup.test.ts (fill 59).
 */
import { N, webForm } from './web-form-pages';

/** A form table's row: the label in a header cell, the control beside it. */
export const th = (label: string, control: string) => `<tr><th>${label}</th><td>${control}</td></tr>`;
export const box = (id: string) => `<input type="text" name="${N}${id}" id="${id}" />`;
const textarea = (id: string) => `<textarea name="${N}${id}" id="${id}" rows="6"></textarea>`;
/** A list with its prompt first; options as [value, text]. */
export const sel = (id: string, options: [string, string][]) =>
  `<select name="${N}${id}" id="${id}"><option value="">--请选择--</option>${options.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>`;

/** 奖惩情况 and 工作小结, the 小结 labelled `label` (no maxlength). */
const summary = (label: string) =>
  webForm(`<div class="ptitle">奖惩情况及工作小结</div><table>
${th('奖惩情况', textarea('txtJC'))}
${th(label, textarea('txtXJ'))}
</table><input type="submit" value="保存并下一步" />`);

/** 学历 record form whose 学历 list offers `levels`. */
const education = (levels: [string, string][]) =>
  webForm(`<div class="ptitle">学位（学历）教育情况</div><table>
${th('毕业院校', box('txtYX'))}
${th('学历', sel('ddlXL', levels))}
</table><input type="submit" value="保存" />`);

/** A lone checkbox `id` with its words in a label after it. */
const checkbox = (id: string, text: string) => `<input type="checkbox" name="${N}${id}" id="${id}" /><label for="${id}">${text}</label>`;

/** 工作经历 with its 社保 asked in the row `insurance`. */
export const work = (insurance: string) =>
  webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${th('工作单位', box('txtGZDW'))}
${th('起止时间', `${box('txtQS')}至${box('txtZZ')}`)}
${insurance}
</table><input type="submit" value="保存" />`);

/** Pages by path. */
export const F59_PAGES: Record<string, string> = {
  'summary-below': summary('个人专业技术工作小结（200字以下）'),
  'summary-chars': summary('个人专业技术工作小结（200个字符以内）'),
  'summary-nei': summary('个人专业技术工作小结（200字内）'),
  // GB 4658-84 文化程度's short names: 大学 is 大学本科.
  'level-short': education([['10', '研究生'], ['20', '大学'], ['30', '大专'], ['40', '中专']]),
  'level-bracketed': education([['1', '研究生（硕士）'], ['2', '大学（本科）'], ['3', '大学（专科）']]),
  // 工作经历 asking 社保 with one box to tick when it was NOT paid; with a list 缴纳 / 未缴纳.
  'insurance-unpaid-box': work(th('社会保险', checkbox('cbWJSB', '未缴纳社会保险'))),
  'insurance-list': work(th('社保缴纳情况', sel('ddlSB', [['1', '缴纳'], ['0', '未缴纳']]))),
};
