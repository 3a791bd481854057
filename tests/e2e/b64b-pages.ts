/**
 * breaker 64b's pages: the pre-submit checks on record steps drawn the way other portals draw
 * them (GridView lists with 编辑 / 删除 and columns the practice portal does not have, a notice
 * table numbered in words, layui tables and forms). Page bodies shared by the happy-dom tests
 * (tests/unit/b64b/) and the browser test (tests/e2e/breakers63-65.test.ts, b64b), which wraps each in webForm.
 */

/** A saved record's row actions, as a GridView's CommandField draws them. */
const actions = '<td><a href="#">编辑</a> <a href="#">删除</a></td>';
const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}${actions}</tr>`;
const head = (...cells: string[]) => `<tr>${cells.map((c) => `<th>${c}</th>`).join('')}<th>操作</th></tr>`;
const add = '<input type="submit" name="btnAdd" value="添加" id="btnAdd" />';

/**
 * Saved annual reviews under 记录序号 | 考核年度 | 审核结果 | 考核结果: the HR office's review of each
 * record (审核结果: 未审核 / 审核通过 / 不合格) in a column before the result itself.
 * @param results the 考核结果 of 2023 and 2024. @param review what 审核结果 says of each.
 */
export const reviewBeforeResult = (results: [string, string], review: [string, string] = ['未审核', '未审核']) => `<div class="ptitle">年度考核结果</div>
<table border="1" id="gvKH">${head('记录序号', '考核年度', '审核结果', '考核结果')}
${row('1', '2023', review[0], results[0])}${row('2', '2024', review[1], results[1])}</table>${add}`;

/**
 * Saved annual reviews whose 填报日期 (the day each record was entered, all in 2024) comes before
 * 考核年度. @param results the 考核结果 of 2022, 2023 and 2024.
 */
export const entryDateFirst = (results: [string, string, string]) => `<div class="ptitle">年度考核结果</div>
<table border="1" id="gvKH">${head('序号', '填报日期', '考核年度', '考核结果')}
${row('1', '2024-12-01', '2022', results[0])}${row('2', '2024-12-02', '2023', results[1])}${row('3', '2024-12-02', '2024', results[2])}</table>${add}`;

/**
 * 专业技术资格历史情况 with the page's own notes in a table of their own, numbered in words (一、二 or
 * (1) (2)) under a 序号 header, above the list of saved records numbered `seq`.
 * @param numbers how the notes are numbered. @param seq the saved records' 记录序号.
 */
export const noticeNumberedInWords = (numbers: [string, string], seq: [string, string] = ['1', '2']) => `<div class="ptitle">专业技术资格历史情况</div>
<table border="1" class="notice"><tr><th>序号</th><th>填报说明</th></tr>
<tr><td>${numbers[0]}</td><td>记录序号一栏按照从小到大的记录顺序填报</td></tr>
<tr><td>${numbers[1]}</td><td>未获得专业技术资格的不填报</td></tr></table>
<table border="1" id="gvZG">${head('记录序号', '资格名称', '取得时间')}
${row(seq[0], '技术员', '2021-08-01')}${row(seq[1], '助理工程师', '2023-08-01')}</table>${add}`;

/**
 * A 删除 link as a layui table's tool bar or an AJAX GridView draws it: the record is deleted on
 * the server and its row taken out of the list in place (layui's `obj.del()`), no page load.
 */
const deleteInPlace = '<a href="javascript:;" class="del" onclick="this.closest(\'tr\').remove()">删除</a>';

/** Saved annual reviews in a layui table: 2023 称职, 2024 不称职, each row with 编辑 and an in-place 删除 (`#del2024`: the 2024 row's). */
export const layuiReviewList = `<fieldset class="layui-elem-field layui-field-title"><legend>年度考核结果</legend></fieldset>
<table class="layui-table"><thead><tr><th>记录序号</th><th>考核年度</th><th>考核结果</th><th>操作</th></tr></thead><tbody>
<tr><td>1</td><td>2023</td><td>称职</td><td><a class="layui-btn layui-btn-xs">编辑</a> ${deleteInPlace}</td></tr>
<tr><td>2</td><td>2024</td><td>不称职</td><td><a class="layui-btn layui-btn-xs">编辑</a> ${deleteInPlace.replace('class="del"', 'class="del" id="del2024"')}</td></tr>
</tbody></table><button type="button" class="layui-btn">添加</button>`;

