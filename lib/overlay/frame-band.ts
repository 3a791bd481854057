/**
 * A frame sized to its content — an iframe as tall as its page, the outer page scrolling, as
 * portal layouts with a menu beside an auto-height content frame do — shows the user only a band
 * of its own viewport, and its `position: fixed` panel would sit at the far end of that viewport,
 * off screen (UI probe: the panel at y=2142 of a 768-pixel window, the pre-submit dialog unseen).
 */

/**
 * The same-origin windows around `win` (its parent, the parent's parent …), nearest first; the
 * walk stops at the top or at a cross-origin parent (whose `frameElement` is hidden from us).
 * @param win the frame's window.
 * @returns the outer windows with, for each, the element in it that holds the previous one.
 */
export function outerFrames(win: Window): { outer: Window; frame: Element }[] {
  const frames: { outer: Window; frame: Element }[] = [];
  // The top window's frameElement is null, as is a frame's whose parent is of another origin.
  for (let inner = win; inner.frameElement; inner = inner.parent) frames.push({ outer: inner.parent, frame: inner.frameElement });
  return frames;
}

/**
 * The part of the frame's viewport that is inside every outer window's viewport.
 * @param win the frame's window.
 * @returns `top` and `bottom` in the frame's viewport CSS pixels (0 and `innerHeight` for a
 *   frame that is wholly visible or the top window).
 */
export function visibleBand(win: Window): { top: number; bottom: number } {
  let top = 0;
  let bottom = win.innerHeight;
  // Where the frame's viewport starts in each outer window's viewport.
  let offset = 0;
  for (const { outer, frame } of outerFrames(win)) {
    offset += frame.getBoundingClientRect().top + frame.clientTop;
    top = Math.max(top, -offset);
    bottom = Math.min(bottom, outer.innerHeight - offset);
  }
  return { top, bottom: Math.max(top, bottom) };
}
