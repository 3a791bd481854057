import { overlaps, type Rect } from './placement';
import { visibleBand } from './frame-band';
import { noticeLineRects } from './notice-lines';
import { noticeElements } from '../page/page-text';
import type { PageSnapshot } from '../page/snapshot';

/** What the open fill preview should keep clear of, as viewport rectangles of the band the user sees. */
export interface PreviewObstacles {
  /** The page's buttons (a file input's 选择文件 too): never covered. */
  buttons: readonly Rect[];
  /** The lines of the page's 注意说明 and red notices: covered only where nothing else is free. */
  notices: readonly Rect[];
  /** The boxes of the fields the preview lists: what the user compares it with, covered least. */
  listed: readonly Rect[];
  /** The page's other visible fields. */
  others: readonly Rect[];
}

/**
 * Where the preview's panel goes: its top left corner and its height, in the band's CSS pixels
 * once the page is scrolled down by `scroll` CSS pixels (negative: up; 0: as it is).
 */
export interface PreviewDock {
  x: number;
  y: number;
  height: number;
  scroll: number;
}

/**
 * A button covered counts as this many listed fields: where no place of the least height clears
 * every button (a "..." chooser in each column of a small frame), the preview may cover one, but
 * not to spare a single field.
 */
const BUTTON_COST = 2;

/** Space kept between the panel and what it fits beside, below or above, in CSS pixels (as lib/overlay/placement.ts keeps). */
const GAP = 8;

/**
 * Where to draw the panel while it shows the fill preview (用档案填写本页): the place that covers
 * the fewest of the fields the preview lists, so the user sees the boxes it is about to change
 * (round 68: at 1280 × 860 the preview covered 最高学位 and 申报评委会, at 1024 × 700 six of 基本信息's
 * 22 fields). Tried are the panel's width in the frame's right and left margins and beside every
 * field or button (right of it, left of it: beside the form where it leaves a margin), each at
 * the top, below every obstacle in its column, and above one; a place as tall as the preview
 * needs, or shortened to stop above the next button, down to `minHeight` (below that it keeps its
 * height and covers the button). In this order: the fewest listed fields covered (a button
 * counting as BUTTON_COST of them), the least notice area, the fewest other fields, the tallest
 * (the more rows in sight), then right before left and lower before higher (where the panel goes
 * without the preview, lib/overlay/placement.ts).
 *
 * Where the page may be scrolled (`scroll`), the same is tried with the page scrolled so that a
 * listed field or a button ends just above a panel of the least height at the band's foot, or
 * begins just below one at its top (round 69: at 1024 × 768 and 1366 × 768 基本信息's form fills
 * the frame's width, and every place covered 2 to 3 of the fields listed and a button, 保存并下一步
 * at 1024). A listed field scrolled out of the band counts as half a covered one (it is a scroll
 * away, and the panel is placed again when the user scrolls); a scroll is taken only where the
 * fields and buttons covered, then the notice area, come out less than with the page as it is,
 * and then the least scroll that does.
 *
 * @param view the size of the band the user sees of the frame, CSS pixels.
 * @param size the panel's width, the height that shows the whole preview, and the least height
 *   that still shows its first rows and its 确认填写 / 取消 (CSS pixels).
 * @param obstacles the page's rectangles, relative to the band.
 * @param margin the distance kept from the band's edges, CSS pixels.
 * @param scroll how far the page may be scrolled up and down from where it is, CSS pixels (none by default).
 * @returns the place and the scroll it needs, or null when the band is lower than `minHeight` (the
 *   panel then stays where lib/overlay/placement.ts puts it).
 */
export function choosePreviewDock(
  view: { width: number; height: number },
  size: { width: number; height: number; minHeight: number },
  obstacles: PreviewObstacles,
  margin = 12,
  scroll: { up: number; down: number } = { up: 0, down: 0 },
): PreviewDock | null {
  const width = size.width;
  const most = Math.min(size.height, view.height - 2 * margin);
  const least = Math.min(size.minHeight, most);
  // The scrolls tried: none, and those putting a listed field or a button just above a panel of
  // the least height at the band's foot, or just below one at its top.
  const scrolls = new Set([0]);
  if (scroll.up || scroll.down) {
    for (const r of [...obstacles.listed, ...obstacles.buttons]) {
      scrolls.add(Math.round(Math.max(-scroll.up, Math.min(scroll.down, r.y + r.height + GAP - (view.height - margin - least)))));
      scrolls.add(Math.round(Math.max(-scroll.up, Math.min(scroll.down, r.y - GAP - margin - least))));
    }
  }
  let best: { dock: PreviewDock; score: number[] } | null = null;
  for (const by of scrolls) {
    const found = dockOnce(view, width, most, least, scrolledBy(obstacles, by), margin);
    if (!found) continue;
    // Listed fields out of the band are out of sight, though a scroll away (the panel then moves aside).
    const unseen = obstacles.listed.filter((r) => r.y - by < 0 || r.y - by + r.height > view.height).length;
    const score = [found.score[0]! + unseen / 2, found.score[1]!, Math.abs(by), ...found.score.slice(2)];
    if (!best || isLess(score, best.score)) best = { dock: { ...found.dock, scroll: by }, score };
    // Nothing covered with the page as it lies (tried first): no scroll does better.
    if (by === 0 && !best.score[0] && !best.score[1]) break;
  }
  return best && best.dock;
}

