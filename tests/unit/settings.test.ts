import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkSettings, DEFAULT_SETTINGS, readSettings, watchSettings, writeOverlayCollapsed, writeSettings, type Settings } from '../../lib/settings';

/**
 * lib/settings.ts validates with a hand-written guard (the content script carries no zod,
 * issue 9). Oracle: the zod schema it replaced, with its "invalid → all defaults" reading.
 */
const oracleSchema = z.object({
  countingDate: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/).default(''),
  overlayCollapsed: z.boolean().default(false),
  largeText: z.boolean().default(false),
  highContrast: z.boolean().default(false),
  maskPersonal: z.boolean().default(false),
});

function oracle(value: unknown): Settings | null {
  const parsed = oracleSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const fieldValue = fc.oneof(
  fc.constant(undefined),
  fc.boolean(),
  fc.constantFrom('', '2019-07-01', '2019-7-1', '2019-07-01x', 'today'),
  fc.string(),
  fc.integer(),
  fc.constant(null),
);
const settingsLike = fc.oneof(
  fc.record(
    { countingDate: fieldValue, overlayCollapsed: fieldValue, largeText: fieldValue, highContrast: fieldValue, maskPersonal: fieldValue, extra: fieldValue },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('settings guard (lib/settings.ts)', () => {
  it('accepts and refuses exactly what the zod schema did, with the same result', () => {
    fc.assert(
      fc.property(settingsLike, (value) => {
        const checked = checkSettings(value);
        expect(checked.ok ? checked.settings : null).toEqual(oracle(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the first broken field', () => {
    expect(checkSettings({ countingDate: '2019-7-1' })).toEqual({ ok: false, field: 'countingDate' });
    expect(checkSettings({ largeText: 'yes' })).toEqual({ ok: false, field: 'largeText' });
    expect(checkSettings([])).toEqual({ ok: false, field: '(根)' });
  });
});

describe('settings in browser.storage.local', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults when nothing or something invalid is stored, and keeps what is valid', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await browser.storage.local.set({ settings: { largeText: 'yes', maskPersonal: true } });
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await browser.storage.local.set({ settings: { maskPersonal: true, stray: 1 } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, maskPersonal: true });
  });

  it('writes a merged patch, refuses an invalid one without writing, and tells watchers', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await writeSettings({ countingDate: '2019-07-01' });
    await expect(writeSettings({ countingDate: '2019年7月' })).rejects.toThrow('工作年限计算截止日期须为四位年份的日期');
    await writeSettings({ highContrast: true });
    stop();
    await writeSettings({ largeText: true });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, countingDate: '2019-07-01', highContrast: true, largeText: true });
    expect(seen.map((s) => [s.countingDate, s.highContrast])).toEqual([
      ['2019-07-01', false],
      ['2019-07-01', true],
    ]);
  });

  it('writeOverlayCollapsed stores what writeSettings would: the other settings kept, unknown keys dropped, invalid stored settings as defaults', async () => {
    await browser.storage.local.set({ settings: { countingDate: '2019-07-01', maskPersonal: true, stray: 1 } });
    await writeOverlayCollapsed(true);
    const kept = (await browser.storage.local.get('settings')).settings;
    expect(kept).toStrictEqual({ ...DEFAULT_SETTINGS, countingDate: '2019-07-01', maskPersonal: true, overlayCollapsed: true });
    await browser.storage.local.set({ settings: { largeText: 'yes' } });
    await writeOverlayCollapsed(false);
    const reset = (await browser.storage.local.get('settings')).settings;
    await browser.storage.local.set({ settings: { largeText: 'yes' } });
    await writeSettings({ overlayCollapsed: false });
    expect(reset).toStrictEqual((await browser.storage.local.get('settings')).settings);
    expect(reset).toStrictEqual(DEFAULT_SETTINGS);
  });
});
