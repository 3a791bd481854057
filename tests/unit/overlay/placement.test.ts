import { describe, expect, it } from 'vitest';
import { choosePanelPlacement, overlaps, type Rect } from '../../../lib/overlay/placement';

const viewport = { width: 1000, height: 800 };
const panel = { width: 330, height: 400 };
const box = (x: number, y: number, width = 200, height = 24): Rect => ({ x, y, width, height });

describe('choosePanelPlacement', () => {
  it('takes the bottom right when it covers nothing', () => {
    expect(choosePanelPlacement(viewport, panel, [box(100, 700, 80)], [box(100, 100)])).toMatchObject({ corner: 'bottom-right', maxHeight: null });
  });

  it('never covers a button, moving to the next free corner', () => {
    const placed = choosePanelPlacement(viewport, panel, [box(800, 760, 80)], []);
    expect(placed).toMatchObject({ corner: 'top-right', maxHeight: null });
  });

  it('on a small frame full of fields, shortens the panel into the room below the form instead of covering fields', () => {
    // Two columns of fields down to y = 520, buttons in the middle below them.
    const fields = [0, 40, 80, 120, 160, 200, 240, 280, 320, 360, 400, 440, 480, 520].flatMap((y) => [box(120, y), box(700, y)]);
    const buttons = [box(420, 560, 160, 28)];
    const placed = choosePanelPlacement(viewport, panel, buttons, fields)!;
    expect(placed.corner).toBe('bottom-right');
    expect(placed.maxHeight).toBe(800 - 12 - (520 + 24 + 8));
    for (const f of [...fields, ...buttons]) {
      const overlaps = placed.rect.x < f.x + f.width && placed.rect.x + placed.rect.width > f.x && placed.rect.y < f.y + f.height && placed.rect.y + placed.rect.height > f.y;
      expect(overlaps).toBe(false);
    }
  });

  it('at 1024 × 768, shortens the panel into the 137 px below 基本信息’s form rather than covering 性别, 出生日期 and 政治面貌 (round 69)', () => {
    // The practice portal's 762 × 708 frame: two columns of fields across its whole width down to
    // y = 478, the photo's file input and the buttons centred below them ending at y = 551.
    const rows = [150, 181, 212, 240, 271, 302, 333, 364, 395, 423, 452];
    const fields = rows.flatMap((y) => [box(146, y, 186, 22), box(470, y, 186, 22)]);
    const buttons = [box(146, 482, 253, 25), box(288, 526, 75, 25), box(371, 526, 102, 25)];
    const placed = choosePanelPlacement({ width: 762, height: 708 }, { width: 330, height: 221 }, buttons, fields)!;
    expect(placed).toMatchObject({ corner: 'bottom-right', maxHeight: 708 - 12 - (551 + 8) });
    expect([...fields, ...buttons].filter((f) => overlaps(placed.rect, f))).toEqual([]);
  });

  it('keeps the natural size and covers the fewest fields when no corner has room for a useful panel', () => {
    const fields = [box(0, 0, 1000, 780)];
    const placed = choosePanelPlacement(viewport, panel, [], fields)!;
    expect(placed.maxHeight).toBeNull();
    expect(placed.rect.height).toBe(400);
  });

  it('returns null when every corner would cover a button', () => {
    const buttons = [box(0, 0, 1000, 420), box(0, 400, 1000, 400)];
    expect(choosePanelPlacement(viewport, panel, buttons, [])).toBeNull();
  });
});

describe('choosePanelPlacement with a button in the corner’s column', () => {
  it('shortens the panel to clear a "..." button the full-size panel would cover', () => {
    const fields = [box(184, 132), box(595, 134), box(184, 300), box(595, 300), box(595, 405, 327, 19), box(595, 433, 186, 22), box(184, 464, 253, 25)];
    const buttons = [box(781, 435, 23, 19), box(416, 508, 75, 25)];
    const placed = choosePanelPlacement({ width: 1018, height: 800 }, { width: 330, height: 396 }, buttons, fields)!;
    expect(placed).toMatchObject({ corner: 'bottom-right', maxHeight: 788 - (455 + 8) });
  });
});

