import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { pagesSession } from './pages-suite';
import { applyAutofill, expectFinding, expectNoFinding, findings, startAutofill, waitForMarkersPlaced } from './overlay-driver';
import { B65_PAGES } from './b65-pages';
import { countOverlays, inOverlay, openPopupOver, waitForStep } from './harness';

/**
 * Breaker 65, in Chromium: the newer hub as a single-page application (tests/e2e/b65-pages.ts) —
 * the step changed without a page load (hash routes, pushState, a form drawn 1 s after a v-loading
 * mask) — through the automation contract only, with the sample profile.
 */
describe('breaker 65: the eleven steps in one page, switched without a load, in Chromium', () => {
  const session = pagesSession(B65_PAGES);

  /** Presses the app's button with `text` (a `<button type="button"><span>…</span></button>`) by its span, as a user does. */
  const press = (frame: Frame | Page, text: string) => frame.locator('.step-buttons button span', { hasText: text }).click();
  /** The findings' [check id, field] pairs. */
  const shown = async (frame: Frame) => (await findings(frame)).map((f) => `${f.checkId} ${f.field}`);
  /** The markers shown, each with the label of the form item it sits beside (none: not beside one). */
  const markers = (frame: Frame) => inOverlay(frame, '[data-testid="zc-field-marker"]').count();

  it('B65-1 hash routes: 基本信息 with a wrong ID number, then 下一步 to 专业技术资格历史情况: the step follows, the ID finding and its marker go, 保存 there is not held by 基本信息’s error; 上一步 brings them back', async () => {
    const { tab, frame } = await session.openAt('spa-hash#/step/2', 'basic-info');
    try {
      await expectFinding(frame, 'id-number-checksum', 'error');
      await waitForMarkersPlaced(frame);
      expect(await markers(frame)).toBeGreaterThan(0);
      await press(tab, '下一步');
      await waitForStep(frame, 'qualification-history');
      await expectNoFinding(frame, 'id-number-checksum');
      await expect.poll(() => markers(frame)).toBe(0);
      await press(tab, '保存');
      expect(await tab.evaluate(() => (window as unknown as { saves: string[] }).saves)).toEqual(['save:3']);
      expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
      await press(tab, '上一步');
      await waitForStep(frame, 'basic-info');
      await expectFinding(frame, 'id-number-checksum', 'error');
    } finally {
      await tab.close();
    }
  });

  it('B65-2 pushState and a v-loading mask for 1 s before each step’s form: 下一步 from 基本信息 is recognised as 专业技术资格历史情况 once the form is drawn, 用档案填写本页 previews 资格历史 fields, none of 基本信息', async () => {
    const { tab, frame } = await session.openAt('spa-push-late', 'basic-info');
    try {
      await expectFinding(frame, 'id-number-checksum', 'error');
      await press(tab, '下一步');
      await waitForStep(frame, 'qualification-history');
      await expectNoFinding(frame, 'id-number-checksum');
      const keys = (await startAutofill(frame)).map((r) => r.key);
      expect(keys.some((k) => k.startsWith('qualification'))).toBe(true);
      expect(keys.filter((k) => k.startsWith('basic.'))).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('B65-3 pushState: back at 基本信息 by 上一步 after 资格历史, its 保存 (type="button", a span inside) is held by its wrong ID number', async () => {
    const { tab, frame } = await session.openAt('spa-push-late?step=3', 'qualification-history');
    try {
      await press(tab, '上一步');
      await waitForStep(frame, 'basic-info');
      await expectFinding(frame, 'id-number-checksum', 'error');
      await press(tab, '保存');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      expect(await tab.evaluate(() => (window as unknown as { saves: string[] }).saves)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('B65-4 ten switches (下一步 / 上一步 between 基本信息 and 资格历史, then the browser’s back): one overlay, one step line, each finding once, markers only beside 基本信息’s boxes', async () => {
    const { tab, frame } = await session.openAt('spa-hash#/step/2', 'basic-info');
    try {
      for (let i = 0; i < 5; i++) {
        await press(tab, '下一步');
        await waitForStep(frame, 'qualification-history');
        await press(tab, '上一步');
        await waitForStep(frame, 'basic-info');
      }
      await expectFinding(frame, 'id-number-checksum', 'error');
      await waitForMarkersPlaced(frame);
      expect(await countOverlays(tab)).toBe(1);
      expect(await inOverlay(frame, '[data-testid="zc-step"]').count()).toBe(1);
      const list = await shown(frame);
      expect(list.length).toBe(new Set(list).size);
      expect(list.filter((f) => f.startsWith('id-number-checksum'))).toHaveLength(1);
      await tab.goBack();
      await waitForStep(frame, 'qualification-history');
      await expectNoFinding(frame, 'id-number-checksum');
      await expect.poll(() => markers(frame)).toBe(0);
    } finally {
      await tab.close();
    }
  });

  /** The popup's step statuses, `step:status` (contract zc-progress-step). */
  const statuses = async (tab: Page) => {
    const popup = await openPopupOver(session.browser, tab);
    try {
      return await popup.locator('[data-testid="zc-progress-step"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-step-id')}:${e.getAttribute('data-status')}`));
    } finally {
      await popup.close();
    }
  };

  it('B65-5 保存 pressed on 专业技术资格历史情况 right after 下一步 drew it (before the overlay re-read the page): the save is 专业技术资格历史情况’s in the popup, not 基本信息’s', async () => {
    const { tab, frame } = await session.openAt('spa-hash#/step/2', 'basic-info');
    try {
      await expectFinding(frame, 'id-number-checksum', 'error');
      // One task: the router draws step 3 at once on hashchange; the press follows before any re-read.
      await tab.evaluate(() => {
        location.hash = '#/step/3';
        window.addEventListener('hashchange', () => (document.querySelector('.step-buttons button[data-act="save"]') as HTMLElement).click(), { once: true });
      });
      await waitForStep(frame, 'qualification-history');
      expect(await tab.evaluate(() => (window as unknown as { saves: string[] }).saves)).toEqual(['save:3']);
      await expect.poll(() => statuses(tab), { timeout: 10_000 }).toContain('qualification-history:done');
    } finally {
      await tab.close();
    }
  });

  it('B65-6 完成并送审 reached by its hash route: 同意 unticked is submit-consent, and its 送审 (type="button", a span inside) is held', async () => {
    const { tab, frame } = await session.openAt('spa-hash#/step/2', 'basic-info');
    try {
      await tab.evaluate(() => (location.hash = '#/step/11'));
      await waitForStep(frame, 'submit');
      await expectFinding(frame, 'submit-consent', 'error');
      await press(tab, '送审');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 10_000 });
      expect(await tab.evaluate(() => (window as unknown as { saves: string[] }).saves)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('B65-7 a wizard Vue patches in place (学历 → 工作经历 of one shape: only text nodes, attributes and values change): the step follows to 工作经历 and its 终止时间 before 起始时间 is record-period-order', async () => {
    const { tab, frame } = await session.openAt('spa-patch#/step/4', 'education');
    try {
      await press(tab, '下一步');
      await expect.poll(() => tab.locator('.card-title').textContent()).toBe('工作经历');
      // Patched in place, not drawn anew.
      expect(await tab.evaluate(() => (window as unknown as { patched?: number }).patched)).toBe(5);
      await waitForStep(frame, 'work-experience');
      await expectFinding(frame, 'record-period-order', 'error');
    } finally {
      await tab.close();
    }
  });

  it('B65-9 用档案填写本页 applied on 基本信息, then 下一步 at once (within the 10 s the fill watches its fields for a redraw): 专业技术资格历史情况 shows no report of 基本信息’s fields turned 失败 (页面刷新后此栏又空了), but its own 用档案填写本页', async () => {
    const { tab, frame } = await session.openAt('spa-hash#/step/2', 'basic-info');
    try {
      await startAutofill(frame);
      const report = await applyAutofill(frame);
      expect(report.filter((r) => r.result === 'filled').map((r) => r.key)).toContain('basic.workStartDate');
      await press(tab, '下一步');
      await waitForStep(frame, 'qualification-history');
      await expect.poll(() => inOverlay(frame, '[data-testid="zc-autofill-report"]').count()).toBe(0);
      await inOverlay(frame, '[data-testid="zc-autofill"]').waitFor({ timeout: 5_000 });
    } finally {
      await tab.close();
    }
  });

  it('B65-10 学历’s list page (an el-table) shows no step; 新增 shows the record form in an el-dialog by its style (v-show): the overlay comes, 学位（学历）教育情况, and the form’s 终止时间 before 起始时间 is record-period-order; its 保存 is held', async () => {
    const { tab, frame } = await session.open('edu-dialog-period-save');
    try {
      await tab.click('#add');
      await waitForStep(frame, 'education');
      await expectFinding(frame, 'record-period-order', 'error');
      await tab.click('#ok');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 10_000 });
      expect(await tab.evaluate(() => (window as unknown as { saves: string[] }).saves)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  // A repro's expected failure is its pass: CI's retry would run it twice (tests/e2e/b64a.test.ts NO_RETRY).
  const NO_RETRY = { retry: 0 };

  // A box's placeholder 请输入 is shared by every Element UI box: it is no name of the field
  // while the box has a label (lib/fill/apply.ts namesOf), so a box now under another label is another field.
  it('B65-8 the preview made on 基本信息, 下一步, then 确认填写 in the preview still open: nothing goes into 专业技术资格历史情况’s boxes (姓名’s 李明远 went into 资格名称, the box in its place, both placeholders 请输入)', NO_RETRY, async () => {
    const { tab, frame } = await session.openAt('spa-hash#/step/2', 'basic-info');
    try {
      await startAutofill(frame);
      await press(tab, '下一步');
      await waitForStep(frame, 'qualification-history');
      await inOverlay(frame, '[data-testid="zc-autofill-stale"]').waitFor({ timeout: 5_000 });
      await applyAutofill(frame);
      expect(await tab.$$eval('#main .el-input__inner', (boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['', '', '', '']);
    } finally {
      await tab.close();
    }
  });

  // An el-table's header row is a table of its own, its records another, each in a wrapper box:
  // the page reader (lib/page/page-text.ts collectGrids) joins them past the wrappers and the header's gutter cell.
  it('B65-11 学历’s list page drawn as an el-table (header and body two tables) under the el-steps bar: recognised as 学位（学历）教育情况 (no overlay at all: the page reads no list, and a page naming every step with nothing to fill is an overview)', NO_RETRY, async () => {
    const { tab, frame } = await session.open('edu-dialog-dup');
    try {
      await inOverlay(frame, '[data-testid="zc-step"][data-step-id="education"]').waitFor({ timeout: 5_000 });
    } finally {
      await tab.close();
    }
  });

  // A bare 确定 is no save (on portal copies it also opens or picks), but in a dialog holding a
  // form it is the record form's save (lib/content/presubmit.ts portalButtonOf).
  it('B65-12 the el-dialog’s save worded 确 定 (Element’s own wording) with the record’s 终止时间 before its 起始时间: held as 保存 is (it went through: 确定 is no save)', NO_RETRY, async () => {
    const { tab, frame } = await session.open('edu-dialog-period');
    try {
      await tab.click('#add');
      await waitForStep(frame, 'education');
      await expectFinding(frame, 'record-period-order', 'error');
      await tab.click('#ok');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      expect(await tab.evaluate(() => (window as unknown as { saves: string[] }).saves)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('B65-12 control: an alert’s 确定 (Element’s MessageBox: a dialog holding no form) over the same record form is not held', NO_RETRY, async () => {
    const { tab, frame } = await session.open('edu-dialog-period-alert');
    try {
      await tab.click('#add');
      await waitForStep(frame, 'education');
      await expectFinding(frame, 'record-period-order', 'error');
      await tab.click('#alert-ok');
      expect(await tab.evaluate(() => (window as unknown as { saves: string[] }).saves)).toEqual(['alert']);
      expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
    } finally {
      await tab.close();
    }
  });
});
