import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, openExtensionPage, openPopup, sampleProfileFileWith, type ExtensionBrowser } from './harness';
import { enablePassphrase } from './options-driver';

// Reapply 44: the applicant re-applying a year later, on the options page in Chromium. He imports
// last year's exported file — beside this year's profile, already active, with a passphrase set —
// and on main the page said only 已导入… while last year's 年度考核结果 and 在岗在职证明材料 note went on
// to fill this year's application; the 申报条件自测 counted the years to last year's cut-off date,
// still set in the browser, without a word. Now the import names what to update and the panel
// says the cut-off date is over half a year old.

const now = new Date();
const thisYear = now.getFullYear();
const month = `${thisYear}-${String(now.getMonth() + 1).padStart(2, '0')}`;
/** This year's profile: reviews up to last year, the proof up to this month. */
const CURRENT = sampleProfileFileWith((p) => {
  p.label = `${p.basic.name} · 今年`;
  p.annualReviews = [{ year: thisYear - 2, result: '合格' }, { year: thisYear - 1, result: '合格' }];
  p.attachments = [{ name: '在岗在职证明材料', note: `社保明细 ${thisYear - 1}-01 至 ${month}` }];
});
/** Last year's export: reviews up to two years ago, the proof ending a year ago. */
const LAST_YEAR = sampleProfileFileWith((p) => {
  p.label = `${p.basic.name} · 去年`;
  p.annualReviews = [{ year: thisYear - 3, result: '合格' }, { year: thisYear - 2, result: '优秀' }];
  p.attachments = [{ name: '在岗在职证明材料', note: `社保明细 ${thisYear - 2}-07 至 ${thisYear - 1}-10` }];
});
const PASS = 'reapply-44-passphrase';

describe('re-applying a year later (Chromium options page)', () => {
  let browser: ExtensionBrowser | undefined;
  let userDataDir = '';
  afterAll(async () => {
    await browser?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  it('last year’s file imported beside this year’s protected profile says what to update; the popup shows none of its progress', async () => {
    userDataDir = await mkdtemp(join(tmpdir(), 'zc-reapply44-'));
    browser = await launchExtension({ userDataDir });
    const page = await openExtensionPage(browser, 'options.html');
    await page.locator('[data-testid="profile-list-empty"]').waitFor();
    const message = page.locator('[data-testid="options-message"]');

    await page.locator('[data-testid="profile-import"]').setInputFiles(CURRENT);
    await expect.poll(() => message.textContent()).toContain('已导入“李明远 · 今年”');
    expect(await message.textContent()).not.toContain('往年');

    await enablePassphrase(page, PASS);

    await page.locator('[data-testid="profile-import"]').setInputFiles(LAST_YEAR);
    await expect.poll(() => message.textContent()).toContain('已导入“李明远 · 去年”');
    const said = (await message.textContent()) ?? '';
    expect(said).toContain('这份档案里有些内容可能是往年的');
    expect(said).toContain(`年度考核结果只填到 ${thisYear - 2} 年度，如已有 ${thisYear - 1} 年度的考核结果`);
    expect(said).toContain(`“在岗在职证明材料”的说明写到 ${thisYear - 1}-10，这份证明须截止到申报当月或上一月`);
    // The editor, opened on the imported profile, keeps saying it above the sections.
    const notes = page.locator('[data-testid="profile-year-notes"] li');
    await expect.poll(() => notes.count()).toBe(2);
    await page.locator('[data-testid="profile-year-notes"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'artifacts/options/reapply44-imported.png' });

    const popup = await openPopup(browser);
    await expect.poll(() => popup.locator('[data-testid="zc-progress-owner"]').textContent()).toContain('李明远 · 去年');
    const statuses = await popup.locator('[data-testid="zc-progress-step"]').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-status')));
    expect(statuses).toEqual(Array(11).fill('todo'));
    await popup.close();
  });

  it('last year’s file with a Chinese quotation mark typed in Notepad is refused with the place and the slip, nothing changed', async () => {
    const page = await openExtensionPage(browser!, 'options.html');
    await page.locator('[data-testid="profile-active"]', { hasText: '李明远 · 去年' }).waitFor();
    const text = (await readFile(LAST_YEAR, 'utf8')).replace('"name":"李明远"', '"name":“李明远”');
    const edited = join(userDataDir, 'edited.zc-profile.json');
    await writeFile(edited, `\uFEFF${text}`);
    await page.locator('[data-testid="profile-import"]').setInputFiles(edited);
    const problem = page.locator('[data-testid="profile-import-error"] [data-testid="import-problem"]');
    await expect.poll(() => problem.textContent()).toContain(`第 1 行第 ${text.indexOf('“李明远”') + 1} 列是中文标点 “，这里应为英文半角标点`);
    expect(await page.locator('[data-testid="profile-item"]').count()).toBe(2);
    await page.close();
  });

  it('申报条件自测 says a cut-off date left from last year may be stale', async () => {
    const page = await openExtensionPage(browser!, 'options.html');
    const date = page.locator('[data-testid="counting-date"]');
    await date.waitFor();
    await date.fill(`${thisYear - 1}-${String(now.getMonth() + 1).padStart(2, '0')}-01`);
    await expect.poll(() => page.locator('[data-testid="counting-date-old"]').textContent()).toContain('已是半年多以前');
    await page.locator('[data-testid="counting-date-clear"]').click();
    await expect.poll(() => page.locator('[data-testid="counting-date-old"]').count()).toBe(0);
  });
});
