/**
 * breaker 64a's pages: the single-form steps (选择申报资格系列, 基本信息, 个人照片) drawn the way other
 * Guangdong ASP.NET WebForms portals draw them, not the practice portal's markup: pinyin-named
 * controls, labels in `<td class="tdTitle">` with the required star in its own `<font color=red>`,
 * 请选择 placeholders, lists the page's script fills after the one before changes, read-only boxes
 * the server prefilled, a 性别 shown as text, an upload frame; boxes of the page's own beside the
 * application (意见反馈, 在线咨询, a site search). For tests/e2e/breakers63-65.test.ts (b64a).
 */
import { N, webForm } from './web-form-pages';

/** A form row: the label in a `td.tdTitle`, its required star in a separate red `<font>`. */
const tdr = (label: string, control: string, star = true) =>
  `<tr><td class="tdTitle">${star ? '<font color="red">*</font>' : ''}${label}：</td><td class="tdContent">${control}</td></tr>`;
const box = (id: string, more = '') => `<input name="${N}${id}" type="text" id="${id}"${more} />`;
const sel = (id: string, options: string[]) =>
  `<select name="${N}${id}" id="${id}"><option value="">请选择</option>${options.map((o, i) => `<option value="${i + 1}">${o}</option>`).join('')}</select>`;

/** 基本信息's rows shared by the pages below; `overrides` replaces a row's control by its label. */
const basicRows = (overrides: Record<string, string> = {}) =>
  (
    [
      ['姓名', box('txtXM')],
      ['性别', `<input id="rblXB_0" type="radio" name="${N}rblXB" value="1" /><label for="rblXB_0">男</label><input id="rblXB_1" type="radio" name="${N}rblXB" value="2" /><label for="rblXB_1">女</label>`],
      ['出生日期', box('txtCSRQ')],
      ['公民身份号码', box('txtSFZH')],
      ['民族', sel('ddlMZ', ['01-汉族', '02-蒙古族', '08-壮族'])],
      ['政治面貌', sel('ddlZZMM', ['01-中国共产党党员', '03-共青团员', '13-群众'])],
      ['参加工作时间', box('txtCJGZSJ')],
      ['工作单位', box('txtGZDW')],
      ['单位统一社会信用代码', box('txtTYXYDM')],
      ['手机号码', box('txtSJHM')],
      ['通讯地址', box('txtTXDZ')],
      ['邮政编码', box('txtYZBM')],
      ['最高学历', sel('ddlZGXL', ['研究生', '大学本科', '大学专科', '中专'])],
      ['最高学位', sel('ddlZGXW', ['博士', '硕士', '学士', '无'])],
    ] as [string, string][]
  )
    .map(([label, control]) => tdr(label, overrides[label] ?? control))
    .join('\n');

/** 基本信息 as a WebForms page: its title, the rows, 保存. */
const basicPage = (rows: string) =>
  webForm(`<div class="ptitle">基本信息</div><table class="tbForm">${rows}</table>
<input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`);

/**
 * The 选择申报资格系列 page: after 单位主管类型, four lists, each filled by the page's script `delay` ms
 * after the one before changes (and enabled then: `childMore` ' disabled="disabled"' draws them disabled till then;
 * the list `stuck` names is filled but left disabled).
 */
const seriesCascade = (delay: number, childMore = '', stuck = '') =>
  webForm(`<div class="ptitle">选择申报资格系列</div><table class="tbForm">
${tdr('申报类型', '初次职称考核认定', false)}
${tdr('单位主管类型', sel('ddlDWZGLX', ['机关事业单位', '国有企业', '非公有制经济组织']))}
${tdr('认定资格类型', `<select name="${N}ddlRDZGLX" id="ddlRDZGLX"${childMore}><option value="">请选择</option></select>`)}
${tdr('认定资格名称', `<select name="${N}ddlRDZGMC" id="ddlRDZGMC"${childMore}><option value="">请选择</option></select>`)}
${tdr('申报评委会', `<select name="${N}ddlSBPWH" id="ddlSBPWH"${childMore}><option value="">请选择</option></select>`)}
${tdr('认定专业', `<select name="${N}ddlRDZY" id="ddlRDZY"${childMore}><option value="">请选择</option></select>`)}
</table><input type="submit" name="${N}btnXD" value="选定" id="btnXD" />
<script>
var next = {
  ddlDWZGLX: ['ddlRDZGLX', ['工程技术人员', '卫生技术人员']],
  ddlRDZGLX: ['ddlRDZGMC', ['技术员', '助理工程师', '工程师']],
  ddlRDZGMC: ['ddlSBPWH', ['广州市工程系列生态环境专业初级职称评审委员会', '广州市工程系列生态环境专业中级职称评审委员会']],
  ddlSBPWH: ['ddlRDZY', ['生态环境工程', '生态环境管理与咨询', '生态环境监测']]
};
Object.keys(next).forEach(function (id) {
  document.getElementById(id).addEventListener('change', function () {
    var target = document.getElementById(next[id][0]);
    target.options.length = 1;
    setTimeout(function () {
      target.disabled = target.id === '${stuck}';
      next[id][1].forEach(function (text, i) { target.options.add(new Option(text, String(i + 1))); });
    }, ${delay});
  });
});
</script>`);

