import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, startPagesSession, waitForStep } from './harness';
import { applyAutofill, expectFinding, findings, startAutofill } from './overlay-driver';

/**
 * Breaker 27 F16 in Chromium: an achievements form labelled by pictures, its period in one cell as
 * [txtKSSJ] - [txtJSSJ], filled through the automation contract (autofill preview, apply): both
 * dates are written, the end into the box after the dash. The unit tests of the same page and of
 * F10, F11, F12, F15: tests/unit/breaker27/fixb27c.test.ts. The checks read that box as the end date
 * too (left 29 item 4: tests/unit/fields/end-beside-start.test.ts).
 */
const N = 'ctl00$ContentPlaceHolder1$';
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>
<form name="aspnetForm" method="post" action="/posted" id="aspnetForm">
<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; 从事专业技术工作及取得的业绩成果情况</div>
<table><tr><td><img src="images/l1.gif" width="80" height="20" /></td><td><input type="text" name="${N}txtXMMC" id="txtXMMC" /></td></tr>
<tr><td><img src="images/l2.gif" width="80" height="20" /></td><td><input type="text" name="${N}txtKSSJ" id="txtKSSJ" /> - <input type="text" name="${N}txtJSSJ" id="txtJSSJ" /></td></tr>
<tr><td><img src="images/l4.gif" width="80" height="20" /></td><td><textarea name="${N}txtQDCG" id="txtQDCG"></textarea></td></tr></table>
<input type="submit" name="${N}btnSave" value="保存" /></form></body></html>`;

/**
 * A 主要专业技术工作经历 form begun by the applicant: 工作单位 and the start date written, the end
 * box after the dash required (`required`) and empty, □至今 ticked: a job still held. Its 记录序号
 * 一 (no integer) is a record-sequence error: the checks have read the page.
 */
const HELD_JOB_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>
<form name="aspnetForm" method="post" action="/posted" id="aspnetForm">
<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; 主要专业技术工作经历</div>
<table><tr><td>记录序号：</td><td><input type="text" name="${N}txtJLXH" id="txtJLXH" value="一" /></td></tr>
<tr><td>工作单位：</td><td><input type="text" name="${N}txtGZDW" id="txtGZDW" value="广州绿源环境监测技术有限公司" /></td></tr>
<tr><td><img src="images/l2.gif" width="80" height="20" /></td><td><input type="text" name="${N}txtKSSJ" id="txtKSSJ" value="2020-07" /> - <input type="text" name="${N}txtJSSJ" id="txtJSSJ" required /></td></tr>
<tr><td></td><td><input type="checkbox" name="${N}cbZJ" id="cbZJ" checked /><label for="cbZJ">至今</label></td></tr></table>
<input type="submit" name="${N}btnSave" value="保存" /></form></body></html>`;

describe('breaker 27 F16 in Chromium', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => (path === 'period' ? PAGE : path === 'held-job' ? HELD_JOB_PAGE : undefined));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('B27-11 a period asked as txtKSSJ - txtJSSJ in a picture-labelled cell: both dates are written', async () => {
    const { tab, frame } = await session.open('period');
    await waitForStep(frame, 'achievements');
    const preview = await startAutofill(frame);
    expect(preview.map((r) => r.key)).toEqual(expect.arrayContaining(['achievements.startDate', 'achievements.endDate']));
    await applyAutofill(frame);
    expect(await tab.inputValue('#txtKSSJ')).toBe('2021-03-01');
    expect(await tab.inputValue('#txtJSSJ')).toBe('2022-12-31');
  });

  it('left 29 item 4: the required end box after the dash, empty while □至今 is ticked, is the end date to the checks too: no required-field finding', async () => {
    const { tab, frame } = await session.open('held-job');
    await waitForStep(frame, 'work-experience');
    await expectFinding(frame, 'record-sequence', 'error');
    expect((await findings(frame)).filter((f) => f.checkId === 'required-field')).toEqual([]);
    await tab.close();
  });
});
