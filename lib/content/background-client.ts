import type { Profile } from '../profile/schema';
import { t, type MessageKey } from '../i18n/t';
import type { ActiveProfileResponse, ApplyCapturedResponse } from '../profile/messages';
import type { CapturedValue } from '../profile/capture';
import type { ProgressState } from '../progress/model';
import type { ProgressReport } from '../progress/report';
import type { CarriedFill, FieldMapsResponse, TeachResponse } from '../messaging/messages';
import type { FieldKey } from '../fields/keys';
import type { StepId } from '../portal/step-ids';
import type { ControlSnapshot } from '../page/snapshot';
import { mappingFromControl } from '../fields/mappings';
import type { EligibilityEstimate } from '../eligibility';

/** The active profile as the content script sees it, or why it could not be had. */
export interface ActiveProfile {
  profile: Profile | null;
  label: string | null;
  /**
   * A Chinese message for the overlay when something went wrong; null when all is well; empty
   * when the extension is gone (its texts with it: the controller's reconnect note says it).
   */
  problem: string | null;
  /** The profile's eligibility estimate at the counting date setting, computed by the background; null without a profile. */
  eligibility: EligibilityEstimate | null;
}

const NO_PROFILE = { profile: null, label: null, eligibility: null } as const;

/** The hold messages to the background wait for (holdMessagesUntil), or null (undefined before the first) when there is none. */
let hold: Promise<void> | null | undefined;

/**
 * Holds every message this frame's content script sends to the background until `until`
 * settles (resolved or rejected); messages asked for meanwhile go then, in the order asked.
 * The controller holds them until the panel's first frame is on screen: the background's work
 * on them (reading IndexedDB, recording progress) ran on the machine's cores while the page's
 * renderer was drawing that frame, and put it on screen about 20 ms later on a 2-core machine
 * (issue 9: overlay visible ≤ 50 ms after DOMContentLoaded; 40 loads of 基本信息 each, in
 * alternating blocks of 10 in fresh browsers: median 94.0 ms without the hold, 73.7 ms with it).
 * @param until a promise that settles when messages may go.
 */
export function holdMessagesUntil(until: Promise<unknown>): void {
  const current: Promise<void> = until.then(
    () => undefined,
    () => undefined,
  ).then(() => {
    if (hold === current) hold = null;
  });
  hold = current;
}

/**
 * `runtime.sendMessage`, once the hold (holdMessagesUntil) is over; at once, in the caller's
 * task, when there is none. Rejects as sendMessage does, also when it throws.
 */
async function send(message: { type: string } & Record<string, unknown>): Promise<unknown> {
  if (hold) await hold;
  return browser.runtime.sendMessage(message);
}

function isDisconnected(error: unknown): boolean {
  return error instanceof Error && /Extension context invalidated|Receiving end does not exist|message port closed/i.test(error.message);
}

/**
 * The note for a failed request: the reconnect note when the extension is gone, else
 * `otherwise`. Empty when even its i18n API throws (the extension was reloaded under the page):
 * the controller then shows its own reconnect note, read while the extension was there. Empty,
 * not null: a failure still reads as one (probe 14a O7: a failed save said “没有变化”), and a
 * caller's `notice ??= t(…)` then calls no dead API (breaker 30c: 用档案填写本页 right after an update).
 */
function problemNote(error: unknown, otherwise: MessageKey): string {
  try {
    return t(isDisconnected(error) ? 'overlay_notice_reconnect' : otherwise);
  } catch {
    return '';
  }
}

/**
 * Asks the background for the active profile (IndexedDB lives in the extension's origin, not
 * the page's, so the content script cannot open it itself).
 * @returns the profile, or `profile: null` with a message: none set up yet, storage
 *   unavailable, or the extension was updated under an open page (orphaned content script).
 */
export async function requestActiveProfile(): Promise<ActiveProfile> {
  try {
    const reply = (await send({ type: 'profile:get-active' })) as
      | ActiveProfileResponse
      | undefined;
    if (!reply) return { ...NO_PROFILE, problem: t('overlay_notice_profile_unreadable') };
    if (reply.error) return { ...NO_PROFILE, problem: reply.error.message };
    // The profile's own label: the background's answer names it so (lib/profile/messages.ts), and
    // reading it there alone saved the content script bytes of its budget (issue 9).
    return { profile: reply.profile, label: reply.profile?.label ?? null, problem: null, eligibility: reply.eligibility ?? null };
  } catch (error) {
    return { ...NO_PROFILE, problem: problemNote(error, 'overlay_notice_profile_unreadable') };
  }
}

