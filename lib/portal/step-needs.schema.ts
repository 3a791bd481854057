import { z } from 'zod';
import { ALL_STEP_IDS, type StepId } from './step-ids';

/**
 * The zod schema of the step guidance table (lib/portal/step-needs.ts STEP_NEEDS), kept out of
 * the table module so no bundle carries zod for it (issue 9). tests/unit/tables.test.ts parses
 * the table with `stepNeedsTableSchema` and fails on a missing step, an unknown step, a step
 * without needs or an empty sentence.
 */

/** What one step needs, in plain words (Chinese), one requirement per sentence, at least one. */
const needsSchema = z.array(z.string().min(1)).min(1);

/** Every page of the step table, exactly once (a zod 4 record over an enum requires each key). */
export const stepNeedsTableSchema = z.record(z.enum(ALL_STEP_IDS as [StepId, ...StepId[]]), needsSchema);
