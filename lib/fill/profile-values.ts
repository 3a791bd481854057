/**
 * Reading a field key's value out of the profile, with the "where it came from" text shown in
 * the fill preview ("档案 · 基本信息 · 公民身份号码", "档案 · 学历 第 2 条 · 学校"; in an English
 * browser "Profile · Basic information · 公民身份号码": the field's own name is the portal's label).
 */
import type { Profile, RecordSection } from '../profile/schema';
import type { FieldKey } from '../fields/keys';
import { recordSectionOf } from '../fields/keys';
import { specOf } from '../fields/dictionary';
import { sectionTitle } from '../fields/sections';
import { isDateKey } from '../fields/date-fields';
import { t, type MessageKey } from '../i18n/t';

export interface ProfileValue {
  /** The value as text: dates `YYYY-MM-DD`/`YYYY-MM`, booleans "是"/"否", numbers in decimal, null end dates "至今". */
  value: string;
  source: string;
  /** The value is a date to be rendered in the page's format. */
  isDate: boolean;
}

const GROUP_TITLE: Record<string, MessageKey> = { application: 'fill_source_application', basic: 'fill_source_basic' };

function asText(v: unknown): string {
  if (v === null) return '至今';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' ? v : '';
}

/**
 * A fill source in the profile, in the UI's language: "档案 · <place>" / "Profile · <place>".
 * @param place where in the profile ("基本信息 · 姓名", "学历 第 2 条 · 学校", or a field's name).
 */
export function profileSource(place: string): string {
  return t('fill_source_profile', place);
}

/**
 * The profile's value for a key.
 * @param profile the active profile. @param key a scalar or record key (page keys have none).
 * @param recordIndex for record keys: 0-based row in the section.
 * @returns the value and its source, or null when the key has no profile value (page keys,
 *   a missing row). `annualReviews.seq` is the row number (index + 1): the profile keeps no
 *   seq for annual reviews.
 */
export function profileValue(profile: Profile, key: FieldKey, recordIndex: number | null): ProfileValue | null {
  if (key.startsWith('page.')) return null;
  const title = specOf(key).title;
  const prop = key.slice(key.indexOf('.') + 1);
  const isDate = isDateKey(key);
  const section: RecordSection | null = recordSectionOf(key);
  if (section) {
    if (recordIndex === null) return null;
    const row = (profile[section] as Record<string, unknown>[])[recordIndex];
    if (!row) return null;
    const raw = section === 'annualReviews' && prop === 'seq' ? recordIndex + 1 : row[prop];
    return { value: asText(raw), source: profileSource(`${t('profile_place_record', sectionTitle(section), recordIndex + 1)} · ${title}`), isDate };
  }
  if (!key.includes('.')) {
    return { value: asText((profile as Record<string, unknown>)[key]), source: profileSource(title), isDate };
  }
  const group = key.slice(0, key.indexOf('.'));
  const obj = (profile as Record<string, unknown>)[group] as Record<string, unknown> | undefined;
  const groupTitle = GROUP_TITLE[group];
  return { value: asText(obj?.[prop]), source: profileSource(`${groupTitle ? t(groupTitle) : group} · ${title}`), isDate };
}