describe('choosePanelPlacement and the page’s 注意说明', () => {
  // A record form like 业绩成果's: the red notice across the top, fields in the middle, two wide
  // text areas reaching into the right column, the buttons centred below them.
  const frame = { width: 1018, height: 800 };
  const size = { width: 330, height: 260 };
  const notice = [box(8, 60, 900, 18)];
  const fields = [box(230, 130, 186, 22), box(230, 160, 116, 22), box(230, 290, 581, 142), box(230, 460, 581, 142)];
  const buttons = [box(410, 640, 200, 25)];

  it('leaves the notice readable: shortens the panel into the room below the text areas', () => {
    const placed = choosePanelPlacement(frame, size, buttons, fields, notice)!;
    expect(placed).toMatchObject({ corner: 'bottom-right', maxHeight: 788 - (602 + 8) });
    expect(placed.rect.y).toBeGreaterThan(602);
  });

  it('covers a field rather than a notice when no corner has room for a shortened panel', () => {
    const placed = choosePanelPlacement(frame, size, buttons, fields, notice, 12, 250)!;
    // Both bottom corners cover part of the text areas; the left one less of them.
    expect(placed).toMatchObject({ corner: 'bottom-left', maxHeight: null });
    expect(placed.rect.y).toBeGreaterThan(notice[0]!.y + notice[0]!.height);
  });

  it('without the notice, takes the top right that covers nothing (as before)', () => {
    expect(choosePanelPlacement(frame, size, buttons, fields)).toMatchObject({ corner: 'top-right', maxHeight: null });
  });

  it('shortens the panel to end above a notice when every corner holds something', () => {
    const placed = choosePanelPlacement(viewport, panel, [box(0, 760, 1000, 30)], [box(12, 12, 330, 350)], [box(500, 300, 480, 18)])!;
    // Top right: from the top margin down to 8 px above the notice.
    expect(placed).toMatchObject({ corner: 'top-right', maxHeight: 300 - 8 - 12 });
  });

  it('covers a notice only when every corner clear of buttons covers one, and then the least of it', () => {
    const notices = [box(0, 0, 1000, 300), box(0, 500, 600, 300), box(700, 700, 300, 20)];
    const placed = choosePanelPlacement(viewport, panel, [], [], notices, 12, 500)!;
    expect(placed.corner).toBe('bottom-right');
  });

  it('shortens a corner just enough to clear a button when that covers less than the others', () => {
    // Notices across the top (two lines) and the bottom; a "..." button the full-size panel would
    // cover in both right corners; a field in the bottom left.
    const notices = [box(8, 20, 980, 40), box(8, 770, 980, 18)];
    const placed = choosePanelPlacement(viewport, panel, [box(700, 380, 23, 19)], [box(100, 500, 200, 24)], notices)!;
    // Bottom right, from 8 px below the button down: one notice line, no field, no button.
    expect(placed).toMatchObject({ corner: 'bottom-right', maxHeight: 788 - (399 + 8) });
    expect(placed.rect.y).toBe(399 + 8);
  });
});

describe('overlaps (a marker against the page’s text lines and the other markers)', () => {
  const rect = (x: number, y: number, width = 18, height = 18) => ({ x, y, width, height });
  it('counts more than half a pixel both ways; touching edges and corners do not overlap', () => {
    expect(overlaps(rect(0, 0), rect(10, 10))).toBe(true);
    expect(overlaps(rect(0, 0), rect(18, 0))).toBe(false);
    expect(overlaps(rect(0, 0), rect(17.5, 0))).toBe(false);
    expect(overlaps(rect(0, 0), rect(17, 0))).toBe(true);
    expect(overlaps(rect(0, 0), rect(10, 18))).toBe(false);
    expect(overlaps(rect(20, 20, 100, 4), rect(0, 0, 200, 21))).toBe(true);
  });
  it('reads a DOMRect (a text line’s client rect) by its x, y, width and height', () => {
    expect(overlaps(rect(5, 5), new DOMRect(0, 0, 10, 10))).toBe(true);
    expect(overlaps(rect(10, 0), new DOMRect(0, 0, 10, 10))).toBe(false);
  });
});
