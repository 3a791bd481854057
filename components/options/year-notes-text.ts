import type { Profile } from '../../lib/profile/schema';
import { staleYearNotes } from '../../lib/profile/year-notes';
import { t } from '@/lib/i18n/t';

/**
 * The sentence an import or a copy appends when the profile holds an earlier year's data
 * (lib/profile/year-notes staleYearNotes): last year's file taken up again says what to update.
 * @param profile the imported or copied profile
 * @param today the day of the application (default: now)
 * @returns ` 这份档案里有些内容可能是往年的…：…；…` (a leading space), or '' when nothing is stale
 */
export function yearNotesText(profile: Profile, today: Date = new Date()): string {
  const notes = staleYearNotes(profile, today);
  return notes.length === 0 ? '' : ` ${t('options_year_intro')}${notes.join('')}`;
}
