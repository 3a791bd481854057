/**
 * fill64's pages: record steps drawn the way other portals draw them — a layui card (its form
 * drawn by the stand-in tests/e2e/layui-stub.ts, laydate by a stand-in that leaves its `lay-key`),
 * a Bootstrap horizontal form, ASP.NET WebForms DetailsView and form tables, fieldset blocks —
 * asking: a 考核年度 in the form its hint shows (例：2021年度, placeholder 2021年度) or with 年度
 * printed after it (item 1); a 本人排名 over the number of authors (如：1/5, 作者排名/总人数: item 2);
 * a period by its years alone (起止年份 [2016▾] 至 [2020▾], boxes hinted yyyy: item 3); one laydate
 * range box per record, in fieldset blocks (items 4 and 5). Shared by the browser test
 * (tests/e2e/fill-markup.test.ts, fill 64) and the happy-dom ones (tests/unit/fill64/). Sample profile: 年度考核
 * 1 2021 合格; 论文 1 本人排名 1; 学历 1 2016-09-01 to 2020-06-30, 学历 2 2013-09-01 to 2016-06-30;
 * 工作经历 1 2020-07-01 to 至今.
 */
import { LAYUI_STUB } from './layui-stub';
import { N, webForm } from './web-form-pages';

/** A page of a layui portal: its card with the step's title as header, a `.layui-form` drawn by the stand-in, `script` after it. */
const layuiPage = (title: string, body: string, script = '') => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>职称申报系统</title>${LAYUI_STUB}</head><body>
<div class="layui-card"><div class="layui-card-header">${title}</div><div class="layui-card-body">
<form class="layui-form" method="post" action="/posted">${body}
<div class="layui-form-item"><div class="layui-input-block"><button type="submit" class="layui-btn" lay-submit lay-filter="save">保存</button></div></div>
</form></div></div><script>form.render();</script>${script}</body></html>`;

/** A layui form item: its `.layui-form-label`, its control in `.layui-input-block`. */
const layuiItem = (label: string, control: string) =>
  `<div class="layui-form-item"><label class="layui-form-label">${label}</label><div class="layui-input-block">${control}</div></div>`;

/** A layui text box. */
const layuiBox = (id: string, more = '') => `<input type="text" id="${id}" name="${id}" autocomplete="off" class="layui-input"${more}>`;

/** A page of a Bootstrap 3 portal: a panel with the step's title, a horizontal form. */
const bootstrapPage = (title: string, body: string) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>职称申报系统</title></head><body>
<div class="container"><div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">${title}</h3></div><div class="panel-body">
<form class="form-horizontal" method="post" action="/posted">${body}
<div class="form-group"><div class="col-sm-offset-2 col-sm-10"><button type="submit" class="btn btn-primary">保存</button></div></div>
</form></div></div></div></body></html>`;

/** A Bootstrap form group: its `.control-label` for the control, `help` in a `.help-block` right after it. */
const group = (label: string, id: string, control: string, help = '') =>
  `<div class="form-group"><label for="${id}" class="col-sm-2 control-label">${label}</label><div class="col-sm-6">${control}${help && `<span class="help-block">${help}</span>`}</div></div>`;

/** A Bootstrap text box. */
const bsBox = (id: string, more = '') => `<input type="text" class="form-control" id="${id}" name="${id}"${more}>`;

/** A list of `[value, text]` options after a 请选择 prompt, with `id` as id and name, `cls` its class. */
const list = (id: string, options: readonly (readonly [string, string])[], cls = '') =>
  `<select id="${id}" name="${id}"${cls && ` class="${cls}"`}><option value="">请选择</option>${options.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>`;

/** Year options 2010 … 2024, written as bare years (value and text). */
const YEARS = Array.from({ length: 15 }, (_, i) => [String(2010 + i), String(2010 + i)] as const);

/** The 考核结果 list of the 年度考核 pages. */
const RESULTS = [['1', '优秀'], ['2', '合格'], ['3', '基本合格'], ['4', '不合格']] as const;

/** An ASP.NET DetailsView in insert mode, as the portal's control renders it: one row per field, the header cell first. */
const detailsView = (rows: [string, string][]) =>
  `<table cellspacing="0" rules="all" border="1" id="ctl00_ContentPlaceHolder1_dvRecord" style="border-collapse:collapse;">${rows.map(([label, control]) => `<tr><td class="dvHeader">${label}</td><td>${control}</td></tr>`).join('')}</table>`;

/** A WebForms text box inside the DetailsView (its naming container in the name). */
const dvBox = (id: string, more = '') => `<input name="${N}dvRecord$${id}" type="text" id="ctl00_ContentPlaceHolder1_dvRecord_${id}"${more} />`;

/** One record's block of a 学历 form holding two (a fieldset per record): the school as text, 起止时间 in one laydate range box `#qzsj{n}`. */
const rangeBlock = (n: number, school: string, period: string) => `<fieldset class="layui-elem-field"><legend>第${n}条学历</legend><div class="layui-field-box">
${layuiItem('毕业院校', `<div class="layui-form-mid">${school}</div>`)}
${layuiItem('起止时间', layuiBox(`qzsj${n}`, ` readonly placeholder="开始日期 - 结束日期" value="${period}"`))}
</div></fieldset>`;

/** laydate as a stand-in: `render` marks its box with `lay-key`, as the library does; the page renders each of `count` records' boxes as a range. */
const laydateRanges = (count: number) => `<script>
var layui = window.layui || {};
layui.laydate = { render: function (o) { document.querySelector(o.elem).setAttribute('lay-key', o.elem.slice(-1)); } };
layui.use = function (m, f) { f(); };
layui.use('laydate', function () {
  var laydate = layui.laydate;
${Array.from({ length: count }, (_, i) => `  laydate.render({ elem: '#qzsj${i + 1}', range: true });`).join('\n')}
});
</script>`;

