/**
 * Page builders for the recognition corpus: eight differently built ways government pages lay
 * out the same form (WebForms label-left tables, two pairs per row, headers above, div +
 * label[for], wrapping labels, aria/placeholder/title only, nested tables with odd decorations,
 * a frame page with dl/text-before labels). Each control carries `data-expect` = its expected
 * key ("none" for distractors); the harness strips it before collection.
 */
import type { CorpusField } from './catalog';

export interface CorpusPage {
  id: string;
  /** One HTML document per frame that holds content (a frameset page has two). */
  docs: string[];
}

interface Ctl {
  name: string;
  id?: string;
  extra?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const expect = (f: CorpusField) => `data-expect="${f.key ?? 'none'}"`;
const idAttr = (c: Ctl) => (c.id ? ` id="${c.id}"` : '');

function options(f: CorpusField, prompt = '--请选择--'): string {
  return `<option value="">${prompt}</option>` + (f.options ?? []).map((o, i) => `<option value="${i + 1}">${esc(o)}</option>`).join('');
}

type ChoiceStyle = 'rbl-table' | 'inline-label' | 'wrap' | 'text-after' | 'select';

/** HTML of one field's control(s). */
function control(f: CorpusField, c: Ctl, choice: ChoiceStyle, dateStyle: 'wdate' | 'type-date' | 'icon' | 'plain'): string {
  const common = `name="${c.name}"${idAttr(c)} ${expect(f)}${c.extra ? ' ' + c.extra : ''}`;
  switch (f.kind) {
    case 'text':
      return `<input type="text" ${common} maxlength="100" />`;
    case 'textarea':
      return `<textarea ${common} rows="4" cols="60"></textarea>`;
    case 'file':
      return `<input type="file" ${common} />`;
    case 'checkbox':
      return `<input type="checkbox" ${common} />`;
    case 'date':
      if (dateStyle === 'type-date') return `<input type="date" ${common} />`;
      if (dateStyle === 'icon') return `<input type="text" ${common} size="12" /><img src="/images/calendar.gif" onclick="setday(this)" alt="" />`;
      if (dateStyle === 'plain') return `<input type="text" ${common} />`;
      return `<input type="text" class="Wdate" onfocus="WdatePicker({dateFmt:'yyyy-MM-dd'})" readonly="readonly" ${common} />`;
    case 'picker':
      if (choice === 'select') return `<select ${common}>${options(f)}</select>`;
      return `<input type="text" readonly="readonly" ${common} /><input type="button" value="..." onclick="openDict('${c.name}')" /><input type="hidden" name="hid${c.name}" ${c.id ? `id="hid${c.id}"` : ''} />`;
    case 'select':
      return `<select ${common}>${options(f)}</select>`;
    case 'choice': {
      const opts = f.options ?? [];
      const id = (i: number) => `${c.id ?? c.name}_${i}`;
      switch (choice) {
        case 'select':
          return `<select ${common}>${options(f)}</select>`;
        case 'rbl-table':
          return `<table id="${c.id ?? c.name}" border="0"><tr>${opts.map((o, i) => `<td><input id="${id(i)}" type="radio" name="${c.name}" value="${i + 1}" ${expect(f)} /><label for="${id(i)}">${o}</label></td>`).join('')}</tr></table>`;
        case 'inline-label':
          return opts.map((o, i) => `<input id="${id(i)}" type="radio" name="${c.name}" value="${o}" ${expect(f)} /><label for="${id(i)}">${o}</label>`).join('&nbsp;');
        case 'wrap':
          return opts.map((o, i) => `<label><input type="radio" name="${c.name}" value="${i}" ${expect(f)} />${o}</label>`).join(' ');
        case 'text-after':
          return opts.map((o, i) => `<input type="radio" name="${c.name}" value="${i}" ${expect(f)} />${o}`).join('　');
      }
    }
  }
  return '';
}

const KIND_PREFIX: Record<CorpusField['kind'], string> = {
  text: 'txt', textarea: 'txt', date: 'txt', select: 'ddl', choice: 'rbl', picker: 'txt', file: 'fu', checkbox: 'chk',
};

const wrapDoc = (title: string, body: string, charset = 'utf-8') =>
  `<!DOCTYPE html><html><head><meta charset="${charset}"><title>${title}</title></head><body>${body}</body></html>`;

const viewState = '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" /><input type="hidden" name="__EVENTVALIDATION" value="x" />';
const buttons = (prefix: string) =>
  `<input type="submit" name="${prefix}btnSave" value="保存" /> <input type="submit" name="${prefix}btnNext" value="保存并下一步" /> <input type="button" value="返回" onclick="history.back()" />`;

/** A GridView of saved records (record steps), built like ASP.NET renders one. */
function savedGrid(fields: CorpusField[]): string {
  const cols = fields.filter((f) => f.key && f.kind !== 'file').slice(0, 5);
  const head = cols.map((f) => `<th scope="col">${f.labels[0]}</th>`).join('') + '<th scope="col">操作</th>';
  const row = cols.map((f, i) => `<td>${i === 0 ? '1' : '已保存'}</td>`).join('') + '<td><a href="#">修改</a> <a href="#">删除</a> <a href="#">查看附件</a></td>';
  return `<table class="GridView" cellspacing="0" rules="all" border="1" id="gvList">${'<tr>' + head + '</tr>'}<tr>${row}</tr></table>`;
}

const isRange = (a?: CorpusField, b?: CorpusField) => !!a && !!b && !!a.key && !!b.key && a.key.endsWith('.startDate') && b.key.endsWith('.endDate');
const rangeLabel = (v: number) => ['起止时间', '起止日期', '起讫时间'][v % 3]!;

/** L1: WebForms label-left table, one pair per row, red * in a span, pinyin names. */
function tableLeft(title: string, fields: CorpusField[], v: number, record: boolean): CorpusPage['docs'] {
  const p = 'ctl00$ContentPlaceHolder1$';
  const rows = fields.map((f, i) => {
    const name = `${p}${KIND_PREFIX[f.kind]}${f.pinyin}`;
    const id = name.replace(/\$/g, '_');
    const star = i % 2 === 0 ? '<span style="color:red">*</span>' : '';
    const label = f.kind === 'checkbox' ? '' : `${star}${f.labels[v % f.labels.length]}：`;
    const ctl = control(f, { name, id }, 'rbl-table', 'wdate');
    const after = f.kind === 'checkbox' ? `<label for="${id}">${f.labels[v % f.labels.length]}</label>` : '';
    return `<tr><td class="tdLabel" align="right" width="25%">${label}</td><td class="tdValue">${ctl}${after}</td></tr>`;
  });
  const body = `<form method="post" action="./Default.aspx" id="form1">${viewState}<div class="title">${title}</div>
    <div class="red">注意：带*的指标为必填项，填写完点击“保存并下一步”。</div>${record ? savedGrid(fields) : ''}
    <table class="tbForm" width="100%" border="1"><tr><td colspan="2" class="tdTitle">${title}</td></tr>${rows.join('')}</table>${buttons(p)}</form>`;
  return [wrapDoc(title, body)];
}

/** L2: two label/field pairs per row, <th> labels with full-width padding, TextBoxN names, 起止时间 ranges. */
function twoPairs(title: string, fields: CorpusField[], v: number): CorpusPage['docs'] {
  const cells: string[] = [];
  const wide: string[] = [];
  let n = 0;
  const ctlName = (f: CorpusField) => `${{ text: 'TextBox', textarea: 'TextBox', date: 'TextBox', picker: 'TextBox', select: 'DropDownList', choice: 'RadioButtonList', file: 'FileUpload', checkbox: 'CheckBox' }[f.kind]}${++n}`;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const label = f.labels[v % f.labels.length]!.replace(/^(.)(.)$/, '$1　$2') + '：';
    if (isRange(f, fields[i + 1])) {
      const g = fields[i + 1]!;
      const a = ctlName(f), b = ctlName(g);
      wide.push(`<tr><th>${rangeLabel(v)}：</th><td colspan="3">${control(f, { name: a, id: a }, 'inline-label', 'icon')} 至 ${control(g, { name: b, id: b }, 'inline-label', 'icon')}</td></tr>`);
      i++;
      continue;
    }
    const name = ctlName(f);
    if (f.kind === 'textarea' || f.kind === 'checkbox') {
      const ctl = control(f, { name, id: name }, 'inline-label', 'icon');
      wide.push(f.kind === 'checkbox' ? `<tr><td colspan="4">${ctl}<label for="${name}">${f.labels[v % f.labels.length]}</label></td></tr>` : `<tr><th>${label}</th><td colspan="3">${ctl}</td></tr>`);
      continue;
    }
    cells.push(`<th>${label}</th><td>${control(f, { name, id: name }, 'inline-label', 'icon')}</td>`);
  }
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push(`<tr>${cells[i]}${cells[i + 1] ?? '<td></td><td></td>'}</tr>`);
  const body = `<form id="form1">${viewState}<h3>${title}</h3><table class="formTable" cellpadding="3">${rows.join('')}${wide.join('')}</table>${buttons('')}</form>`;
  return [wrapDoc(title, body)];
}

