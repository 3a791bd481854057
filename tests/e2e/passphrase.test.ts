import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { startPortal, type PortalServer } from '../portal/server';
import { chooseSeries, login, openStep } from '../portal/drive';
import { inOverlay, launchExtension, openExtensionPage, type ExtensionBrowser } from './harness';

// Passphrase protection in real Chromium (issue 9): the options page turns it on, the raw
// IndexedDB then holds no applicant data, 锁定 asks for the passphrase, a wrong one is refused,
// the right one unlocks, and a browser restart on the same profile directory is locked again.
const SAMPLE = resolve('tests/fixtures/sample-profile.json');
const shots = resolve('artifacts/options');
const PASS = '申报助手 correct horse 2024';
const require = createRequire(import.meta.url);

/** Serious or critical axe-core findings on the page (evaluated over CDP, so the page's CSP does not apply). */
async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: unknown[] }> }> } }).axe;
    const result = await axe.run(document);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** Every value in the extension's profile database, byte fields and Blobs decoded as UTF-8. */
function rawDatabaseText(page: Page): Promise<{ text: string; firstRecord: string }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('zc-profiles');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const getAll = (store: string) =>
      new Promise<unknown[]>((ok, fail) => {
        const req = db.transaction(store, 'readonly').objectStore(store).getAll();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    const parts: string[] = [];
    const visit = async (value: unknown): Promise<void> => {
      if (value instanceof Blob) parts.push(await value.text());
      else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) parts.push(new TextDecoder().decode(value as ArrayBuffer));
      else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) await visit(v);
      else parts.push(String(value));
    };
    const stores = [...db.objectStoreNames];
    const all = await Promise.all(stores.map(getAll));
    for (const values of all) await visit(values);
    const [first] = all[stores.indexOf('profiles')] ?? [];
    db.close();
    // What anyone reading the disk sees of one record: field names, clear values, byte counts.
    const shape = JSON.stringify(first, (_k, v: unknown) =>
      v instanceof ArrayBuffer ? `<${v.byteLength} bytes>` : ArrayBuffer.isView(v) ? `<${v.byteLength} bytes>` : v instanceof Blob ? `<Blob ${v.size} bytes>` : v,
    );
    return { text: parts.join('\n'), firstRecord: shape };
  });
}

/** What the background answers a content script asking for the active profile. */
function askBackgroundForActive(page: Page): Promise<{ profile: { basic: { name: string } } | null; error?: { kind: string; message: string } }> {
  return page.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<never> } } };
    return chrome.runtime.sendMessage({ type: 'profile:get-active' });
  });
}

async function unlock(page: Page, passphrase: string): Promise<number> {
  await page.locator('[data-testid="unlock-passphrase"]').fill(passphrase);
  const started = Date.now();
  await page.locator('[data-testid="unlock-submit"]').click();
  await page.locator('[data-testid="unlock-error"], [data-testid="profile-list"]').first().waitFor();
  return Date.now() - started;
}

/**
 * Runs an expression in every isolated world of `extensionName` (its content scripts) in the
 * page's frames, through the debugger protocol.
 * @returns the string each evaluation returned
 */
async function inContentScriptWorlds(browser: ExtensionBrowser, page: Page, extensionName: string, expression: string): Promise<string[]> {
  const cdp = await browser.context.newCDPSession(page);
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.name === extensionName && (context.auxData as { type?: string } | undefined)?.type === 'isolated') worlds.push(context.id);
  });
  await cdp.send('Runtime.enable'); // reports the existing contexts
  const results: string[] = [];
  for (const contextId of worlds) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    results.push(String(result.value));
  }
  await cdp.detach();
  return results;
}

/** What a content script gets from storage.local and storage.session (JSON text). */
const STORAGE_PROBE = `(async () => {
  const probe = async (area) => {
    try { return 'read ' + Object.keys(await chrome.storage[area].get(null)).length + ' keys'; }
    catch (e) { return 'refused: ' + e.message; }
  };
  return JSON.stringify({ local: await probe('local'), session: chrome.storage.session ? await probe('session') : 'absent' });
})()`;

