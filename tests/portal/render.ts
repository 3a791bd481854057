import { controlId, controlName, type FieldDef, type PageDef } from './pages';
import {
  ALL_SPECIALTIES,
  ATTACHMENT_NAMES_BY_STEP,
  COMMITTEE,
  DEGREE,
  EDUCATION_LEVEL,
  ETHNICITY,
  GENDER,
  POLITICAL_STATUS,
  PUBLICATION_KIND,
  QUALIFICATION_NAME_BY_LEVEL,
  REVIEW_RESULT,
  REVIEW_YEAR,
  ROLE,
  SPECIALTY_BY_COMMITTEE,
  STUDY_MODE,
  YES_NO,
  type Option,
} from './vocab';

/**
 * HTML generation for the practice portal: IE-era WebForms markup (XHTML transitional, table
 * layout, `__VIEWSTATE` / `__EVENTVALIDATION` hidden fields, GridView tables). Everything is
 * built from the page table of pages.ts; nothing here knows a particular step's fields.
 */

/** Form values of one page or record, by field key (pickers also keep `<key>DM`, the code). */
export type Values = Record<string, string>;

/** HTML-escapes text for element content and double-quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Escapes text for a single-quoted JavaScript string inside an HTML attribute or script. */
export function jsString(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/</g, '\\x3c');
}

/**
 * Collects, while a page renders, the values each `<select>` / radio list may post back; the
 * server keeps the map under a token and rejects a post whose value was not rendered
 * (ASP.NET event validation, spec/portal.md).
 */
export class EventValidation {
  readonly allowed: Record<string, string[]> = {};
  /** Records that control `name` rendered `values`. */
  register(name: string, values: readonly string[]): void {
    this.allowed[name] = [...(this.allowed[name] ?? []), ...values];
  }
}

/** What rendering a form needs besides the page table. */
export interface FormContext {
  page: PageDef;
  values: Values;
  level: '初级' | '中级';
  ev: EventValidation;
  /** The step whose attachment names the upload page lists. */
  uploadStep?: string;
  /** URL of the saved photo, shown next to the file input. */
  photoUrl?: string;
}

/**
 * The options a select or radio list shows, given the form's state.
 * @throws Error when the field has no option source (a page-table mistake).
 */
export function optionsFor(field: FieldDef, ctx: Pick<FormContext, 'level' | 'values' | 'uploadStep'>): Option[] {
  switch (field.options) {
    case 'GENDER': return GENDER;
    case 'ETHNICITY': return ETHNICITY;
    case 'POLITICAL_STATUS': return POLITICAL_STATUS;
    case 'EDUCATION_LEVEL': return EDUCATION_LEVEL;
    case 'DEGREE': return DEGREE;
    case 'STUDY_MODE': return STUDY_MODE;
    case 'REVIEW_RESULT': return REVIEW_RESULT;
    case 'REVIEW_YEAR': return REVIEW_YEAR;
    case 'YES_NO': return YES_NO;
    case 'COMMITTEE': return COMMITTEE;
    case 'ROLE': return ROLE;
    case 'PUBLICATION_KIND': return PUBLICATION_KIND;
    case 'QUALIFICATION_NAME': return QUALIFICATION_NAME_BY_LEVEL[ctx.level];
    case 'SPECIALTY': return SPECIALTY_BY_COMMITTEE[ctx.values['SBPWH'] ?? ''] ?? [];
    case 'ATTACHMENT_NAME': return ATTACHMENT_NAMES_BY_STEP[ctx.uploadStep ?? ''] ?? [];
    case undefined: throw new Error(`field ${field.id} has no options`);
  }
}

/** Option text with the padding the portal's code tables carry (`&nbsp;` or full-width spaces). */
function paddedText(text: string, pad: PageDef['pad']): string {
  return pad === 'nbsp' ? `&nbsp;&nbsp;${esc(text)}&nbsp;` : `　${esc(text)}`;
}

/** `<select>` with the "--请选择--" prompt first; registers the rendered values. */
export function selectHtml(
  name: string,
  id: string,
  options: readonly Option[],
  selected: string,
  pad: PageDef['pad'],
  ev: EventValidation,
  extra = '',
): string {
  ev.register(name, ['', ...options.map((o) => o.value)]);
  const items = options.map(
    (o) => `<option${o.value === selected ? ' selected="selected"' : ''} value="${esc(o.value)}">${paddedText(o.text, pad)}</option>`,
  );
  return `<select name="${esc(name)}" id="${esc(id)}"${extra}>\n\t<option value="">--请选择--</option>\n\t${items.join('\n\t')}\n</select>`;
}

