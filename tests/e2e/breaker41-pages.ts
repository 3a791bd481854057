/**
 * Breaker 41's pages: the pre-submit checks on markup the practice portal does not have, written
 * as another ASP.NET / layui portal might (labels in a th, a header over two rows, a date a script
 * wrote). The bodies of WebForms pages (web-form-pages.ts webForm), shared by the browser test
 * (tests/e2e/checks-markup.test.ts, breaker 41) and the happy-dom one (tests/unit/checks/breaker41.test.ts).
 * Lists mark their chosen option `selected` right after their prompt (happy-dom shows that one).
 */
import { N } from './web-form-pages';
import { LAYUI_STUB } from './layui-stub';

/** A form row with its label in a th. */
export const th = (label: string, control: string) => `<tr><th>${label}</th><td>${control}</td></tr>`;
/** A text box (WebForms name, id), with a value. */
export const box = (id: string, value = '') => `<input type="text" name="${N}${id}" id="${id}" value="${value}" />`;
/** A list after its prompt; `[value, text, chosen]`. */
export const list = (id: string, options: [string, string, boolean?][]) =>
  `<select name="${N}${id}" id="${id}"><option value="">--请选择--</option>${options.map(([v, t, chosen]) => `<option value="${v}"${chosen ? ' selected="selected"' : ''}>${t}</option>`).join('')}</select>`;

/** A valid 公民身份号码 (GB 11643) of a man born 1998-05-12. */
export const MALE_1998_05_12 = '440106199805120314';

/** Cells of a saved-records row. */
const cells = (texts: string[]) => `<tr>${texts.map((t) => `<td>${t}</td>`).join('')}</tr>`;
const edit = '<a href="javascript:void(0)">修改</a>';

/** A layui form item: its label (a <label> for no control, with a red star unless `star` is false) before the block holding its control(s). */
const layuiItem = (label: string, control: string, star = true) =>
  `<div class="layui-form-item"><label class="layui-form-label">${star ? '<span style="color:red">*</span>' : ''}${label}</label><div class="layui-input-block">${control}</div></div>`;

/** An editor drawn in the page as wangEditor draws one: its toolbar of icons, then the <div contenteditable> written in (id `id`). */
const divEditor = (id: string, html: string) =>
  `<div class="w-e-toolbar"><div class="w-e-menu" data-title="加粗"><i class="w-e-icon-bold"></i></div></div><div class="w-e-text-container"><div class="w-e-text" id="${id}" contenteditable="true">${html}</div></div>`;

