/**
 * Removing personal data from texts that go into a page-structure file (issue 8: "every value
 * and every personal-looking text removed"). Two layers, because neither alone is enough:
 * 1. the values the page's own boxes hold right now (the user's data, whatever its shape) are
 *    cut out of every text, in all frames;
 * 2. shapes that are personal wherever they appear: ID numbers (GB 11643), 统一社会信用代码
 *    (GB 32100), mobile and landline numbers, e-mail addresses, dates, any run of six or more
 *    digits (postcodes, certificate and account numbers), and a name after a greeting or a
 *    "用户：" prefix.
 * A Chinese name standing alone in page text cannot be told from other words; layer 1 catches
 * it when the page shows it in a box too. This is stated in the options page's explanation.
 */

/** What replaces a removed piece of text. */
export const REMOVED = '〔已移除〕';

/** Values shorter than this are not cut out of texts (single characters like 男 are vocabulary). */
const MIN_KNOWN_VALUE = 2;

const PERSONAL_SHAPES: RegExp[] = [
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g,
  /[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}/g,
  /\d{17}[\dXx]|\d{15}/g,
  /(\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}/g,
  /(\(0\d{2,3}\)|0\d{2,3}[- ]?)\d{7,8}/g,
  /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?/g,
  /\d{4}\s*[-/.年]\s*\d{1,2}\s*月?/g,
  /\d{6,}/g,
];
/** "欢迎您，李明远" / "当前用户：李明远": the name after the separator. */
const NAME_AFTER_GREETING = /(欢迎您?|您好|当前用户|登录用户|用户|登录人|申报人|姓名)([:：，,]\s*)([\u4e00-\u9fa5·]{2,5})/g;

/**
 * A redactor bound to the page's current values.
 * @param knownValues values of the page's text boxes, text areas and hidden fields (any
 *   order); trimmed; values shorter than 2 characters are ignored.
 * @returns `redact(text)`: the text with every known value and personal shape replaced by
 *   REMOVED. Pure; never throws.
 */
export function createRedactor(knownValues: Iterable<string>): (text: string) => string {
  const values = [...new Set([...knownValues].map((v) => v.trim()).filter((v) => v.length >= MIN_KNOWN_VALUE))].sort(
    (a, b) => b.length - a.length,
  );
  return (text: string) => {
    let out = text;
    for (const v of values) if (out.includes(v)) out = out.split(v).join(REMOVED);
    for (const re of PERSONAL_SHAPES) out = out.replace(re, REMOVED);
    return out.replace(NAME_AFTER_GREETING, (_m, lead: string, sep: string) => `${lead}${sep}${REMOVED}`);
  };
}

/**
 * A URL reduced to what locates the page: scheme, host, port and path (path segments passed
 * through `redact`); the query keeps its parameter names only; the fragment is dropped.
 * @param url absolute or relative URL; `base` resolves relative ones.
 * @returns e.g. `http://host/vsgzhr/Common/SelectDM.aspx?lx=…&t=…`, or "" when unparsable.
 */
export function redactUrl(url: string, redact: (text: string) => string, base?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return '';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return parsed.protocol;
  const path = parsed.pathname
    .split('/')
    .map((segment) => redact(decodeSafe(segment)))
    .join('/');
  const names = [...new Set([...parsed.searchParams.keys()])];
  const query = names.length ? `?${names.map((n) => `${redact(n)}=…`).join('&')}` : '';
  return `${parsed.protocol}//${parsed.host}${path}${query}`;
}

function decodeSafe(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
