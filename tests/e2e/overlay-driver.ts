import { expect } from 'vitest';
import type { Frame } from 'playwright-core';
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
