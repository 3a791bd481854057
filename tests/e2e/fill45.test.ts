import { describe, expect, it } from 'vitest';
import { inOverlay } from './harness';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates, expectNoFinding } from './overlay-driver';
import { N, webForm } from './web-form-pages';

/**
 * Fill 45, in Chromium: autofill on date and identity markup the practice portal does not have —
 * a date typed in three boxes with a dash or a slash between them, a date the page writes with
 * its weekday (My97's 'yyyy年MM月dd日 DD') or with a time ('yyyy-MM-dd HH:mm', a My97 dateFmt's
 * HH:mm:ss, a laydate datetime picker), a My97 box keeping the real date in its `vel` field, a two-digit year,
 * 证件类型 shown as a read-only box or a disabled list, code-table words shown read-only in the
 * portal's own wording. Driven through the automation contract only (sample profile:
 * born 1998-05-12, a Tuesday; 参加工作时间 2020-07-01, a Wednesday; 公民身份号码
 * 440106199805120314; 汉族, 中共党员, 大学本科). Pages hand-made, served on loopback.
 */

const th = (label: string, control: string) => `<tr><th>${label}</th><td>${control}</td></tr>`;
const box = (id: string, extra = '') => `<input type="text" name="${N}${id}" id="${id}"${extra} />`;
/** A year box, then month and day boxes with `sep` written between them. */
const dateBoxes = (id: string, sep: string) =>
  [box(`${id}N`, ' maxlength="4" size="4"'), box(`${id}Y`, ' maxlength="2" size="2"'), box(`${id}R`, ' maxlength="2" size="2"')].join(sep);
/** A date part's list whose first option, value 0, is its unit (年, 月份): the page's prompt. */
const unitList = (id: string, unit: string, from: number, to: number) =>
  `<select name="${N}${id}" id="${id}"><option value="0">${unit}</option>${Array.from({ length: to - from + 1 }, (_, i) => `<option value="${from + i}">${from + i}</option>`).join('')}</select>`;
const basic = (rows: string) => webForm(`<div class="ptitle">基本信息</div><table>
${th('姓名', box('txtXM'))}
${rows}
</table><input type="submit" value="保存并下一步" />`);

