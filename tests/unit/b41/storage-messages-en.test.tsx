// Task i18n41: in an English browser the options page still said its storage failures
// (浏览器存储空间不足…, 无法打开浏览器中的档案数据库…, 本机曾保存 2 份档案…), its passphrase
// refusals (密码不正确。, 密码至少需要 8 个字符。) and a damaged photo's message (照片文件已损坏…)
// in Chinese only, and so did the popup's explanation of a page without the helper, a refused
// field-map pack's reasons and the reasons 存入档案 gives for a value it does not take: they were
// written in lib/profile (db.ts, protection.ts, photo-data.ts, capture.ts, messages.ts),
// lib/hosts/explain.ts and lib/packs. They now come from public/_locales like the rest of the
// page; the Chinese stays word for word (the Chinese tests of those files are unchanged).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { checkForVanishedProfiles, openProfileDb, PROFILE_DB_NAME, PROFILE_DB_VERSION, ProfileDbError, type ProfileDbErrorKind } from '../../../lib/profile/db';
import { enableProtection, lockProfiles, unlockProfiles } from '../../../lib/profile/protection';
import { importProfileText } from '../../../lib/profile/import-export';
import { writeStoreMarker } from '../../../lib/profile/store-marker';
import { decodeDataUrl, imageBytesToBlob, imageDamage } from '../../../lib/profile/photo-data';
import { applyCapturedValues } from '../../../lib/profile/capture';
import { handleProfileMessage, PROFILE_MESSAGES } from '../../../lib/profile/messages';
import { emptyProfile } from '../../../lib/profile/schema';
import { explainNoContentScript } from '../../../lib/hosts/explain';
import { parsePack } from '../../../lib/packs/validate';
import { installLocale } from '../i18n-fake';
import { SAMPLE_TEXT, sampleDoc } from '../profile/fixtures';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { root, byTestId, chooseFile, mountWithSample } = optionsPageRoot();

afterEach(() => {
  vi.restoreAllMocks();
  installLocale();
});

const CJK = /[\u4e00-\u9fff]/;
const KINDS: ProfileDbErrorKind[] = ['blocked', 'quota', 'unavailable', 'vanished', 'not-found', 'invalid', 'locked', 'wrong-passphrase', 'retry-later', 'changed', 'edited-elsewhere', 'deleted-elsewhere', 'damaged'];
const SAMPLE_PHOTO = decodeDataUrl(sampleDoc().profile.photo.dataUrl)!.bytes;
const cut = (bytes: Uint8Array) => bytes.slice(0, Math.floor(bytes.length * 0.6));
const PASS = 'my passphrase 2024';

/** What a promise rejects with. */
async function refusal(work: Promise<unknown>): Promise<ProfileDbError> {
  try {
    await work;
  } catch (e) {
    return e as ProfileDbError;
  }
  throw new Error('expected a refusal');
}

