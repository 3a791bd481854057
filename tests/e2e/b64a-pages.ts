/**
 * breaker 64a's pages: the single-form steps (选择申报资格系列, 基本信息, 个人照片, 证书/证明材料,
 * 完成并送审) drawn the way other Guangdong ASP.NET WebForms / layui / Bootstrap portals draw them,
 * not the practice portal's markup: pinyin-named controls, labels in `<td class="tdTitle">` or
 * `<th>` with the required star in its own `<font color=red>`, 请选择 placeholders, read-only boxes
 * the server prefilled, full-width values, frames. For tests/e2e/b64a.test.ts.
 */
import { N, webForm } from './web-form-pages';

/** A form row: the label in a `td.tdTitle`, its required star in a separate red `<font>`. */
const tdr = (label: string, control: string, star = true) =>
  `<tr><td class="tdTitle">${star ? '<font color="red">*</font>' : ''}${label}：</td><td class="tdContent">${control}</td></tr>`;
/** A form row with the label in a `<th>`. */
const thr = (label: string, control: string) => `<tr><th><font color="red">*</font>${label}</th><td>${control}</td></tr>`;
const box = (id: string, more = '') => `<input name="${N}${id}" type="text" id="${id}"${more} />`;
const sel = (id: string, options: string[], more = '') =>
  `<select name="${N}${id}" id="${id}"${more}><option value="">请选择</option>${options.map((o, i) => `<option value="${i + 1}">${o}</option>`).join('')}</select>`;

/** 基本信息's rows shared by the pages below; `overrides` replaces a row's control by its label. */
const basicRows = (overrides: Record<string, string> = {}, wrap = tdr) =>
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
    .map(([label, control]) => wrap(label, overrides[label] ?? control))
    .join('\n');

const basicPage = (rows: string, title = '<div class="ptitle">基本信息</div>') =>
  webForm(`${title}<table class="tbForm">${rows}</table>
<input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`);

/** The 选择申报资格系列 page: four lists, each filled by the page's script `delay` ms after the one before changes. */
const seriesCascade = (delay: number, heading = '<div class="ptitle">选择申报资格系列</div>', childMore = '') =>
  webForm(`${heading}<table class="tbForm">
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
      target.disabled = false;
      next[id][1].forEach(function (text, i) { target.options.add(new Option(text, String(i + 1))); });
    }, ${delay});
  });
});
</script>`);

