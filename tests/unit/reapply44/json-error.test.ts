// Reapply 44: last year's profile file edited by hand in Notepad. A Chinese quotation mark or
// comma typed by the input method, or a note left as a comment, made the file refused with
// 不是有效的 JSON 文件：内容不是 JSON 格式 — untrue (the file is JSON but for one character) and
// with no place to look, since V8 names no position for an unexpected character; a comma after
// the last item was placed at the next line's bracket. Now the message names the line, the
// column and the slip (lib/profile/json-error.ts).
import { describe, expect, it } from 'vitest';
import { findJsonError, lineColumn } from '../../../lib/profile/json-error';
import { parseProfileFile } from '../../../lib/profile/format-v1';
import { sampleDoc } from '../profile/fixtures';

/** The sample as Notepad saves it: pretty-printed, CRLF line ends. */
const NOTEPAD = JSON.stringify(sampleDoc(), null, 2).replace(/\n/g, '\r\n');

/** The one message a refused text gets. */
function refusal(text: string): string {
  const parsed = parseProfileFile(text);
  if (parsed.ok) throw new Error('imported');
  expect(parsed.errors).toHaveLength(1);
  return parsed.errors[0]!.message;
}

/** The 1-based line and column of the first occurrence of `needle` in the Notepad text, plus `shift`. */
function placeOf(text: string, needle: string, shift = 0): string {
  const { line, column } = lineColumn(text, text.indexOf(needle) + shift);
  return `第 ${line} 行第 ${column} 列`;
}

describe('a hand-edited profile file that is not JSON says where and what', () => {
  it('a Chinese quotation mark or comma typed in a value', () => {
    const quoted = NOTEPAD.replace('"result": "优秀"', '"result": “优秀”');
    expect(refusal(quoted)).toContain(`${placeOf(quoted, '“优秀”')}是中文标点 “，这里应为英文半角标点`);
    const comma = NOTEPAD.replace('"year": 2019,', '"year": 2019，');
    expect(refusal(comma)).toContain(`${placeOf(comma, '2019，', 4)}是中文标点 ，`);
  });

  it('a comment left in the file', () => {
    const commented = NOTEPAD.replace('"annualReviews": [', '"annualReviews": [ // 去年的');
    expect(refusal(commented)).toContain(`${placeOf(commented, '//')}有注释（// 或 /*），JSON 文件里不能有注释`);
  });

  it('a comma after the last item of a list or of the file, placed at the comma', () => {
    const lastReview = NOTEPAD.replace(/("result": "优秀"\r\n {6}})/, '$1,');
    expect(lastReview).not.toBe(NOTEPAD);
    expect(refusal(lastReview)).toContain(`${placeOf(lastReview, '"优秀"\r\n      },', 13)}多了一个逗号`);
    const lastKey = `${NOTEPAD.replace(/\r\n}$/, '')},\r\n}`;
    expect(refusal(lastKey)).toContain(`${placeOf(lastKey, '},\r\n}', 1)}多了一个逗号（最后一项后面不能有逗号）`);
    // What the engine said right stays: a file cut short, a file that is no JSON at all.
    expect(refusal(NOTEPAD.slice(0, 500))).toContain('内容在结尾处中断');
    expect(refusal('张小明 2020 初级')).toContain('内容不是 JSON 格式');
  });

  it('finds nothing in valid JSON, and never stops where JSON.parse does not', () => {
    for (const text of [NOTEPAD, '{"a":[1,-2.5e3,true,false,null,"\\u00e9\\n"],"b":{}}', ' [ ] ']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonError(text)).toBeNull();
    }
    for (const text of ['{"a":01}', '{"a":"\t"}', '[1 2]', '{"a" 1}', '"\\x"', '{"a":1}}']) {
      expect(() => JSON.parse(text)).toThrow();
      expect(findJsonError(text)?.kind).toBe('other');
    }
  });
});
