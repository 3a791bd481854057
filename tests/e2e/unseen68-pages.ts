/**
 * unseen68's pages: 基本信息 of an ASP.NET WebForms portal copy we never saw, asking the
 * 公民身份号码 in three boxes ([6]-[8]-[4]) and the 手机号码 in three ([3]-[4]-[4]), labels in the
 * cell before them (`*公民身份号码：`), ids in pinyin initials, saved by a LinkButton (`href=
 * "javascript:__doPostBack(…)"`; the page's __doPostBack counts its calls in `window.postbacks`
 * instead of posting); and 年度考核结果 asked one row per year, each result an ASP.NET RadioButtonList.
 * For tests/e2e/unseen68.test.ts; the same markup in happy-dom:
 * tests/unit/unseen68/.
 */

/** A label cell with its red star, and the cell of its control(s). */
const row = (label: string, control: string) => `<tr><td align="right"><font color="red">*</font>${label}：</td><td>${control}</td></tr>`;

/** A text box named as WebForms names it, `length` its maxlength, `value` what the server wrote in it. */
const box = (id: string, length: number, value = '') =>
  `<input name="ctl00$ContentPlaceHolder1$${id}" type="text" maxlength="${length}" id="${id}" value="${value}" size="${length + 1}" />`;

/** 基本信息 with the parts' values the server wrote (`parts`: the six ID and mobile boxes' values, in order; none: empty). */
const basicInfo = (parts: string[] = []) => {
  const [a = '', b = '', c = '', d = '', e = '', f = ''] = parts;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>广州市职称业务申报与管理系统</title>
<script type="text/javascript">window.postbacks = 0; function __doPostBack(target, argument) { window.postbacks++; }</script></head><body>
<form name="aspnetForm" method="post" action="Default.aspx" id="aspnetForm"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk0NjQ2MjE5MmRk" /></div>
<div class="ptitle">基本信息</div><table>
${row('姓名', box('xm', 20, parts.length ? '李明远' : ''))}
${row('公民身份号码', `${box('sfzh1', 6, a)}-${box('sfzh2', 8, b)}-${box('sfzh3', 4, c)}`)}
${row('性别', `<select name="ctl00$ContentPlaceHolder1$xb" id="xb"><option value="">请选择</option><option value="1"${parts.length ? ' selected="selected"' : ''}>男</option><option value="2">女</option></select>`)}
${row('手机号码', `${box('sjhm1', 3, d)}-${box('sjhm2', 4, e)}-${box('sjhm3', 4, f)}`)}
</table><a id="lbtnSave" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbtnSave','')">保存</a></form></body></html>`;
};

/** A 考核结果 RadioButtonList for one year's row, `checked` the index ticked. */
const results = (id: string, checked: number) =>
  `<table id="${id}" border="0"><tr>${['优秀', '合格', '基本合格', '不合格'].map((t, i) => `<td><input id="${id}_${i}" type="radio" name="ctl00$ContentPlaceHolder1$${id}" value="${i + 1}"${i === checked ? ' checked="checked"' : ''} /><label for="${id}_${i}">${t}</label></td>`).join('')}</tr></table>`;

/** 年度考核结果 asked one row per year (考核年度 | 考核结果), each result a RadioButtonList, 合格 ticked for both. */
const ANNUAL_RESULTS = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>广州市职称业务申报与管理系统</title>
<script type="text/javascript">window.postbacks = 0; function __doPostBack(target, argument) { window.postbacks++; }</script></head><body>
<form name="aspnetForm" method="post" action="Default.aspx" id="aspnetForm"><div class="ptitle">年度考核结果</div>
<table border="1" cellspacing="0"><tr><th>考核年度</th><th>考核结果</th></tr>
<tr><td>2021年度</td><td>${results('rbl2021', 1)}</td></tr><tr><td>2022年度</td><td>${results('rbl2022', 1)}</td></tr></table>
<a id="lbtnSave" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbtnSave','')">保存</a></form></body></html>`;

/** Pages by path. */
export const U68_PAGES: Record<string, string> = {
  // The sample applicant's ID number and mobile, saved in their parts: 440106 19980512 0314, 139 2600 1234.
  'parts-saved': basicInfo(['440106', '19980512', '0314', '139', '2600', '1234']),
  // The same form, empty.
  'parts-empty': basicInfo(),
  'annual-results': ANNUAL_RESULTS,
};