const PAGES: Record<string, string> = {
  // 出生日期 as [1998]-[05]-[12], 参加工作时间 as [2020]/[07]/[01]: a year box of 4 and boxes of 2.
  'date-boxes': basic(`${th('出生日期', dateBoxes('txtCS', ' - '))}
${th('参加工作时间', dateBoxes('txtGZ', '/'))}`),
  // My97 dates with their weekday: one to write (its placeholder says so), one saved the same day.
  weekday: basic(`${th('出生日期', box('txtCSRQ', ' placeholder="yyyy年MM月dd日 DD"'))}
${th('公民身份号码', box('txtSFZH'))}
${th('参加工作时间', box('txtCJGZSJ', ' value="2020年07月01日 星期三"'))}`),
  // A date box whose hint asks for a time after the date.
  time: basic(th('参加工作时间', box('txtCJGZSJ') + '（格式：yyyy-MM-dd HH:mm）')),
  // A My97 box declaring a time in its dateFmt.
  'my97-time': basic(th('参加工作时间', box('txtCJGZSJ', ` class="Wdate" onfocus="WdatePicker({dateFmt:'yyyy-MM-dd HH:mm:ss'})"`))),
  // A My97 box showing 年月日 and keeping the date the server reads in its vel field.
  'my97-vel': basic(th('出生日期', box('txtCSRQ', ` class="Wdate" onfocus="WdatePicker({dateFmt:'yyyy年MM月dd日',vel:'hidCSRQ'})"`) + `<input type="hidden" name="${N}hidCSRQ" id="hidCSRQ" value="" />`)),
  // Date lists on their unit as the prompt ([年▼][月▼][日▼], [年份▼][月份▼]), the ID already typed.
  'unit-prompts': basic(`${th('公民身份号码', box('txtSFZH', ' value="440106199805120314"'))}
${th('出生日期', unitList('ddlCSN', '年', 1960, 2005) + unitList('ddlCSY', '月', 1, 12) + unitList('ddlCSR', '日', 1, 31))}
${th('参加工作时间', unitList('ddlGZN', '年份', 1990, 2025) + unitList('ddlGZY', '月份', 1, 12))}`),
  // 出生日期 in [ ]年[ ]月[ ]日 boxes whose script drops a month's or day's leading zero.
  'unpadded-boxes': basic(th('出生日期', [box('txtCSN', ' maxlength="4"'), box('txtCSY', ` maxlength="2" onchange="this.value=String(parseInt(this.value,10))"`), box('txtCSR', ` maxlength="2" onchange="this.value=String(parseInt(this.value,10))"`)].join('年') + '日')),
  // A laydate datetime picker, its type given and no format (laydate's default yyyy-MM-dd HH:mm:ss).
  'laydate-datetime': basic(th('参加工作时间', box('txtCJGZSJ', ' class="layui-input" readonly="readonly" lay-key="1"') +
    `<script>var layui = { use: function (m, f) { f(); }, laydate: { render: function () {} } };
layui.use('laydate', function () { layui.laydate.render({ elem: '#txtCJGZSJ', type: 'datetime' }); });</script>`)),
  // Two-digit years: a saved 出生日期 of the same day, a 参加工作时间 whose placeholder asks for one.
  'short-year': basic(`${th('出生日期', box('txtCSRQ', ' value="98-05-12"'))}
${th('参加工作时间', box('txtCJGZSJ', ' placeholder="yy-MM-dd"'))}`),
  // 证件类型 shown as a read-only box the portal set from the account: 护照, or 居民身份证.
  passport: basic(`${th('证件类型', box('txtZJLX', ' value="护照" readonly="readonly"'))}
${th('证件号码', box('txtZJHM'))}`),
  // 证件类型 a list the portal disabled on the account's 护照.
  'passport-list': basic(`${th('证件类型', `<select name="${N}ddlZJLX" id="ddlZJLX" disabled="disabled"><option value="01">居民身份证</option><option value="03" selected="selected">护照</option></select>`)}
${th('证件号码', box('txtZJHM'))}`),
  // Code-table fields the portal shows read-only in its own words: 汉 (the profile's 汉族), 本科 (大学本科), 中国共产党党员 (中共党员).
  'read-only-words': basic(`${th('民族', box('txtMZ', ' value="汉" readonly="readonly"'))}
${th('政治面貌', box('txtZZMM', ' value="中国共产党党员" readonly="readonly"'))}
${th('最高学历', box('txtXL', ' value="本科" readonly="readonly"'))}`),
  'id-card': basic(`${th('证件类型', box('txtZJLX', ' value="居民身份证" readonly="readonly"'))}
${th('证件号码', box('txtZJHM'))}`),
};

