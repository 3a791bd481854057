/**
 * Can a page's declared charset carry a text? A form on a GBK page submits characters outside
 * GBK as `&#NNNNN;` references, which the server stores as garbage (spec/portal.md: "The page
 * may be GBK-encoded: characters outside GBK break").
 *
 * Method: the set of GBK characters is built lazily, once, by decoding every two-byte GBK
 * sequence (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F) with the platform's WHATWG `gbk`
 * TextDecoder; ASCII is always encodable. For `gb2312` pages the stricter GB2312 area (lead and
 * trail 0xA1–0xFE) is used, because the server may decode with GB2312 even though browsers
 * encode with GBK. GB18030 encodes all of Unicode. Other charsets are not checked (UTF-* is
 * complete; Big5 and others are not expected on this portal).
 */

let gbkSet: Set<number> | null = null;
let gb2312Set: Set<number> | null = null;

function buildSet(leadMin: number, trailMin: number, skip7f: boolean): Set<number> {
  const decoder = new TextDecoder('gbk');
  const set = new Set<number>();
  const pair = new Uint8Array(2);
  for (let lead = leadMin; lead <= 0xfe; lead++) {
    for (let trail = trailMin; trail <= 0xfe; trail++) {
      if (skip7f && trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      const cp = ch.codePointAt(0)!;
      if (ch.length === 1 && cp !== 0xfffd) set.add(cp);
    }
  }
  return set;
}

function charsetFamily(charset: string): 'gbk' | 'gb2312' | 'complete' {
  const c = charset.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (c === 'gb2312' || c === 'euccn' || c === 'csgb2312' || c === 'isoir58' || c === 'chinese') return 'gb2312';
  if (c === 'gbk' || c === 'cp936' || c === 'windows936' || c === 'xgbk' || c === 'ms936') return 'gbk';
  return 'complete';
}

/**
 * The characters of `text` the charset cannot encode.
 * @param text any string. @param charset `document.characterSet` (e.g. "GBK", "gb2312", "UTF-8").
 * @returns the offending characters (whole code points, in order, unique); [] when all encode.
 */
export function unencodableChars(text: string, charset: string): string[] {
  const family = charsetFamily(charset);
  if (family === 'complete') return [];
  const set = family === 'gbk' ? (gbkSet ??= buildSet(0x81, 0x40, true)) : (gb2312Set ??= buildSet(0xa1, 0xa1, false));
  const bad: string[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80 || set.has(cp)) continue;
    if (!bad.includes(ch)) bad.push(ch);
  }
  return bad;
}

/**
 * Whether the charset can encode the whole text.
 * @param text any string. @param charset as for `unencodableChars`.
 */
export function canEncode(text: string, charset: string): boolean {
  return unencodableChars(text, charset).length === 0;
}
