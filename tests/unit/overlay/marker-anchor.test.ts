import { afterEach, describe, expect, it, vi } from 'vitest';
import { boxWithItsText, textAfter } from '../../../lib/overlay/marker-anchor';

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

describe('textAfter (the page text a marker must step past: breaker 8c)', () => {
  const SELECT = rect(100, 50, 120, 20);
  /** The line textAfter finds, as a plain box (null when none). */
  const after = (field: Element) => {
    const r = textAfter(field);
    return r && { x: r.x, y: r.y, width: r.width, height: r.height };
  };
  /** The page's first control at SELECT and each element `id → rect` laid out as given. */
  function lay(html: string, rects: Record<string, DOMRect> = {}) {
    document.body.innerHTML = `<table><tr><td>${html}</td></tr></table>`;
    const field = document.querySelector('select,input')!;
    place(field, SELECT);
    for (const [id, r] of Object.entries(rects)) place(document.getElementById(id)!, r);
    return field;
  }

  it('finds an ASP.NET validator (Display="Static") once the page shows it, not while it is hidden', () => {
    const field = lay('<select name="ddlZZMM"></select><span id="rfv" style="color:Red;visibility:hidden;">*必填</span>', { rfv: rect(222, 51, 40, 18) });
    expect(after(field)).toBeNull();
    document.getElementById('rfv')!.style.visibility = 'visible';
    expect(after(field)).toEqual({ x: 222, y: 51, width: 40, height: 18 });
  });

  it('looks past a validator not displayed (Display="Dynamic") to a message shown after it, whatever its class or id', () => {
    const field = lay('<select></select>\n<span id="a" style="display:none">*必填</span><span id="b" style="color:Red">格式不正确</span>', { a: rect(222, 51, 40, 18), b: rect(222, 51, 70, 18) });
    expect(after(field)).toEqual({ x: 222, y: 51, width: 70, height: 18 });
    document.getElementById('b')!.style.display = 'none';
    expect(after(field)).toBeNull();
    document.getElementById('a')!.style.display = 'inline';
    expect(after(field)).toEqual({ x: 222, y: 51, width: 40, height: 18 });
  });

  it('takes bare text after the field (a unit), past blanks and comments', () => {
    const field = lay('<select></select>&nbsp;<!-- 单位 -->年');
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect(226, 51, 14, 18)] as unknown as DOMRectList);
    expect(after(field)).toEqual({ x: 226, y: 51, width: 14, height: 18 });
  });

  it('stops at a control or a line break, and ignores text on another line or far from the field', () => {
    expect(after(lay('<input><input type="button" value="..."><span id="s">*</span>', { s: rect(250, 51, 8, 18) }))).toBeNull();
    expect(after(lay('<select></select><br><span id="s">说明</span>', { s: rect(100, 75, 28, 18) }))).toBeNull();
    expect(after(lay('<select></select><span id="s">说明</span>', { s: rect(100, 75, 28, 18) }))).toBeNull();
    expect(after(lay('<select></select><span id="s">说明</span>', { s: rect(300, 51, 28, 18) }))).toBeNull();
  });
});
