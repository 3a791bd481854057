import { z } from 'zod';
import { ALL_STEP_IDS, type StepId } from '../portal/step-ids';
import { CHECK_IDS, type Check } from './types';

/**
 * The zod schema of the check registry's metadata (lib/checks/registry.ts CHECKS): every
 * check has a known id, a title, its steps, a severity, a source and a `run` function, and no
 * id appears twice. Kept out of the registry so the content script carries no zod (issue 9);
 * tests/unit/tables.test.ts parses CHECKS with `checkTableSchema`.
 */
export const checkMetaSchema = z.object({
  id: z.enum(CHECK_IDS),
  title: z.string().min(1),
  steps: z.union([z.literal('any'), z.array(z.enum(ALL_STEP_IDS as [StepId, ...StepId[]])).min(1)]),
  severity: z.enum(['error', 'warning', 'info']),
  source: z.string().min(1),
  run: z.custom<Check['run']>((v) => typeof v === 'function', { message: 'run must be a function' }),
});

export const checkTableSchema = z.array(checkMetaSchema).superRefine((checks, ctx) => {
  const seen = new Set<string>();
  checks.forEach((check, i) => {
    if (seen.has(check.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate check id ${check.id}` });
    seen.add(check.id);
  });
});
