/**
 * antd66's pages: portal copies drawn as a Vue 2 app with Ant Design Vue 1.x or iView / View UI
 * leaves their DOM, without Vue or the library: the step bar (`ant-steps` / `ivu-steps`), form
 * items (`ant-form-item-label > label[title]` with the required star as the class
 * `ant-form-item-required`; `label.ivu-form-item-label`, a `：` after the words), text boxes whose
 * `input` event feeds the app's model (window.model), a select drawn without a native `<select>`
 * (its options appended to `<body>` on a click on the selection, the model set by a click on one),
 * antd's read-only calendar box, a radio group, a list drawn as a header table over a rows table
 * (`ant-table` with a fixed header, `ivu-table`), and the library's buttons (`button > span`, antd
 * writing 保 存 with a space). A little plain script stands in for the app. For tests/e2e/frameworks66.test.ts (antd66).
 */

/** The eleven step titles, in order. */
const TITLES = ['获取历史数据', '基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '工作经历', '奖惩情况及工作小结', '业绩成果', '论文著作', '年度考核结果', '证书、证明材料', '完成并送审'];

/** A 公民身份号码 whose check digit is wrong (the sample's is 4): id-number-checksum. */
export const BAD_ID = '440106199805120315';

/** The "app": boxes feed window.model on input; a select's selection opens its drop-down (appended to <body>), an option click sets the model and the shown choice. */
const APP = (lib: 'ant' | 'ivu') => `<script>
window.model = {}; window.saves = [];
var LIB = ${JSON.stringify(lib)};
document.addEventListener('input', function (e) { var m = e.target.getAttribute && e.target.getAttribute('data-model'); if (m) window.model[m] = e.target.value; });
document.addEventListener('change', function (e) { var m = e.target.getAttribute && e.target.getAttribute('data-model'); if (m && e.target.type === 'radio') window.model[m] = e.target.value; });
function openSelect(sel) {
  var key = sel.getAttribute('data-model'), options = JSON.parse(sel.getAttribute('data-options'));
  var drop = document.getElementById('drop-' + key);
  if (!drop) {
    drop = document.createElement('div');
    drop.id = 'drop-' + key;
    drop.innerHTML = LIB === 'ant'
      ? '<div class="ant-select-dropdown ant-select-dropdown--single ant-select-dropdown-placement-bottomLeft" style="position:absolute"><div style="overflow:auto"><ul role="listbox" class="ant-select-dropdown-menu ant-select-dropdown-menu-root ant-select-dropdown-menu-vertical">' + options.map(function (o) { return '<li role="option" unselectable="on" class="ant-select-dropdown-menu-item">' + o + '</li>'; }).join('') + '</ul></div></div>'
      : '<div class="ivu-select-dropdown" style="position:absolute"><ul class="ivu-select-not-found" style="display:none"><li>无匹配数据</li></ul><ul class="ivu-select-dropdown-list">' + options.map(function (o) { return '<li class="ivu-select-item">' + o + '</li>'; }).join('') + '</ul></div>';
    document.body.appendChild(drop);
    drop.addEventListener('click', function (e) {
      var li = e.target.closest('li'); if (!li) return;
      window.model[key] = li.textContent;
      if (LIB === 'ant') sel.querySelector('.ant-select-selection__rendered').innerHTML = '<div class="ant-select-selection-selected-value" title="' + li.textContent + '" style="display:block;opacity:1">' + li.textContent + '</div>';
      else { sel.querySelector('.ivu-select-placeholder') && sel.querySelector('.ivu-select-placeholder').remove(); var v = sel.querySelector('.ivu-select-selected-value'); if (!v) { v = document.createElement('span'); v.className = 'ivu-select-selected-value'; sel.querySelector('.ivu-select-selection > div').appendChild(v); } v.textContent = li.textContent; }
      drop.style.display = 'none';
    });
  }
  drop.style.display = '';
}
document.addEventListener('click', function (e) {
  var s = e.target.closest && e.target.closest('[data-select]'); if (s) openSelect(s);
  var b = e.target.closest && e.target.closest('button[data-act]'); if (b) window.saves.push(b.getAttribute('data-act'));
  var d = e.target.closest && e.target.closest('[data-picker]'); if (d) openCalendar(d);
});
// antd's calendar: its box is read-only and has no handler of its own; a click opens the panel
// (appended to <body>), whose own box takes a typed date (vc-calendar DateInput: a valid date is the
// picker's change, Enter its select, which closes the panel); the box shows the model's date.
function openCalendar(box) {
  var key = box.getAttribute('data-picker'), wrap = document.getElementById('cal-' + key);
  if (!wrap) {
    wrap = document.createElement('div');
    wrap.id = 'cal-' + key;
    wrap.innerHTML = '<div class="ant-calendar-picker-container ant-calendar-picker-container-placement-bottomLeft" style="position:absolute;left:300px;top:200px"><div class="ant-calendar" tabindex="0"><div class="ant-calendar-panel"><div class="ant-calendar-input-wrap"><div class="ant-calendar-date-input-wrap"><input placeholder="请选择日期" class="ant-calendar-input"></div></div><div class="ant-calendar-date-panel"><table class="ant-calendar-table"><tbody><tr><td title="2024年1月1日" class="ant-calendar-cell"><div class="ant-calendar-date">1</div></td></tr></tbody></table></div></div></div></div>';
    document.body.appendChild(wrap);
    var input = wrap.querySelector('.ant-calendar-input');
    input.addEventListener('input', function () { if (/^\\d{4}-\\d{2}-\\d{2}$/.test(input.value)) { window.model[key] = input.value; box.value = input.value; } });
    input.addEventListener('keydown', function (e) { if (e.keyCode === 13) wrap.style.display = 'none'; });
  }
  wrap.querySelector('.ant-calendar-input').value = box.value;
  wrap.style.display = '';
}
</script>`;

// ---------- Ant Design Vue 1.x ----------

/** An antd form item: label[title] (the required star a class), its control in the wrapper. `colon` writes a ： after the words. */
const antItem = (label: string, control: string, prop: string, required = true, colon = false) =>
  `<div class="ant-row ant-form-item"><div class="ant-col-6 ant-form-item-label"><label for="${prop}" title="${label}" class="${required ? 'ant-form-item-required' : ''}">${label}${colon ? '：' : ''}</label></div><div class="ant-col-14 ant-form-item-control-wrapper"><div class="ant-form-item-control"><span class="ant-form-item-children">${control}</span></div></div></div>`;

/** An antd text box. */
const antInput = (model: string, value = '') => `<input placeholder="请输入" type="text" class="ant-input" id="${model}" data-model="${model}" value="${value}">`;

/** An antd single select as Ant Design Vue 1.x draws it: no native <select>, the placeholder shown. */
const antSelect = (model: string, options: string[]) =>
  `<div class="ant-select ant-select-enabled" data-select data-model="${model}" data-options='${JSON.stringify(options)}' id="${model}"><div role="combobox" aria-autocomplete="list" aria-haspopup="true" tabindex="0" class="ant-select-selection ant-select-selection--single"><div class="ant-select-selection__rendered"><div unselectable="on" class="ant-select-selection__placeholder" style="display: block; user-select: none;">请选择</div></div><span unselectable="on" class="ant-select-arrow"><i class="anticon anticon-down ant-select-arrow-icon"></i></span></div></div>`;

/** antd's date picker: a read-only box the calendar panel fills. */
const antDate = (model: string) =>
  `<span class="ant-calendar-picker"><div><input readonly="readonly" placeholder="请选择日期" class="ant-calendar-picker-input ant-input" id="${model}" data-picker="${model}"><i class="anticon anticon-calendar ant-calendar-picker-icon"></i></div></span>`;

/** An antd radio group. */
const antRadios = (model: string, options: string[]) =>
  `<div class="ant-radio-group ant-radio-group-outline ant-radio-group-default" id="${model}">${options.map((o, i) => `<label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" class="ant-radio-input" name="${model}" value="${o}" id="${model}_${i}" data-model="${model}"><span class="ant-radio-inner"></span></span><span>${o}</span></label>`).join('')}</div>`;

/** An antd button: Ant Design Vue puts a space between two CJK characters (保 存). */
const antButton = (text: string, act: string, kind = 'primary') => `<button type="button" class="ant-btn ant-btn-${kind}" data-act="${act}"><span>${text}</span></button>`;

/** The ant-steps bar, step `n` (1-based) current. */
const antSteps = (n: number) =>
  `<div class="ant-steps ant-steps-horizontal ant-steps-label-horizontal ant-steps-small">${TITLES.map((t, i) => `<div class="ant-steps-item ant-steps-item-${i + 1 === n ? 'process' : i + 1 < n ? 'finish' : 'wait'}"><div class="ant-steps-item-tail"></div><div class="ant-steps-item-icon"><span class="ant-steps-icon">${i + 1}</span></div><div class="ant-steps-item-content"><div class="ant-steps-item-title">${t}</div></div></div>`).join('')}</div>`;

/** The page shell. */
const shell = (body: string, lib: 'ant' | 'ivu', prefill: Record<string, string> = {}) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>广州市职称业务申报与管理系统</title>
<style>.ant-steps-item,.ivu-steps-item{display:inline-block;width:9%;font-size:12px;vertical-align:top}.ant-form-item,.ivu-form-item{margin:6px 0}.ant-form-item-label,.ivu-form-item-label{display:inline-block;width:160px}.ant-form-item-control-wrapper,.ivu-form-item-content{display:inline-block}.ant-select,.ivu-select{display:inline-block;width:200px;border:1px solid #ccc;cursor:pointer;min-height:24px}.ant-radio-input{opacity:0;position:absolute}.ant-radio-inner{display:inline-block;width:12px;height:12px;border:1px solid #999;border-radius:50%}</style></head><body>
<div id="app">${body}</div>${APP(lib)}<script>var PRE = ${JSON.stringify(prefill)}; for (var k in PRE) { document.querySelector('[data-model="' + k + '"]').value = PRE[k]; window.model[k] = PRE[k]; }</script></body></html>`;

/** 基本信息 in an antd app: the sample's 公民身份号码 written with a wrong check digit. */
const antBasic = shell(
  `${antSteps(2)}<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">基本信息</div></div><div class="ant-card-body">
<form class="ant-form ant-form-horizontal">${[
    antItem('姓名', antInput('xm'), 'xm'),
    antItem('公民身份号码', antInput('sfzh'), 'sfzh'),
    antItem('性别', antRadios('xb', ['男', '女']), 'xb'),
    antItem('出生日期', antDate('csrq'), 'csrq'),
    antItem('民族', antSelect('mz', ['汉族', '壮族', '回族']), 'mz'),
    antItem('最高学历', antSelect('zgxl', ['研究生', '大学本科', '大学专科']), 'zgxl'),
    antItem('手机号码', antInput('sjhm'), 'sjhm', true, true),
    antItem('电子邮箱', antInput('email'), 'email', false),
  ].join('')}</form>
<div class="step-buttons">${antButton('保 存', 'save')}${antButton('下一步', 'next', 'default')}</div></div></div>`,
  'ant',
  { sfzh: BAD_ID },
);

/** An antd table with a fixed header (`scroll.y`): the header and the rows in two tables. */
const antTable = (headers: string[], rows: string[][]) =>
  `<div class="ant-table-wrapper"><div class="ant-spin-nested-loading"><div class="ant-spin-container"><div class="ant-table ant-table-default ant-table-bordered ant-table-scroll-position-left"><div class="ant-table-content"><div class="ant-table-scroll">
<div class="ant-table-header ant-table-hide-scrollbar"><table class="ant-table-fixed"><colgroup>${headers.map(() => '<col>').join('')}</colgroup><thead class="ant-table-thead"><tr>${headers.map((h) => `<th><span class="ant-table-header-column"><div><span class="ant-table-column-title">${h}</span></div></span></th>`).join('')}</tr></thead></table></div>
<div class="ant-table-body" style="max-height: 240px; overflow-y: scroll;"><table class="ant-table-fixed"><colgroup>${headers.map(() => '<col>').join('')}</colgroup><tbody class="ant-table-tbody">${rows.map((r, i) => `<tr class="ant-table-row ant-table-row-level-0" data-row-key="${i}">${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div>
</div></div></div></div></div></div>`;

/** The first of the sample's 学历 records, saved and listed. */
const SAVED_EDUCATION = [['1', '2016-09-01', '2020-06-30', '华南理工大学', '环境工程', '大学本科', '学士']];
const EDUCATION_HEADERS = ['记录序号', '起始时间', '终止时间', '毕业院校', '所学专业', '学历', '学位'];

/** 学位（学历）教育情况 in an antd app: record 1 saved in a fixed-header ant-table, the next record's form below. */
const antEducation = shell(
  `${antSteps(4)}<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">学位（学历）教育情况</div></div><div class="ant-card-body">
${antTable(EDUCATION_HEADERS, SAVED_EDUCATION)}
<form class="ant-form ant-form-horizontal">${[
    antItem('记录序号', antInput('jlxh'), 'jlxh'),
    antItem('起始时间', antInput('kssj'), 'kssj'),
    antItem('终止时间', antInput('jssj'), 'jssj'),
    antItem('毕业院校', antInput('byyx'), 'byyx'),
    antItem('所学专业', antInput('sxzy'), 'sxzy'),
  ].join('')}</form>
<div class="step-buttons">${antButton('保 存', 'save')}</div></div></div>`,
  'ant',
);

// ---------- iView / View UI ----------

/** An iView form item (`：` after the label's words, the required star a class on the item). */
const ivuItem = (label: string, control: string, required = true) =>
  `<div class="ivu-form-item${required ? ' ivu-form-item-required' : ''}"><label class="ivu-form-item-label" style="width: 120px;">${label}：</label><div class="ivu-form-item-content" style="margin-left: 120px;">${control}</div></div>`;

/** An iView text box. */
const ivuInput = (model: string) =>
  `<div class="ivu-input-wrapper ivu-input-wrapper-default ivu-input-type-text"><input autocomplete="off" spellcheck="false" type="text" placeholder="请输入" class="ivu-input ivu-input-default" id="${model}" data-model="${model}"></div>`;

/** An iView select: no native <select>, its drop-down list inside it (not transferred). */
const ivuSelect = (model: string, options: string[]) =>
  `<div class="ivu-select ivu-select-single ivu-select-default" data-select data-model="${model}" data-options='${JSON.stringify(options)}' id="${model}"><div tabindex="0" class="ivu-select-selection"><div><span class="ivu-select-placeholder">请选择</span><i class="ivu-icon ivu-icon-ios-arrow-down ivu-select-arrow"></i></div></div></div>`;

/** An iView date picker (its box editable, as by default). */
const ivuDate = (model: string) =>
  `<div class="ivu-date-picker"><div class="ivu-date-picker-rel"><div class="ivu-input-wrapper ivu-input-wrapper-default ivu-input-type-text"><i class="ivu-icon ivu-icon-ios-calendar-outline ivu-input-icon ivu-input-icon-normal"></i><input autocomplete="off" spellcheck="false" type="text" placeholder="选择日期" class="ivu-input ivu-input-default ivu-input-with-suffix" id="${model}" data-model="${model}"></div></div></div>`;

/** An iView button. */
const ivuButton = (text: string, act: string, kind = 'primary') => `<button type="button" class="ivu-btn ivu-btn-${kind}" data-act="${act}"><span>${text}</span></button>`;

/** The ivu-steps bar, step `n` current. */
const ivuSteps = (n: number) =>
  `<div class="ivu-steps ivu-steps-horizontal ivu-steps-small">${TITLES.map((t, i) => `<div class="ivu-steps-item ivu-steps-status-${i + 1 === n ? 'process' : i + 1 < n ? 'finish' : 'wait'}"><div class="ivu-steps-tail"><i></i></div><div class="ivu-steps-head"><div class="ivu-steps-head-inner"><span>${i + 1}</span></div></div><div class="ivu-steps-main"><div class="ivu-steps-title">${t}</div></div></div>`).join('')}</div>`;

/** An iView table: the header and the rows in two tables. */
const ivuTable = (headers: string[], rows: string[][]) =>
  `<div class="ivu-table-wrapper ivu-table-wrapper-with-border"><div class="ivu-table ivu-table-default ivu-table-border"><div class="ivu-table-header"><table cellspacing="0" cellpadding="0" border="0"><colgroup>${headers.map(() => '<col>').join('')}</colgroup><thead><tr>${headers.map((h) => `<th class=""><div class="ivu-table-cell"><span class="">${h}</span></div></th>`).join('')}</tr></thead></table></div>
<div class="ivu-table-body"><table cellspacing="0" cellpadding="0" border="0"><colgroup>${headers.map(() => '<col>').join('')}</colgroup><tbody class="ivu-table-tbody">${rows.map((r) => `<tr class="ivu-table-row">${r.map((c) => `<td class=""><div class="ivu-table-cell"><span>${c}</span></div></td>`).join('')}</tr>`).join('')}</tbody></table></div></div></div>`;

/** 基本信息 in an iView app: the sample's 公民身份号码 with a wrong check digit. */
const ivuBasic = shell(
  `${ivuSteps(2)}<div class="ivu-card"><div class="ivu-card-head"><p>基本信息</p></div><div class="ivu-card-body">
<form autocomplete="off" class="ivu-form ivu-form-label-right">${[
    ivuItem('姓名', ivuInput('xm')),
    ivuItem('公民身份号码', ivuInput('sfzh')),
    ivuItem('出生日期', ivuDate('csrq')),
    ivuItem('民族', ivuSelect('mz', ['汉族', '壮族', '回族'])),
    ivuItem('手机号码', ivuInput('sjhm')),
  ].join('')}</form>
<div class="step-buttons">${ivuButton('保存', 'save')}${ivuButton('下一步', 'next', 'default')}</div></div></div>`,
  'ivu',
  { sfzh: BAD_ID },
);

/** 学位（学历）教育情况 in an iView app: record 1 saved in an ivu-table, the next record's form below. */
const ivuEducation = shell(
  `${ivuSteps(4)}<div class="ivu-card"><div class="ivu-card-head"><p>学位（学历）教育情况</p></div><div class="ivu-card-body">
${ivuTable(EDUCATION_HEADERS, SAVED_EDUCATION)}
<form autocomplete="off" class="ivu-form ivu-form-label-right">${[
    ivuItem('记录序号', ivuInput('jlxh')),
    ivuItem('起始时间', ivuDate('kssj')),
    ivuItem('终止时间', ivuDate('jssj')),
    ivuItem('毕业院校', ivuInput('byyx')),
    ivuItem('所学专业', ivuInput('sxzy')),
  ].join('')}</form>
<div class="step-buttons">${ivuButton('保存', 'save')}</div></div></div>`,
  'ivu',
);

/** 完成并送审 in an antd app: the pledge an antd checkbox left unticked, its 提 交 as antd writes it. */
const antSubmit = shell(
  `${antSteps(11)}<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">完成并送审</div></div><div class="ant-card-body">
<form class="ant-form ant-form-horizontal"><div class="ant-row ant-form-item"><div class="ant-form-item-control-wrapper"><div class="ant-form-item-control"><label class="ant-checkbox-wrapper"><span class="ant-checkbox"><input type="checkbox" class="ant-checkbox-input" id="cn" value=""><span class="ant-checkbox-inner"></span></span><span>本人承诺所填信息真实有效</span></label></div></div></div></form>
<div class="step-buttons">${antButton('提 交', 'submit')}</div></div></div>`,
  'ant',
);

/** Saved 学历 numbered 1 and 3 (a gap: record-sequence). */
const GAP_EDUCATION = [...SAVED_EDUCATION, ['3', '2013-09-01', '2016-06-30', '广东环境保护工程职业学院', '环境监测与治理技术', '大学专科', '无']];

/** An iView select with `filterable`: its box inside the selection. */
const ivuSearchSelect = (model: string, options: string[]) =>
  `<div class="ivu-select ivu-select-single ivu-select-default" data-select data-model="${model}" data-options='${JSON.stringify(options)}' id="${model}"><div tabindex="0" class="ivu-select-selection"><div><input type="text" placeholder="请选择" autocomplete="off" spellcheck="false" class="ivu-select-input"><i class="ivu-icon ivu-icon-ios-arrow-down ivu-select-arrow"></i></div></div></div>`;

/** antd's Upload for the photo: its file box hidden in `span.ant-upload`, a button opening it. */
const antUpload = `<div class="ant-upload ant-upload-select ant-upload-select-text"><span role="button" tabindex="0" class="ant-upload"><input type="file" accept="image/jpeg" id="zp" style="display: none;"><button type="button" class="ant-btn" onclick="document.getElementById('zp').click()"><i class="anticon anticon-upload"></i><span>上传照片</span></button></span></div><div class="ant-upload-list ant-upload-list-text"></div>`;

/** A record form whose 终止时间 is before its 起始时间 (record-period-order), in a dialog. */
const PERIOD_WRONG = { kssj: '2020-09-01', jssj: '2016-06-30', byyx: '华南理工大学', jlxh: '2' };

/** 学历 with record 1 listed and the next record's form in an ant-modal (open), its footer 取 消 / 确 定 as antd writes them. */
const antModal = shell(
  `${antSteps(4)}<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">学位（学历）教育情况</div></div><div class="ant-card-body">
<button type="button" class="ant-btn ant-btn-primary"><i class="anticon anticon-plus"></i><span>新增</span></button>${antTable(EDUCATION_HEADERS, SAVED_EDUCATION)}</div></div>
<div><div class="ant-modal-mask"></div><div tabindex="-1" role="dialog" aria-labelledby="rcDialogTitle0" class="ant-modal-wrap"><div role="document" class="ant-modal" style="width: 640px;"><div class="ant-modal-content"><button type="button" aria-label="Close" class="ant-modal-close"><span class="ant-modal-close-x"><i class="anticon anticon-close ant-modal-close-icon"></i></span></button><div class="ant-modal-header"><div id="rcDialogTitle0" class="ant-modal-title">新增学历</div></div>
<div class="ant-modal-body"><form class="ant-form ant-form-horizontal">${[
    antItem('记录序号', antInput('jlxh'), 'jlxh'),
    antItem('起始时间', antInput('kssj'), 'kssj'),
    antItem('终止时间', antInput('jssj'), 'jssj'),
    antItem('毕业院校', antInput('byyx'), 'byyx'),
  ].join('')}</form></div>
<div class="ant-modal-footer"><div>${antButton('取 消', 'cancel', 'default')}${antButton('确 定', 'ok')}</div></div></div></div></div></div>`,
  'ant',
  PERIOD_WRONG,
);

/** The same in iView: an ivu-modal (no role), its footer 取消 / 确定. */
const ivuModal = shell(
  `${ivuSteps(4)}<div class="ivu-card"><div class="ivu-card-head"><p>学位（学历）教育情况</p></div><div class="ivu-card-body">
${ivuButton('新增', 'add')}${ivuTable(EDUCATION_HEADERS, SAVED_EDUCATION)}</div></div>
<div class="v-transfer-dom"><div class="ivu-modal-mask"></div><div class="ivu-modal-wrap"><div class="ivu-modal" style="width: 640px;"><div class="ivu-modal-content"><a class="ivu-modal-close"><i class="ivu-icon ivu-icon-ios-close"></i></a><div class="ivu-modal-header"><div class="ivu-modal-header-inner">新增学历</div></div>
<div class="ivu-modal-body"><form autocomplete="off" class="ivu-form ivu-form-label-right">${[
    ivuItem('记录序号', ivuInput('jlxh')),
    ivuItem('起始时间', ivuDate('kssj')),
    ivuItem('终止时间', ivuDate('jssj')),
    ivuItem('毕业院校', ivuInput('byyx')),
  ].join('')}</form></div>
<div class="ivu-modal-footer">${ivuButton('取消', 'cancel', 'text')}${ivuButton('确定', 'ok')}</div></div></div></div></div>`,
  'ivu',
  PERIOD_WRONG,
);

/** Pages by path. */
export const ANTD66_PAGES: Record<string, string> = {
  'antd-basic': antBasic,
  'antd-education': antEducation,
  'ivu-basic': ivuBasic,
  'ivu-education': ivuEducation,
  'antd-submit': antSubmit,
  'antd-photo': antBasic.replace(`${antItem('电子邮箱', antInput('email'), 'email', false)}`, `${antItem('电子邮箱', antInput('email'), 'email', false)}${antItem('个人照片', antUpload, 'zp')}`),
  'antd-modal': antModal,
  'ivu-modal': ivuModal,
  'ivu-basic-search': ivuBasic.replace(ivuSelect('mz', ['汉族', '壮族', '回族']), ivuSearchSelect('mz', ['汉族', '壮族', '回族'])),
  'antd-education-gap': antEducation.replace(antTable(EDUCATION_HEADERS, SAVED_EDUCATION), antTable(EDUCATION_HEADERS, GAP_EDUCATION)),
  'ivu-education-gap': ivuEducation.replace(ivuTable(EDUCATION_HEADERS, SAVED_EDUCATION), ivuTable(EDUCATION_HEADERS, GAP_EDUCATION)),
};
