import { describe, expect, it } from 'vitest';
import { mergePages, pagesSession, pagesUnder, type PageTable } from './pages-suite';
import { periodFindings, reversedMarkerField } from './period-order-driver';
import { applyAutofill, checkIdsRead, controlStates, expectBirthMonthFixed, expectFinding, expectNoFinding, findings, typeAndWaitForReading } from './overlay-driver';
import { webForm } from './web-form-pages';
import { C57_BODIES } from './checks57-pages';
import { C58_BODIES } from './checks58-pages';
import { C59_BODIES } from './checks59-pages';
import { C60_BODIES } from './checks60-pages';
import { C61_BODIES } from './checks61-pages';
import { B41_BODIES, B41_HEADS } from './breaker41-pages';

// The pre-submit checks on other portals' markup, breaker 41 and rounds 57 to 61, in one Chromium:
// each round's page bodies (tests/e2e/breaker41-pages.ts, checksNN-pages.ts) as WebForms pages
// under a folder of their own (two rounds name the same path), each round's cases in a describe
// block of their own.

/** Page bodies wrapped in the WebForms page (web-form-pages.ts webForm), with the `<head>` additions of `heads` by path. */
const forms = (bodies: Record<string, string>, heads: Record<string, string> = {}): PageTable =>
  Object.fromEntries(Object.entries(bodies).map(([path, body]) => [path, webForm(body, heads[path])]));

const pages = pagesSession(mergePages(
  pagesUnder('b41', forms(B41_BODIES, B41_HEADS)),
  pagesUnder('c57', forms(C57_BODIES)),
  pagesUnder('c58', forms(C58_BODIES)),
  pagesUnder('c59', forms(C59_BODIES)),
  pagesUnder('c60', forms(C60_BODIES)),
  pagesUnder('c61', forms(C61_BODIES)),
));

/**
 * Breaker 41 (pages under b41/), in Chromium: the pre-submit checks on markup the practice portal does not have
 * (tests/e2e/breaker41-pages.ts) — a false error on a correct page, a mistake the panel did not
 * list — driven through the automation contract only (`zc-findings` / `zc-finding`), and each
 * finding refreshed as the user corrects the box. Pages hand-made, served on loopback; the same
 * pages in happy-dom: tests/unit/checks/breaker41.test.ts.
 */

