/**
 * unseen69's pages: an ASP.NET WebForms portal copy we never saw, its master page naming the step
 * only in a SiteMapPath (首页 > 职称申报 > 学位（学历）教育情况, no 当前位置： label, no title), its
 * 学历 form asking 毕业院校 / 入学 / 毕业 in unlabelled boxes known by their ids alone (txtByyx, rxsj,
 * bysj) under a header row, and its 基本信息 asking 性别 in radios whose choices are only their
 * `title` (男 / 女), saved by a LinkButton with a picture (`<a href="javascript:__doPostBack(…)"><img
 * alt="保存"></a>`; the page's __doPostBack counts its calls in `window.postbacks` instead of posting).
 * For tests/e2e/unseen69.test.ts; the same markup in happy-dom: tests/unit/unseen69/ and tests/unit/unseen68/.
 */

/** The page around `body`: the master page's head, form, SiteMapPath to `step`, and a picture 保存. */
const page = (step: string, body: string) => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>广州市职称业务申报与管理系统</title>
<script type="text/javascript">window.postbacks = 0; function __doPostBack(target, argument) { window.postbacks++; }</script></head><body>
<form name="aspnetForm" method="post" action="Default.aspx" id="aspnetForm"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk0NjQ2MjE5MmRk" /></div>
<div class="nav"><span id="ctl00_SiteMapPath1"><a href="#ctl00_SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" height="0" width="0" src="/WebResource.axd?d=x" style="border-width:0px;" /></a><span><a href="/Default.aspx">首页</a></span><span> &gt; </span><span><a href="/Apply.aspx">职称申报</a></span><span> &gt; </span><span>${step}</span><a id="ctl00_SiteMapPath1_SkipLink"></a></span></div>
${body}
<a id="lbtnSave" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbtnSave','')"><img src="images/save.gif" alt="保存" border="0" /></a></form></body></html>`;

/** A text box named as WebForms names it, `value` what the server wrote in it. */
const box = (id: string, value = '') => `<input name="ctl00$ContentPlaceHolder1$${id}" type="text" id="${id}" value="${value}" />`;

/** 学历's record form: a header row, then unlabelled boxes (`values`: 院校, 入学, 毕业 as the server wrote them; none: empty). */
const education = (values: string[] = []) => {
  const [school = '', start = '', end = ''] = values;
  return page('学位（学历）教育情况', `<table border="1" cellspacing="0"><tr><td>毕业院校</td><td>入学时间</td><td>毕业时间</td></tr>
<tr><td>${box('txtByyx', school)}</td><td>${box('rxsj', start)}</td><td>${box('bysj', end)}</td></tr></table>`);
};

/**
 * 基本信息 with 性别 as radios saying their choice only in their title (and a 公民身份号码: with 姓名
 * and 性别 alone a SiteMapPath's 基本信息 names no step); `saved`: the sample applicant's name and
 * number as the server wrote them, and 女 ticked.
 */
const basicInfo = (saved = false) => page('基本信息', `<table>
<tr><td align="right">姓名：</td><td>${box('xm', saved ? '李明远' : '')}</td></tr>
<tr><td align="right">公民身份号码：</td><td>${box('sfzh', saved ? '440106199805120314' : '')}</td></tr>
<tr><td align="right">性别：</td><td><input type="radio" name="ctl00$ContentPlaceHolder1$xb" id="xb1" value="1" title="男" /><input type="radio" name="ctl00$ContentPlaceHolder1$xb" id="xb2" value="2" title="女"${saved ? ' checked="checked"' : ''} /></td></tr>
</table>`);

/** Pages by path. */
export const U69_PAGES: Record<string, string> = {
  // 入学 2020-09 after 毕业 2016-06: record-period-order.
  'education-backwards': education(['华南理工大学', '2020-09', '2016-06']),
  'education-empty': education(),
  'basic-title-radios': basicInfo(),
  // A man's number, 女 ticked.
  'basic-title-radios-female': basicInfo(true),
};
