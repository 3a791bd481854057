/**
 * Correctly filled pages in markup a portal copy may use, cut down from a robustness probe's
 * pages (each got a false error, or missed a real one, before the rule it tests): read the way
 * the content script reads a live frame, then checked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';

function checksOn(body: string): string[] {
  document.body.innerHTML = `<form>${body}</form>`;
  const snapshot = collectSnapshot(document, window);
  const inputs = { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS };
  return evaluatePage(snapshot, inputs).findings.map((f) => `${f.checkId}:${f.severity}`);
}

const star = '<span style="color:red">*</span>';
const row = (label: string, control: string) => `<tr><td>${star}${label}：</td><td>${control}</td></tr>`;
/** 基本信息 filled correctly (GB 11643 checksum valid, born 1998-05-12, male), plus `extra` rows. */
const basicInfo = (extra: string, mobile = '13926001234') => `<div><b>基本信息</b></div><table>
  ${row('姓名', '<input id="txtXM" value="李明远">')}
  ${row('性别', '<select id="ddlXB"><option value="">--请选择--</option><option selected>男</option><option>女</option></select>')}
  ${row('公民身份号码', '<input id="txtSFZH" value="440106199805120314">')}
  ${row('手机号码', `<input id="txtSJHM" value="${mobile}">`)}
  ${extra}</table><input type="submit" value="保存并下一步">`;
const annualList = (latest: string) => `<div><b>年度考核结果</b></div><table border="1"><tr><th>记录序号</th><th>考核年度</th><th>考核结果</th><th>附件</th></tr>
  <tr><td>1</td><td>2023</td><td>合格</td><td>2023年度考核表.pdf</td></tr><tr><td>2</td><td>2024</td><td>${latest}</td><td>2024年度考核表.pdf</td></tr></table><input type="submit" value="保存并下一步">`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('no false errors on correct pages', () => {
  it('出生年月 holding the year and month of the ID number', () => {
    expect(checksOn(basicInfo(row('出生年月', '<input id="txtCSNY" value="1998-05">')))).not.toContain('id-birthdate-mismatch:error');
    expect(checksOn(basicInfo(row('出生年月', '<input id="txtCSNY" value="1998年5月">')))).not.toContain('id-birthdate-mismatch:error');
    expect(checksOn(basicInfo(row('出生年月', '<input id="txtCSNY" value="1998-06">')))).toContain('id-birthdate-mismatch:error');
  });

  it('申报（评审）专业组 left empty under a star, as the guide says', () => {
    const group = row('申报（评审）专业组', '<select id="ddlZYZ"><option value="">--请选择--</option><option>生态环境组</option></select>');
    expect(checksOn(basicInfo(group))).not.toContain('required-field:error');
  });

  it('手机号码 written with +86: a warning offering the 11 digits, not an error', () => {
    expect(checksOn(basicInfo('', '+86 13926001234'))).toEqual(expect.arrayContaining(['mobile-format:warning']));
    expect(checksOn(basicInfo('', '+86 13926001234'))).not.toContain('mobile-format:error');
  });

  it('终止时间 left empty with 至今 ticked', () => {
    const form = (ticked: string) => `<div><b>主要专业技术工作经历</b></div><table>
      ${row('记录序号', '<input id="txtJLXH" value="1">')}${row('起始时间', '<input id="txtQSSJ" value="2020-07">')}
      ${row('终止时间', `<input id="txtZZSJ"> <input type="checkbox" id="chkZJ"${ticked}><label for="chkZJ">至今</label>`)}
      ${row('工作单位', '<input id="txtGZDW" value="广州绿源环境监测技术有限公司">')}</table><input type="submit" value="保存">`;
    expect(checksOn(form(' checked'))).not.toContain('required-field:error');
    expect(checksOn(form(''))).toContain('required-field:error');
  });

  it('同意 chosen in a 同意 / 不同意 radio list before 送审', () => {
    const consent = (agreed: boolean) => `<div><b>完成并送审</b></div><div>本人承诺所填报信息真实准确。</div>
      <input type="radio" name="ty" id="ty1"${agreed ? ' checked' : ''}><label for="ty1">同意</label><input type="radio" name="ty" id="ty0"${agreed ? '' : ' checked'}><label for="ty0">不同意</label><br><input type="submit" value="送审">`;
    expect(checksOn(consent(true))).not.toContain('submit-consent:error');
    expect(checksOn(consent(false))).toContain('submit-consent:error');
  });

  it('在职在岗证明材料 (words the other way round) in the list of materials', () => {
    expect(checksOn(`<div><b>证书、证明材料</b></div><table border="1"><tr><th>附件名称</th><th>记录序号</th><th>文件名</th><th>操作</th></tr>
      <tr><td>在职在岗证明材料</td><td>1</td><td>社保缴费明细.pdf</td><td><a href="#">查看</a></td></tr></table><input type="submit" value="附件上传">`)).not.toContain('on-job-proof-missing:error');
  });

  it('an attachment shown as a paper-clip icon link with no text', () => {
    const list = (attachment: string) => `<div><b>学位（学历）教育情况</b></div><table border="1"><tr><th>记录序号</th><th>毕业院校</th><th>学历</th><th>附件</th><th>操作</th></tr>
      <tr><td>1</td><td>华南理工大学</td><td>大学本科</td><td>${attachment}</td><td><a href="#">修改</a></td></tr></table><input type="submit" value="保存并下一步">`;
    expect(checksOn(list('<a href="Download.aspx?id=1"><img src="clip.gif" style="border-width:0px;"></a>'))).not.toContain('attachment-missing:error');
    expect(checksOn(list(''))).toContain('attachment-missing:error');
  });
});

describe('no missed errors', () => {
  it('the latest annual review 不合格 or 基本合格 (the 合格 scale)', () => {
    expect(checksOn(annualList('不合格'))).toContain('annual-review-disqualifying:error');
    expect(checksOn(annualList('基本合格'))).toContain('annual-review-disqualifying:error');
    expect(checksOn(annualList('合格'))).not.toContain('annual-review-disqualifying:error');
  });
});