/** Page bodies by path (the browser test wraps each in webForm). */
export const B41_BODIES = {
  // 证件名称 (not 证件类型) set to 护照: its 证件号码 is a passport's, no 公民身份号码.
  'id-type-named': `<div class="ptitle">基本信息</div><table>
${th('<span style="color:red">*</span>姓名', box('txtXM', '李明远'))}
${th('<span style="color:red">*</span>证件名称', list('ddlZJMC', [['2', '护照', true], ['1', '居民身份证']]))}
${th('<span style="color:red">*</span>证件号码', box('txtZJHM', 'E12345678'))}
</table><input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`,
  // 出生日期 as a script fills a box from JSON (layui's form.val): 1998-05-12T00:00:00.
  'birth-json': `<div class="ptitle">基本信息</div><table>
${th('<span style="color:red">*</span>姓名', box('txtXM', '李明远'))}
${th('<span style="color:red">*</span>公民身份号码', box('txtSFZH', MALE_1998_05_12))}
${th('<span style="color:red">*</span>出生日期', box('txtCSRQ', '1998-05-12T00:00:00'))}
</table><input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`,
  // Saved education under a header over two rows: 起止时间 over 入学 | 毕业; 本科 numbered before 硕士.
  'education-two-row-header': `<div class="ptitle">学位（学历）教育情况</div>
<table border="1"><tr><th rowspan="2">记录序号</th><th colspan="2">起止时间</th><th rowspan="2">毕业院校</th><th rowspan="2">学历</th><th rowspan="2">操作</th></tr>
<tr><th>入学</th><th>毕业</th></tr>
${cells(['1', '2012-09', '2016-07', '中山大学', '大学本科', edit])}
${cells(['2', '2016-09', '2019-07', '华南理工大学', '硕士研究生', edit])}
</table><table>${th('记录序号', box('txtJLXH'))}${th('毕业院校', box('txtBYYX'))}</table>
<input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`,
  // Saved qualifications, numbered 1 and 2, under a header over two rows whose second row has three cells.
  'qualification-two-row-header': `<div class="ptitle">专业技术资格历史情况</div>
<table border="1"><tr><th rowspan="2">记录序号</th><th colspan="3">资格情况</th><th rowspan="2">操作</th></tr>
<tr><th>资格名称</th><th>取得时间</th><th>发证单位</th></tr>
${cells(['1', '技术员', '2019-12', '广州市人力资源和社会保障局', edit])}
${cells(['2', '助理工程师', '2022-12', '广州市人力资源和社会保障局', edit])}
</table><table>${th('记录序号', box('txtJLXH'))}${th('资格名称', box('txtZGMC'))}</table>
<input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`,
  // 基本信息 drawn by layui: 性别 as radios titled 男 / 女, none chosen, under the label 性别 with its star.
  'layui-gender': `<div class="ptitle">基本信息</div><div class="layui-form">
${layuiItem('姓名', '<input type="text" name="xm" id="xm" class="layui-input" value="李明远" />')}
${layuiItem('身份证号', `<input type="text" name="sfzh" id="sfzh" class="layui-input" value="${MALE_1998_05_12}" />`)}
${layuiItem('性别', '<input type="radio" name="xb" id="xb1" value="1" title="男" /><input type="radio" name="xb" id="xb2" value="2" title="女" />')}
</div><script>form.render();</script><input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`,
  // 基本信息 drawn by layui with no stars: its required boxes are those it verifies (lay-verify="required").
  'layui-verify': `<div class="ptitle">基本信息</div><div class="layui-form">
${layuiItem('姓名', '<input type="text" name="xm" id="xm" lay-verify="required" class="layui-input" value="李明远" />', false)}
${layuiItem('工作单位', '<input type="text" name="gzdw" id="gzdw" lay-verify="required" class="layui-input" />', false)}
${layuiItem('民族', '<select name="mz" id="mz" lay-verify="required"><option value="">请选择</option><option value="01">汉族</option><option value="02">壮族</option></select>', false)}
${layuiItem('传真', '<input type="text" name="cz" id="cz" class="layui-input" />', false)}
</div><script>form.render();</script><input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`,
  // 工作期间奖惩情况 in editors drawn in the page (wangEditor: a <div contenteditable> before the hidden
  // box its script fills on submit): 奖惩 written 无 (no full stop), the 小结 written.
  'div-editors': `<div class="ptitle">工作期间奖惩情况</div><div class="layui-form">
${layuiItem('工作期间奖惩情况', `${divEditor('edJCQK', '<p>无</p>')}<textarea name="${N}txtJCQK" id="txtJCQK" style="display:none"></textarea>`)}
${layuiItem('个人专业技术工作小结', `${divEditor('edGZXJ', '<p>本人自2021年起从事流溪河支流水质例行监测工作，负责采样与数据审核。</p>')}<textarea name="${N}txtGZXJ" id="txtGZXJ" style="display:none"></textarea>`)}
</div><script>document.forms[0].addEventListener('submit', function () { document.getElementById('txtJCQK').value = document.getElementById('edJCQK').innerText; document.getElementById('txtGZXJ').value = document.getElementById('edGZXJ').innerText; });</script>
<input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`,
  // Saved qualifications whose list writes its numbers with a full stop: 1. and 2.
  'qualification-numbered-stops': `<div class="ptitle">专业技术资格历史情况</div>
<table border="1"><tr><th>记录序号</th><th>资格名称</th><th>取得时间</th><th>操作</th></tr>
${cells(['1.', '技术员', '2019-12', edit])}
${cells(['2.', '助理工程师', '2022-12', edit])}
</table><table>${th('记录序号', box('txtJLXH'))}${th('资格名称', box('txtZGMC'))}</table>
<input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`,
} satisfies Record<string, string>;

/** What a page puts in its head (layui's stand-in: tests/e2e/layui-stub.ts), by path. */
export const B41_HEADS: Partial<Record<keyof typeof B41_BODIES, string>> = { 'layui-gender': LAYUI_STUB, 'layui-verify': LAYUI_STUB };