describe('breaker 41: the checks on markup the practice portal does not have, in Chromium', () => {
  const session = pages.under('b41');

  it('B41-1 a 证件号码 under 证件名称 [护照] lists no id-number-checksum; choosing 居民身份证 lists it, and 护照 again takes it away', async () => {
    const { tab, frame } = await session.openAt('id-type-named', 'basic-info');
    expect(await checkIdsRead(frame)).not.toContain('id-number-checksum');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlZJMC', '1'));
    await expectFinding(frame, 'id-number-checksum', 'error');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlZJMC', '2'));
    await expectNoFinding(frame, 'id-number-checksum');
    await tab.close();
  });

  it('B41-2 出生日期 a script wrote as JSON (1998-05-12T00:00:00) lists no id-birthdate-mismatch; typing another day lists it, the right one takes it away', async () => {
    const { tab, frame } = await session.openAt('birth-json', 'basic-info');
    expect(await checkIdsRead(frame)).not.toContain('id-birthdate-mismatch');
    await typeAndWaitForReading(frame, () => tab.fill('#txtCSRQ', '1998-05-13T00:00:00'));
    await expectFinding(frame, 'id-birthdate-mismatch', 'error');
    await typeAndWaitForReading(frame, () => tab.fill('#txtCSRQ', '1998-05-12T00:00:00'));
    await expectNoFinding(frame, 'id-birthdate-mismatch');
    await tab.close();
  });

  it('B41-3 saved education under a header over two rows (起止时间 over 入学 | 毕业), 本科 numbered before 硕士: education-order is listed', async () => {
    const { tab, frame } = await session.openAt('education-two-row-header', 'education');
    await expectFinding(frame, 'education-order', 'error');
    await tab.close();
  });

  it('B41-4 saved qualifications numbered 1, 2 under a header over two rows of three cells: the second header row is no record, no record-sequence', async () => {
    const { tab, frame } = await session.openAt('qualification-two-row-header', 'qualification-history');
    expect(await checkIdsRead(frame)).not.toContain('record-sequence');
    await tab.close();
  });

  it('B41-5 性别 drawn by layui (radios titled 男 / 女 under the label *性别), none chosen: required-field on 性别; a click on the drawn 男 takes it away, on 女 lists id-gender-mismatch', async () => {
    const { tab, frame } = await session.openAt('layui-gender', 'basic-info');
    await expect.poll(async () => (await findings(frame)).filter((f) => f.checkId === 'required-field').map((f) => f.field), { timeout: 5_000 }).toEqual(['性别']);
    // layui ticks the hidden radio by script (no input event): its redraw is what the overlay hears.
    await tab.click('.layui-form-radio >> text=男');
    await expectNoFinding(frame, 'required-field');
    expect(await checkIdsRead(frame)).not.toContain('id-gender-mismatch');
    await tab.click('.layui-form-radio >> text=女');
    await expectFinding(frame, 'id-gender-mismatch', 'error');
    await tab.close();
  });

  it('B41-6 boxes layui verifies as required (lay-verify="required") with no star: required-field on the empty 工作单位 and 民族; each goes once filled', async () => {
    const { tab, frame } = await session.openAt('layui-verify', 'basic-info');
    const requiredFields = async () => (await findings(frame)).filter((f) => f.checkId === 'required-field').map((f) => f.field);
    await expect.poll(requiredFields, { timeout: 5_000 }).toEqual(['工作单位', '民族']);
    await typeAndWaitForReading(frame, () => tab.fill('#gzdw', '广州绿源环境监测技术有限公司'));
    expect(await requiredFields()).toEqual(['民族']);
    // 民族 chosen in the list layui draws (its hidden <select> set by script, no change event).
    await tab.click('.layui-select-title');
    await tab.click('.layui-form-select dd >> text=汉族');
    await expectNoFinding(frame, 'required-field');
    await tab.close();
  });

  it('B41-7 奖惩 and 小结 in editors drawn in the page (<div contenteditable>, wangEditor): 奖惩 written 无 gets the 无。 warning (awards-empty), the written 小结 no summary-empty; typing 。 in the editor takes the warning away', async () => {
    const { tab, frame } = await session.openAt('div-editors', 'awards-summary');
    await expectFinding(frame, 'awards-empty', 'warning');
    expect((await findings(frame)).map((f) => `${f.checkId}:${f.severity}`)).toEqual(['awards-empty:warning']);
    await typeAndWaitForReading(frame, async () => {
      await tab.click('#edJCQK');
      await tab.keyboard.press('End');
      await tab.keyboard.type('。');
    });
    await expectNoFinding(frame, 'awards-empty');
    expect((await findings(frame)).map((f) => f.checkId)).not.toContain('summary-empty');
    await tab.close();
  });

  it('B41-8 saved qualifications whose list writes 1. and 2.: no record-sequence', async () => {
    const { tab, frame } = await session.openAt('qualification-numbered-stops', 'qualification-history');
    expect(await checkIdsRead(frame)).not.toContain('record-sequence');
    await tab.close();
  });
});

/**
 * checks57 (pages under c57/), in Chromium: the pre-submit checks on markup the practice portal does not have
 * (tests/e2e/checks57-pages.ts), driven through the automation contract only (`zc-findings` /
 * `zc-finding`), each finding refreshed as the user corrects the box. Pages hand-made, served on
 * loopback; the same pages in happy-dom: tests/unit/checks/checks57.test.ts.
 */

