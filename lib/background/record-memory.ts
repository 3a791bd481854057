import type { Runtime, Tabs } from 'webextension-polyfill';
import { rememberListedRecords, rememberRecordSave, savedRecords, savedRecordsAtLoad, type MemoryStore } from '../fill/record-memory';
import type { ProgressReport } from '../progress/report';
import type { RecordMemoryRequest } from '../messaging/messages';

/**
 * The record memory (lib/fill/record-memory.ts) of one tab and portal, in `browser.storage.session`
 * (the extension's, never the page's: only step ids and 记录序号). Updates are serialised: a save's
 * report and the next page's visit must not lose each other's change.
 */
let queue: Promise<unknown> = Promise.resolve();

/** The start of a record memory's entry in `browser.storage.session`: `zc-record-memory:<tab id>:<portal origin>`. */
const ENTRY_PREFIX = 'zc-record-memory:';

/** The entry of a tab's (by id) record memory for a portal (`key`, its origin). */
const entryOf = (tabId: number | undefined, key: string) => `${ENTRY_PREFIX}${tabId}:${key}`;

/** Runs `work` after every update queued before it, and keeps the queue going should it fail. */
function queued<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.catch(() => undefined);
  return run;
}

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
  const entry = entryOf(tab?.id, key);
  const opener = entryOf(tab?.openerTabId, key);
  return queued(async () => {
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
}

/**
 * Removes the record memory of the tabs no longer open (call when a tab closes: `tabs.onRemoved`,
 * which needs no permission; so does `tabs.query` for tab ids and openers). All of them, not only
 * the tab just closed: an entry written by a report that arrived as its tab closed goes at the next
 * closing. Kept though, while an open tab names the closed one as its opener and has no memory of
 * its own for that portal yet: a window the portal opened copies its opener's memory at its first
 * visit report (withMemory), which in practice comes long before the list's tab is closed, but the
 * copy must not be lost should the user close the list's tab first. Such an entry goes at the first
 * closing after the copy, or after that tab closed (a tab the user opened from the list's, which
 * Chromium names an opener for too and which never copies, keeps it that long). Queued with the updates, so a report arrived
 * before the closing is applied first. A failure (storage or tabs unavailable) removes nothing.
 * @returns once done; never rejects.
 */
export function forgetClosedTabs(): Promise<void> {
  return queued(async () => {
    const [stored, tabs] = await Promise.all([browser.storage.session.get(null), browser.tabs.query({})]);
    const open = new Set(tabs.map((tab) => String(tab.id)));
    /** Each entry by its tab id and portal. */
    const entries = Object.keys(stored)
      .filter((name) => name.startsWith(ENTRY_PREFIX))
      .map((name) => {
        const rest = name.slice(ENTRY_PREFIX.length);
        const colon = rest.indexOf(':');
        return { name, tabId: rest.slice(0, colon), key: rest.slice(colon + 1) };
      });
    const copied = (tab: Tabs.Tab, key: string) => entryOf(tab.id, key) in stored;
    const awaited = ({ tabId, key }: { tabId: string; key: string }) => tabs.some((tab) => String(tab.openerTabId) === tabId && !copied(tab, key));
    const gone = entries.filter((entry) => !open.has(entry.tabId) && !awaited(entry)).map((entry) => entry.name);
    if (gone.length > 0) await browser.storage.session.remove(gone);
  }).catch(() => undefined);
}

/**
 * Updates the sending tab's record memory from a progress report: a visit of a record step reads
 * its list or its emptied form (savedRecordsAtLoad), a save pressed remembers the form's 记录序号
 * as pending (rememberRecordSave), a re-evaluation takes the list when it shows one
 * (rememberListedRecords). A failure (storage unavailable) remembers nothing: the fill
 * then goes by the page's own list.
 * @param report the content script's report. @param sender its frame (the tab).
 */
export function rememberFromReport(report: ProgressReport, sender: Runtime.MessageSender): Promise<void> {
  return withMemory(sender.tab, report.key, report.opened, (store) => {
    if (report.kind === 'visit') savedRecordsAtLoad(store, report.step, report.grids ?? [], report.seq);
    else if (report.kind === 'evaluated') rememberListedRecords(store, report.step, report.grids ?? []);
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
