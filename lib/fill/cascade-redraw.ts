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
import { CASCADE_WAIT_MS, choices, lacksOption, liveOptionsKey, writeSelect } from './writers/select';
import { all } from '../page/query';

/**
 * How long a parent's children may take to be drawn again after it is written, in ms: a partial
 * postback answered within a second (the wait ends as soon as every one is redrawn). A page that never
 * redraws them costs this once per parent written. One slower than this that shows its redraw under
 * way (redrawUnderWay) is waited for up to CASCADE_WAIT_MS; one that shows nothing — it empties the
 * child after it was written, or enables later the child it disabled — has the child written then
 * (keepChildren).
 */
export const CHILD_REDRAW_MS = 1000;

/**
 * What shows a page waiting for its server: an ASP.NET UpdateProgress (`id="…UpdateProgress1"`,
 * role="status"), a busy region, a loading layer (layui's `layui-layer-loading`, a `#Loading` div);
 * "rogress" and "oading" for either case of their first letter.
 */
const PROGRESS = '[role=status],[role=progressbar],[aria-busy=true],[id*=rogress],[class*=rogress],[id*=oading],[class*=oading]';

/** The page's progress elements drawn now (PROGRESS). */
const progressShown = (doc: Document) => all(doc, PROGRESS).filter(isDrawn);

/** Whether a list shows one of its choices (lib/fill/writers/select.ts choices), not a prompt or nothing. */
export function showsChoice(list: HTMLSelectElement): boolean {
  const shown = list.selectedOptions[0];
  return !!shown && choices(list).includes(shown);
}

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
 * the list is gone from the page, or disabled while the page loads it: enabled before the write,
 * its options changed since (emptied, 加载中…) — not disabled on its options as they were, whatever
 * it shows (the page's decision: the child not needed or fixed, breaker 26 F9b: it cost
 * CASCADE_WAIT_MS; one it enables later is written then, keepChildren), nor on a choice the page
 * made since (that choice is fixed: fill 26 item 2); one disabled all along never counts —, or a
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
  const valueBefore = new Map([...lists].map(([control, list]) => [control, list.value]));
  const optionsBefore = new Map([...lists].map(([control, list]) => [control, liveOptionsKey(list)]));
  const progressBefore = new Set(progressShown(doc));
  /** The lists not redrawn yet, by control. */
  const pending = new Map(lists);
  /**
   * Whether the page shows `control`'s list being drawn again (gone, disabled, a progress element: see above).
   * A new progress element counts only until the list is redrawn: a status the redrawn panel carries
   * (填报进度：2/11, drawn anew with it) is no wait (breaker 26 F9a: every fill took 5 s).
   */
  const redrawUnderWay = (control: number) => {
    const list = find(control);
    // Disabled while the page loads it, its options changed since the write; on those it had (breaker 26 F9b) or on a choice of the page's own made since (fill 26 item 2) is the page's decision, fixed: no redraw to wait for.
    const away = !(list instanceof HTMLSelectElement) || (list.disabled && liveOptionsKey(list) !== optionsBefore.get(control) && !(showsChoice(list) && list.value !== valueBefore.get(control)));
    return (drawnBefore.has(control) && away) || (pending.has(control) && progressShown(doc).some((p) => !progressBefore.has(p)));
  };
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

/**
 * How long after a fill the cascade children it wrote are kept (keepChildren), in ms: a
 * government server's partial postback answering later than CHILD_REDRAW_MS with no sign of it
 * under way (fill 26: 2.5 s) redraws 申报评委会 after it was written, or enables it after the fill
 * found it disabled (breaker 26 F9b). Each child written keeps the rest this long again: its own
 * change may have the server redraw its children.
 */
export const KEEP_CHILDREN_MS = 5000;

/**
 * A cascade child (a list watchChildRedraw watched) a fill wrote, or found disabled by the page
 * after its parent's change (no redraw under way: breaker 26 F9b), kept by keepChildren.
 */
export interface KeptChild {
  /** Its row in the fill's report. */
  row: number;
  /** Its plan item: the option written. */
  item: FillItem;
  /** Its live element, a list the page drew anew in its place included; null while none is there. */
  find: () => HTMLElement | null;
}

/** The user's own edits (trusted events of these types) end keepChildren, as they tell his emptying from a redraw's (reportAfterRedraw). */
const EDITS = ['input', 'change'];

/**
 * Keeps the cascade children a fill wrote, or found disabled (KeptChild): a page that redraws one
 * later and drops the value written (the list shows a prompt or nothing chosen; fill 26 item 1),
 * or enables one it had disabled (breaker 26 F9b), gets it written by the first write's rules —
 * writeSelect, only an option the list offers now, never into a list disabled or showing a choice
 * (the page's or his) — and `onRewritten` is told. Looked at now (a redraw during the fill's later
 * writes) and on every change of the page, in plan order (a committee written again may have the
 * page redraw 认定专业), each child once at most, until KEEP_CHILDREN_MS pass with no child
 * written. The user's own input or change (trusted events) in a child or in one of `parents` ends
 * it: his choice wins, and a list his own change redrew is his to choose in. So does `signal`
 * aborting: a new preview or fill begun (two watches must not write the same lists), 停止填写.
 * @param doc the frame's document. @param children the children kept, in plan order.
 * @param parents the boxes of the cascade parents the fill wrote.
 * @param onRewritten called with a child written and its list now.
 * @param signal ends the watch; aborted already, nothing is looked at.
 * @param onEnded called when the watch ends (at once when `signal` is aborted already) with the
 *   children it did not write, in plan order; with none should it end again.
 * @returns once the children were looked at the first time (the watch goes on); never rejects.
 */
export async function keepChildren(
  doc: Document,
  children: readonly KeptChild[],
  parents: readonly Element[],
  onRewritten: (child: KeptChild, el: HTMLElement) => void,
  signal?: AbortSignal,
  onEnded?: (left: KeptChild[]) => void,
): Promise<void> {
  if (signal?.aborted) return onEnded?.([...children]);
  /** The children still looked at. */
  const left = new Set(children);
  /** The children not written by the watch (onEnded's). */
  const unwritten = new Set(children);
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    onEnded?.([...unwritten]);
    unwritten.clear();
    left.clear();
    observer.disconnect();
    clearTimeout(timer);
    for (const type of EDITS) doc.removeEventListener(type, edited, true);
    signal?.removeEventListener('abort', stop);
  };
  const keep = () => {
    clearTimeout(timer);
    timer = setTimeout(stop, KEEP_CHILDREN_MS);
  };
  const edited = (event: Event) => {
    if (event.isTrusted && [...parents, ...children.map((c) => c.find())].includes(event.target as Element)) stop();
  };
  const look = async () => {
    for (const child of left) {
      const el = child.find();
      if (!(el instanceof HTMLSelectElement) || el.disabled || showsChoice(el) || choices(el).length === 0 || lacksOption(el, child.item.value, child.item.option)) continue;
      const written = await writeSelect(el, child.item.value, child.item.option);
      // Stopped meanwhile (his edit), or the page took it again: left as it is.
      if (!left.delete(child) || written.result !== 'filled') continue;
      unwritten.delete(child);
      keep();
      onRewritten(child, written.el ?? el);
    }
    if (left.size === 0) stop();
  };
  let looking = Promise.resolve();
  const queue = () => (looking = looking.then(look));
  const observer = new Observer(queue);
  observer.observe(doc, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  for (const type of EDITS) doc.addEventListener(type, edited, true);
  signal?.addEventListener('abort', stop, { once: true });
  keep();
  await queue();
}
