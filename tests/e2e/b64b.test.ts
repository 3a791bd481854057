import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { pagesSession } from './pages-suite';
import { checkIdsRead, expectFinding, expectNoFinding, findings, typeAndWaitForReading, waitForReading } from './overlay-driver';
import { bootstrapWorkForm, committeeChooser, committeeChooserForm, educationFieldsets, educationFormAboveSaved, layuiBasicRadios, layuiReviewForm, layuiReviewList, layuiWorkForm, recordFilesBelow, reviewListHideOnDelete, reviewBeforeResult, workListDeleteInPlace } from './b64b-pages';
import { inOverlay } from './harness';
import { webForm } from './web-form-pages';
import { LAYUI_STUB } from './layui-stub';

/**
 * Breaker 64b, in Chromium: the pre-submit checks through the automation contract only, on record
 * steps drawn the way other portals draw them (tests/e2e/b64b-pages.ts). B64B-n: the problems found
 * and fixed (their logic also in tests/unit/b64b/); B64B-Hn: what held — a finding for a record the
 * user deleted in place, one for a value he changed in a layui-drawn list or a "..." chooser's
 * window, and 保存 pressed with an error and without.
 */
describe('breaker 64b: findings follow what the user does, in Chromium', () => {
  const session = pagesSession({
    'review-list': webForm(layuiReviewList),
    'work-list': webForm(workListDeleteInPlace),
    'review-form': webForm(layuiReviewForm, LAYUI_STUB),
    'work-form-no': webForm(bootstrapWorkForm('no')),
    'work-form-yes': webForm(bootstrapWorkForm('yes')),
    posted: webForm('<div class="ptitle">保存成功</div>'),
    'committee-form': webForm(committeeChooserForm),
    'committee-chooser': committeeChooser,
    'work-layui': webForm(layuiWorkForm, LAYUI_STUB),
    'review-hide': webForm(reviewListHideOnDelete(false)),
    'basic-layui': webForm(layuiBasicRadios('工程技术人员', '助理工程师', false), LAYUI_STUB),
    'review-audit': webForm(reviewBeforeResult(['称职', '基本称职'])),
    'files-below': webForm(recordFilesBelow('记录序号', '附件')),
    'education-form': webForm(educationFormAboveSaved),
    'education-fieldsets': webForm(educationFieldsets),
  });

  /** The findings of a check as `severity:field`. */
  const of = async (frame: Frame, checkId: string) => (await findings(frame)).filter((f) => f.checkId === checkId).map((f) => `${f.severity}:${f.field}`);

  /** Clicks `selector` on the page and waits for the overlay's reading of the page after it. */
  const clickAndRead = async (tab: Page, frame: Frame, selector: string) => {
    const since = await frame.evaluate(() => performance.now());
    await tab.click(selector);
    await waitForReading(frame, since);
  };

  it('B64B-H1 a layui table of saved 年度考核 whose latest year 2024 is 不称职: an error; 删除 on that row (taken out in place) takes it away', async () => {
    const { tab, frame } = await session.openAt('review-list', 'annual-review');
    await expectFinding(frame, 'annual-review-disqualifying', 'error');
    expect(await of(frame, 'annual-review-disqualifying')).toEqual(['error:年度考核结果']);
    await clickAndRead(tab, frame, '#del2024');
    await expectNoFinding(frame, 'annual-review-disqualifying');
    expect(await checkIdsRead(frame)).toEqual([]);
    await tab.close();
  });

  it('B64B-H2 saved work records, the second 否 with no reason: an error; 删除 on it (taken out in place) takes it away, record 1 alone raises nothing', async () => {
    const { tab, frame } = await session.openAt('work-list', 'work-experience');
    await expectFinding(frame, 'social-insurance-reason', 'error');
    expect(await of(frame, 'social-insurance-reason')).toEqual(['error:是否缴纳社保']);
    await clickAndRead(tab, frame, '#del2');
    await expectNoFinding(frame, 'social-insurance-reason');
    expect(await checkIdsRead(frame)).toEqual([]);
    await tab.close();
  });

  it('B64B-H3 a layui-drawn 考核结果: 基本称职 chosen in the drawn list is a warning on it; 称职 chosen there takes it away', async () => {
    const { tab, frame } = await session.openAt('review-form', 'annual-review');
    expect(await checkIdsRead(frame)).not.toContain('annual-review-disqualifying');
    const choose = async (text: string) => {
      await tab.click('#ddlKHJG + .layui-form-select .layui-select-title input');
      await clickAndRead(tab, frame, `#ddlKHJG + .layui-form-select dd:text-is("${text}")`);
    };
    await choose('基本称职');
    await expectFinding(frame, 'annual-review-disqualifying', 'warning');
    expect(await of(frame, 'annual-review-disqualifying')).toEqual(['warning:annualReviews.result']);
    await choose('称职');
    await expectNoFinding(frame, 'annual-review-disqualifying');
    await tab.close();
  });

  it('B64B-H4 a Bootstrap 工作经历 form with 否 and no reason: 保存 is held with the error listed; 返回修改, the reason typed, 保存 goes through', async () => {
    const { tab, frame } = await session.openAt('work-form-no', 'work-experience');
    await expectFinding(frame, 'social-insurance-reason', 'error');
    expect(await of(frame, 'social-insurance-reason')).toEqual(['error:workHistory.noSocialInsuranceReason']);
    await tab.click('#btnSave');
    const dialog = inOverlay(frame, '[data-testid="zc-presubmit"]');
    await dialog.waitFor();
    expect(await inOverlay(frame, '[data-testid="zc-presubmit-finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-check-id')))).toContain('social-insurance-reason');
    expect(new URL(tab.url()).pathname).toBe('/work-form-no');
    await inOverlay(frame, '[data-testid="zc-presubmit-cancel"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await typeAndWaitForReading(frame, () => tab.fill('#txtYY', '单位未为本人缴纳社保，已提供劳动合同'));
    await expectNoFinding(frame, 'social-insurance-reason');
    await Promise.all([tab.waitForURL(/\/posted$/), tab.click('#btnSave')]);
    await tab.close();
  });

  it('B64B-H4 (control) the same form with 是: nothing found, and 保存 goes through at once', async () => {
    const { tab, frame } = await session.openAt('work-form-yes', 'work-experience');
    expect(await checkIdsRead(frame)).toEqual([]);
    await Promise.all([tab.waitForURL(/\/posted$/), tab.click('#btnSave')]);
    await tab.close();
  });

  it('B64B-H5 申报评委会 of the other level in a read-only box its "..." chooser window fills by script (no event on the page): after the 初级 committee is chosen there, 保存 goes through, not held for the committee it replaced', async () => {
    const { tab, frame } = await session.openAt('committee-form', 'basic-info');
    await expectFinding(frame, 'committee-level-mismatch', 'error');
    const [chooser] = await Promise.all([tab.waitForEvent('popup'), tab.click('#btnPWH')]);
    await chooser.waitForLoadState();
    await Promise.all([chooser.waitForEvent('close'), chooser.click('#pick')]);
    expect(await tab.inputValue('#txtPWH')).toBe('广州市工程系列生态环境专业初级职称评审委员会');
    await Promise.all([tab.waitForURL(/\/posted$/), tab.click('#btnSave')]);
    await tab.close();
  });

  it('B64B-6 in Chromium: a layui 工作经历 form, 否 ticked and no reason: its lay-submit 保存 (an AJAX save) is held with the error (it went through: the glyph before 否 hid the 否); 返回修改, 是 ticked on layui’s drawn radio, 保存 saves at once', async () => {
    const { tab, frame } = await session.openAt('work-layui', 'work-experience');
    await expectFinding(frame, 'social-insurance-reason', 'error');
    await tab.click('#btnSave');
    const dialog = inOverlay(frame, '[data-testid="zc-presubmit"]');
    await dialog.waitFor();
    expect(await inOverlay(frame, '[data-testid="zc-presubmit-finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-check-id')))).toContain('social-insurance-reason');
    expect(await tab.evaluate(() => (window as unknown as { saves: number }).saves)).toBe(0);
    await inOverlay(frame, '[data-testid="zc-presubmit-cancel"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await clickAndRead(tab, frame, 'input[name="sb"][value="1"] + .layui-form-radio');
    await expectNoFinding(frame, 'social-insurance-reason');
    await tab.click('#btnSave');
    await expect.poll(() => tab.evaluate(() => (window as unknown as { saves: number }).saves)).toBe(1);
    expect(await dialog.count()).toBe(0);
    await tab.close();
  });

  it('B64B-1 in Chromium: saved 年度考核 with 审核结果 before 考核结果, 2024 基本称职: the error is shown on 年度考核结果', async () => {
    const { tab, frame } = await session.openAt('review-audit', 'annual-review');
    await expectFinding(frame, 'annual-review-disqualifying', 'error');
    expect(await of(frame, 'annual-review-disqualifying')).toEqual(['error:年度考核结果']);
    await tab.close();
  });

  it('B64B-4 in Chromium: the records’ files numbered 1, 1, 2 under saved records 1, 2: no finding at all', async () => {
    const { tab, frame } = await session.openAt('files-below', 'education');
    expect(await checkIdsRead(frame)).toEqual([]);
    await tab.close();
  });

  it('B64B-7 in Chromium: 基本信息 drawn by layui with 工程技术人员 and 助理工程师 ticked under 初级: no error (only the sample applicant’s eligibility reminder), and 保存 goes through (it was held for two false errors: qualification-type, qualification-level-mismatch)', async () => {
    const { tab, frame } = await session.openAt('basic-layui', 'basic-info');
    // The sample applicant's eligibility reminder (already holds 技术员) is the one finding: no error.
    expect(await checkIdsRead(frame)).toEqual(['eligibility']);
    expect((await findings(frame)).map((f) => f.severity)).not.toContain('error');
    await Promise.all([tab.waitForURL(/\/posted$/), tab.click('#btnSave')]);
    await tab.close();
  });

  it('B64B-13 in Chromium (a hidden row is no record) a saved 2024 不称职 whose 删除 hides its row as jQuery’s fadeOut leaves it: the error goes', async () => {
    const { tab, frame } = await session.openAt('review-hide', 'annual-review');
    try {
      await expectFinding(frame, 'annual-review-disqualifying', 'error');
      await clickAndRead(tab, frame, '#hide2024');
      expect(await checkIdsRead(frame)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  /** Chooses `label` in the list `selector` and waits for the overlay's reading of the page after it. */
  const chooseAndRead = async (tab: Page, frame: Frame, selector: string, label: string) => {
    const since = await frame.evaluate(() => performance.now());
    await tab.selectOption(selector, { label });
    await waitForReading(frame, since);
  };

  it('B64B-10 in Chromium (the form’s record read in its number’s place) record 2 added as 博士研究生 under a saved 1 硕士研究生: education-order before 保存; 大学本科 chosen instead takes it away', async () => {
    const { tab, frame } = await session.openAt('education-form', 'education');
    try {
      expect(await checkIdsRead(frame)).not.toContain('education-order');
      await chooseAndRead(tab, frame, '#ddlXL', '博士研究生');
      expect(await of(frame, 'education-order')).toEqual(['error:学历']);
      await chooseAndRead(tab, frame, '#ddlXL', '大学本科');
      expect(await checkIdsRead(frame)).not.toContain('education-order');
    } finally {
      await tab.close();
    }
  });

  it('B64B-12 in Chromium (each 学历 the form holds read with its 记录序号) two records in one form, a fieldset each: 大学专科 as 1, 大学本科 as 2 is education-order; 1 changed to 硕士研究生 takes it away', async () => {
    const { tab, frame } = await session.openAt('education-fieldsets', 'education');
    try {
      await chooseAndRead(tab, frame, '#ddlXL1', '大学专科');
      await chooseAndRead(tab, frame, '#ddlXL2', '大学本科');
      expect(await of(frame, 'education-order')).toEqual(['error:学历']);
      await chooseAndRead(tab, frame, '#ddlXL1', '硕士研究生');
      expect(await checkIdsRead(frame)).not.toContain('education-order');
    } finally {
      await tab.close();
    }
  });
});
