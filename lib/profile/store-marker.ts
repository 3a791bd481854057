import { browser } from 'wxt/browser';

/**
 * A note kept outside IndexedDB (browser.storage.local) saying how many profiles were stored
 * and when. If IndexedDB later comes back empty while the note says there were profiles, the
 * data vanished (site data cleared, storage evicted) and the user is told so, instead of the
 * options page pretending it is a first run (issue 4).
 */

const MARKER_KEY = 'zc.profileStoreMarker';

export interface StoreMarker {
  /** Number of profiles after the last completed write. */
  profileCount: number;
  /** ISO 8601 time of the last completed write. */
  writtenAt: string;
  /**
   * Passphrase protection was on after that write. IndexedDB holds the protection record too, so
   * clearing it turns protection off along with the profiles: the note says it was on. Absent in
   * notes written before (read as off).
   */
  protectionOn?: boolean;
}

function isMarker(value: unknown): value is StoreMarker {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoreMarker).profileCount === 'number' &&
    typeof (value as StoreMarker).writtenAt === 'string' &&
    ['boolean', 'undefined'].includes(typeof (value as StoreMarker).protectionOn)
  );
}

/**
 * Reads the marker.
 * @returns the marker, or null when none was written (first run) or it is unreadable
 */
export async function readStoreMarker(): Promise<StoreMarker | null> {
  const got = await browser.storage.local.get(MARKER_KEY);
  const value: unknown = got[MARKER_KEY];
  return isMarker(value) ? value : null;
}

/**
 * Records the profile count and whether protection is on, after a completed write. Best effort: it is called once the profiles
 * are on disk, so a failure here (browser.storage.local full or unavailable) must not turn a
 * completed save, delete or erase into a reported failure ("未保存", then a retry refused as
 * edited elsewhere: breaker 31q F1). A marker left stale only makes the vanished-data check
 * (db.ts checkForVanishedProfiles) compare with an older count.
 * @param profileCount profiles now in IndexedDB
 * @param protectionOn passphrase protection is on now (IndexedDB holds its record)
 * @param writtenAt ISO 8601 time (default: now)
 * @returns whether the marker was written
 */
export async function writeStoreMarker(profileCount: number, protectionOn: boolean, writtenAt = new Date().toISOString()): Promise<boolean> {
  try {
    await browser.storage.local.set({ [MARKER_KEY]: { profileCount, writtenAt, protectionOn } satisfies StoreMarker });
    return true;
  } catch (e) {
    console.warn('[zc] profile store marker not written', e);
    return false;
  }
}
