/**
 * The repeated-record sections of the profile and the application steps that hold them
 * (spec/portal.md steps 3, 4, 5, 7, 8, 9), with the Chinese names shown in fill sources.
 * Validated by tests/unit/tables.test.ts with ./sections.schema.ts.
 */
import type { RecordSection } from '../profile/schema';
import type { StepId } from '../portal/step-ids';

/** Which step shows each record section's form. */
export const SECTION_STEP: Record<RecordSection, StepId> = {
  qualificationHistory: 'qualification-history',
  education: 'education',
  workHistory: 'work-experience',
  achievements: 'achievements',
  publications: 'publications',
  annualReviews: 'annual-review',
};

/** The record steps: their pages list saved records in a grid over the form for a new one. */
export const RECORD_STEPS: readonly StepId[] = Object.values(SECTION_STEP);

/** Chinese section names for "档案 · 学历 第 2 条 · 学校"-style sources. */
export const SECTION_TITLE: Record<RecordSection, string> = {
  qualificationHistory: '专业技术资格',
  education: '学历',
  workHistory: '工作经历',
  achievements: '业绩成果',
  publications: '论文著作',
  annualReviews: '年度考核',
};

/**
 * The record section a step edits.
 * @param step a step id. @returns the section, or null for non-record steps.
 */
export function sectionOfStep(step: StepId): RecordSection | null {
  for (const [section, s] of Object.entries(SECTION_STEP) as [RecordSection, StepId][]) if (s === step) return section;
  return null;
}
