import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { E2E_EXTENSION_DIR, type ExtensionBrowser, serviceWorker } from './harness';

/**
 * Run in the service worker before the background's own code (prepended to background.js):
 * `runtime.onMessage.addListener` (of `chrome` and of Chromium's own `browser`) wraps the
 * background's listener so that each answer it gives, by `sendResponse` or as the promise it
 * returns, is recorded (`globalThis.__zcTap.answers`) and, for a message type being held, kept
 * until the test releases that type. The answers themselves are unchanged. Plain JavaScript, as
 * the worker runs it.
 */
const TAP_SOURCE = `(() => {
  const tap = (globalThis.__zcTap = { answers: [], held: new Set(), waiting: [] });
  tap.release = (type) => {
    tap.held.delete(type);
    const go = tap.waiting.filter((w) => w.type === type);
    tap.waiting = tap.waiting.filter((w) => w.type !== type);
    for (const w of go) w.send();
  };
  /** Records the answer to a message of \`type\` from \`sender\`, then gives it by \`give\` (now, or when released). */
  const answer = (type, sender, value, give) => {
    const send = () => {
      tap.answers.push({ type, tab: sender.tab ? sender.tab.id : null, frame: sender.frameId ?? null, url: sender.url ?? null, answer: value === undefined ? null : value });
      give(value);
    };
    if (tap.held.has(type)) tap.waiting.push({ type, send });
    else send();
  };
  const wrap = (event) => {
    const add = event.addListener.bind(event);
    const remove = event.removeListener.bind(event);
    const has = event.hasListener.bind(event);
    const tapped = new Map();
    event.addListener = (listener) => {
      const wrapped = (message, sender, sendResponse) => {
        const type = message && typeof message.type === 'string' ? message.type : null;
        const result = listener(message, sender, (value) => answer(type, sender, value, sendResponse));
        // The browser's own \`browser\` namespace takes a returned promise as the answer.
        if (result && typeof result.then === 'function') return result.then((value) => new Promise((give) => answer(type, sender, value, give)));
        return result;
      };
      tapped.set(listener, wrapped);
      add(wrapped);
    };
    event.removeListener = (listener) => remove(tapped.get(listener) ?? listener);
    event.hasListener = (listener) => has(tapped.get(listener) ?? listener);
  };
  // Chromium's \`browser\` namespace, which the background may use instead of \`chrome\`'s.
  const events = new Set([globalThis.chrome?.runtime?.onMessage, globalThis.browser?.runtime?.onMessage]);
  for (const event of events) if (event) wrap(event);
})();
`;

/**
 * Copies the e2e build to a temporary folder with the message tap (TAP_SOURCE) put before its
 * background.js, for launchExtension's `extensionDir`. The build itself is left as it is; the
 * copy (5.5 MB) is the caller's to remove with removeTappedCopy once its browser is closed.
 * @param from the build folder (default E2E_EXTENSION_DIR). @returns the copy's folder.
 * @throws when the build folder or its background.js is missing (build with `npm run build:e2e`).
 */
export async function tappedExtensionDir(from = E2E_EXTENSION_DIR): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'zc-tapped-')), 'extension');
  await cp(from, dir, { recursive: true });
  const background = join(dir, 'background.js');
  await writeFile(background, TAP_SOURCE + (await readFile(background, 'utf8')));
  return dir;
}

/**
 * Removes a copy made by tappedExtensionDir, with its temporary folder.
 * @param dir the folder tappedExtensionDir returned (undefined: nothing to remove).
 */
export async function removeTappedCopy(dir: string | undefined): Promise<void> {
  if (dir) await rm(dirname(dir), { recursive: true, force: true });
}

/** One answer the background gave a message, as the tap recorded it when it was sent. */
export interface BackgroundAnswer {
  type: string | null;
  /** The sending tab's id and frame id (null for an extension page), and the frame's URL. */
  tab: number | null;
  frame: number | null;
  url: string | null;
  /** The answer (undefined recorded as null). */
  answer: unknown;
}

interface TapGlobal {
  __zcTap: { answers: BackgroundAnswer[]; held: Set<string>; release(type: string): void };
}

/**
 * The tap in a browser launched with tappedExtensionDir's build: reads and forgets the answers
 * recorded, holds and releases the answers of one message type. It lives in the service
 * worker's memory: a worker that stopped and started again has recorded nothing yet.
 */
export function messageTap(browser: ExtensionBrowser) {
  const tapIn = async () => serviceWorker(browser);
  return {
    /** The answers recorded to messages of `type`, oldest first. */
    answers: async (type: string): Promise<BackgroundAnswer[]> =>
      (await tapIn()).evaluate((t) => (globalThis as unknown as TapGlobal).__zcTap.answers.filter((a) => a.type === t), type),
    /** Forgets the answers recorded so far. */
    forget: async (): Promise<void> => (await tapIn()).evaluate(() => void ((globalThis as unknown as TapGlobal).__zcTap.answers.length = 0)),
    /** Keeps the answers to messages of `type` from now on until release(type). */
    hold: async (type: string): Promise<void> => (await tapIn()).evaluate((t) => void (globalThis as unknown as TapGlobal).__zcTap.held.add(t), type),
    /** Sends the answers held for `type`, in order, and holds no more of them. */
    release: async (type: string): Promise<void> => (await tapIn()).evaluate((t) => (globalThis as unknown as TapGlobal).__zcTap.release(t), type),
  };
}

export type MessageTap = ReturnType<typeof messageTap>;

/**
 * Waits until the background has answered the `fill:carried` request of `tab`'s main frame on
 * the page it shows now (sent by the content script once the profile and field maps arrived,
 * lib/content/controller.tsx), then checks that it handed over no carried report and that the
 * overlay shows none. A null answer is what rules a report out: the content script shows a
 * carried report only from a non-null one, at any time after it (a sleep would not see a late one).
 * Call tap.forget() before the navigation: an earlier page's answer is no answer.
 * @param tap the session's messageTap. @param tab the tab, at the page to check.
 */
export async function expectNoCarriedReport(tap: MessageTap, tab: Page): Promise<void> {
  const url = tab.url();
  const answered = async () => (await tap.answers('fill:carried')).filter((a) => a.frame === 0 && a.url === url);
  await expect.poll(async () => (await answered()).length, { timeout: 15_000 }).toBeGreaterThan(0);
  expect((await answered()).map((a) => a.answer)).toEqual([null]);
  expect(await tab.locator('[data-zc-root] [data-testid="zc-autofill-report"]').count()).toBe(0);
}