/** L3: labels in a header row above the controls (3 columns), English-ish names, a saved-records grid. */
function headerAbove(title: string, fields: CorpusField[], v: number, record: boolean): CorpusPage['docs'] {
  const short = fields.filter((f) => f.kind !== 'textarea' && f.kind !== 'checkbox');
  const long = fields.filter((f) => f.kind === 'textarea' || f.kind === 'checkbox');
  const name = (f: CorpusField) => `${KIND_PREFIX[f.kind]}${f.english}`;
  const rows: string[] = [];
  for (let i = 0; i < short.length; i += 3) {
    const chunk = short.slice(i, i + 3);
    rows.push(`<tr class="head">${chunk.map((f) => `<td class="lbl"><b>${f.labels[v % f.labels.length]}</b></td>`).join('')}</tr>`);
    rows.push(`<tr>${chunk.map((f) => `<td>${control(f, { name: name(f), id: name(f) }, 'select', 'type-date')}</td>`).join('')}</tr>`);
  }
  for (const f of long) {
    const lbl = f.labels[v % f.labels.length];
    if (f.kind === 'checkbox') rows.push(`<tr><td colspan="3">${control(f, { name: name(f), id: name(f) }, 'select', 'plain')}<label for="${name(f)}">${lbl}</label></td></tr>`);
    else rows.push(`<tr><td colspan="3">${lbl}</td></tr><tr><td colspan="3">${control(f, { name: name(f), id: name(f) }, 'select', 'plain')}</td></tr>`);
  }
  const body = `<h2 class="pageTitle">${title}</h2>${record ? savedGrid(fields) : ''}<form>${viewState}<table class="edit" width="100%">${rows.join('')}</table>${buttons('')}</form>`;
  return [wrapDoc(title, body)];
}