/** 基本信息's rows from `from` to before `to` (basicRows' order), in a form table. */
const basicTable = (from: number, to?: number) => `<table class="tbForm">${basicRows().split('\n').slice(from, to).join('\n')}</table>`;

/** A page without the WebForms shell: `body` under the portal's title. */
const plainPage = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>${body}</body></html>`;

/** A side box of the page's own beside the application, titled `title` (its heading in `headingTag`): 姓名, 联系电话, 内容, 提交. */
const sideBox = (title: string, headingTag = 'h4') =>
  `<div class="side"><${headingTag} class="panel-heading">${title}</${headingTag}><div class="panel-body"><table><tr><td>姓名：</td><td><input type="text" name="sbName" id="sbName" /></td></tr>
<tr><td>联系电话：</td><td><input type="text" name="sbTel" id="sbTel" /></td></tr><tr><td>内容：</td><td><textarea name="sbText" id="sbText"></textarea></td></tr></table><button type="button">提交</button></div></div>`;

/** Pages by path. */
export const B64A_PAGES: Record<string, string> = {
  // B64a-1: 认定资格名称, 申报评委会 and 认定专业 asked on 选择申报资格系列, each list filled by the page 0.4 s after the one before changes.
  'series-cascade': seriesCascade(400),
  // B64a-2: the same, each later list disabled until the page fills it.
  'series-disabled': seriesCascade(400, ' disabled="disabled"'),
  // B64a-2: the same, each list enabled and filled at once (a timer of 0 ms).
  'series-disabled-at-once': seriesCascade(0, ' disabled="disabled"'),
  // B64a-2: the same, 认定专业 left disabled by the page after its options come.
  'series-never-enabled': seriesCascade(400, ' disabled="disabled"', 'ddlRDZY'),
  // B64a-3: 性别 shown as text by the server (女) beside a male ID number the server prefilled.
  'basic-gender-text-female': basicPage(
    basicRows({
      性别: '<span id="lblXB">女</span>',
      公民身份号码: box('txtSFZH', ' value="440106199805120314" readonly="readonly"'),
    }),
  ),
  // B64a-4: 基本信息 whose 个人照片 cell holds an upload frame (its own page: the photo, a file box, 上传).
  'basic-photo-frame': basicPage(`${basicRows()}
<tr><td class="tdTitle"><font color="red">*</font>个人照片：</td><td><iframe name="ifrZP" src="/photo-frame" style="width:300px;height:200px" frameborder="0"></iframe></td></tr>`),
  'photo-frame': `<html><head><meta charset="utf-8" /></head><body><form action="/posted" method="post" enctype="multipart/form-data"><img id="imgZP" src="" alt="" style="width:102px;height:126px" /><br /><input type="file" name="fuZP" id="fuZP" /><input type="submit" value="上传" /></form></body></html>`,
  // B64a-4's controls. The upload frame from another origin (localhost beside 127.0.0.1: the same server), its address written by the page.
  'basic-photo-frame-cross': basicPage(`${basicRows()}
<tr><td class="tdTitle"><font color="red">*</font>个人照片：</td><td><iframe name="ifrZP" id="ifrZP" style="width:300px;height:200px" frameborder="0"></iframe></td></tr>
<script>document.getElementById('ifrZP').src = 'http://localhost:' + location.port + '/photo-frame';</script>`),
  // A frame in the 个人照片 cell holding a whole 基本信息 form of its own, its 个人照片 box among its fields, drawn by its
  // 编辑 (so the page around it read it while it had no field): it then shows its own overlay.
  'basic-photo-frame-step': basicPage(`${basicRows()}
