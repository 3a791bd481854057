import { describe, expect, it } from 'vitest';
import { choosePreviewDock, type PreviewObstacles } from '../../../lib/overlay/preview-dock';
import { overlaps, type Rect } from '../../../lib/overlay/placement';

const box = (x: number, y: number, width = 186, height = 22): Rect => ({ x, y, width, height });
const none: PreviewObstacles = { buttons: [], notices: [], listed: [], others: [] };
const coveredBy = (dock: { x: number; y: number; height: number }, rects: readonly Rect[]) => rects.filter((r) => overlaps({ x: dock.x, y: dock.y, width: 330, height: dock.height }, r));

describe('choosePreviewDock', () => {
  // 基本信息 at 1280 × 860 in a 1018 × 800 frame: the notice on top, two columns of fields down to
  // y = 460 (a "..." chooser beside the right column's last), the buttons centred under them.
  const rows = [132, 163, 194, 225, 256, 287, 318, 349, 380, 410, 440];
  const form: PreviewObstacles = {
    notices: [box(8, 70, 1000, 18), box(8, 90, 600, 18)],
    listed: rows.flatMap((y) => [box(184, y), box(595, y)]),
    buttons: [box(781, 440, 23, 22), box(184, 470, 80, 25), box(416, 508, 75, 25), box(500, 508, 102, 25)],
    others: [],
  };

  it('takes the room below the form in the right margin, covering none of the listed fields, buttons or notices', () => {
    const dock = choosePreviewDock({ width: 1018, height: 800 }, { width: 330, height: 1200, minHeight: 300 }, form)!;
    expect(dock).toEqual({ x: 1018 - 330 - 12, y: 440 + 22 + 8, height: 800 - 12 - 470, scroll: 0 });
    expect(coveredBy(dock, [...form.listed, ...form.buttons, ...form.notices])).toEqual([]);
  });

  it('is as tall as the preview needs where nothing is in the way', () => {
    expect(choosePreviewDock({ width: 1000, height: 800 }, { width: 330, height: 420, minHeight: 200 }, none)).toEqual({ x: 1000 - 330 - 12, y: 800 - 12 - 420, height: 420, scroll: 0 });
  });

  it('goes beside the form where the frame leaves a margin wide enough', () => {
    const listed = rows.map((y) => box(100, y, 400, 22));
    const dock = choosePreviewDock({ width: 1000, height: 800 }, { width: 330, height: 1200, minHeight: 300 }, { ...none, listed })!;
    expect(dock.height).toBe(800 - 24);
    expect(coveredBy(dock, listed)).toEqual([]);
  });

  it('where every place of the least height covers listed fields, covers the fewest, and other fields rather than listed ones', () => {
    const listed = [0, 200, 400, 600].map((y) => box(0, y, 1000, 150));
    const others = [box(0, 160, 1000, 30)];
    const dock = choosePreviewDock({ width: 1000, height: 800 }, { width: 330, height: 600, minHeight: 180 }, { ...none, listed, others })!;
    expect(coveredBy(dock, listed)).toHaveLength(1);
    expect(dock.height).toBeGreaterThanOrEqual(180);
  });

  it('covers a field rather than a button, and a button only to spare more than two fields', () => {
    const buttons = [box(0, 380, 1000, 30)];
    const listed = [box(0, 0, 1000, 370), box(0, 420, 1000, 370)];
    const dock = choosePreviewDock({ width: 1000, height: 800 }, { width: 330, height: 300, minHeight: 300 }, { ...none, buttons, listed })!;
    expect(coveredBy(dock, buttons)).toEqual([]);
    expect(coveredBy(dock, listed)).toHaveLength(1);
  });

  it('keeps clear of the notices when a place as good for the fields does', () => {
    const notices = [box(0, 12, 1000, 40)];
    const dock = choosePreviewDock({ width: 1000, height: 800 }, { width: 330, height: 900, minHeight: 200 }, { ...none, notices })!;
    expect(coveredBy(dock, notices)).toEqual([]);
    expect(dock.height).toBe(800 - 12 - (52 + 8));
  });

  it('is shortened to the band, never below the least height unless the band is lower', () => {
    expect(choosePreviewDock({ width: 1000, height: 250 }, { width: 330, height: 900, minHeight: 300 }, none)).toEqual({ x: 1000 - 330 - 12, y: 12, height: 226, scroll: 0 });
  });
});

describe('choosePreviewDock where the page may be scrolled (round 69)', () => {
  // 基本信息 at 1024 × 768 in the practice portal's 762 × 708 frame (measured in Chromium): the
  // form across the frame's whole width from y = 150 to the buttons ending at y = 551, the
  // preview needing 298 px for its first three rows and 1,173 px for all of them.
  const left = [150, 181, 212, 240, 271, 302, 333, 364, 395, 423, 452];
  const page: PreviewObstacles = {
    notices: [box(8, 61, 737, 17), box(8, 79, 736, 17)],
    listed: [...left.map((y) => box(146, y)), ...left.slice(0, -1).map((y) => box(470, y))],
    buttons: [box(656, 241, 23, 19), box(656, 452, 23, 19), box(146, 482, 253, 25), box(288, 526, 75, 25), box(371, 526, 102, 25)],
    others: [],
  };
  const view = { width: 762, height: 708 };
  const size = { width: 330, height: 1173, minHeight: 298 };
  const clear = (dock: { x: number; y: number; height: number; scroll: number }) =>
    coveredBy(dock, [...page.listed, ...page.buttons].map((r) => ({ ...r, y: r.y - dock.scroll })));

  it('as the page lies, every place covers listed fields or a button', () => {
    const dock = choosePreviewDock(view, size, page)!;
    expect(dock.scroll).toBe(0);
    expect(clear(dock).length).toBeGreaterThan(0);
  });

  it('scrolls the page down so the form ends above the panel at the frame’s foot, covering none of it, the least scroll that does', () => {
    const dock = choosePreviewDock(view, size, page, 12, { up: 0, down: 1173 })!;
    expect(clear(dock)).toEqual([]);
    // The buttons' foot (551) 8 px above a 298-px panel standing 12 px above the frame's foot.
    expect(dock.scroll).toBe(551 + 8 - (708 - 12 - 298));
    expect(dock).toMatchObject({ y: 708 - 12 - 298, height: 298 });
  });

  it('does not scroll where the page as it lies has room', () => {
    const dock = choosePreviewDock({ width: 1658, height: 1020 }, size, page, 12, { up: 0, down: 1173 })!;
    expect(dock.scroll).toBe(0);
    expect(clear(dock)).toEqual([]);
  });

  it('scrolls no further than the page may', () => {
    const dock = choosePreviewDock(view, size, page, 12, { up: 0, down: 40 })!;
    expect(dock.scroll).toBeLessThanOrEqual(40);
  });
});
