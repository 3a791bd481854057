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
 * Kept in the tab's `sessionStorage` for the frame's origin (dies with the tab, survives
 * postbacks); only step ids and sequence numbers are stored, never profile data.
 */
import type { PageFieldValue } from '../fields/match';
import type { PageSnapshot } from '../page/snapshot';
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

/** The 记录序号 the record form shows now: null when the page has no such field, "" when empty. */
function formSequence(step: StepId, fields: readonly PageFieldValue[]): string | null {
  const section = sectionOfStep(step);
  if (!section) return null;
  const field = fields.find((f) => f.key === `${section}.seq`);
  return field ? field.value.normalize('NFKC').trim() : null;
}

/**
 * Call once when a page of a record step has loaded (before anything is written into it).
 * @param store returns the tab's storage (may throw when storage is unavailable).
 * @param step the recognised step; non-record steps return an empty set and store nothing.
 * @param snapshot the page as loaded (its saved-records grid, when shown, is the truth).
 * @param fields the recognised field values (the form's 记录序号, when shown).
 * @returns the 记录序号 values known to be saved on this step, or null when they are known only
 *   in part (the list was last seen one page of several without its total: lib/fill/plan.ts
 *   then leaves the record and its number to the user).
 */
export function savedRecordsAtLoad(store: () => MemoryStore, step: StepId, snapshot: PageSnapshot, fields: readonly PageFieldValue[]): Set<number> | null {
  const section = sectionOfStep(step);
  if (!section) return new Set();
  const listed = savedSequenceNumbers(snapshot, section);
  const memory = read(store, step);
  if (listed) {
    memory.saved = [...listed];
    // One page of a paged list whose pager states no total: the other pages' numbers are unknown.
    memory.partial = snapshot.grids.some((g) => g.paged && !g.total && isRecordList(g, section));
  } else if (memory.pending !== null) {
    const shown = formSequence(step, fields);
    // An emptied form after 保存并新增: kept. The same number back in the form: refused.
    if (shown === '' && !memory.saved.includes(memory.pending)) memory.saved.push(memory.pending);
  }
  memory.pending = null;
  write(store, step, memory);
  return memory.partial ? null : new Set(memory.saved);
}

/**
 * Call when the user's click on a portal save button goes through to the page.
 * @param store as for savedRecordsAtLoad. @param step the recognised step.
 * @param fields the recognised field values at the click: the form's 记录序号 is remembered as
 *   pending; nothing happens when the page shows no 记录序号 or it is not a positive integer.
 */
export function rememberRecordSave(store: () => MemoryStore, step: StepId, fields: readonly PageFieldValue[]): void {
  const shown = formSequence(step, fields);
  if (!shown || !/^[1-9]\d*$/.test(shown)) return;
  const memory = read(store, step);
  memory.pending = Number(shown);
  write(store, step, memory);
}

/**
 * Saved 记录序号 values in the page's list of saved records (header "记录序号"/"序号").
 * @param snapshot the page. @param section the step's section (lib/fields/record-lists.ts tells
 *   its list from a notice or an attachments table).
 * @returns the whole numbers found in that column of the section's record lists (empty when
 *   such a list has no rows; 1…N besides for a paged list whose pager says 共 N 条), or null when
 *   the page shows no such list.
 */
function savedSequenceNumbers(snapshot: PageSnapshot, section: RecordSection): Set<number> | null {
  let seqs: Set<number> | null = null;
  for (const grid of snapshot.grids) {
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