/** Saved work records in a GridView: 1 是, 2 否 with no reason; the second row's 删除 (`#del2`) takes it out in place. */
export const workListDeleteInPlace = `<div class="ptitle">主要专业技术工作经历</div>
<table border="1" id="gvGZ">${head('记录序号', '起止时间', '工作单位', '是否缴纳社保', '未缴纳社保原因')}
<tr><td>1</td><td>2020.07-至今</td><td>广州市某某环境监测站</td><td>是</td><td>&nbsp;</td><td><a href="#">编辑</a> ${deleteInPlace}</td></tr>
<tr><td>2</td><td>2019.07-2020.06</td><td>广州某环保科技有限公司</td><td>否</td><td>&nbsp;</td><td><a href="#">编辑</a> ${deleteInPlace.replace('class="del"', 'class="del" id="del2"')}</td></tr>
</table>${add}`;

/**
 * A 工作经历 record form drawn with Bootstrap 3's form-horizontal: 是否缴纳社保 as inline radios
 * (`#sbYes` / `#sbNo`, `paid` chosen), 未缴纳社保原因 a text area (`#txtYY`), a 保存 submit (`#btnSave`).
 */
export const bootstrapWorkForm = (paid: 'yes' | 'no') => `<h3 class="page-header">主要专业技术工作经历</h3><div class="form-horizontal">
<div class="form-group"><label class="col-sm-2 control-label" for="txtQS">起始时间</label><div class="col-sm-4"><input class="form-control" id="txtQS" name="txtQS" type="text" value="2020-07-01" /></div></div>
<div class="form-group"><label class="col-sm-2 control-label" for="txtZZ">终止时间</label><div class="col-sm-4"><input class="form-control" id="txtZZ" name="txtZZ" type="text" value="2024-06-30" /></div></div>
<div class="form-group"><label class="col-sm-2 control-label" for="txtDW">工作单位</label><div class="col-sm-4"><input class="form-control" id="txtDW" name="txtDW" type="text" value="广州市某某环境监测站" /></div></div>
<div class="form-group"><label class="col-sm-2 control-label">是否缴纳社保</label><div class="col-sm-4">
<label class="radio-inline"><input type="radio" name="sb" id="sbYes" value="1"${paid === 'yes' ? ' checked="checked"' : ''} />是</label>
<label class="radio-inline"><input type="radio" name="sb" id="sbNo" value="0"${paid === 'no' ? ' checked="checked"' : ''} />否</label></div></div>
<div class="form-group"><label class="col-sm-2 control-label" for="txtYY">未缴纳社保原因</label><div class="col-sm-6"><textarea class="form-control" id="txtYY" name="txtYY" rows="3"></textarea></div></div>
<div class="form-group"><div class="col-sm-offset-2 col-sm-10"><input type="submit" class="btn btn-primary" id="btnSave" name="btnSave" value="保存" /></div></div></div>`;

/**
 * A 年度考核 record form drawn by layui (tests/e2e/layui-stub.ts: the real lists hidden, layui's
 * drawn in their place, changed by a click on a drawn `dd`, no DOM change event): 考核年度
 * 2024 chosen, 考核结果 (`#ddlKHJG`, lay-filter khjg) on 请选择. Needs LAYUI_STUB in the head.
 */
export const layuiReviewForm = `<div class="layui-card"><div class="layui-card-header">年度考核结果</div><div class="layui-card-body"><div class="layui-form">
<div class="layui-form-item"><label class="layui-form-label">记录序号</label><div class="layui-input-inline"><input type="text" name="xh" id="txtXH" value="1" class="layui-input" /></div></div>
<div class="layui-form-item"><label class="layui-form-label">考核年度</label><div class="layui-input-inline"><select name="nd" id="ddlND" lay-filter="nd"><option value="">请选择</option><option value="2023">2023</option><option value="2024" selected="selected">2024</option></select></div></div>
<div class="layui-form-item"><label class="layui-form-label">考核结果</label><div class="layui-input-inline"><select name="khjg" id="ddlKHJG" lay-filter="khjg"><option value="">请选择</option><option value="1">优秀</option><option value="2">称职</option><option value="3">基本称职</option><option value="4">不称职</option></select></div></div>
<div class="layui-form-item"><div class="layui-input-block"><input type="submit" class="layui-btn" id="btnSave" name="btnSave" value="保存" /></div></div>
</div></div></div><script>form.render();</script>`;

/**
 * 基本信息's 申报评委会 as a read-only box filled by its "..." chooser in a window of its own
 * (`window.open`), whose 选择 writes the committee's name into the box by script — no input or
 * change event in the page — and closes: the box shows the 中级 committee at first (`#txtPWH`).
 */
