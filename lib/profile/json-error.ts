/**
 * Where a JSON text first breaks the grammar (RFC 8259), and how, found by reading it ourselves:
 * for a text JSON.parse refused, whose message names no place in Chromium for an unexpected
 * character (`Unexpected token '“', …is not valid JSON`), so the options page said 内容不是 JSON 格式
 * of a profile file with one Chinese quotation mark or comment typed in by hand in Notepad
 * (reapply 44). The kinds are the slips hand editing makes.
 */
export interface JsonSyntaxError {
  /** Offset (UTF-16 code units) of the offending character; the text's length when it ends too soon. */
  offset: number;
  /**
   * `trailing-comma`: a comma before `}` or `]` (offset: the comma); `fullwidth`: a Chinese
   * punctuation mark where JSON needs its ASCII one (“ ” ‘ ’ ， ： ［ ］ ｛ ｝); `comment`: `//` or `/*`;
   * `end`: the text stops inside a value; `other`: anything else.
   */
  kind: 'trailing-comma' | 'fullwidth' | 'comment' | 'end' | 'other';
}

/** Chinese (full-width) marks an editor's input method types in place of JSON's own punctuation. */
const FULLWIDTH = '“”‘’，：［］｛｝';
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class Stop {
  constructor(readonly error: JsonSyntaxError) {}
}

/**
 * Finds the first syntax error of a JSON text.
 * @param text the text (a byte-order mark already removed)
 * @returns the error's offset and kind, or null when the text is valid JSON (or nested too deep to
 *   read: the caller keeps the engine's own message then)
 */
export function findJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const stop = (at = i, kind?: JsonSyntaxError['kind']): never => {
    const found = kind ?? (at >= text.length ? 'end' : FULLWIDTH.includes(text[at]!) ? 'fullwidth' : text.startsWith('//', at) || text.startsWith('/*', at) ? 'comment' : 'other');
    throw new Stop({ offset: at, kind: found });
  };
  const blank = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const match = (re: RegExp) => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m) i += m[0].length;
    return m !== null;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) stop();
      const c = text.charCodeAt(i);
      if (c === 0x22) return void i++;
      if (c === 0x5c) {
        if (!match(ESCAPE)) stop();
      } else if (c < 0x20) stop();
      else i++;
    }
  };
  /** After a comma: a closing bracket here is the comma's fault. */
  const afterComma = (close: string, comma: number) => {
    blank();
    if (text[i] === close) stop(comma, 'trailing-comma');
  };
  const value = (): void => {
    blank();
    const c = text[i];
    if (c === '{') {
      i++;
      blank();
      if (text[i] === '}') return void i++;
      for (;;) {
        blank();
        if (text[i] !== '"') stop();
        string();
        blank();
        if (text[i] !== ':') stop();
        i++;
        value();
        blank();
        if (text[i] === '}') return void i++;
        if (text[i] !== ',') stop();
        afterComma('}', i++);
      }
    }
    if (c === '[') {
      i++;
      blank();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        blank();
        if (text[i] === ']') return void i++;
        if (text[i] !== ',') stop();
        afterComma(']', i++);
      }
    }
    if (c === '"') return string();
    if (match(NUMBER) || match(LITERAL)) return;
    stop();
  };
  try {
    value();
    blank();
    if (i < text.length) stop();
    return null;
  } catch (e) {
    if (e instanceof Stop) return e.error;
    if (e instanceof RangeError) return null; // nesting deeper than the call stack
    throw e;
  }
}

/**
 * The 1-based line and column of an offset, as an editor counts them (a CRLF line end is one end).
 * @param text the text. @param offset an offset in it.
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
