import type { ApplicationStepId } from '../../lib/portal/step-ids';
import type { FormPost } from './http-body';
import { controlName, nextPage, pageOf, STEP_PAGES, STEPS_WITH_ATTACHMENTS, UPLOAD_PAGE, type PageDef } from './pages';
import { photoErrors } from './photo-rules';
import {
  buttonHtml,
  displayValue,
  esc,
  EventValidation,
  formTableHtml,
  gridHtml,
  jsString,
  shellHtml,
  stepHeaderHtml,
  type FormContext,
  type Values,
} from './render';
import { page, redirect, type Handled } from './reply';
import { issueEventValidation, type Session } from './session';
import { fieldErrors, readValues, saveErrors } from './validate';
import { ATTACHMENT_NAMES_BY_STEP, QUALIFICATION_TYPE, SPECIALTY_BY_COMMITTEE, textOf, UNIT_SUPERVISOR_TYPE } from './vocab';

/**
 * Handlers of the eleven step pages and the 附件上传 page. Each GET renders the saved state;
 * each POST is one WebForms postback: the pressed button is found by its posted name, the
 * values are validated (validate.ts), kept in the session when valid, and the page is rendered
 * back (or redirected to the next step after 保存并下一步).
 */

/** A request to a step page (event validation already passed for posts). */
export interface StepRequest {
  session: Session;
  post: FormPost | null;
  query: URLSearchParams;
}

/** The canned record 获取历史数据 brings into 基本信息 (seed 3(1)); slightly out of date on purpose. */
const HISTORY_RECORD: Values = {
  XM: '李明远',
  XB: '1',
  SFZH: '440106199805120314',
  CSRQ: '1998-05-12',
  MZ: '01',
  ZZMM: '03',
  CJGZSJ: '2020-07-01',
  GZDW: '广州绿源环境监测技术有限公司',
  LXDH: '020-87654321',
  TXDZ: '广州市天河区五山路381号',
  YZBM: '510640',
  ZGXL: '21',
  ZGXW: '3',
};

const SAVED = '保存成功！';
const LOCKED = '您的申报材料已送审，不能再修改！';

/** Records-page state carried in `__VIEWSTATE`: list or form, and the row being edited. */
interface RecordView {
  mode: 'list' | 'edit';
  /** 记录序号 of the row being edited; absent when adding. */
  editing?: string;
}

function encodeView(view: RecordView): string {
  return `/wEP${Buffer.from(JSON.stringify(view)).toString('base64')}`;
}

function decodeView(post: FormPost): RecordView {
  const raw = post.fields.get('__VIEWSTATE') ?? '';
  try {
    const parsed = JSON.parse(Buffer.from(raw.replace(/^\/wEP/, ''), 'base64').toString('utf8')) as Partial<RecordView>;
    return { mode: parsed.mode === 'edit' ? 'edit' : 'list', ...(typeof parsed.editing === 'string' ? { editing: parsed.editing } : {}) };
  } catch {
    return { mode: 'list' };
  }
}

/** "当前申报：…" line shown on every step page (the series chosen before the steps). */
function seriesLine(session: Session): string {
  const s = session.series;
  if (!s) return '';
  return `当前申报：${s.level}初次职称考核认定　单位主管类型：${textOf(UNIT_SUPERVISOR_TYPE, s.unitSupervisorType)}　认定资格类型：${textOf(QUALIFICATION_TYPE, s.qualificationType)}`;
}

/** Which button of `page` the post pressed (by the submit control's posted name). */
function pressed(page: PageDef, post: FormPost, button: keyof PageDef['buttons']): boolean {
  return post.fields.has(controlName(page, page.buttons[button]));
}

interface RenderInput {
  body: string;
  ev: EventValidation;
  message: { text: string; ok: boolean } | null;
  viewState?: string;
  multipart?: boolean;
  endScript?: string;
  action?: string;
}

