import { z } from 'zod';
import { ALL_STEP_IDS, type StepId } from '../portal/step-ids';
import { CHECK_IDS, type Check, type CheckAbout } from './types';

/**
 * The zod schemas of the check registry (lib/checks/registry.ts CHECKS: every check has a
 * known id, steps and a severity when given (absent: every step, 'error'), a `run` function, and
 * no id appears twice) and of its
 * catalogue (lib/checks/catalogue.ts: a title and a source for exactly the registry's checks,
 * in its order). Kept out of the registry so the content script carries no zod (issue 9);
 * tests/unit/tables.test.ts parses both.
 */
export const checkMetaSchema = z.object({
  id: z.enum(CHECK_IDS),
  steps: z.array(z.enum(ALL_STEP_IDS as [StepId, ...StepId[]])).min(1).optional(),
  severity: z.enum(['error', 'warning', 'info']).optional(),
  run: z.custom<Check['run']>((v) => typeof v === 'function', { message: 'run must be a function' }),
});

export const checkTableSchema = z.array(checkMetaSchema).superRefine((checks, ctx) => {
  const seen = new Set<string>();
  checks.forEach((check, i) => {
    if (seen.has(check.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate check id ${check.id}` });
    seen.add(check.id);
  });
});

/**
 * The catalogue for a registry: one entry per check of `checks`, in the same order, each with
 * a title and a source that says more than a word.
 * @param checks the registry (CHECKS).
 */
export function checkCatalogueSchema(checks: readonly Pick<Check, 'id'>[]) {
  return z
    .array(z.object({ id: z.enum(CHECK_IDS), title: z.string().min(1), source: z.string().min(4) }) satisfies z.ZodType<CheckAbout>)
    .refine((entries) => entries.length === checks.length && entries.every((e, i) => e.id === checks[i]?.id), {
      message: 'the catalogue must list the registry’s checks, in its order',
    });
}
