import { t } from '../i18n/t';

/**
 * A label not yet in the list: `base`, else `base（2）`, `base（3）`… (` (2)` in English).
 * @param base the wanted label
 * @param taken labels already in the list
 */
export function uniqueLabel(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${t('common_parenthesised', n)}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
