/**
 * The pause after a cascade parent is written (认定资格名称, whose change has the server draw
 * 申报评委会 again: an UpdatePanel's partial postback, an AJAX call), so that its child is written
 * into the list the page draws, not into the old one the redraw then replaces on 请选择 (probe 17
 * item 7: the report said “页面刷新后此栏又空了”, and the user had to fill the page twice).
 */
import { specOf } from '../fields/dictionary';
import type { FieldKey } from '../fields/keys';
import { isDrawn } from '../page/labels';
import type { FillItem } from './plan';
import { CASCADE_WAIT_MS } from './writers/select';

/**
 * How long a parent's children may take to be drawn again after it is written, in ms: a partial
 * postback answered within a second (the wait ends as soon as every one is redrawn). A page that never
 * redraws them costs this once per parent written. One slower than this that shows its redraw under
 * way (redrawUnderWay) is waited for up to CASCADE_WAIT_MS; one that shows nothing still empties the
 * child after it was written, which the report then says (lib/fill/apply.ts reportAfterRedraw).
 */
export const CHILD_REDRAW_MS = 1000;

/**
 * What shows a page waiting for its server: an ASP.NET UpdateProgress (`id="…UpdateProgress1"`,
 * role="status"), a busy region, a loading layer (layui's `layui-layer-loading`, a `#Loading` div);
 * "rogress" and "oading" for either case of their first letter.
 */
const PROGRESS = '[role=status],[role=progressbar],[aria-busy=true],[id*=rogress],[class*=rogress],[id*=oading],[class*=oading]';

/** The page's progress elements drawn now (PROGRESS). */
const progressShown = (doc: Document) => Array.from(doc.querySelectorAll(PROGRESS)).filter(isDrawn);

/** A watch on the lists a written parent's change may make the page draw anew (watchChildRedraw). */
export interface ChildRedrawWatch {
  /** Whether `control` (a planned control's snapshot index) is one of the lists watched. */
  covers(control: number): boolean;
  /**
   * Resolves once `control`'s list was redrawn since the watch began and the page no longer shows
   * the redraw under way (redrawUnderWay) — at once when the page did it inside the parent's change
   * event; a page that resets one child and rebuilds another later must not have the second
   * written before it is rebuilt (breaker 18 item 5) — or CHILD_REDRAW_MS after the first call (the
   * parent is written just before its children), CASCADE_WAIT_MS while the page shows the redraw
   * under way (a slow server: left 24), or when `signal` aborts; at once for a list not watched.
   * Never rejects.
   */
  redrawn(control: number, signal?: AbortSignal): Promise<void>;
  /** Stops the watch. */
  stop(): void;
}

/** Whether `item`'s options follow `of`'s, directly or through fields between (FieldSpec.dependsOn). */
function descends(item: FillItem, of: FillItem): boolean {
  const from = (key: FieldKey): boolean => (specOf(key).dependsOn ?? []).some((parent) => parent === of.key || from(parent));
  return !!item.key && !!of.key && from(item.key);
}

/**
 * Starts watching, before `parent` is written, the lists that depend on it (FieldSpec.dependsOn),
 * however many fields between, among the items still to be written: a list redrawn is one taken
 * out of the page (a new list drawn in its place) or whose options changed. Begun before the
 * write, so a page that redraws them inside its change handler (the practice portal's 申报评委会 →
 * 认定专业 style) is seen as done at once instead of waited for (breaker 18 item 2). Only when the
 * parent's box has a change handler in its markup (`onchange`, where a page's cascade calls its
 * server): a page that never redraws must not cost a second per parent (the practice portal's
 * 认定资格名称 has none). A list is waited for on the watch of the latest of its parents written
 * (lib/fill/apply.ts): 申报评委会 on 认定资格名称's when that was written — a level that redraws only
 * the title must not wait a full CHILD_REDRAW_MS for the committee (breaker 22 item 1) — else on
 * 申报级别's, whatever left the title unwritten (already right, 需覆盖, no option: left 23).
 * A redraw is under way, and waited for past CHILD_REDRAW_MS (left 24: a government server's partial
 * postback answering in 2.5 s had the committee written into the old list, then emptied), while
 * the list is gone from the page or disabled when it was there and enabled before the write, or a
 * progress element (PROGRESS) is drawn that was not before it: a page showing none of these still
 * costs CHILD_REDRAW_MS at most. A list emptied (on 请选择, 加载中) is redrawn: lib/fill/writers/select.ts
 * waits for its options, CASCADE_WAIT_MS at most.
 * @param parent the item about to be written; `el` its box. @param later the plan's items after it.
 * @param find a planned control's live element, null when gone.
 * @returns the watch, or null when the box has no change handler or none of the children is a
 *   list the page has.
 */
