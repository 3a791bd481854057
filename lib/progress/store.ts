import { storage } from 'wxt/utils/storage';
import { EMPTY_PROGRESS, progressStateSchema, reduceProgress, type ProgressEvent, type ProgressState } from './model';

/**
 * Progress persisted in `browser.storage.local` (survives browser restarts; not page-visible).
 * Lives in the background service worker; updates are serialised so two portal tabs reporting
 * at once cannot lose each other's events.
 */
const progressItem = storage.defineItem<unknown>('local:progress', { fallback: EMPTY_PROGRESS });

let queue: Promise<unknown> = Promise.resolve();

function serialise<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The stored progress. A stored value that no longer validates (corrupted, or written by a
 * future version) is not overwritten here; it reads as empty until a new event replaces it.
 */
export async function readProgress(): Promise<ProgressState> {
  const parsed = progressStateSchema.safeParse(await progressItem.getValue());
  return parsed.success ? parsed.data : EMPTY_PROGRESS;
}

/**
 * The stored progress, read in turn with the writes: after the events and resets asked for
 * before it, never in the middle of one (the toolbar badge shown again at start-up must not
 * overwrite a newer report's with an older state).
 * @returns the state as stored once the writes queued before this call are done.
 */
export function readProgressInTurn(): Promise<ProgressState> {
  return serialise(readProgress);
}

/** Applies one event and persists it; resolves with the new state once written. */
export function recordProgress(event: ProgressEvent): Promise<ProgressState> {
  return serialise(async () => {
    const next = reduceProgress(await readProgress(), event);
    await progressItem.setValue(next);
    return next;
  });
}

/** Forgets one application's progress (the popup's 重新开始). */
export function resetProgress(key: string): Promise<ProgressState> {
  return serialise(async () => {
    const state = await readProgress();
    const { [key]: _removed, ...rest } = state.applications;
    const next: ProgressState = { version: 1, current: state.current === key ? null : state.current, applications: rest };
    await progressItem.setValue(next);
    return next;
  });
}
