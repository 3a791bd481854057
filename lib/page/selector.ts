/**
 * Frame-local CSS selectors that find a collected control again after the snapshot was taken
 * (fill, teach mode). `#id` when the id is unique, `tag[name="…"]` when the name is, else a
 * `:nth-of-type` path from the nearest uniquely-identified ancestor. Never includes values.
 */

import { all } from './query';

/**
 * An identifier escaped for `#id` use: the content script's own `CSS.escape`, which gives what the
 * frame's would (the algorithm is the CSSOM's, the same in every window) and leaves a plain
 * identifier (no leading digit or "-", no special characters) as it is. A document without a window
 * (a frame detached while read) escapes so too. One call of the page's own cost the content
 * script bytes of its budget (issue 9) for nothing a page could see.
 */
const escapeIdent = (ident: string): string => CSS.escape(ident);

/** Quote a value for an attribute selector. */
export function quoteAttr(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;
}

/** Counts of ids in a document, built once per collection. */
export function countIds(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const el of all(doc, '[id]')) {
    const id = el.id;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

function nthOfType(el: Element): string {
  let n = 1;
  for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (s.tagName === el.tagName) n++;
  return `${el.tagName.toLowerCase()}:nth-of-type(${n})`;
}

/**
 * A selector for `el`, unique in its document at collection time.
 * @param el the control. @param idCounts from `countIds`. @param nameUnique whether `el`'s
 *   name is carried by no other collected control. @returns a CSS selector string.
 */
export function selectorFor(el: Element, idCounts: Map<string, number>, nameUnique: boolean): string {
  if (el.id && idCounts.get(el.id) === 1) return `#${escapeIdent(el.id)}`;
  const name = el.getAttribute('name');
  if (name && nameUnique) return `${el.tagName.toLowerCase()}[name=${quoteAttr(name)}]`;
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur && cur.tagName !== 'HTML') {
    if (cur !== el && cur.id && idCounts.get(cur.id) === 1) {
      parts.unshift(`#${escapeIdent(cur.id)}`);
      return parts.join(' > ');
    }
    parts.unshift(nthOfType(cur));
    cur = cur.parentElement;
  }
  parts.unshift('html');
  return parts.join(' > ');
}
