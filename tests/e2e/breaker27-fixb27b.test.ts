import { afterAll, beforeAll, describe, it } from 'vitest';
import { type PagesSession, startPagesSession, waitForStep } from './harness';
import { expectFinding, expectNoFinding } from './overlay-driver';
import { N, webForm } from './web-form-pages';

/**
 * Breaker 27 F7, F8, F13 in Chromium (the unit cases: tests/unit/breaker27/fixb27b.test.ts): a saved
 * list drawn in <div> rows laid out by a stylesheet, a GridView whose template columns show the saved
 * values in read-only boxes and disabled lists, and a styled notice saying the system fetched the
 * applicant's social insurance — what the overlay's checks say, through the automation contract only.
 */
/** Its pages' stylesheet: <div> lists drawn as rows, the red notice. */
const page = (body: string) => webForm(body, '<style>.list .hd,.list .row{display:flex}.list span{width:120px;padding:4px;border:1px solid #ccc}.list .hd{font-weight:bold;background:#e8eef7}.tip{color:#c00;padding:6px}</style>');
const crumb = (last: string) => `<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; ${last}</div>`;
const reviewRow = (seq: number, year: number, result: number) =>
  `<tr><td><input type="text" readonly="readonly" value="${seq}" name="${N}gv$ctl0${seq + 1}$txtXH" /></td><td><input type="text" readonly="readonly" value="${year}" name="${N}gv$ctl0${seq + 1}$txtND" /></td><td><select disabled="disabled" name="${N}gv$ctl0${seq + 1}$ddlJG">${['优秀', '合格', '不称职'].map((o, i) => `<option value="${i}"${i === result ? ' selected="selected"' : ''}>${o}</option>`).join('')}</select></td></tr>`;

/** Step 10's checklist, 在岗在职证明材料 with no file, under `notice`. */
const checklist = (notice: string) =>
  page(`${crumb('证书、证明材料')}${notice}
<table border="1" rules="all"><tr><th>材料名称</th><th>是否必传</th><th>文件</th><th>操作</th></tr><tr><td>在岗在职证明材料</td><td>是</td><td></td><td><a href="#">上传</a></td></tr></table>
<input type="submit" name="${N}btnSave" value="保存并下一步" />`);

const PAGES: Record<string, string> = {
  'div-list': page(`${crumb('年度考核结果')}<div class="list"><div class="hd"><span>记录序号</span><span>考核年度</span><span>考核等次</span></div>
<div class="row"><span>1</span><span>2023</span><span>合格</span></div><div class="row"><span>2</span><span>2024</span><span>不合格</span></div></div>
<input type="submit" name="${N}btnAdd" value="添加" />`),
  'template-grid': page(`${crumb('年度考核结果')}<table border="1" rules="all"><tr><th>记录序号</th><th>考核年度</th><th>考核结果</th></tr>${reviewRow(1, 2023, 1)}${reviewRow(2, 2024, 2)}</table>
<input type="submit" name="${N}btnAdd" value="添加" />`),
  'insurance-fetched': checklist('<div class="tip">在岗在职证明材料：系统已获取您在广州市缴纳的社保信息（2020年07月至2024年10月，共52个月），无需另行上传。</div>'),
  'insurance-not-fetched': checklist('<div class="tip">系统未能获取您在广州市缴纳的社保信息，请上传在岗在职证明材料。</div>'),
};

describe('breaker 27 (fixb27b) in Chromium', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => PAGES[path]);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('F7: a 年度考核 list drawn in <div> rows (flex rows by a stylesheet): 2024 不合格 is an error', async () => {
    const { tab, frame } = await session.open('div-list');
    await waitForStep(frame, 'annual-review');
    await expectFinding(frame, 'annual-review-disqualifying', 'error');
    await tab.close();
  });

  it('F8: a GridView showing saved years in read-only boxes and disabled lists: 2024 不称职 is an error', async () => {
    const { tab, frame } = await session.open('template-grid');
    await waitForStep(frame, 'annual-review');
    await expectFinding(frame, 'annual-review-disqualifying', 'error');
    await tab.close();
  });

  it('F13: the page says the system fetched the applicant’s social insurance: no 在岗在职证明 error; it says it could not: the error', async () => {
    const before = await session.open('insurance-not-fetched');
    await waitForStep(before.frame, 'certificates');
    await expectFinding(before.frame, 'on-job-proof-missing', 'error');
    await before.tab.close();
    const { tab, frame } = await session.open('insurance-fetched');
    await waitForStep(frame, 'certificates');
    await expectNoFinding(frame, 'on-job-proof-missing');
    await tab.close();
  });
});
