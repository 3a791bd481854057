/**
 * The calendar day of a moment as the user's clock shows it, `YYYY-MM-DD`. Stored times are ISO
 * strings in UTC (`2026-12-05T17:30:00.000Z`); their first ten characters are the UTC day, which
 * in Beijing (UTC+8) is the day before for anything done between 00:00 and 08:00.
 * @param moment an ISO date-time string or a Date. @returns the local day; the input's first ten
 *   characters when it is no date (a damaged stored value is shown as it is, never throws).
 */
export function localDay(moment: string | Date): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment;
  if (Number.isNaN(date.getTime())) return String(moment).slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
