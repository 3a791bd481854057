import { z } from 'zod';
import { APPLICATION_STEP_IDS } from '../portal/step-ids';

/**
 * The zod schema of the advice table (lib/checks/advice.ts ADVICE), kept out of the table
 * module so the content script carries no zod (issue 9). tests/unit/tables.test.ts parses the
 * table with it and fails on a malformed entry.
 */
export const adviceSchema = z.object({
  step: z.enum(APPLICATION_STEP_IDS),
  /** One plain Chinese sentence. */
  text: z.string().min(1),
  /** Where the requirement comes from (seed section, notice). */
  source: z.string().min(1),
});

export const adviceTableSchema = z.array(adviceSchema);

export type Advice = z.infer<typeof adviceSchema>;