export const committeeChooserForm = `<div class="ptitle">基本信息</div><table>
<tr><td>认定资格名称：</td><td><select name="ddlZGMC" id="ddlZGMC"><option value="">请选择</option><option value="1">技术员</option><option value="2" selected="selected">助理工程师</option></select></td></tr>
<tr><td>申报评委会：</td><td><input type="text" name="txtPWH" id="txtPWH" readonly="readonly" value="广州市工程系列生态环境专业中级职称评审委员会" /><input type="button" id="btnPWH" value="..." onclick="window.open('/committee-chooser', 'pwh', 'width=600,height=400')" /></td></tr>
</table><input type="submit" name="btnSave" id="btnSave" value="保存" />`;

/** The chooser's window: each committee with a 选择 link writing its name into the opener's box. */
export const committeeChooser = `<table border="1"><tr><th>评委会名称</th><th>选择</th></tr>
<tr><td>广州市工程系列生态环境专业初级职称评审委员会</td><td><a href="#" id="pick" onclick="opener.document.getElementById('txtPWH').value=this.parentNode.previousSibling.textContent;window.close();return false;">选择</a></td></tr></table>`;

/**
 * 学位（学历）教育情况's saved records (记录序号 1 硕士, 2 本科) and under them the records' files in a
 * table of their own, numbered by the record each belongs to (1, 1, 2) under `seqHeader`, the file
 * described by `nameHeader` (材料说明 / 附件: no file name, no header naming the file's kind).
 */
export const recordFilesBelow = (seqHeader: string, nameHeader: string, seq: [string, string] = ['1', '2']) => `<div class="ptitle">学位（学历）教育情况</div>
<table border="1" id="gvXL">${head('记录序号', '毕业院校', '学历')}
${row(seq[0], '中山大学', '硕士研究生')}${row(seq[1], '华南理工大学', '大学本科')}</table>
<div>已上传附件</div><table border="1" id="gvFJ"><tr><th>${seqHeader}</th><th>${nameHeader}</th><th>上传时间</th><th>操作</th></tr>
<tr><td>1</td><td><a href="#">毕业证书</a></td><td>2024-11-01</td><td><a href="#">查看</a> <a href="#">删除</a></td></tr>
<tr><td>1</td><td><a href="#">学位证书</a></td><td>2024-11-01</td><td><a href="#">查看</a> <a href="#">删除</a></td></tr>
<tr><td>2</td><td><a href="#">学籍验证报告</a></td><td>2024-11-02</td><td><a href="#">查看</a> <a href="#">删除</a></td></tr></table>${add}`;

/**
 * Saved annual reviews, 2023 and 2024 both 称职, and under them the uploaded 考核表 in a table of
 * their own whose 上传结果 says 不合格 of a file the server refused (文件过大).
 */
export const reviewFilesBelow = `<div class="ptitle">年度考核结果</div>
<table border="1" id="gvKH">${head('记录序号', '考核年度', '考核结果')}
${row('1', '2023', '称职')}${row('2', '2024', '称职')}</table>
<div>附件</div><table border="1" id="gvFJ"><tr><th>序号</th><th>附件名称</th><th>上传结果</th><th>操作</th></tr>
<tr><td>1</td><td>2024年度考核表.pdf</td><td>不合格（文件过大）</td><td><a href="#">删除</a></td></tr></table>${add}`;

/**
 * A 工作经历 record form drawn by layui (LAYUI_STUB in the head): 是否缴纳社保 as layui radios (`title`
 * 是 / 否, 否 ticked), 未缴纳社保原因 (`#txtYY`) empty, and a layui 保存 button (`lay-submit`, a
 * `<button type="button">`) whose own click handler saves by AJAX: here it counts its saves in
 * `window.saves`, no page load.
 */
export const layuiWorkForm = `<div class="layui-card"><div class="layui-card-header">主要专业技术工作经历</div><div class="layui-card-body"><div class="layui-form" lay-filter="gz">
<div class="layui-form-item"><label class="layui-form-label">起止时间</label><div class="layui-input-inline"><input type="text" name="qs" id="txtQS" value="2019-07-01" class="layui-input" /></div><div class="layui-form-mid">-</div><div class="layui-input-inline"><input type="text" name="zz" id="txtZZ" value="2020-06-30" class="layui-input" /></div></div>
<div class="layui-form-item"><label class="layui-form-label">工作单位</label><div class="layui-input-block"><input type="text" name="dw" id="txtDW" value="广州某环保科技有限公司" class="layui-input" /></div></div>
<div class="layui-form-item"><label class="layui-form-label">是否缴纳社保</label><div class="layui-input-block"><input type="radio" name="sb" value="1" title="是" /><input type="radio" name="sb" value="0" title="否" checked="checked" /></div></div>
<div class="layui-form-item layui-form-text"><label class="layui-form-label">未缴纳社保原因</label><div class="layui-input-block"><textarea name="yy" id="txtYY" class="layui-textarea"></textarea></div></div>
<div class="layui-form-item"><div class="layui-input-block"><button type="button" class="layui-btn" lay-submit lay-filter="save" id="btnSave">保存</button></div></div>
</div></div></div><script>form.render(); window.saves = 0; document.getElementById('btnSave').addEventListener('click', function () { window.saves++; });</script>`;

