import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { inOverlay, waitForStep, type PagesSession } from './harness';

/**
 * Playwright helpers that use the overlay the way a user does, through the automation contract
 * (spec/test-contract.md): plan and apply an autofill, read the report
 * and the findings. Shared by the autofill and checks browser tests.
 */

export interface PreviewRow {
  key: string;
  /** `fill` / `skip` / `needs-user`. */
  action: string;
  /** The row offers the "覆盖" tick (the page holds another value). */
  overwrite: boolean;
}

export interface ReportItem {
  key: string;
  /** `filled` / `skipped` / `failed` / `needs-user`. */
  result: string;
  text: string;
}

export interface FindingItem {
  checkId: string;
  severity: string;
  field: string;
  text: string;
}

/** Expands the panel when collapsed (a user may have collapsed it on an earlier page). */
export async function expandPanel(frame: Frame): Promise<void> {
  const expand = inOverlay(frame, 'button[aria-expanded="false"]');
  if (await expand.count()) await expand.first().click();
}

/**
 * Starts teach mode and waits until it asks for a field (`data-phase="picking"`). The start
 * button loads on-demand.js first; a page click before that is a plain click on the page, as
 * it would be for a user who clicks before 请点击…字段 appears.
 */
export async function startTeach(frame: Frame): Promise<void> {
  await inOverlay(frame, '[data-testid="zc-teach-start"]').click();
  await inOverlay(frame, '[data-testid="zc-teach"][data-phase="picking"]').waitFor({ timeout: 10_000 });
}

/**
 * Waits until the overlay has the active profile (the fill tab names it), so an autofill does
 * not start before the background answered.
 */
export async function waitForProfile(frame: Frame): Promise<void> {
  await expandPanel(frame);
  await inOverlay(frame, '#zc-sec-fill').filter({ hasText: '使用档案' }).waitFor({ timeout: 10_000 });
}

/** Closes a finished report or an open preview, so `zc-autofill` is offered again. */
async function resetAutofill(frame: Frame): Promise<void> {
  const pane = inOverlay(frame, '#zc-sec-fill');
  for (const text of ['完成', '取消']) {
    const button = pane.locator(`button:text-is("${text}")`);
    if (await button.count()) await button.first().click();
  }
}

/** The preview's rows as shown (contract `zc-autofill-preview-item`). */
export async function previewRows(frame: Frame): Promise<PreviewRow[]> {
  return inOverlay(frame, '[data-testid="zc-autofill-preview-item"]').evaluateAll((els) =>
    els.map((e) => ({
      key: e.getAttribute('data-key') ?? '',
      action: e.getAttribute('data-action') ?? '',
      overwrite: !!e.querySelector('input[type=checkbox]'),
    })),
  );
}

/** The preview's rows as [data-key, data-action, the row's text with its whitespace collapsed]. */
export function previewTexts(frame: Frame): Promise<[string, string, string][]> {
  return inOverlay(frame, '[data-testid="zc-autofill-preview-item"]').evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-key') ?? '', e.getAttribute('data-action') ?? '', (e.textContent ?? '').replace(/\s+/g, ' ').trim()] as [string, string, string]),
  );
}

/**
 * Opens `path` of a probe-page session, waits for `step` and starts the autofill's preview.
 * @returns the tab, its frame and the preview's rows (previewTexts).
 */
export async function previewPage(session: PagesSession, path: string, step: string) {
  const { tab, frame } = await session.open(path);
  await waitForStep(frame, step);
  await startAutofill(frame);
  return { tab, frame, rows: await previewTexts(frame) };
}

/**
 * Clicks `zc-autofill` on the fill tab and waits for the preview.
 * @returns the preview rows.
 */
export async function startAutofill(frame: Frame): Promise<PreviewRow[]> {
  await waitForProfile(frame);
  await resetAutofill(frame);
  await inOverlay(frame, '[data-testid="zc-autofill"]').click();
  await inOverlay(frame, '[data-testid="zc-autofill-preview"]').waitFor({ timeout: 10_000 });
  return previewRows(frame);
}

/** Ticks the preview's "覆盖" box of the row with `key`. */
export async function tickOverwrite(frame: Frame, key: string): Promise<void> {
  await inOverlay(frame, `[data-testid="zc-autofill-preview-item"][data-key="${key}"] input[type=checkbox]`).check();
}

/**
 * Clicks `zc-autofill-apply` and waits for the report.
 * @returns the report items (contract `zc-autofill-item`).
 */
