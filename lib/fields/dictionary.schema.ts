import { z } from 'zod';
import { ALL_FIELD_KEYS, type FieldKey } from './keys';
import { ALL_STEP_IDS, type StepId } from '../portal/step-ids';
import type { RecordSection } from '../profile/vocabulary';
import type { ControlKind } from '../page/snapshot';
import { SECTION_STEP } from './sections';
import { normalizeText } from '../page/normalize';

/**
 * The zod schema of the field dictionary's rows as written (lib/fields/dictionary.ts
 * FIELD_ROWS). Kept out of the dictionary module so the content script carries no zod
 * (issue 9); tests/unit/tables.test.ts parses FIELD_ROWS with `fieldTableSchema` and fails on
 * a malformed row, a key listed twice, or a record key placed on another step than its record
 * step.
 */

const CONTROL_KINDS = ['text', 'date', 'textarea', 'select', 'radio', 'checkbox', 'file', 'hidden', 'button'] as const satisfies readonly ControlKind[];

/** A label: a string written as normalizeText leaves it (so none is normalised at run time), or a RegExp. */
const patternSchema = z.union([
  z.string().min(1).refine((s) => normalizeText(s) === s, { message: '标签须按 lib/page/normalize.ts 规范化后书写' }),
  z.instanceof(RegExp),
]);

export const fieldRowSchema = z.object({
  key: z.enum(ALL_FIELD_KEYS as [FieldKey, ...FieldKey[]]),
  /** Exact label texts (normalised on load) or patterns. */
  labels: z.array(patternSchema).min(1),
  /** Labels that must never count for this key (strings: substring; RegExp: test). None when absent. */
  negative: z.array(patternSchema).optional(),
  /** Pinyin-initial tokens in ids/names, upper case (XM, SFZH…). None when absent. */
  pinyin: z.array(z.string().regex(/^[A-Z]{2,}$/)).optional(),
  /** English-ish tokens in ids/names, lower case (name, idcard…). None when absent. */
  english: z.array(z.string().regex(/^[a-z]{3,}$/)).optional(),
  /** The control kinds that may carry it; a text box alone when absent. */
  kinds: z.array(z.enum(CONTROL_KINDS)).min(1).optional(),
  steps: z.array(z.enum(ALL_STEP_IDS as [StepId, ...StepId[]])).min(1),
  /** Part of a date range: several controls under one 起止时间 label take start/end in order. */
  range: z.enum(['start', 'end']).optional(),
  /**
   * The fields this one holds together (刊号 = ISSN + CN): a box also named as one of them, by its
   * own words beside the whole's (刊号（ISSN）, 刊号：ISSN [ ] CN [ ]), is that one (lib/fields/recognize.ts).
   */
  parts: z.array(z.enum(ALL_FIELD_KEYS as [FieldKey, ...FieldKey[]])).min(1).optional(),
});

const keySchema = z.enum(ALL_FIELD_KEYS as [FieldKey, ...FieldKey[]]);
const stepSchema = z.enum(ALL_STEP_IDS as [StepId, ...StepId[]]);

/**
 * One row as written in ./dictionary.ts FIELD_TABLE: a tuple whose columns are those of
 * fieldRowSchema (key, labels with the texts side by side in a string, separated by single spaces,
 * the pinyin and English tokens in one string, kinds, negative, and
 * range or parts), in the order FIELD_TABLE's docstring gives. Each token is a pinyin token or an
 * English one (as fieldRowSchema's), told apart by case.
 */
export const fieldTupleSchema = z.tuple([
  keySchema,
  z.array(z.union([z.string().refine((s) => s.split(' ').every((label) => patternSchema.safeParse(label).success), { message: '标签以单个空格分隔，每个按规范化书写' }), z.instanceof(RegExp)])).min(1),
  z.string().regex(/^(([A-Z]{2,}|[a-z]{3,})( (?=.)|$))*$/),
  fieldRowSchema.shape.kinds,
  fieldRowSchema.shape.negative,
  fieldRowSchema.pick({ range: true, parts: true }).strict().optional(),
]);

/**
 * The table as written (./dictionary.ts FIELD_TABLE): groups of rows, each `[steps, rows]`, the
 * steps one StepId or several and at least one row. That a key is listed once and a record key
 * only on its record step, fieldTableSchema checks of the rows named.
 */
export const fieldTupleTableSchema = z.array(z.tuple([z.union([stepSchema, z.array(stepSchema).min(1)]), z.array(fieldTupleSchema).min(1)]));

export const fieldTableSchema = z.array(fieldRowSchema).superRefine((rows, ctx) => {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `重复的字段 ${row.key}` });
    seen.add(row.key);
    const dot = row.key.indexOf('.');
    const section = row.key.slice(0, dot) as RecordSection;
    const recordStep = dot > 0 ? SECTION_STEP[section] : undefined;
    if (recordStep && row.steps.some((s) => s !== recordStep))
      ctx.addIssue({ code: 'custom', path: [i, 'steps'], message: `${row.key} 只能出现在 ${recordStep}` });
  });
});

/**
 * The fields' titles where the first label will not do (./dictionary.ts FIELD_TITLES: the Chinese
 * name shown in previews and sources, "申报（评审）专业组"), against the rows they name: a field
 * key, a name, and one for every row whose first label is a pattern (a title is that label otherwise).
 * @param rows the dictionary's rows (FIELD_ROWS).
 */
export function fieldTitlesSchema(rows: readonly FieldRow[]) {
  return z.partialRecord(z.enum(ALL_FIELD_KEYS as [FieldKey, ...FieldKey[]]), z.string().min(1)).superRefine((titles, ctx) => {
    for (const row of rows) if (typeof row.labels[0] !== 'string' && !titles[row.key]) ctx.addIssue({ code: 'custom', path: [row.key], message: '首个标签是正则时须写 title' });
  });
}

/** Whether following `key`'s fields in `depends` comes back to `key` (the fill could order none of them first). */
function dependsOnItself(key: FieldKey, depends: Partial<Record<FieldKey, FieldKey[]>>): boolean {
  const seen = new Set<FieldKey>();
  const reaches = (k: FieldKey): boolean => (depends[k] ?? []).some((p) => p === key || (!seen.has(p) && (seen.add(p), reaches(p))));
  return reaches(key);
}

/**
 * The fields cascading lists follow (./dictionary.ts FIELD_DEPENDS), against the rows they name:
 * each list and each field it follows a row's key, at least one field per list, and none coming
 * back to the list itself.
 * @param rows the dictionary's rows (FIELD_ROWS).
 */
export function fieldDependsSchema(rows: readonly FieldRow[]) {
  const key = z.enum(ALL_FIELD_KEYS as [FieldKey, ...FieldKey[]]).refine((k) => rows.some((r) => r.key === k), { message: '字段字典没有这一行' });
  return z.partialRecord(key, z.array(key).min(1)).superRefine((depends, ctx) => {
    for (const k of Object.keys(depends) as FieldKey[]) if (dependsOnItself(k, depends)) ctx.addIssue({ code: 'custom', path: [k], message: `${k} 的 dependsOn 绕回自身` });
  });
}

export type LabelPattern = z.infer<typeof patternSchema>;
/** One dictionary row as written in the table. */
export type FieldRow = z.infer<typeof fieldRowSchema>;
/** One dictionary row as written in the table: its columns (fieldTupleSchema). */
export type FieldTuple = z.infer<typeof fieldTupleSchema>;
/** A group of rows asked on the same steps (fieldTupleTableSchema). */
export type FieldGroup = z.infer<typeof fieldTupleTableSchema>[number];
