/**
 * The formats the page's laydate.render calls give their boxes, read on demand (only a fill and
 * the diagnostics use a control's dateFormat / rangeSeparator): the content script's snapshot
 * leaves the page's scripts alone, which keeps it and content.js small (as it leaves out the
 * formats the boxes' own handlers declare: lib/page/collect.ts withFillFacts adds those first).
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

/** laydate's own format for a picker `type` that is no day's (its documentation: year yyyy, month yyyy-MM, datetime yyyy-MM-dd HH:mm:ss). */
const LAYDATE_TYPE_FORMATS: Readonly<Record<string, string>> = { year: 'yyyy', month: 'yyyy-MM', datetime: 'yyyy-MM-dd HH:mm:ss' };

/**
 * The date format each `laydate.render({elem, …})` call in the page's inline scripts gives its
 * boxes (breaker pickers20 item 3, laydate21): its `format`, else its `type` — year → yyyy, month →
 * yyyy-MM, datetime → yyyy-MM-dd HH:mm:ss, laydate's own formats for them; a year or month picker
 * given 2020-07-01 refuses it, a datetime one resets it when opened. A
 * `range` picker's box holds two dates, which laydate joins with "-" (range: true) or the string
 * given (range: '~'), between spaces, in yyyy-MM-dd unless the call says otherwise. A box's last
 * call counts, as laydate keeps its last render: one with laydate's defaults undoes an earlier type,
 * unless it stands in a branch of an `if` (its block, or its one statement; `else` too), which may
 * never run: the type the page declares is kept (breaker 23).
 * The scripts are read by a scanner that knows strings, comments, regex literals and brackets
 * (renderCalls), in one pass, so options come in any order around callbacks and nested objects,
 * a large minified script costs time linear in its length, and a call commented out or never
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
    for (const [selector, o, branch] of renderCalls(text)) {
      const type = o.type?.slice(1, -1);
      const sep = o.range === 'true' ? '-' : /^['"](.+)['"]$/.exec(o.range ?? '')?.[1];
      // A datetime picker's default keeps the time (laydate: 'yyyy-MM-dd HH:mm:ss'); given a date alone it resets the box when opened (fill 45).
      const fmt = LAYDATE_FORMAT.exec(`format:${o.format}`)?.[1] ?? LAYDATE_TYPE_FORMATS[type ?? ''] ?? (sep && 'yyyy-MM-dd');
      const declared = fmt && (sep ? { dateFormat: fmt, rangeSeparator: sep } : { dateFormat: fmt });
      try {
        // laydate keeps a box's last render: one with its defaults makes it a day picker again (breaker 22),
        // unless it stands in an if's branch, which may be the one that does not run (breaker 23).
        for (const box of doc.querySelectorAll(selector)) {
          if (declared) out.set(box, declared);
          else if (!branch) out.delete(box);
        }
      } catch {
        // Not a selector (a string built at run time, another engine's syntax): no box known.
      }
    }
  }
  return out;
}

/**
 * A string (group 1 its quote; an unclosed one runs to the end), a comment, a regex literal —
 * a `/` where an expression may start (after an operator, an opening bracket, `;`, `}`, `return`,
 * `typeof`, an if's or while's condition — one without brackets inside — or at the start; not after
 * a postfix `n++` / `n--`, which ends an operand: `n++/2` is a division, breaker 23), whose quotes are no strings (`s.replace(/'/g, '')`: breaker 22) — or
 * an escaped character outside them (`\/` in a regex literal read as a division).
 */