/** The rectangles where they are once the page is scrolled down by `by` CSS pixels. */
function scrolledBy(obstacles: PreviewObstacles, by: number): PreviewObstacles {
  const moved = (rects: readonly Rect[]) => rects.map((r) => ({ ...r, y: r.y - by }));
  return { buttons: moved(obstacles.buttons), notices: moved(obstacles.notices), listed: moved(obstacles.listed), others: moved(obstacles.others) };
}

/** choosePreviewDock's search for the page as it lies: the best place and its score (the order choosePreviewDock describes). */
function dockOnce(
  view: { width: number; height: number },
  width: number,
  most: number,
  least: number,
  obstacles: PreviewObstacles,
  margin: number,
): { dock: Omit<PreviewDock, 'scroll'>; score: number[] } | null {
  const { buttons, notices, listed, others } = obstacles;
  const all = [...buttons, ...notices, ...listed, ...others];
  const right = view.width - width - margin;
  const xs = new Set([right, margin]);
  for (const r of all) {
    xs.add(r.x + r.width + GAP);
    xs.add(r.x - GAP - width);
  }
  const area = (rect: Rect, rects: readonly Rect[]) =>
    rects.reduce((sum, r) => sum + Math.max(0, Math.min(rect.x + rect.width, r.x + r.width) - Math.max(rect.x, r.x)) * Math.max(0, Math.min(rect.y + rect.height, r.y + r.height) - Math.max(rect.y, r.y)), 0);
  const count = (rect: Rect, rects: readonly Rect[]) => rects.filter((r) => overlaps(rect, r)).length;
  let best: { dock: Omit<PreviewDock, 'scroll'>; score: number[] } | null = null;
  for (const x of xs) {
    if (x < margin || x > right) continue;
    const column = all.filter((r) => r.x < x + width && r.x + r.width > x);
    const columnButtons = buttons.filter((r) => r.x < x + width && r.x + r.width > x);
    const tops = new Set([margin, view.height - margin - most, view.height - margin - least]);
    for (const r of column) {
      tops.add(r.y + r.height + GAP);
      tops.add(r.y - GAP - least);
    }
    for (const top of tops) {
      if (top < margin || top + least > view.height - margin) continue;
      // As tall as the preview needs, down to the first button below (unless that leaves less
      // than the least height: the button is then counted as covered) or the band's edge.
      const edge = Math.min(view.height - margin, top + most);
      const clear = Math.min(edge, ...columnButtons.filter((b) => b.y + b.height > top).map((b) => b.y - GAP));
      const height = Math.floor(clear - top >= least ? clear - top : edge - top);
      const rect = { x, y: top, width, height };
      const score = [count(rect, listed) + BUTTON_COST * count(rect, columnButtons), area(rect, notices), count(rect, others), -height, -x, -top];
      if (!best || isLess(score, best.score)) best = { dock: { x, y: top, height }, score };
    }
  }
  return best;
}

/** Whether `a` comes before `b` compared element by element. */
function isLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/**
 * The page's rectangles the fill preview keeps clear of, measured now in the band of the frame
 * the user sees (lib/overlay/frame-band.ts), as the panel's placement measures them (the
 * controller's place): visible controls, a file input counted as a button, and the lines of the
 * page's notices.
 * @param win the frame's window.
 * @param snapshot the page as last read. @param resolve a control's element in the live page.
 * @param listed indexes into `snapshot.controls` of the controls the preview writes or names.
 * @param isOurs whether an element is the overlay's own (its notices are not the page's).
 */
export function measurePreviewObstacles(win: Window, snapshot: PageSnapshot, resolve: (control: number) => Element | null, listed: ReadonlySet<number>, isOurs: (el: Element) => boolean): PreviewObstacles {
  const band = visibleBand(win);
  const inBand = (r: Rect): Rect => ({ x: r.x, y: r.y - band.top, width: r.width, height: r.height });
  const obstacles = { buttons: [] as Rect[], notices: noticeLineRects(noticeElements(win.document, isOurs, win), win).map(inBand), listed: [] as Rect[], others: [] as Rect[] };
  snapshot.controls.forEach((c, i) => {
    if (!c.visible || c.kind === 'hidden') return;
    const r = resolve(i)?.getBoundingClientRect();
    if (!r || r.width <= 0) return;
    const kind = c.kind === 'button' || c.kind === 'file' ? 'buttons' : listed.has(i) ? 'listed' : 'others';
    obstacles[kind].push(inBand(r));
  });
  return obstacles;
}

