import { beforeEach, describe, expect, it } from 'vitest';
import {
  closeProfileDb,
  getActiveProfile,
  listProfiles,
  openProfileDb,
  PROFILE_DB_NAME,
  PROFILE_DB_VERSION,
  saveProfile,
} from '../../../lib/profile/db';
import { enableProtection } from '../../../lib/profile/protection';
import { emptyProfile } from '../../../lib/profile/schema';
import { resetProfileStore } from './db-helpers';

beforeEach(resetProfileStore);

/** Opens the database with raw IndexedDB at a given version, running `upgrade` on creation. */
function rawOpen(version: number, upgrade?: (db: IDBDatabase, tx: IDBTransaction) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(PROFILE_DB_NAME, version);
    req.onupgradeneeded = () => upgrade?.(req.result, req.transaction!);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

describe('a database of a later version (an older build installed over a newer one)', () => {
  it('is refused with a message that says so, and is left as it is', async () => {
    const newer = await rawOpen(PROFILE_DB_VERSION + 1, (db) => db.createObjectStore('later'));
    newer.close();
    await expect(openProfileDb()).rejects.toMatchObject({ kind: 'unavailable', userMessage: expect.stringContaining('较新版本的助手') });
    const again = await rawOpen(PROFILE_DB_VERSION + 1);
    expect([...again.objectStoreNames]).toContain('later');
    again.close();
  });
});

const V1_RECORD = {
  id: 'v1-profile',
  profile: { ...emptyProfile('2020 初级（v1 数据库）'), basic: { ...emptyProfile('x').basic, name: '张小明' } },
  photo: new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], { type: 'image/jpeg' }),
  photoInfo: { fileName: 'photo.jpg' },
  fileExtras: {},
  createdAt: '2025-03-01T00:00:00.000Z',
  updatedAt: '2025-03-02T00:00:00.000Z',
};

/**
 * Databases as every earlier version wrote them, frozen here (not built from lib/profile/db.ts's
 * own steps, so a changed step cannot hide a broken upgrade). One entry per released version.
 */
const EARLIER_VERSIONS: Record<number, () => Promise<void>> = {
  1: async () => {
    const db = await rawOpen(1, (d) => {
      d.createObjectStore('profiles', { keyPath: 'id' });
      d.createObjectStore('meta');
    });
    const tx = db.transaction(['profiles', 'meta'], 'readwrite');
    tx.objectStore('profiles').put(V1_RECORD);
    tx.objectStore('meta').put('v1-profile', 'activeProfileId');
    await done(tx);
    db.close();
  },
  2: async () => {
    const db = await rawOpen(2, (d) => {
      d.createObjectStore('profiles', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      d.createObjectStore('meta');
    });
    const tx = db.transaction(['profiles', 'meta'], 'readwrite');
    tx.objectStore('profiles').put(V1_RECORD);
    tx.objectStore('meta').put('v1-profile', 'activeProfileId');
    await done(tx);
    db.close();
  },
};

describe('database versions', () => {
  it('has a frozen writer for every earlier version', () => {
    expect(Object.keys(EARLIER_VERSIONS).map(Number)).toEqual(Array.from({ length: PROFILE_DB_VERSION - 1 }, (_, i) => i + 1));
  });

  it('creates a fresh database at the current version', async () => {
    const db = await openProfileDb();
    expect(db.version).toBe(PROFILE_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'profiles', 'protection']);
    expect(await listProfiles()).toEqual([]);
  });

  it.each(Object.entries(EARLIER_VERSIONS))('opens a database written by version %s and keeps its data', async (_v, write) => {
    await write();
    const db = await openProfileDb();
    expect(db.version).toBe(PROFILE_DB_VERSION);
    expect(await listProfiles()).toEqual([V1_RECORD]);
    expect((await getActiveProfile())?.profile.basic.name).toBe('张小明');
    const later = await saveProfile({ profile: emptyProfile('新档案') });
    expect((await listProfiles()).map((p) => p.id)).toEqual(['v1-profile', later.id]);
    // Records written before passphrase protection existed can be sealed and read back.
    await enableProtection('passphrase-1');
    expect((await listProfiles())[0]?.profile).toEqual(V1_RECORD.profile);
  });
});

describe('upgrade blocked by another page', () => {
  it('rejects with kind "blocked" and a Chinese message instead of hanging, and succeeds once the old page closes', async () => {
    await EARLIER_VERSIONS[1]!();
    const oldPage = await rawOpen(1); // another extension page, holding version 1, ignoring versionchange
    const err = await openProfileDb().catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: 'blocked' });
    expect((err as { userMessage: string }).userMessage).toContain('关闭其他助手页面');
    oldPage.close();
    // Let the abandoned request finish (it closes its own connection), then retry.
    await new Promise((r) => setTimeout(r, 20));
    expect((await openProfileDb()).version).toBe(PROFILE_DB_VERSION);
    expect(await listProfiles()).toHaveLength(1);
  });

  it('closes its own connection when a newer version needs the database', async () => {
    await openProfileDb();
    const newer = await rawOpen(PROFILE_DB_VERSION + 1); // would hang if this page kept its connection
    expect(newer.version).toBe(PROFILE_DB_VERSION + 1);
    newer.close();
    await closeProfileDb();
  });
});
