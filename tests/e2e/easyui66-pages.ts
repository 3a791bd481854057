/**
 * easyui66's pages: 职称申报 steps as a portal built with jQuery EasyUI (1.5–1.9) leaves them once its
 * parser has run — drawn by hand, no EasyUI script: the hidden originals (`combo-f textbox-f`,
 * their `name` moved to a hidden `input.textbox-value`, kept as `comboname` / `textboxname`), the
 * `span.textbox` boxes, the drop-down panels appended to `<body>`, `easyui-tabs` for the eleven steps,
 * `a.l-btn` link buttons, a datagrid of saved records, a filebox. A little plain script plays what
 * EasyUI's does: a combobox's arrow or text opens its panel, an item picked sets the hidden value and
 * the shown text; a datebox takes a typed date into its value on blur; a validatebox is marked
 * `validatebox-invalid` while empty. For tests/e2e/frameworks66.test.ts (easyui66).
 */

/** The eleven steps' tab titles (portal.md), `selected` the one shown. */
const tabs = (selected: string, panel: string) => {
  const titles = ['获取历史数据', '基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '主要专业技术工作经历', '工作期间奖惩情况', '从事专业技术工作及取得的业绩成果情况', '论文、著作', '年度考核结果', '证书、证明材料', '完成并送审'];
  return `<div id="tt" class="easyui-tabs tabs-container" style="width:1000px"><div class="tabs-header"><div class="tabs-wrap"><ul class="tabs">${titles
    .map((t) => `<li${t === selected ? ' class="tabs-selected"' : ''}><a href="javascript:void(0)" class="tabs-inner"><span class="tabs-title">${t}</span><span class="tabs-icon"></span></a></li>`)
    .join('')}</ul></div></div><div class="tabs-panels"><div class="panel" style="display:block"><div title="${selected}" class="panel-body panel-body-noheader panel-body-noborder">${panel}</div></div></div></div>`;
};

let seq = 0;
/** A `span.textbox` around the visible text box and the hidden value box EasyUI draws after a hidden original. */
const span = (name: string, kind: string, opts: { value?: string; text?: string; readonly?: boolean; arrow?: boolean } = {}) => {
  const id = `_easyui_textbox_input${++seq}`;
  return `<span class="textbox${kind ? ` ${kind}` : ''}" style="width:200px;height:24px"><span class="textbox-addon textbox-addon-right" style="right:0">${opts.arrow ? '<a href="javascript:;" class="textbox-icon combo-arrow" tabindex="-1" style="width:18px;height:22px"></a>' : ''}</span><input id="${id}" type="text" class="textbox-text validatebox-text${opts.readonly ? ' textbox-prompt' : ''}" autocomplete="off" tabindex="" placeholder=""${opts.readonly ? ' readonly="readonly"' : ''} value="${opts.text ?? ''}" style="margin:0 18px 0 0;padding-top:0;padding-bottom:0;height:22px;line-height:22px;width:174px"><input type="hidden" class="textbox-value" name="${name}" value="${opts.value ?? ''}"></span>`;
};

/** An easyui-textbox (`validatebox`: required, a validatebox's `data-options`) as parsed. */
export const textbox = (name: string, required = false) =>
  `<input class="easyui-textbox textbox-f" textboxname="${name}" data-options="${required ? 'required:true' : ''}" style="display:none" value="">${span(name, '')}`;
/** An easyui-numberbox as parsed. */
export const numberbox = (name: string) => `<input class="easyui-numberbox numberbox-f textbox-f" textboxname="${name}" numberboxname="${name}" style="display:none">${span(name, 'numberbox')}`;
/** An easyui-datebox as parsed (its text box takes a typed date: `editable` is the default). */
export const datebox = (name: string) => `<input class="easyui-datebox datebox-f combo-f textbox-f" comboname="${name}" style="display:none">${span(name, 'combo datebox', { arrow: true })}`;
/** An easyui-combobox made from a `<select>` as parsed: the select hidden (no name), its options kept; the panel is `panel()`. */
export const combobox = (name: string, options: [string, string][]) =>
  `<select class="easyui-combobox combo-f textbox-f" comboname="${name}" data-options="editable:false,panelHeight:'auto'" style="display:none;width:200px">${options.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>${span(name, 'combo', { readonly: true, arrow: true })}`;
/** A combobox's drop-down as EasyUI appends it to `<body>` (hidden till opened), `name` its combo's. */
export const comboPanel = (name: string, options: [string, string][]) =>
  `<div class="panel combo-p panel-htop" data-for="${name}" style="position:absolute;display:none;z-index:9001;width:200px"><div class="combo-panel panel-body panel-body-noheader" style="height:auto">${options
    .map(([v, t], i) => `<div id="_easyui_combobox_i${name}_${i}" class="combobox-item" value="${v}">${t}</div>`)
    .join('')}</div></div>`;
/** An easyui-linkbutton as parsed. */
export const linkbutton = (id: string, text: string, icon = 'icon-save') =>
  `<a href="javascript:void(0)" id="${id}" class="easyui-linkbutton l-btn l-btn-small" group="" data-options="iconCls:'${icon}'"><span class="l-btn-left l-btn-icon-left"><span class="l-btn-text">${text}</span><span class="l-btn-icon ${icon}">&nbsp;</span></span></a>`;

/**
 * EasyUI's behaviour, in plain script: a combo's arrow or read-only text opens its panel under it,
 * an item clicked sets the hidden value and the shown text (and `combobox-item-selected`), a
 * click elsewhere closes it; a datebox's typed text becomes its value on blur when it is a date;
 * a required textbox gets `validatebox-invalid` while empty; a link button posts its form by script
 * (`$('#ff').form('submit')`), as EasyUI pages do, to /posted.
 */
const easyuiScript = `<script>
(function () {
  function comboOf(el) { return el.closest('span.combo'); }
  function nameOf(combo) { return combo.querySelector('input.textbox-value').name; }
  function panelOf(combo) { return document.querySelector('div.combo-p[data-for="' + nameOf(combo) + '"]'); }
  function open(combo) {
    var p = panelOf(combo); if (!p) return;
    var r = combo.getBoundingClientRect();
    p.style.left = (r.left + scrollX) + 'px'; p.style.top = (r.bottom + scrollY) + 'px'; p.style.display = 'block';
  }
  document.addEventListener('click', function (e) {
    var t = e.target;
    var item = t.closest && t.closest('div.combobox-item');
    if (item) {
      var panel = item.closest('div.combo-p');
      var combo = document.querySelector('input.textbox-value[name="' + panel.getAttribute('data-for') + '"]').closest('span.combo');
      combo.querySelector('input.textbox-value').value = item.getAttribute('value');
      combo.querySelector('input.textbox-text').value = item.textContent;
      panel.querySelectorAll('.combobox-item-selected').forEach(function (s) { s.classList.remove('combobox-item-selected'); });
      item.classList.add('combobox-item-selected');
      panel.style.display = 'none';
      return;
    }
    var c = t.closest && comboOf(t);
    if (c && (t.classList.contains('combo-arrow') || t.classList.contains('textbox-text'))) { open(c); return; }
    document.querySelectorAll('div.combo-p').forEach(function (p) { p.style.display = 'none'; });
  }, true);
  document.querySelectorAll('span.datebox input.textbox-text').forEach(function (box) {
    box.addEventListener('blur', function () {
      var m = /^(\\d{4})-(\\d{1,2})-(\\d{1,2})$/.exec(box.value.trim());
      box.parentNode.querySelector('input.textbox-value').value = m ? box.value.trim() : '';
    });
  });
  function validate() {
    document.querySelectorAll('input.textbox-f[data-options*="required:true"]').forEach(function (orig) {
      var s = orig.nextElementSibling, box = s.querySelector('input.textbox-text');
      var empty = !s.querySelector('input.textbox-value').value && !box.value;
      box.classList.toggle('validatebox-invalid', empty); s.classList.toggle('textbox-invalid', empty);
    });
  }
  document.addEventListener('input', function (e) {
    var s = e.target.closest && e.target.closest('span.textbox');
    if (s && !s.classList.contains('combo')) s.querySelector('input.textbox-value').value = e.target.value;
    validate();
  }, true);
  validate();
  document.querySelectorAll('a.l-btn[data-posts]').forEach(function (a) {
    a.addEventListener('click', function () { document.getElementById('ff').submit(); });
  });
})();
</script>`;

const shell = (body: string, panels = '') => `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title>
<style>.combo-p{background:#fff;border:1px solid #95b8e7}.combobox-item{padding:3px}.textbox{display:inline-block;position:relative;border:1px solid #95b8e7}.textbox-addon{position:absolute;top:0}.l-btn{display:inline-block;padding:0 8px;border:1px solid #bbb}.tabs li{display:inline-block;margin-right:4px}.validatebox-invalid{background:#fff3f3}</style></head>
<body class="panel-noscroll">${body}${panels}${easyuiScript}</body></html>`;

export const GENDERS: [string, string][] = [['1', '男'], ['2', '女']];
export const ETHNICITIES: [string, string][] = [['01', '汉族'], ['02', '蒙古族'], ['08', '壮族']];
export const POLITICAL: [string, string][] = [['01', '中共党员'], ['03', '共青团员'], ['13', '群众']];
export const EDUCATION: [string, string][] = [['11', '研究生'], ['21', '大学本科'], ['31', '大学专科'], ['41', '中专']];
export const DEGREES: [string, string][] = [['2', '硕士'], ['3', '学士'], ['9', '无']];

/** A label cell as EasyUI demos and portals write them: the label with its colon, the required star after it. */
const tr = (label: string, control: string, required = false) =>
  `<tr><td class="td-label" align="right">${label}：${required ? '<span style="color:red">*</span>' : ''}</td><td>${control}</td></tr>`;

/** 基本信息's form rows; every list a combobox, the dates dateboxes. */
const basicRows = () =>
  [
    tr('姓名', textbox('xm', true), true),
    tr('性别', combobox('xb', GENDERS), true),
    tr('出生日期', datebox('csrq'), true),
    tr('公民身份号码', textbox('sfzh', true), true),
    tr('民族', combobox('mz', ETHNICITIES), true),
    tr('政治面貌', combobox('zzmm', POLITICAL), true),
    tr('参加工作时间', datebox('cjgzsj'), true),
    tr('工作单位', textbox('gzdw', true), true),
    tr('手机号码', numberbox('sjhm'), true),
    tr('通讯地址', textbox('txdz')),
    tr('邮政编码', numberbox('yzbm')),
    tr('最高学历', combobox('zgxl', EDUCATION), true),
    tr('最高学位', combobox('zgxw', DEGREES), true),
  ].join('\n');

const basicPanels = () =>
  [comboPanel('xb', GENDERS), comboPanel('mz', ETHNICITIES), comboPanel('zzmm', POLITICAL), comboPanel('zgxl', EDUCATION), comboPanel('zgxw', DEGREES)].join('');

/** The same rows as `div.fitem > label + control` (EasyUI's form demo). */
const fitemRows = () =>
  basicRows()
    .split('\n')
    .map((r) => r.replace(/^<tr><td class="td-label" align="right">(.*?)<\/td><td>(.*)<\/td><\/tr>$/, '<div class="fitem"><label>$1</label>$2</div>'))
    .join('\n');

/** An EasyUI datagrid of saved records (学位（学历）教育情况), rows as [记录序号, 起始时间, 终止时间, 学校, 学历]. */
const datagrid = (rows: string[][]) => {
  const fields = [['jlxh', '记录序号'], ['qssj', '起始时间'], ['zzsj', '终止时间'], ['xx', '毕业学校'], ['zy', '所学专业'], ['xl', '学历'], ['xw', '学位']];
  const head = `<div class="datagrid-header"><div class="datagrid-header-inner"><table class="datagrid-htable" border="0" cellspacing="0" cellpadding="0"><tbody><tr class="datagrid-header-row">${fields
    .map(([f, t]) => `<td field="${f}"><div class="datagrid-cell datagrid-cell-c1-${f}"><span>${t}</span><span class="datagrid-sort-icon"></span></div></td>`)
    .join('')}</tr></tbody></table></div></div>`;
  const body = rows.length
    ? `<table class="datagrid-btable" cellspacing="0" cellpadding="0" border="0"><tbody>${rows
        .map((r, i) => `<tr id="datagrid-row-r1-2-${i}" datagrid-row-index="${i}" class="datagrid-row${i % 2 ? ' datagrid-row-alt' : ''}">${fields.map(([f], j) => `<td field="${f}"><div class="datagrid-cell datagrid-cell-c1-${f}">${r[j]}</div></td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '';
  return `<div class="panel datagrid panel-htop easyui-fluid"><div class="panel-header"><div class="panel-title">学历信息</div></div><div class="datagrid-wrap panel-body"><div class="datagrid-toolbar">${linkbutton('btnAdd', '添加', 'icon-add')}${linkbutton('btnEdit', '修改', 'icon-edit')}${linkbutton('btnDel', '删除', 'icon-remove')}</div><div class="datagrid-view"><div class="datagrid-view2"><div class="datagrid-header">${head}</div><div class="datagrid-body">${body}${rows.length ? '' : '<div class="datagrid-empty">暂无数据</div>'}</div></div></div></div></div>`;
};

export const EASYUI66_PAGES: Record<string, string> = {
  // 基本信息 in the tabs, a table of label cells, every list a combobox, 保存 an a.l-btn posting the form by script.
  'basic-table': shell(
    tabs('基本信息', `<form id="ff" method="post" action="/posted"><table cellpadding="5">${basicRows()}</table></form><div style="padding:5px">${linkbutton('btnSave', '保存').replace('<a ', '<a data-posts="1" ')}</div>`),
    basicPanels(),
  ),
  // The same as EasyUI's form demo draws it: div.fitem > label + control.
  'basic-fitem': shell(
    tabs('基本信息', `<form id="ff" method="post" action="/posted">${fitemRows()}</form>${linkbutton('btnSave', '保存').replace('<a ', '<a data-posts="1" ')}`),
    basicPanels(),
  ),
  // 学位（学历）教育情况 with its saved records in a datagrid, the lower level first (education-order), 记录序号 1 then 3 (record-sequence).
  'education-grid': shell(
    tabs('学位（学历）教育情况', datagrid([
      ['1', '2013-09-01', '2016-06-30', '广州番禺职业技术学院', '环境监测与治理技术', '大学专科', '无'],
      ['3', '2016-09-01', '2020-06-30', '华南理工大学', '环境工程', '大学本科', '学士'],
    ])),
  ),
  // education-grid's control: the same records in one plain table, its header row in it.
  'education-table': shell(
    tabs('学位（学历）教育情况', `<div class="panel-title">学历信息</div><table border="1"><tr><th>记录序号</th><th>起始时间</th><th>终止时间</th><th>毕业学校</th><th>所学专业</th><th>学历</th><th>学位</th></tr>
<tr><td>1</td><td>2013-09-01</td><td>2016-06-30</td><td>广州番禺职业技术学院</td><td>环境监测与治理技术</td><td>大学专科</td><td>无</td></tr>
<tr><td>3</td><td>2016-09-01</td><td>2020-06-30</td><td>华南理工大学</td><td>环境工程</td><td>大学本科</td><td>学士</td></tr></table>${linkbutton('btnAdd', '添加', 'icon-add')}`),
  ),
  // 个人照片 as an easyui-filebox inside 基本信息's form.
  'photo-filebox': shell(
    tabs('基本信息', `<form id="ff" method="post" action="/posted" enctype="multipart/form-data"><table cellpadding="5">${basicRows()}
${tr('个人照片', `<input class="easyui-filebox filebox-f textbox-f" textboxname="zp" style="display:none"><span class="textbox filebox" style="width:300px;height:24px"><a href="javascript:;" class="textbox-button textbox-button-right l-btn l-btn-small" style="height:24px;right:0"><span class="l-btn-left"><span class="l-btn-text">选择文件</span></span></a><label class="filebox-label" for="filebox_file_id_1"></label><input id="_easyui_textbox_input99" type="text" class="textbox-text validatebox-text" readonly="readonly" style="width:220px"><input type="file" class="textbox-value" id="filebox_file_id_1" name="zp" style="position:absolute;left:-5000px"></span>`, true)}</table></form>${linkbutton('btnSave', '保存').replace('<a ', '<a data-posts="1" ')}`),
    basicPanels(),
  ),
  posted: '<!DOCTYPE html><html><head><meta charset="utf-8" /></head><body>posted</body></html>',
};
