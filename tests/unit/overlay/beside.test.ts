import { describe, expect, it } from 'vitest';
import { placeBeside } from '../../../lib/overlay/beside';
import { overlaps, type Rect } from '../../../lib/overlay/placement';

const SPACING = { gap: 10, padding: 8, minHeight: 180 };
const VIEWPORT = { width: 1060, height: 760 };
const POPOVER = { width: 360, height: 420 };

/** The placed box as drawn: its natural size, or as tall as its limit. */
const drawn = (p: ReturnType<typeof placeBeside>, size = POPOVER): Rect => ({ x: p.x, y: p.y, width: size.width, height: p.maxHeight ?? size.height });
const inside = (r: Rect, viewport = VIEWPORT) => r.x >= 0 && r.y >= 0 && r.x + r.width <= viewport.width && r.y + r.height <= viewport.height;

describe('placeBeside (the tour popover beside its highlight)', () => {
  it('goes below the target, aligned with its left edge, when it fits there whole', () => {
    const target = { x: 40, y: 100, width: 900, height: 60 };
    const p = placeBeside(VIEWPORT, target, POPOVER, SPACING);
    expect(p).toEqual({ side: 'bottom', x: 40, y: 170, maxHeight: null });
  });

  it('goes above when the room below is short and above is not', () => {
    const target = { x: 800, y: 600, width: 200, height: 60 };
    const p = placeBeside(VIEWPORT, target, POPOVER, SPACING);
    expect(p.side).toBe('top');
    expect(p.maxHeight).toBeNull();
    // Kept inside the viewport horizontally, its bottom 10 px above the target.
    expect(p.x).toBe(VIEWPORT.width - 8 - POPOVER.width);
    expect(p.y + POPOVER.height).toBe(600 - 10);
  });

  // HD66-3: a file box in the middle of the frame, too little room above and below for the whole text.
  it('goes beside a narrow target in the middle of the frame rather than over it', () => {
    const target = { x: 20, y: 300, width: 560, height: 160 };
    const p = placeBeside(VIEWPORT, target, POPOVER, SPACING);
    expect(p.side).toBe('right');
    expect(p.x).toBe(590);
    expect(overlaps(drawn(p), target)).toBe(false);
    expect(inside(drawn(p))).toBe(true);
  });

  it('is shortened (scrolling inside) on the roomier of below and above when the target is full-width', () => {
    const target = { x: 0, y: 280, width: 1060, height: 160 };
    const p = placeBeside(VIEWPORT, target, POPOVER, SPACING);
    expect(p.side).toBe('bottom');
    expect(p.maxHeight).toBe(760 - 8 - (440 + 10));
    expect(overlaps(drawn(p), target)).toBe(false);
    expect(inside(drawn(p))).toBe(true);
  });

  it('counts only the part of the target inside the viewport', () => {
    const target = { x: 0, y: -900, width: 1060, height: 1100 };
    const p = placeBeside(VIEWPORT, target, POPOVER, SPACING);
    expect(p.side).toBe('bottom');
    expect(p.y).toBe(210);
    expect(p.maxHeight).toBeNull();
  });

  it('is docked at the edge with more room, never shorter than minHeight, when the target fills the frame', () => {
    const target = { x: 0, y: 90, width: 1060, height: 600 };
    const p = placeBeside(VIEWPORT, target, POPOVER, SPACING);
    expect(p.side).toBe('docked');
    expect(p.maxHeight).toBe(180);
    // 72 px free above, 52 below: docked at the top edge.
    expect(p.y).toBe(8);
    expect(inside(drawn(p))).toBe(true);
  });

  it('is never taller than the viewport, even beside a small target', () => {
    const tall = { width: 360, height: 2000 };
    const target = { x: 20, y: 300, width: 300, height: 40 };
    const p = placeBeside(VIEWPORT, target, tall, SPACING);
    expect(p.side).toBe('right');
    expect(p.maxHeight).toBe(760 - 16);
    expect(inside(drawn(p, tall))).toBe(true);
  });
});
