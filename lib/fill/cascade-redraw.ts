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
 * postback answered within a second (the wait ends as soon as one is redrawn). A page that never
 * redraws them costs this once per parent written; one slower than this still empties the child
 * after it was written, which the report then says (lib/fill/apply.ts reportAfterRedraw).
 */
export const CHILD_REDRAW_MS = 1000;

/**
 * Resolves once one of `lists` is redrawn — taken out of the page (a new list drawn in its place)
 * or its options changed — or `ms` pass, or the signal aborts.
 */
function redrawOf(lists: readonly HTMLElement[], ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const doc = lists[0]!.ownerDocument;
    const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const observer = new Observer((records) => {
      if (lists.some((list) => !list.isConnected || records.some((r) => list.contains(r.target)))) done();
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Waits, after `parent` was written, for the page to redraw the lists that depend on it
 * (FieldSpec.dependsOn) among the items still to be written, for at most CHILD_REDRAW_MS. Only
 * when the parent's box has a change handler in its markup (`onchange`, where a page's cascade
 * calls its server): a page that never redraws must not cost a second per parent (the practice
 * portal's 认定资格名称 has none).
 * @param parent the item just written; `el` its box. @param later the plan's items after it.
 * @param find a planned control's live element, null when gone. @param signal stops the wait.
 * @returns at once when the box has no change handler or none of the children is a list the page has.
 */
export async function awaitChildRedraw(
  parent: FillItem,
  el: Element,
  later: readonly FillItem[],
  find: (control: number) => HTMLElement | null,
  signal?: AbortSignal,
): Promise<void> {
  const key = parent.key;
  if (!key || !el.hasAttribute('onchange')) return;
  // A child shown 已一致 is written again should the redraw empty it (FillItem.refill): waited for too.
  const children = later.filter((item) => (item.action === 'fill' || item.refill) && item.key && specOf(item.key).dependsOn?.includes(key));
  const lists = children.map((item) => find(item.control)).filter((el): el is HTMLSelectElement => el instanceof HTMLSelectElement);
  if (lists.length > 0) await redrawOf(lists, CHILD_REDRAW_MS, signal);
}
