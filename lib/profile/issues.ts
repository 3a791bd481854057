import { z } from 'zod';
import { profileSchema, type Profile } from './schema';
import { t, uiLanguage, type MessageKey } from '../i18n/t';

/** One problem found in a value, at a path written the way users read it: `education[1].endDate`. */
export interface ProfileIssue {
  path: string;
  /** The same path as segments (`['education', 1, 'endDate']`), for naming it on the options page (./problem-place). */
  segments: readonly PropertyKey[];
  message: string;
  /** The offending value, quoted and shortened; absent where shownValue shows none. */
  received?: string;
}

/** Longest value text shown in a problem, in characters (code points); longer texts are cut with "…". */
const SHOWN_VALUE_MAX = 40;

/**
 * Characters that reorder the text around them (Unicode bidirectional controls, UAX #9): shown
 * escaped, or a value could turn the rest of the problem line around.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A bad value written so the user can find it in their file: texts in quotes, JSON-escaped
 * (and bidirectional controls as `\uXXXX`), cut after SHOWN_VALUE_MAX characters; numbers as
 * JSON reads them (`1.50` shows as 1.5), true/false and null as written.
 * @param value the value zod rejected (`issue.input`).
 * @returns the text, or undefined for a missing value, an empty text, a number JSON cannot hold
 *   (read as Infinity), a list or an object (the message already says a value is missing or
 *   empty; printing a list or an object would bury it).
 */
export function shownValue(value: unknown): string | undefined {
  if (value === '') return undefined;
  if (typeof value === 'string') {
    // Cut by code point, so a character outside the BMP (an emoji, a rare 汉字) is never split.
    const chars = Array.from(value);
    const cut = chars.length > SHOWN_VALUE_MAX ? `${chars.slice(0, SHOWN_VALUE_MAX).join('')}…` : value;
    return JSON.stringify(cut).replace(BIDI_CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean' || value === null) return String(value);
  return undefined;
}

/** How messages name a type zod expected or received, by zod's name for it. */
const TYPE_NAMES: Record<string, MessageKey> = {
  string: 'profile_type_string',
  number: 'profile_type_number',
  int: 'profile_type_int',
  boolean: 'profile_type_boolean',
  object: 'profile_type_object',
  array: 'profile_type_array',
  null: 'profile_type_null',
  undefined: 'profile_type_undefined',
};

/**
 * What a file must hold where a type is expected, where that differs from the type's name: a
 * 是/否 value is written true or false in the file, and "应为是/否" answered a file holding "是"
 * (breaker 32p item 6: a helpdesk editing a file by hand could not tell what to write).
 */
const EXPECTED_NAMES: Record<string, MessageKey> = {
  boolean: 'profile_expected_boolean',
};

/** A type's name in the UI's language; a type without a message is named as zod names it. */
function typeName(names: Record<string, MessageKey>, type: string): string {
  const key = names[type] ?? TYPE_NAMES[type];
  return key ? t(key) : type;
}

/**
 * Messages for zod's generic issues in the UI's language (public/_locales, `profile_issue_…`);
 * rules written in schema.ts carry their own message name, worded by localMessage. Issues
 * without a message of ours take zod's own locale of the same language.
 */
const localErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(EXPECTED_NAMES, issue.expected);
      if (issue.input === undefined) return t('profile_issue_missing', expected);
      // A number that is not whole where a whole one is needed (年度 2018.5): "应为整数" says it all.
      if (issue.expected === 'int' && typeof issue.input === 'number') return t('profile_issue_expected', expected);
      const received = issue.input === null ? 'null' : Array.isArray(issue.input) ? 'array' : typeof issue.input;
      return t('profile_issue_expected_received', expected, typeName({}, received));
    }
    case 'too_small':
      return t(issue.origin === 'number' ? 'profile_issue_min_number' : 'profile_issue_min_length', String(issue.minimum));
    case 'too_big':
      return t(issue.origin === 'number' ? 'profile_issue_max_number' : 'profile_issue_max_length', String(issue.maximum));
    case 'invalid_value':
      return t('profile_issue_one_of', issue.values.map((v) => JSON.stringify(v)).join(` ${t('profile_issue_or')} `));
    default:
      return (uiLanguage() === 'en' ? z.locales.en() : z.locales.zhCN()).localeError(issue);
  }
};

/**
 * A schema rule's message in the UI's language: schema.ts writes message names (`profile_date`),
 * which no worded message resembles (they hold spaces or Chinese); any other text is kept.
 * @param message an issue's message
 * @returns the localised text
 */
function localMessage(message: string): string {
  return /^profile_[a-z0-9_]+$/.test(message) ? t(message as MessageKey) : message;
}

/**
 * Writes a zod issue path the way the format spec shows it.
 * @param path e.g. `['education', 1, 'endDate']`
 * @returns e.g. `education[1].endDate`; `(文件)` (English `(file)`) for the empty path (the whole value).
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out === '' ? '' : '.') + String(part);
  }
  return out === '' ? t('profile_path_whole') : out;
}

/**
 * Parses a value with a schema and returns every problem with a message in the UI's language.
 * @param schema any zod schema
 * @param value untrusted input (already JSON-decoded)
 * @param prefix path segments prepended to each issue (e.g. `['profiles', 2, 'profile']`)
 * @returns the parsed value, or every issue, with the offending value where shownValue can show
 *   one (never throws)
 */
export function parseWithIssues<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix: readonly PropertyKey[] = [],
): { ok: true; value: z.infer<S> } | { ok: false; issues: ProfileIssue[] } {
  const result = schema.safeParse(value, { error: localErrorMap, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => {
      const received = shownValue(issue.input);
      return {
        path: formatIssuePath([...prefix, ...issue.path]),
        segments: [...prefix, ...issue.path],
        message: localMessage(issue.message),
        ...(received === undefined ? {} : { received }),
      };
    }),
  };
}

/**
 * Validates a profile as edited on the options page or read from a file.
 * @param value a candidate profile object
 * @returns the normalised profile (defaults filled, unknown keys kept) or every issue
 */
export function validateProfile(value: unknown): { ok: true; value: Profile } | { ok: false; issues: ProfileIssue[] } {
  return parseWithIssues(profileSchema, value);
}

/**
 * The offending value as a suffix for a problem message: `（现为 "2019/07"）` (` (now "2019/07")`),
 * or `""` when the issue has none to show.
 */
export function receivedSuffix(issue: ProfileIssue): string {
  return issue.received === undefined ? '' : t('profile_issue_received', issue.received);
}

/** `path: message（现为 value）` lines, as shown in the import error list. */
export function issueLines(issues: readonly ProfileIssue[]): string[] {
  return issues.map((i) => `${i.path}: ${i.message}${receivedSuffix(i)}`);
}
