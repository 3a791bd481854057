import { z } from 'zod';
import { EDUCATION_LEVELS, GENDERS, LEVELS, QUALIFICATION_NAMES, REVIEW_RESULTS, STUDY_MODES } from './vocabulary';
import { normalizeIdNumber } from '../identifiers/gb11643';

/**
 * The applicant profile: everything the eleven steps ask for, in the shape of the public
 * `zc-profile` v1 exchange format (spec/profile-format.md, the `profile` object).
 *
 * Structural rules live here (types, date shapes, vocabularies). Content rules that an applicant
 * may legitimately be mid-way through (an ID whose check digit is wrong, an empty 工作小结) are
 * *checks* (lib/checks), so a half-finished profile still imports and the user sees findings
 * instead of a refused file. Every object is loose: unknown keys are kept and written back on
 * export (forward compatibility, spec/profile-format.md).
 */

/** `YYYY-MM-DD`, a real calendar day. */
export const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `YYYY-MM`, accepted on import for startDate / endDate / workStartDate (spec/profile-format.md). */
export const MONTH_RE = /^(\d{4})-(\d{2})$/;

function isRealDay(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function isRealMonth(value: string): boolean {
  const m = MONTH_RE.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

const DATE_MSG = '日期格式应为 YYYY-MM-DD';
const MONTH_OR_DATE_MSG = '日期格式应为 YYYY-MM-DD 或 YYYY-MM';

/** A `YYYY-MM-DD` date, or "" while not yet known. */
export const dateField = z.string().refine((v) => v === '' || isRealDay(v), { message: DATE_MSG });
/** A `YYYY-MM-DD` or `YYYY-MM` date, or "" while not yet known. Kept as written (lossless). */
export const monthOrDateField = z
  .string()
  .refine((v) => v === '' || isRealDay(v) || isRealMonth(v), { message: MONTH_OR_DATE_MSG });

/** Text that may be empty while the profile is being written. */
const text = z.string().default('');
/** A vocabulary value or "" (not chosen yet). */
const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z
    .string()
    .refine((v) => v === '' || (values as readonly string[]).includes(v), { message })
    .default('');

// The word lists live in ./vocabulary (zod-free, for the content script); re-exported here so
// the schema stays the one import for everything about a profile.
export {
  LEVELS,
  QUALIFICATION_NAMES,
  QUALIFICATION_NAMES_BY_LEVEL,
  COMMITTEE_BY_LEVEL,
  SPECIALTIES,
  GENDERS,
  EDUCATION_LEVELS,
  STUDY_MODES,
  REVIEW_RESULTS,
  type Level,
  type RecordSection,
} from './vocabulary';

/**
 * What to say of a 15-digit number of the first-generation card (GB 11643-1989, no check
 * character, 6-digit birth date): the portal and the 2nd-generation card use the 18-digit
 * number, which is not derived here — a converted number can differ from the one the public
 * security office issued (the card is what counts), so the applicant copies it from the card.
 * Used by the profile file's refusal (below) and the editor's inline message (lib/profile/field-checks.ts).
 * @param normalized the number as normalised (normalizeIdNumber)
 * @returns the sentence, or null when it is not 15 digits
 */
export function oldIdNumberMessage(normalized: string): string | null {
  return /^\d{15}$/.test(normalized)
    ? '这是 15 位的旧身份证号码（第一代身份证）。请改填现用身份证（第二代）上的 18 位号码，门户只认 18 位；助手不把 15 位号码自动换算，以身份证上印的为准。'
    : null;
}

export const applicationSchema = z.looseObject({
  track: z.string().default('初次职称考核认定'),
  level: choice(LEVELS, '申报级别应为 初级 或 中级'),
  unitSupervisorType: text,
  qualificationType: z.string().default('工程技术人员'),
  qualificationName: choice(QUALIFICATION_NAMES, '认定资格名称应为 技术员、助理工程师 或 工程师'),
  committee: text,
  specialty: text,
});

export const basicSchema = z.looseObject({
  name: text,
  gender: choice(GENDERS, '性别应为 男 或 女'),
  birthDate: dateField.default(''),
  // Normalised before its shape is checked (spec/portal.md §Identifier rules: full-width digits
  // and a lower-case x, as a Chinese IME types them; spaces, as pasted): the editor's GB 11643
  // check normalises alike (lib/profile/field-checks.ts), so what it accepts is never refused
  // here, and the ASCII number is what is stored; a refusal quotes the number as written
  // (probe 10c; breaker 31p F1).
  idNumber: z
    .string()
    .refine((v) => /^(\d{17}[\dX])?$/.test(normalizeIdNumber(v)), {
      error: (issue) => oldIdNumberMessage(normalizeIdNumber(String(issue.input))) ?? '公民身份号码应为 18 位（末位可为大写 X）',
    })
    .transform(normalizeIdNumber)
    .default(''),
  ethnicity: text,
  politicalStatus: text,
  workStartDate: monthOrDateField.default(''),
  employer: text,
  employerCreditCode: text,
  currentPost: text,
  phone: text,
  mobile: text,
  email: text,
  address: text,
  postcode: text,
  highestEducation: text,
  highestDegree: text,
});

const seq = z.number().int().min(1, '记录序号从 1 开始');

export const qualificationRecordSchema = z.looseObject({
  seq,
  name: text,
  series: text,
  specialty: text,
  obtainedDate: dateField.default(''),
  certificateNo: text,
  approvedBy: text,
});

export const educationRecordSchema = z.looseObject({
  seq,
  startDate: monthOrDateField.default(''),
  endDate: monthOrDateField.default(''),
  school: text,
  major: text,
  educationLevel: choice(EDUCATION_LEVELS, '学历应为规定的学历名称之一'),
  degree: text,
  studyMode: choice(STUDY_MODES, '学习形式应为 全日制 或 非全日制'),
  certificateNo: text,
});

export const workRecordSchema = z.looseObject({
  seq,
  startDate: monthOrDateField.default(''),
  /** null = 至今 (still in this post). */
  endDate: monthOrDateField.nullable().default(null),
  employer: text,
  post: text,
  duties: text,
  socialInsurancePaid: z.boolean().default(true),
  noSocialInsuranceReason: text,
});

export const achievementRecordSchema = z.looseObject({
  seq,
  startDate: monthOrDateField.default(''),
  endDate: monthOrDateField.nullable().default(''),
  title: text,
  role: text,
  content: text,
  result: text,
});

export const publicationRecordSchema = z.looseObject({
  seq,
  kind: text,
  title: text,
  venue: text,
  issn: text,
  cn: text,
  publishedDate: monthOrDateField.default(''),
  authorRank: z.number().int().min(1).optional(),
});

export const annualReviewSchema = z.looseObject({
  year: z.number().int().min(1950).max(2100),
  result: choice(REVIEW_RESULTS, '考核结果应为 优秀、合格、称职、基本称职 或 不称职'),
});

export const attachmentSchema = z.looseObject({
  name: z.string().min(1, '附件名称不能为空'),
  note: text,
});

/** Photo as carried in the file: a JPEG data URL. Stored internally as a Blob (lib/profile/db). */
export const photoSchema = z.looseObject({
  fileName: z.string().default('photo.jpg'),
  dataUrl: z.string().regex(/^data:image\/[a-z+.-]+;base64,[A-Za-z0-9+/=\s]*$/, '照片应为 data:image/…;base64 数据'),
});

export const profileSchema = z.looseObject({
  label: z.string().min(1, '档案名称不能为空'),
  application: applicationSchema.default(applicationSchema.parse({})),
  basic: basicSchema.default(basicSchema.parse({})),
  qualificationHistory: z.array(qualificationRecordSchema).default([]),
  education: z.array(educationRecordSchema).default([]),
  workHistory: z.array(workRecordSchema).default([]),
  awards: text,
  workSummary: text,
  achievements: z.array(achievementRecordSchema).default([]),
  publications: z.array(publicationRecordSchema).default([]),
  annualReviews: z.array(annualReviewSchema).default([]),
  attachments: z.array(attachmentSchema).default([]),
  photo: photoSchema.optional(),
});

export type Profile = z.infer<typeof profileSchema>;
export type ApplicationInfo = z.infer<typeof applicationSchema>;
export type BasicInfo = z.infer<typeof basicSchema>;
export type QualificationRecord = z.infer<typeof qualificationRecordSchema>;
export type EducationRecord = z.infer<typeof educationRecordSchema>;
export type WorkRecord = z.infer<typeof workRecordSchema>;
export type AchievementRecord = z.infer<typeof achievementRecordSchema>;
export type PublicationRecord = z.infer<typeof publicationRecordSchema>;
export type AnnualReview = z.infer<typeof annualReviewSchema>;
export type AttachmentItem = z.infer<typeof attachmentSchema>;

/**
 * A new, empty profile with every section present.
 * @param label the name shown in the profile list (non-empty).
 */
export function emptyProfile(label: string): Profile {
  return profileSchema.parse({ label });
}