/**
 * layuiWorkForm as layui has drawn it (what form.render() leaves: tests/e2e/layui-stub.ts), for a
 * DOM that runs no page script: after each radio its `.layui-form-radio`, the icon glyph (U+E643
 * ticked, U+E63F not) before the choice's words. @param paid which radio is ticked.
 */
export const layuiWorkFormDrawn = (paid: '是' | '否') =>
  layuiWorkForm
    .replace(/<script>.*<\/script>/, '')
    .replace(' checked="checked"', '')
    .replace(/<input type="radio" name="sb" value="(\d)" title="(.)" \/>/g, (_, value: string, title: string) => {
      const on = title === paid;
      return `<input type="radio" name="sb" value="${value}" title="${title}"${on ? ' checked="checked"' : ''} /><div class="layui-unselect layui-form-radio${on ? ' layui-form-radioed' : ''}"><i class="layui-anim layui-icon">${on ? '\ue643' : '\ue63f'}</i><div>${title}</div></div>`;
    });

/** A layui radio as layui draws it (layuiWorkFormDrawn): the hidden radio, then its `.layui-form-radio` with the glyph before `title`. */
const drawnRadio = (name: string, value: string, title: string, on: boolean) =>
  `<input type="radio" name="${name}" value="${value}" title="${title}"${on ? ' checked="checked"' : ''} /><div class="layui-unselect layui-form-radio${on ? ' layui-form-radioed' : ''}"><i class="layui-anim layui-icon">${on ? '\ue643' : '\ue63f'}</i><div>${title}</div></div>`;
const layuiItem = (label: string, inner: string) => `<div class="layui-form-item"><label class="layui-form-label">${label}</label><div class="layui-input-block">${inner}</div></div>`;

/**
 * 基本信息 drawn by layui, every choice a radio: 性别 男, 认定资格类型 `type`, 认定资格名称 `title`
 * under 申报级别 初级, the 初级 committee. @param drawn whether layui has drawn its radios (for a
 * DOM that runs no script; the browser test draws them with LAYUI_STUB's form.render()).
 */
export const layuiBasicRadios = (type: '工程技术人员' | '其他', title: '技术员' | '助理工程师' | '工程师', drawn: boolean) => {
  const radios = (name: string, chosen: string, ...titles: string[]) =>
    titles.map((t, i) => (drawn ? drawnRadio(name, String(i + 1), t, t === chosen) : `<input type="radio" name="${name}" id="${name}${i + 1}" value="${i + 1}" title="${t}"${t === chosen ? ' checked="checked"' : ''} />`)).join('');
  return `<div class="layui-card"><div class="layui-card-header">基本信息</div><div class="layui-card-body"><div class="layui-form">
${layuiItem('姓名', '<input type="text" name="xm" id="txtXM" class="layui-input" value="李明远" />')}
${layuiItem('身份证号', '<input type="text" name="sfzh" id="txtSFZH" class="layui-input" value="440106199805120314" />')}
${layuiItem('性别', radios('xb', '男', '男', '女'))}
${layuiItem('申报级别', radios('jb', '初级', '初级', '中级'))}
${layuiItem('认定资格类型', radios('lx', type, '工程技术人员', '其他'))}
${layuiItem('认定资格名称', radios('mc', title, '技术员', '助理工程师', '工程师'))}
${layuiItem('申报评委会', radios('pw', '广州市工程系列生态环境专业初级职称评审委员会', '广州市工程系列生态环境专业初级职称评审委员会', '广州市工程系列生态环境专业中级职称评审委员会'))}
<div class="layui-form-item"><div class="layui-input-block"><input type="submit" class="layui-btn" id="btnSave" name="btnSave" value="保存" /></div></div>
</div></div></div>${drawn ? '' : '<script>form.render();</script>'}`;
};