describe('passphrase protection on the options page (Chromium)', () => {
  let userDataDir: string;
  let browser: ExtensionBrowser | undefined;
  let label: string;
  let name: string;
  let idNumber: string;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    userDataDir = await mkdtemp(join(tmpdir(), 'zc-passphrase-e2e-'));
    const doc = JSON.parse(await readFile(SAMPLE, 'utf8')) as { profile: { label: string; basic: { name: string; idNumber: string } } };
    ({ label } = doc.profile);
    ({ name, idNumber } = doc.profile.basic);
  });

  let portal: PortalServer | undefined;

  afterAll(async () => {
    await portal?.close();
    await browser?.close();
    await rm(userDataDir, { recursive: true, force: true });
  });

  it('encrypts the stored profile, locks, refuses a wrong passphrase and unlocks with the right one', async () => {
    browser = await launchExtension({ userDataDir });
    const page = await openExtensionPage(browser, 'options.html');
    await page.locator('[data-testid="profile-list-empty"]').waitFor();
    await page.locator('[data-testid="profile-import"]').setInputFiles(SAMPLE);
    await expect.poll(() => page.locator('[data-testid="profile-active"]').textContent()).toBe(label);
    const before = await rawDatabaseText(page);
    expect(before.text).toContain(name); // the check below can fail
    expect(before.text).toContain(idNumber);

    await page.locator('[data-testid="passphrase-start-enable"]').click();
    await expect.poll(() => page.locator('[data-testid="passphrase-warning"]').textContent()).toContain('忘记密码，档案将无法找回，任何人（包括本助手的开发者）都无法恢复');
    await page.locator('[data-testid="passphrase-new"]').fill(PASS);
    await page.locator('[data-testid="passphrase-repeat"]').fill(PASS);
    expect(await page.locator('[data-testid="passphrase-enable"]').isDisabled()).toBe(true);
    await page.locator('[data-testid="passphrase-confirm"]').check();
    await page.locator('[data-testid="passphrase-panel"]').screenshot({ path: `${shots}/passphrase-enable-form.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('[data-testid="passphrase-enable"]').click();
    await page.locator('[data-testid="passphrase-status"][data-state="on"]').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${shots}/passphrase-on.png` });

    const after = await rawDatabaseText(page);
    for (const secret of [name, idNumber, label]) expect(after.text).not.toContain(secret);
    console.info(`A sealed record as stored: ${after.firstRecord}`);

    // Unlocked: the background answers content scripts from the session key.
    expect((await askBackgroundForActive(page)).profile?.basic.name).toBe(name);

    // The cost of one key derivation in this Chromium (what every unlock pays).
    const deriveMs = await page.evaluate(async () => {
      const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('x'), 'PBKDF2', false, ['deriveBits']);
      const started = performance.now();
      await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 600_000 }, material, 256);
      return performance.now() - started;
    });

    await page.locator('[data-testid="passphrase-lock"]').click();
    await page.locator('[data-testid="unlock-panel"]').waitFor();
    expect(await page.locator('[data-testid="profile-list"]').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain(name);
    await page.screenshot({ path: `${shots}/passphrase-locked.png` });
    expect(await askBackgroundForActive(page)).toEqual({
      profile: null,
      error: { kind: 'locked', message: '档案已加密，请在扩展的选项页输入密码解锁后再使用自动填写。' },
    });

    await unlock(page, 'not the passphrase');
    expect(await page.locator('[data-testid="unlock-error"]').textContent()).toBe('密码不正确。');
    await page.screenshot({ path: `${shots}/passphrase-wrong.png` });
    const unlockMs = await unlock(page, PASS);
    await expect.poll(() => page.locator('[data-testid="profile-active"]').textContent()).toBe(label);
    expect(await page.locator('[data-field="basic.name"]').inputValue()).toBe(name);
    expect(await page.locator('[data-field="basic.idNumber"]').inputValue()).toBe(idNumber);
    console.info(`Chromium: PBKDF2-SHA-256 × 600000 = ${deriveMs.toFixed(0)} ms; 解锁 click → profile list = ${unlockMs} ms`);
    await browser.close({ keepProfile: true });
    browser = undefined;
  });

  it('is locked again after the browser restarts, and the passphrase still opens it', async () => {
    browser = await launchExtension({ userDataDir });
    const page = await openExtensionPage(browser, 'options.html');
    await page.locator('[data-testid="unlock-panel"]').waitFor();
    expect(await page.locator('[data-testid="profile-active"]').textContent()).toBe('');
    expect((await askBackgroundForActive(page)).error?.kind).toBe('locked');
    await page.screenshot({ path: `${shots}/passphrase-after-restart.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await unlock(page, PASS);
    await expect.poll(() => page.locator('[data-testid="profile-active"]').textContent()).toBe(label);
    expect((await askBackgroundForActive(page)).profile?.basic.name).toBe(name);
  });

  it('keeps the session key from content scripts, and the overlay says 档案已加密 when locked', async () => {
    browser ??= await launchExtension({ userDataDir });
    portal = await startPortal();
    const options = await openExtensionPage(browser, 'options.html');
    if (await options.locator('[data-testid="unlock-panel"]').count()) await unlock(options, PASS);
    await options.locator('[data-testid="passphrase-lock"]').waitFor();

    const page = await browser.context.newPage();
    await login(page, portal);
    await chooseSeries(page, '初级');
    const frame = await openStep(page, 'basic-info');
    await inOverlay(frame, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    // Unlocked, so the key is in storage.session now: a content script still cannot read it.
    const probes = (await inContentScriptWorlds(browser, page, '职称申报助手', STORAGE_PROBE)).map((r) => JSON.parse(r) as { local: string; session: string });
    console.info(`content-script storage access: ${JSON.stringify(probes)}`);
    expect(probes.length).toBeGreaterThan(0);
    for (const probe of probes) {
      expect(probe.local).toMatch(/^read /); // the probe really runs in the content script
      expect(probe.session).not.toMatch(/^read /);
    }

    await options.locator('[data-testid="passphrase-lock"]').click();
    await options.locator('[data-testid="unlock-panel"]').waitFor();
    const again = await openStep(page, 'basic-info');
    await inOverlay(again, '[data-testid="zc-step"]').waitFor({ timeout: 15_000 });
    const notice = inOverlay(again, '.zc-notice');
    await expect.poll(() => notice.first().textContent(), { timeout: 15_000 }).toContain('档案已加密，请在扩展的选项页输入密码解锁后再使用自动填写。');
    await page.screenshot({ path: `${shots}/passphrase-overlay-locked.png` });
  });
});
