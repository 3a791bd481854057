/**
 * Breaker 64a B64a-6: a list's prompt written in brackets — （请选择）, 【请选择】, [请选择] — with a
 * value of its own ("0"), as other portals write it, was read as a choice: a required 民族 left on
 * it was no required-field (the fill already read it as a prompt: lib/fill/option-hints.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The required-field findings on 基本信息 whose required 民族 list starts with `prompt` (value "0"), left on it or on 汉族. */
function requiredOn(prompt: string, chosen: '0' | '01'): (string | undefined)[] {
  document.body.innerHTML = `<div class="ptitle">基本信息</div><table>
    <tr><td class="tdTitle"><font color="red">*</font>姓名：</td><td><input id="txtXM" name="txtXM" value="李明远"></td></tr>
    <tr><td class="tdTitle"><font color="red">*</font>民族：</td><td><select id="ddlMZ" name="ddlMZ"><option value="0">${prompt}</option><option value="01">汉族</option></select></td></tr>
  </table><input type="submit" value="保存">`;
  (document.getElementById('ddlMZ') as HTMLSelectElement).value = chosen;
  const inputs = { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS };
  return evaluatePage(collectSnapshot(document, window), inputs).findings.filter((f) => f.checkId === 'required-field').map((f) => f.field);
}

describe('B64a-6 a prompt option in brackets', () => {
  it.each([['（请选择）'], ['(请选择)'], ['【请选择】'], ['[请选择]'], ['〔请选择〕']])('%s left chosen under a star is required-field; 汉族 chosen is not', (prompt) => {
    expect(requiredOn(prompt, '0')).toEqual(['民族']);
    expect(requiredOn(prompt, '01')).toEqual([]);
  });
});