/** Pages by path. */
export const B64A_PAGES: Record<string, string> = {
  'series-cascade': seriesCascade(400),
  'series-untitled': seriesCascade(400, ''),
  'series-disabled': seriesCascade(400, undefined, ' disabled="disabled"'),
  'series-slow': seriesCascade(1500),
  'series-disabled-now': seriesCascade(0, undefined, ' disabled="disabled"'),
  'series-other-title': seriesCascade(400, '<div class="ptitle">申报资格选择</div>'),
  'series-crumb': seriesCascade(400, '<div class="crumb">当前位置：职称申报 &gt; 网上申报 &gt; 申报资格系列</div>'),
  'series-layui': seriesCascade(400, '<fieldset class="layui-elem-field layui-field-title"><legend>选择申报系列</legend></fieldset>'),
  // 基本信息 showing the series chosen before as text, above its form.
  'basic-series-line': basicPage(basicRows(), '<div class="ptitle">基本信息</div><div>申报资格系列：工程系列 初级初次职称考核认定</div>'),
  'basic-tdtitle': basicPage(basicRows()),
  'basic-th': basicPage(basicRows({}, thr)),
  // 姓名 and 公民身份号码 the server prefilled from the login, read-only; the ID number in full-width digits.
  'basic-readonly-fullwidth': basicPage(
    basicRows({
      姓名: box('txtXM', ' value="李明远" readonly="readonly" class="readonly"'),
      公民身份号码: box('txtSFZH', ' value="４４０１０６１９９８０５１２０３１４" readonly="readonly" class="readonly"'),
    }),
  ),
  // 性别 shown as text (from the ID number, by the server), 女 against a male ID number.
  'basic-gender-text-female': basicPage(
    basicRows({
      性别: '<span id="lblXB">女</span>',
      公民身份号码: box('txtSFZH', ' value="440106199805120314" readonly="readonly"'),
    }),
  ),
  'basic-gender-text-male': basicPage(
    basicRows({
      性别: '<span id="lblXB">男</span>',
      公民身份号码: box('txtSFZH', ' value="440106199805120314" readonly="readonly"'),
    }),
  ),
  // 性别 as a list; radios whose label comes after; mobile in full-width.
  'basic-gender-list': basicPage(basicRows({ 性别: sel('ddlXB', ['男', '女']) })),
  'basic-mobile-fullwidth': basicPage(basicRows({ 手机号码: box('txtSJHM', ' value="１３９２６００１２３４"') })),
  // Two forms on one page: a site search above the application's form.
  'basic-two-forms': `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>
<form id="search" action="/search" method="get"><input type="text" name="kw" id="kw" placeholder="请输入关键字" /><input type="submit" value="搜索" /></form>
<form name="aspnetForm" method="post" action="/posted" id="aspnetForm"><div class="ptitle">基本信息</div><table class="tbForm">${basicRows()}</table>
<input type="submit" name="${N}btnSave" value="保存" id="btnSave" /></form></body></html>`,
  // A frameset: banner, menu, the form's frame.
  'fs-main': `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Frameset//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-frameset.dtd"><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head>
<frameset rows="80,*" frameborder="0"><frame name="topFrame" src="/fs-top" scrolling="no" /><frameset cols="200,*"><frame name="leftFrame" src="/fs-menu" /><frame name="mainFrame" src="/basic-tdtitle" /></frameset></frameset></html>`,
  'fs-top': '<html><body><h2>广州市职称业务申报与管理系统</h2>欢迎您：李明远 <a href="#">退出</a></body></html>',
  'fs-menu': `<html><body><ul>${['获取历史数据', '基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '主要专业技术工作经历', '工作期间奖惩情况', '业绩成果', '论文著作', '年度考核结果', '证书、证明材料', '完成并送审'].map((s) => `<li><a href="/basic-tdtitle" target="mainFrame">${s}</a></li>`).join('')}</ul></body></html>`,
  // An iframe page: a menu on the left, the form in an iframe.
  'if-main': `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>
<div style="float:left;width:200px"><ul>${['基本信息', '学位（学历）教育情况', '证书、证明材料', '完成并送审'].map((s) => `<li><a href="#">${s}</a></li>`).join('')}</ul></div>
<iframe name="ifrMain" id="ifrMain" src="/basic-tdtitle" style="width:900px;height:700px"></iframe></body></html>`,
  // 完成并送审: the pledge, its 同意 box labelled after it, 送审.
  'submit-pledge': webForm(`<div class="ptitle">完成并送审</div>
<div class="cnxx">本人承诺：所填写的信息及提交的材料真实、准确、有效，如有虚假，本人愿承担一切责任。</div>
<input id="chkTY" type="checkbox" name="${N}chkTY" /><label for="chkTY">本人已阅读并同意以上承诺</label><br />
<input type="submit" name="${N}btnSS" value="送审" id="btnSS" onclick="return confirm('确定送审吗？');" />`),
  // 个人照片 on its own page, with its own 上传.
  'photo-upload': webForm(`<div class="ptitle">基本信息</div><table class="tbForm">
${tdr('个人照片', `<img id="imgZP" src="" alt="" style="width:102px;height:126px" /><br /><input type="file" name="${N}fuZP" id="fuZP" /><input type="submit" name="${N}btnSCZP" value="上传照片" id="btnSCZP" />`)}
</table>`),
  // 证书、证明材料: name → 记录序号 → file → 上传; a list of what was uploaded.
  'certificates-empty': webForm(`<div class="ptitle">证书、证明材料</div><table class="tbForm">
${tdr('材料类型', sel('ddlCLLX', ['身份证', '学历证书', '学位证书', '专业技术资格证书', '在岗在职证明材料', '其他材料']))}
${tdr('记录序号', box('txtJLXH'))}
${tdr('选择文件', `<input type="file" name="${N}fuCL" id="fuCL" />`)}
</table><input type="submit" name="${N}btnSC" value="上传" id="btnSC" />
<table class="grid" border="1"><tr><th>序号</th><th>材料类型</th><th>文件名</th><th>操作</th></tr>
<tr><td>1</td><td>身份证</td><td>sfz.jpg</td><td><a href="#">删除</a></td></tr></table>`),
};

