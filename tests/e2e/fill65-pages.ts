/**
 * fill65's pages: boxes whose hint the page writes after the box's wrapper, not right after the box,
 * as other portals draw their forms (item 1): layui's `.layui-form-mid.layui-word-aux` after the
 * `.layui-input-inline` holding the box, Bootstrap 3's `.help-block` after an `.input-group`
 * (the box and its calendar addon), Bootstrap 4's `<small class="form-text">` in the row after the
 * box's column. A 学历 form of one block per record whose first block the server filled with
 * record 2 (item 5). Shared by the browser test (tests/e2e/fill-markup.test.ts, fill 65) and the happy-dom ones
 * (tests/unit/fill65/). Sample profile: 年度考核 1 2021 合格; 学历 1 2016-09-01 to 2020-06-30; 工作经历 1
 * 2020-07-01 to 至今.
 */
import { LAYUI_STUB } from './layui-stub';
import { F64_BUILDERS } from './fill64-pages';

/** A page of a layui portal: its card with the step's title as header, a `.layui-form` drawn by the stand-in. */
const layuiPage = (title: string, body: string) => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>职称申报系统</title>${LAYUI_STUB}</head><body>
<div class="layui-card"><div class="layui-card-header">${title}</div><div class="layui-card-body">
<form class="layui-form" method="post" action="/posted">${body}
<div class="layui-form-item"><div class="layui-input-block"><button type="submit" class="layui-btn" lay-submit lay-filter="save">保存</button></div></div>
</form></div></div><script>form.render();</script></body></html>`;

/** A layui inline form item: its label, the box in `.layui-input-inline`, then `aux` in `.layui-form-mid.layui-word-aux` when given. */
const inlineItem = (label: string, id: string, aux = '') =>
  `<div class="layui-form-item"><label class="layui-form-label">${label}</label><div class="layui-input-inline"><input type="text" id="${id}" name="${id}" autocomplete="off" class="layui-input"></div>${aux && `<div class="layui-form-mid layui-word-aux">${aux}</div>`}</div>`;

/** The 考核结果 list of the 年度考核 page. */
const RESULTS = `<select id="khjg" name="khjg"><option value="">请选择</option><option value="1">优秀</option><option value="2">合格</option><option value="3">基本合格</option><option value="4">不合格</option></select>`;

/** A page of a Bootstrap portal (`version` 3 or 4's markup): a card / panel with the step's title, a horizontal form. */
const bootstrapPage = (title: string, body: string) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>职称申报系统</title></head><body>
<div class="container"><div class="card"><div class="card-header"><h5>${title}</h5></div><div class="card-body">
<form method="post" action="/posted">${body}
<button type="submit" class="btn btn-primary">保存</button>
</form></div></div></div></body></html>`;

/** Bootstrap 3: the box and its calendar addon in an `.input-group`, `help` in a `.help-block` after the group. */
const groupWithAddon = (label: string, id: string, help: string) =>
  `<div class="form-group"><label for="${id}" class="col-sm-2 control-label">${label}</label><div class="col-sm-6"><div class="input-group"><input type="text" class="form-control" id="${id}" name="${id}"><span class="input-group-addon"><i class="glyphicon glyphicon-calendar"></i></span></div><span class="help-block">${help}</span></div></div>`;

/** Bootstrap 4: a form row, the box in its column, `help` in a `<small class="form-text">` column after it. */
const rowWithSmall = (label: string, id: string, help = '') =>
  `<div class="form-group row"><label for="${id}" class="col-sm-2 col-form-label">${label}</label><div class="col-sm-6"><input type="text" class="form-control" id="${id}" name="${id}"></div>${help && `<small class="col-sm-4 form-text text-muted">${help}</small>`}</div>`;

/** Pages by path. */
export const F65_PAGES: Record<string, string> = {
  // layui: 考核年度's example in the word-aux beside its inline box.
  'hint-layui-year-aux': layuiPage(
    '年度考核结果',
    inlineItem('考核年度', 'khnd', '格式：2021年度') + `<div class="layui-form-item"><label class="layui-form-label">考核结果</label><div class="layui-input-inline">${RESULTS}</div></div>`,
  ),
  // layui: 工作经历's start date asked yyyy年mm月 in the word-aux; 工作单位 has none.
  'hint-layui-date-aux': layuiPage('主要专业技术工作经历', inlineItem('工作单位', 'gzdw') + inlineItem('起始时间', 'kssj', 'yyyy年mm月')),
  // Bootstrap 3: 学历's start date in an input group with its calendar icon, 格式：yyyy.mm under the group.
  'hint-bootstrap-input-group': bootstrapPage(
    '学位（学历）教育情况',
    rowWithSmall('毕业院校', 'txtByyx') + groupWithAddon('起始时间', 'txtKssj', '格式：yyyy.mm'),
  ),
  // Bootstrap 4: 工作经历's start date, 例：1990-01 in the row's small help column.
  'hint-bootstrap4-small': bootstrapPage('主要专业技术工作经历', rowWithSmall('工作单位', 'txtGzdw') + rowWithSmall('起始时间', 'txtKssj', '例：1990-01')),
  // Kept: the box's row ends with no hint, and the next row's label (with a format of its own) is not its hint.
  'hint-next-row-kept': layuiPage('主要专业技术工作经历', inlineItem('起始时间', 'kssj') + inlineItem('工作单位（格式：yyyy.mm）', 'gzdw')),
  // item 5: record 2 saved in the first block (its school shown, its period in the laydate range box), the second block record 1's, its period empty.
  'blocks-saved-out-of-order': F64_BUILDERS.schoolBlocks([
    ['广东环境保护工程职业学院', '2013-09-01 - 2016-06-30'],
    ['华南理工大学', ''],
  ]),
};
