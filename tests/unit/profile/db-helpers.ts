// Resets the profile database and the marker between tests (fake-indexeddb + WXT fake browser).
import { fakeBrowser } from 'wxt/testing';
import { closeProfileDb, PROFILE_DB_NAME, ProfileDbError } from '../../../lib/profile/db';

/** Deletes the profile database and clears browser.storage. */
export async function resetProfileStore(): Promise<void> {
  await closeProfileDb();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(PROFILE_DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('deleteDatabase blocked: a connection was left open'));
  });
  fakeBrowser.reset();
}

/** The ProfileDbError a call rejects with, or 'resolved' (another error is thrown on). */
export async function refusal(work: Promise<unknown>): Promise<ProfileDbError | 'resolved'> {
  try {
    await work;
    return 'resolved';
  } catch (e) {
    if (e instanceof ProfileDbError) return e;
    throw e;
  }
}
