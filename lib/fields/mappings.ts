/**
 * Teach-mode mappings at run time: which stored mapping designates which control, and how a
 * new one is made. zod-free (issue 9: the content script carries no zod): a mapping the user
 * teaches is validated with taughtMappingSchema (./taught.schema.ts) by the background before
 * it is stored (lib/fields/taught-store.ts), and stored ones are validated when read.
 */
import type { FieldKey } from './keys';
import type { StepId } from '../portal/step-ids';
import type { ControlSnapshot } from '../page/snapshot';
import type { TaughtMapping } from './taught.schema';

/**
 * The controls a mapping designates: those with its id, else (no id) its name, else (neither,
 * because selectors shift when a page changes) its selector. When no control has its id or name —
 * a master page renamed ctl00_cph_ to ctl00_ContentPlaceHolder1_, another rendering of the same
 * portal (probe 12a item 4) — the control whose id or name ends in the same ASP.NET tail (after
 * the last _ or $ that two characters, the first no digit, follow: TextBox9, txtLXDH, a pinyin XM,
 * a list item's rblXB_0, an editor suite's inner box deCSRQ_I — not I alone, which every such box
 * ends in: breaker 23b item 5, breaker 24a item 6), when exactly one does.
 * @param m a mapping already filtered to the page's host and step. @param controls the page's controls.
 * @returns the designated controls, in page order; none when the mapping names no control here.
 */
export function mappedControls(m: TaughtMapping, controls: readonly ControlSnapshot[]): ControlSnapshot[] {
  const field = m.id ? 'id' : m.name ? 'name' : 'selector';
  const exact = controls.filter((c) => m[field] !== '' && c[field] === m[field]);
  if (exact.length || field === 'selector') return exact;
  const tail = (s: string) => s.replace(/.*[_$](?=[^_$\d][^_$])/, '');
  const same = controls.filter((c) => tail(c[field]) === tail(m[field]));
  return same.length === 1 ? same : [];
}

/**
 * The mapping to store when the user teaches that control `c` means `key` (null: no profile field).
 * @param host page host (any case; lower-cased here). @param step the recognised step.
 * @returns a mapping carrying only identifiers, never the control's value. Not yet validated:
 *   the store (lib/fields/taught-store.ts saveTaughtMapping) parses it before writing.
 */
export function mappingFromControl(host: string, step: StepId, c: ControlSnapshot, key: FieldKey | null): TaughtMapping {
  return { host: host.toLowerCase(), step, selector: c.selector, id: c.id, name: c.name, key };
}

/**
 * Add or replace a mapping: one mapping per (host, step, control identity).
 * @returns a new array; the input is not modified.
 */
export function upsertMapping(list: readonly TaughtMapping[], m: TaughtMapping): TaughtMapping[] {
  return [...withoutMapping(list, m), m];
}

/**
 * Whether two mappings are for the same control: same host and step, same id and name, and —
 * when the control has neither — the same selector.
 */
export function sameMappedControl(a: TaughtMapping, b: TaughtMapping): boolean {
  return a.host === b.host && a.step === b.step && a.id === b.id && a.name === b.name && (!!a.id || !!a.name || a.selector === b.selector);
}

/**
 * The list without the mapping for `m`'s control (what 删除 on the options page does).
 * @returns a new array; the input is not modified.
 */
export function withoutMapping(list: readonly TaughtMapping[], m: TaughtMapping): TaughtMapping[] {
  return list.filter((a) => !sameMappedControl(a, m));
}

/**
 * Mappings that apply to a page.
 * @param url the page URL (its host is compared case-insensitively). @param step the step.
 */
export function mappingsFor(list: readonly TaughtMapping[], url: string, step: StepId): TaughtMapping[] {
  const host = hostOf(url);
  return list.filter((m) => m.host === host && m.step === step);
}

/** Lower-case host of a URL, or "" when the URL cannot be parsed. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
