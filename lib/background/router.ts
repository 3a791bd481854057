import type { Runtime } from 'webextension-polyfill';
import { isMessage, type BackgroundRequest, type CarriedFillRequest, type FieldMapRequest, type RecordMemoryRequest } from '../messaging/messages';
import { badgeText, type ProgressOwner, type ProgressState, type ShownProgress } from '../progress/model';
import { adoptOwnerless, forgetProgress, forgetProgressExcept, markOwnerlessOrphaned, readProgress, readProgressInTurn, recordProgress, resetProgress, restoreProgress } from '../progress/store';
import { getActiveProfileId, getProfile, getProfileIds } from '../profile/db';
import { PROFILES_CHANGED_MESSAGE } from '../profile/change-signal';
import { progressEventOf } from '../progress/report';
import { handleProfileMessage, isProfileMessage } from '../profile/messages';
import { handleFieldMapRequest } from './fieldmaps';
import { injectOnDemand } from './on-demand';
import { handleCarriedFill } from './carried-fill';
import { rememberFromReport, savedRecordsFor } from './record-memory';

async function showBadge(state: ProgressState): Promise<void> {
  const app = state.current ? state.applications[state.current] : undefined;
  await browser.action.setBadgeText({ text: badgeText(app) });
  await browser.action.setBadgeBackgroundColor({ color: '#1f6feb' });
}

/**
 * Whose progress is being made now: the active profile (lib/profile/db.ts), which first adopts
 * the progress kept with no profile, if any (lib/progress/store.ts adoptOwnerless: an earlier
 * version's, at an upgrade). A profile database that cannot be read counts as no profile (the
 * progress then kept without one goes to the active profile once it can be read again).
 * @returns the active profile's id, or null when there is none
 */
async function activeOwner(): Promise<string | null> {
  let owner: string | null;
  try {
    owner = await getActiveProfileId();
  } catch {
    return null;
  }
  await adoptOwnerless(owner);
  return owner;
}

/**
 * Whose progress the popup shows, by name: the profile's label, null while the profiles are
 * locked (sealed: lib/profile/sealed-records.ts) or unreadable — the popup says so instead.
 * @param id a profile id; null: no profile
 */
async function ownerOf(id: string | null): Promise<ProgressOwner | null> {
  if (id === null) return null;
  const label = await getProfile(id).then(
    (stored) => stored?.profile.label ?? null,
    () => null,
  );
  return { id, label };
}

/**
 * Shows the active applicant's stored progress on the toolbar badge (`4/11`, or none before any
 * step was seen): again at start-up, as Chromium does not keep a badge set at run time across a
 * browser restart or an update or reload of the extension (without this it stays blank until a
 * portal page reports), and whenever the profiles change (`profiles:changed`: the active profile
 * switched on the options page is another applicant, whose progress it shows at once). Call at
 * `runtime.onStartup` and `runtime.onInstalled` — where it also hands an earlier version's
 * progress to the profile active at the upgrade (activeOwner).
 * @returns once the badge is set; rejects only if the action API does.
 */
export async function restoreBadge(): Promise<void> {
  await showBadge(await readProgressInTurn(await activeOwner()));
}

/** What the popup shows for `owner` (a profile id, null: no profile), read in turn with the writes. */
async function shown(owner: string | null): Promise<ShownProgress> {
  const [progress, who] = await Promise.all([readProgressInTurn(owner), ownerOf(owner)]);
  return { progress, owner: who };
}

/**
 * After profiles were deleted (their progress forgotten): when none is active any more, what the
 * deleted applicant's open portal tab reports from now on must not go to the next profile made
 * active (lib/progress/store.ts markOwnerlessOrphaned). A database that cannot be read notes nothing.
 * @param result what the forgetting returned, handed on
 */
async function afterForgetting<T>(result: T): Promise<T> {
  const active = await getActiveProfileId().catch(() => undefined);
  if (active === null) await markOwnerlessOrphaned();
  return result;
}

/** Runs a change of the stored progress, then shows the active applicant's on the badge. */
async function thenBadge<T>(change: Promise<T>): Promise<T> {
  const result = await change;
  await restoreBadge();
  return result;
}

/**
 * Handles one runtime message in the background service worker.
 * @param message anything; messages not meant for the background resolve to `undefined` so
 *   another listener may answer.
 * @param sender the sending context. Only this extension's own contexts can reach
 *   `runtime.onMessage` (no `externally_connectable`), never page scripts.
 * @returns a promise of the response, or `undefined` when the message is not ours.
 */
export function handleBackgroundRequest(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return undefined;
  if (isProfileMessage(message)) return handleProfileMessage(message);
  if (isMessage(message, 'content:load-on-demand')) return injectOnDemand(sender);
  if (isMessage(message, 'fill:')) return Promise.resolve(handleCarriedFill(message as CarriedFillRequest, sender));
  if (isMessage(message, 'records:')) return savedRecordsFor(message as RecordMemoryRequest, sender);
  if (isMessage(message, 'fieldmap:')) {
    const request = message as FieldMapRequest;
    return request.type === 'fieldmap:get' || request.type === 'fieldmap:teach' ? handleFieldMapRequest(request) : undefined;
  }
  if (isMessage(message, PROFILES_CHANGED_MESSAGE.type)) return restoreBadge().then(() => undefined);
  if (!isMessage(message, 'progress:')) return undefined;
  const request = message as BackgroundRequest;
  switch (request.type) {
    case 'progress:get':
      return activeOwner().then(readProgress);
    case 'progress:shown':
      return activeOwner().then(shown);
    case 'progress:report':
      void rememberFromReport(request.event, sender);
      // The report counts for the applicant whose profile is active when it arrives.
      return thenBadge(activeOwner().then((owner) => recordProgress(owner, progressEventOf(request.event))));
    case 'progress:reset': {
      // The applicant the popup showed, even if another profile was made active since.
      const owner = typeof request.owner === 'string' ? request.owner : null;
      return thenBadge(resetProgress(owner, request.key)).then(() => shown(owner));
    }
    case 'progress:forget':
      return typeof request.owner === 'string' ? thenBadge(forgetProgress(request.owner).then(afterForgetting)) : undefined;
    case 'progress:restore':
      return typeof request.owner === 'string' ? thenBadge(restoreProgress(request.owner, request.progress)) : undefined;
    case 'progress:forget-gone':
      return thenBadge(getProfileIds().then(forgetProgressExcept).then(afterForgetting));
    default:
      return undefined;
  }
}