function renderStep(def: PageDef, session: Session, input: RenderInput): string {
  const fileName = def.path.split('/').pop() ?? def.path;
  return shellHtml({
    title: def.title,
    root: '../',
    action: input.action ?? fileName,
    multipart: input.multipart ?? false,
    ...(input.viewState ? { viewState: input.viewState } : {}),
    evToken: issueEventValidation(session, input.ev.allowed),
    ...(input.endScript ? { endScript: input.endScript } : {}),
    body: `${stepHeaderHtml(def, seriesLine(session), input.message)}\n${input.body}`,
  });
}

function errorMessage(errors: readonly string[]): { text: string; ok: boolean } {
  return { text: errors.join(' '), ok: false };
}

function formContext(def: PageDef, session: Session, values: Values, ev: EventValidation): FormContext {
  return { page: def, values, level: session.series?.level ?? '初级', ev };
}

function level(session: Session): '初级' | '中级' {
  return session.series?.level ?? '初级';
}

// ——— 获取历史数据 ———

function historyPage(def: PageDef, session: Session, message: RenderInput['message'], fetched: Values | null): string {
  const ev = new EventValidation();
  const basic = pageOf('basic-info');
  const rows = fetched
    ? basic.fields
        .filter((f) => fetched[f.key] !== undefined)
        .map((f) => [esc(f.label), esc(displayValue(f, fetched, level(session)))])
    : [];
  const table = fetched ? gridHtml(def, 'gvLSSJ', ['项目', '历史数据'], rows) : '';
  const body = `<table class="formtable" width="100%" cellspacing="1" cellpadding="4">
<tr><td class="tdl" align="right" width="22%">历史数据来源：</td><td class="tdr">广州市职称业务申报与管理系统（以往申报记录）</td></tr>
<tr><td class="tdl" align="right">获取内容：</td><td class="tdr">${buttonHtml(def, 'btnZGPSRYJBXX', '资格评审人员基本信息')}</td></tr>
</table>
${table}
<div class="buttons">${buttonHtml(def, def.buttons.next, '下一步')}</div>`;
  return renderStep(def, session, { body, ev, message });
}

function handleHistory(def: PageDef, req: StepRequest): Handled {
  const { session, post } = req;
  if (!post) return { reply: page(historyPage(def, session, null, null)) };
  if (pressed(def, post, 'next')) {
    session.completed.add(def.stepId);
    return { reply: redirect(`/vsgzhr/${pageOf('basic-info').path}`), save: { ok: true, errors: [] } };
  }
  if (post.fields.has(controlName(def, 'btnZGPSRYJBXX'))) {
    if (session.submittedAt) return { reply: page(historyPage(def, session, errorMessage([LOCKED]), null)), save: { ok: false, errors: [LOCKED] } };
    const saved = session.forms.get('basic-info') ?? {};
    const merged: Values = { ...saved };
    for (const [key, value] of Object.entries(HISTORY_RECORD)) if (!merged[key]) merged[key] = value;
    session.forms.set('basic-info', merged);
    const message = { text: '获取历史数据成功！请到“基本信息”逐项核对，如有变化请修改后保存。', ok: true };
    return { reply: page(historyPage(def, session, message, HISTORY_RECORD)), save: { ok: true, errors: [] } };
  }
  return { reply: page(historyPage(def, session, null, null)) };
}

// ——— single forms: 基本信息, 奖惩情况/工作小结 ———

function specialtyScript(): string {
  const table = Object.fromEntries(Object.entries(SPECIALTY_BY_COMMITTEE).map(([k, opts]) => [k, opts.map((o) => [o.value, o.text])]));
  return `<script type="text/javascript">var ZY_BY_PWH = ${JSON.stringify(table).replace(/</g, '\\u003c')};</script>`;
}

function singleFormPage(def: PageDef, session: Session, values: Values, message: RenderInput['message']): string {
  const ev = new EventValidation();
  const hasPhoto = def.fields.some((f) => f.kind === 'file');
  const ctx: FormContext = {
    ...formContext(def, session, values, ev),
    ...(hasPhoto && session.photo ? { photoUrl: `ShowPhoto.aspx?t=${session.photo.length}` } : {}),
  };
  const usesSpecialty = def.fields.some((f) => f.options === 'SPECIALTY');
  const photoButton = hasPhoto ? buttonHtml(def, 'btnSCZP', '上传照片') : '';
  const body = `${usesSpecialty ? specialtyScript() : ''}
${formTableHtml(def.fields, ctx)}
<div class="buttons">${photoButton}${buttonHtml(def, def.buttons.next, '保存并下一步')}</div>`;
  return renderStep(def, session, { body, ev, message, multipart: hasPhoto });
}

