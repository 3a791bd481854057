/**
 * The repeated-record sections of the profile and the application steps that hold them
 * (spec/portal.md steps 3, 4, 5, 7, 8, 9), with the short names shown in fill sources.
 * Validated by tests/unit/tables.test.ts with ./sections.schema.ts.
 */
import type { RecordSection } from '../profile/schema';
import type { StepId } from '../portal/step-ids';
import { t, type MessageKey } from '../i18n/t';

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

/**
 * The message of each section's short name, for "档案 · 学历 第 2 条 · 学校"-style sources
 * (学历 / Education): the names live in public/_locales, so an English browser reads them in English.
 */
export const SECTION_TITLE: Record<RecordSection, MessageKey> = {
  qualificationHistory: 'record_section_qualification_history',
  education: 'record_section_education',
  workHistory: 'record_section_work_history',
  achievements: 'record_section_achievements',
  publications: 'record_section_publications',
  annualReviews: 'record_section_annual_reviews',
};

/**
 * A record section's short name in the UI's language.
 * @param section a record section. @returns e.g. "学历" (zh_CN), "Education" (en).
 */
export function sectionTitle(section: RecordSection): string {
  return t(SECTION_TITLE[section]);
}

/**
 * The record section a step edits.
 * @param step a step id. @returns the section, or null for non-record steps.
 */
export function sectionOfStep(step: StepId): RecordSection | null {
  for (const [section, s] of Object.entries(SECTION_STEP) as [RecordSection, StepId][]) if (s === step) return section;
  return null;
}
