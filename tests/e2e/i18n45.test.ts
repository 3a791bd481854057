import { afterAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtension, openExtensionPage, SAMPLE_PROFILE, type ExtensionBrowser } from './harness';
import { EDUCATION_LEVELS, QUALIFICATION_NAMES, STUDY_MODES } from '../../lib/profile/vocabulary';

// Task i18n45: a helpdesk demonstrating the options page in an English browser. The 申报条件自测
// panel's reasons and disqualifiers (lib/eligibility.ts) were Chinese sentences built in code;
// they come from public/_locales now. What stays Chinese is what the sentences quote: the
// profile's data, the portal's vocabulary (levels, qualification names, education, study mode)
// and a portal term glossed in brackets after its English, as “the title review (职称评审)”.
const shots = resolve('artifacts/i18n45');
const HAN = /\p{Script=Han}/u;

/** The panel's own sentences: each reason and disqualifier, as shown. */
async function sentences(page: Page): Promise<string[]> {
  return [
    ...(await page.locator('[data-testid="eligibility-reason"]').allTextContents()),
    ...(await page.locator('[data-testid="eligibility-disqualifier"]').allTextContents()),
  ];
}

describe('申报条件自测 on the options page in an English browser (Chromium)', () => {
  let browser: ExtensionBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('gives its reasons and disqualifiers in English, quoting only the data in Chinese', async () => {
    const sample = JSON.parse(await readFile(SAMPLE_PROFILE, 'utf8')) as {
      profile: { education: { school: string }[]; qualificationHistory: { name: string }[]; annualReviews: { result: string }[] };
    };
    // Longest first, so 助理工程师 is taken out whole before 工程师.
    const data = [
      ...sample.profile.education.map((e) => e.school),
      ...sample.profile.qualificationHistory.map((q) => q.name),
      ...sample.profile.annualReviews.map((r) => r.result),
      ...EDUCATION_LEVELS,
      ...STUDY_MODES,
      ...QUALIFICATION_NAMES,
      '员级',
      '助理级',
      '中级',
    ].sort((a, b) => b.length - a.length);
    const ours = (text: string) => data.reduce((s, d) => s.split(d).join(''), text).replace(/\(\p{Script=Han}+\)/gu, '');

    await mkdir(shots, { recursive: true });
    browser = await launchExtension({ language: 'en' });
    const page = await openExtensionPage(browser, 'options.html');
    await page.locator('[data-testid="profile-list-empty"]').waitFor();
    await page.locator('[data-testid="profile-import"]').setInputFiles(SAMPLE_PROFILE);
    await page.locator('[data-testid="profile-active"]').filter({ hasText: /\S/ }).waitFor();

    // Counted to today: 助理级, with the 技术员 already held as a disqualifier.
    const panel = page.locator('[data-testid="eligibility-panel"]');
    await expect.poll(() => page.locator('[data-testid="eligibility-level"]').getAttribute('data-level')).toBe('助理级');
    expect(await panel.getAttribute('open')).not.toBeNull();
    const now = await sentences(page);
    expect(now.length).toBeGreaterThanOrEqual(4);
    for (const sentence of now) expect(ours(sentence), sentence).not.toMatch(HAN);
    expect(now.join('\n')).toContain('you can apply at level 助理级 (助理工程师)');
    expect(now.join('\n')).toContain('Professional qualifications already held: 技术员 (2021-12-30).');
    // The rest of the panel (headings, basis, the setting) was English before; all of it now.
    expect(ours((await panel.textContent()) ?? '')).not.toMatch(HAN);
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/options-self-test-en.png` });
    await panel.screenshot({ path: `${shots}/eligibility-panel-en.png` });

    // Counted to an early date: no level yet, and the years it still needs.
    await page.locator('[data-testid="counting-date"]').fill('2021-01-01');
    await expect.poll(() => page.locator('[data-testid="eligibility-basis"]').getAttribute('data-years')).toBe('0.5');
    const early = await sentences(page);
    for (const sentence of early) expect(ours(sentence), sentence).not.toMatch(HAN);
    expect(early.join('\n')).toMatch(/0 years 6 months \(counted to 2021-01-01\); level 助理级 needs 1 year\./);
    expect(ours((await panel.textContent()) ?? '')).not.toMatch(HAN);
    await panel.screenshot({ path: `${shots}/eligibility-panel-early-date-en.png` });
    await page.locator('[data-testid="counting-date-clear"]').click();
  });
});