function handleSingleForm(def: PageDef, req: StepRequest): Handled {
  const { session, post } = req;
  const saved = session.forms.get(def.stepId) ?? {};
  if (!post) return { reply: page(singleFormPage(def, session, saved, null)) };
  const values = readValues(def, def.fields, post);
  const photoField = def.fields.find((f) => f.kind === 'file');
  const photo = photoField ? post.files.get(controlName(def, photoField.id)) : undefined;
  const errors: string[] = session.submittedAt ? [LOCKED] : [];
  if (photo && !session.submittedAt) {
    const problems = photoErrors(photo.bytes);
    if (problems.length) errors.push(...problems);
    else session.photo = photo.bytes;
  }
  if (photoField && post.fields.has(controlName(def, 'btnSCZP'))) {
    if (!photo) errors.push('请选择要上传的照片！');
    const message = errors.length ? errorMessage(errors) : { text: '照片上传成功！', ok: true };
    return { reply: page(singleFormPage(def, session, values, message)), save: { ok: errors.length === 0, errors } };
  }
  if (!pressed(def, post, 'next')) return { reply: page(singleFormPage(def, session, values, null)) };
  errors.push(...saveErrors(def, values));
  if (photoField?.required && !session.photo && !errors.some((e) => e.includes('照片'))) errors.push('请上传个人照片！');
  if (errors.length) return { reply: page(singleFormPage(def, session, values, errorMessage(errors))), save: { ok: false, errors } };
  session.forms.set(def.stepId, values);
  session.completed.add(def.stepId);
  const next = nextPage(def.stepId);
  return { reply: redirect(`/vsgzhr/${next ? next.path : def.path}`), save: { ok: true, errors: [] } };
}

// ——— repeated records ———

function rowsOf(session: Session, step: ApplicationStepId): Values[] {
  return session.records.get(step) ?? [];
}

function gridRowName(def: PageDef, index: number, button: 'btnEdit' | 'btnDel'): string {
  return controlName(def, `gvList$ctl${String(index + 2).padStart(2, '0')}$${button}`);
}

function recordsPage(def: PageDef, session: Session, view: RecordView, values: Values, message: RenderInput['message']): string {
  const ev = new EventValidation();
  const takesFiles = STEPS_WITH_ATTACHMENTS.includes(def.stepId);
  let body: string;
  if (view.mode === 'edit') {
    const heading = view.editing ? `修改记录（记录序号 ${esc(view.editing)}）` : '添加记录';
    body = `<div class="subtitle"><b>${heading}</b></div>
${formTableHtml(def.fields, formContext(def, session, values, ev))}
<div class="buttons">${buttonHtml(def, def.buttons.save, '保存')}${view.editing ? '' : buttonHtml(def, def.buttons.saveAdd, '保存并新增')}${buttonHtml(def, def.buttons.back, '返回')}</div>`;
  } else {
    const gridFields = def.fields.filter((f) => f.grid);
    const rows = rowsOf(session, def.stepId).map((row, i) => {
      const cells = gridFields.map((f) => esc(displayValue(f, row, level(session))));
      if (takesFiles) {
        const count = session.attachments.filter((a) => a.step === def.stepId && a.seq === row['seq']).length;
        cells.push(count ? `${count}个` : '<font color="red">未上传</font>');
      }
      const edit = `<input type="submit" name="${esc(gridRowName(def, i, 'btnEdit'))}" value="修改" class="button" />`;
      const del = `<input type="submit" name="${esc(gridRowName(def, i, 'btnDel'))}" value="删除" class="button" onclick="return confirm('确定要删除该记录吗？');" />`;
      cells.push(edit + del);
      return cells;
    });
    const headers = [...gridFields.map((f) => f.label), ...(takesFiles ? ['附件'] : []), '操作'];
    body = `${gridHtml(def, 'gvList', headers, rows)}
<div class="buttons">${buttonHtml(def, def.buttons.add, '添加')}${takesFiles ? buttonHtml(def, def.buttons.upload, '附件上传') : ''}${buttonHtml(def, def.buttons.next, '保存并下一步')}</div>`;
  }
  return renderStep(def, session, { body, ev, message, viewState: encodeView(view) });
}