describe('checks57: the checks on markup the practice portal does not have, in Chromium', () => {
  const session = pages.under('c57');

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

/**
 * checks58 (pages under c58/), in Chromium: the pre-submit checks on markup the autofill reads since fill 57
 * (tests/e2e/checks58-pages.ts), driven through the automation contract only (`zc-findings` /
 * `zc-finding`). Pages hand-made, served on loopback; the same pages in happy-dom:
 * tests/unit/checks/checks58.test.ts.
 */

describe('checks58: the checks on markup the autofill reads since fill 57, in Chromium', () => {
  const session = pages.under('c58');

  it('C58-1 证件号码 E12345678 under a 证件类型 shown as plain text, 护照 (no control): no ID check (id-number-checksum and the others) on it', async () => {
    const { tab, frame } = await session.openAt('id-type-text', 'basic-info');
    const ids = await checkIdsRead(frame);
    expect(ids.filter((id) => id.startsWith('id-'))).toEqual([]);
    await tab.close();
  });

  it('C58-2 出生年月 in a year list and a month list worded 一月…十二月, 1998 六月 under an ID number of 1998-05: id-birthdate-mismatch on 出生年月; choosing 五月 takes it away', async () => {
    const { tab, frame } = await session.openAt('birth-month-words', 'basic-info');
    await expectFinding(frame, 'id-birthdate-mismatch', 'error');
    expect((await findings(frame)).find((f) => f.checkId === 'id-birthdate-mismatch')?.field).toBe('basic.birthDate');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlMonth', '五月'));
    await expectNoFinding(frame, 'id-birthdate-mismatch');
    expect(await checkIdsRead(frame)).not.toContain('id-birthdate-mismatch');
    await tab.close();
  });

  it('C58-2b the same month list valued 1…12, 十二月 chosen: id-birthdate-mismatch; choosing 五月 (5) takes it away', async () => {
    const { tab, frame } = await session.openAt('birth-month-words-numbered', 'basic-info');
    await expectFinding(frame, 'id-birthdate-mismatch', 'error');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlMonth', '5'));
    await expectNoFinding(frame, 'id-birthdate-mismatch');
    await tab.close();
  });
});

/**
 * checks59 (pages under c59/), in Chromium: the pre-submit checks on markup the autofill reads since fill 57
 * (tests/e2e/checks59-pages.ts), driven through the automation contract only (`zc-findings` /
 * `zc-finding`). Pages hand-made, served on loopback; the same pages in happy-dom:
 * tests/unit/checks/checks59.test.ts.
 */

describe('checks59: the checks on markup the autofill reads since fill 57, in Chromium', () => {
  const session = pages.under('c59');

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

/**
 * checks60 (pages under c60/), in Chromium: a record whose start is after its end (record-period-order) on a 学历
 * form typed in boxes and a 工作经历 form chosen in year and month lists (tests/e2e/checks60-pages.ts),
 * driven through the automation contract only (`zc-finding`, `zc-field-marker`). Pages hand-made,
 * served on loopback; the same pages in happy-dom: tests/unit/checks/checks60.test.ts.
 */

describe('checks60: a record whose start is after its end, in Chromium', () => {
  const session = pages.under('c60');

  it('C60-1 学历 typed in 起始时间 [2020.09] / 终止时间 [2016年6月]: record-period-order on the end, in the panel and as its marker; typing 2024.06 takes it away', async () => {
    const { tab, frame } = await session.openAt('education-period-boxes', 'education');
    const [finding, ...more] = await periodFindings(frame);
    expect(more).toEqual([]);
    expect(finding!.field).toBe('education.endDate');
    expect(finding!.text).toContain('终止时间（2016年6月）早于起始时间（2020.09）');
    await expect.poll(() => reversedMarkerField(frame)).toBe('txtZZSJ');
    await typeAndWaitForReading(frame, () => tab.fill('#txtZZSJ', '2024.06'));
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });

  it('C60-2 工作经历 in 起始年 起始月 [2020][09] / 终止年 终止月 [2016][06] lists: record-period-order on the end year list; choosing 至今 there takes it away', async () => {
    const { tab, frame } = await session.openAt('work-period-lists', 'work-experience');
    const [finding, ...more] = await periodFindings(frame);
    expect(more).toEqual([]);
    expect(finding!.field).toBe('workHistory.endDate');
    expect(finding!.text).toContain('终止时间（2016-06）早于起始时间（2020-09）');
    await expect.poll(() => reversedMarkerField(frame)).toBe('ddlZZN');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlZZN', '9999'));
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });

  it('C60-3 学历 typed in order, 2012.09 to 201606: no record-period-order; typing 201106 in 终止时间 brings it', async () => {
    const { tab, frame } = await session.openAt('education-period-in-order', 'education');
    expect(await checkIdsRead(frame)).not.toContain('record-period-order');
    await typeAndWaitForReading(frame, () => tab.fill('#txtZZSJ', '201106'));
    expect(await periodFindings(frame)).toEqual([{ field: 'education.endDate', text: expect.stringContaining('终止时间（201106）早于起始时间（2012.09）') }]);
    await tab.close();
  });
});

/**
 * checks61 (pages under c61/), in Chromium: record-period-order where it stayed silent (breaker 60) — a period typed
 * backwards in one 起止时间 box, 入学年份 / 毕业年份 typed as years, a form holding two records — and
 * the autofill of 入学年份 / 毕业年份 boxes (tests/e2e/checks61-pages.ts), driven through the
 * automation contract only (`zc-finding`, `zc-field-marker`, `zc-autofill-item`). Pages hand-made,
 * served on loopback; the same pages in happy-dom: tests/unit/checks61/. Sample profile: 学历 1
 * 2016-09-01 to 2020-06-30.
 */

describe('checks61: record-period-order on one period box, years alone and two records, in Chromium', () => {
  const session = pages.under('c61');

  it('C61-1 学历 with one box 起止时间 [2016.09-2012.06]: record-period-order on the end, its marker at the box (it was silent: the box ties start and end); typing 2012.09-2016.06 takes it away', async () => {
    const { tab, frame } = await session.openAt('period-one-box', 'education');
    expect(await periodFindings(frame)).toEqual([{ field: 'education.endDate', text: expect.stringContaining('终止时间（2012.06）早于起始时间（2016.09）') }]);
    await expect.poll(() => reversedMarkerField(frame)).toBe('txtQZSJ');
    await typeAndWaitForReading(frame, () => tab.fill('#txtQZSJ', '2012.09-2016.06'));
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });

  it('C61-2 学历 asking 入学年份 [2020] / 毕业年份 [2016] typed: record-period-order on 毕业年份 (it was silent: no field); typing 2020 there (the same year) takes it away', async () => {
    const { tab, frame } = await session.openAt('period-years', 'education');
    expect(await periodFindings(frame)).toEqual([{ field: 'education.endDate', text: expect.stringContaining('终止时间（2016）早于起始时间（2020）') }]);
    await expect.poll(() => reversedMarkerField(frame)).toBe('txtBYNF');
    await typeAndWaitForReading(frame, () => tab.fill('#txtBYNF', '2020'));
    await expectNoFinding(frame, 'record-period-order');
    await tab.close();
  });

  it.each(['period-two-rows', 'period-two-blocks'])(
    'C61-3 %s: two records on one 学历 form, the second 2020.09 to 2016.06: one record-period-order, on the second end (it was silent: the boxes tie); typing 2024.06 takes it away',
    async (path) => {
      const { tab, frame } = await session.openAt(path, 'education');
      expect(await periodFindings(frame)).toEqual([{ field: 'education.endDate', text: expect.stringContaining('终止时间（2016.06）早于起始时间（2020.09）') }]);
      await expect.poll(() => reversedMarkerField(frame)).toBe('txtZZSJ2');
      await typeAndWaitForReading(frame, () => tab.fill('#txtZZSJ2', '2024.06'));
      await expectNoFinding(frame, 'record-period-order');
      await tab.close();
    },
  );

  it('C61-4 autofill of empty 入学年份 / 毕业年份 boxes (maxlength 4): 2016 and 2020, 已填写 (they were no fields, and read as dates 2016-09-01, too long for the box)', async () => {
    const { tab, frame } = await session.preview('period-years-empty', 'education');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'education.startDate' || r.key === 'education.endDate').map((r) => [r.key, r.result])).toEqual([
      ['education.startDate', 'filled'],
      ['education.endDate', 'filled'],
    ]);
    expect(await controlStates(frame, ['txtRXNF', 'txtBYNF'])).toEqual({ txtRXNF: '2016', txtBYNF: '2020' });
    await tab.close();
  });

  it('C61-5 autofill of an empty form holding two records (a table’s two rows): nothing written, each date box 需您处理 (no multi-record fill)', async () => {
    const { tab, frame } = await session.preview('period-two-rows-empty', 'education');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => /Date$/.test(r.key) || /起始时间|终止时间/.test(r.text)).map((r) => r.result)).toEqual(['needs-user', 'needs-user', 'needs-user', 'needs-user']);
    expect(await controlStates(frame, ['txtQSSJ1', 'txtZZSJ1', 'txtQSSJ2', 'txtZZSJ2'])).toEqual({ txtQSSJ1: '', txtZZSJ1: '', txtQSSJ2: '', txtZZSJ2: '' });
    await tab.close();
  });

  it.each(['period-end-first', 'period-range-cell', 'period-two-rows-in-order'])('C61-6 %s, in order: no record-period-order', async (path) => {
    const { tab, frame } = await session.openAt(path, 'education');
    expect(await checkIdsRead(frame)).not.toContain('record-period-order');
    await tab.close();
  });
});
