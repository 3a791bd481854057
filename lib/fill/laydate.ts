/**
 * The formats the page's laydate.render calls give their boxes, read on demand (only a fill and
 * the diagnostics use a control's dateFormat / rangeSeparator): the content script's snapshot
 * leaves the page's scripts alone, which keeps it and content.js small.
 */
import type { ControlSnapshot, PageSnapshot } from '../page/snapshot';
import { LAYDATE_FORMAT, resolveControl } from '../page/collect';

/** A box's date format and, for a range picker, its separator, as its render call declares them. */
type Declared = Pick<ControlSnapshot, 'dateFormat' | 'rangeSeparator'>;

/**
 * `snapshot` with each control's dateFormat and rangeSeparator as the page's laydate.render calls
 * declare them (laydateFormats). A format the snapshot already has — the box's own handler, its
 * type=month — wins over its render call's.
 * @param doc the frame's document. @param snapshot its snapshot (collectSnapshot).
 * @returns the same snapshot when no call declares a box, else a copy with those controls completed.
 */
export function withLaydateFormats(doc: Document, snapshot: PageSnapshot): PageSnapshot {
  const declared = laydateFormats(doc);
  if (!declared.size) return snapshot;
  const complete = (c: ControlSnapshot, el: Element | null): ControlSnapshot => (el ? { ...declared.get(el), ...c } : c);
  return { ...snapshot, controls: snapshot.controls.map((c) => complete(c, resolveControl(doc, c))) };
}

/**
 * The date format each `laydate.render({elem, …})` call in the page's inline scripts gives its
 * boxes (breaker pickers20 item 3, laydate21): its `format`, else its `type` — year → yyyy, month →
 * yyyy-MM, laydate's own formats for them; a year or month picker given 2020-07-01 refuses it. A
 * `range` picker's box holds two dates, which laydate joins with "-" (range: true) or the string
 * given (range: '~'), between spaces, in yyyy-MM-dd unless the call says otherwise.
 * The scripts are read by a scanner that knows strings, comments and brackets (renderCalls), so
 * options come in any order around callbacks and nested objects, and a call commented out or never
 * closed configures nothing. `elem` is read as laydate reads it: a selector (every box it picks), an
 * element looked up by getElementById / querySelector / $(…)[0], or `this` (or the callback's
 * element) inside `lay(selector).each(…)` / `$(selector).each(…)`; only boxes in `doc` count.
 * @param doc the page. @returns box → its dateFormat (a pattern over yyyy, MM, dd) and, for a range,
 *   rangeSeparator. Never throws: a selector querySelectorAll refuses picks no box.
 */
export function laydateFormats(doc: Document): Map<Element, Declared> {
  const out = new Map<Element, Declared>();
  // A script with a src has no text here: every script is read.
  for (const script of doc.querySelectorAll('script')) {
    const text = script.text;
    // Most pages' scripts (ASP.NET's own, large ones) name no laydate: not scanned.
    if (!text.includes('laydate')) continue;
    for (const [selector, o] of renderCalls(text)) {
      const type = o.type?.slice(1, -1);
      const sep = o.range === 'true' ? '-' : /^['"](.+)['"]$/.exec(o.range ?? '')?.[1];
      const fmt = LAYDATE_FORMAT.exec(`format:${o.format}`)?.[1] ?? (type === 'year' ? 'yyyy' : type === 'month' ? 'yyyy-MM' : sep && 'yyyy-MM-dd');
      if (!fmt) continue;
      try {
        for (const box of doc.querySelectorAll(selector)) out.set(box, sep ? { dateFormat: fmt, rangeSeparator: sep } : { dateFormat: fmt });
      } catch {
        // Not a selector (a string built at run time, another engine's syntax): no box known.
      }
    }
  }
  return out;
}

/**
 * A string (group 1 its quote; an unclosed one runs to the end), a comment, or an escaped
 * character outside them (`\/` in a regex literal, which is no comment).
 */
const SCRIPT_TEXT = /(["'`])(?:\\[^]|(?!\1)[^\\])*\1?|\/\/.*|\/\*[^]*?(?:\*\/|$)|\\./g;
/** laydate.render spelled as pages spell it: `laydate.render (`, `layui.laydate.render(`, its options object opening. */
const RENDER_CALL = /laydate\s*\.\s*render\s*\(\s*\{/y;
/**
 * `lay('.ym').each(` / `$('.ym').each(` just before a bracket: the selector (group 2) whose boxes
 * `this` stands for. From the last `(` (the greedy start): an earlier call's string is not it.
 */
const EACH_CALL = /^[^]*\(\s*(['"])(.+?)\1\s*\)\s*\.\s*each\s*$/;
/** An option's `key: value` (groups 1, 2), the key quoted or not. */
const OPTION = /^\s*['"]?(\w+)['"]?\s*:\s*([^]*?)\s*$/;
/** An `elem` value: a selector string, or the string passed to getElementById (group 1) / querySelector / $ / lay. */
const ELEM = /^(?:[\w$.\s]*?(ById)?\(\s*)?(['"])(.+?)\2/;

/**
 * The laydate.render calls in one script: for each, the selector of its boxes and its top-level
 * options as source text (`{type: "'year'", range: 'true'}`; a nested object's keys are not its).
 * The script is read twice over, at the same offsets: `clean` without its comments, `bare` without
 * its strings' contents too, where brackets and commas are the code's own.
 * @param code a script's text. @returns [selector, options] per call whose boxes can be told.
 */
function renderCalls(code: string): Array<[string, Record<string, string>]> {
  const clean = code.replace(SCRIPT_TEXT, (m) => (m[0] === '/' ? ' '.repeat(m.length) : m));
  const bare = clean.replace(SCRIPT_TEXT, (m) => '"'.repeat(m.length));
  const calls: Array<[string, Record<string, string>]> = [];
  const open: number[] = [];
  for (let i = 0; i < bare.length; i++) {
    const c = bare[i]!;
    if ('([{'.includes(c)) open.push(i);
    if (')]}'.includes(c)) open.pop();
    RENDER_CALL.lastIndex = i;
    const o = RENDER_CALL.test(bare) ? optionsAt(clean, bare, RENDER_CALL.lastIndex) : undefined;
    const m = ELEM.exec(o?.elem ?? '');
    // `elem: this` / `elem: el`: the boxes of the innermost `X(selector).each(` around the call.
    const each = /^[\w$]+$/.test(o?.elem ?? '') ? open.map((p) => EACH_CALL.exec(clean.slice(0, p))?.[2]).findLast(Boolean) : undefined;
    const selector = m ? (m[1] ? `[id="${m[3]}"]` : m[3]) : each;
    if (o && selector) calls.push([selector, o]);
  }
  return calls;
}

/**
 * The top-level options of the object literal whose `{` ends just before `start`.
 * @param clean the script without comments. @param bare the same without strings' contents.
 * @returns key → value source text, or undefined when the object is never closed or closed by
 *   the wrong bracket (a script the browser refuses runs no call).
 */
function optionsAt(clean: string, bare: string, start: number): Record<string, string> | undefined {
  const options: Record<string, string> = {};
  for (let i = start, from = start, depth = 1; i < bare.length; i++) {
    const c = bare[i]!;
    depth += +'([{'.includes(c) - +')]}'.includes(c);
    if (depth > 1 || (depth && c !== ',')) continue;
    const m = OPTION.exec(clean.slice(from, i));
    if (m) options[m[1]!] = m[2]!;
    from = i + 1;
    if (!depth) return c === '}' ? options : undefined;
  }
  return undefined;
}
