/**
 * The pause after a cascade parent is written (认定资格名称, whose change has the server draw
 * 申报评委会 again: an UpdatePanel's partial postback, an AJAX call), so that its child is written
 * into the list the page draws, not into the old one the redraw then replaces on 请选择 (probe 17
 * item 7: the report said “页面刷新后此栏又空了”, and the user had to fill the page twice).
 */
import { specOf } from '../fields/dictionary';
import type { FillItem } from './plan';

/**
 * How long a parent's children may take to be drawn again after it is written, in ms: a partial
 * postback answered within a second (the wait ends as soon as every one is redrawn). A page that never
 * redraws them costs this once per parent written; one slower than this still empties the child
 * after it was written, which the report then says (lib/fill/apply.ts reportAfterRedraw).
 */
export const CHILD_REDRAW_MS = 1000;

/** A watch on the lists a written parent's change may make the page draw anew (watchChildRedraw). */
export interface ChildRedrawWatch {
  /**
   * Resolves once every one of the lists was redrawn since the watch began — at once when the
   * page did it inside the parent's change event; a page that resets one child and rebuilds
   * another later must not have the second written before it is rebuilt (breaker 18 item 5) —
   * or CHILD_REDRAW_MS after this call, or when `signal` aborts; then stops the watch.
   */
  settled(signal?: AbortSignal): Promise<void>;
  /** Stops the watch without waiting (the parent was not written). */
  stop(): void;
}

/**
 * Starts watching, before `parent` is written, the lists that depend on it (FieldSpec.dependsOn)
 * among the items still to be written: a list redrawn is one taken out of the page (a new list
 * drawn in its place) or whose options changed. Begun before the write, so a page that redraws
 * them inside its change handler (the practice portal's 申报评委会 → 认定专业 style) is seen as
 * done at once instead of waited for (breaker 18 item 2). Only when the parent's box has a change
 * handler in its markup (`onchange`, where a page's cascade calls its server): a page that never
 * redraws must not cost a second per parent (the practice portal's 认定资格名称 has none). A list
 * that also depends on another of them with such a handler is that one's to wait for.
 * @param parent the item about to be written; `el` its box. @param later the plan's items after it.
 * @param find a planned control's live element, null when gone.
 * @returns the watch, or null when the box has no change handler or none of the children is a
 *   list the page has.
 */
export function watchChildRedraw(parent: FillItem, el: Element, later: readonly FillItem[], find: (control: number) => HTMLElement | null): ChildRedrawWatch | null {
  if (!parent.key || !el.hasAttribute('onchange')) return null;
  // A child shown 已一致 is written again should the redraw empty it (FillItem.refill): watched too.
  const follows = (item: FillItem, of: FillItem) => !!item.key && !!of.key && specOf(item.key).dependsOn?.includes(of.key);
  const children = later.filter((item) => (item.action === 'fill' || item.refill) && follows(item, parent));
  // A child that also follows another child to be written with a change handler of its own (申报评委会
  // after 认定资格名称) is left to that child's watch, begun before it is written: a level that redraws
  // only the title must not wait a full CHILD_REDRAW_MS for the committee (breaker 22 item 1).
  const relayed = (item: FillItem) => children.some((mid) => mid.action === 'fill' && follows(item, mid) && find(mid.control)?.hasAttribute('onchange'));
  const lists = children.filter((item) => !relayed(item)).map((item) => find(item.control)).filter((list): list is HTMLSelectElement => list instanceof HTMLSelectElement);
  if (lists.length === 0) return null;
  const doc = lists[0]!.ownerDocument;
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  /** The lists not redrawn yet. */
  const pending = new Set(lists);
  /** Takes the lists `records` redraw out of `pending`; true once none is left. */
  const redraws = (records: MutationRecord[]) => {
    for (const list of pending) if (!list.isConnected || records.some((r) => list.contains(r.target))) pending.delete(list);
    return pending.size === 0;
  };
  let redrawn = false;
  let wake = () => {};
  const observer = new Observer((records) => {
    if (!redraws(records)) return;
    redrawn = true;
    wake();
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  const stop = () => observer.disconnect();
  return {
    stop,
    settled: (signal) =>
      new Promise<void>((resolve) => {
        const done = () => {
          stop();
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        // Records of a redraw made inside the change event may not have been delivered yet.
        redrawn ||= redraws(observer.takeRecords());
        const timer = setTimeout(done, redrawn ? 0 : CHILD_REDRAW_MS);
        wake = done;
        signal?.addEventListener('abort', done, { once: true });
      }),
  };
}