function sortRows(rows: Values[]): Values[] {
  return rows.sort((a, b) => Number(a['seq']) - Number(b['seq']));
}

function handleRecords(def: PageDef, req: StepRequest): Handled {
  const { session, post } = req;
  const list: RecordView = { mode: 'list' };
  if (!post) return { reply: page(recordsPage(def, session, list, {}, null)) };
  const view = decodeView(post);
  const rows = rowsOf(session, def.stepId);
  const render = (v: RecordView, values: Values, message: RenderInput['message']) => page(recordsPage(def, session, v, values, message));

  const rowIndex = (button: 'btnEdit' | 'btnDel') => rows.findIndex((_, i) => post.fields.has(gridRowName(def, i, button)));
  const editIndex = rowIndex('btnEdit');
  if (editIndex >= 0) {
    const row = rows[editIndex] ?? {};
    return { reply: render({ mode: 'edit', editing: row['seq'] ?? '' }, row, null) };
  }
  const delIndex = rowIndex('btnDel');
  if (delIndex >= 0) {
    if (session.submittedAt) return { reply: render(list, {}, errorMessage([LOCKED])), save: { ok: false, errors: [LOCKED] } };
    rows.splice(delIndex, 1);
    session.records.set(def.stepId, rows);
    return { reply: render(list, {}, { text: '删除成功！', ok: true }), save: { ok: true, errors: [] } };
  }
  if (pressed(def, post, 'add')) return { reply: render({ mode: 'edit' }, {}, null) };
  if (pressed(def, post, 'back')) return { reply: render(list, {}, null) };
  if (pressed(def, post, 'upload')) return { reply: redirect(`/vsgzhr/${UPLOAD_PAGE.path}?lx=${def.stepId}`) };
  if (pressed(def, post, 'next')) {
    const errors = rows.length < def.minRows ? [`请至少添加${def.minRows}条记录！`] : [];
    if (errors.length) return { reply: render(list, {}, errorMessage(errors)), save: { ok: false, errors } };
    session.completed.add(def.stepId);
    const next = nextPage(def.stepId);
    return { reply: redirect(`/vsgzhr/${next ? next.path : def.path}`), save: { ok: true, errors: [] } };
  }
  const saveAndAdd = pressed(def, post, 'saveAdd');
  if (saveAndAdd || pressed(def, post, 'save')) {
    const values = readValues(def, def.fields, post);
    const errors = session.submittedAt ? [LOCKED] : saveErrors(def, values);
    const seq = values['seq'] ?? '';
    if (!errors.length && seq !== view.editing && rows.some((r) => r['seq'] === seq)) errors.push(`记录序号${seq}已存在，请重新填写！`);
    if (errors.length) return { reply: render(view.mode === 'edit' ? view : { mode: 'edit' }, values, errorMessage(errors)), save: { ok: false, errors } };
    const kept = view.editing ? rows.filter((r) => r['seq'] !== view.editing) : rows;
    session.records.set(def.stepId, sortRows([...kept, values]));
    const message = { text: SAVED, ok: true };
    return { reply: saveAndAdd ? render({ mode: 'edit' }, {}, message) : render(list, {}, message), save: { ok: true, errors: [] } };
  }
  return { reply: render(view, readValues(def, def.fields, post), null) };
}

// ——— 证书、证明材料 and the 附件上传 page ———

const ON_JOB_PROOF = '在岗在职证明材料';

function attachmentGrid(def: PageDef, session: Session, step: ApplicationStepId): string {
  const rows = session.attachments
    .filter((a) => a.step === step)
    .map((a) => [esc(a.name), esc(a.seq), esc(a.fileName), `${Math.ceil(a.size / 1024)}KB`, esc(a.at)]);
  return gridHtml(def, 'gvFJ', ['附件名称', '记录序号', '文件名称', '文件大小', '上传时间'], rows);
}