describe('fill 45: autofill on date and identity markup the practice portal does not have, in Chromium', () => {
  const session = pagesSession(PAGES);

  it('F45-1 a date in a year box and month and day boxes with a dash or a slash between: each part goes into its box (it was left 需您处理: 超出最大长度 4 字)', async () => {
    const { tab, frame } = await session.preview('date-boxes', 'basic-info');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key.endsWith('Date')).map((r) => [r.key, r.result])).toEqual([
      ['basic.birthDate', 'filled'],
      ['basic.workStartDate', 'filled'],
    ]);
    expect(await controlStates(frame, ['txtCSN', 'txtCSY', 'txtCSR', 'txtGZN', 'txtGZY', 'txtGZR'])).toEqual({
      txtCSN: '1998', txtCSY: '05', txtCSR: '12', txtGZN: '2020', txtGZY: '07', txtGZR: '01',
    });
    await tab.close();
  });

  it('F45-2 a My97 date with its weekday: written with it (1998年05月12日 星期二), the ID check reads it; the same day saved with its weekday is 已一致, no 覆盖 tick (it was a conflict)', async () => {
    const { tab, frame, rows } = await session.preview('weekday', 'basic-info');
    expect(rows.filter(([key]) => key === 'basic.workStartDate').map(([, action]) => action)).toEqual(['skip']);
    expect(await inOverlay(frame, '[data-testid="zc-autofill-preview-item"] input[type=checkbox]').count()).toBe(0);
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'basic.birthDate')).toMatchObject({ result: 'filled' });
    expect(await controlStates(frame, ['txtCSRQ', 'txtCJGZSJ'])).toEqual({ txtCSRQ: '1998年05月12日 星期二', txtCJGZSJ: '2020年07月01日 星期三' });
    await expectNoFinding(frame, 'id-birthdate-mismatch');
    await tab.close();
  });

  it('F45-3 a date box whose hint asks for yyyy-MM-dd HH:mm gets the time too (it got the date alone)', async () => {
    const { tab, frame } = await session.preview('time', 'basic-info');
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'basic.workStartDate')).toMatchObject({ result: 'filled' });
    expect(await controlStates(frame, ['txtCJGZSJ'])).toEqual({ txtCJGZSJ: '2020-07-01 00:00' });
    await tab.close();
  });

  it('F45-9 a My97 box whose dateFmt has a time: written 2020-07-01 00:00:00 (it was written “2020-07-01 HH:mm:ss” and reported 已填写)', async () => {
    const { tab, frame, rows } = await session.preview('my97-time', 'basic-info');
    expect(rows.find(([key]) => key === 'basic.workStartDate')?.[2]).not.toContain('HH');
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'basic.workStartDate')).toMatchObject({ result: 'filled' });
    expect(await controlStates(frame, ['txtCJGZSJ'])).toEqual({ txtCJGZSJ: '2020-07-01 00:00:00' });
    await tab.close();
  });

  it('F45-10 a My97 box with a vel field: the box shows 1998年05月12日 and the field the server reads holds 1998-05-12 (it stayed empty behind 已填写)', async () => {
    const { tab, frame } = await session.preview('my97-vel', 'basic-info');
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'basic.birthDate')).toMatchObject({ result: 'filled' });
    expect(await controlStates(frame, ['txtCSRQ', 'hidCSRQ'])).toEqual({ txtCSRQ: '1998年05月12日', hidCSRQ: '1998-05-12' });
    await tab.close();
  });

  it('F45-11 date lists on their unit as the prompt (年, 月份) hold no date: no finding reads one, the preview shows no 页面现为 (it was “--”, “份-份”), each date chosen', async () => {
    const { tab, frame, rows } = await session.preview('unit-prompts', 'basic-info');
    await expectNoFinding(frame, 'id-birthdate-mismatch');
    expect(rows.filter(([key]) => key.endsWith('Date')).map(([key, action, text]) => [key, action, text.includes('页面现为')])).toEqual([
      ['basic.birthDate', 'fill', false],
      ['basic.workStartDate', 'fill', false],
    ]);
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key.endsWith('Date')).map((r) => r.result)).toEqual(['filled', 'filled']);
    expect(await controlStates(frame, ['ddlCSN', 'ddlCSY', 'ddlCSR', 'ddlGZN', 'ddlGZY'])).toEqual({ ddlCSN: '1998', ddlCSY: '5', ddlCSR: '12', ddlGZN: '2020', ddlGZY: '7' });
    await tab.close();
  });

  it('F45-12 a month and a day box whose script drops the leading zero (05 → 5): the date is 已填写, the page’s 5 the same month (it was 失败: 页面随后改为)', async () => {
    const { tab, frame } = await session.preview('unpadded-boxes', 'basic-info');
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'basic.birthDate')).toMatchObject({ result: 'filled' });
    expect(await controlStates(frame, ['txtCSN', 'txtCSY', 'txtCSR'])).toEqual({ txtCSN: '1998', txtCSY: '5', txtCSR: '12' });
    await tab.close();
  });

  it('F45-13 a laydate datetime picker (type datetime, no format): written 2020-07-01 00:00:00, its own default (it got 2020-07-01)', async () => {
    const { tab, frame } = await session.preview('laydate-datetime', 'basic-info');
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'basic.workStartDate')).toMatchObject({ result: 'filled' });
    expect(await controlStates(frame, ['txtCJGZSJ'])).toEqual({ txtCJGZSJ: '2020-07-01 00:00:00' });
    await tab.close();
  });

  it('F45-4 two-digit years: 98-05-12 saved is 已一致 (it was a conflict), a box asking yy-MM-dd gets 20-07-01 (it got 2020-07-01)', async () => {
    const { tab, frame, rows } = await session.preview('short-year', 'basic-info');
    expect(rows.filter(([key]) => key === 'basic.birthDate').map(([, action]) => action)).toEqual(['skip']);
    expect(await inOverlay(frame, '[data-testid="zc-autofill-preview-item"] input[type=checkbox]').count()).toBe(0);
    await applyAutofill(frame);
    expect(await controlStates(frame, ['txtCSRQ', 'txtCJGZSJ'])).toEqual({ txtCSRQ: '98-05-12', txtCJGZSJ: '20-07-01' });
    await tab.close();
  });

  it('F45-5 证件类型 a read-only 护照: the 公民身份号码 is not written into its 证件号码, both rows say why (it was 已填写, the 护照 unmentioned)', async () => {
    const { tab, frame, rows } = await session.preview('passport', 'basic-info');
    expect(rows.filter(([key]) => key === 'page.idType' || key === 'basic.idNumber').map(([key, action, text]) => [key, action, text.includes('护照')])).toEqual([
      ['page.idType', 'needs-user', true],
      ['basic.idNumber', 'needs-user', true],
    ]);
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'page.idType' || r.key === 'basic.idNumber').map((r) => r.result)).toEqual(['needs-user', 'needs-user']);
    expect(await controlStates(frame, ['txtZJLX', 'txtZJHM'])).toEqual({ txtZJLX: '护照', txtZJHM: '' });
    await tab.close();
  });

  it('F45-7 证件类型 a list the portal disabled on 护照: no 覆盖 tick offered on it (ticked, it was 失败), the 证件号码 not written under it', async () => {
    const { tab, frame, rows } = await session.preview('passport-list', 'basic-info');
    expect(rows.filter(([key]) => key === 'page.idType' || key === 'basic.idNumber').map(([key, action, text]) => [key, action, text.includes('护照')])).toEqual([
      ['page.idType', 'needs-user', true],
      ['basic.idNumber', 'needs-user', true],
    ]);
    expect(await inOverlay(frame, '[data-testid="zc-autofill-preview-item"][data-key="page.idType"] input[type=checkbox]').count()).toBe(0);
    await applyAutofill(frame);
    expect(await controlStates(frame, ['ddlZJLX', 'txtZJHM'])).toEqual({ ddlZJLX: '护照', txtZJHM: '' });
    await tab.close();
  });

  it('F45-8 read-only boxes showing the profile’s code-table word their own way (汉, 中国共产党党员, 本科) are 已一致 (they said 此栏只读…与档案不同)', async () => {
    const { tab, frame, rows } = await session.preview('read-only-words', 'basic-info');
    expect(rows.filter(([key]) => /ethnicity|politicalStatus|highestEducation/.test(key)).map(([key, action, text]) => [key, action, text.includes('与档案不同')])).toEqual([
      ['basic.ethnicity', 'skip', false],
      ['basic.politicalStatus', 'skip', false],
      ['basic.highestEducation', 'skip', false],
    ]);
    const report = await applyAutofill(frame);
    expect(report.filter((r) => /ethnicity|politicalStatus|highestEducation/.test(r.key)).map((r) => r.result)).toEqual(['skipped', 'skipped', 'skipped']);
    await tab.close();
  });

  it('F45-6 证件类型 a read-only 居民身份证: its row is 已一致 (it was not shown), 证件号码 filled, nothing claims to change 证件类型', async () => {
    const { tab, frame, rows } = await session.preview('id-card', 'basic-info');
    expect(rows.filter(([key]) => key === 'page.idType').map(([, action]) => action)).toEqual(['skip']);
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'page.idType' || r.key === 'basic.idNumber').map((r) => [r.key, r.result])).toEqual([
      ['page.idType', 'skipped'],
      ['basic.idNumber', 'filled'],
    ]);
    expect(await controlStates(frame, ['txtZJLX', 'txtZJHM'])).toEqual({ txtZJLX: '居民身份证', txtZJHM: '440106199805120314' });
    await tab.close();
  });
});
