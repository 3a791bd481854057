/**
 * The page reader's one way to list the elements a selector matches as an array (what
 * `Array.from(root.querySelectorAll(selector))` gives): written once, where the content script
 * wrote it at some 25 places — about 35 bytes gzip of its budget (issue 9).
 */

/**
 * Every element under `root` that `selector` matches, in document order.
 * @param root a document, element or fragment. @param selector a CSS selector list.
 * @returns a new array (empty when none match); a tag name alone types its elements.
 * @throws DOMException (SyntaxError) when `selector` is not valid CSS, as querySelectorAll does.
 */
export function all<K extends keyof HTMLElementTagNameMap>(root: ParentNode, selector: K): HTMLElementTagNameMap[K][];
export function all<E extends Element = Element>(root: ParentNode, selector: string): E[];
export function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}
