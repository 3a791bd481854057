import type { RecordSection } from '../profile/schema';

/**
 * Field keys: what a control on the page means. Profile-backed keys are dotted paths into the
 * profile (`basic.idNumber`, `application.committee`); record keys name the section and the
 * record's property (`education.school` = `profile.education[i].school`). `page.*` keys are
 * controls that matter to guidance and checks but carry no profile value.
 *
 * The recogniser (lib/fields/recognize.ts) maps controls to these keys through the dictionary
 * (lib/fields/dictionary.ts); checks (lib/checks) read recognised page values by key.
 */
export const SCALAR_KEYS = [
  'application.level',
  'application.unitSupervisorType',
  'application.qualificationType',
  'application.qualificationName',
  'application.committee',
  'application.specialty',
  'basic.name',
  'basic.gender',
  'basic.birthDate',
  'basic.idNumber',
  'basic.ethnicity',
  'basic.politicalStatus',
  'basic.workStartDate',
  'basic.employer',
  'basic.employerCreditCode',
  'basic.currentPost',
  'basic.phone',
  'basic.mobile',
  'basic.email',
  'basic.address',
  'basic.postcode',
  'basic.highestEducation',
  'basic.highestDegree',
  'awards',
  'workSummary',
] as const;

export const RECORD_KEYS = [
  'qualificationHistory.seq',
  'qualificationHistory.name',
  'qualificationHistory.series',
  'qualificationHistory.specialty',
  'qualificationHistory.obtainedDate',
  'qualificationHistory.certificateNo',
  'qualificationHistory.approvedBy',
  'education.seq',
  'education.startDate',
  'education.endDate',
  'education.school',
  'education.major',
  'education.educationLevel',
  'education.degree',
  'education.studyMode',
  'education.certificateNo',
  'workHistory.seq',
  'workHistory.startDate',
  'workHistory.endDate',
  'workHistory.employer',
  'workHistory.post',
  'workHistory.duties',
  'workHistory.socialInsurancePaid',
  'workHistory.noSocialInsuranceReason',
  'achievements.seq',
  'achievements.startDate',
  'achievements.endDate',
  'achievements.title',
  'achievements.role',
  'achievements.content',
  'achievements.result',
  'publications.seq',
  'publications.kind',
  'publications.title',
  'publications.venue',
  'publications.issn',
  'publications.cn',
  'publications.publishedDate',
  'publications.authorRank',
  'annualReviews.seq',
  'annualReviews.year',
  'annualReviews.result',
] as const;

export const PAGE_KEYS = [
  /** 个人照片 file input (step 2). */
  'page.photo',
  /** 申报（评审）专业组: must be left empty (seed step 3(2)). */
  'page.reviewGroup',
  /** 附件上传 file input on record and certificate steps. */
  'page.attachmentFile',
  /** 选择上传附件名称 (step 10). */
  'page.attachmentName',
  /** 同意 tick at 完成并送审 (step 11). */
  'page.consent',
  /** 有无奖惩 有/无 (step 6): answered from 奖惩情况's text. */
  'page.awardsYesNo',
  /**
   * 奖励情况 and 处分情况 (step 6) where the page asks 奖惩情况 in two boxes: each must read 无。 when
   * empty (awards-empty); the profile's one 奖惩情况 text fills them only when it says none.
   */
  'page.rewards',
  'page.punishments',
  /** 证件类型 beside 证件号码 (step 2): 居民身份证, the document of the profile's 公民身份号码. */
  'page.idType',
  /**
   * 刊号 asked in one box (刊号, 刊号（ISSN/CN）, ISSN/CN号; step 8): the publication's ISSN and CN,
   * which the profile keeps apart, written as the box's label asks (lib/fill/plan.ts planJournalNo).
   */
  'page.journalNo',
] as const;

export type ScalarKey = (typeof SCALAR_KEYS)[number];
export type RecordKey = (typeof RECORD_KEYS)[number];
export type PageKey = (typeof PAGE_KEYS)[number];
export type FieldKey = ScalarKey | RecordKey | PageKey;

export const ALL_FIELD_KEYS: readonly FieldKey[] = [...SCALAR_KEYS, ...RECORD_KEYS, ...PAGE_KEYS];

/** The record section a record key belongs to, or null for scalar/page keys. */
export function recordSectionOf(key: FieldKey): RecordSection | null {
  if (!(RECORD_KEYS as readonly string[]).includes(key)) return null;
  return key.slice(0, key.indexOf('.')) as RecordSection;
}