/** Sends a progress report (the background derives the event: lib/progress/report.ts); a failure (e.g. orphaned script) is ignored: progress is advisory. */
export async function reportProgress(event: ProgressReport): Promise<void> {
  try {
    await send({ type: 'progress:report', event });
  } catch {
    // The overlay shows the reconnect note from requestActiveProfile; nothing to add here.
  }
}

/** The fill report carried over this frame's reload (lib/fill/carry.ts), or null (also when the background cannot be reached). */
export function requestCarriedFill(): Promise<CarriedFill | null> {
  return send({ type: 'fill:carried' }).catch(() => null) as Promise<CarriedFill | null>;
}

/**
 * The 记录序号 known saved on `step` of this portal in this tab (lib/background/record-memory.ts):
 * null when known only in part, none when the background cannot be reached. Called from on-demand.js.
 */
export async function requestSavedRecords(step: StepId): Promise<Set<number> | null> {
  try {
    const saved = (await send({ type: 'records:saved', key: location.origin, step })) as number[] | null | undefined;
    return saved === null ? null : new Set(saved);
  } catch {
    return new Set();
  }
}

/** The stored progress, or null when the background cannot be reached. */
export async function requestProgress(): Promise<ProgressState | null> {
  try {
    return ((await send({ type: 'progress:get' })) as ProgressState | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * Sends page values to the active profile (the background merges them with
 * lib/profile/capture applyCapturedValues). Called from on-demand.js (./capture.ts).
 * @param values profile paths with page texts (lib/content/capture.ts).
 * @param dryRun true: only compute the diff for the preview; false: save.
 * @param profileId on a save, the `profileId` the preview's reply named: the background refuses
 *   the save when another profile is active by then.
 * @returns the diff and rejected values with the id of the profile they were compared with, or
 *   `error` (Chinese; empty when the extension is gone and even its texts are: the controller's
 *   reconnect note says it) when nothing could be done.
 */
export async function applyCapturedToProfile(
  values: CapturedValue[],
  dryRun: boolean,
  profileId?: string,
): Promise<{ saved: boolean; diff: ApplyCapturedResponse['diff']; rejected: ApplyCapturedResponse['rejected']; profileId?: string; error?: string }> {
  try {
    const reply = (await send({ type: 'profile:apply-captured', values, dryRun, profileId })) as ApplyCapturedResponse;
    return { saved: reply.saved, diff: reply.diff, rejected: reply.rejected, profileId: reply.profileId, error: reply.error?.message };
  } catch (error) {
    return { saved: false, diff: [], rejected: [], error: problemNote(error, 'overlay_notice_capture_failed') };
  }
}

/** What recognition gets when the background cannot be reached: nothing taught, no pack. */
const NO_FIELD_MAPS: FieldMapsResponse = { own: [], pack: { taught: [], hints: {}, synonyms: [] } };

/**
 * The user's teach-mode mappings and the installed field-map pack of `host`, read and
 * validated by the background (lib/background/fieldmaps.ts).
 * @param host the page's host name (any case).
 * @returns own mappings (every host) and the pack's mappings, hints and synonyms; empty lists
 *   when the background cannot be reached (recognition then uses the dictionary alone).
 */
export async function requestFieldMaps(host: string): Promise<FieldMapsResponse> {
  try {
    return ((await send({ type: 'fieldmap:get', host })) as FieldMapsResponse | undefined) ?? NO_FIELD_MAPS;
  } catch {
    return NO_FIELD_MAPS;
  }
}

/**
 * Asks the background to store the mapping the user taught (it validates it first): that
 * `control` on this page's host and `step` means `key`, or no profile field when `key` is null
 * (lib/fields/mappings.ts mappingFromControl).
 * Called from on-demand.js: teach mode loads it first (lib/content/on-demand.ts).
 * @returns every stored mapping after the change, or a Chinese reason when it was not stored
 *   (invalid mapping, storage failure: the background words both; the background unreachable or
 *   the extension reloaded under the page: empty when even its texts are gone, as problemNote).
 *   Never rejects (probe 14a O9: an error thrown into the page).
 */
export async function teachMapping(control: ControlSnapshot, step: StepId, key: FieldKey | null): Promise<TeachResponse> {
  const mapping = mappingFromControl(location.hostname, step, control, key);
  try {
    const reply = (await send({ type: 'fieldmap:teach', mapping })) as TeachResponse | undefined;
    // No answer: the background went away with the extension (an update under the page).
    return reply ?? { ok: false, error: problemNote(null, 'overlay_notice_reconnect') };
  } catch (error) {
    return { ok: false, error: problemNote(error, 'overlay_notice_teach_failed') };
  }
}
