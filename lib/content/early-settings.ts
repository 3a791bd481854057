/**
 * The settings' storage read, started when content.js is injected instead of once its modules
 * run after the page's load. The overlay's first render needs the settings (collapsed, masked
 * ID numbers), and the round trip to the browser's storage took 20–40 ms after a load on a
 * 2-core machine, the main thread idle meanwhile (traced); asked for at injection, the answer is
 * there when the overlay starts (issue 9: overlay visible ≤ 50 ms after DOMContentLoaded).
 *
 * Bundled into the content script's load wrapper (wxt.config.ts), so it imports nothing: the
 * key is repeated from lib/settings.ts, whose `readSettings` takes the result.
 */

/** The settings' key in `storage.local` (lib/settings.ts). */
export const SETTINGS_STORAGE_KEY = 'settings';

/**
 * Where the started read waits: a global of the content script's isolated world, which the page
 * cannot see, shared by the wrapper and the script's modules (two bundles in one file).
 */
const EARLY_READ = Symbol.for('zc-early-settings-read');

type StorageGet = (key: string) => Promise<Record<string, unknown>>;
interface ScriptGlobal {
  [EARLY_READ]?: Promise<Record<string, unknown>>;
  browser?: { storage?: { local?: { get: StorageGet } } };
  chrome?: { storage?: { local?: { get: StorageGet } } };
}

/**
 * Starts reading the stored settings (`storage.local`, promise-returning in Chrome ≥ 116 and
 * Firefox) and keeps the pending read for `takeEarlySettingsRead`. Does nothing where the
 * storage API is missing (the extension was removed while the page loaded). A failed read is
 * left for its taker to see; it is marked handled so that an untaken one logs nothing.
 * @param scope the script's global (tests pass their own).
 */
export function startEarlySettingsRead(scope: ScriptGlobal = globalThis as ScriptGlobal): void {
  const local = (scope.browser ?? scope.chrome)?.storage?.local;
  if (!local) return;
  const read = local.get(SETTINGS_STORAGE_KEY);
  read.catch(() => undefined);
  scope[EARLY_READ] = read;
}

/**
 * The read `startEarlySettingsRead` started, once: a later start of the overlay (a frame that
 * qualified later, lib/content/controller.tsx) reads the settings as they are then.
 * @param scope the script's global (tests pass their own).
 * @returns the pending `storage.local.get` result, or undefined when none was started or it was
 *   taken already.
 */
export function takeEarlySettingsRead(scope: ScriptGlobal = globalThis as ScriptGlobal): Promise<Record<string, unknown>> | undefined {
  const read = scope[EARLY_READ];
  delete scope[EARLY_READ];
  return read;
}
