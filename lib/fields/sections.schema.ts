import { z } from 'zod';
import { APPLICATION_STEP_IDS } from '../portal/step-ids';
import type { RecordSection } from '../profile/vocabulary';

/**
 * The zod schema of the record-section tables (lib/fields/sections.ts SECTION_STEP and
 * SECTION_TITLE): every record section of the profile has exactly one application step, no
 * two sections share a step, and every section has the message name of its short title. Kept out of the table
 * module so the content script carries no zod (issue 9); tests/unit/tables.test.ts parses the
 * tables with it.
 */
const RECORD_SECTIONS = ['qualificationHistory', 'education', 'workHistory', 'achievements', 'publications', 'annualReviews'] as const satisfies readonly RecordSection[];

export const sectionStepSchema = z
  .strictObject(Object.fromEntries(RECORD_SECTIONS.map((s) => [s, z.enum(APPLICATION_STEP_IDS)])) as Record<RecordSection, z.ZodEnum<{ [K in (typeof APPLICATION_STEP_IDS)[number]]: K }>>)
  .refine((table) => new Set(Object.values(table)).size === RECORD_SECTIONS.length, { message: 'two sections share one step' });

export const sectionTitleSchema = z.strictObject(
  Object.fromEntries(RECORD_SECTIONS.map((s) => [s, z.string().min(1)])) as Record<RecordSection, z.ZodString>,
);
