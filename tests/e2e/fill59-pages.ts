/**
 * fill59's pages: autofill on markup the practice portal does not have — a 小结 box whose label
 * states its limit in other words (200字以下, 200个字符以内, 200字内). WebForms pages
 * (web-form-pages.ts webForm) for tests/e2e/fill59.test.ts.
 */
import { N, webForm } from './web-form-pages';

/** A form table's row: the label in a header cell, the control beside it. */
const th = (label: string, control: string) => `<tr><th>${label}</th><td>${control}</td></tr>`;
const textarea = (id: string) => `<textarea name="${N}${id}" id="${id}" rows="6"></textarea>`;

/** 奖惩情况 and 工作小结, the 小结 labelled `label` (no maxlength). */
const summary = (label: string) =>
  webForm(`<div class="ptitle">奖惩情况及工作小结</div><table>
${th('奖惩情况', textarea('txtJC'))}
${th(label, textarea('txtXJ'))}
</table><input type="submit" value="保存并下一步" />`);

/** Pages by path. */
export const F59_PAGES: Record<string, string> = {
  'summary-below': summary('个人专业技术工作小结（200字以下）'),
  'summary-chars': summary('个人专业技术工作小结（200个字符以内）'),
  'summary-nei': summary('个人专业技术工作小结（200字内）'),
};
