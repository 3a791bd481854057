import { t } from '@/lib/i18n/t';
import { uniqueLabel } from '@/lib/profile/labels';

/**
 * The label proposed for a copy ("复制去年的申报"): the first year in the label moves on by one
 * (`张小明 · 2020 初级` → `张小明 · 2021 初级`), and at least to this year — a profile from some years
 * back, copied for this year's application, is not named for a year long past (`2020` copied in
 * 2026 → `2026`: reapply 44); without a year, `（副本）` is appended (` (copy)` in English). Made
 * unique with uniqueLabel.
 * @param label the source profile's label
 * @param taken labels already in the list
 * @param today the day of the copy (default: now; local time)
 */
export function suggestCopyLabel(label: string, taken: readonly string[], today: Date = new Date()): string {
  const year = /(19|20)\d{2}/.exec(label);
  const base = year
    ? label.slice(0, year.index) + String(Math.max(Number(year[0]) + 1, today.getFullYear())) + label.slice(year.index + 4)
    : t('options_copy_label', label);
  return uniqueLabel(base, taken);
}
