import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { checkIdsRead, expectBirthMonthFixed, expectFinding, findings, typeAndWaitForReading } from './overlay-driver';
import { webForm } from './web-form-pages';
import { C59_BODIES } from './checks59-pages';

/**
 * checks59, in Chromium: the pre-submit checks on markup the autofill reads since fill 57
 * (tests/e2e/checks59-pages.ts), driven through the automation contract only (`zc-findings` /
 * `zc-finding`). Pages hand-made, served on loopback; the same pages in happy-dom:
 * tests/unit/checks/checks59.test.ts.
 */

const PAGES = Object.fromEntries(Object.entries(C59_BODIES).map(([path, body]) => [path, webForm(body)]));

describe('checks59: the checks on markup the autofill reads since fill 57, in Chromium', () => {
  const session = pagesSession(PAGES);

  it('C59-2 工作经历 in 起始年 起始月 / 终止年 终止月 lists, 至今 chosen in 终止年 and 终止月 left empty: no required-field; choosing 2024 in 终止年 lists 终止月', async () => {
    const { tab, frame } = await session.openAt('work-period-lists', 'work-experience');
    expect(await checkIdsRead(frame)).not.toContain('required-field');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlZZN', '2024'));
    await expectFinding(frame, 'required-field', 'error');
    expect((await findings(frame)).filter((f) => f.checkId === 'required-field').map((f) => f.field)).toEqual(['终止月']);
    await tab.close();
  });

  it('C59-3 出生日期 typed in three boxes parted by dashes [1998]-[06]-[12] under an ID number of 1998-05-12: id-birthdate-mismatch on 出生日期; typing 05 in the month box takes it away', async () => {
    const { tab, frame } = await session.openAt('birth-dash-boxes', 'basic-info');
    await expectBirthMonthFixed(tab, frame);
    await tab.close();
  });
});

