import type { Profile } from './schema';
import type { PhotoInfo, StoredProfile } from './db';
import { openBytes, openJson, sealBytes, sealJson, type SealedBytes } from './crypto';

/**
 * A stored profile at rest under passphrase protection (lib/profile/crypto.ts). Everything the
 * applicant wrote is sealed: the profile JSON (label and name included), the photo's file name,
 * type and bytes, and the unknown keys of the imported file. Left in clear, because the database
 * needs them without the passphrase: the random id (primary key), createdAt (the list order
 * index), updatedAt (to notice a concurrent edit), and — unavoidably — the ciphertext sizes.
 */
export interface SealedProfileRecord {
  id: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
  /** Sealed UTF-8 JSON of SealedContent, bound to `record:<id>:json`. */
  sealed: SealedBytes;
  /** Sealed photo bytes, bound to `record:<id>:photo`; null when there is no photo. */
  sealedPhoto: SealedBytes | null;
}

/** What a record holds in IndexedDB: in clear, or sealed while protection is on. */
export type ProfileRecord = StoredProfile | SealedProfileRecord;

/** The sealed JSON of a record. */
interface SealedContent {
  profile: Profile;
  photoInfo: PhotoInfo | null;
  /** MIME type of the photo Blob; null when there is no photo. */
  photoType: string | null;
  fileExtras: Record<string, unknown>;
}

const jsonContext = (id: string) => `record:${id}:json`;
const photoContext = (id: string) => `record:${id}:photo`;

/**
 * Tells a sealed record from one in clear.
 * @param record a value read from the `profiles` store
 */
export function isSealedRecord(record: ProfileRecord): record is SealedProfileRecord {
  return 'sealed' in record;
}

/**
 * Seals a record in clear (one fresh IV for the JSON, one for the photo).
 * @param record the record as the rest of the extension sees it
 * @param key the AES-GCM key of the current protection
 * @returns the record to store
 */
export async function sealRecord(record: StoredProfile, key: CryptoKey): Promise<SealedProfileRecord> {
  const content: SealedContent = {
    profile: record.profile,
    photoInfo: record.photoInfo,
    photoType: record.photo?.type ?? null,
    fileExtras: record.fileExtras,
  };
  return {
    id: record.id,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    sealed: await sealJson(key, content, jsonContext(record.id)),
    sealedPhoto: record.photo ? await sealBytes(key, await record.photo.arrayBuffer(), photoContext(record.id)) : null,
  };
}

function isSealedContent(value: unknown): value is SealedContent {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Partial<SealedContent>;
  return typeof c.profile === 'object' && c.profile !== null && typeof c.fileExtras === 'object' && c.fileExtras !== null;
}

/**
 * Opens a sealed record.
 * @param record a sealed record
 * @param key the AES-GCM key it was sealed with
 * @returns the record in clear (photo back as a Blob of its original type)
 * @throws DOMException 'OperationError' when the key is wrong or a byte changed;
 *   TypeError when the opened JSON is not a record's content
 */
export async function openRecord(record: SealedProfileRecord, key: CryptoKey): Promise<StoredProfile> {
  const content = await openJson(key, record.sealed, jsonContext(record.id));
  if (!isSealedContent(content)) throw new TypeError('sealed record content has an unexpected shape');
  const photo = record.sealedPhoto
    ? new Blob([await openBytes(key, record.sealedPhoto, photoContext(record.id))], { type: content.photoType ?? 'image/jpeg' })
    : null;
  return {
    id: record.id,
    profile: content.profile,
    photo,
    photoInfo: content.photoInfo,
    fileExtras: content.fileExtras,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
