import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { openStep } from '../portal/drive';
import { type ExtensionBrowser, type PortalSession, inOverlay, setPresenterSwitches, startPortalSession, waitForStep } from './harness';
import { afterPlacement, expandPanel, findings, typeAndWaitForReading } from './overlay-driver';

/**
 * A newcomer's first walk through the built extension as an applicant (ux26): the tour and the
 * panel give one number for one thing; 大字号 leaves the form usable on a 1280- or 1366-pixel
 * screen; a field marker stays where it is while the user types; an untouched step's headline
 * says what its errors are (必填未填) while the checks stay as strict.
 */

const shots = resolve('artifacts/e2e/newcomer');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** The panel's headline count (`.zc-count`), e.g. “14 项必填未填”; '' when there is none. */
async function headline(frame: Frame): Promise<string> {
  const count = inOverlay(frame, '.zc-count');
  return (await count.count()) ? ((await count.textContent()) ?? '') : '';
}

/** Sets the presenter setting 大字号 from the popup, as a user does. */
async function setLargeText(browser: ExtensionBrowser, page: Page, on: boolean): Promise<void> {
  await setPresenterSwitches(browser, { largeText: on });
  await page.bringToFront();
}

/** The frame's visible form fields (text boxes, lists, check boxes), in the top page's pixels. */
async function fieldBoxes(frame: Frame): Promise<Box[]> {
  const offset = await (await frame.frameElement()).boundingBox();
  const boxes = await frame.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('input:not([type=hidden]):not([type=button]):not([type=submit]),select,textarea'))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight)
      .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height })),
  );
  return boxes.map((b) => ({ ...b, x: b.x + (offset?.x ?? 0), y: b.y + (offset?.y ?? 0) }));
}