export function watchChildRedraw(parent: FillItem, el: Element, later: readonly FillItem[], find: (control: number) => HTMLElement | null): ChildRedrawWatch | null {
  if (!parent.key || !el.hasAttribute('onchange')) return null;
  // A child shown 已一致 is written again should the redraw empty it (FillItem.refill): watched too.
  const lists = new Map<number, HTMLSelectElement>();
  for (const item of later) {
    const list = (item.action === 'fill' || item.refill) && descends(item, parent) ? find(item.control) : null;
    if (list instanceof HTMLSelectElement) lists.set(item.control, list);
  }
  if (lists.size === 0) return null;
  const doc = el.ownerDocument;
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  /** Whether a list is there to be written: in the page, enabled. */
  const drawn = (list: HTMLElement | null) => list instanceof HTMLSelectElement && !list.disabled;
  const drawnBefore = new Set([...lists].filter(([, list]) => drawn(list)).map(([control]) => control));
  const progressBefore = new Set(progressShown(doc));
  /** Whether the page shows `control`'s list being drawn again (gone, disabled, a progress element: see above). */
  const redrawUnderWay = (control: number) => (drawnBefore.has(control) && !drawn(find(control))) || progressShown(doc).some((p) => !progressBefore.has(p));
  /** The lists not redrawn yet, by control. */
  const pending = new Map(lists);
  /** Takes the lists `records` redraw out of `pending`. */
  const redraws = (records: MutationRecord[]) => {
    for (const [control, list] of pending) if (!list.isConnected || records.some((r) => list.contains(r.target))) pending.delete(control);
  };
  const wakes = new Set<() => void>();
  const observer = new Observer((records) => {
    redraws(records);
    for (const wake of wakes) wake();
  });
  // Attributes too: a list disabled or a progress element shown and hidden again is the redraw's course.
  observer.observe(doc, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['disabled', 'style', 'class', 'hidden'] });
  let deadline: number | undefined;
  return {
    covers: (control) => lists.has(control),
    stop: () => observer.disconnect(),
    redrawn: (control, signal) =>
      new Promise<void>((resolve) => {
        // Records of a redraw made inside the change event may not have been delivered yet.
        redraws(observer.takeRecords());
        deadline ??= Date.now() + CHILD_REDRAW_MS;
        const slowDeadline = deadline - CHILD_REDRAW_MS + CASCADE_WAIT_MS;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const wake = () => {
          clearTimeout(timer);
          if (lists.has(control) && !signal?.aborted) {
            const underWay = redrawUnderWay(control);
            const until = underWay ? slowDeadline : deadline!;
            // Looked at again on every change of the page (the observer) and at the deadline.
            if ((pending.has(control) || underWay) && Date.now() < until) return void (timer = setTimeout(wake, until - Date.now()));
          }
          wakes.delete(wake);
          signal?.removeEventListener('abort', wake);
          resolve();
        };
        wakes.add(wake);
        signal?.addEventListener('abort', wake, { once: true });
        wake();
      }),
  };
}
