/**
 * Reading a field-map pack file: schema (lib/packs/schema.ts), consistency, and the refusal of
 * anything that looks like personal data. Every reason is reported, one per path, in the UI's
 * language (public/_locales, `pack_…`).
 */
import type { z } from 'zod';
import { packSchema, personalLooking, stringsWithPaths, type FieldMapPack } from './schema';
import { t } from '../i18n/t';
import { decodeUtf8File } from '../profile/format-v1';

/** Largest pack file accepted, in bytes (a pack is a few kilobytes). */
export const MAX_PACK_BYTES = 512 * 1024;

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), '') || t('pack_path_whole');
}

function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return t('pack_invalid_value');
    case 'invalid_type':
      return t('pack_invalid_type');
    case 'unrecognized_keys':
      return t('pack_unknown_items', issue.keys.join(t('options_list_separator')));
    case 'too_big':
      return t('pack_too_big_value');
    case 'too_small':
      return t('pack_empty');
    default:
      return issue.message;
  }
}

/** Host names are checked for shape only; IP literals would trip the digit rules. */
function isHostPath(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  return last === 'site' || last === 'host';
}

/**
 * Validates a parsed pack.
 * @param json the file's JSON value.
 * @returns `{ ok: true, pack }` (host names lower-cased) or `{ ok: false, errors }`: schema
 *   errors (`mappings[0].key: 无效的取值`), mappings for another host than `site`, hint
 *   patterns that are not valid regular expressions, and strings that look personal
 *   (`synonyms[1].label: 像手机号码，字段映射包只能包含字段名、选择器和匹配规则`). Never throws.
 */
export function validatePack(json: unknown): { ok: true; pack: FieldMapPack } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  for (const { path, text } of stringsWithPaths(json)) {
    if (isHostPath(path)) continue;
    const why = personalLooking(text);
    if (why) errors.push(`${formatPath(path)}: ${t('pack_personal', why)}`);
  }
  const parsed = packSchema.safeParse(json);
  if (!parsed.success) {
    errors.push(...parsed.error.issues.map((i) => `${formatPath(i.path)}: ${issueText(i)}`));
    return { ok: false, errors };
  }
  const pack = parsed.data;
  const site = pack.site.toLowerCase();
  if (!/^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(site)) errors.push(`site: ${t('pack_bad_host')}`);
  pack.mappings.forEach((m, i) => {
    if (m.host !== site) errors.push(`mappings[${i}].host: ${t('pack_host_mismatch', site)}`);
  });
  for (const [step, signals] of Object.entries(pack.hints ?? {})) {
    for (const [kind, patterns] of Object.entries(signals ?? {})) {
      (patterns ?? []).forEach((p, i) => {
        try {
          new RegExp(p);
        } catch {
          errors.push(`hints.${step}.${kind}[${i}]: ${t('pack_bad_pattern')}`);
        }
      });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, pack: { ...pack, site } };
}

/**
 * Reads a pack file's text.
 * @param text UTF-8 JSON. @returns as validatePack; `pack_not_json` (文件不是有效的 JSON) when unparsable,
 *   `pack_too_big` over MAX_PACK_BYTES.
 */
export function parsePack(text: string): { ok: true; pack: FieldMapPack } | { ok: false; errors: string[] } {
  if (text.length > MAX_PACK_BYTES) return { ok: false, errors: [t('pack_too_big')] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, errors: [t('pack_not_json')] };
  }
  return validatePack(json);
}

/**
 * Reads a chosen pack file's bytes. Packs are UTF-8 (they are exported so, packFileText); one
 * saved as GBK or UTF-16 — edited in a Chinese Windows editor — is refused with the reason a
 * profile file gets (lib/profile/format-v1.ts decodeUtf8File), not read with replacement
 * characters: its Chinese synonyms would install garbled and never match a label (breaker 61
 * finding 2). Bytes that are not JSON even so (a picture chosen by mistake) are `pack_not_json`,
 * as before.
 * @param bytes the file's bytes. @returns as parsePack; `pack_too_big` over MAX_PACK_BYTES
 *   (before anything is decoded).
 */
export function parsePackFile(bytes: Uint8Array): { ok: true; pack: FieldMapPack } | { ok: false; errors: string[] } {
  if (bytes.length > MAX_PACK_BYTES) return { ok: false, errors: [t('pack_too_big')] };
  const decoded = decodeUtf8File(bytes);
  if (decoded.ok) return parsePack(decoded.text);
  const loosely = parsePack(new TextDecoder().decode(bytes));
  const notJson = !loosely.ok && loosely.errors.length === 1 && loosely.errors[0] === t('pack_not_json');
  return notJson ? loosely : { ok: false, errors: decoded.errors.map((e) => e.message) };
}
