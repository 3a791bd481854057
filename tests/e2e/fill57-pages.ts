/**
 * Fill 57's pages: identity and period markup the practice portal does not have — a 证件类型 list
 * or radios the user set to 护照, a 证件类型 shown as plain text beside the 证件号码 box, a period
 * typed in four boxes, a period in 起始年 起始月 终止年 终止月 lists, months worded 一月…十二月.
 * WebForms pages (web-form-pages.ts webForm) for tests/e2e/fill-markup.test.ts (fill 57).
 */
import { N, webForm } from './web-form-pages';

const th = (label: string, control: string) => `<tr><th>${label}</th><td>${control}</td></tr>`;
const box = (id: string, extra = '') => `<input type="text" name="${N}${id}" id="${id}"${extra} />`;
const sel = (id: string, options: [string, string][], chosen = '') =>
  `<select name="${N}${id}" id="${id}"><option value="">--请选择--</option>${options.map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${t}</option>`).join('')}</select>`;
const ID_TYPES: [string, string][] = [['01', '居民身份证'], ['03', '护照'], ['04', '港澳居民来往内地通行证']];
const years = (from: number, to: number): [string, string][] => Array.from({ length: to - from + 1 }, (_, i) => [String(from + i), `${from + i}`]);
const months = (): [string, string][] => Array.from({ length: 12 }, (_, i) => [String(i + 1).padStart(2, '0'), String(i + 1).padStart(2, '0')]);
/** Month options worded 一月…十二月, each its own value. */
const cnMonths = (): [string, string][] => ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((m) => [`${m}月`, `${m}月`]);
const basic = (rows: string) => webForm(`<div class="ptitle">基本信息</div><table>
${th('姓名', box('txtXM'))}
${rows}
</table><input type="submit" value="保存并下一步" />`);

/** Fill 57's pages by path. */
export const F57_PAGES: Record<string, string> = {
  // 证件类型 a list the user set to 护照 (the account's document), 证件号码 empty.
  'passport-chosen': basic(`${th('证件类型', sel('ddlZJLX', ID_TYPES, '03'))}
${th('证件号码', box('txtZJHM'))}`),
  // The same as radios, 港澳居民来往内地通行证 checked.
  'permit-radios': basic(`${th('证件类型', ID_TYPES.map(([v, t], i) => `<input type="radio" name="${N}rblZJLX" id="rblZJLX_${i}" value="${v}"${v === '04' ? ' checked="checked"' : ''} /><label for="rblZJLX_${i}">${t}</label>`).join(''))}
${th('证件号码', box('txtZJHM'))}`),
  // 证件类型 shown as the cell's text, no control: 护照 beside the 证件号码 box; and a 居民身份证 one.
  'passport-text': basic(`${th('证件类型', '<span id="lblZJLX">护照</span>')}
${th('证件号码', box('txtZJHM'))}`),
  'id-card-text': basic(`<tr><td>证件类型：</td><td>居民身份证</td><td>证件号码：</td><td>${box('txtZJHM')}</td></tr>`),
  // 学历: 起止年月 typed in four boxes, [2016].[09] - [2020].[06].
  'education-four-boxes': webForm(`<div class="ptitle">学位（学历）教育情况</div><table>
${th('毕业院校', box('txtYX'))}
${th('起止年月', `${box('txtQN', ' maxlength="4" size="4"')}.${box('txtQY', ' maxlength="2" size="2"')} - ${box('txtZN', ' maxlength="4" size="4"')}.${box('txtZY', ' maxlength="2" size="2"')}`)}
</table><input type="submit" value="保存" />`),
  // 工作经历: 起始年 起始月 终止年 终止月 each a labelled list; the end year offers 至今.
  'work-four-lists': webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${th('工作单位', box('txtGZDW'))}
<tr><th>起始年</th><td>${sel('ddlQSN', years(2010, 2025))}</td><th>起始月</th><td>${sel('ddlQSY', months())}</td></tr>
<tr><th>终止年</th><td>${sel('ddlZZN', [['9999', '至今'], ...years(2010, 2025)])}</td><th>终止月</th><td>${sel('ddlZZY', months())}</td></tr>
</table><input type="submit" value="保存" />`),
  // 学历: 入学年月 and 毕业年月 in a year list and a month list worded 一月…十二月, the words their values.
  'cn-months': webForm(`<div class="ptitle">学位（学历）教育情况</div><table>
${th('毕业院校', box('txtYX'))}
${th('入学年月', sel('ddlRXN', years(2010, 2025)) + '年' + sel('ddlRXY', cnMonths()))}
${th('毕业年月', sel('ddlBYN', years(2010, 2025)) + '年' + sel('ddlBYY', cnMonths()))}
</table><input type="submit" value="保存" />`),
};
