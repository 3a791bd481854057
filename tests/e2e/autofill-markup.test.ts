import { describe, expect, it } from 'vitest';
import { inOverlay, sampleProfileFileWith, waitForStep } from './harness';
import { N, row, webForm } from './web-form-pages';
import { applyAutofill, expectFinding, findings, reportRows, startAutofill } from './overlay-driver';
import { LAYUI_STUB } from './layui-stub';
import { activeProfile, mergePages, pagesSession, type PageTable } from './pages-suite';

/**
 * Autofill on hand-made pages the practice portal does not have, in Chromium, one browser for the
 * whole file (breakers 27 F16, 31f, 31g, 32r and page-empties-typed-box, once five files each
 * starting its own): a period in a picture-labelled cell, a layui-drawn form, a box the page
 * empties after the user typed in it, a profile written on Windows, the walkthrough's record
 * conventions. The blocks with the sample applicant come first; the later ones each make
 * their own applicant the active profile (activeProfile). Each case opens its page in a new tab.
 */

/**
 * Breaker 27 F16 in Chromium: an achievements form labelled by pictures, its period in one cell as
 * [txtKSSJ] - [txtJSSJ], filled through the automation contract (autofill preview, apply): both
 * dates are written, the end into the box after the dash. The unit tests of the same page and of
 * F10, F11, F12, F15: tests/unit/breaker27/fixb27c.test.ts. The checks read that box as the end date
 * too (left 29 item 4: tests/unit/fields/end-beside-start.test.ts).
 */
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

const PERIOD_PAGES: PageTable = { period: PAGE, 'held-job': HELD_JOB_PAGE };

/**
 * Breaker 31g, in Chromium: autofill on a form drawn by layui (tests/e2e/layui-stub.ts stands in
 * for it): 最高学历's callback fills 最高学位's list and draws it anew (a cascade built by form.on +
 * form.render).
 */

const LAYUI_CALLBACKS = `<script>
form.on('select(xl)', function (data) {
  var xw = document.getElementById('selXW'); xw.length = 1;
  var by = { '大学本科': ['学士'], '硕士研究生': ['硕士'], '大学专科': ['无'] }[data.value] || [];
  by.forEach(function (d) { xw.add(new Option(d, d)); });
  document.getElementById('log').textContent += 'xl:' + data.value + ';';
  form.render();
});
form.on('select(zzmm)', function (data) { document.getElementById('log').textContent += 'zzmm:' + data.value + ';'; });
form.on('radio(xb)', function (data) { document.getElementById('log').textContent += 'xb:' + data.value + ';'; });
form.render();
</script>`;

const LAYUI_PAGES: PageTable = {
  layui: webForm(`<div class="ptitle">基本信息</div><div class="layui-form"><table>
${row('姓名', `<input name="${N}txtXM" type="text" id="txtXM" class="layui-input" />`)}
${row('性别', `<input type="radio" name="${N}rblXB" value="男" title="男" lay-filter="xb" id="rbM" /><input type="radio" name="${N}rblXB" value="女" title="女" lay-filter="xb" id="rbF" />`)}
${row('政治面貌', `<select name="${N}ddlZZMM" id="ddlZZMM" lay-filter="zzmm"><option value="">请选择</option><option value="中共党员">中共党员</option><option value="共青团员">共青团员</option><option value="群众">群众</option></select>`)}
${row('最高学历', `<select name="${N}ddlXL" id="ddlXL" lay-filter="xl"><option value="">请选择</option><option value="大学专科">大学专科</option><option value="大学本科">大学本科</option><option value="硕士研究生">硕士研究生</option></select>`)}
${row('最高学位', `<select name="${N}ddlXW" id="selXW" lay-filter="xw"><option value="">请选择</option></select>`)}
</table></div><div id="log"></div><input type="submit" value="保存并下一步" />`, LAYUI_STUB) .replace('</form>', `</form>${LAYUI_CALLBACKS}`),
};

/** The text the drawn title box after a layui select shows (what the applicant sees in place of the list). */
const titleOf = (id: string) => `#${id} + .layui-form-select .layui-input`;

/**
 * Breaker 31f, in Chromium: autofill's faithfulness on pages the practice portal does not have.
 * The sample applicant, his 通讯地址 typed on two lines with a blank after it, his 工作小结 in
 * lines ending \r\n (a profile file written on Windows).
 */


const ADDRESS = '广州市海珠区新港西路135号\r\n中山大学 ';
const SUMMARY = '本人2020年7月毕业于华南理工大学。\r\n四年来主要承担环境监测工作。\r\n';

