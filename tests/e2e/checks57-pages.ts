/**
 * checks57's pages: the pre-submit checks on markup the practice portal does not have — a date
 * typed in three boxes, a list whose 排序 is typed in each row, a list drawn by layui's table in
 * two tables, 年度考核 asked per year, a 奖惩 box named only by the heading above it and a note
 * between them. The bodies of WebForms pages (web-form-pages.ts webForm), shared by the browser test
 * (tests/e2e/checks-markup.test.ts, checks57) and the happy-dom one (tests/unit/checks/checks57.test.ts).
 */
import { N } from './web-form-pages';
import { MALE_1998_05_12, box, th } from './breaker41-pages';

/** Cells of a saved-records row. */
const cells = (texts: string[]) => `<tr>${texts.map((t) => `<td>${t}</td>`).join('')}</tr>`;
const edit = '<a href="javascript:void(0)">修改</a>';
const save = `<input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`;

/** A layui table as layui 2.x draws one: its header in a table of its own above the body's table; a cell's text in a div. */
const layuiTable = (headers: string[], rows: string[][]) => `<table id="tbList" lay-filter="tbList" class="layui-hide"></table>
<div class="layui-form layui-border-box layui-table-view" lay-id="tbList"><div class="layui-table-box">
<div class="layui-table-header"><table cellspacing="0" cellpadding="0" border="0" class="layui-table"><thead><tr>${headers.map((h, i) => `<th data-field="f${i}" data-key="1-0-${i}"><div class="layui-table-cell laytable-cell-1-0-${i}"><span>${h}</span></div></th>`).join('')}</tr></thead></table></div>
<div class="layui-table-body layui-table-main"><table cellspacing="0" cellpadding="0" border="0" class="layui-table"><tbody>${rows
  .map((row, r) => `<tr data-index="${r}">${row.map((text, i) => `<td data-field="f${i}" data-key="1-0-${i}"><div class="layui-table-cell laytable-cell-1-0-${i}">${text}</div></td>`).join('')}</tr>`)
  .join('')}</tbody></table></div>
</div><div class="layui-table-page"><div class="layui-box layui-laypage layui-laypage-default"><span class="layui-laypage-count">共 ${rows.length} 条</span></div></div></div>`;

/** Page bodies by path (the browser test wraps each in webForm). */
export const C57_BODIES = {
  // 出生日期 typed in three boxes, [1998]年[06]月[12]日: the month is not the ID number's (05).
  'birth-boxes': `<div class="ptitle">基本信息</div><table>
${th('<span style="color:red">*</span>姓名', box('txtXM', '李明远'))}
${th('<span style="color:red">*</span>公民身份号码', box('txtSFZH', MALE_1998_05_12))}
${th('<span style="color:red">*</span>出生日期', `${box('txtYear', '1998')}年${box('txtMonth', '06')}月${box('txtDay', '12')}日`)}
</table>${save}`,
  // Saved qualifications whose 排序 the applicant types in each row's box: 1 and 3.
  'sort-boxes': `<div class="ptitle">专业技术资格历史情况</div>
<table border="1"><tr><th>排序</th><th>资格名称</th><th>取得时间</th><th>操作</th></tr>
${cells([box('txtPX1', '1'), '技术员', '2019-12', edit])}
${cells([box('txtPX2', '3'), '助理工程师', '2022-12', edit])}
</table><input type="submit" name="${N}btnSort" value="保存排序" id="btnSort" />
<table>${th('资格名称', box('txtZGMC'))}${th('取得时间', box('txtQDSJ'))}</table>${save}`,
  // Saved qualifications in a layui table (header and body in two tables), numbered 1 and 3.
  'layui-two-tables': `<div class="ptitle">专业技术资格历史情况</div>
${layuiTable(['序号', '资格名称', '取得时间', '操作'], [['1', '技术员', '2019-12', edit], ['3', '助理工程师', '2022-12', edit]])}
<table>${th('资格名称', box('txtZGMC'))}${th('取得时间', box('txtQDSJ'))}</table>${save}`,
  // 年度考核 asked per year: a list per year, 2022 不合格 (an earlier year), 2024 合格.
  'review-years-lists': `<div class="ptitle">年度考核情况</div><table border="1"><tr><th>考核年度</th><th>考核结果</th></tr>
${[2022, 2023, 2024].map((y) => `<tr><td>${y}年度</td><td><select name="${N}ddlKH${y}" id="ddlKH${y}"><option value="">--请选择--</option><option value="1"${y === 2022 ? ' selected="selected"' : ''}>合格</option><option value="2">基本合格</option><option value="3">不合格</option></select></td></tr>`).join('\n')}
</table>${save}`,
  // 年度考核 asked per year in text boxes: 2023 不称职.
  'review-years-text': `<div class="ptitle">年度考核情况</div><table border="1"><tr><th>年度</th><th>考核结果</th></tr>
${[2022, 2023, 2024].map((y) => `<tr><td>${y}</td><td>${box(`txtKH${y}`, y === 2023 ? '不称职' : '称职')}</td></tr>`).join('\n')}
</table>${save}`,
  // 奖惩情况 in a text area no label names: the legend above it says what it is, a note between
  // them says how to fill it; written 无 (no full stop).
  'awards-legend-note': `<div class="ptitle">工作期间奖惩情况</div><fieldset><legend>工作期间奖惩情况</legend>
<span class="hint">请如实填写，限500字</span><br/><textarea name="${N}txtJCQK" id="txtJCQK" rows="6" cols="80">无</textarea></fieldset>
<fieldset><legend>个人小结</legend><span class="hint">（限1500字）</span><br/><textarea name="${N}txtGRXJ" id="txtGRXJ" rows="6" cols="80">本人自参加工作以来，认真履行岗位职责，完成各项监测任务。</textarea></fieldset>${save}`,
  // The same under an <h3>, a bracketed note below it, the box holding spaces only.
  'awards-heading-note': `<div class="ptitle">工作期间奖惩情况</div><h3>奖惩情况</h3><p class="tip">（无奖惩的请填写“无。”）</p>
<div><textarea name="${N}txtJCQK" id="txtJCQK" rows="6" cols="80">   </textarea></div>${save}`,
  // Under an <h3>, a red note in a sentence, the box in a div of its own, empty.
  'awards-red-note': `<div class="ptitle">工作期间奖惩情况</div><h3>工作期间奖惩情况</h3><p style="color:red">注：没有的填写“无。”，不得空白。</p>
<div><textarea name="${N}txtJCQK" id="txtJCQK" rows="6" cols="80"></textarea></div>${save}`,
};
