import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { serviceWorker, waitForStep, type ExtensionBrowser } from './harness';
import { applyAutofill, startAutofill } from './overlay-driver';
import { N, row } from './web-form-pages';

/**
 * The 学历 record pages the record-memory tests in Chromium share (breaker 29, 30): the sample
 * applicant has two 学历 records, 1 华南理工大学 and 2 广东环境保护工程职业学院.
 */
export const FIRST = '华南理工大学';
export const SECOND = '广东环境保护工程职业学院';
export const CRUMB = '<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; 学位（学历）教育情况</div>';
/** The 学历 record form's table (记录序号 #txtJLXH, 毕业学校 #txtBYXX, 所学专业 #txtSXZY), empty. */
export const FORM_TABLE = `<table class="formtable">${row('记录序号', `<input type="text" name="${N}txtJLXH" id="txtJLXH" />`)}${row('毕业学校', `<input type="text" name="${N}txtBYXX" id="txtBYXX" />`)}${row('所学专业', `<input type="text" name="${N}txtSXZY" id="txtSXZY" />`)}</table>`;

/**
 * Fills the 学历 form in `frame` from the profile through the overlay (preview, then 填写), once
 * the page is recognised as the 学历 step.
 * @returns the 毕业学校 written (which record the fill took).
 */
export async function fillEducationForm(frame: Frame): Promise<string> {
  await waitForStep(frame, 'education');
  await startAutofill(frame);
  await applyAutofill(frame);
  return frame.locator('#txtBYXX').inputValue();
}

/** The service worker's `chrome` as waitForSavedRecord reads it. */
type MemoryApi = {
  chrome: {
    tabs: { query(query: Record<string, never>): Promise<{ id?: number; url?: string }[]> };
    storage: { session: { get(keys: null): Promise<Record<string, Record<string, string> | undefined>> } };
  };
};

/**
 * Waits until the background's record memory of `tab` (lib/background/record-memory.ts: kept in
 * `storage.session` per tab and portal, `zc-record-memory:<tab id>:<origin>`) holds 学历 record
 * `seq` as saved: the list's visit or the save's confirmation has been applied, so a fill planned
 * now takes the next record. The overlay shows the step before the page's report goes (after its
 * first frame) and the worker applies it in its own time: on a loaded machine a fixed wait before
 * 添加 or the next fill may end first, and the fill then takes record 1 again.
 * @param browser the session's browser. @param tab the tab (found by its address among the worker's tabs).
 * @param seq the 记录序号 awaited. @throws (the poll fails) when it is not remembered within 10 s.
 */
export async function waitForSavedRecord(browser: ExtensionBrowser, tab: Page, seq: number): Promise<void> {
  const url = tab.url();
  const saved = async () => {
    try {
      return await (await serviceWorker(browser)).evaluate(async ({ url, origin }) => {
        const { chrome } = globalThis as unknown as MemoryApi;
        const ids = (await chrome.tabs.query({})).filter((t) => t.url === url).map((t) => t.id);
        const stored = await chrome.storage.session.get(null);
        return ids.flatMap((id) => (JSON.parse(stored[`zc-record-memory:${id}:${origin}`]?.['zc-record-memory:education'] ?? 'null') as { saved?: number[] } | null)?.saved ?? []);
      }, { url, origin: new URL(url).origin });
    } catch {
      return []; // the worker stopped between the look-up and the read: asked again
    }
  };
  await expect.poll(saved, { timeout: 10_000 }).toContain(seq);
}
