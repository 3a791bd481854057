import { parse, type ParseError } from 'jsonc-parser';

/**
 * Where a JSON text first breaks the grammar (RFC 8259), and how, for a text JSON.parse refused:
 * its message names no place in Chromium for an unexpected character (`Unexpected token '“',
 * …is not valid JSON`), so the options page said 内容不是 JSON 格式 of a profile file with one
 * Chinese quotation mark or comment typed in by hand in Notepad (reapply 44). The text is read
 * by jsonc-parser (Microsoft's, VS Code's JSON reader), strictly: no comments, no trailing comma.
 * The kinds are the slips hand editing makes.
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

/** jsonc-parser's ParseErrorCode values read here (its enum is `const` in its types). */
const INVALID_COMMENT_TOKEN = 10;
/** UnexpectedEndOfComment, UnexpectedEndOfString, UnexpectedEndOfNumber: reported at the token's start. */
const UNEXPECTED_END = [11, 12, 13];

/**
 * Finds the first syntax error of a JSON text.
 * @param text the text (a byte-order mark already removed)
 * @returns the error's offset and kind, or null when jsonc-parser finds the text valid (or it is
 *   nested too deep to read): the caller keeps the engine's own message then
 */
export function findJsonError(text: string): JsonSyntaxError | null {
  const errors: ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    if (error instanceof RangeError) return null; // nesting deeper than the call stack
    throw error;
  }
  const first = errors[0];
  if (!first) return null;
  const at = first.offset;
  if (at >= text.length || UNEXPECTED_END.includes(first.error)) return { offset: text.length, kind: 'end' };
  if (first.error === INVALID_COMMENT_TOKEN) return { offset: at, kind: 'comment' };
  // A closing bracket where a name or value was due, right after a comma: the comma's fault.
  const before = text.slice(0, at).trimEnd();
  if ('}]'.includes(text[at]!) && before.endsWith(',')) return { offset: before.length - 1, kind: 'trailing-comma' };
  return { offset: at, kind: FULLWIDTH.includes(text[at]!) ? 'fullwidth' : 'other' };
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