/** One control of a form, by kind. */
function controlHtml(field: FieldDef, ctx: FormContext): string {
  const { page, values, ev } = ctx;
  const name = controlName(page, field.id);
  const id = controlId(page, field.id);
  const value = values[field.key] ?? '';
  const maxlength = field.maxLength ? ` maxlength="${field.maxLength}"` : '';
  const onchange = field.onchange ? ` onchange="${esc(field.onchange)}"` : '';
  switch (field.kind) {
    case 'text': {
      const box = `<input name="${esc(name)}" type="text" value="${esc(value)}"${maxlength} id="${esc(id)}" class="input"${onchange} />`;
      const modal = field.modalChooser;
      if (!modal) return box;
      return `${box}<input type="button" value="..." class="btnpick" title="从单位库选择" onclick="OpenModalChooser('${jsString(modal.table)}','${jsString(id)}','${jsString(controlId(page, modal.codeField))}')" />`;
    }
    case 'date':
      return `<input name="${esc(name)}" type="text" value="${esc(value)}" readonly="readonly" id="${esc(id)}" class="Wdate" onclick="WdatePicker({el:this,dateFmt:'yyyy-MM-dd'})"${onchange} />`;
    case 'textarea': {
      const counter = field.maxLength && field.maxLength >= 1000
        ? `<br /><span class="tip">（限${field.maxLength}字，还可输入<span id="${esc(id)}_left">${field.maxLength - value.length}</span>字）</span>`
        : '';
      const rows = field.maxLength && field.maxLength >= 1000 ? 8 : 3;
      return `<textarea name="${esc(name)}" rows="${rows}" cols="70" id="${esc(id)}"${maxlength} onkeyup="CountLeft(this)"${onchange}>${esc(value)}</textarea>${counter}`;
    }
    case 'select':
      // The 认定专业 list is refilled in the browser when 申报评委会 changes, so every
      // committee's specialties are registered (RegisterForEventValidation in WebForms).
      if (field.options === 'SPECIALTY') ev.register(name, ALL_SPECIALTIES.map((o) => o.value));
      return selectHtml(name, id, optionsFor(field, ctx), value, page.pad, ev, onchange);
    case 'radios': {
      const options = optionsFor(field, ctx);
      ev.register(name, options.map((o) => o.value));
      const cells = options.map((o, i) => {
        const checked = o.value === value ? ' checked="checked"' : '';
        return `<td><input id="${esc(id)}_${i}" type="radio" name="${esc(name)}" value="${esc(o.value)}"${checked}${field.onchange ? ` onclick="${esc(field.onchange)}"` : ''} /><label for="${esc(id)}_${i}">${esc(o.text)}</label></td>`;
      });
      return `<table id="${esc(id)}" border="0"><tr>${cells.join('')}</tr></table>`;
    }
    case 'picker': {
      const codeId = field.codeId ?? '';
      const code = values[`${field.key}DM`] ?? '';
      return (
        `<input name="${esc(name)}" type="text" value="${esc(value)}" readonly="readonly" id="${esc(id)}" class="input readonly" />` +
        `<input type="hidden" name="${esc(controlName(page, codeId))}" id="${esc(controlId(page, codeId))}" value="${esc(code)}" />` +
        `<input type="button" value="..." class="btnpick" onclick="OpenChooser('${jsString(field.chooser ?? '')}','${jsString(id)}','${jsString(controlId(page, codeId))}')" />`
      );
    }
    case 'file': {
      const photo = ctx.photoUrl ? `<img src="${esc(ctx.photoUrl)}" id="${esc(controlId(page, 'imgZP'))}" width="90" height="126" alt="照片" style="border:1px solid #999" /><br />` : '';
      return `${photo}<input type="file" name="${esc(name)}" id="${esc(id)}" class="file" />`;
    }
  }
}

/** A label: required mark, text, trailing `：` (header cells go without the colon). */
function labelHtml(field: FieldDef, page: PageDef, colon = true): string {
  const text = esc(field.label) + (colon ? '：' : '');
  if (!field.required) return text;
  return page.requiredMark === 'font' ? `<font color="red">*</font>${text}` : `*${text}`;
}

/**
 * The form table of `fields`, laid out the way `ctx.page.layout` says:
 * `label-cell` (label in the previous cell), `two-pairs` (two label/field pairs per row),
 * `header-above` (header row of labels over a row of controls), `label-above`.
 */
