import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/**
 * User settings, in `browser.storage.local`.
 * - `countingDate`: the date years of work are counted to for the eligibility estimate. The
 *   notice's cut-off date is unknown (spec/portal.md §Eligibility), so it is the user's to set;
 *   empty means "today".
 * - `largeText`, `highContrast`, `maskPersonal`: presenter settings for helpdesk staff who show
 *   the steps on a projector or a shared screen (issue 7): bigger overlay text, a thick
 *   high-contrast tour highlight, and ID / phone numbers masked in what the overlay shows.
 */
export const settingsSchema = z.object({
  countingDate: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/).default(''),
  overlayCollapsed: z.boolean().default(false),
  largeText: z.boolean().default(false),
  highContrast: z.boolean().default(false),
  maskPersonal: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: {} });

/** The settings, with defaults for anything missing or invalid. */
export async function readSettings(): Promise<Settings> {
  const parsed = settingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : settingsSchema.parse({});
}

/** Merges `patch` into the stored settings. */
export async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await readSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/**
 * Calls `onChange` with the new settings whenever any extension page or content script writes
 * them (so an open overlay follows the popup's presenter switches at once).
 * @returns a function that stops watching.
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    const parsed = settingsSchema.safeParse(value);
    onChange(parsed.success ? parsed.data : settingsSchema.parse({}));
  });
}

/** The counting date to use: the setting, or today (`YYYY-MM-DD`, local time). */
export function effectiveCountingDate(settings: Settings, today: Date = new Date()): string {
  if (settings.countingDate) return settings.countingDate;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}