function certificatesPage(def: PageDef, session: Session, message: RenderInput['message']): string {
  const ev = new EventValidation();
  const body = `${attachmentGrid(def, session, def.stepId)}
<div class="buttons">${buttonHtml(def, def.buttons.upload, '附件上传')}${buttonHtml(def, def.buttons.next, '保存并下一步')}</div>`;
  return renderStep(def, session, { body, ev, message });
}

function handleCertificates(def: PageDef, req: StepRequest): Handled {
  const { session, post } = req;
  if (!post) return { reply: page(certificatesPage(def, session, null)) };
  if (pressed(def, post, 'upload')) return { reply: redirect(`/vsgzhr/${UPLOAD_PAGE.path}?lx=${def.stepId}`) };
  if (pressed(def, post, 'next')) {
    const has = session.attachments.some((a) => a.step === def.stepId && a.name === ON_JOB_PROOF);
    const errors = has ? [] : [`必须上传“${ON_JOB_PROOF}”！`];
    if (errors.length) return { reply: page(certificatesPage(def, session, errorMessage(errors))), save: { ok: false, errors } };
    session.completed.add(def.stepId);
    return { reply: redirect(`/vsgzhr/${pageOf('submit').path}`), save: { ok: true, errors: [] } };
  }
  return { reply: page(certificatesPage(def, session, null)) };
}

/** Files the upload page takes: jpg/pdf up to 5 MB (its 注意说明). */
const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

function uploadStepOf(query: URLSearchParams): ApplicationStepId {
  const lx = query.get('lx') ?? '';
  return STEPS_WITH_ATTACHMENTS.find((s) => s === lx) ?? 'certificates';
}

function uploadPage(session: Session, step: ApplicationStepId, values: Values, message: RenderInput['message']): string {
  const def = UPLOAD_PAGE;
  const ev = new EventValidation();
  const ctx: FormContext = { ...formContext(def, session, values, ev), uploadStep: step };
  const body = `<div class="series">上传项目：${esc(pageOf(step).title)}</div>
${formTableHtml(def.fields, ctx)}
<div class="buttons">${buttonHtml(def, def.buttons.upload, '上传')}${buttonHtml(def, def.buttons.back, '返回')}</div>
${attachmentGrid(def, session, step)}`;
  return renderStep(def, session, { body, ev, message, multipart: true, action: `FJSC.aspx?lx=${step}` });
}

