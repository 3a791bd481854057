import type { Profile } from './schema';
import { applyCapturedValues, type CaptureChange, type CaptureRejection, type CapturedValue } from './capture';
import { getActiveProfile, ProfileDbError, saveProfile, type ProfileDbErrorKind } from './db';
import { estimateEligibility, type EligibilityEstimate } from '../eligibility';
import { effectiveCountingDate, readSettings } from '../settings';
import { t } from '../i18n/t';

/**
 * Messages content scripts send to the background for profile data. A content script's
 * IndexedDB belongs to the page's origin, so the profile database is opened only in extension
 * pages and the background; the background routes these messages to handleProfileMessage.
 */

export const PROFILE_MESSAGES = {
  getActive: 'profile:get-active',
  applyCaptured: 'profile:apply-captured',
} as const;

export type ProfileMessage =
  | { type: typeof PROFILE_MESSAGES.getActive }
  /**
   * `dryRun: true` returns the diff without saving (for a preview the user confirms). `profileId`:
   * the profile the preview was made against (its reply's `profileId`); the save is refused when
   * another profile is active by then (breaker 31q F2). Omitted = whichever profile is active.
   */
  | { type: typeof PROFILE_MESSAGES.applyCaptured; values: CapturedValue[]; dryRun?: boolean; profileId?: string };

/** A storage failure, as sent over the message channel (Error objects do not survive it). */
export interface ProfileMessageError {
  kind: ProfileDbErrorKind;
  /** To show as is: worded by the background, in the browser's UI language as the page's texts. */
  message: string;
}

export interface ActiveProfileResponse {
  /** The active profile without its photo (the photo never goes into a page); null when none is chosen. */
  profile: Profile | null;
  id?: string;
  label?: string;
  /** The profile's eligibility estimate (lib/eligibility.ts) at the counting date setting (lib/settings.ts). */
  eligibility?: EligibilityEstimate;
  error?: ProfileMessageError;
}

export interface ApplyCapturedResponse {
  /** True when the values were saved into the active profile (false on dryRun, no change, or error). */
  saved: boolean;
  diff: CaptureChange[];
  rejected: CaptureRejection[];
  /** The id of the active profile the diff was made against (absent on error). */
  profileId?: string;
  error?: ProfileMessageError;
}

/**
 * Tells whether a runtime message is one of PROFILE_MESSAGES (for the background's router).
 * @param msg anything received by runtime.onMessage
 */
export function isProfileMessage(msg: unknown): msg is ProfileMessage {
  if (typeof msg !== 'object' || msg === null) return false;
  const { type, values, profileId } = msg as { type?: unknown; values?: unknown; profileId?: unknown };
  if (type === PROFILE_MESSAGES.getActive) return true;
  return (
    type === PROFILE_MESSAGES.applyCaptured &&
    (profileId === undefined || typeof profileId === 'string') &&
    Array.isArray(values) &&
    values.every((v) => typeof v === 'object' && v !== null && typeof v.path === 'string' && typeof v.value === 'string')
  );
}

/**
 * @param e what a storage call threw
 * @param purposeMessages what a kind means for this purpose, where db.ts's default does not fit
 *   (it speaks of filling, or of the options page's 载入最新)
 */
function messageError(e: unknown, purposeMessages: Partial<Record<ProfileDbError['kind'], string>> = {}): ProfileMessageError {
  const err = e instanceof ProfileDbError ? e : new ProfileDbError('unavailable', undefined, { cause: e });
  return { kind: err.kind, message: purposeMessages[err.kind] ?? err.userMessage };
}

/**
 * Merges captured values into the active profile and saves them unless `dryRun`. The save is
 * based on the record the values were merged into; when another page saved it meanwhile, the
 * merge is redone once on the newer record rather than overwriting it (probe 14a T4). A save
 * for a preview made against another profile (`profileId`: the active one was switched or
 * deleted on the options page since) is refused, so one applicant's page never goes into the
 * next applicant's profile (breaker 31q F2).
 * @throws ProfileDbError 'changed' (another profile active) and as getActiveProfile / saveProfile
 */
async function applyCaptured(values: CapturedValue[], dryRun: boolean | undefined, profileId: string | undefined, retries = 1): Promise<ApplyCapturedResponse> {
  const active = await getActiveProfile();
  if (!active) {
    return { saved: false, diff: [], rejected: [], error: { kind: 'not-found', message: t('capture_no_active_profile') } };
  }
  if (!dryRun && profileId !== undefined && profileId !== active.id) throw new ProfileDbError('changed', t('capture_profile_switched'));
  const result = applyCapturedValues(active.profile, values);
  const reply = { diff: result.diff, rejected: result.rejected, profileId: active.id };
  if (dryRun || result.diff.length === 0) return { saved: false, ...reply };
  try {
    await saveProfile({ id: active.id, profile: result.profile, basedOn: active.updatedAt });
  } catch (e) {
    if (retries > 0 && e instanceof ProfileDbError && e.kind === 'edited-elsewhere') return applyCaptured(values, dryRun, profileId, retries - 1);
    throw e;
  }
  return { saved: true, ...reply };
}

/**
 * Background-side handler for profile messages. Never rejects: storage failures come back as
 * `error` so the content script can show them.
 * @param msg `{ type: 'profile:get-active' }` or `{ type: 'profile:apply-captured', values, dryRun? }`
 * @returns for get-active: ActiveProfileResponse (without the photo, eligibility estimated at
 *   the counting date setting); for apply-captured:
 *   ApplyCapturedResponse (the values merged into the active profile by applyCapturedValues and
 *   saved unless dryRun; error 'not-found' when no profile is active, 'changed' when `profileId`
 *   names another profile than the active one)
 */
export async function handleProfileMessage(msg: { type: typeof PROFILE_MESSAGES.getActive }): Promise<ActiveProfileResponse>;
export async function handleProfileMessage(msg: Extract<ProfileMessage, { type: typeof PROFILE_MESSAGES.applyCaptured }>): Promise<ApplyCapturedResponse>;
export async function handleProfileMessage(msg: ProfileMessage): Promise<ActiveProfileResponse | ApplyCapturedResponse>;
export async function handleProfileMessage(msg: ProfileMessage): Promise<ActiveProfileResponse | ApplyCapturedResponse> {
  if (msg.type === PROFILE_MESSAGES.getActive) {
    try {
      const active = await getActiveProfile();
      if (!active) return { profile: null };
      // Estimated here, with the profile, so the content script every portal page loads does not
      // carry the eligibility rules nor their sentences, worded here in the browser's language (issue 9: ≤ 50 KB gzip).
      const countingDate = effectiveCountingDate(await readSettings());
      return {
        profile: active.profile,
        id: active.id,
        label: active.profile.label,
        eligibility: estimateEligibility(active.profile, countingDate),
      };
    } catch (e) {
      return { profile: null, error: messageError(e) };
    }
  }
  try {
    return await applyCaptured(msg.values, msg.dryRun, msg.profileId);
  } catch (e) {
    // The 存入档案 panel has no 载入最新: say what to press there (breaker 30b C1).
    const captureMessages = {
      locked: t('capture_locked'),
      'edited-elsewhere': t('capture_edited_elsewhere'),
      'deleted-elsewhere': t('capture_deleted_elsewhere'),
    };
    return { saved: false, diff: [], rejected: [], error: messageError(e, captureMessages) };
  }
}
