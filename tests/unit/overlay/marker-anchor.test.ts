import { afterEach, describe, expect, it, vi } from 'vitest';
import { boxWithItsText, textRects } from '../../../lib/overlay/marker-anchor';

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

describe('boxWithItsText', () => {
  /** The anchor of the page's one box, its `<label>` (if any) laid out at `labelRect`. */
  function anchorWithLabel(html: string, boxRect: DOMRect, labelRect: DOMRect) {
    document.body.innerHTML = html;
    const box = document.querySelector('input')!;
    place(box, boxRect);
    place(document.querySelector('label')!, labelRect);
    return boxWithItsText(box).withText;
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
    expect(boxWithItsText(box)).toEqual({ withText: { x: 10, y: 98, width: 167, height: 18 }, textEnd: null });
  });

  it('takes the words in a <span> or <font> right after the box', () => {
    document.body.innerHTML = '<td><input type="checkbox"><font color="black">同意</font>（请阅读后勾选）</td>';
    const box = document.querySelector('input')!;
    place(box, rect(10, 100, 13, 13));
    place(document.querySelector('font')!, rect(25, 98, 28, 18));
    expect(boxWithItsText(box).withText).toEqual({ x: 10, y: 98, width: 43, height: 18 });
  });

  it('gives the last line of a label that wraps, where the words end', () => {
    document.body.innerHTML = '<input id="p" type="checkbox"><label for="p">本人承诺所填报的信息真实……（两行）</label>';
    const box = document.querySelector('input')!;
    place(box, rect(5, 100, 13, 13));
    place(document.querySelector('label')!, rect(20, 98, 1200, 18), rect(5, 118, 300, 18));
    expect(boxWithItsText(box)).toEqual({ withText: { x: 5, y: 98, width: 1215, height: 18 }, textEnd: { x: 5, y: 118, width: 300, height: 18 } });
  });

  it('ignores a label on another line or far away, keeping the box alone', () => {
    const html = '<input id="a" type="checkbox"><label for="a">同意</label>';
    const boxAlone = { x: 10, y: 100, width: 13, height: 13 };
    expect(anchorWithLabel(html, rect(10, 100, 13, 13), rect(10, 130, 28, 18))).toEqual(boxAlone);
    expect(anchorWithLabel(html, rect(10, 100, 13, 13), rect(300, 98, 28, 18))).toEqual(boxAlone);
  });
});

describe('boxWithItsText for a radio group on one line', () => {
  it('reaches through the last option’s words (○男 ○女)', () => {
    document.body.innerHTML = '<form><input type="radio" name="xb" id="m"><label for="m">男</label> <input type="radio" name="xb" id="f"><label for="f">女</label> <input type="radio" name="other" id="o"><label for="o">其他组</label></form>';
    const [male, female, other] = Array.from(document.querySelectorAll('input'));
    const [maleLabel, femaleLabel, otherLabel] = Array.from(document.querySelectorAll('label'));
    place(male!, rect(160, 100, 13, 13));
    place(maleLabel!, rect(175, 98, 14, 18));
    place(female!, rect(198, 100, 13, 13));
    place(femaleLabel!, rect(213, 98, 14, 18));
    // Another group further right on the same line is not this group.
    place(other!, rect(240, 100, 13, 13));
    place(otherLabel!, rect(255, 98, 42, 18));
    expect(boxWithItsText(male!)).toEqual({ withText: { x: 160, y: 98, width: 67, height: 18 }, textEnd: null });
  });

  it('stays with the first option when the others are on lines below', () => {
    document.body.innerHTML = '<input type="radio" name="xb" id="m"><label for="m">男</label><br><input type="radio" name="xb" id="f"><label for="f">女</label>';
    const [male, female] = Array.from(document.querySelectorAll('input'));
    const [maleLabel, femaleLabel] = Array.from(document.querySelectorAll('label'));
    place(male!, rect(160, 100, 13, 13));
    place(maleLabel!, rect(175, 98, 14, 18));
    place(female!, rect(160, 120, 13, 13));
    place(femaleLabel!, rect(175, 118, 14, 18));
    expect(boxWithItsText(male!).withText).toEqual({ x: 160, y: 98, width: 29, height: 18 });
  });
});

describe('textRects (the line boxes of a text node: words after a box, text under a marker, a notice’s lines)', () => {
  it('reads them from a range over the whole of the node, not from its parent element', () => {
    document.body.innerHTML = '<p id="p">前<b>注意：照片须为近期免冠证件照</b>后</p>';
    const text = document.querySelector('b')!.firstChild!;
    const lines = [rect(10, 20, 200, 16), rect(10, 36, 80, 16)];
    const seen: [Node, number, Node, number][] = [];
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      seen.push([this.startContainer, this.startOffset, this.endContainer, this.endOffset]);
      return lines as unknown as DOMRectList;
    });
    document.getElementById('p')!.getClientRects = () => [rect(0, 0, 999, 99)] as unknown as DOMRectList;
    expect(textRects(text)).toEqual(lines);
    expect(seen).toEqual([[text, 0, text, text.nodeValue!.length]]);
  });
});
