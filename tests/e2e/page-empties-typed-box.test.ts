import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, startPagesSession, waitForStep } from './harness';
import { applyAutofill, reportRows, startAutofill } from './overlay-driver';

/**
 * The fill report after the user typed in a box and the PAGE then emptied it (its own 重填 button's
 * script): the row is 失败, the box emptied after the fill — not “填写后您自己清空了此栏”, which only a
 * box showing what his own typing left earns (lib/content/on-demand-actions.ts userLeft; breaker 26 F8).
 */
const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>职称申报</title></head><body><form><div><b>基本信息</b></div><table>
${row('姓名', '<input id="txtXM">')}${row('公民身份号码', '<input id="txtSFZH">')}${row('性别', '<select id="ddlXB"><option value="">请选择</option><option value="1">男</option><option value="2">女</option></select>')}</table>
<input type="button" id="btnReset" value="重填姓名" onclick="document.getElementById('txtXM').value=''; document.getElementById('txtXM').className='cleared'">
<input type="submit" value="保存并下一步"></form></body></html>`;

describe('a box the page empties after the user typed in it (Chromium)', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => (path === 'basic' ? PAGE : undefined));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the page’s 重填 script empties 姓名 after the user corrected one letter: not “您自己清空”', async () => {
    const { tab, frame } = await session.open('basic');
    await waitForStep(frame, 'basic-info');
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'basic.name')?.result).toBe('filled');
    const name = await frame.inputValue('#txtXM');
    // The user retypes the last character (trusted input), leaving the value as it was.
    await frame.click('#txtXM');
    await tab.keyboard.press('End');
    await tab.keyboard.press('Backspace');
    await tab.keyboard.type(name.slice(-1));
    expect(await frame.inputValue('#txtXM')).toBe(name);
    // Then the page empties it itself.
    await frame.click('#btnReset');
    await tab.waitForTimeout(2_000);
    await expect.poll(async () => (await reportRows(frame)).find((r) => r.key === 'basic.name')?.result, { timeout: 5_000 }).toBe('failed');
    await tab.close();
  });
});