/** Opens the database at a version above this build's, as a newer copy of the helper left it. */
async function leaveNewerDatabase(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(PROFILE_DB_NAME, PROFILE_DB_VERSION + 1);
    req.onupgradeneeded = () => req.result.createObjectStore('later');
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

describe('storage and passphrase messages in an English browser (i18n41)', () => {
  it('every storage failure says what happened in English, and in Chinese as before', async () => {
    expect(new ProfileDbError('quota').userMessage).toBe('浏览器存储空间不足，档案未保存。请清理磁盘空间或删除不用的档案后重试。');
    expect(new ProfileDbError('unavailable').userMessage).toBe('无法打开浏览器中的档案数据库（可能处于无痕模式或浏览器禁用了存储）。');
    installLocale('en');
    for (const kind of KINDS) expect(new ProfileDbError(kind).userMessage, kind).not.toMatch(CJK);
    expect(new ProfileDbError('quota').userMessage).toBe(
      'The browser’s storage is full: the profile was not saved. Free some disk space or delete profiles you no longer need, then try again.',
    );
    expect(new ProfileDbError('blocked').userMessage).toMatch(/Close the helper’s other pages \(options page, popup\), then press “Retry”\.$/);
    await leaveNewerDatabase();
    const newer = await refusal(openProfileDb());
    expect(newer).toMatchObject({ kind: 'unavailable' });
    expect(newer.userMessage).toBe(
      'The profile database in this browser was made by a newer version of the helper, which this older version cannot open. Update the helper to its latest version; the saved profiles have not changed.',
    );
  });

  it('profiles that vanished are counted and dated in English, protection or not', async () => {
    installLocale('en');
    await writeStoreMarker(2, false, '2026-10-01T09:30:00.000Z');
    expect((await checkForVanishedProfiles())?.userMessage).toBe(
      '2 profiles were saved on this computer (last on 2026-10-01 09:30 UTC) and are no longer in the browser’s database: browser data was cleared, or storage reclaimed. Restore them from a backup file or exported profile files.',
    );
    await writeStoreMarker(1, true, '2026-10-01T09:30:00.000Z');
    expect((await checkForVanishedProfiles())?.userMessage).toBe(
      '1 profile was saved with passphrase protection on this computer (last on 2026-10-01 09:30 UTC), and the profile and the protection are both gone from the browser’s database: browser data was cleared, or storage reclaimed. Passphrase protection is now off: profiles created or imported from now on are not encrypted. Restore them from a backup file or exported profile files, and set a passphrase again if you want one.',
    );
    installLocale('zh_CN');
    expect((await checkForVanishedProfiles())?.userMessage).toBe(
      '本机曾用密码保护保存 1 份档案（最后保存于 2026-10-01 09:30 UTC），现在浏览器数据库中档案和密码保护都已没有了——可能清理了浏览器数据或存储被回收。密码保护现在是关闭的：之后新建或导入的档案不会加密。请用备份文件或导出的档案文件恢复，需要时再重新设置密码。',
    );
  });

  it('a passphrase too short, a wrong one and a locked profile are refused in English', async () => {
    expect((await importProfileText(SAMPLE_TEXT)).ok).toBe(true);
    installLocale('en');
    expect((await refusal(enableProtection('short'))).userMessage).toBe('The passphrase needs at least 8 characters.');
    await enableProtection(PASS);
    await lockProfiles();
    const wrong = await refusal(unlockProfiles('not the passphrase'));
    expect(wrong).toMatchObject({ kind: 'wrong-passphrase', userMessage: 'Wrong passphrase.' });
    await refusal(unlockProfiles('not the passphrase'));
    // The third wrong one in a row calls for a wait (lib/profile/passphrase-backoff.ts), and the next try meets it.
    expect((await refusal(unlockProfiles('not the passphrase'))).userMessage).toBe('Wrong passphrase (3 wrong in a row). Please try again in 5 s.');
    expect((await refusal(unlockProfiles(PASS))).userMessage).toMatch(/^3 wrong passphrases in a row: please try again in [1-5] s\.$/);
    // The background words what a portal page is told: autofill while the profiles are locked.
    const reply = await handleProfileMessage({ type: PROFILE_MESSAGES.getActive });
    expect(reply.error).toEqual({
      kind: 'locked',
      message: 'The profiles are encrypted: unlock them with the passphrase on the extension’s options page, then autofill.',
    });
  });

  it('a damaged photo, and photo bytes that are no picture, are said in English', () => {
    installLocale('en');
    expect(imageDamage(cut(SAMPLE_PHOTO))).toBe(
      'The photo file is damaged: its image data is incomplete (perhaps a download, copy or transfer was cut off), so it cannot be shown and the portal will not accept it. Choose the original photo again.',
    );
    expect(() => imageBytesToBlob(new TextEncoder().encode('%PDF-1.4'))).toThrow('The photo is not a JPEG or PNG picture (its first bytes do not match)');
  });

  it('存入档案 says why a value is not taken in English, and that no profile is chosen', async () => {
    installLocale('en');
    const r = applyCapturedValues(emptyProfile('空'), [
      { path: 'education[2].school', value: '跳过了一行' },
      { path: 'basic.shoeSize', value: '42' },
      { path: 'annualReviews[0].year', value: '二〇一九' },
      { path: 'workHistory[0].socialInsurancePaid', value: '不详' },
    ]);
    expect(r.rejected.map((x) => `${x.path}: ${x.reason}`)).toEqual([
      'education[2].school: the records before row 3 are missing',
      'basic.shoeSize: the profile has no such item',
      'annualReviews[0].year: should be a whole number',
      'workHistory[0].socialInsurancePaid: should be 是 or 否 (yes or no)',
    ]);
    const reply = await handleProfileMessage({ type: PROFILE_MESSAGES.applyCaptured, values: [{ path: 'basic.name', value: '张小明' }] });
    expect(reply.error?.message).toBe('No current profile is chosen yet: import or create one on the options page first.');
  });

  it('the popup and a refused field-map pack speak English', () => {
    installLocale('en');
    expect(explainNoContentScript('https://gzrsj.rsj.gz.gov.cn/vsgzhr/Main.aspx', [])).toMatch(/^This page may be open in IE mode /);
    expect(explainNoContentScript('https://example.com/', [])).toBe(
      'This is not a page of the application portal, and the helper works only there. If the portal has moved to a new address, add it under “Options → Portal addresses”.',
    );
    expect(parsePack('{oops')).toEqual({ ok: false, errors: ['The file is not valid JSON'] });
    const personal = parsePack(JSON.stringify({ format: 'zc-fieldmap-pack', version: 1, site: 'x.example', mappings: [], synonyms: [{ key: 'basic.mobile', label: '手机13926001234' }] }));
    expect(personal.ok ? [] : personal.errors).toContain(
      'synonyms[0].label: looks like a mobile number; a field-map pack may hold only field names, selectors and matching rules, never personal data',
    );
  });

  it('the options page shows a damaged photo in English', async () => {
    await mountWithSample(<OptionsApp />, () => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级'));
    installLocale('en');
    await chooseFile('photo-input', new File([cut(SAMPLE_PHOTO)], 'IMG_0001.jpg'));
    await vi.waitFor(() => expect(byTestId('photo-damaged')?.textContent).toMatch(/^The photo file is damaged: /));
  });

  it('the options page shows a database it cannot open in English', async () => {
    installLocale('en');
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    });
    await act(() => render(<OptionsApp />, root()));
    await vi.waitFor(() => expect(byTestId('storage-problem')?.dataset.kind).toBe('unavailable'));
    expect(byTestId('storage-problem')?.textContent).toContain(
      'The profile database in this browser cannot be opened (perhaps a private window, or the browser has storage turned off).',
    );
  });

  it('the unlock form refuses a wrong passphrase in English', async () => {
    expect((await importProfileText(SAMPLE_TEXT)).ok).toBe(true);
    await enableProtection(PASS);
    await lockProfiles();
    installLocale('en');
    await act(() => render(<OptionsApp />, root()));
    await vi.waitFor(() => expect(byTestId('unlock-panel')).not.toBeNull());
    const tryPassphrase = async (value: string) => {
      const input = byTestId('unlock-passphrase') as HTMLInputElement;
      await act(() => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => (byTestId('unlock-submit') as HTMLButtonElement).click());
    };
    await tryPassphrase('not the passphrase');
    await vi.waitFor(() => expect(byTestId('unlock-error')?.textContent).toBe('Wrong passphrase.'), { timeout: 5000 });
  });
});
