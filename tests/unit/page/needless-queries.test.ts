/**
 * Issue 9 (1,000 fields read and recognised in ≤ 50 ms): a reading skips the subtree queries
 * whose answer it knows without them. On a form of one label cell and one box cell per field,
 * and no list of saved records:
 * - a cell of text only holds no control (hasControl): never queried;
 * - a cell holding nothing but a text box holds no chooser (containerPicker): not searched for one;
 * - no list, no 查询 bar above it (inQueryBar): no container is searched for its buttons.
 * And a box a rich-text editor may be drawn for (a <textarea>, a hidden input) is searched for
 * the editor's frame once per reading (editorFrame), for its control and for the headings alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot, readPage } from '../../../lib/page/collect';
import { generatedFormPage } from '../../../scripts/bench/generated-page';

const query = Element.prototype.querySelector;
const queryAll = Element.prototype.querySelectorAll;

afterEach(() => {
  Element.prototype.querySelector = query;
  Element.prototype.querySelectorAll = queryAll;
});

/** Reads `html`, returning each element subtree query made as [element, selector]. */
function queriesOf(html: string, read: (doc: Document) => unknown = collectSnapshot): [Element, string][] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const seen: [Element, string][] = [];
  Element.prototype.querySelector = function (this: Element, selectors: string) {
    seen.push([this, selectors]);
    return query.call(this, selectors);
  } as typeof query;
  Element.prototype.querySelectorAll = function (this: Element, selectors: string) {
    seen.push([this, selectors]);
    return queryAll.call(this, selectors);
  } as typeof queryAll;
  read(doc);
  return seen;
}

describe('a reading of a form laid out in cells', () => {
  const queries = queriesOf(generatedFormPage(20));

  it('queries no cell of text only', () => {
    const textCells = queries.filter(([el]) => el.tagName === 'TD' && el.childElementCount === 0);
    expect(textCells).toEqual([]);
  });

  it('searches no cell holding only its text box for a chooser', () => {
    const boxCells = queries.filter(([el, selectors]) => el.tagName === 'TD' && el.firstElementChild?.tagName === 'INPUT' && selectors.includes('input[type=image]'));
    expect(boxCells).toEqual([]);
  });

  it('searches no container for a 查询 bar when the page shows no list', () => {
    const bars = queries.filter(([, selectors]) => selectors === 'button,a,[type=button],[type=submit],[type=image]');
    expect(bars).toEqual([]);
  });
});

describe('a reading of boxes a rich-text editor may be drawn for', () => {
  it.each([
    ['collectSnapshot', collectSnapshot],
    ['readPage', readPage],
  ])('%s searches each box\'s parent for its editor once', (_name, read) => {
    const html =
      '<form><div><textarea id="summary" style="display:none"></textarea><iframe id="summary_frame"></iframe></div>' +
      '<div><input type="hidden" id="FCKeditor1"><iframe id="FCKeditor1___Frame"></iframe></div>' +
      '<div><textarea id="plain"></textarea></div><div><input type="hidden" id="code"></div></form>';
    const searches = queriesOf(html, read).filter(([el, selectors]) => selectors === 'iframe,[contenteditable=true]' && el.tagName === 'DIV');
    expect(searches.map(([el]) => el.firstElementChild!.id)).toEqual(['summary', 'FCKeditor1', 'plain', 'code']);
  });
});
