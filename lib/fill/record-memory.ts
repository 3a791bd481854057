/**
 * Which records of a record step the user has already saved, remembered across the portal's
 * postbacks. Many WebForms record steps replace the list of saved records with the record
 * form (添加 → form; 保存并新增 → an empty form again), so the form page alone cannot tell which
 * profile row comes next (spec/portal.md steps 3–9: 记录序号 1, 2, 3…). The page's own list is
 * the truth whenever it is shown; in between, a save the user pressed is remembered as pending
 * and confirmed by the next page of the step: an emptied form (保存并新增) or a list means the
 * server kept it; the form coming back with the same 记录序号 means it was refused.
 *
 * A list shown one page at a time (GridSnapshot.paged) tells the whole only when its pager
 * states the total (共 N 条: 1…N saved); without it the saved numbers are unknown until a whole
 * list is shown again.
 *
 * Run by the background (lib/background/record-memory.ts) on the content script's progress
 * reports — a page's visit and a save pressed — and kept per tab and portal in the extension's
 * `storage.session` (survives postbacks and the service worker's restarts, dies with its tab or the
 * browser session: lib/background/record-memory.ts forgetClosedTabs; never in the page's storage): only step ids and sequence numbers are stored, never
 * profile data. The content script's size budget carries none of it (issue 9).
 */
import type { GridSnapshot } from '../page/snapshot';
import type { StepId } from '../portal/step-ids';
import type { RecordSection } from '../profile/schema';
import { sectionOfStep } from '../fields/sections';
import { isRecordList, pagedNumbers } from '../fields/record-lists';
import { sequenceColumn } from '../checks/common';

/** The part of `Storage` used (injected so the module is testable and storage may be missing). */
export type MemoryStore = Pick<Storage, 'getItem' | 'setItem'>;

interface StepMemory {
  saved: number[];
  /** 记录序号 of a save the user pressed, not yet confirmed by the next page. */
  pending: number | null;
  /** The list was last seen one page of several, without its total: `saved` is not all. */
  partial: boolean;
}

const KEY_PREFIX = 'zc-record-memory:';

function read(store: () => MemoryStore, step: StepId): StepMemory {
  try {
    const parsed = JSON.parse(store().getItem(KEY_PREFIX + step) ?? 'null') as Partial<StepMemory> | null;
    const saved = Array.isArray(parsed?.saved) ? parsed.saved.filter((n): n is number => Number.isInteger(n) && n > 0) : [];
    const pending = Number.isInteger(parsed?.pending) && (parsed?.pending as number) > 0 ? (parsed?.pending as number) : null;
    return { saved, pending, partial: parsed?.partial === true };
  } catch {
    return { saved: [], pending: null, partial: false }; // storage disabled or garbage: remember nothing
  }
}

function write(store: () => MemoryStore, step: StepId, memory: StepMemory): void {
  try {
    store().setItem(KEY_PREFIX + step, JSON.stringify(memory));
  } catch {
    // Storage full or disabled: autofill falls back to the page's own list.
  }
}

/** The 记录序号 the record form shows: null when the page has no such field, "" when empty. @param shown the field's value as read. */
function formSequence(shown: string | undefined): string | null {
  return shown === undefined ? null : shown.normalize('NFKC').trim();
}

/**
 * Call when a page of a record step is shown (its visit: loaded, switched to in place, or redrawn
 * by a partial postback after a save; before anything is written into it).
 * @param store returns the tab's memory (may throw when storage is unavailable).
 * @param step the recognised step; non-record steps return an empty set and store nothing.
 * @param grids the page's lists as shown (its saved-records list, when shown, is the truth).
 * @param shown the value of the step's 记录序号 field, when the page shows one (its record form).
 * @returns the 记录序号 values known to be saved on this step, or null when they are known only
 *   in part (the list was last seen one page of several without its total: lib/fill/plan.ts
 *   then leaves the record and its number to the user).
 */