export async function applyAutofill(frame: Frame): Promise<ReportItem[]> {
  await inOverlay(frame, '[data-testid="zc-autofill-apply"]').click();
  await inOverlay(frame, '[data-testid="zc-autofill-report"]').waitFor({ timeout: 15_000 });
  return reportRows(frame);
}

/** The report's items as shown now (contract `zc-autofill-item`). */
export async function reportRows(frame: Frame): Promise<ReportItem[]> {
  return inOverlay(frame, '[data-testid="zc-autofill-item"]').evaluateAll((els) =>
    els.map((e) => ({
      key: e.getAttribute('data-key') ?? '',
      result: e.getAttribute('data-result') ?? '',
      text: (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** The findings the overlay shows now (contract `zc-findings` / `zc-finding`). */
export async function findings(frame: Frame): Promise<FindingItem[]> {
  return inOverlay(frame, '[data-testid="zc-findings"] [data-testid="zc-finding"]').evaluateAll((els) =>
    els.map((e) => ({
      checkId: e.getAttribute('data-check-id') ?? '',
      severity: e.getAttribute('data-severity') ?? '',
      field: e.getAttribute('data-field') ?? '',
      text: (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** Waits (polling, no click) until a finding with `checkId` and `severity` is shown. */
export async function expectFinding(frame: Frame, checkId: string, severity: string, timeout = 5_000): Promise<void> {
  await expect
    .poll(async () => (await findings(frame)).filter((f) => f.checkId === checkId).map((f) => f.severity), { timeout })
    .toContain(severity);
}

/** Waits until no finding with `checkId` is shown. */
export async function expectNoFinding(frame: Frame, checkId: string, timeout = 5_000): Promise<void> {
  await expect.poll(async () => (await findings(frame)).filter((f) => f.checkId === checkId), { timeout }).toEqual([]);
}

/**
 * Waits until the overlay of `frame` has read the page again at or after `since` (the frame's
 * `performance.now()` clock): its `zc:evaluate` measure, which it records for each reading
 * (lib/content/controller.tsx reread) and whose findings it draws in the same task. The positive
 * state after typing or a redraw, before a read of what the panel still shows or no longer
 * shows: that read is then of the page as changed, not of an earlier reading (a fixed wait
 * proves nothing on a loaded machine). The first paint's evaluation is not measured: `since` 0
 * waits for the first reading after it (on a page left alone, the one made once the background's
 * start-up answers are in: lib/content/controller.tsx startContentScript).
 * @param frame the overlay's frame. @param since a time on the frame's clock (see typeAndWaitForReading).
 * @throws (the poll fails) when no reading came in `timeout` ms.
 */
export async function waitForReading(frame: Frame, since: number, timeout = 10_000): Promise<void> {
  await expect.poll(() => frame.evaluate((t) => performance.getEntriesByName('zc:evaluate').some((e) => e.startTime >= t), since), { timeout }).toBe(true);
}

/** The check ids the panel shows, once the overlay has read the page after `since` (its clock; waitForReading). */
export async function checkIdsRead(frame: Frame, since = 0): Promise<string[]> {
  await waitForReading(frame, since);
  return (await findings(frame)).map((f) => f.checkId);
}

/**
 * After 无。 typed into the 工作期间奖惩情况 box (an editor of its own) of a page whose 奖惩 and 小结 were
 * both empty: waits until the overlay's reading shows the 奖惩 answered (its awards-empty gone: the
 * positive proof that the typing was read) and, in that same reading, the 小结 still 还是空的
 * (summary-empty, error): the typing was not taken for the 小结's.
 * @throws (the poll fails) when no reading shows both within 5 s.
 */
export async function expectTypingReadAsAwards(frame: Frame): Promise<void> {
  const shown = async () => {
    const all = await findings(frame);
    const of = (checkId: string) => all.filter((f) => f.checkId === checkId).map((f) => f.severity);
    return { 'awards-empty': of('awards-empty'), 'summary-empty': of('summary-empty') };
  };
  await expect.poll(shown, { timeout: 5_000 }).toEqual({ 'awards-empty': [], 'summary-empty': ['error'] });
}

/**
 * Runs `type` (typing, filling boxes of `frame`'s document) and waits until the overlay has read
 * the page after the last input event it made (waitForReading from that event's time, taken by a
 * listener of the page's own): what the panel shows then is its reading of the typed page. The
 * time is the event's, not one taken after `type` returns: on a loaded machine the overlay's
 * reading (SETTLE_MS after the input) can come before the test's next look at the page clock.
 * @param frame the overlay's frame, whose document hears the input. @param type the typing.
 * @throws (the poll fails) when `type` made no input event or no reading came after it within 10 s.
 */
export async function typeAndWaitForReading(frame: Frame, type: () => Promise<unknown>): Promise<void> {
  type Heard = { zcLastInput?: number };
  await frame.evaluate(() => {
    const scope = window as unknown as Heard;
    if (scope.zcLastInput === undefined) document.addEventListener('input', () => (scope.zcLastInput = performance.now()), true);
    scope.zcLastInput = 0;
  });
  await type();
  const last = await frame.evaluate(() => (window as unknown as Heard).zcLastInput ?? 0);
  expect(last, 'the typing made an input event').toBeGreaterThan(0);
  await waitForReading(frame, last);
}

/**
 * Waits for the page's next animation frame. The overlay places its panel in the animation frame
 * after a draw (lib/content/controller.tsx queuePlace) and a drawn marker again in the frame after
 * (lib/overlay/follow-field.ts): asked for in the draw, their callbacks run before this one's. So
 * once a draw has been made — a press handled, a tab message answered, a reading shown — the
 * geometry read after this is the placed one.
 * @param frame the overlay's frame.
 */
export function afterPlacement(frame: Frame): Promise<void> {
  return frame.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
}

/**
 * Waits until the field markers the overlay draws have been placed, or hidden, for the first time.
 * Markers are drawn in the frame after the panel's first; each then measures its field in the
 * next animation frame after a task (components/overlay/FieldMarkers.tsx followAfterPaint,
 * lib/overlay/follow-field.ts), and only then is `data-placed` set or left off. So once a marker
 * is in the overlay, an animation frame, a task and another animation frame of the page (its
 * callbacks asked for after the marker's own run after them) come after that first placement:
 * a marker without `data-placed` then is hidden, not yet to come.
 * @param frame the overlay's frame. @throws when no marker is drawn within 10 s.
 */
export async function waitForMarkersPlaced(frame: Frame): Promise<void> {
  await inOverlay(frame, '[data-testid="zc-field-marker"]').first().waitFor({ state: 'attached', timeout: 10_000 });
  await frame.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => done())))));
}

/** Normalises page text like a reader does: NFKC, no whitespace (&nbsp;, U+3000 included). */
export function norm(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * What a control shows: a select's chosen option TEXT, a box's value, a radio list's checked
 * choice text — normalised.
 */
export async function shownValue(frame: Frame, selector: string): Promise<string> {
  const raw = await frame.$eval(selector, (el) => {
    if (el instanceof HTMLSelectElement) return el.selectedOptions[0]?.text ?? '';
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
    const checked = el.querySelector<HTMLInputElement>('input:checked');
    if (!checked) return '';
    return el.querySelector(`label[for="${checked.id}"]`)?.textContent ?? checked.value;
  });
  return norm(raw);
}

/**
 * Each control's state, by id: a list's chosen option text, a radio's or checkbox's tick
 * ("true" / "false"), a box's value.
 * @param frame the page's frame. @param ids the controls' ids. @returns id → state.
 */
export function controlStates(frame: Frame, ids: string[]): Promise<Record<string, string>> {
  return frame.evaluate((list) => Object.fromEntries(list.map((id) => {
    const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement;
    if (el instanceof HTMLSelectElement) return [id, el.selectedOptions[0]?.text ?? ''];
    return [id, el.type === 'radio' || el.type === 'checkbox' ? String(el.checked) : el.value];
  })), ids);
}

/**
 * A 出生日期 read whole from its boxes (checks 57 and 59): the page shows 1998-06-12 under a
 * 公民身份号码 of 1998-05-12, so id-birthdate-mismatch is listed on basic.birthDate; typing 05 in
 * the month box (`#txtMonth`) takes it away.
 * @param tab the page. @param frame the overlay's frame.
 */
export async function expectBirthMonthFixed(tab: Page, frame: Frame): Promise<void> {
  await expectFinding(frame, 'id-birthdate-mismatch', 'error');
  expect((await findings(frame)).find((f) => f.checkId === 'id-birthdate-mismatch')?.field).toBe('basic.birthDate');
  await typeAndWaitForReading(frame, () => tab.fill('#txtMonth', '05'));
  await expectNoFinding(frame, 'id-birthdate-mismatch');
  expect(await checkIdsRead(frame)).not.toContain('id-birthdate-mismatch');
}