/** A Bootstrap horizontal form group: the label (its star in a span.text-danger after it), the control in a column. */
const bsGroup = (label: string, control: string) =>
  `<div class="form-group"><label class="col-sm-2 control-label">${label}<span class="text-danger">*</span></label><div class="col-sm-4">${control}</div></div>`;
const bsBox = (id: string, more = '') => `<input type="text" class="form-control" id="${id}" name="${id}"${more} />`;
const bsSel = (id: string, options: string[], placeholder = '<option value="-1">--请选择--</option>') =>
  `<select class="form-control" id="${id}" name="${id}">${placeholder}${options.map((o, i) => `<option value="${i + 1}">${o}</option>`).join('')}</select>`;


function PROBE_MORE(): void {
  Object.assign(B64A_PAGES, {
    // Label variants and value wordings other portals use; 性别 radios whose words follow them as bare text.
    'basic-variants': basicPage(
      [
        tdr('姓名', box('txtXM')),
        tdr('性别', `<input type="radio" name="${N}xb" id="xb1" value="1" />男 <input type="radio" name="${N}xb" id="xb2" value="2" />女`),
        tdr('出生日期', box('txtCSRQ')),
        tdr('身份证号', box('txtSFZH')),
        tdr('民族', `<select name="${N}ddlMZ" id="ddlMZ"><option value="-1">--请选择--</option><option value="01">汉</option><option value="02">蒙古</option><option value="08">壮</option></select>`),
        tdr('政治面貌', `<select name="${N}ddlZZMM" id="ddlZZMM"><option value="0">请选择</option><option value="01">中共党员</option><option value="02">中共预备党员</option><option value="03">共青团员</option><option value="13">群众</option></select>`),
        tdr('参加工作日期', box('txtCJGZRQ')),
        tdr('工作单位', box('txtGZDW')),
        tdr('统一社会信用代码', box('txtXYDM')),
        tdr('联系手机', box('txtLXSJ')),
        tdr('通信地址', box('txtTXDZ')),
        tdr('邮编', box('txtYB')),
        tdr('最高学历', `<select name="${N}ddlXL" id="ddlXL"><option value="">请选择</option><option value="1">研究生</option><option value="2">本科</option><option value="3">大专</option></select>`),
        tdr('最高学位', `<select name="${N}ddlXW" id="ddlXW"><option value="">请选择</option><option value="1">博士</option><option value="2">硕士</option><option value="3">学士</option><option value="4">无</option></select>`),
      ].join('\n'),
    ),
    'basic-bootstrap': `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head><body><div class="container">
<div class="panel panel-default"><div class="panel-heading">基本信息</div><div class="panel-body"><form class="form-horizontal" action="/posted" method="post">
${bsGroup('姓名', bsBox('name', ' value="李明远" readonly'))}
${bsGroup('性别', bsSel('sex', ['男', '女']))}
${bsGroup('出生日期', bsBox('birthday'))}
${bsGroup('公民身份号码', bsBox('idcard', ' value="440106199805120314" readonly'))}
${bsGroup('民族', bsSel('nation', ['汉族', '壮族']))}
${bsGroup('政治面貌', bsSel('politics', ['中共党员', '群众']))}
${bsGroup('手机号码', bsBox('mobile'))}
${bsGroup('工作单位', bsBox('company'))}
<div class="form-group"><div class="col-sm-offset-2 col-sm-10"><button type="submit" class="btn btn-primary">保存</button></div></div>
</form></div></div></div></body></html>`,
    // 出生日期 and 性别 the server filled from the ID number, read-only / disabled.
    'basic-server-filled': basicPage(
      basicRows({
        姓名: box('txtXM', ' value="李明远" readonly="readonly"'),
        性别: `<select name="${N}ddlXB" id="ddlXB" disabled="disabled"><option value="">请选择</option><option value="1" selected="selected">男</option><option value="2">女</option></select>`,
        出生日期: box('txtCSRQ', ' value="1998/5/12 0:00:00" readonly="readonly"'),
        公民身份号码: box('txtSFZH', ' value="440106199805120314" readonly="readonly"'),
      }),
    ),
  });
}
PROBE_MORE();
Object.assign(B64A_PAGES, {
  // The star in a cell of its own before the label's cell; a star after the label, before its colon.
  'basic-star-cell': basicPage(
    basicRows({}, (label, control) => `<tr><td width="10"><font color="red">*</font></td><td class="tdTitle">${label}</td><td>${control}</td></tr>`),
  ),
  'basic-star-after': basicPage(basicRows({}, (label, control) => `<tr><td class="tdTitle">${label}<font color="red">*</font>：</td><td>${control}</td></tr>`)),
  // 基本信息 in one form, 个人照片 in a second form of its own (multipart), side by side.
  'basic-photo-form': `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>
<div class="ptitle">基本信息</div>
<form id="fmPhoto" action="/posted" method="post" enctype="multipart/form-data"><table><tr><td class="tdTitle"><font color="red">*</font>个人照片：</td><td><img id="imgZP" src="" alt="" style="width:102px;height:126px" /><input type="file" name="fuZP" id="fuZP" /><input type="submit" value="上传照片" id="btnSCZP" /></td></tr></table></form>
<form id="fmBasic" action="/posted" method="post"><table class="tbForm">${basicRows()}</table><input type="submit" value="保存" id="btnSave" /></form></body></html>`,
  // 证书、证明材料 with 在岗在职证明材料 uploaded, or only chosen in the list and not uploaded.
  'certificates-onjob': webForm(`<div class="ptitle">证书、证明材料</div><table class="tbForm">
${tdr('材料类型', sel('ddlCLLX', ['身份证', '学历证书', '在岗在职证明材料', '其他材料']))}
${tdr('记录序号', box('txtJLXH'))}
${tdr('选择文件', `<input type="file" name="${N}fuCL" id="fuCL" />`)}
</table><input type="submit" name="${N}btnSC" value="上传" id="btnSC" />
<table class="grid" border="1"><tr><th>序号</th><th>材料类型</th><th>文件名</th><th>操作</th></tr>
<tr><td>1</td><td>身份证</td><td>sfz.jpg</td><td><a href="#">删除</a></td></tr>
<tr><td>2</td><td>在岗在职证明材料</td><td>社保缴费清单.pdf</td><td><a href="#">删除</a></td></tr></table>`),
  'certificates-chosen': webForm(`<div class="ptitle">证书、证明材料</div><table class="tbForm">
${tdr('材料类型', `<select name="${N}ddlCLLX" id="ddlCLLX"><option value="">请选择</option><option value="1">身份证</option><option value="5" selected="selected">在岗在职证明材料</option></select>`)}
${tdr('记录序号', box('txtJLXH'))}
${tdr('选择文件', `<input type="file" name="${N}fuCL" id="fuCL" />`)}
</table><input type="submit" name="${N}btnSC" value="上传" id="btnSC" />
<table class="grid" border="1"><tr><th>序号</th><th>材料类型</th><th>文件名</th><th>操作</th></tr>
<tr><td>1</td><td>身份证</td><td>sfz.jpg</td><td><a href="#">删除</a></td></tr></table>`),
  // 完成并送审 drawn by layui: the 同意 box hidden and drawn as a div, 送审 a link styled as a button.
  'submit-layui': `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>
<fieldset class="layui-elem-field layui-field-title"><legend>完成并送审</legend></fieldset>
<form class="layui-form" action="/posted" method="post"><div class="layui-form-item"><p>本人承诺：所填写的信息及提交的材料真实、准确、有效。</p>
<input type="checkbox" name="agree" id="agree" lay-skin="primary" title="我已阅读并同意" style="display:none" /><div class="layui-unselect layui-form-checkbox" lay-skin="primary" onclick="var c=document.getElementById('agree');c.checked=!c.checked;this.classList.toggle('layui-form-checked')"><span>我已阅读并同意</span><i class="layui-icon layui-icon-ok"></i></div></div>
<div class="layui-form-item"><a class="layui-btn" id="btnSS" lay-submit lay-filter="ss">送审</a></div></form></body></html>`,
});
