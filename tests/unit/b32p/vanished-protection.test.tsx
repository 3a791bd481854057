// Breaker 32p item 4: the profile database deleted (site data cleared) while passphrase protection
// was on came back as an unprotected store. With profiles, the page said they were gone but not
// that protection was off; with protection on and no profile yet, it said nothing at all, and the
// next profile typed in was stored in clear. The note kept outside IndexedDB now records whether
// protection was on, and the page says both.
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { acknowledgeVanishedProfiles, checkForVanishedProfiles, closeProfileDb, PROFILE_DB_NAME, saveProfile } from '../../../lib/profile/db';
import { disableProtection, enableProtection, eraseProtectedProfiles } from '../../../lib/profile/protection';
import { emptyProfile } from '../../../lib/profile/schema';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { root, byTestId } = optionsPageRoot();
const PASS = 'correct horse battery';

/** What clearing the site data does to IndexedDB; browser.storage.local (the marker) stays. */
async function clearSiteDatabase(): Promise<void> {
  await closeProfileDb();
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(PROFILE_DB_NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

describe('the database cleared while protection was on', () => {
  it('says the profiles are gone and that protection is now off', async () => {
    await saveProfile({ profile: emptyProfile('张小明') });
    await saveProfile({ profile: emptyProfile('李四') });
    await enableProtection(PASS);
    expect(await checkForVanishedProfiles()).toBeNull();
    await clearSiteDatabase();
    const said = (await checkForVanishedProfiles())?.userMessage;
    expect(said).toContain('2 份档案');
    expect(said).toContain('密码保护现在是关闭的');
  });

  it('says protection is off even when no profile had been saved yet', async () => {
    await enableProtection(PASS);
    await clearSiteDatabase();
    expect((await checkForVanishedProfiles())?.userMessage).toContain('密码保护现在是关闭的');
    await acknowledgeVanishedProfiles();
    expect(await checkForVanishedProfiles()).toBeNull();
  });

  it('says nothing of protection when it had been turned off, or the profiles erased on purpose', async () => {
    await saveProfile({ profile: emptyProfile('张小明') });
    await enableProtection(PASS);
    await disableProtection(PASS);
    await clearSiteDatabase();
    const said = (await checkForVanishedProfiles())?.userMessage;
    expect(said).toContain('1 份档案');
    expect(said).not.toContain('密码保护');
    await acknowledgeVanishedProfiles();
    await enableProtection(PASS);
    await eraseProtectedProfiles();
    expect(await checkForVanishedProfiles()).toBeNull();
  });

  it('shows it on the options page', async () => {
    await saveProfile({ profile: emptyProfile('张小明') });
    await enableProtection(PASS);
    await clearSiteDatabase();
    const { render } = await import('preact');
    const { act } = await import('preact/test-utils');
    await act(() => render(<OptionsApp />, root()));
    await vi.waitFor(() => expect(byTestId('storage-vanished')?.textContent).toContain('密码保护现在是关闭的'));
  });
});
