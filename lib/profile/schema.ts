import { z } from 'zod';
import { EDUCATION_LEVELS, GENDERS, LEVELS, QUALIFICATION_NAMES, REVIEW_RESULTS, STUDY_MODES } from './vocabulary';
import { normalizeIdNumber } from '../identifiers/gb11643';
import type { MessageKey } from '../i18n/t';

/**
 * The applicant profile: everything the eleven steps ask for, in the shape of the public
 * `zc-profile` v1 exchange format (spec/profile-format.md, the `profile` object).
 *
 * Structural rules live here (types, date shapes, vocabularies). Content rules that an applicant
 * may legitimately be mid-way through (an ID whose check digit is wrong, an empty 工作小结) are
 * *checks* (lib/checks), so a half-finished profile still imports and the user sees findings
 * instead of a refused file. Every object is loose: unknown keys are kept and written back on
 * export (forward compatibility, spec/profile-format.md).
 *
 * The rules' messages are message names of public/_locales (MessageKey), not texts: the schema
 * stays free of the browser (scripts and unit tests parse with it), and lib/profile/issues.ts
 * words them in the UI's language (parseWithIssues).
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

/** A rule's message: a message name, worded by lib/profile/issues.ts. */
const msg = (key: MessageKey) => ({ message: key });

/** A `YYYY-MM-DD` date, or "" while not yet known. */
export const dateField = z.string().refine((v) => v === '' || isRealDay(v), msg('profile_date'));
/** A `YYYY-MM-DD` or `YYYY-MM` date, or "" while not yet known. Kept as written (lossless). */
export const monthOrDateField = z
  .string()
  .refine((v) => v === '' || isRealDay(v) || isRealMonth(v), msg('profile_month_or_date'));

/** Text that may be empty while the profile is being written. */
const text = z.string().default('');
/** A vocabulary value or "" (not chosen yet). */
const choice = <T extends readonly [string, ...string[]]>(values: T, message: MessageKey) =>
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
 * @returns the sentence's message name (`profile_id_old`), or null when it is not 15 digits
 */
export function oldIdNumberMessage(normalized: string): MessageKey | null {
  return /^\d{15}$/.test(normalized) ? 'profile_id_old' : null;
}

export const applicationSchema = z.looseObject({
  track: z.string().default('初次职称考核认定'),
  level: choice(LEVELS, 'profile_level'),
  unitSupervisorType: text,
  qualificationType: z.string().default('工程技术人员'),
  qualificationName: choice(QUALIFICATION_NAMES, 'profile_qualification_name'),
  committee: text,
  specialty: text,
});

export const basicSchema = z.looseObject({
  name: text,
  gender: choice(GENDERS, 'profile_gender'),
  birthDate: dateField.default(''),
  // Normalised before its shape is checked (spec/portal.md §Identifier rules: full-width digits
  // and a lower-case x, as a Chinese IME types them; spaces, as pasted): the editor's GB 11643
  // check normalises alike (lib/profile/field-checks.ts), so what it accepts is never refused
  // here, and the ASCII number is what is stored; a refusal quotes the number as written
  // (probe 10c; breaker 31p F1).
  idNumber: z
    .string()
    .refine((v) => /^(\d{17}[\dX])?$/.test(normalizeIdNumber(v)), {
      error: (issue) => oldIdNumberMessage(normalizeIdNumber(String(issue.input))) ?? ('profile_id_shape' satisfies MessageKey),
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

const seq = z.number().int().min(1, msg('profile_seq_min'));

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
  educationLevel: choice(EDUCATION_LEVELS, 'profile_education_level'),
  degree: text,
  studyMode: choice(STUDY_MODES, 'profile_study_mode'),
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
  result: choice(REVIEW_RESULTS, 'profile_review_result'),
});

export const attachmentSchema = z.looseObject({
  name: z.string().min(1, msg('profile_attachment_name')),
  note: text,
});

/** Photo as carried in the file: a JPEG data URL. Stored internally as a Blob (lib/profile/db). */
export const photoSchema = z.looseObject({
  fileName: z.string().default('photo.jpg'),
  dataUrl: z.string().regex(/^data:image\/[a-z+.-]+;base64,[A-Za-z0-9+/=\s]*$/, msg('profile_photo_data')),
});

export const profileSchema = z.looseObject({
  label: z.string().min(1, msg('profile_label_empty')),
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
