import { afterEach, describe, expect, it, vi } from 'vitest';
import { boxWithItsTextRect } from '../../../lib/overlay/marker-anchor';

/** A DOMRect-like value (happy-dom lays nothing out: the tests give each element its box). */
const rect = (x: number, y: number, width: number, height: number) =>
  ({ x, y, width, height, left: x, top: y, right: x + width, bottom: y + height, toJSON: () => ({}) }) as DOMRect;

function place(el: Element, ...rects: DOMRect[]): void {
  el.getBoundingClientRect = () => rects[0] ?? rect(0, 0, 0, 0);
  el.getClientRects = () => rects as unknown as DOMRectList;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('boxWithItsTextRect', () => {
  /** The anchor of the page's one box, its `<label>` (if any) laid out at `labelRect`. */
  function anchorWithLabel(html: string, boxRect: DOMRect, labelRect: DOMRect) {
    document.body.innerHTML = html;
    const box = document.querySelector('input')!;
    place(box, boxRect);
    place(document.querySelector('label')!, labelRect);
    return boxWithItsTextRect(box);
  }

  it('joins a checkbox with its <label for> on the same line (同意)', () => {
    const html = '<p>本人承诺：……</p><input id="ty" type="checkbox"><label for="ty">同意</label>';
    expect(anchorWithLabel(html, rect(10, 100, 13, 13), rect(26, 98, 28, 18))).toEqual({ x: 10, y: 98, width: 44, height: 18 });
  });

  it('takes a wrapping label, which starts before the box', () => {
    const html = '<label><input type="radio" name="sex">男</label>';
    expect(anchorWithLabel(html, rect(12, 50, 13, 13), rect(8, 48, 40, 18))).toEqual({ x: 8, y: 48, width: 40, height: 18 });
  });

  it('without a label, takes the first line of the text right after the box', () => {
    document.body.innerHTML = '<td><input type="checkbox"> 我已阅读并同意以上承诺，<br>如有不实愿承担责任</td>';
    const box = document.querySelector('input')!;
    place(box, rect(10, 100, 13, 13));
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect(27, 98, 150, 18)] as unknown as DOMRectList);
    expect(boxWithItsTextRect(box)).toEqual({ x: 10, y: 98, width: 167, height: 18 });
  });

  it('ignores a label on another line or far away, keeping the box alone', () => {
    const html = '<input id="a" type="checkbox"><label for="a">同意</label>';
    const boxAlone = { x: 10, y: 100, width: 13, height: 13 };
    expect(anchorWithLabel(html, rect(10, 100, 13, 13), rect(10, 130, 28, 18))).toEqual(boxAlone);
    expect(anchorWithLabel(html, rect(10, 100, 13, 13), rect(300, 98, 28, 18))).toEqual(boxAlone);
  });
});