export function formTableHtml(fields: readonly FieldDef[], ctx: FormContext): string {
  const { page } = ctx;
  const rows: string[] = [];
  switch (page.layout) {
    case 'label-cell':
      for (const f of fields) rows.push(`<tr><td class="tdl" align="right" width="22%">${labelHtml(f, page)}</td><td class="tdr">${controlHtml(f, ctx)}</td></tr>`);
      break;
    case 'two-pairs': {
      let pending: string[] = [];
      const flush = () => {
        if (pending.length) rows.push(`<tr>${pending.join('')}${pending.length === 1 ? '<td class="tdl"></td><td class="tdr"></td>' : ''}</tr>`);
        pending = [];
      };
      for (const f of fields) {
        const pair = `<td class="tdl" align="right">${labelHtml(f, page)}</td><td class="tdr"${f.wide ? ' colspan="3"' : ''}>${controlHtml(f, ctx)}</td>`;
        if (f.wide) {
          flush();
          rows.push(`<tr>${pair}</tr>`);
        } else {
          pending.push(pair);
          if (pending.length === 2) flush();
        }
      }
      flush();
      break;
    }
    case 'header-above':
      for (let i = 0; i < fields.length; i += 4) {
        const chunk = fields.slice(i, i + 4);
        rows.push(`<tr class="thead">${chunk.map((f) => `<th>${labelHtml(f, page, false)}</th>`).join('')}</tr>`);
        rows.push(`<tr>${chunk.map((f) => `<td align="center">${controlHtml(f, ctx)}</td>`).join('')}</tr>`);
      }
      break;
    case 'label-above':
      for (const f of fields) {
        rows.push(`<tr><td class="tdl" align="left"><b>${labelHtml(f, page)}</b></td></tr>`);
        rows.push(`<tr><td class="tdr">${controlHtml(f, ctx)}</td></tr>`);
      }
      break;
  }
  return `<table class="formtable" width="100%" border="0" cellspacing="1" cellpadding="4">\n${rows.join('\n')}\n</table>`;
}

/** A submit button of `page`. */
export function buttonHtml(page: PageDef, id: string, text: string, onclick?: string): string {
  return `<input type="submit" name="${esc(controlName(page, id))}" value="${esc(text)}" id="${esc(controlId(page, id))}" class="button"${onclick ? ` onclick="${esc(onclick)}"` : ''} />`;
}

/** The display text of a stored value (code → option text for selects and radios). */
export function displayValue(field: FieldDef, values: Values, level: '初级' | '中级'): string {
  const value = values[field.key] ?? '';
  if (field.kind === 'select' || field.kind === 'radios') {
    return optionsFor(field, { level, values }).find((o) => o.value === value)?.text ?? value;
  }
  return value;
}

/** A GridView-like table: a header row, then one row per record. */
export function gridHtml(page: PageDef, gridId: string, headers: readonly string[], rows: readonly string[][]): string {
  const head = `<tr class="gridhead">${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr>`;
  const body = rows.length
    ? rows.map((cells, i) => `<tr class="${i % 2 ? 'gridalt' : 'gridrow'}">${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    : [`<tr class="gridrow"><td colspan="${headers.length}" align="center">暂无记录</td></tr>`];
  return `<table class="grid" cellspacing="0" rules="all" border="1" id="${esc(controlId(page, gridId))}" style="width:100%;border-collapse:collapse;">\n${head}\n${body.join('\n')}\n</table>`;
}

/** What a full page needs besides its body. */
export interface ShellInput {
  title: string;
  body: string;
  /** Form action (relative URL) and whether it posts files. */
  action: string;
  multipart?: boolean;
  viewState?: string;
  evToken?: string;
  /** Extra script run at the end (e.g. an alert after 送审). */
  endScript?: string;
  /** Relative prefix to /vsgzhr/ from the page's folder, e.g. `../`. */
  root: string;
}

/** A complete WebForms page: doctype, head, the `aspnetForm` with its hidden fields. */
export function shellHtml(input: ShellInput): string {
  const enctype = input.multipart ? ' enctype="multipart/form-data"' : '';
  const ev = input.evToken
    ? `<div class="aspNetHidden">\n\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="${esc(input.evToken)}" />\n</div>\n`
    : '';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE8" />
<title>${esc(input.title)}</title>
<link href="${input.root}css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="${input.root}js/common.js"></script>
<script type="text/javascript" src="${input.root}js/WdatePicker.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="${esc(input.action)}" id="aspnetForm"${enctype}>
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${esc(input.viewState ?? '/wEPDwUKMTY1NDU2MTA1MmRk')}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
${input.body}
${ev}</form>
${input.endScript ? `<script type="text/javascript">\n//<![CDATA[\n${input.endScript}\n//]]>\n</script>\n` : ''}</body>
</html>
`;
}

/** Heading, red 注意说明, the session's series line and the message label of a step page. */
export function stepHeaderHtml(page: PageDef, seriesLine: string, message: { text: string; ok: boolean } | null): string {
  const msg = message
    ? `<span id="${esc(controlId(page, 'lblMsg'))}" style="color:${message.ok ? 'Blue' : 'Red'};font-weight:bold;">${esc(message.text)}</span>`
    : `<span id="${esc(controlId(page, 'lblMsg'))}" style="color:Red;font-weight:bold;"></span>`;
  return `<table width="100%" border="0" cellspacing="0" cellpadding="0" class="titlebar">
<tr><td class="ptitle">&nbsp;${esc(page.title)}</td></tr>
</table>
<div class="series">${esc(seriesLine)}</div>
<div class="notice"><span id="${esc(controlId(page, 'lblZYSM'))}" style="color:Red;">${esc(page.notice)}</span></div>
<div class="msg">${msg}</div>`;
}