/** The 学历 page of one block per `[school, period]`: the school as text, the period box showing `period`. */
const schoolBlocks = (blocks: readonly (readonly [string, string])[]) =>
  layuiPage('学位（学历）教育情况', blocks.map(([school, period], i) => rangeBlock(i + 1, school, period)).join(''), laydateRanges(blocks.length));

/** The 学历 page of two records' blocks, each period box showing `first` and `second`. */
const rangeBlocks = (first: string, second: string) => schoolBlocks([['华南理工大学', first], ['广东环境保护工程职业学院', second]]);

/** The page builders, for the happy-dom tests' other values and fill65's pages. */
export const F64_BUILDERS = { rangeBlocks, schoolBlocks };

/** Pages by path. */
export const F64_PAGES: Record<string, string> = {
  // ── item 1: 考核年度 in the form its hint shows ─────────────────────────────────────────
  // layui: the example in the box's placeholder.
  'review-year-layui-placeholder': layuiPage(
    '年度考核结果',
    layuiItem('考核年度', layuiBox('khnd', ' placeholder="例：2021年度"')) + layuiItem('考核结果', list('khjg', RESULTS)),
  ),
  // Bootstrap: the example in the help text right after the box.
  'review-year-bootstrap-help': bootstrapPage('年度考核结果', group('考核年度', 'txtKhnd', bsBox('txtKhnd'), '（例：2021年度）') + group('考核结果', 'ddlKhjg', list('ddlKhjg', RESULTS, 'form-control'))),
  // WebForms DetailsView: 年度 printed after the box is its unit — the bare year goes in.
  'review-year-detailsview-unit': webForm(
    `<div class="ptitle">年度考核结果</div>${detailsView([
      ['考核年度', `${dvBox('txtKHND', ' maxlength="4" style="width:60px;"')}年度`],
      ['考核结果', `<select name="${N}dvRecord$ddlKHJG" id="ctl00_ContentPlaceHolder1_dvRecord_ddlKHJG"><option value="">--请选择--</option>${RESULTS.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>`],
    ])}<input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`,
  ),
  // ── item 2: 本人排名 over the number of authors ──────────────────────────────────────────
  // Bootstrap: the example 如：1/5 in the help text.
  'rank-of-total-bootstrap': bootstrapPage('论文、著作', group('论文题目', 'txtLwtm', bsBox('txtLwtm')) + group('本人排名', 'txtBrpm', bsBox('txtBrpm'), '如：1/5（名次/作者总数）')),
  // layui: the label says it, 作者排名/总人数.
  'rank-of-total-layui-label': layuiPage('论文、著作', layuiItem('论文题目', layuiBox('lwtm')) + layuiItem('作者排名/总人数', layuiBox('zzpm'))),
  // Bootstrap, the box asking the rank alone: it gets 1 (kept).
  'rank-plain-bootstrap': bootstrapPage('论文、著作', group('论文题目', 'txtLwtm', bsBox('txtLwtm')) + group('本人排名', 'txtBrpm', bsBox('txtBrpm'))),
  // ── item 3: a period by its years alone ─────────────────────────────────────────────────
  // Fieldset blocks: 起止年份 [2016▾] 至 [2020▾].
  'period-years-fieldset': `<!DOCTYPE html><html><head><meta charset="utf-8"><title>职称申报系统</title></head><body>
<h2>学位（学历）教育情况</h2><form method="post" action="/posted"><fieldset><legend>学历信息</legend>
<p><label for="yx">毕业院校：</label><input type="text" id="yx" name="yx"></p>
<p><label for="ksnf">起止年份：</label>${list('ksnf', YEARS)} 至 ${list('jsnf', YEARS)}</p>
</fieldset><p><input type="submit" value="保存"></p></form></body></html>`,
  // Bootstrap 工作经历: 起止年份 lists, the end's offering 至今.
  'period-years-work-bootstrap': bootstrapPage(
    '主要专业技术工作经历',
    group('工作单位', 'txtGzdw', bsBox('txtGzdw')) +
      `<div class="form-group"><label for="ddlKsnf" class="col-sm-2 control-label">起止年份</label><div class="col-sm-6 form-inline">${list('ddlKsnf', YEARS, 'form-control')} 至 ${list('ddlJsnf', [...YEARS, ['0', '至今']], 'form-control')}</div></div>`,
  ),
  // WebForms form table: 起止年份 in two boxes hinted yyyy.
  'period-years-boxes-webform': webForm(
    `<div class="ptitle">学位（学历）教育情况</div><table class="tableEdit">
<tr><td>毕业院校：</td><td><input name="${N}txtBYYX" type="text" id="txtBYYX" /></td></tr>
<tr><td>起止年份：</td><td><input name="${N}txtKSNF" type="text" id="txtKSNF" placeholder="yyyy" /> 至 <input name="${N}txtJSNF" type="text" id="txtJSNF" placeholder="yyyy" /></td></tr>
</table><input type="submit" name="${N}btnSave" value="保存" id="btnSave" />`,
  ),
  // ── items 4 and 5: one laydate range box per record, in fieldset blocks ──────────────────
  'range-blocks-empty': rangeBlocks('', ''),
  // The first record's box empty, the second's showing record 2's period as laydate writes it.
  'range-blocks-first-empty': rangeBlocks('', '2013-09-01 - 2016-06-30'),
  // The second record's period typed backwards: the checks are not blind to these boxes.
  'range-blocks-second-backwards': rangeBlocks('2016-09-01 - 2020-06-30', '2016-06-30 - 2013-09-01'),
};