export function savedRecordsAtLoad(store: () => MemoryStore, step: StepId, grids: readonly GridSnapshot[], shown: string | undefined): Set<number> | null {
  const section = sectionOfStep(step);
  if (!section) return new Set();
  const memory = read(store, step);
  if (!takeList(memory, grids, section) && memory.pending !== null) {
    const form = formSequence(shown);
    // A page showing neither the list nor the form's 记录序号 (a 保存成功 message, a redraw caught
    // half done) tells nothing: the save stays pending for the next one.
    if (form === null) return savedOf(memory);
    // An emptied form after 保存并新增, or one showing the next number (a portal numbering its
    // records: breaker 30 U9): kept. The same number back in the form: refused.
    if (Number(form) !== memory.pending && !memory.saved.includes(memory.pending)) memory.saved.push(memory.pending);
  }
  memory.pending = null;
  write(store, step, memory);
  return savedOf(memory);
}

/**
 * Call when a page of a record step changed without being visited anew (a re-evaluation): its
 * list of saved records, when it shows one, is the truth (a list page refreshing its list in part
 * after a save in a window its 添加 opened: breaker 30 U6); nothing else is concluded.
 * @param store as for savedRecordsAtLoad. @param step the recognised step. @param grids the page's lists.
 */
export function rememberListedRecords(store: () => MemoryStore, step: StepId, grids: readonly GridSnapshot[]): void {
  const section = sectionOfStep(step);
  const memory = read(store, step);
  if (!section || !takeList(memory, grids, section)) return;
  memory.pending = null;
  write(store, step, memory);
}

/** Takes the saved numbers from the section's record list when `grids` show one. @returns whether they did. */
function takeList(memory: StepMemory, grids: readonly GridSnapshot[], section: RecordSection): boolean {
  const listed = savedSequenceNumbers(grids, section);
  if (!listed) return false;
  memory.saved = [...listed];
  // One page of a paged list whose pager states no total: the other pages' numbers are unknown.
  memory.partial = grids.some((g) => g.paged && !g.total && isRecordList(g, section));
  return true;
}

/** The saved 记录序号 a memory knows: null when known only in part. */
const savedOf = (memory: StepMemory): Set<number> | null => (memory.partial ? null : new Set(memory.saved));

/**
 * The 记录序号 known to be saved on a step, as the memory stands (for the plan's choice of the next
 * record: lib/fill/plan.ts).
 * @param store as for savedRecordsAtLoad. @param step the recognised step.
 * @returns as savedRecordsAtLoad returns them at the step's last visit, with nothing changed since.
 */
export function savedRecords(store: () => MemoryStore, step: StepId): Set<number> | null {
  return sectionOfStep(step) ? savedOf(read(store, step)) : new Set();
}

/**
 * Call when the user's click on a portal save button goes through to the page.
 * @param store as for savedRecordsAtLoad. @param step the recognised step.
 * @param shown the value of the step's 记录序号 field at the click: it is remembered as pending;
 *   nothing happens when the page shows no 记录序号 or it is not a positive integer.
 */
export function rememberRecordSave(store: () => MemoryStore, step: StepId, shown: string | undefined): void {
  const form = formSequence(shown);
  if (!sectionOfStep(step) || !form || !/^[1-9]\d*$/.test(form)) return;
  const memory = read(store, step);
  memory.pending = Number(form);
  write(store, step, memory);
}

/**
 * Saved 记录序号 values in the page's list of saved records (header "记录序号"/"序号").
 * @param grids the page's lists. @param section the step's section (lib/fields/record-lists.ts tells
 *   its list from a notice or an attachments table).
 * @returns the whole numbers found in that column of the section's record lists (empty when
 *   such a list has no rows; 1…N besides for a paged list whose pager says 共 N 条), or null when
 *   the page shows no such list.
 */
function savedSequenceNumbers(grids: readonly GridSnapshot[], section: RecordSection): Set<number> | null {
  let seqs: Set<number> | null = null;
  for (const grid of grids) {
    const col = isRecordList(grid, section) ? sequenceColumn(grid) : -1;
    if (col < 0) continue;
    seqs ??= new Set();
    for (const row of grid.rows) {
      const n = Number.parseInt(row.cells[col] ?? '', 10);
      if (Number.isFinite(n)) seqs.add(n);
    }
    for (const n of pagedNumbers(grid)) seqs.add(n);
  }
  return seqs;
}
