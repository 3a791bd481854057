/**
 * breaker 65's pages: the newer hub (gzrsj.rsj.gz.gov.cn) as a single-page application, drawn as a
 * Vue 2 + Element UI app leaves its DOM, without Vue: the eleven steps in one page under an
 * `el-steps` bar, the step's form swapped in place by a tiny hand-written router (hash routes
 * `#/step/N`, or `history.pushState` for 下一步 / 上一步), `el-form-item__label` labels (a
 * `<label>` with no box of that id, as Element draws it), `el-input__inner` boxes whose values
 * the app sets as properties, a `v-loading` mask while the step's data is "fetched", and 保存 /
 * 下一步 / 送审 as `<button type="button">` with a `<span>` inside. For tests/e2e/breakers63-65.test.ts (b65).
 */

/** The eleven step titles of the `el-steps` bar, in order (number = index + 1). */
export const TITLES = ['获取历史数据', '基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '工作经历', '奖惩情况及工作小结', '业绩成果', '论文著作', '年度考核结果', '证书、证明材料', '完成并送审'];

/** An Element UI text box (its value the app's, set as a property by the router). */
export const input = (model: string, placeholder = '请输入') =>
  `<div class="el-input el-input--small"><input type="text" autocomplete="off" placeholder="${placeholder}" class="el-input__inner" data-model="${model}"></div>`;

/** An `el-date-picker` box. */
export const date = (model: string) =>
  `<div class="el-date-editor el-input el-input--small el-input--prefix el-input--suffix el-date-editor--date"><input type="text" autocomplete="off" name="" placeholder="选择日期" class="el-input__inner" data-model="${model}"><span class="el-input__prefix"><i class="el-input__icon el-icon-date"></i></span></div>`;

/** An `el-form-item` with its label (Element's `<label for=prop>`, no box with that id). */
export const item = (label: string, control: string, prop: string, required = true) =>
  `<div class="el-form-item${required ? ' is-required' : ''} el-form-item--small"><label for="${prop}" class="el-form-item__label" style="width: 160px;">${label}</label><div class="el-form-item__content" style="margin-left: 160px;">${control}</div></div>`;

/** An Element UI button as Vue renders it: type="button", its words in a span. */
const button = (text: string, kind = 'default', act = '') =>
  `<button type="button" class="el-button el-button--${kind} el-button--small" data-act="${act}"><span>${text}</span></button>`;

/** The step's card: its header naming the step, the form, the button bar. */
const card = (n: number, form: string, extra = '') =>
  `<div class="el-card is-always-shadow"><div class="el-card__header"><div class="clearfix"><span class="card-title">${TITLES[n - 1]}</span></div></div><div class="el-card__body">
<form class="el-form el-form--label-right">${form}</form>${extra}
<div class="step-buttons">${n > 1 ? button('上一步', 'default', 'prev') : ''}${n < 11 ? button('保存', 'primary', 'save') + button('下一步', 'primary', 'next') : button('送审', 'danger', 'submit')}</div></div></div>`;

/** Each step the router draws (the rest draw a card with 备注 only). */
const STEP_FORMS: Record<number, string> = {
  2: card(
    2,
    [
      item('姓名', input('name'), 'xm'),
      item('公民身份号码', input('sfzh'), 'sfzh'),
      item('出生日期', date('csrq'), 'csrq'),
      item('参加工作时间', date('cjgzsj'), 'cjgzsj'),
      item('工作单位', input('gzdw'), 'gzdw'),
      item('手机号码', input('sjhm'), 'sjhm'),
    ].join(''),
  ),
  3: card(
    3,
    [
      item('资格名称', input('zgmc'), 'zgmc'),
      item('取得时间', date('qdsj'), 'qdsj'),
      item('审批单位', input('spdw'), 'spdw'),
      item('证书编号', input('zsbh'), 'zsbh'),
    ].join(''),
  ),
  4: card(
    4,
    [
      item('毕业院校', input('byyx'), 'byyx'),
      item('所学专业', input('sxzy'), 'sxzy'),
      item('学历', input('xl'), 'xl'),
      item('学位', input('xw'), 'xw'),
      item('起始时间', date('kssj'), 'kssj'),
      item('终止时间', date('jssj'), 'jssj'),
    ].join(''),
  ),
  5: card(
    5,
    [
      item('工作单位', input('dw'), 'dw'),
      item('职务', input('zw'), 'zw'),
      item('是否缴纳社保', input('sfjnsb'), 'sfjnsb'),
      item('工作内容', input('gznr'), 'gznr'),
      item('起始时间', date('kssj'), 'kssj'),
      item('终止时间', date('jssj'), 'jssj'),
    ].join(''),
  ),
  11: card(
    11,
    `<div class="el-form-item"><div class="el-form-item__content"><label class="el-checkbox"><span class="el-checkbox__input"><span class="el-checkbox__inner"></span><input type="checkbox" aria-hidden="false" class="el-checkbox__original" value=""></span><span class="el-checkbox__label">本人承诺所填信息真实有效</span></label></div></div>`,
  ),
};

/**
 * The app page. `opts.mode`: `hash` (#/step/N; 下一步 sets the hash), `push` (?step=N by
 * history.pushState; 上一步 / 下一步 push, the browser's back pops). `opts.delay`: ms the
 * v-loading mask shows before the step's form is drawn (its "XHR"); 0 draws it in the same task.
 * `opts.values`: the app's data per step, written as properties once the form is drawn (an ID
 * number with a wrong check digit makes a finding to watch go away). `opts.saved`: the URL path the
 * 保存 "XHR" is logged to (window.saves counts them). Steps without a form of their own draw 备注.
 */
export function spa(opts: { mode: 'hash' | 'push'; delay?: number; values?: Record<number, Record<string, string>>; patch?: boolean }): string {
  const forms = JSON.stringify(STEP_FORMS);
  const titles = JSON.stringify(TITLES);
  const values = JSON.stringify(opts.values ?? {});
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>广州市职称业务申报与管理系统</title>
<style>.el-step{display:inline-block;width:9%;font-size:12px;vertical-align:top}.el-step__title.is-process{font-weight:bold}
.el-form-item{margin:6px 0}.el-form-item__label{display:inline-block}.el-loading-mask{position:absolute;inset:0;background:rgba(255,255,255,.9)}
#app{position:relative}.app-main{position:relative;min-height:300px}</style></head><body>
<div id="app"><div class="navbar"><span class="title-text">广州市职称业务申报与管理系统</span></div>
<div class="el-steps el-steps--horizontal" id="bar"></div>
<section class="app-main" id="main"></section></div>
<script>
var FORMS = ${forms}, TITLES = ${titles}, VALUES = ${values}, MODE = ${JSON.stringify(opts.mode)}, DELAY = ${opts.delay ?? 0}, PATCH = ${!!opts.patch};
window.saves = [];
function current() {
  var m = MODE === 'hash' ? /#\\/step\\/(\\d+)/.exec(location.hash) : /[?&]step=(\\d+)/.exec(location.search);
  return m ? +m[1] : 2;
}
function go(n) {
  if (MODE === 'hash') location.hash = '#/step/' + n;
  else { history.pushState({ step: n }, '', location.pathname + '?step=' + n); render(); }
}
function drawBar(n) {
  var bar = document.getElementById('bar');
  if (!bar.children.length)
    bar.innerHTML = TITLES.map(function (t, i) {
      return '<div class="el-step is-horizontal"><div class="el-step__head"><div class="el-step__icon is-text"><div class="el-step__icon-inner">' + (i + 1) + '</div></div></div><div class="el-step__main"><div class="el-step__title">' + t + '</div><div class="el-step__description"></div></div></div>';
    }).join('');
  Array.prototype.forEach.call(bar.querySelectorAll('.el-step__title'), function (t, i) {
    t.className = 'el-step__title ' + (i + 1 < n ? 'is-finish' : i + 1 === n ? 'is-process' : 'is-wait');
  });
}
function fill(n) {
  var v = VALUES[n] || {};
  Array.prototype.forEach.call(document.getElementById('main').querySelectorAll('[data-model]'), function (box) { box.value = v[box.dataset.model] || ''; });
}
// Vue 2 patching an unkeyed v-for in place: the same elements kept, their text nodes' data and
// their attributes rewritten, the boxes' values set as properties. Only when the two views have
// the same shape (false: drawn anew).
function patch(main, html) {
  var tpl = document.createElement('div');
  tpl.innerHTML = html;
  var a = document.createTreeWalker(main.firstChild, 5), b = document.createTreeWalker(tpl.firstChild, 5), pairs = [];
  for (var x = a.currentNode, y = b.currentNode; x || y; x = a.nextNode(), y = b.nextNode()) {
    if (!x || !y || x.nodeType !== y.nodeType || x.nodeName !== y.nodeName) return false;
    pairs.push([x, y]);
  }
  pairs.forEach(function (p) {
    if (p[0].nodeType === 3) { if (p[0].data !== p[1].data) p[0].data = p[1].data; return; }
    Array.prototype.forEach.call(p[1].attributes, function (at) { if (p[0].getAttribute(at.name) !== at.value) p[0].setAttribute(at.name, at.value); });
  });
  return true;
}
var token = 0;
function render() {
  var n = current(), main = document.getElementById('main'), mine = ++token;
  if (!PATCH) drawBar(n);
  var draw = function () {
    if (mine !== token) return;
    if (PATCH && main.firstChild && patch(main, FORMS[n])) return fill(n), (window.patched = n);
    main.innerHTML = FORMS[n] || '<div class="el-card"><div class="el-card__header"><span class="card-title">' + TITLES[n - 1] + '</span></div><div class="el-card__body"><form class="el-form"><div class="el-form-item"><label class="el-form-item__label">备注</label><div class="el-form-item__content"><div class="el-input"><input type="text" class="el-input__inner" data-model="bz"></div></div></div></form></div></div>';
    fill(n);
  };
  if (!DELAY) return draw();
  // v-loading: the old view goes, a mask with its spinner until the "XHR" answers.
  main.innerHTML = '<div class="el-loading-mask"><div class="el-loading-spinner"><svg viewBox="25 25 50 50" class="circular"><circle cx="50" cy="50" r="20" fill="none" class="path"></circle></svg><p class="el-loading-text">加载中</p></div></div>';
  setTimeout(draw, DELAY);
}
document.addEventListener('click', function (e) {
  var b = e.target.closest && e.target.closest('button[data-act]');
  if (!b) return;
  var n = current(), act = b.getAttribute('data-act');
  if (act === 'next') go(n + 1);
  if (act === 'prev') go(n - 1);
  if (act === 'save' || act === 'submit') window.saves.push(act + ':' + n);
});
window.addEventListener(MODE === 'hash' ? 'hashchange' : 'popstate', render);
render();
</script></body></html>`;
}

/** An `el-table` as Element draws it: the header and the body in two tables of their own. */
export const elTable = (headers: string[], rows: string[][]) =>
  `<div class="el-table el-table--fit el-table--border el-table--enable-row-hover el-table--medium"><div class="hidden-columns"></div>
<div class="el-table__header-wrapper"><table cellspacing="0" cellpadding="0" border="0" class="el-table__header" style="width: 900px;"><colgroup>${headers.map((_, i) => `<col name="el-table_1_column_${i + 1}" width="150">`).join('')}<col name="gutter" width="0"></colgroup><thead class="has-gutter"><tr>${headers.map((h, i) => `<th colspan="1" rowspan="1" class="el-table_1_column_${i + 1} is-leaf"><div class="cell">${h}</div></th>`).join('')}<th class="gutter" style="width: 0px; display: none;"></th></tr></thead></table></div>
<div class="el-table__body-wrapper is-scrolling-none"><table cellspacing="0" cellpadding="0" border="0" class="el-table__body" style="width: 900px;"><colgroup>${headers.map((_, i) => `<col name="el-table_1_column_${i + 1}" width="150">`).join('')}</colgroup><tbody>${rows.map((r) => `<tr class="el-table__row">${r.map((c, i) => `<td rowspan="1" colspan="1" class="el-table_1_column_${i + 1}"><div class="cell">${c}</div></td>`).join('')}</tr>`).join('')}</tbody></table>${rows.length ? '' : '<div class="el-table__empty-block"><span class="el-table__empty-text">暂无数据</span></div>'}</div></div>`;

/** Element's MessageBox as `this.$alert` draws it, in a corner: its 确定 pushes 'alert' to window.saves and closes it. */
const MESSAGE_BOX = `<div tabindex="-1" role="dialog" aria-modal="true" aria-label="提示" class="el-message-box__wrapper" style="position:fixed;right:0;bottom:0;z-index:3000;background:#fff"><div class="el-message-box"><div class="el-message-box__header"><div class="el-message-box__title"><span>提示</span></div></div><div class="el-message-box__content"><div class="el-message-box__message"><p>请核对后再保存</p></div></div><div class="el-message-box__btns"><button type="button" class="el-button el-button--default el-button--small el-button--primary" id="alert-ok" onclick="window.saves.push('alert');this.closest('[role=dialog]').style.display='none'"><span>确定</span></button></div></div></div>`;

/** The two saved 学历 records educationDialog's el-table lists by default. */
const EDUCATION_ROWS = [
  ['1', '2016-09-01', '2020-06-30', '华南理工大学', '环境工程', '大学本科', '学士', '<button type="button" class="el-button el-button--text el-button--small"><span>编辑</span></button>'],
  ['2', '2013-09-01', '2016-06-30', '广东环境保护工程职业学院', '环境监测与治理技术', '大学专科', '无', '<button type="button" class="el-button el-button--text el-button--small"><span>编辑</span></button>'],
];

/**
 * 学位（学历）教育情况 as the app draws it: the el-steps bar, the saved records in an el-table, 新增
 * opening the record form in an el-dialog appended to <body> (v-show: display none until then),
 * its footer 取 消 / `confirm` (Element's own demos write 确 定 with a space). The form's 记录序号
 * box holds `seq` (the app's next number, or a wrong one); `rows` are the saved records listed (none: 暂无数据).
 */
export const educationDialog = (seq: string, confirm = '确 定', values: Record<string, string> = {}, alert = '', rows = EDUCATION_ROWS) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>广州市职称业务申报与管理系统</title>
<style>.el-step{display:inline-block;width:9%;font-size:12px}.el-dialog__wrapper{position:fixed;inset:0;overflow:auto}.el-dialog{margin:15vh auto 0;width:600px;background:#fff;border:1px solid #ccc}.v-modal{position:fixed;inset:0;background:#000;opacity:.5}</style></head><body>
<div id="app"><div class="el-steps el-steps--horizontal">${TITLES.map((t, i) => `<div class="el-step is-horizontal"><div class="el-step__head"><div class="el-step__icon is-text"><div class="el-step__icon-inner">${i + 1}</div></div></div><div class="el-step__main"><div class="el-step__title ${i === 3 ? 'is-process' : i < 3 ? 'is-finish' : 'is-wait'}">${t}</div></div></div>`).join('')}</div>
<section class="app-main"><div class="el-card is-always-shadow"><div class="el-card__header"><span class="card-title">学位（学历）教育情况</span></div><div class="el-card__body">
<div class="toolbar"><button type="button" class="el-button el-button--primary el-button--small" id="add"><span>新增</span></button></div>
${elTable(['记录序号', '起始时间', '终止时间', '毕业院校', '所学专业', '学历', '学位', '操作'], rows)}
</div></div></section></div>
<div class="el-dialog__wrapper" id="dlg" style="display: none; z-index: 2001;"><div role="dialog" aria-modal="true" aria-label="新增学历" class="el-dialog"><div class="el-dialog__header"><span class="el-dialog__title">新增学历</span><button type="button" aria-label="Close" class="el-dialog__headerbtn"><i class="el-dialog__close el-icon el-icon-close"></i></button></div>
<div class="el-dialog__body"><form class="el-form el-form--label-right">${[
  item('记录序号', input('jlxh'), 'jlxh'),
  item('起始时间', date('kssj'), 'kssj'),
  item('终止时间', date('jssj'), 'jssj'),
  item('毕业院校', input('byyx'), 'byyx'),
  item('所学专业', input('sxzy'), 'sxzy'),
  item('学历', input('xl'), 'xl'),
].join('')}</form></div>
<div class="el-dialog__footer"><span class="dialog-footer"><button type="button" class="el-button el-button--default el-button--small" id="cancel"><span>取 消</span></button><button type="button" class="el-button el-button--primary el-button--small" id="ok"><span>${confirm}</span></button></span></div></div></div>
${alert}<script>
window.saves = [];
document.getElementById('add').onclick = function () {
  document.getElementById('dlg').style.display = '';
  var values = ${JSON.stringify({ ...values, jlxh: seq })};
  for (var k in values) document.querySelector('[data-model="' + k + '"]').value = values[k];
};
document.getElementById('cancel').onclick = function () { document.getElementById('dlg').style.display = 'none'; };
document.getElementById('ok').onclick = function () { window.saves.push('ok'); document.getElementById('dlg').style.display = 'none'; };
</script></body></html>`;

/** A 公民身份号码 whose check digit is wrong (the sample's is 4): id-number-checksum. */
export const BAD_ID = '440106199805120315';

/** Pages by path. */
export const B65_PAGES: Record<string, string> = {
  // Hash routes, each step drawn at once; 基本信息 holds a wrong ID number.
  'spa-hash': spa({ mode: 'hash', values: { 2: { name: '李明远', sfzh: BAD_ID } } }),
  // The same by pushState, each step's form drawn 1 s after a v-loading mask.
  // A wizard without a step bar whose view Vue patches in place between two record forms of one
  // shape (学历 → 工作经历): only text nodes' data, attributes other than class/style, and values change.
  'spa-patch': spa({ mode: 'hash', patch: true, values: { 5: { dw: '广州绿源环境监测技术有限公司', kssj: '2020-07-01', jssj: '2019-06-30' } } }),
  // 学历 with two saved records (an el-table) and the record form in an el-dialog: 记录序号 2 again (it should be 3).
  'edu-dialog-dup': educationDialog('2'),
  // 记录序号 3 as the app gives it, the record's 终止时间 before its 起始时间; the dialog's save 确 定, or 保存.
  'edu-dialog-period': educationDialog('3', '确 定', { kssj: '2020-09-01', jssj: '2016-06-30', byyx: '华南理工大学' }),
  'edu-dialog-period-save': educationDialog('3', '保存', { kssj: '2020-09-01', jssj: '2016-06-30', byyx: '华南理工大学' }),
  // The same with an Element MessageBox (an alert: role="dialog", no form) in a corner above it, its 确定 only closing it.
  'edu-dialog-period-alert': educationDialog('3', '确 定', { kssj: '2020-09-01', jssj: '2016-06-30', byyx: '华南理工大学' }, MESSAGE_BOX),
  'spa-push-late': spa({ mode: 'push', delay: 1000, values: { 2: { name: '李明远', sfzh: BAD_ID } } }),
};