/** L4: div rows with <label for>, no <form>, radios in role=radiogroup aria-labelledby. */
function divLabelFor(title: string, fields: CorpusField[], v: number): CorpusPage['docs'] {
  const rows = fields.map((f, i) => {
    const id = `f_${i}`;
    const lbl = f.labels[v % f.labels.length];
    if (f.kind === 'choice') {
      return `<div class="form-group"><span class="control-label" id="lbl_${i}">${lbl}<em>*</em></span><div class="radio-group" role="radiogroup" aria-labelledby="lbl_${i}">${control(f, { name: id, id }, 'inline-label', 'plain')}</div></div>`;
    }
    if (f.kind === 'checkbox') return `<div class="form-group">${control(f, { name: id, id }, 'select', 'plain')}<label for="${id}">${lbl}</label></div>`;
    return `<div class="form-group"><label for="${id}" class="control-label">${lbl}<em>*</em></label><div class="col-sm-8">${control(f, { name: id, id }, 'select', 'plain')}</div></div>`;
  });
  return [wrapDoc(title, `<div class="panel"><div class="panel-heading"><h4>${title}</h4></div><div class="panel-body">${rows.join('')}</div><button type="button">保存</button></div>`)];
}

/** L5: labels wrapping their controls inside paragraphs; radios wrapped too; no ids. */
function wrapLabels(title: string, fields: CorpusField[], v: number): CorpusPage['docs'] {
  const rows = fields.map((f, i) => {
    const lbl = f.labels[v % f.labels.length];
    const name = `field${i}`;
    if (f.kind === 'choice') return `<p><span class="lbl">${lbl}：</span>${control(f, { name }, 'wrap', 'plain')}</p>`;
    if (f.kind === 'checkbox') return `<p><label>${control(f, { name }, 'select', 'plain')} ${lbl}</label></p>`;
    return `<p><label>${lbl}：${control(f, { name }, 'select', 'plain')}</label></p>`;
  });
  return [wrapDoc(title, `<fieldset><legend>${title}</legend>${rows.join('')}</fieldset><input type="button" value="保存并下一步" />`)];
}

/** L6: list items labelled only by aria-labelledby, aria-label, placeholder or title. */
function ariaOnly(title: string, fields: CorpusField[], v: number): CorpusPage['docs'] {
  const items = fields.map((f, i) => {
    const lbl = f.labels[v % f.labels.length]!;
    const name = `item_${i}`;
    if (f.kind === 'choice') return `<li><div role="radiogroup" aria-label="${lbl}">${control(f, { name, id: name }, 'inline-label', 'plain')}</div></li>`;
    if (f.kind === 'select' || f.kind === 'picker') return `<li>${control(f, { name, id: name, extra: `title="${lbl}"` }, 'select', 'plain')}</li>`;
    if (f.kind === 'textarea' || f.kind === 'file' || f.kind === 'checkbox') return `<li>${control(f, { name, id: name, extra: `aria-label="${lbl}"` }, 'select', 'plain')}</li>`;
    if (i % 2 === 0) return `<li><span id="cap_${i}" class="cap">${lbl}</span><br />${control(f, { name, id: name, extra: `aria-labelledby="cap_${i}"` }, 'select', 'plain')}</li>`;
    return `<li>${control(f, { name, id: name, extra: `placeholder="请输入${lbl}"` }, 'select', 'plain')}</li>`;
  });
  return [wrapDoc(title, `<div id="app"><h1>${title}</h1><ul class="fields">${items.join('')}</ul></div>`)];
}

