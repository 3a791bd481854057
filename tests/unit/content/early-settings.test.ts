import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_STORAGE_KEY, startEarlySettingsRead, takeEarlySettingsRead } from '../../../lib/content/early-settings';
import { readSettings, writeSettings } from '../../../lib/settings';

/** A content script's global with a storage API that counts its reads. */
function scopeWith(get: (key: string) => Promise<Record<string, unknown>>) {
  const keys: string[] = [];
  const scope = {
    chrome: {
      storage: {
        local: {
          get: (key: string) => {
            keys.push(key);
            return get(key);
          },
        },
      },
    },
  };
  return { scope, keys };
}

describe('the settings read started at injection (lib/content/early-settings.ts)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the settings key once and hands the pending read over once', async () => {
    const { scope, keys } = scopeWith(async () => ({ [SETTINGS_STORAGE_KEY]: { maskPersonal: true } }));
    startEarlySettingsRead(scope);
    expect(keys).toEqual(['settings']);
    const read = takeEarlySettingsRead(scope);
    expect(read).toBeDefined();
    // A later start of the overlay reads the settings as they are then.
    expect(takeEarlySettingsRead(scope)).toBeUndefined();
    expect((await readSettings(read)).maskPersonal).toBe(true);
  });

  it('starts nothing where the storage API is gone (the extension was removed while the page loaded)', () => {
    const scope = {};
    startEarlySettingsRead(scope);
    expect(takeEarlySettingsRead(scope)).toBeUndefined();
  });

  it('leaves a failed read to its taker: readSettings throws what the storage threw', async () => {
    const { scope } = scopeWith(() => Promise.reject(new Error('Extension context invalidated.')));
    startEarlySettingsRead(scope);
    await expect(readSettings(takeEarlySettingsRead(scope))).rejects.toThrow('Extension context invalidated.');
  });

  it('is the key lib/settings.ts writes', async () => {
    await writeSettings({ overlayCollapsed: true });
    const scope = { browser: fakeBrowser } as Parameters<typeof startEarlySettingsRead>[0];
    startEarlySettingsRead(scope);
    const read = takeEarlySettingsRead(scope);
    expect(read).toBeDefined();
    expect((await readSettings(read)).overlayCollapsed).toBe(true);
  });
});
