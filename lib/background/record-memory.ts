import type { Runtime, Tabs } from 'webextension-polyfill';
import { rememberRecordSave, savedRecords, savedRecordsAtLoad, type MemoryStore } from '../fill/record-memory';
import type { ProgressReport } from '../progress/report';
import type { RecordMemoryRequest } from '../messaging/messages';

/**
 * The record memory (lib/fill/record-memory.ts) of one tab and portal, in `browser.storage.session`
 * (the extension's, never the page's: only step ids and 记录序号). Updates are serialised: a save's
 * report and the next page's visit must not lose each other's change.
 */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `use` with the memory of `tab` and `key` (a portal's origin) as a synchronous store, and
 * writes it back when `use` changed it. A window the portal's page opened (a record form of its
 * own: window.open from the list's 添加) starts from its opener tab's memory, as the page's
 * sessionStorage is copied into such a window (breaker 29 E2); a tab the user opened does not,
 * though Chromium may name an opener for it too.
 * @param tab the sender's tab (its id, and its opener's). @param opened whether the sender's page
 *   has an opener (ProgressReport.opened).
 */
function withMemory<T>(tab: Tabs.Tab | undefined, key: string, opened: boolean | undefined, use: (store: () => MemoryStore) => T): Promise<T> {
  const entryOf = (id: number | undefined) => `zc-record-memory:${id}:${key}`;
  const entry = entryOf(tab?.id);
  const opener = entryOf(tab?.openerTabId);
  const run = queue.then(async () => {
    const stored = await browser.storage.session.get([entry, opener]);
    const kept = (stored[entry] ?? (opened && tab?.openerTabId !== undefined ? stored[opener] : undefined) ?? {}) as Record<string, string>;
    let changed = false;
    const store: MemoryStore = {
      getItem: (name) => kept[name] ?? null,
      setItem: (name, value) => {
        kept[name] = value;
        changed = true;
      },
    };
    const result = use(() => store);
    if (changed) await browser.storage.session.set({ [entry]: kept });
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Updates the sending tab's record memory from a progress report: a visit of a record step reads
 * its list or its emptied form (savedRecordsAtLoad), a save pressed remembers the form's 记录序号
 * as pending (rememberRecordSave). A failure (storage unavailable) remembers nothing: the fill
 * then goes by the page's own list.
 * @param report the content script's report. @param sender its frame (the tab).
 */
export function rememberFromReport(report: ProgressReport, sender: Runtime.MessageSender): Promise<void> {
  if (report.kind === 'evaluated') return Promise.resolve();
  return withMemory(sender.tab, report.key, report.opened, (store) => {
    if (report.kind === 'visit') savedRecordsAtLoad(store, report.step, report.grids ?? [], report.seq);
    else rememberRecordSave(store, report.step, report.seq);
  }).catch(() => undefined);
}

/**
 * Answers `records:saved` (on-demand.js, planning a fill): the 记录序号 known saved on the step in
 * the sending tab (savedRecords), an empty list when none or when storage is unavailable, null
 * when known only in part.
 * @param request the message. @param sender its frame (the tab).
 */
export function savedRecordsFor(request: RecordMemoryRequest, sender: Runtime.MessageSender): Promise<number[] | null> {
  return withMemory(sender.tab, request.key, false, (store) => {
    const saved = savedRecords(store, request.step);
    return saved && [...saved];
  }).catch(() => []);
}