const SCRIPT_TEXT = /(["'`])(?:\\[^]|(?!\1)[^\\])*\1?|\/\/.*|\/\*[^]*?(?:\*\/|$)|\/(?<=(?:^|(?<!\+)\+|(?<!-)-|[*%<>~^(,=:[!&|?{};]|\breturn|\btypeof|\b(?:if|while)\s*\([^()]{0,99}\))\s*\/)(?![*/])(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+\/[a-z]*|\\./g;
/** laydate.render spelled as pages spell it: `laydate.render (`, `layui.laydate.render(`, its options object opening. */
const RENDER_CALL = /laydate\s*\.\s*render\s*\(\s*\{/y;
/**
 * `('.ym').each(` of `lay('.ym').each(` / `$('.ym').each(`, read at its first bracket in the script
 * without its strings' contents (group 1 the string): the `(` it ends with opens the callback in
 * which `this` stands for the selector's boxes.
 */
const EACH_CALL = /\(\s*("+)\s*\)\s*\.\s*each\s*\(/y;
/** An option's `key: value` (groups 1, 2), the key quoted or not. */
const OPTION = /^\s*['"]?(\w+)['"]?\s*:\s*([^]*?)\s*$/;
/** An `elem` value: a selector string, or the string passed to getElementById (group 1) / querySelector / $ / lay. */
const ELEM = /^(?:[\w$.\s]*?(ById)?\(\s*)?(['"])(.+?)\2/;

/**
 * The laydate.render calls in one script: for each, the selector of its boxes, its top-level
 * options as source text (`{type: "'year'", range: 'true'}`; a nested object's keys are not its),
 * and whether it stands in a branch of an `if` (inside its block or condition, or as the one
 * statement after its condition or `else`).
 * The script is read twice over, at the same offsets: `clean` without its comments and regex
 * literals, `bare` without its strings' contents too, where brackets and commas are the code's own.
 * @param code a script's text. @returns [selector, options, in a branch] per call whose boxes can be told.
 */
function renderCalls(code: string): Array<[string, Record<string, string>, boolean]> {
  const clean = code.replace(SCRIPT_TEXT, (m) => (m[0] === '/' ? ' '.repeat(m.length) : m));
  const bare = clean.replace(SCRIPT_TEXT, (m) => '"'.repeat(m.length));
  const calls: Array<[string, Record<string, string>, boolean]> = [];
  /**
   * Per bracket open: the selector of the `X(selector).each(` it opens, if it does, and whether it
   * opens an if's condition or a branch's block.
   */
  const open: Array<[string | undefined, boolean]> = [];
  /** The `(` of an `.each(` met ahead, and its selector. */
  const eachAt = new Map<number, string>();
  /** Where the `)` ending the last if's condition stands. */
  let ifEnd = -1;
  // Whether a branch starts at `i`: after `else`, or after the `)` ending an if's condition. Only
  // a few characters back are read, which keeps the pass linear.
  const branchAt = (i: number) => {
    const m = /(?:\belse|(\)))\s*$/.exec(bare.slice(Math.max(0, i - 16), i));
    return !!m && (!m[1] || Math.max(0, i - 16) + m.index === ifEnd);
  };
  // One pass, each test anchored at `i`: a large minified script is read in time linear in its
  // length (a search back from every bracket took seconds on 140 KB: breaker 22).
  for (let i = 0; i < bare.length; i++) {
    const c = bare[i]!;
    EACH_CALL.lastIndex = i;
    const call = c === '(' && EACH_CALL.exec(bare);
    const quote = call ? i + call[0].indexOf('"') : 0;
    if (call) eachAt.set(EACH_CALL.lastIndex - 1, clean.slice(quote + 1, quote + call[1]!.length - 1));
    if ('([{'.includes(c)) open.push([eachAt.get(i), c === '(' ? /\bif\s*$/.test(bare.slice(Math.max(0, i - 8), i)) : c === '{' && branchAt(i)]);
    if (')]}'.includes(c) && open.pop()?.[1] && c === ')') ifEnd = i;
    RENDER_CALL.lastIndex = i;
    const o = RENDER_CALL.test(bare) ? optionsAt(clean, bare, RENDER_CALL.lastIndex) : undefined;
    const m = ELEM.exec(o?.elem ?? '');
    // `elem: this` / `elem: el`: the boxes of the innermost `X(selector).each(` around the call.
    const each = /^[\w$]+$/.test(o?.elem ?? '') ? open.findLast(([selector]) => selector)?.[0] : undefined;
    const selector = m ? (m[1] ? `[id="${m[3]}"]` : m[3]) : each;
    if (o && selector) calls.push([selector, o, branchAt(i) || open.some(([, branch]) => branch)]);
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
