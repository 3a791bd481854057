/**
 * breaker 63's pages: record steps drawn the way other ASP.NET / layui / jQuery-era portals draw
 * them, not the practice portal's markup. WebForms pages (web-form-pages.ts webForm) for
 * tests/e2e/b63.test.ts.
 */
import { N, webForm } from './web-form-pages';

/** A form table's row: the label in its own cell with the portal's full-width colon, the control beside it. */
const tr = (label: string, control: string) => `<tr><td class="tdl">${label}：</td><td>${control}</td></tr>`;
const box = (id: string) => `<input type="text" name="${N}${id}" id="${id}" />`;
const textarea = (id: string) => `<textarea name="${N}${id}" id="${id}" rows="6" cols="60"></textarea>`;
/** The limit a portal writes in red right after the text area, not in its label. */
const limitAfter = (words: string) => `<span style="color:red">${words}</span>`;

/** Pages by path. */
export const B63_PAGES: Record<string, string> = {
  // B63-1: 小结 and 工作内容 whose limit is written after the text area (no maxlength).
  'summary-limit-after': webForm(`<div class="ptitle">工作期间奖惩情况及个人专业技术工作小结</div><table>
${tr('工作期间奖惩情况', textarea('txtJC'))}
${tr('个人专业技术工作小结', textarea('txtXJ') + limitAfter('（限200字以内）'))}
</table><input type="submit" name="${N}btnSave" value="保存并下一步" id="btnSave" />`),
  'duties-limit-after': webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${tr('起始时间', box('txtQSSJ'))}
${tr('终止时间', box('txtZZSJ'))}
${tr('工作单位', box('txtGZDW'))}
${tr('工作内容', textarea('txtGZNR') + limitAfter('限30字以内'))}
</table><input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`),
};