describe('a newcomer on 基本信息 (practice portal)', () => {
  let session: PortalSession;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await startPortalSession();
    ({ browser, page } = session);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('an untouched step’s headline says “N 项必填未填”, with the same errors listed and blocking', async () => {
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await expandPanel(frame);
    await expect.poll(() => headline(frame)).toMatch(/^\d+ 项必填未填$/);
    const shown = await findings(frame);
    const errors = shown.filter((f) => f.severity === 'error');
    // The contract's findings are unchanged: each empty box is a required-field error (认定专业 its
    // own check's), the photo a photo-missing one.
    expect(new Set(errors.map((f) => f.checkId))).toEqual(new Set(['required-field', 'photo-missing', 'specialty-missing']));
    expect(await headline(frame)).toBe(`${errors.length} 项必填未填`);
    await page.screenshot({ path: `${shots}/headline-untouched.png` });
    // As strict as before: 保存并下一步 is held, the dialog listing every one of those errors.
    await frame.click('input[value="保存并下一步"]');
    const dialog = inOverlay(frame, '[data-testid="zc-presubmit"]');
    await dialog.waitFor();
    const held = await inOverlay(frame, '[data-testid="zc-presubmit-finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-check-id')));
    expect(held.sort()).toEqual(errors.map((f) => f.checkId).sort());
    await inOverlay(frame, '[data-testid="zc-presubmit-cancel"]').click();
    await expect.poll(() => dialog.count()).toBe(0);

    // Something typed wrong is an error of another kind: the headline counts errors again.
    await frame.fill('input[id$="txtSJHM"]', '1392600123');
    await expect.poll(() => headline(frame)).toMatch(/^\d+ 个错误$/);
    const now = (await findings(frame)).filter((f) => f.severity === 'error');
    expect(now.some((f) => f.checkId === 'mobile-format')).toBe(true);
    expect(await headline(frame)).toBe(`${now.length} 个错误`);
    await frame.fill('input[id$="txtSJHM"]', '');
  });

  it('the tour’s count of problems agrees with the panel’s: the photo’s is said to be at the next stop', async () => {
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await expandPanel(frame);
    await expect.poll(() => headline(frame)).toMatch(/^\d+ /);
    const panelCount = Number((await headline(frame)).match(/^\d+/)?.[0]);
    await inOverlay(frame, '[data-testid="zc-tour-start"]').click();
    const tour = inOverlay(frame, '[data-testid="zc-tour"]');
    await tour.waitFor();
    for (let i = 0; i < 5 && (await tour.getAttribute('data-stop-id')) !== 'fields'; i++) {
      await inOverlay(frame, '[data-testid="zc-tour-next"]').click();
    }
    expect(await tour.getAttribute('data-stop-id')).toBe('fields');
    const lines = await inOverlay(frame, '[data-testid="zc-tour-text"] li').allTextContents();
    // “这些栏目目前有 N 个问题”, “照片、附件还有 N 个问题，见下一步”, “还有 N 个问题不属于某一栏目”.
    const counted = lines.map((l) => l.match(/^(?:这些栏目目前有|照片、附件还有|还有) (\d+) 个问题/)).filter((m) => m !== null);
    const sum = counted.reduce((total, m) => total + Number(m[1]), 0);
    expect(lines.join('\n')).toContain('见下一步');
    expect(sum, lines.join('\n')).toBe(panelCount);
    await page.screenshot({ path: `${shots}/tour-fields-count.png` });
    // The next stop, the photo's, says its problem.
    await inOverlay(frame, '[data-testid="zc-tour-next"]').click();
    await expect.poll(() => tour.getAttribute('data-stop-id')).toBe('attachments');
    expect((await inOverlay(frame, '[data-testid="zc-tour-text"]').textContent()) ?? '').toContain('照片');
    expect((await inOverlay(frame, '[data-testid="zc-tour-text"]').textContent()) ?? '').toMatch(/1 个问题/);
    await page.screenshot({ path: `${shots}/tour-attachments-count.png` });
    await inOverlay(frame, '[data-testid="zc-tour-exit"]').click();
  });

  it('a field marker keeps its place while the user types, outside the box and its text', async () => {
    const frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    const box = frame.locator('input[id$="txtSJHM"]');
    await box.fill('');
    const input = await box.boundingBox();
    const markerOf = async () => {
      const control = await frame.evaluate(() => {
        const field = document.querySelector('input[id$="txtSJHM"]')!.getBoundingClientRect();
        const markers = Array.from(document.querySelector('[data-zc-root]')?.shadowRoot?.querySelectorAll<HTMLElement>('.zc-marker[data-placed]') ?? []);
        // The marker nearest the 手机号码 box.
        const dist = (m: HTMLElement) => {
          const r = m.getBoundingClientRect();
          return Math.abs(r.y + r.height / 2 - (field.y + field.height / 2)) + Math.max(0, r.x - field.right, field.x - r.right);
        };
        return markers.sort((a, b) => dist(a) - dist(b))[0]?.dataset.control ?? null;
      });
      return control === null ? null : inOverlay(frame, `.zc-marker[data-control="${control}"]`).boundingBox();
    };
    await expect.poll(async () => (await markerOf()) !== null).toBe(true);
    const frameBox = (await (await frame.frameElement()).boundingBox())!;
    const inFrame = (b: Box) => ({ ...b, x: b.x - frameBox.x, y: b.y - frameBox.y });
    const empty = (await markerOf())!;
    await page.screenshot({ path: `${shots}/marker-empty.png`, clip: { x: input!.x - 200, y: input!.y - 40, width: input!.width + 300, height: input!.height + 80 } });
    // Typed one key at a time, as a user types: a malformed number keeps the marker (mobile-format).
    const seen: Box[] = [];
    for (const key of '1392600') {
      // Read after the overlay has read the key's value (its findings, and the marker, drawn
      // anew) and placed the marker again.
      await typeAndWaitForReading(frame, () => box.press(key));
      await afterPlacement(frame);
      const now = await markerOf();
      if (now) seen.push(now);
    }
    await page.screenshot({ path: `${shots}/marker-typed.png`, clip: { x: input!.x - 200, y: input!.y - 40, width: input!.width + 300, height: input!.height + 80 } });
    expect(seen.length).toBeGreaterThan(0);
    for (const m of seen) expect({ x: Math.round(m.x), y: Math.round(m.y) }).toEqual({ x: Math.round(empty.x), y: Math.round(empty.y) });
    // Never over the box where the text is typed.
    expect(overlapArea(inFrame(empty), inFrame(input!))).toBe(0);
    await box.fill('');
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1366, height: 768 },
  ]) {
    it(`大字号 at ${viewport.width}×${viewport.height}: the panel leaves the form’s fields usable`, async () => {
      await page.setViewportSize(viewport);
      const frame = await openStep(page, 'basic-info');
      await waitForStep(frame, 'basic-info');
      await setLargeText(browser, page, true);
      // The overlay hears the stored settings change (storage.onChanged) in its own time.
      await expect.poll(() => inOverlay(frame, '.zc-panel').getAttribute('class'), { timeout: 5_000 }).toMatch(/zc-large/);
      await expandPanel(frame);
      await afterPlacement(frame);
      const panel = (await inOverlay(frame, '.zc-panel').boundingBox())!;
      const fields = await fieldBoxes(frame);
      const covered = fields.filter((f) => overlapArea(panel, f) > 0.25 * f.width * f.height);
      await page.screenshot({ path: `${shots}/large-${viewport.width}-open.png` });
      expect(covered.length, JSON.stringify({ panel, covered })).toBe(0);
      // No wider than the panel without 大字号 on a screen of this size (it was 420 px: half the form).
      expect(panel.width).toBeLessThanOrEqual(340);
      // Collapsed, it is a small tab that keeps the counts and the way back.
      await inOverlay(frame, 'button[aria-expanded="true"]').click();
      await afterPlacement(frame);
      const tab = (await inOverlay(frame, '.zc-panel').boundingBox())!;
      await page.screenshot({ path: `${shots}/large-${viewport.width}-collapsed.png` });
      expect(tab.width).toBeLessThan(360);
      expect(await headline(frame)).toMatch(/^\d+ /);
      await inOverlay(frame, 'button[aria-expanded="false"]').click();
      await setLargeText(browser, page, false);
    });
  }
});
