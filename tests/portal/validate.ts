import type { ApplicationStepId } from '../../lib/portal/step-ids';
import type { FormPost } from './http-body';
import { controlName, type FieldDef, type PageDef } from './pages';
import type { Values } from './render';
import { SPECIALTY_BY_COMMITTEE } from './vocab';

/**
 * Server-side validation of the practice portal, in the portal's wording: generic rules driven
 * by the page table (required, maxlength, date format) and the few per-step rules the seed and
 * spec/portal.md name (ID number, 社保 reason, record order fields).
 */

/**
 * The values a post carries for `fields` of `page`, by field key (files excluded; pickers also
 * give `<key>DM` from their hidden code input). Absent controls (e.g. a disabled textarea)
 * read as "".
 */
export function readValues(page: PageDef, fields: readonly FieldDef[], post: FormPost): Values {
  const values: Values = {};
  for (const f of fields) {
    if (f.kind === 'file') continue;
    values[f.key] = post.fields.get(controlName(page, f.id)) ?? '';
    if (f.kind === 'picker' && f.codeId) values[`${f.key}DM`] = post.fields.get(controlName(page, f.codeId)) ?? '';
  }
  return values;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Generic rules for `fields`: required (`*`), maxlength, `yyyy-MM-dd` dates.
 * @returns messages such as "姓名不能为空！"; empty when all pass. File fields are not checked here.
 */
export function fieldErrors(fields: readonly FieldDef[], values: Values): string[] {
  const errors: string[] = [];
  for (const f of fields) {
    if (f.kind === 'file') continue;
    const value = (f.kind === 'picker' ? values[`${f.key}DM`] : values[f.key]) ?? '';
    if (f.required && value.trim() === '') {
      errors.push(f.kind === 'select' || f.kind === 'radios' || f.kind === 'picker' || f.kind === 'date' ? `请选择${f.label}！` : `${f.label}不能为空！`);
      continue;
    }
    if (f.maxLength && (values[f.key] ?? '').length > f.maxLength) errors.push(`${f.label}不能超过${f.maxLength}个字！`);
    if (f.kind === 'date' && value !== '' && !DATE_RE.test(value)) errors.push(`${f.label}格式不正确（yyyy-MM-dd）！`);
  }
  return errors;
}

/** GB 11643-1999 check character of the first 17 digits. */
function idCheckChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return '10X98765432'[sum % 11] ?? '';
}

/** 基本信息: ID number (GB 11643), agreement of 出生日期/性别 with it, mobile, postcode, 认定专业 vs 评委会. */
function basicInfoErrors(values: Values): string[] {
  const errors: string[] = [];
  const id = values['SFZH'] ?? '';
  if (id !== '') {
    if (!/^\d{17}[\dX]$/.test(id)) errors.push('公民身份号码格式不正确！');
    else if (idCheckChar(id.slice(0, 17)) !== id[17]) errors.push('公民身份号码校验位不正确！');
    else {
      const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
      if (values['CSRQ'] && values['CSRQ'] !== birth) errors.push('出生日期与公民身份号码不一致！');
      const gender = Number(id[16]) % 2 === 1 ? '1' : '2';
      if (values['XB'] && values['XB'] !== gender) errors.push('性别与公民身份号码不一致！');
    }
  }
  const mobile = values['SJHM'] ?? '';
  if (mobile !== '' && !/^1[3-9]\d{9}$/.test(mobile)) errors.push('手机号码格式不正确！');
  const postcode = values['YZBM'] ?? '';
  if (postcode !== '' && !/^\d{6}$/.test(postcode)) errors.push('邮政编码应为6位数字！');
  const email = values['DZYX'] ?? '';
  if (email !== '' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) errors.push('电子邮箱格式不正确！');
  const specialty = values['RDZY'] ?? '';
  const allowed = SPECIALTY_BY_COMMITTEE[values['SBPWH'] ?? ''] ?? [];
  if (specialty !== '' && !allowed.some((o) => o.value === specialty)) errors.push('认定专业与申报评委会不对应，请重新选择！');
  return errors;
}

/** Records: 记录序号 a positive integer; 终止时间 not before 起始时间. */
function recordErrors(values: Values): string[] {
  const errors: string[] = [];
  const seq = values['seq'] ?? '';
  if (seq !== '' && !/^[1-9]\d*$/.test(seq)) errors.push('记录序号须为正整数！');
  const start = values['QSSJ'] ?? '';
  const end = values['ZZSJ'] ?? '';
  if (start && end && end < start) errors.push('终止时间不能早于起始时间！');
  return errors;
}

/** 主要专业技术工作经历: 是否缴纳社保 = 否 needs a reason (seed 3(5)). */
function workErrors(values: Values): string[] {
  return values['SFJNSB'] === '0' && (values['WJNYY'] ?? '').trim() === ''
    ? ['是否缴纳社保为“否”时，未缴纳社保原因必须填写！']
    : [];
}

/**
 * Every rule for one save of `stepId`'s form (generic plus the step's own).
 * @returns the messages; empty when the save may be kept.
 */
export function saveErrors(page: PageDef, values: Values): string[] {
  const step: ApplicationStepId = page.stepId;
  const errors = fieldErrors(page.fields, values);
  if (step === 'basic-info') errors.push(...basicInfoErrors(values));
  if (page.kind === 'records') errors.push(...recordErrors(values));
  if (step === 'work-experience') errors.push(...workErrors(values));
  return errors;
}
