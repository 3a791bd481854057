import { z } from 'zod';
import { ALL_STEP_IDS, type StepId } from './step-ids';
import { ALL_FIELD_KEYS, type FieldKey } from '../fields/keys';

/**
 * The zod schema of the step table (lib/portal/steps.ts STEPS). The table module imports only
 * the types from here, so the content script carries no zod (issue 9); the table is parsed
 * with `stepTableSchema` by tests/unit/tables.test.ts, which fails on a malformed row.
 */

const signalsSchema = z.object({
  /** Page headings / titles naming the step (strongest evidence). */
  headings: z.array(z.string()),
  /** Labels of the step's own controls (each distinct one adds evidence); absent: none. */
  labels: z.array(z.string()).optional(),
  /** Buttons that only this page offers (not navigation tabs that name every step); absent: none. */
  actions: z.array(z.string()).optional(),
  /** Field keys (lib/fields/dictionary.ts) whose labels are this step's: each adds as a label does, read by the dictionary's words; absent: none. */
  fields: z.array(z.enum(ALL_FIELD_KEYS as [FieldKey, ...FieldKey[]])).optional(),
  /** Buttons a page of another step may offer too (提交): each a sign needing company, as a label; absent: none. */
  assists: z.array(z.string()).optional(),
  /** Texts that rule this page out (e.g. a login form is never step 2); absent: none. */
  negative: z.array(z.string()).optional(),
});

export const stepSchema = z.object({
  id: z.enum(ALL_STEP_IDS as [StepId, ...StepId[]]),
  /** 1–11 for the application steps; absent for the pages around them. */
  order: z.number().int().min(1).max(11).optional(),
  signals: signalsSchema,
});

/** Signal strings are regular-expression sources: each must compile. */
function isRegExpSource(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** The whole table: valid rows, every step id exactly once, every signal a valid RegExp. */
export const stepTableSchema = z.array(stepSchema).superRefine((rows, ctx) => {
  const seen = new Set<StepId>();
  rows.forEach((row, i) => {
    if (seen.has(row.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate step id ${row.id}` });
    seen.add(row.id);
    for (const [kind, patterns] of Object.entries(row.signals)) {
      patterns?.forEach((p, j) => {
        if (!isRegExpSource(p)) ctx.addIssue({ code: 'custom', path: [i, 'signals', kind, j], message: `invalid RegExp ${p}` });
      });
    }
  });
  for (const id of ALL_STEP_IDS) if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: [], message: `step ${id} has no row` });
});

export type StepDefinition = z.infer<typeof stepSchema>;
export type StepSignals = z.infer<typeof signalsSchema>;
