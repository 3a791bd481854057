import { z } from 'zod';
import { EDUCATION_LEVELS } from './profile/vocabulary';

/**
 * The zod schema of the eligibility rule table (lib/eligibility.ts ELIGIBILITY_RULES), kept
 * out of the rules module so the content script carries no zod (issue 9);
 * tests/unit/tables.test.ts parses the table with it and fails on a bad row.
 */
export const eligibilityRuleSchema = z.object({
  /** educationLevel values (lib/profile/vocabulary EDUCATION_LEVELS) this row covers. */
  education: z.array(z.enum(EDUCATION_LEVELS)).min(1),
  /** Professional work after graduation, in whole months (0 = any). */
  minMonths: z.number().int().min(0),
  /** The row also asks for professional results (业绩成果). */
  needsResults: z.boolean(),
  level: z.enum(['员级', '助理级', '中级']),
});

export const eligibilityTableSchema = z.array(eligibilityRuleSchema).min(1);

export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>;
