import type { Runtime } from 'webextension-polyfill';
import { isMessage, type BackgroundRequest, type CarriedFillRequest, type FieldMapRequest, type RecordMemoryRequest } from '../messaging/messages';
import { badgeText, type ProgressState } from '../progress/model';
import { readProgress, readProgressInTurn, recordProgress, resetProgress } from '../progress/store';
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
 * Shows the stored progress on the toolbar badge again (`4/11`, or none before any step was
 * seen). Chromium does not keep a badge set at run time across a browser restart or an update or
 * reload of the extension; without this the badge stays blank until a portal page reports.
 * Call at `runtime.onStartup` and `runtime.onInstalled`.
 * @returns once the badge is set; rejects only if the action API does.
 */
export async function restoreBadge(): Promise<void> {
  await showBadge(await readProgressInTurn());
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
  if (!isMessage(message, 'progress:')) return undefined;
  const request = message as BackgroundRequest;
  switch (request.type) {
    case 'progress:get':
      return readProgress();
    case 'progress:report':
      void rememberFromReport(request.event, sender);
      return recordProgress(progressEventOf(request.event)).then(async (state) => {
        await showBadge(state);
        return state;
      });
    case 'progress:reset':
      return resetProgress(request.key).then(async (state) => {
        await showBadge(state);
        return state;
      });
    default:
      return undefined;
  }
}
