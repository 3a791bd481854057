import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../../lib/i18n/local-day';

const zone = process.env.TZ;

afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('the day a stored time is shown as (lib/i18n/local-day.ts; it showed the UTC day)', () => {
  it('in Beijing, a time before 08:00 is that day, not the UTC day before', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(localDay('2026-12-05T17:30:00.000Z')).toBe('2026-12-06');
    expect(localDay('2026-12-05T15:59:59.000Z')).toBe('2026-12-05');
    expect(localDay(new Date('2025-12-31T16:00:00.000Z'))).toBe('2026-01-01');
  });

  it('a damaged stored value is shown as it is, without throwing', () => {
    expect(localDay('not a date')).toBe('not a date');
    expect(localDay('')).toBe('');
  });
});
