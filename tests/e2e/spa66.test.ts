import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pagesSession } from './pages-suite';
import { expectFinding, findings, typeAndWaitForReading } from './overlay-driver';
import { SPA66_PAGES } from './spa66-pages';
import { BAD_ID } from './b65-pages';
import { inOverlay, waitForStep } from './harness';

/**
 * spa66, in Chromium: what round 65's helpers left on the newer hub drawn as a single-page
 * application and on boxes beside the application (tests/e2e/spa66-pages.ts), through the
 * automation contract only, with the sample profile.
 */
describe('spa66: the pre-submit dialog across a step change, an empty el-table, a side box’s 提交, a dialog’s 确定', () => {
  const session = pagesSession(SPA66_PAGES);

  /** Presses the app's button with `text` in its step's button bar, by its span, as a user does. */
  const press = (tab: Page, text: string) => tab.locator('.step-buttons button span', { hasText: text }).click();
  /** What the page's buttons sent (the app's window.saves). */
  const saves = (tab: Page) => tab.evaluate(() => (window as unknown as { saves: string[] }).saves);

  it('SPA66-1 学历’s 保存 held by its backwards period, then 下一步 while the dialog stands: Vue patches 工作经历 into the same elements, and the dialog closes (its 仍然保存 pressed 工作经历’s 保存, the button reused)', async () => {
    const { tab, frame } = await session.openAt('spa-patch-period#/step/4', 'education');
    try {
      await expectFinding(frame, 'record-period-order', 'error');
      await press(tab, '保存');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      await press(tab, '下一步');
      await expect.poll(() => tab.evaluate(() => (window as unknown as { patched?: number }).patched)).toBe(5);
      await expect.poll(() => inOverlay(frame, '[data-testid="zc-presubmit"]').count(), { timeout: 5_000 }).toBe(0);
      await waitForStep(frame, 'work-experience');
      expect(await saves(tab)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('SPA66-1 (before a re-read) the app draws 工作经历 into the same elements as he presses 仍然保存 (its listener runs before ours): nothing is pressed, the notice says the step changed (it pressed 工作经历’s 保存, the button reused)', async () => {
    const { tab, frame } = await session.openAt('spa-patch-period#/step/4', 'education');
    try {
      await expectFinding(frame, 'record-period-order', 'error');
      await press(tab, '保存');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      // The router's step 5 patched in at his press, in the same dispatch: no re-read can come between.
      await tab.evaluate(() =>
        window.addEventListener(
          'click',
          () => {
            history.pushState(null, '', '#/step/5');
            (window as unknown as { render: () => void }).render();
          },
          { capture: true, once: true },
        ),
      );
      await inOverlay(frame, '[data-testid="zc-presubmit-continue"]').click();
      expect(await tab.evaluate(() => (window as unknown as { patched?: number }).patched)).toBe(5);
      await waitForStep(frame, 'work-experience');
      expect(await saves(tab)).toEqual([]);
      await expect.poll(() => inOverlay(frame, '.zc-notice').allTextContents()).toContainEqual(expect.stringMatching(/换到了另一步|another step/));
    } finally {
      await tab.close();
    }
  });

  it('SPA66-1 (drawn anew) the same by hash routes whose steps are drawn anew: the dialog closes with its step', async () => {
    const { tab, frame } = await session.openAt('spa-hash-period#/step/4', 'education');
    try {
      await expectFinding(frame, 'record-period-order', 'error');
      await press(tab, '保存');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      await press(tab, '下一步');
      await expect.poll(() => tab.locator('.card-title').textContent()).toBe('工作经历');
      await expect.poll(() => inOverlay(frame, '[data-testid="zc-presubmit"]').count(), { timeout: 5_000 }).toBe(0);
      await waitForStep(frame, 'work-experience');
      expect(await saves(tab)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('SPA66-1 (control) the page re-read on the same step while the dialog stands (he types in 所学专业): the dialog stays, and its 仍然保存 presses 学历’s 保存', async () => {
    const { tab, frame } = await session.openAt('spa-patch-period#/step/4', 'education');
    try {
      await expectFinding(frame, 'record-period-order', 'error');
      await press(tab, '保存');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      await typeAndWaitForReading(frame, () => tab.fill('[data-model="sxzy"]', '环境工程'));
      expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(1);
      await inOverlay(frame, '[data-testid="zc-presubmit-continue"]').click();
      await expect.poll(() => saves(tab)).toEqual(['save:4']);
    } finally {
      await tab.close();
    }
  });

  it('SPA66-2 学历’s el-table with no record (暂无数据 drawn beside its rows’ table), 新增’s record form numbered 2: record-sequence says the first record is 1', async () => {
    const { tab, frame } = await session.open('edu-dialog-empty-2');
    try {
      await tab.click('#add');
      await waitForStep(frame, 'education');
      await expectFinding(frame, 'record-sequence', 'warning');
    } finally {
      await tab.close();
    }
  });

  it('SPA66-2 (control) the same numbered 1 (the form read: its backwards period is record-period-order): no record-sequence', async () => {
    const { tab, frame } = await session.open('edu-dialog-empty-1');
    try {
      await tab.click('#add');
      await waitForStep(frame, 'education');
      await expectFinding(frame, 'record-period-order', 'error');
      expect((await findings(frame)).map((f) => f.checkId)).not.toContain('record-sequence');
    } finally {
      await tab.close();
    }
  });

  /** Records the presses that reach the page's own listeners (after ours, in the capture phase, let them through). */
  const heard = (tab: Page) =>
    tab.evaluate(() => {
      const w = window as unknown as { heard: string[] };
      w.heard = [];
      document.addEventListener('click', (e) => w.heard.push((e.target as Element).closest('button')?.textContent ?? ''));
    });

  it('SPA66-3 基本信息 with a wrong ID number: the 在线咨询 box’s own 提交 beside it goes through (it was held as 送审)', async () => {
    const { tab, frame } = await session.openAt('basic-consult', 'basic-info');
    try {
      await typeAndWaitForReading(frame, () => tab.fill('#txtSFZH', BAD_ID));
      await expectFinding(frame, 'id-number-checksum', 'error');
      await heard(tab);
      await tab.click('.side button');
      expect(await tab.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual(['提交']);
      expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
    } finally {
      await tab.close();
    }
  });

  it('SPA66-3 (control) the same page’s 保存, the application’s, is held', async () => {
    const { tab, frame } = await session.openAt('basic-consult', 'basic-info');
    try {
      await typeAndWaitForReading(frame, () => tab.fill('#txtSFZH', BAD_ID));
      await expectFinding(frame, 'id-number-checksum', 'error');
      await heard(tab);
      await tab.click('#btnSave');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      expect(await tab.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    } finally {
      await tab.close();
    }
  });
  it.each([
    ['edu-layer-period', 'a layui page layer (.layui-layer, no role)'],
    ['edu-dialog-noform-period', 'an el-dialog whose boxes are in no <form>'],
  ])('SPA66-4 (%s) the record form in %s, its 终止时间 before its 起始时间: its 确 定 is held as 保存 is (it went through)', async (page) => {
    const { tab, frame } = await session.open(page);
    try {
      await tab.click('#add');
      await waitForStep(frame, 'education');
      await expectFinding(frame, 'record-period-order', 'error');
      await tab.click('#ok');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      expect(await saves(tab)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it.each([
    ['a re-login dialog (用户名, 密码 in a <form>)', 'edu-dialog-period-login', 'login-ok'],
    ['a search dialog (关键字 in a <form>)', 'edu-dialog-period-search', 'search-ok'],
  ])('SPA66-4 %s over the same record form with its error: its 确定 goes through (it was held: a dialog holding a form)', async (_, page, ok) => {
    const { tab, frame } = await session.open(page);
    try {
      await tab.click('#add');
      await waitForStep(frame, 'education');
      await expectFinding(frame, 'record-period-order', 'error');
      await tab.click(`#${ok}`);
      expect(await saves(tab)).toEqual([ok]);
      expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
    } finally {
      await tab.close();
    }
  });
});
