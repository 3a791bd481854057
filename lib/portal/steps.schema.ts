import { z } from 'zod';
import { ALL_STEP_IDS, type StepId } from './step-ids';
import { ALL_FIELD_KEYS, type FieldKey } from '../fields/keys';

/**
 * The zod schemas of the step table: as written (lib/portal/steps.ts STEP_TABLE, tuples:
 * `stepTupleTableSchema`) and named (STEPS: `stepTableSchema`). The table module imports only
 * the types from here, so the content script carries no zod (issue 9); tests/unit/tables.test.ts
 * parses the table with both and fails on a malformed row.
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

/**
 * One row as written in ./steps.ts STEP_TABLE: a tuple whose columns are the id and the signals'
 * lists in the order STEP_TABLE's docstring gives (headings, labels, actions, negative, assists,
 * fields), each list as signalsSchema's; the lists after the headings may be left out at the end.
 */
export const stepTupleSchema = z.tuple([
  stepSchema.shape.id,
  signalsSchema.shape.headings,
  signalsSchema.shape.labels,
  signalsSchema.shape.actions,
  signalsSchema.shape.negative,
  signalsSchema.shape.assists,
  signalsSchema.shape.fields,
]);

/** The table as written: valid rows. That every step id has one row and every signal compiles, stepTableSchema checks of the rows named. */
export const stepTupleTableSchema = z.array(stepTupleSchema);

export type StepTuple = z.infer<typeof stepTupleSchema>;
export type StepDefinition = z.infer<typeof stepSchema>;
export type StepSignals = z.infer<typeof signalsSchema>;