const LINES_PAGES: PageTable = {
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

/**
 * Breaker 32r, in Chromium: the walkthrough's record conventions on pages the practice portal
 * does not have. The sample applicant, his 奖惩情况 typed 暂无 (none, in other words than 无。).
 */



const results = (id: string) => `<select name="${N}${id}" id="${id}"><option value="">请选择</option><option value="1">优秀</option><option value="2">称职</option><option value="3">基本称职</option><option value="4">不称职</option></select>`;

const RECORD_PAGES: PageTable = {
  awards: webForm(`<div class="ptitle">工作期间奖惩情况/个人专业技术工作小结</div><table>
${row('工作期间奖惩情况', `<textarea name="${N}txtJCQK" rows="4" cols="60" id="txtJCQK"></textarea>`)}
${row('个人专业技术工作小结', `<textarea name="${N}txtGRZJ" rows="8" cols="60" id="txtGRZJ"></textarea>`)}
</table><input type="submit" value="保存并下一步" />`),
  work: webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${row('记录序号', `<input name="${N}txtXH" type="text" id="txtXH" />`)}
${row('起始时间', `<input name="${N}txtQSSJ" type="text" id="txtQSSJ" />`)}
${row('终止时间', `<input name="${N}txtZZSJ" type="text" id="txtZZSJ" /><span style="color:red">（不填表示至今）</span>`)}
${row('工作单位', `<input name="${N}txtGZDW" type="text" id="txtGZDW" />`)}
</table><input type="submit" value="保存并新增" /><input type="submit" value="保存" />`),
  review: webForm(`<div class="ptitle">年度考核结果</div><table>
${[2021, 2022, 2023, 2024].map((y) => row(`${y}年度考核结果`, results(`ddl${y}`))).join('\n')}
</table><input type="submit" value="保存" />`),
  'layui-radio': webForm(`<div class="ptitle">基本信息</div><div class="layui-form"><table>
${row('姓名', `<input name="${N}txtXM" type="text" id="txtXM" class="layui-input" />`)}
${row('性别', `<input type="radio" name="${N}rblXB" value="男" title="男" id="rbM" /><input type="radio" name="${N}rblXB" value="女" title="女" id="rbF" />`)}
</table></div><input type="submit" value="保存并下一步" />`, LAYUI_STUB).replace('</form>', '</form><script>form.render();</script>'),
};

/** Private-use characters (icon-font glyphs). */
const GLYPH = /[\ue000-\uf8ff]/;

/**
 * The fill report after the user typed in a box and the PAGE then emptied it (its own 重填 button's
 * script): the row is 失败, the box emptied after the fill — not “填写后您自己清空了此栏”, which only a
 * box showing what his own typing left earns (lib/content/on-demand-actions.ts userLeft; breaker 26 F8).
 */
const RESET_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>职称申报</title></head><body><form><div><b>基本信息</b></div><table>
${row('姓名', '<input id="txtXM">')}${row('公民身份号码', '<input id="txtSFZH">')}${row('性别', '<select id="ddlXB"><option value="">请选择</option><option value="1">男</option><option value="2">女</option></select>')}</table>
<input type="button" id="btnReset" value="重填姓名" onclick="document.getElementById('txtXM').value=''; document.getElementById('txtXM').className='cleared'">
<input type="submit" value="保存并下一步"></form></body></html>`;

const RESET_PAGES: PageTable = { 'basic-reset': RESET_PAGE };

const session = pagesSession(mergePages(PERIOD_PAGES, LAYUI_PAGES, RESET_PAGES, LINES_PAGES, RECORD_PAGES));

describe('breaker 27 F16 in Chromium', () => {
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

describe('breaker 31g: autofill on a layui-drawn form, in Chromium', () => {
  it('B31g-E1 the stub draws as layui does: the real lists and radios hidden, the drawn boxes shown', async () => {
    const { tab, frame } = await session.open('layui');
    expect(await frame.locator('#ddlZZMM').isVisible()).toBe(false);
    expect(await frame.locator(titleOf('ddlZZMM')).isVisible()).toBe(true);
    expect(await frame.locator('#rbM').isVisible()).toBe(false);
    await tab.close();
  });

  it('B31g-E2 政治面貌, 性别 and the 学历 → 学位 cascade on layui lists: written, the drawn boxes show the values, the page\'s callbacks ran', async () => {
    const { tab, frame } = await session.open('layui');
    await waitForStep(frame, 'basic-info');
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    expect(await frame.locator('#ddlZZMM').inputValue()).toBe('中共党员');
    expect(await frame.locator(titleOf('ddlZZMM')).inputValue()).toBe('中共党员');
    expect(await frame.locator('#rbM').isChecked()).toBe(true);
    expect(await frame.locator('#rbM + .layui-form-radio').getAttribute('class')).toContain('layui-form-radioed');
    expect(await frame.locator('#ddlXL').inputValue()).toBe('大学本科');
    expect(await frame.locator(titleOf('ddlXL')).inputValue()).toBe('大学本科');
    await expect.poll(() => frame.locator('#selXW').inputValue()).toBe('学士');
    expect(await frame.locator(titleOf('selXW')).inputValue()).toBe('学士');
    const log = await frame.locator('#log').textContent();
    expect(log).toContain('zzmm:中共党员;');
    expect(log).toContain('xl:大学本科;');
    expect(log).toContain('xb:男;');
    for (const key of ['basic.politicalStatus', 'basic.gender', 'basic.highestEducation', 'basic.highestDegree']) expect(report.find((r) => r.key === key), key).toMatchObject({ result: 'filled' });
    expect(report.find((r) => r.key === 'basic.gender')!.text).toContain('男');
    await tab.close();
  });
});

describe('a box the page empties after the user typed in it (Chromium)', () => {
  it('the page’s 重填 script empties 姓名 after the user corrected one letter: not “您自己清空”', async () => {
    const { tab, frame } = await session.open('basic-reset');
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

describe('breaker 31f: autofill writes what its preview shows, in Chromium', () => {
  activeProfile(session, () =>
    sampleProfileFileWith((p) => {
      p.label = '李明远 · 换行的档案';
      p.basic.address = ADDRESS;
      p.workSummary = SUMMARY;
    }),
  );

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

describe('breaker 32r: the walkthrough’s record conventions on unseen pages, in Chromium', () => {
  activeProfile(session, () =>
    sampleProfileFileWith((p) => {
      p.label = '李明远 · 暂无奖惩';
      p.awards = '暂无';
    }),
  );

  it('B32r-E1 a 奖惩情况 of 暂无 goes into the box as 无。, and the awards-empty check is then satisfied', async () => {
    const { tab, frame } = await session.open('awards');
    await waitForStep(frame, 'awards-summary');
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    expect(await frame.locator('#txtJCQK').inputValue()).toBe('无。');
    expect(report.find((r) => r.key === 'awards')).toMatchObject({ result: 'filled' });
    await expect.poll(async () => (await findings(frame)).filter((f) => f.checkId === 'awards-empty')).toEqual([]);
    await tab.close();
  });

  it('B32r-E2 a job still held: the end date the page says to leave empty for 至今 stays empty, the rest is written', async () => {
    const { tab, frame } = await session.open('work');
    await waitForStep(frame, 'work-experience');
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    expect(await frame.locator('#txtZZSJ').inputValue()).toBe('');
    expect(await frame.locator('#txtGZDW').inputValue()).not.toBe('');
    expect(report.find((r) => r.key === 'workHistory.endDate')?.result).not.toBe('filled');
    await tab.close();
  });

  it('B32r-E3 a row per year (2021年度考核结果 [▼]): each year gets its own result in the list’s words', async () => {
    const { tab, frame } = await session.open('review');
    await waitForStep(frame, 'annual-review');
    await startAutofill(frame);
    await applyAutofill(frame);
    const chosen = async (id: string) => frame.locator(`#${id}`).evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]!.text);
    expect([await chosen('ddl2021'), await chosen('ddl2022'), await chosen('ddl2023'), await chosen('ddl2024')]).toEqual(['称职', '称职', '优秀', '称职']);
    await tab.close();
  });

  it('B32r-E4 a layui radio: the preview and the report show 男 without layui’s icon glyph', async () => {
    const { tab, frame } = await session.open('layui-radio');
    await waitForStep(frame, 'basic-info');
    await startAutofill(frame);
    const preview = await inOverlay(frame, '[data-testid="zc-autofill-preview-item"][data-key="basic.gender"]').textContent();
    expect(preview).toContain('男');
    expect(preview).not.toMatch(GLYPH);
    const report = await applyAutofill(frame);
    expect(await frame.locator('#rbM').isChecked()).toBe(true);
    const gender = report.find((r) => r.key === 'basic.gender')!;
    expect(gender).toMatchObject({ result: 'filled' });
    expect(gender.text).toContain('男');
    expect(gender.text).not.toMatch(GLYPH);
    await tab.close();
  });
});

