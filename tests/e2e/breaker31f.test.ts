import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, sampleProfileFileWith, startPagesSession, waitForStep } from './harness';
import { N, row, webForm } from './web-form-pages';
import { applyAutofill, reportRows, startAutofill } from './overlay-driver';

/**
 * Breaker 31f, in Chromium: autofill's faithfulness on pages the practice portal does not have.
 * The sample applicant, his 通讯地址 typed on two lines with a blank after it, his 工作小结 in
 * lines ending \r\n (a profile file written on Windows).
 */


const ADDRESS = '广州市海珠区新港西路135号\r\n中山大学 ';
const SUMMARY = '本人2020年7月毕业于华南理工大学。\r\n四年来主要承担环境监测工作。\r\n';

const PAGES: Record<string, string> = {
  // 基本信息 whose 通讯地址 box trims its value on blur, as many pages' scripts do.
  basic: webForm(`<div class="ptitle">基本信息</div><table>
${row('姓名', `<input name="${N}txtXM" type="text" id="txtXM" />`)}
${row('通讯地址', `<input name="${N}txtTXDZ" type="text" id="txtTXDZ" maxlength="100" onblur="this.value=this.value.replace(/^\\s+|\\s+$/g,'')" />`)}
</table><input type="submit" value="保存并下一步" />`),
  // 基本信息 whose server check answers 400 ms after 姓名 changes: it puts the name it has on record
  // in the box and says so beside it, as an AJAX validator does.
  checked: webForm(`<div class="ptitle">基本信息</div><table>
${row('姓名', `<input name="${N}txtXM" type="text" id="txtXM" onchange="var box = this; setTimeout(function () { box.value = '李明'; document.getElementById('msg').textContent = '姓名已按登记信息更正'; }, 400)" /><span id="msg"></span>`)}
${row('手机号码', `<input name="${N}txtSJ" type="text" id="txtSJ" />`)}
</table><input type="submit" value="保存并下一步" />`),
  // The same check answering silently: the name written back by script, nothing else on the page changes.
  silent: webForm(`<div class="ptitle">基本信息</div><table>
${row('姓名', `<input name="${N}txtXM" type="text" id="txtXM" onchange="var box = this; setTimeout(function () { box.value = '李明'; }, 400)" />`)}
${row('手机号码', `<input name="${N}txtSJ" type="text" id="txtSJ" />`)}
</table><input type="submit" value="保存并下一步" />`),
  // 基本信息 whose 办公电话 and 邮政编码 are boxes of type="number".
  numbers: webForm(`<div class="ptitle">基本信息</div><table>
${row('办公电话', `<input name="${N}txtBGDH" type="number" id="txtBGDH" />`)}
${row('邮政编码', `<input name="${N}txtYB" type="number" id="txtYB" />`)}
</table><input type="submit" value="保存并下一步" />`),
  summary: webForm(`<div class="ptitle">奖惩情况及个人专业技术工作小结</div><table>
${row('个人专业技术工作小结', `<textarea name="${N}txtGRZJ" rows="8" cols="60" id="txtGRZJ"></textarea>`)}
</table><input type="submit" value="保存并下一步" />`),
};

describe('breaker 31f: autofill writes what its preview shows, in Chromium', () => {
  let session: PagesSession;
  beforeAll(async () => {
    const profileFile = sampleProfileFileWith((p) => {
      p.label = '李明远 · 换行的档案';
      p.basic.address = ADDRESS;
      p.workSummary = SUMMARY;
    });
    session = await startPagesSession((path) => PAGES[path.split('?')[0]!], { profileFile });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('B31f-E1 an address on two lines into a one-line box: the preview shows it joined, the box holds exactly that, the row is 已填写', async () => {
    const { tab, frame } = await session.open('basic');
    await waitForStep(frame, 'basic-info');
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    const shown = await frame.locator('#txtTXDZ').inputValue();
    expect(shown).toBe('广州市海珠区新港西路135号中山大学');
    expect(report.find((r) => r.key === 'basic.address')).toMatchObject({ result: 'filled' });
    expect(report.find((r) => r.key === 'basic.address')!.text).toContain(shown);
    await tab.close();
  });

  it('B31f-E2 a 工作小结 in \\r\\n lines into a text area: the row is 已填写 and the text area holds its lines', async () => {
    const { tab, frame } = await session.open('summary');
    await waitForStep(frame, 'awards-summary');
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    expect(await frame.locator('#txtGRZJ').inputValue()).toBe('本人2020年7月毕业于华南理工大学。\n四年来主要承担环境监测工作。');
    expect(report.find((r) => r.key === 'workSummary')).toMatchObject({ result: 'filled' });
    await tab.close();
  });

  it.each([
    ['B31f-E3 the page changes 姓名 400 ms after the fill (its check answering): the report, watched after the fill, says 失败 with what the page shows', 'checked'],
    ['B31f-E5 the check writes 姓名 back by script alone (no event, no redraw): the report still turns 失败 with what the page shows', 'silent'],
  ] as const)('%s', async (_title, page) => {
    const { tab, frame } = await session.open(page);
    await waitForStep(frame, 'basic-info');
    await startAutofill(frame);
    await applyAutofill(frame);
    await expect.poll(() => frame.locator('#txtXM').inputValue()).toBe('李明');
    await expect.poll(async () => (await reportRows(frame)).find((r) => r.key === 'basic.name')?.result, { timeout: 3_000 }).toBe('failed');
    const rows = await reportRows(frame);
    expect(rows.find((r) => r.key === 'basic.name')!.text).toContain('填写后被页面改为“李明”');
    expect(rows.find((r) => r.key === 'basic.mobile')).toMatchObject({ result: 'filled' });
    await tab.close();
  });

  it('B31f-E4 办公电话 020-38765432 and a box of type="number": left to the user (the browser would empty it), 邮政编码 written', async () => {
    const { tab, frame } = await session.open('numbers');
    await waitForStep(frame, 'basic-info');
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'basic.phone')).toMatchObject({ result: 'needs-user' });
    expect(report.find((r) => r.key === 'basic.postcode')).toMatchObject({ result: 'filled' });
    expect(await frame.locator('#txtYB').inputValue()).toBe('510665');
    await tab.close();
  });
});