<tr><td class="tdTitle"><font color="red">*</font>个人照片：</td><td><iframe name="ifrZP" src="/photo-step-frame" style="width:700px;height:600px" frameborder="0"></iframe></td></tr>`),
  'photo-step-frame': webForm(`<input type="button" id="btnEdit" value="编辑" onclick="document.getElementById('zone').innerHTML = document.getElementById('tpl').innerHTML" /><div id="zone"></div>
<template id="tpl"><div class="ptitle">基本信息</div><table class="tbForm">${basicRows()}
${tdr('个人照片', `<input type="file" name="${N}fuZP" id="fuZP" />`)}</table><input type="submit" name="${N}btnSave" value="保存" id="btnSave" /></template>`),
  // B64a-5: 基本信息's form and, beside it, a second <form> of the page's own (意见反馈: 姓名, 联系电话, 反馈内容, 提交).
  'basic-feedback': `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>
<form name="aspnetForm" method="post" action="/posted" id="aspnetForm"><div class="ptitle">基本信息</div><table class="tbForm">${basicRows()}</table>
<input type="submit" name="${N}btnSave" value="保存" id="btnSave" /></form>
<div class="side"><h4>意见反馈</h4><form id="fb" action="/fb" method="post"><table><tr><td>姓名：</td><td><input type="text" name="fbName" id="fbName" /></td></tr>
<tr><td>联系电话：</td><td><input type="text" name="fbTel" id="fbTel" /></td></tr><tr><td>反馈内容：</td><td><textarea name="fbText" id="fbText"></textarea></td></tr></table><input type="submit" value="提交" /></form></div></body></html>`,
  // B64a-5's controls. No <form> at all (a layui / Bootstrap page): 基本信息 beside a 在线咨询 panel.
  'basic-consult-no-form': plainPage(`<div class="ptitle">基本信息</div>${basicTable(0)}<button type="button" id="btnSave">保存</button>${sideBox('在线咨询', 'div')}`),
  // The application split over two forms, a site search form in the header, the last rows outside any form.
  'basic-split-forms': plainPage(`<form id="search" action="/search"><input type="text" name="kw" id="kw" placeholder="请输入关键字" /><input type="submit" value="搜索" /></form>
<form id="f1" method="post" action="/posted"><div class="ptitle">基本信息</div>${basicTable(0, 7)}</form>
<form id="f2" method="post" action="/posted">${basicTable(7, 11)}</form>${basicTable(11)}<button type="button" id="btnSave">保存</button>`),
  // A 意见反馈 box inside the page's one WebForms form, beside 基本信息's table.
  'basic-feedback-one-form': basicPage(`${basicRows()}</table>${sideBox('意见反馈：')}<table>`),
  // 选定 elsewhere: 基本信息 with a chooser layer whose 选定 picks a committee (a control: not held).
  'basic-chooser-pick': basicPage(`${basicRows()}</table><div class="layui-layer"><select size="3" id="lstPWH"><option>广州市工程系列生态环境专业初级职称评审委员会</option></select>
<input type="submit" name="${N}btnXD" value="选定" id="btnXD" /></div><table>`),
  // B64a-6: 民族 whose prompt is written in brackets with a value of its own.
  'basic-bracket-prompt': basicPage(basicRows({ 民族: `<select name="${N}ddlMZ" id="ddlMZ"><option value="0">（请选择）</option><option value="01">01-汉族</option><option value="08">08-壮族</option></select>` })),
  // B64a-7: 完成并送审 whose pledge's 同意 box is labelled after it, its 送审 worded 确定送审.
  'submit-confirm': webForm(`<div class="ptitle">完成并送审</div>
<div class="cnxx">本人承诺：所填写的信息及提交的材料真实、准确、有效，如有虚假，本人愿承担一切责任。</div>
<input id="chkTY" type="checkbox" name="${N}chkTY" /><label for="chkTY">本人已阅读并同意以上承诺</label><br />
<input type="submit" name="${N}btnSS" value="确定送审" id="btnSS" />`),
};
