import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installLocale } from '../i18n-fake';
import { importProfileText } from '../../../lib/profile/import-export';
import { handleProfileMessage, PROFILE_MESSAGES } from '../../../lib/profile/messages';
import { SAMPLE_TEXT } from './fixtures';
import { resetProfileStore } from './db-helpers';

// Breaker 30b C1: a 存入档案 refused because of another page (twice, past the one retry) cannot be
// raced reliably with the real store, so the save is made to refuse; the rest is the real store.
const refuseWith = vi.hoisted(() => ({ kind: null as 'edited-elsewhere' | 'deleted-elsewhere' | null }));
vi.mock('../../../lib/profile/db', async (importOriginal) => {
  const db = await importOriginal<typeof import('../../../lib/profile/db')>();
  return {
    ...db,
    saveProfile: (...args: Parameters<typeof db.saveProfile>) =>
      refuseWith.kind ? Promise.reject(new db.ProfileDbError(refuseWith.kind)) : db.saveProfile(...args),
  };
});

beforeEach(async () => {
  await resetProfileStore();
  installLocale('zh_CN');
  refuseWith.kind = null;
  const r = await importProfileText(SAMPLE_TEXT);
  if (!r.ok) throw new Error(r.errors.join('\n'));
});

const capture = () => handleProfileMessage({ type: PROFILE_MESSAGES.applyCaptured, values: [{ path: 'basic.mobile', value: '13944444444' }] });

describe('a 存入档案 refused because of another page says what to press on the portal panel', () => {
  it('edited elsewhere twice: press 存入档案 again, not 载入最新 (which the panel lacks)', async () => {
    refuseWith.kind = 'edited-elsewhere';
    const r = await capture();
    expect(r).toMatchObject({ saved: false, error: { kind: 'edited-elsewhere' } });
    expect(r.error?.message).toContain('再按一次“存入档案”');
    expect(r.error?.message).not.toContain('载入最新');
  });

  it('deleted elsewhere: says 当前档案 has changed before the next 存入档案', async () => {
    refuseWith.kind = 'deleted-elsewhere';
    const r = await capture();
    expect(r).toMatchObject({ saved: false, error: { kind: 'deleted-elsewhere' } });
    expect(r.error?.message).toContain('当前档案');
    expect(r.error?.message).toContain('存入档案');
  });
});
