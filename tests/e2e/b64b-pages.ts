/**
 * breaker 64b's pages: the pre-submit checks on record steps drawn the way other portals draw
 * them (GridView lists with 编辑 / 删除 and columns the practice portal does not have, a notice
 * table numbered in words, layui tables and forms). Page bodies shared by the happy-dom tests
 * (tests/unit/b64b/) and the browser test (tests/e2e/b64b.test.ts), which wraps each in webForm.
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
