import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openStep } from '../portal/drive';
import { importProfileFile, inOverlay, openExtensionPage, startPortalSession, tempProfileFile, waitForStep, type ExtensionBrowser, type PortalSession } from './harness';
import { type MessageTap, messageTap, removeTappedCopy, tappedExtensionDir } from './message-tap';
import { startTeach } from './overlay-driver';

const shots = resolve('artifacts/e2e/teach-capture');

const MOBILE = 'input[id$="txtSJHM"]';
const DISGUISED = '#TextBox77';

/**
 * Makes the 手机号码 box unrecognisable: its label becomes text no dictionary knows and its
 * id/name lose the pinyin initials (a page the product has never seen).
 */
async function disguiseMobile(frame: Frame): Promise<void> {
  await frame.$eval(MOBILE, (el) => {
    const cell = el.closest('td')?.previousElementSibling;
    if (!cell) throw new Error('no label cell');
    cell.textContent = '联络甲：';
    el.id = 'TextBox77';
    el.setAttribute('name', 'TextBox77');
  });
}

/** The background's answers (the build is tapped: tests/e2e/message-tap.ts). */
let tap: MessageTap;

/**
 * Reloads 基本信息 (a full reload: the page is unknown to the dictionary again), disguises
 * 手机号码 anew, types a number into it and opens 把本页内容存入档案 before the background has
 * answered the overlay's `fieldmap:get` (held until then, as on a loaded machine or a waking
 * service worker): the capture waits for the taught mappings, so a field taught on this site is
 * offered as on a page read with them.
 * @returns the reloaded content frame.
 */
async function reloadAndCapture(page: Page, frame: Frame): Promise<Frame> {
  await tap.hold('fieldmap:get');
  try {
    await frame.evaluate(() => location.reload());
    const reloaded = (await page.waitForEvent('framenavigated', (f) => f.name() === 'mainFrame')) as Frame;
    await reloaded.waitForLoadState('load');
    await waitForStep(reloaded, 'basic-info');
    await disguiseMobile(reloaded);
    await reloaded.fill(DISGUISED, '13912345678');
    await inOverlay(reloaded, '#zc-sec-more > summary').click();
    await inOverlay(reloaded, '[data-testid="zc-capture"]').click();
    // Given time to read the page without them (the code before the fix showed its preview within
    // this second), the capture still waits.
    await reloaded.waitForTimeout(1_000);
    expect(await inOverlay(reloaded, '[data-testid="zc-capture-preview"]').count()).toBe(0);
    return reloaded;
  } finally {
    await tap.release('fieldmap:get');
  }
}

