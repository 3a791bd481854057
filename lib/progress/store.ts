import { storage } from 'wxt/utils/storage';
import { EMPTY_PROGRESS, progressStateSchema, reduceProgress, type ProgressEvent, type ProgressState } from './model';

/**
 * Progress persisted in `browser.storage.local` (survives browser restarts; not page-visible),
 * one ProgressState per applicant: on a helpdesk browser each applicant has a profile of his own
 * (lib/profile/db.ts, one active), and the steps one applicant ticked are not the next one's.
 * Lives in the background service worker; updates are serialised so two portal tabs reporting
 * at once cannot lose each other's events.
 *
 * Layout (each value a ProgressState, `version: 1`, validated on every read):
 * - `progress.<profile id>`: the progress of that profile's applicant (its owner);
 * - `progress`: progress recorded while no profile exists (owner `null`: as before profiles had
 *   progress of their own), and everything versions before per-applicant progress stored.
 *
 * Upgrade: the owner-less progress is adopted by the first profile that is active when the
 * background next handles progress (adoptOwnerless): at an update, that is at once — the
 * background shows the badge again at `runtime.onInstalled` (lib/background/router.ts
 * restoreBadge) — so an earlier version's progress goes to the profile active at upgrade time,
 * and nothing stored is lost. Progress recorded with no profile goes, the same way, to the first
 * profile made active after it (the applicant who started without one and then made his) — but
 * not what was recorded after the last profile was deleted (markOwnerlessOrphaned).
 */
const OWNERLESS_KEY = 'local:progress';
const ownerlessItem = storage.defineItem<unknown>(OWNERLESS_KEY, { fallback: EMPTY_PROGRESS });
/**
 * When the last profile was deleted (an ISO timestamp), until a profile is active again: the
 * owner-less progress recorded meanwhile is the deleted applicant's tab's (see markOwnerlessOrphaned).
 * Not under `progress.`: forgetProgressExcept removes only those.
 */
const ORPHANED_KEY = 'local:progress-orphaned';

/** The storage key of an owner's progress (a profile id; null = no profile, OWNERLESS_KEY). */
const keyOf = (owner: string | null): `local:${string}` => (owner === null ? OWNERLESS_KEY : `local:progress.${owner}`);
/** The storage.local name (without its area) a profile's progress is kept under starts so. */
const OWNED_PREFIX = 'progress.';

let queue: Promise<unknown> = Promise.resolve();

function serialise<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** What is stored under `key`: undefined when nothing is, else the raw value (not yet validated). */
async function rawAt(key: `local:${string}`): Promise<unknown> {
  return key === OWNERLESS_KEY ? ownerlessItem.getValue() : ((await storage.getItem<unknown>(key)) ?? undefined);
}

/**
 * Reads a stored value as progress.
 * @returns the state, or null when it does not validate (corrupted, or written by a future version)
 */
function parsed(raw: unknown): ProgressState | null {
  const result = progressStateSchema.safeParse(raw);
  return result.success ? result.data : null;
}

/**
 * One owner's stored progress. A stored value that no longer validates (corrupted, or written by
 * a future version) is not overwritten here; it reads as empty until a new event replaces it.
 * @param owner the profile id whose progress to read; null: the progress kept with no profile
 */
export async function readProgress(owner: string | null): Promise<ProgressState> {
  return parsed(await rawAt(keyOf(owner))) ?? EMPTY_PROGRESS;
}

/**
 * One owner's stored progress, read in turn with the writes: after the events and resets asked
 * for before it, never in the middle of one (the toolbar badge shown again at start-up must not
 * overwrite a newer report's with an older state).
 * @param owner as for readProgress
 * @returns the state as stored once the writes queued before this call are done.
 */
export function readProgressInTurn(owner: string | null): Promise<ProgressState> {
  return serialise(() => readProgress(owner));
}

/**
 * `own` with the applications of `adopted` it has not got (its own record of one portal is
 * newer than the owner-less one, which stopped when the profile began to be recorded).
 */
function merged(own: ProgressState, adopted: ProgressState): ProgressState {
  return { version: 1, current: own.current ?? adopted.current, applications: { ...adopted.applications, ...own.applications } };
}

/**
 * Gives the owner-less progress (see the module's comment) to `owner`, in one storage write
 * (the owner's progress and the emptied owner-less record together). Nothing is written when
 * there is nothing to adopt, when the owner-less value does not validate (kept as it is, never
 * overwritten), or when the owner's own value does not (it is not overwritten either).
 * @param owner the active profile's id; null does nothing
 * @returns once done; rejects only if storage does
 */
