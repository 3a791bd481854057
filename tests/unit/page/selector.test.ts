import { describe, expect, it } from 'vitest';
import { countIds, selectorFor } from '@/lib/page/selector';

/** A document of its own, without a window (document.implementation's, as DOMParser's). */
function windowless(body: string): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = body;
  return doc;
}

describe('selectorFor', () => {
  // happy-dom's querySelector reads no CSS escapes, so the selector is compared with the CSSOM's
  // escape, which a browser's querySelector reads back (main wrote "#1abc", which no browser finds).
  it('escapes an id that starts with a digit or holds special characters as CSS.escape does, in a document without a window', () => {
    const doc = windowless('<input id="1abc"><input id="a.b:c"><input id="-9">');
    expect(doc.defaultView).toBeNull();
    const ids = countIds(doc);
    for (const box of Array.from(doc.querySelectorAll('input'))) {
      const selector = selectorFor(box, ids, false);
      expect(selector).toBe(`#${CSS.escape(box.id)}`);
    }
  });

  it('writes a plain id as it is', () => {
    const doc = windowless('<input id="txtName_1">');
    expect(selectorFor(doc.querySelector('input')!, countIds(doc), false)).toBe('#txtName_1');
  });
});
