import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openStep, postBack } from '../portal/drive';
import { importProfileFile, launchExtension, openExtensionPage, SAMPLE_PROFILE, startPortalSession, tempProfileFile, waitForStep, type ExtensionBrowser, type PortalSession } from './harness';
import { applyAutofill, findings, startAutofill } from './overlay-driver';

/**
 * Newcomer 66: an applicant and a helpdesk worker meeting the extension for the first time, on
 * the options page and the popup (the parts this round fixes), with repros of what they met on
 * the portal's pages.
 */

describe('newcomer66: the options page’s 导入与导出, in Chromium', () => {
  let browser: ExtensionBrowser;
  /** A 备份全部档案 file holding the sample applicant, as the options page writes it. */
  let backupFile: string;

  beforeAll(async () => {
    browser = await launchExtension();
    await importProfileFile(browser, SAMPLE_PROFILE);
    const options = await openExtensionPage(browser, 'options.html');
    await options.locator('[data-testid="profile-active"]').waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-testid="backup-export"]').click()]);
    backupFile = tempProfileFile(JSON.parse(await readFile((await download.path())!, 'utf8')));
    await options.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // An applicant chooses his backup under 导入档案文件; the red box tells him to use 恢复备份, he
  // does and it works — but the red “文件未导入 … 请用恢复备份” stayed under 导入档案文件, beside the
  // green 已从备份恢复; a single profile file then chosen under 恢复备份 added a second red box
  // saying the opposite (newcomer66 F1, shots o2-02-restore.png, o2-04-profile-as-backup.png).
  it('F1 a refusal under one file button goes once another file is chosen under the other', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    await options.locator('[data-testid="profile-active"]').waitFor();
    const profileBox = options.locator('[data-testid="profile-import-error"]');
    const backupBox = options.locator('[data-testid="backup-import-error"]');

    await options.locator('[data-testid="profile-import"]').setInputFiles(backupFile);
    await expect.poll(() => profileBox.textContent()).toContain('恢复备份');

    await options.locator('[data-testid="backup-import"]').setInputFiles(backupFile);
    await expect.poll(() => options.locator('[data-testid="options-message"]').textContent()).toContain('已从备份恢复 1 份档案');
    expect(await profileBox.isVisible()).toBe(false);

    await options.locator('[data-testid="backup-import"]').setInputFiles(SAMPLE_PROFILE);
    await expect.poll(() => backupBox.textContent()).toContain('导入档案文件');
    await options.locator('[data-testid="profile-import"]').setInputFiles(backupFile);
    await expect.poll(() => profileBox.textContent()).toContain('恢复备份');
    // Only the last file's refusal is shown: two red boxes saying the opposite of each other only puzzle.
    expect(await backupBox.isVisible()).toBe(false);
    await options.screenshot({ path: '/tmp/newcomer66-shots/t-F1-after.png' });
    await options.close();
  });

  // On the options page's 个人照片, a CMYK photo's finding ended “可在本助手的‘申报档案’页（点浏览器
  // 工具栏上本助手的图标，再点‘管理档案’）的‘个人照片’一栏中用‘一键修正照片’…”: the page and the
  // section he is on, the button right under it — an applicant looked for another page (newcomer66 F3, shot o6-cmyk.png).
  it('F3 a photo finding on the options page does not send the applicant to the page he is on', async () => {
    const options = await openExtensionPage(browser, 'options.html');
    await options.locator('[data-testid="profile-active"]').waitFor();
    await options.locator('[data-testid="photo-input"]').setInputFiles(resolve('tests/fixtures/photos/cmyk.jpg'));
    const finding = options.locator('[data-testid="photo-finding"][data-check-id="photo-color-depth"]');
    await finding.waitFor();
    const text = (await finding.textContent()) ?? '';
    expect(text).toContain('门户要求 24 位 RGB 真彩色');
    expect(text).not.toContain('管理档案');
    expect(text).not.toContain('一键修正照片');
    // The way out is the button under the findings.
    expect(await options.locator('[data-testid="photo-fix"]').isVisible()).toBe(true);
    await finding.screenshot({ path: '/tmp/newcomer66-shots/t-F3-finding.png' });
    await options.locator('[data-testid="profile-discard"]').click();
    await options.close();
  });
});

describe('newcomer66: the portal’s pages, as an applicant meets them', () => {
  let session: PortalSession;

  beforeAll(async () => {
    session = await startPortalSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  // 学位（学历）教育情况 with a saved record and no file: the list says 附件 未上传 and its own 附件上传
  // button sits under it (the page's 注意说明: “附件上传”必须上传…; 证书、证明材料's: 附件上传 → 记录序号),
  // while the 修改 form holds only 保存 and 返回. The finding sent the applicant to “修改”→“附件上传”,
  // a button he would not find there (newcomer66 F2, shot s04-education-c-after-save.png); it now
  // names this page's 附件上传 and the 记录序号 to choose (check_attachment_missing_*).
  it('F2 a record without its file: the advice names the list’s 附件上传, not one in the 修改 form', async () => {
    const { page } = session;
    let frame = await openStep(page, 'education');
    await waitForStep(frame, 'education');
    await postBack(frame, 'input[value="添加"]');
    frame = page.frame({ name: 'mainFrame' })!;
    await waitForStep(frame, 'education');
    await startAutofill(frame);
    await applyAutofill(frame);
    await postBack(frame, 'input[value="保存"]');
    frame = page.frame({ name: 'mainFrame' })!;
    await waitForStep(frame, 'education');
    expect(await frame.locator('td', { hasText: '未上传' }).count()).toBe(1);
    await postBack(frame, 'input[value="修改"]');
    frame = page.frame({ name: 'mainFrame' })!;
    // What the advice's path meets: the 修改 form has no 附件上传.
    expect(await frame.locator('input[value="附件上传"]').count()).toBe(0);
    await postBack(frame, 'input[value="返回"]');
    frame = page.frame({ name: 'mainFrame' })!;
    await waitForStep(frame, 'education');
    await expect.poll(async () => (await findings(frame)).filter((f) => f.checkId === 'attachment-missing').length, { timeout: 5_000 }).toBe(1);
    const advice = (await findings(frame)).find((f) => f.checkId === 'attachment-missing')!.text;
    expect(advice).not.toContain('“修改”→“附件上传”');
    expect(advice).toContain('请点本页的“附件上传”（记录序号选 1）');
  });
});