/** Preview rows the panel keeps in sight at the least, with its column names above them and its buttons under them. */
const ROWS_IN_SIGHT = 3;
/** The panel's mark while it is docked (components/on-demand/on-demand.css), and its place's custom properties. */
const DOCK_MARK = 'data-zc-dock';

/**
 * Draws the panel holding the fill preview where choosePreviewDock finds room, or leaves it to its
 * corner (lib/overlay/placement.ts) when there is none: sets the panel's mark and its place as
 * custom properties, which on-demand.css applies over the corner's while the preview is open
 * (the controller's placement, run after each redraw, is left as it is: content-script bytes).
 * Where `mayScroll` and the frame is wholly in sight, the page is scrolled as choosePreviewDock
 * finds best; past its end, the overlay's host element (after `<body>`) is made as tall as the
 * room missing, until the preview closes (undockPreviewPanel).
 * @param preview the preview's element, inside the panel's scrolling body.
 * @param obstacles the page's rectangles in the band the user sees (measurePreviewObstacles).
 * @param mayScroll whether the page may be scrolled (the preview's first placing; not on the
 *   user's own scrolling or resizing, nor on a redraw).
 */
export function dockPreviewPanel(preview: HTMLElement, obstacles: PreviewObstacles, mayScroll = false): void {
  const panel = preview.closest<HTMLElement>('.zc-panel');
  const body = preview.closest<HTMLElement>('.zc-body');
  const win = preview.ownerDocument.defaultView;
  if (!panel || !body || !win) return;
  const top = body.getBoundingClientRect().top - body.scrollTop;
  // A part's bottom in the body's content, as if the body were not scrolled.
  const bottomOf = (el: Element | null | undefined) => (el ? el.getBoundingClientRect().bottom - top : 0);
  const chrome = panel.getBoundingClientRect().height - body.clientHeight + parseFloat(win.getComputedStyle(body).paddingBottom || '0');
  const rows = preview.querySelectorAll('[data-testid="zc-autofill-preview-item"]');
  const actions = preview.querySelector(':scope > .zc-actions')?.getBoundingClientRect().height ?? 0;
  const height = Math.ceil(chrome + bottomOf(preview));
  const minHeight = Math.min(height, Math.ceil(chrome + (rows.length ? bottomOf(rows[Math.min(rows.length, ROWS_IN_SIGHT) - 1]) + actions : bottomOf(preview))));
  const band = visibleBand(win);
  const view = { width: win.document.documentElement.clientWidth || win.innerWidth, height: band.bottom - band.top };
  const host = (preview.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  const page = win.document.scrollingElement;
  // How far the page scrolls down now; a frame shown only in part moves with its outer page instead.
  const below = page ? Math.max(0, page.scrollHeight - page.clientHeight - page.scrollTop) : 0;
  const range = mayScroll && host && page && band.top === 0 && band.bottom === win.innerHeight ? { up: page.scrollTop, down: below + height } : undefined;
  const dock = choosePreviewDock(view, { width: panel.getBoundingClientRect().width, height, minHeight }, obstacles, undefined, range);
  if (!dock) return undockPreviewPanel(panel);
  if (dock.scroll && host && page) {
    if (page.scrollHeight - page.clientHeight - page.scrollTop < dock.scroll) {
      // Its end as far below the window's foot as the scroll (the page's own end may be above that foot).
      host.style.setProperty('display', 'block');
      host.style.setProperty('height', '0');
      host.style.setProperty('height', `${page.clientHeight + dock.scroll - host.getBoundingClientRect().top}px`);
    }
    const before = page.scrollTop;
    page.scrollTop += dock.scroll;
    // Placed for the page as it now lies (it may scroll less, or not at all: a body that scrolls
    // inside itself); the page's scroll event comes before the listeners of usePreviewDock do.
    return dockPreviewPanel(preview, scrolledBy(obstacles, page.scrollTop - before));
  }
  panel.setAttribute(DOCK_MARK, '');
  panel.style.setProperty('--zc-dock-x', `${dock.x}px`);
  panel.style.setProperty('--zc-dock-y', `${dock.y + band.top}px`);
  panel.style.setProperty('--zc-dock-height', `${dock.height}px`);
}

/** Gives the panel back to its corner (the preview closed, or no room for it), and the page its own length (dockPreviewPanel's room past its end). */
export function undockPreviewPanel(panel: HTMLElement): void {
  panel.removeAttribute(DOCK_MARK);
  const host = (panel.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  host?.style.removeProperty('display');
  host?.style.removeProperty('height');
}