/** Saved work records, record 1 否 with its 未缴纳社保原因 cell showing only `blank` (-- / / as a list draws an empty value). */
export const workReasonDash = (blank: string) => `<div class="ptitle">主要专业技术工作经历</div>
<table border="1" id="gvGZ">${head('记录序号', '起止时间', '工作单位', '是否缴纳社保', '未缴纳社保原因')}
${row('1', '2019.07-2020.06', '广州某环保科技有限公司', '否', blank)}</table>${add}`;

/** 年度考核结果 with the page's own table of rules (考核结果 | 说明: 基本称职 and 不称职 rule one out) above saved years 2023 and 2024, both 称职. */
export const reviewRulesTable = `<div class="ptitle">年度考核结果</div>
<table border="1" class="notice"><tr><th>考核结果</th><th>说明</th></tr>
<tr><td>基本称职</td><td>最近一年度考核结果为基本称职的，不能申报</td></tr><tr><td>不称职</td><td>最近一年度考核结果为不称职的，不能申报</td></tr></table>
<table border="1" id="gvKH">${head('记录序号', '考核年度', '考核结果')}
${row('1', '2023', '称职')}${row('2', '2024', '称职')}</table>${add}`;

/** 学位（学历）教育情况: saved 1 硕士研究生, and the form adding record 2 with 学历 博士研究生 chosen (`#ddlXL`: set it to 1). */
export const educationFormAboveSaved = `<div class="ptitle">学位（学历）教育情况</div>
<table border="1" id="gvXL">${head('记录序号', '毕业院校', '学历')}${row('1', '中山大学', '硕士研究生')}</table>
<table><tr><td>记录序号：</td><td><input type="text" id="txtXH" value="2" /></td></tr><tr><td>毕业院校：</td><td><input type="text" id="txtYX" value="华南理工大学" /></td></tr>
<tr><td>学历：</td><td><select id="ddlXL"><option value="">请选择</option><option value="1">博士研究生</option><option value="2">硕士研究生</option><option value="3">大学本科</option></select></td></tr></table><input type="submit" value="保存" />`;

/** 专业技术资格历史情况 whose list shows no record yet (暂无数据), the form's 记录序号 typed 2 (`#txtXH`). */
export const qualificationFirstNumberedTwo = `<div class="ptitle">专业技术资格历史情况</div>
<table border="1" id="gvZG">${head('记录序号', '资格名称', '取得时间')}<tr><td colspan="4">暂无数据</td></tr></table>
<table><tr><td>记录序号：</td><td><input type="text" id="txtXH" value="2" /></td></tr><tr><td>资格名称：</td><td><input type="text" id="txtZGMC" value="技术员" /></td></tr></table><input type="submit" value="保存" />`;

/** Two 学历 records in one form, a fieldset each (第1条 大学专科, 第2条 大学本科: lowest first), no saved list. Set `#ddlXL1` to 3 and `#ddlXL2` to 2. */
export const educationFieldsets = [1, 2].map((n) => `<fieldset><legend>第${n}条</legend><table>
<tr><td>记录序号：</td><td><input type="text" id="txtXH${n}" value="${n}" /></td></tr>
<tr><td>毕业院校：</td><td><input type="text" id="txtYX${n}" value="${n === 1 ? '广州某职业技术学院' : '华南理工大学'}" /></td></tr>
<tr><td>学历：</td><td><select id="ddlXL${n}"><option value="">请选择</option><option value="1">硕士研究生</option><option value="2">大学本科</option><option value="3">大学专科</option></select></td></tr></table></fieldset>`)
  .join('')
  .replace(/^/, '<div class="ptitle">学位（学历）教育情况</div>') + '<input type="submit" value="保存" />';

/**
 * Saved annual reviews, 2023 称职 and 2024 不称职, whose 删除 (`#hide2024` on the 2024 row) deletes
 * the record by AJAX and hides its row, as jQuery's `$(tr).fadeOut()` leaves it: in the list's
 * markup still, `display: none`. @param hidden draw the 2024 row hidden already (for a DOM that
 * runs no click).
 */
export const reviewListHideOnDelete = (hidden: boolean) => `<div class="ptitle">年度考核结果</div>
<table border="1" id="gvKH">${head('记录序号', '考核年度', '考核结果')}
${row('1', '2023', '称职')}<tr${hidden ? ' style="display:none"' : ''}><td>2</td><td>2024</td><td>不称职</td><td><a href="#">编辑</a> <a href="javascript:;" id="hide2024" onclick="this.closest('tr').style.display='none'">删除</a></td></tr></table>${add}`;
