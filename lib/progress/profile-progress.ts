import type { BackgroundRequest } from '../messaging/messages';

/**
 * What the options page tells the background when profiles go or come back, so that progress,
 * kept per applicant (lib/progress/store.ts), goes with its profile. Best effort: the profile is
 * already deleted or restored when these are sent, and a progress record left behind belongs to
 * no active profile, so it is never shown — a failed message must not report the delete failed.
 */

function send(request: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request).catch(() => undefined);
}

/**
 * Forgets the progress of a deleted profile.
 * @param profileId the deleted profile's id
 * @returns what was stored for it, to hand to restoreProfileProgress on 撤销 (undefined: nothing,
 *   or the background did not answer)
 */
export function forgetProfileProgress(profileId: string): Promise<unknown> {
  return send({ type: 'progress:forget', owner: profileId });
}

/**
 * Puts a restored profile's progress back (撤销 of a delete).
 * @param profileId the restored profile's id
 * @param progress what forgetProfileProgress returned for it
 */
export async function restoreProfileProgress(profileId: string, progress: unknown): Promise<void> {
  if (progress !== undefined) await send({ type: 'progress:restore', owner: profileId, progress });
}

/** Forgets the progress of every profile no longer stored (after the locked profiles were erased). */
export async function forgetGoneProfilesProgress(): Promise<void> {
  await send({ type: 'progress:forget-gone' });
}
