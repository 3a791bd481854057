import type { PageFieldValue } from '../fields/match';
import { SCALAR_KEYS, recordSectionOf, type FieldKey } from '../fields/keys';
import { sectionOfStep, sectionTitle } from '../fields/sections';
import { specOf } from '../fields/dictionary';
import type { CapturedValue } from '../profile/capture';
import type { Profile, RecordSection } from '../profile/schema';
import type { StepId } from '../portal/step-ids';
import type { CaptureState } from '@/components/overlay/model';
import { applyCapturedToProfile } from './background-client';
import { t, tCount } from '../i18n/t';
import { MASKED_VALUE } from '../checks/common';

const SCALARS: ReadonlySet<string> = new Set(SCALAR_KEYS);

/**
 * Which profile row the record form on the page is: the row whose 记录序号 (or, for 年度考核,
 * whose 年度) equals the page's; otherwise a new row after the last.
 */
function recordIndexOf(section: RecordSection, fields: readonly PageFieldValue[], profile: Profile | null): number {
  const rows = (profile?.[section] ?? []) as { seq?: number; year?: number }[];
  const pageValue = (key: FieldKey) => fields.find((f) => f.key === key && f.value !== '')?.value;
  const seq = Number(pageValue(`${section}.seq` as FieldKey));
  if (Number.isInteger(seq) && seq > 0) {
    const byIndex = rows.findIndex((r) => r.seq === seq);
    if (byIndex >= 0) return byIndex;
  }
  if (section === 'annualReviews') {
    const year = Number(pageValue('annualReviews.year'));
    const byYear = rows.findIndex((r) => r.year === year);
    if (byYear >= 0) return byYear;
  }
  return rows.length;
}

/**
 * The values of a filled portal page as profile paths, for "把本页存入档案" (issue 4: capture
 * from the page). Scalar keys keep their path (`basic.idNumber`); the open record form of a
 * record step goes to `section[i].property`, the row chosen by its 记录序号 (or 年度); `page.*`
 * keys (photo, consent…) and empty values are left out.
 *
 * @param fields recognised fields with their page values (lib/fields/recognize pageFieldValues).
 * @param step the recognised step.
 * @param profile the active profile, to find the row; null → rows are appended from 0.
 * @returns one value per path, the first non-empty control winning when several share a key; a
 *   value shown masked (MASKED_VALUE), or 是 / 否, wins only when no later control of the key holds another.
 */
export function capturedValuesFromPage(fields: readonly PageFieldValue[], step: StepId, profile: Profile | null): CapturedValue[] {
  const section = sectionOfStep(step);
  const index = section ? recordIndexOf(section, fields, profile) : 0;
  const out = new Map<string, string>();
  for (const f of fields) {
    if (f.value === '') continue;
    let path: string | null = null;
    if (SCALARS.has(f.key)) path = f.key;
    else if (section && recordSectionOf(f.key) === section) {
      const prop = f.key.slice(section.length + 1);
      // 年度考核 rows have no 记录序号 in the profile: the page's one is its own numbering.
      if (!(section === 'annualReviews' && prop === 'seq')) path = `${section}[${index}].${prop}`;
    }
    if (!path) continue;
    // A masked copy earlier on the page (a read-only 440106********0314 above the editable 公民身份号码
    // box) is never stored: it gives way to the box's value rather than hide it (breaker 27a item 7);
    // so does a 是/否 answer to a field the page also asks by its value (是否全日制 above 学习形式).
    const taken = out.get(path);
    if (taken === undefined || MASKED_VALUE.test(taken) || /^[是否]$/.test(taken)) out.set(path, f.value);
  }
  return [...out].map(([path, value]) => ({ path, value }));
}

/**
 * The name of a capture path in the UI's language: `education[1].school` → "学历 第 2 条 · 毕业院校"
 * (English: "“Education” record 2 · 毕业院校"; the field's name is the portal's label).
 * @param path a path produced by capturedValuesFromPage.
 */
export function capturePathTitle(path: string): string {
  const m = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
  if (m) {
    const [, section, index, prop] = m as unknown as [string, RecordSection, string, string];
    return `${t('profile_place_record', sectionTitle(section), Number(index) + 1)} · ${specOf(`${section}.${prop}` as FieldKey).title}`;
  }
  return specOf(path as FieldKey).title;
}

/**
 * The capture preview (the overlay's 把本页内容存入档案): what the page's values would change in
 * the active profile, asked of the background as a dry run — nothing is saved.
 * @param fields, step, profile as for capturedValuesFromPage.
 * @returns what saveCapture then saves — the values asked about (the preview's, not the page as it
 *   is at the press) and the id of the profile they were compared with — and the overlay's
 *   capture state: the changes and refusals with their Chinese names, or `done` with the reason
 *   when nothing could be compared.
 */
export async function previewCapture(
  fields: readonly PageFieldValue[],
  step: StepId,
  profile: Profile | null,
): Promise<{ previewed: PreviewedCapture; state: CaptureState }> {
  const values = capturedValuesFromPage(fields, step, profile);
  const reply = await applyCapturedToProfile(values, true);
  const state: CaptureState = reply.error !== undefined
    ? { phase: 'done', message: reply.error }
    : {
        phase: 'preview',
        changes: reply.diff.map((c) => ({ ...c, title: capturePathTitle(c.path) })),
        rejected: reply.rejected.map((r) => ({ ...r, title: capturePathTitle(r.path) })),
      };
  return { previewed: { values, profileId: reply.profileId }, state };
}

/** What a capture preview showed: the values, and the profile (id) they were compared with. */
export interface PreviewedCapture {
  values: CapturedValue[];
  /** Undefined when the preview failed (nothing to save then). */
  profileId: string | undefined;
}

/**
 * Saves the values the capture preview showed into the profile it compared them with — refused
 * when the options page made another profile active since (breaker 31q F2).
 * @param previewed from previewCapture.
 * @returns the overlay's message: how many values were saved, that nothing changed, or (Chinese)
 *   why nothing could be saved (empty when the extension is gone: applyCapturedToProfile).
 */
export async function saveCapture(previewed: PreviewedCapture): Promise<string> {
  const reply = await applyCapturedToProfile(previewed.values, false, previewed.profileId);
  // A failed save is never “没有变化” (probe 14a O7), even when its reason is empty.
  if (reply.error !== undefined) return reply.error;
  return reply.saved ? tCount('overlay_capture_saved', reply.diff.length) : t('overlay_capture_unchanged');
}
