/**
 * The profile's fixed vocabularies (spec/profile-format.md §Vocabularies; seed step 3(2)), as
 * plain constants. Kept apart from the zod profile schema (lib/profile/schema.ts, which
 * re-exports them and builds its `choice` fields from them) so the content script can use the
 * word lists without carrying zod (issue 9: content script ≤ 50 KB gzip).
 */

export const LEVELS = ['初级', '中级'] as const;
export type Level = (typeof LEVELS)[number];
export const QUALIFICATION_NAMES = ['技术员', '助理工程师', '工程师'] as const;
/** 认定资格名称 allowed per level (seed step 3(2); spec/portal.md step 2). */
export const QUALIFICATION_NAMES_BY_LEVEL: Record<Level, readonly string[]> = {
  初级: ['技术员', '助理工程师'],
  中级: ['工程师'],
};
/** 申报评委会 per level (seed step 3(2)). */
export const COMMITTEE_BY_LEVEL: Record<Level, string> = {
  初级: '广州市工程系列生态环境专业初级职称评审委员会',
  中级: '广州市工程系列生态环境专业中级职称评审委员会',
};
/** 认定专业 under 工程系列生态环境 (Guangdong standard, spec/profile-format.md). */
export const SPECIALTIES = ['生态环境工程', '生态环境管理与咨询', '生态环境监测'] as const;
export const GENDERS = ['男', '女'] as const;
/** educationLevel vocabulary, highest first (spec/profile-format.md). */
export const EDUCATION_LEVELS = [
  '博士研究生',
  '硕士研究生',
  '研究生班',
  '双学士',
  '大学本科',
  '大学专科',
  '预备技师班',
  '高级技工班',
  '中专',
  '中级技工班',
  '技工院校',
] as const;
export const STUDY_MODES = ['全日制', '非全日制'] as const;
export const REVIEW_RESULTS = ['优秀', '合格', '称职', '基本称职', '不称职'] as const;

/** The names of the profile's repeated sections (steps 3, 4, 5, 7, 8, 9). */
export type RecordSection =
  | 'qualificationHistory'
  | 'education'
  | 'workHistory'
  | 'achievements'
  | 'publications'
  | 'annualReviews';
