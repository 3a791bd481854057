/**
 * 未缴纳社保原因 marked * is asked for only when 是否缴纳社保 is 否 (seed: 填“否”时需填写原因): with 是
 * chosen (autofill's answer for a job with social insurance) an empty reason is no error and
 * holds no 保存 (probe 17 item 2). With 否 it is social-insurance-reason's error; unanswered, the
 * question itself is what required-field names.
 */
import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';

const inputs = { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS };

function findingsWith(paidCell: string, chosen = ''): string[] {
  document.body.innerHTML = `<div class="ptitle">主要专业技术工作经历</div><table>
    <tr><td>*记录序号：</td><td><input id="xh" value="1"></td></tr>
    <tr><td>*工作单位：</td><td><input id="dw" value="广州绿源环境监测技术有限公司"></td></tr>
    ${paidCell}
    <tr><td>*未缴纳社保原因：</td><td><input id="yy"></td></tr></table><input type="submit" id="btnSave" value="保存">`;
  // Chosen by script: happy-dom's parser leaves the first option selected whatever says `selected`.
  const list = document.getElementById('sb');
  if (list instanceof HTMLSelectElement) list.selectedIndex = ['', '是', '否'].indexOf(chosen);
  const snapshot = collectSnapshot(document);
  return evaluatePage(snapshot, inputs).findings.map((f) => `${f.checkId}:${f.field ?? ''}`);
}
const select = '<tr><td>*是否缴纳社保：</td><td><select id="sb"><option value="">--请选择--</option><option>是</option><option>否</option></select></td></tr>';

describe('未缴纳社保原因 required only when 是否缴纳社保 is 否', () => {
  it('是 chosen: the empty reason is no finding', () => {
    expect(findingsWith(select, '是')).toEqual([]);
  });
  it('是 ticked in a radio pair: no finding either', () => {
    const radios = `<tr><td>*是否缴纳社保：</td><td><input type="radio" name="sb" id="sb1" checked><label for="sb1">是</label><input type="radio" name="sb" id="sb2"><label for="sb2">否</label></td></tr>`;
    expect(findingsWith(radios)).toEqual([]);
  });
  it('否 chosen: the empty reason is reported, once', () => {
    const found = findingsWith(select, '否');
    expect(found.filter((f) => f.startsWith('required-field'))).toEqual([]);
    expect(found.filter((f) => f.startsWith('social-insurance-reason'))).toHaveLength(1);
  });
  // Answered first and said in brackets (breaker 37): 否（未缴纳） is 否; 是（已缴纳） is 是.
  const bracketed = '<tr><td>*是否缴纳社保：</td><td><select id="sb"><option value="">--请选择--</option><option value="Y">是（已缴纳）</option><option value="N">否（未缴纳）</option></select></td></tr>';
  it('否（未缴纳） chosen: the empty reason is reported, once', () => {
    expect(findingsWith(bracketed, '否')).toEqual(['social-insurance-reason:workHistory.noSocialInsuranceReason']);
  });
  it('是（已缴纳） chosen: no finding', () => {
    expect(findingsWith(bracketed, '是')).toEqual([]);
  });
  it('not answered: the question is required, not yet the reason', () => {
    expect(findingsWith(select, '')).toEqual(['required-field:是否缴纳社保']);
  });
  it('no 是否缴纳社保 on the page: the star still counts', () => {
    expect(findingsWith('')).toEqual(['required-field:未缴纳社保原因']);
  });
});
