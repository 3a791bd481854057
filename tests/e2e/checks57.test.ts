import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { checkIdsRead, expectBirthMonthFixed, expectFinding, expectNoFinding, typeAndWaitForReading } from './overlay-driver';
import { webForm } from './web-form-pages';
import { C57_BODIES } from './checks57-pages';

/**
 * checks57, in Chromium: the pre-submit checks on markup the practice portal does not have
 * (tests/e2e/checks57-pages.ts), driven through the automation contract only (`zc-findings` /
 * `zc-finding`), each finding refreshed as the user corrects the box. Pages hand-made, served on
 * loopback; the same pages in happy-dom: tests/unit/checks/checks57.test.ts.
 */

const PAGES = Object.fromEntries(Object.entries(C57_BODIES).map(([path, body]) => [path, webForm(body)]));

describe('checks57: the checks on markup the practice portal does not have, in Chromium', () => {
  const session = pagesSession(PAGES);

  it('C57-1 出生日期 typed in three boxes [1998]年[06]月[12]日 under an ID number of 1998-05-12: id-birthdate-mismatch on 出生日期; typing 05 in the month box takes it away', async () => {
    const { tab, frame } = await session.openAt('birth-boxes', 'basic-info');
    await expectBirthMonthFixed(tab, frame);
    await tab.close();
  });

  it('C57-2 saved qualifications whose 排序 is typed in each row\'s box, 1 and 3: record-sequence; typing 2 in the second row\'s box takes it away', async () => {
    const { tab, frame } = await session.openAt('sort-boxes', 'qualification-history');
    await expectFinding(frame, 'record-sequence', 'error');
    await typeAndWaitForReading(frame, () => tab.fill('#txtPX2', '2'));
    await expectNoFinding(frame, 'record-sequence');
    await tab.close();
  });

  it('C57-3 saved qualifications in a layui table (header and body in two tables), numbered 1 and 3: record-sequence', async () => {
    const { tab, frame } = await session.openAt('layui-two-tables', 'qualification-history');
    await expectFinding(frame, 'record-sequence', 'error');
    await tab.close();
  });

  it('C57-4 年度考核 asked per year, a list per year: none at first; 不合格 chosen for 2023 lists annual-review-disqualifying (warning), for 2024 too (error, the latest year); 合格 again takes each away', async () => {
    const { tab, frame } = await session.openAt('review-years-lists', 'annual-review');
    expect(await checkIdsRead(frame)).not.toContain('annual-review-disqualifying');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlKH2023', '3'));
    await expectFinding(frame, 'annual-review-disqualifying', 'warning');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlKH2024', '3'));
    await expectFinding(frame, 'annual-review-disqualifying', 'error');
    await typeAndWaitForReading(frame, async () => {
      await tab.selectOption('#ddlKH2023', '1');
      await tab.selectOption('#ddlKH2024', '1');
    });
    await expectNoFinding(frame, 'annual-review-disqualifying');
    await tab.close();
  });

  it('C57-5 年度考核 asked per year in text boxes, 2023 不称职: annual-review-disqualifying (warning, not the latest year); typing 称职 takes it away', async () => {
    const { tab, frame } = await session.openAt('review-years-text', 'annual-review');
    await expectFinding(frame, 'annual-review-disqualifying', 'warning');
    await typeAndWaitForReading(frame, () => tab.fill('#txtKH2023', '称职'));
    await expectNoFinding(frame, 'annual-review-disqualifying');
    await tab.close();
  });

  it('C57-6 a 奖惩情况 text area named only by the heading above it, a note between them, left empty: awards-empty (error); 无 is a warning, 无。 none', async () => {
    const { tab, frame } = await session.openAt('awards-red-note', 'awards-summary');
    await expectFinding(frame, 'awards-empty', 'error');
    await typeAndWaitForReading(frame, () => tab.fill('#txtJCQK', '无'));
    await expectFinding(frame, 'awards-empty', 'warning');
    await typeAndWaitForReading(frame, () => tab.fill('#txtJCQK', '无。'));
    await expectNoFinding(frame, 'awards-empty');
    await tab.close();
  });
});