function nowText(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/**
 * The 附件上传 page (`FJSC.aspx?lx=<step id>`): ① 选择上传附件名称 ② 记录序号 ③ file ④ 上传 ⑤ 返回.
 * @returns the page, or a redirect back to the step after 返回.
 */
export function handleUpload(req: StepRequest): Handled {
  const { session, post, query } = req;
  const def = UPLOAD_PAGE;
  const step = uploadStepOf(query);
  if (!post) return { reply: page(uploadPage(session, step, {}, null)) };
  if (pressed(def, post, 'back')) return { reply: redirect(`/vsgzhr/${pageOf(step).path}`) };
  if (!pressed(def, post, 'upload')) return { reply: page(uploadPage(session, step, readValues(def, def.fields, post), null)) };
  const values = readValues(def, def.fields, post);
  const file = post.files.get(controlName(def, 'FileUpload1'));
  const errors = session.submittedAt ? [LOCKED] : fieldErrors(def.fields, values);
  if (values['JLXH'] && !/^[1-9]\d*$/.test(values['JLXH'])) errors.push('记录序号须为正整数！');
  if (!file) errors.push('请选择要上传的文件！');
  else if (!/\.(jpe?g|pdf)$/i.test(file.fileName)) errors.push('只能上传jpg或pdf格式的文件！');
  else if (file.bytes.length > MAX_ATTACHMENT_BYTES) errors.push('上传文件不能超过5M！');
  if (errors.length || !file) return { reply: page(uploadPage(session, step, values, errorMessage(errors))), save: { ok: false, errors } };
  session.attachments.push({
    step,
    name: textOf(ATTACHMENT_NAMES_BY_STEP[step] ?? [], values['FJMC'] ?? ''),
    seq: values['JLXH'] ?? '',
    fileName: file.fileName,
    size: file.bytes.length,
    at: nowText(),
  });
  return { reply: page(uploadPage(session, step, {}, { text: '上传成功！', ok: true })), save: { ok: true, errors: [] } };
}

// ——— 完成并送审 ———

/** Steps that must be completed before 送审 is accepted. */
const REQUIRED_FOR_SUBMIT: readonly ApplicationStepId[] = [
  'basic-info',
  'education',
  'work-experience',
  'awards-summary',
  'achievements',
  'annual-review',
  'certificates',
];

function submitPage(def: PageDef, session: Session, message: RenderInput['message'], endScript?: string): string {
  const ev = new EventValidation();
  const rows = STEP_PAGES.filter((p) => p.kind !== 'submit').map((p, i) => {
    const done = session.completed.has(p.stepId);
    const required = REQUIRED_FOR_SUBMIT.includes(p.stepId);
    return [String(i + 1), esc(p.title), required ? '必填' : '选填', done ? '已完成' : '<font color="red">未完成</font>'];
  });
  const checkbox = controlName(def, 'chkTY');
  const agreeId = checkbox.replace(/\$/g, '_');
  const submitted = session.submittedAt
    ? `<div class="series"><b>申报状态：已送审（${esc(session.submittedAt)}）</b></div>`
    : '';
  const body = `${gridHtml(def, 'gvWCQK', ['序号', '填报项目', '要求', '状态'], rows)}
${submitted}
<table class="formtable" width="100%" cellspacing="1" cellpadding="4">
<tr><td class="tdr">本人承诺：所填报的个人信息及提交的证书、证明材料真实、准确、完整，如有弄虚作假，愿承担相应责任。</td></tr>
<tr><td class="tdr"><input id="${esc(agreeId)}" type="checkbox" name="${esc(checkbox)}"${session.submittedAt ? ' checked="checked" disabled="disabled"' : ''} /><label for="${esc(agreeId)}">同意</label></td></tr>
</table>
<div class="buttons">${buttonHtml(def, 'btnSS', '送审', `return confirm('${jsString('送审后将不能再修改申报信息，确定送审吗？')}');`)}</div>`;
  return renderStep(def, session, { body, ev, message, ...(endScript ? { endScript } : {}) });
}

function handleSubmit(def: PageDef, req: StepRequest, onSubmit: () => void): Handled {
  const { session, post } = req;
  if (!post || !post.fields.has(controlName(def, 'btnSS'))) return { reply: page(submitPage(def, session, null)) };
  const errors: string[] = [];
  if (session.submittedAt) errors.push('您的申报材料已送审，请勿重复送审！');
  else {
    if (post.fields.get(controlName(def, 'chkTY')) !== 'on') errors.push('请先阅读承诺并选择“同意”！');
    const missing = REQUIRED_FOR_SUBMIT.filter((s) => !session.completed.has(s)).map((s) => pageOf(s).title);
    if (missing.length) errors.push(`以下项目尚未完成：${missing.join('、')}！`);
  }
  if (errors.length) return { reply: page(submitPage(def, session, errorMessage(errors))), save: { ok: false, errors } };
  session.submittedAt = nowText();
  session.completed.add(def.stepId);
  onSubmit();
  const message = { text: '送审成功！', ok: true };
  return { reply: page(submitPage(def, session, message, `alert('送审成功！');`)), save: { ok: true, errors: [] } };
}

/**
 * Serves a step page (GET renders, POST is a postback).
 * @param onSubmit called once for every accepted 送审.
 */
export function handleStep(def: PageDef, req: StepRequest, onSubmit: () => void): Handled {
  switch (def.kind) {
    case 'history': return handleHistory(def, req);
    case 'form': return handleSingleForm(def, req);
    case 'records': return handleRecords(def, req);
    case 'certificates': return handleCertificates(def, req);
    case 'submit': return handleSubmit(def, req, onSubmit);
  }
}
