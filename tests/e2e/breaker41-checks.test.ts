import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { checkIdsRead, expectFinding, expectNoFinding, findings, typeAndWaitForReading } from './overlay-driver';
import { webForm } from './web-form-pages';
import { B41_BODIES, B41_HEADS } from './breaker41-pages';

/**
 * Breaker 41, in Chromium: the pre-submit checks on markup the practice portal does not have
 * (tests/e2e/breaker41-pages.ts) — a false error on a correct page, a mistake the panel did not
 * list — driven through the automation contract only (`zc-findings` / `zc-finding`), and each
 * finding refreshed as the user corrects the box. Pages hand-made, served on loopback; the same
 * pages in happy-dom: tests/unit/checks/breaker41.test.ts.
 */

const PAGES = Object.fromEntries(Object.entries(B41_BODIES).map(([path, body]) => [path, webForm(body, B41_HEADS[path as keyof typeof B41_BODIES])]));

describe('breaker 41: the checks on markup the practice portal does not have, in Chromium', () => {
  const session = pagesSession(PAGES);

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
