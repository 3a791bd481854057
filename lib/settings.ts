import type { Storage } from 'webextension-polyfill';
import { SETTINGS_STORAGE_KEY } from './content/early-settings';
import { t } from './i18n/t';

/**
 * User settings, in `browser.storage.local` (key `settings`).
 * - `countingDate`: the date years of work are counted to for the eligibility estimate. The
 *   notice's cut-off date is unknown (spec/portal.md §Eligibility), so it is the user's to set;
 *   empty means "today".
 * - `overlayCollapsed`: the overlay panel was last left collapsed.
 * - `largeText`, `highContrast`, `maskPersonal`: presenter settings for helpdesk staff who show
 *   the steps on a projector or a shared screen (issue 7): bigger overlay text, a thick
 *   high-contrast tour highlight, and ID / phone numbers masked in what the overlay shows.
 *
 * Validated by a small hand-written guard rather than zod, because the content script reads
 * these at start-up and must not carry zod (issue 9: ≤ 50 KB gzip). The guard keeps the rules
 * of the zod schema it replaced, which tests/unit/settings.test.ts checks against a zod oracle:
 * a missing field takes its default; a stored object with any field of the wrong type or shape
 * is discarded as a whole (defaults); unknown keys are dropped.
 */
export interface Settings {
  /** `YYYY-MM-DD`, or "" for today. */
  countingDate: string;
  overlayCollapsed: boolean;
  largeText: boolean;
  highContrast: boolean;
  maskPersonal: boolean;
}

const STORAGE_KEY = SETTINGS_STORAGE_KEY;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  countingDate: '',
  overlayCollapsed: false,
  largeText: false,
  highContrast: false,
  maskPersonal: false,
};

const COUNTING_DATE_RE = /^(\d{4}-\d{2}-\d{2})?$/;

/**
 * Checks a value against the settings rules.
 * @param value anything (a stored value, or stored settings merged with a patch).
 * @returns the settings with defaults for missing fields and unknown keys dropped, or the
 *   name of the first field that breaks its rule (`countingDate` must be "" or `YYYY-MM-DD`,
 *   the flags booleans; a non-object value is reported as `(根)`). Each field is of its
 *   default's type, checked in DEFAULT_SETTINGS' order: one loop, not a line per field (the
 *   content script reads the settings through this: its size budget, issue 9).
 */
export function checkSettings(value: unknown): { ok: true; settings: Settings } | { ok: false; field: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, field: '(根)' };
  const v = value as Record<string, unknown>;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const field in settings) {
    const given = v[field];
    if (given === undefined) continue;
    if (typeof given !== typeof settings[field] || (field === 'countingDate' && !COUNTING_DATE_RE.test(given as string))) return { ok: false, field };
    settings[field] = given;
  }
  return { ok: true, settings: settings as unknown as Settings };
}

/** Stored settings as used: valid ones, or the defaults when the stored value is invalid. */
function settingsOrDefaults(value: unknown): Settings {
  // Nothing stored yet reads as the defaults: not an object, it fails the check.
  const checked = checkSettings(value);
  return checked.ok ? checked.settings : { ...DEFAULT_SETTINGS };
}

/**
 * The settings, with defaults for anything missing, or all defaults when the stored value is invalid.
 * @param started a `storage.local.get` of the settings' key already under way (the content
 *   script's, started at injection: lib/content/early-settings.ts); read now when absent.
 * @throws what the storage read throws (the extension is gone).
 */
export async function readSettings(started?: Promise<Record<string, unknown>>): Promise<Settings> {
  const stored = await (started ?? browser.storage.local.get(STORAGE_KEY));
  return settingsOrDefaults(stored[STORAGE_KEY]);
}

/**
 * Merges `patch` into the stored settings, after this page's earlier writes have ended (see
 * lastWrite: a patch begun while another is under way keeps that one's change).
 * @returns the settings now stored.
 * @throws RangeError naming the field when the result breaks a rule (a countingDate that is not
 *   `YYYY-MM-DD`, as a date box gives for a six-digit year, is named as the options page names it:
 *   工作年限计算截止日期); its message is in the UI's language (the options page shows it);
 *   nothing is written then.
 */
export function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const write = (async () => {
    await lastWrite;
    // The popup's and the options page's writes wait for one another under one Web Lock (the
    // extension's pages share an origin); without the Web Locks API only this page's are ordered.
    return navigator.locks ? navigator.locks.request(SETTINGS_WRITE_LOCK, () => mergeAndStore(patch)) : mergeAndStore(patch);
  })();
  lastWrite = write.catch(() => undefined);
  return write;
}

/**
 * The end of this page's latest writeSettings. A write reads the stored settings, then stores
 * them with its patch: two begun together both read the settings before either stored, and the
 * second then put back the value the first had changed (the popup's switches, flipped one after
 * another while storage was slow, lost a flip: CI run 62). So each write begins when the one
 * before it has ended, rejected or not, and another extension page's wait for it under
 * SETTINGS_WRITE_LOCK. The content script's one write (writeOverlayCollapsed) is not ordered
 * with these: a page's Web Locks are its own origin's. Unset until the first write (the content
 * script, which never calls writeSettings, carries nothing of it: issue 9).
 */
let lastWrite: Promise<unknown> | undefined;

/** The Web Lock under which extension pages read, merge and store the settings (writeSettings). */
const SETTINGS_WRITE_LOCK = 'zc-settings-write';

/** writeSettings' read, merge, check and store, run in its turn. */
async function mergeAndStore(patch: Partial<Settings>): Promise<Settings> {
  const checked = checkSettings({ ...(await readSettings()), ...patch });
  if (!checked.ok) {
    // The one setting a person types (the options page's date box) is named as the page names it.
    throw new RangeError(checked.field === 'countingDate' ? t('settings_counting_date_invalid') : t('settings_invalid', checked.field));
  }
  await browser.storage.local.set({ [STORAGE_KEY]: checked.settings });
  return checked.settings;
}

/**
 * Stores whether the overlay panel is left collapsed: the content script's one settings write,
 * writeSettings without its check. A boolean always passes checkSettings, and readSettings gives
 * valid settings without unknown keys, so the stored value is the one writeSettings would store;
 * the content script then carries no RangeError it could never reach (issue 9: ≤ 50 KB gzip).
 * @param collapsed the panel's state. @throws what the storage calls throw (the extension is gone).
 */
export async function writeOverlayCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: { ...(await readSettings()), overlayCollapsed: collapsed } });
}

/**
 * Calls `onChange` with the new settings whenever any extension page or content script writes
 * them (so an open overlay follows the popup's presenter switches at once).
 * @returns a function that stops watching.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'local' && STORAGE_KEY in changes) onChange(settingsOrDefaults(changes[STORAGE_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The counting date to use: the setting, or today (`YYYY-MM-DD`, local time). */
export function effectiveCountingDate(settings: Settings, today: Date = new Date()): string {
  if (settings.countingDate) return settings.countingDate;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}
