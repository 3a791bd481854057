import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, startPagesSession, waitForStep } from './harness';
import { applyAutofill, startAutofill } from './overlay-driver';

/**
 * Breaker 27 F16 in Chromium: an achievements form labelled by pictures, its period in one cell as
 * [txtKSSJ] - [txtJSSJ], filled through the automation contract (autofill preview, apply): both
 * dates are written, the end into the box after the dash. The unit tests of the same page and of
 * F10, F11, F12, F15: tests/unit/breaker27/fixb27c.test.ts.
 */
const N = 'ctl00$ContentPlaceHolder1$';
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head><body>
<form name="aspnetForm" method="post" action="/posted" id="aspnetForm">
<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; 从事专业技术工作及取得的业绩成果情况</div>
<table><tr><td><img src="images/l1.gif" width="80" height="20" /></td><td><input type="text" name="${N}txtXMMC" id="txtXMMC" /></td></tr>
<tr><td><img src="images/l2.gif" width="80" height="20" /></td><td><input type="text" name="${N}txtKSSJ" id="txtKSSJ" /> - <input type="text" name="${N}txtJSSJ" id="txtJSSJ" /></td></tr>
<tr><td><img src="images/l4.gif" width="80" height="20" /></td><td><textarea name="${N}txtQDCG" id="txtQDCG"></textarea></td></tr></table>
<input type="submit" name="${N}btnSave" value="保存" /></form></body></html>`;

describe('breaker 27 F16 in Chromium', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => (path === 'period' ? PAGE : undefined));
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
});