export function adoptOwnerless(owner: string | null): Promise<void> {
  if (owner === null) return Promise.resolve();
  return serialise(async () => {
    const ownerless = parsed(await ownerlessItem.getValue());
    if ((await storage.getItem<string>(ORPHANED_KEY)) !== null) {
      // Recorded after the last profile was deleted: forgotten with him, never adopted (markOwnerlessOrphaned).
      if (ownerless && Object.keys(ownerless.applications).length > 0) await storage.setItem(OWNERLESS_KEY, EMPTY_PROGRESS);
      await storage.removeItem(ORPHANED_KEY);
      return;
    }
    if (!ownerless || Object.keys(ownerless.applications).length === 0) return;
    const raw = await rawAt(keyOf(owner));
    const own = raw === undefined ? EMPTY_PROGRESS : parsed(raw);
    if (!own) return;
    await storage.setItems([
      { key: keyOf(owner), value: merged(own, ownerless) },
      { key: OWNERLESS_KEY, value: EMPTY_PROGRESS },
    ]);
  });
}

/**
 * Applies one event to its owner's progress and persists it.
 * @param owner the profile active when the event arrived (null: no profile)
 * @returns the owner's new state, once written
 */
export function recordProgress(owner: string | null, event: ProgressEvent): Promise<ProgressState> {
  return serialise(async () => {
    const next = reduceProgress(await readProgress(owner), event);
    await storage.setItem(keyOf(owner), next);
    return next;
  });
}

/**
 * Forgets one application's progress of one owner (the popup's 重新开始, for the applicant it
 * shows): the other applicants' progress on the same portal stays.
 * @param owner the profile id (null: the progress kept with no profile)
 * @param key the application's key (its portal origin)
 * @returns the owner's state after it
 */
export function resetProgress(owner: string | null, key: string): Promise<ProgressState> {
  return serialise(async () => {
    const state = await readProgress(owner);
    const { [key]: _removed, ...rest } = state.applications;
    const next: ProgressState = { version: 1, current: state.current === key ? null : state.current, applications: rest };
    await storage.setItem(keyOf(owner), next);
    return next;
  });
}

/**
 * Forgets all progress of a deleted profile.
 * @param owner the deleted profile's id
 * @returns what was stored for it (undefined when nothing), for forgetProgress's undo
 *   (restoreProgress: the options page's 撤销 puts the profile back, and its progress with it)
 */
export function forgetProgress(owner: string): Promise<unknown> {
  return serialise(async () => {
    const raw = await rawAt(keyOf(owner));
    if (raw !== undefined) await storage.removeItem(keyOf(owner));
    return raw;
  });
}

/**
 * Notes that the last profile was deleted (call after forgetProgress when no profile is active any
 * more). The deleted applicant's portal tab may still be open, and what it reports then, with no
 * profile to own it, is kept owner-less; the next profile made active — the next applicant's, his
 * file imported at a helpdesk — must not adopt it as his (breaker 62 finding 2: 乙's popup showed
 * 甲's steps done, and his 送审 checklist counted them saved). adoptOwnerless forgets it instead.
 * The price: an applicant who deleted his only profile to start afresh, and goes on without one,
 * finds the steps of that time not counted for the profile he makes next (his earlier ones went
 * with the delete too); they count again when he visits or saves them.
 * @returns once noted; rejects only if storage does
 */
export function markOwnerlessOrphaned(): Promise<void> {
  return serialise(() => storage.setItem(ORPHANED_KEY, new Date().toISOString()));
}

/**
 * Puts back what forgetProgress returned, when the deleted profile is restored. Progress the
 * profile gained meanwhile (the owner-less progress it adopted on coming back) is kept, with the
 * applications of the restored one it has not got; a restored value that does not validate is
 * put back as it was only where nothing is stored now.
 * @param owner the restored profile's id
 * @param raw what forgetProgress returned for it (undefined: nothing to restore)
 */
export function restoreProgress(owner: string, raw: unknown): Promise<void> {
  if (raw === undefined) return Promise.resolve();
  return serialise(async () => {
    const now = await rawAt(keyOf(owner));
    if (now === undefined) return storage.setItem(keyOf(owner), raw);
    const [current, restored] = [parsed(now), parsed(raw)];
    if (current && restored) await storage.setItem(keyOf(owner), merged(current, restored));
  });
}

/**
 * Forgets the progress of every profile not in `keep` (after the profiles were erased for a
 * forgotten passphrase: no profile is left to own it). The owner-less progress stays.
 * @param keep the ids of the profiles that still exist
 */
export function forgetProgressExcept(keep: readonly string[]): Promise<void> {
  return serialise(async () => {
    const names = Object.keys(await browser.storage.local.get(null));
    const gone = names.filter((name) => name.startsWith(OWNED_PREFIX) && !keep.includes(name.slice(OWNED_PREFIX.length)));
    if (gone.length > 0) await storage.removeItems(gone.map((name): `local:${string}` => `local:${name}`));
  });
}
