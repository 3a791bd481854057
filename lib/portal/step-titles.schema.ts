import { z } from 'zod';
import { ALL_STEP_IDS, type StepId } from './step-ids';

/**
 * The zod schema of the step titles table (lib/portal/step-titles.ts STEP_TITLES), kept out of
 * the table module so no bundle carries zod for it (issue 9). tests/unit/tables.test.ts parses
 * the table with `stepTitlesTableSchema` and fails on a missing step, an unknown step or an
 * empty title.
 */

const titlesSchema = z.strictObject({
  /** The step's title as the portal / seed names it. */
  title: z.string().min(1),
  /** Short title for the popup list. */
  short: z.string().min(1),
});

/** Every page of the step table, exactly once (a zod 4 record over an enum requires each key). */
export const stepTitlesTableSchema = z.record(z.enum(ALL_STEP_IDS as [StepId, ...StepId[]]), titlesSchema);