describe('capture from the page and teach mode', () => {
  let session: PortalSession;
  let browser: ExtensionBrowser;
  let page: Page;
  /** The tapped copy of the build this file's browser loads. */
  let tapped: string | undefined;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    // A repeat applicant starts from an empty profile and last year's filled pages.
    const empty = tempProfileFile({ format: 'zc-profile', version: 1, profile: { label: '王小红 · 2026' } });
    session = await startPortalSession({ profileFile: empty, extensionDir: (tapped = await tappedExtensionDir()) });
    ({ browser, page } = session);
    tap = messageTap(browser);
  });

  afterAll(async () => {
    await session?.close();
    await removeTappedCopy(tapped);
  });

  it('reads a filled page back into the active profile after showing the diff', async () => {
    const frame = await openStep(page, 'awards-summary');
    await waitForStep(frame, 'awards-summary');
    const areas = frame.locator('textarea');
    await areas.nth(0).fill('无。');
    await areas.nth(1).fill('2020 年起从事水质监测，独立完成采样与分析。');
    await inOverlay(frame, '#zc-sec-more > summary').click();
    await inOverlay(frame, '[data-testid="zc-capture"]').click();
    const changes = inOverlay(frame, '[data-testid="zc-capture-change"]');
    await expect.poll(() => changes.count()).toBe(2);
    expect(await changes.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')).sort())).toEqual(['awards', 'workSummary']);
    await frame.page().screenshot({ path: `${shots}/capture-preview.png` });
    await inOverlay(frame, '[data-testid="zc-capture-apply"]').click();
    await inOverlay(frame, '[data-testid="zc-capture-done"]').waitFor();
    expect(await inOverlay(frame, '[data-testid="zc-capture-done"]').textContent()).toContain('已存入档案（2 项）');

    const options = await openExtensionPage(browser, 'options.html');
    await expect.poll(() => options.locator('[data-field="workSummary"]').inputValue()).toBe('2020 年起从事水质监测，独立完成采样与分析。');
    expect(await options.locator('[data-field="awards"]').inputValue()).toBe('无。');
    await options.close();
  });

  it('learns a field it did not recognise and keeps the mapping across reloads', async () => {
    let frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await disguiseMobile(frame);
    await frame.fill(DISGUISED, '13912345678');
    await inOverlay(frame, '#zc-sec-more > summary').click();
    // Not recognised yet: capturing the page does not offer it.
    await inOverlay(frame, '[data-testid="zc-capture"]').click();
    await inOverlay(frame, '[data-testid="zc-capture-preview"]').waitFor();
    expect(await inOverlay(frame, '[data-testid="zc-capture-change"][data-path="basic.mobile"]').count()).toBe(0);
    await inOverlay(frame, '[data-testid="zc-capture-preview"] button:has-text("取消")').click();

    // Re-teaching a field it already recognises (联系电话 as 公民身份号码) is said plainly first.
    await startTeach(frame);
    await frame.click('input[id$="txtLXDH"]');
    await inOverlay(frame, '[data-testid="zc-teach"][data-phase="choose"]').waitFor();
    expect(await inOverlay(frame, '[data-testid="zc-teach-key"]').inputValue()).toBe('basic.phone');
    expect(await inOverlay(frame, '[data-testid="zc-teach-changes"]').count()).toBe(0);
    await inOverlay(frame, '[data-testid="zc-teach-key"]').selectOption('basic.idNumber');
    const warning = await inOverlay(frame, '[data-testid="zc-teach-changes"]').textContent();
    expect(warning).toContain('本栏目前识别为“联系电话”');
    expect(warning).toContain('将改为“公民身份号码”');
    await page.screenshot({ path: `${shots}/teach-changes-warning.png` });
    await inOverlay(frame, '[data-testid="zc-teach"] button:text-is("取消")').click();

    await startTeach(frame);
    await frame.click(DISGUISED);
    await inOverlay(frame, '[data-testid="zc-teach"][data-phase="choose"]').waitFor();
    expect(await inOverlay(frame, '[data-testid="zc-teach-changes"]').count()).toBe(0);
    // Picking a field neither focuses it nor acts on it.
    expect(await frame.locator(DISGUISED).evaluate((el) => el === document.activeElement)).toBe(false);
    await inOverlay(frame, '[data-testid="zc-teach-key"]').selectOption('basic.mobile');
    await page.screenshot({ path: `${shots}/teach-choose.png` });
    await inOverlay(frame, '[data-testid="zc-teach-save"]').click();
    await inOverlay(frame, '[data-testid="zc-teach"][data-phase="saved"]').waitFor();

    // After a full reload the page is again unknown to the dictionary; the mapping still applies.
    frame = await reloadAndCapture(page, frame);
    const row = inOverlay(frame, '[data-testid="zc-capture-change"][data-path="basic.mobile"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('13912345678');
    await inOverlay(frame, '[data-testid="zc-capture-preview"] button:has-text("取消")').click();

    // 已教的字段 on the options page lists it; 删除 undoes it for pages read afterwards.
    const options = await openExtensionPage(browser, 'options.html');
    const item = options.locator('[data-testid="zc-taught-item"][data-key="basic.mobile"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('TextBox77');
    expect(await item.textContent()).toContain('“手机号码”');
    await options.locator('[data-testid="zc-taught"]').screenshot({ path: `${shots}/taught-fields.png` });
    await item.locator('[data-testid="zc-taught-remove"]').click();
    await options.locator('[data-testid="zc-taught-empty"]').waitFor();
    await options.close();

    frame = await reloadAndCapture(page, frame);
    await inOverlay(frame, '[data-testid="zc-capture-preview"]').waitFor();
    expect(await inOverlay(frame, '[data-testid="zc-capture-change"][data-path="basic.mobile"]').count()).toBe(0);
  });
  it('leaves alone a field the user says is no profile field (不是档案里的项目) until the mapping is deleted', async () => {
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    const phone = 'input[id$="txtLXDH"]';
    await frame.fill(phone, '020-83334567');
    const capturedPaths = async () => {
      await inOverlay(frame, '[data-testid="zc-capture"]').click();
      await inOverlay(frame, '[data-testid="zc-capture-preview"]').waitFor();
      const paths = await inOverlay(frame, '[data-testid="zc-capture-change"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')));
      await inOverlay(frame, '[data-testid="zc-capture-preview"] button:has-text("取消")').click();
      return paths;
    };
    await inOverlay(frame, '#zc-sec-more > summary').click();
    expect(await capturedPaths()).toContain('basic.phone');

    await startTeach(frame);
    await frame.click(phone);
    await inOverlay(frame, '[data-testid="zc-teach"][data-phase="choose"]').waitFor();
    await inOverlay(frame, '[data-testid="zc-teach-key"]').selectOption({ label: '不是档案里的项目' });
    expect(await inOverlay(frame, '[data-testid="zc-teach-changes"]').textContent()).toContain('将改为“不是档案里的项目”');
    await inOverlay(frame, '[data-testid="zc-teach-save"]').click();
    const saved = inOverlay(frame, '[data-testid="zc-teach"][data-phase="saved"]');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('不是档案里的项目');
    await page.screenshot({ path: `${shots}/teach-not-profile-field.png` });
    expect(await capturedPaths()).not.toContain('basic.phone');

    const options = await openExtensionPage(browser, 'options.html');
    const item = options.locator('[data-testid="zc-taught-item"][data-key=""]');
    await item.waitFor();
    expect(await item.textContent()).toContain('“不是档案里的项目”');
    await item.locator('[data-testid="zc-taught-remove"]').click();
    await options.locator('[data-testid="zc-taught-empty"]').waitFor();
    await options.close();
  });

  // Last: it makes another profile active. Breaker 31q F2: the preview was made against 王小红's
  // profile; a helpdesk that imports (so activates) the next applicant's before pressing 存入档案
  // must not get 王小红's page in the next applicant's profile.
  it('refuses 存入档案 when another profile became active after the preview, and the new one is untouched', async () => {
    const frame = await openStep(page, 'awards-summary');
    await waitForStep(frame, 'awards-summary');
    await frame.locator('textarea').nth(1).fill('由上一位申报人的页面写入。');
    await inOverlay(frame, '#zc-sec-more > summary').click();
    await inOverlay(frame, '[data-testid="zc-capture"]').click();
    await inOverlay(frame, '[data-testid="zc-capture-preview"]').waitFor();
    const next = tempProfileFile({ format: 'zc-profile', version: 1, profile: { label: '下一位 · 2026' } });
    await importProfileFile(browser, next);
    await inOverlay(frame, '[data-testid="zc-capture-apply"]').click();
    const done = inOverlay(frame, '[data-testid="zc-capture-done"]');
    await done.waitFor();
    expect(await done.textContent()).toContain('当前档案已在选项页换成另一份');
    const options = await openExtensionPage(browser, 'options.html');
    await options.locator('[data-testid="profile-active"]', { hasText: '下一位' }).waitFor();
    expect(await options.locator('[data-field="workSummary"]').inputValue()).toBe('');
    await options.close();
  });
});