const DECOR = [(l: string) => `【${l}】`, (l: string) => `〔${l}〕：`, (l: string) => `${l}(必填)`, (l: string) => `＊${l}：`, (l: string) => `${l}:*`];

/** L7: nested layout tables, odd label decorations, <font color=red>* after controls, lower-case pinyin names. */
function nestedDecor(title: string, fields: CorpusField[], v: number): CorpusPage['docs'] {
  const rows: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const deco = DECOR[i % DECOR.length]!;
    const name = `txt${f.pinyin.toLowerCase()}`;
    if (isRange(f, fields[i + 1])) {
      const g = fields[i + 1]!;
      rows.push(`<tr><td class="l">${deco(rangeLabel(v + 1))}</td><td><table><tr><td>${control(f, { name, id: name }, 'text-after', 'wdate')}</td><td>至</td><td>${control(g, { name: `txt${g.pinyin.toLowerCase()}`, id: `txt${g.pinyin.toLowerCase()}` }, 'text-after', 'wdate')}</td></tr></table></td></tr>`);
      i++;
      continue;
    }
    const lbl = f.labels[v % f.labels.length]!;
    if (f.kind === 'checkbox') {
      rows.push(`<tr><td></td><td>${control(f, { name, id: name }, 'text-after', 'wdate')}<label for="${name}">${lbl}</label></td></tr>`);
      continue;
    }
    rows.push(`<tr><td class="l"><table><tr><td nowrap>${deco(lbl)}</td></tr></table></td><td><table cellpadding="0"><tr><td>${control(f, { name, id: name }, 'text-after', 'wdate')}</td><td><font color="red">*</font></td></tr></table></td></tr>`);
  }
  return [wrapDoc(title, `<form name="aspnetForm">${viewState}<table width="760" align="center"><tr><td><table border="1" class="main"><tr><td colspan="2" align="center"><font size="4"><b>${title}</b></font></td></tr>${rows.join('')}</table></td></tr></table>${buttons('')}</form>`, 'gb2312')];
}

const toFullWidth = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** L8: a frame page (menu in the top document, the form in the content frame's own document; happy-dom loads no frames, so the frame is a second document); the content frame labels fields with dl/dt and text before the control, full-width characters. */
function framePage(title: string, fields: CorpusField[], v: number): CorpusPage['docs'] {
  const outer = wrapDoc('广州市职称业务申报与管理系统', `<div id="top">欢迎您</div><div id="menu"><a href="#">基本信息</a> <a href="#">${title}</a></div><div id="frameHost" data-frame-src="content.aspx"></div>`);
  const rows = fields.map((f, i) => {
    const lbl = toFullWidth(f.labels[v % f.labels.length]!);
    const name = `ctl00$main$${KIND_PREFIX[f.kind]}${f.english}`;
    const id = name.replace(/\$/g, '_');
    if (f.kind === 'checkbox') return `<div class="row">${control(f, { name, id }, 'select', 'icon')}<label for="${id}">${lbl}</label></div>`;
    if (i % 2 === 0) return `<dl><dt>${lbl}</dt><dd>${control(f, { name, id }, 'select', 'icon')}</dd></dl>`;
    return `<div class="row">${lbl}：&nbsp;${control(f, { name, id }, 'select', 'icon')}</div>`;
  });
  const inner = wrapDoc(title, `<form>${viewState}<div class="caption">${title}</div>${rows.join('')}${buttons('')}</form>`);
  return [outer, inner];
}

export const LAYOUTS = { tableLeft, twoPairs, headerAbove, divLabelFor, wrapLabels, ariaOnly, nestedDecor, framePage } as const;

/**
 * Every layout for one step's catalog.
 * @param stepKey step id used in page ids. @param title the step's heading. @param fields the catalog.
 * @param record the step edits repeated records (adds a saved-records grid in some layouts).
 */
export function buildPages(stepKey: string, title: string, fields: CorpusField[], record: boolean): CorpusPage[] {
  return [
    { id: `${stepKey}/table-left`, docs: tableLeft(title, fields, 0, record) },
    { id: `${stepKey}/two-pairs`, docs: twoPairs(title, fields, 1) },
    { id: `${stepKey}/header-above`, docs: headerAbove(title, fields, 2, record) },
    { id: `${stepKey}/div-label-for`, docs: divLabelFor(title, fields, 3) },
    { id: `${stepKey}/wrap-labels`, docs: wrapLabels(title, fields, 4) },
    { id: `${stepKey}/aria-only`, docs: ariaOnly(title, fields, 5) },
    { id: `${stepKey}/nested-decor`, docs: nestedDecor(title, fields, 6) },
    { id: `${stepKey}/frame`, docs: framePage(title, fields, 7) },
  ];
}
