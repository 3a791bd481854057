import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates } from './overlay-driver';
import { N, webForm } from './web-form-pages';

/**
 * Breaker 38, in Chromium: what the autofill preview and report say on markup the practice portal
 * does not use — a date in year and month lists whose options carry their units (2016年, 9月), a
 * number on the page in full-width form, a server's "no date" (1900-01-01, 0001-01-01) in a date
 * box, an option the page disables, a lone checkbox left unticked. Driven through the automation
 * contract only (sample profile). Pages hand-made, served on loopback.
 */

const th = (label: string, control: string) => `<tr><th>${label}</th><td>${control}</td></tr>`;
const sel = (id: string, options: [string, string, string?][], extra = '') =>
  `<select name="${N}${id}" id="${id}"${extra}><option value="">--请选择--</option>${options.map(([v, t, more = '']) => `<option value="${v}"${more}>${t}</option>`).join('')}</select>`;
const box = (id: string, extra = '') => `<input type="text" name="${N}${id}" id="${id}"${extra} />`;
const years = (from: number, count: number): [string, string][] => Array.from({ length: count }, (_, i) => [String(from + i), `${from + i}年`]);
const months = (): [string, string][] => Array.from({ length: 12 }, (_, i) => [String(i + 1), `${i + 1}月`]);

/** 工作经历 with a 至今 box (`attrs` on it) beside 终止时间. */
const workWithUntilNow = (attrs: string) => webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${th('记录序号', box('txtJLXH'))}
${th('起始时间', box('txtQS', ' placeholder="yyyy-MM-dd"'))}
${th('终止时间', box('txtZZ', ' placeholder="yyyy-MM-dd"') + `<input type="checkbox" name="${N}cbZJ" id="cbZJ"${attrs} /><label for="cbZJ">至今</label>`)}
${th('工作单位', box('txtGZDW'))}
</table><input type="submit" value="保存" />`);

const PAGES: Record<string, string> = {
  // 入学时间 and 毕业时间 in year + month lists whose options carry their units.
  'date-lists': webForm(`<div class="ptitle">学位（学历）教育情况</div><table>
${th('记录序号', box('txtJLXH'))}
${th('入学时间', sel('ddlRXN', years(2010, 15)) + sel('ddlRXY', months()))}
${th('毕业时间', sel('ddlBYN', years(2010, 15)) + sel('ddlBYY', months()))}
${th('毕业院校', box('txtYX'))}
</table><input type="submit" value="保存" />`),
  // 证书编号 already on the page, the profile's number in full-width form.
  certificate: webForm(`<div class="ptitle">学位（学历）教育情况</div><table>
${th('记录序号', box('txtJLXH'))}
${th('毕业院校', box('txtYX'))}
${th('证书编号', box('txtZSBH', ' value="１０５６１１２０２００５００２４６８"'))}
</table><input type="submit" value="保存" />`),
  // Date boxes holding what an ASP.NET page renders for a DateTime never set; one a real date of the user's.
  'server-dates': webForm(`<div class="ptitle">基本信息</div><table>
${th('姓名', box('txtXM', ' value="李明远"'))}
${th('出生日期', box('txtCSRQ', ' value="1900-01-01"'))}
${th('参加工作时间', box('txtCJGZSJ', ' value="0001/1/1 0:00:00"'))}
</table><input type="submit" value="保存并下一步" />`),
  'server-dates-2': webForm(`<div class="ptitle">学位（学历）教育情况</div><table>
${th('记录序号', box('txtJLXH'))}
${th('入学时间', box('txtRXSJ', ' value="1900/1/1"'))}
${th('毕业时间', box('txtBYSJ', ' value="2019-06-30"'))}
${th('毕业院校', box('txtYX'))}
</table><input type="submit" value="保存" />`),
  // The profile's 汉族 and 男 present but disabled.
  'disabled-options': webForm(`<div class="ptitle">基本信息</div><table>
${th('姓名', box('txtXM'))}
${th('性别', `<input type="radio" name="${N}rblXB" id="rblXB_0" value="1" disabled="disabled" /><label for="rblXB_0">男</label><input type="radio" name="${N}rblXB" id="rblXB_1" value="2" /><label for="rblXB_1">女</label>`)}
${th('民族', sel('ddlMZ', [['01', '汉族', ' disabled="disabled"'], ['02', '蒙古族']]))}
</table><input type="submit" value="保存并下一步" />`),
  // 工作经历 with a 至今 box, unticked: the profile's job is still held.
  checkbox: workWithUntilNow(''),
  // The same, the page having disabled its 至今 box.
  'checkbox-disabled': workWithUntilNow(' disabled="disabled"'),
};

describe('breaker 38: what the autofill preview and report say on unseen markup, in Chromium', () => {
  const session = pagesSession(PAGES);

  const row = <T extends unknown[]>(rows: T[], key: string) => rows.find((r) => r[0] === key)!;

  it('B38-1 a date in year and month lists whose options carry units reads 2016-09, in the preview and the report (it read 2016年-9月); one the user changed after the preview shows what it shows as a date', async () => {
    const { tab, frame, rows } = await session.preview('date-lists', 'education');
    expect(row(rows, 'education.startDate')).toEqual(['education.startDate', 'fill', expect.stringContaining('2016-09')]);
    expect(row(rows, 'education.startDate')[2]).not.toContain('年');
    await tab.selectOption('#ddlBYN', '2021');
    await tab.selectOption('#ddlBYY', '7');
    const report = await applyAutofill(frame);
    const start = report.find((r) => r.key === 'education.startDate')!;
    expect(start.result).toBe('filled');
    expect(start.text).toContain('2016-09');
    expect(start.text).not.toContain('年');
    const end = report.find((r) => r.key === 'education.endDate')!;
    expect(end.result).toBe('skipped');
    expect(end.text).toContain('2020-06');
    expect(end.text).toContain('页面现为：2021-07');
    expect(await controlStates(frame, ['ddlRXN', 'ddlRXY', 'ddlBYN', 'ddlBYY'])).toEqual({ ddlRXN: '2016年', ddlRXY: '9月', ddlBYN: '2021年', ddlBYY: '7月' });
    await tab.close();
  });

  it('B38-2 a 证书编号 the page shows full-width, kept without 覆盖, says what the page shows (页面现为), in the preview and the report', async () => {
    const { tab, frame, rows } = await session.preview('certificate', 'education');
    expect(row(rows, 'education.certificateNo')).toEqual(['education.certificateNo', 'fill', expect.stringContaining('页面现为：１０５６１１２０２００５００２４６８')]);
    const report = await applyAutofill(frame);
    const cert = report.find((r) => r.key === 'education.certificateNo')!;
    expect(cert.result).toBe('skipped');
    expect(cert.text).toContain('页面现为：１０５６１１２０２００５００２４６８');
    expect(await controlStates(frame, ['txtZSBH'])).toEqual({ txtZSBH: '１０５６１１２０２００５００２４６８' });
    await tab.close();
  });

  it('B38-3 a date box holding a server’s unset date (1900-01-01, 0001/1/1 0:00:00, 1900/1/1) is filled without 覆盖; a real date the user typed is kept', async () => {
    const basic = await session.preview('server-dates', 'basic-info');
    expect(basic.rows.map(([key, action]) => [key, action])).toEqual([['basic.name', 'skip'], ['basic.birthDate', 'fill'], ['basic.workStartDate', 'fill']]);
    // An empty box: nothing to tick, nothing the page shows said to be replaced.
    expect(basic.rows.filter(([, , text]) => text!.includes('覆盖') || text!.includes('页面现为'))).toEqual([]);
    const report = await applyAutofill(basic.frame);
    expect(report.map((r) => [r.key, r.result])).toEqual([['basic.name', 'skipped'], ['basic.birthDate', 'filled'], ['basic.workStartDate', 'filled']]);
    // Written the way the server writes its dates, as the box showed (a .NET date with its time: lib/fill/dates.ts).
    expect(await controlStates(basic.frame, ['txtCSRQ', 'txtCJGZSJ'])).toEqual({ txtCSRQ: '1998-05-12', txtCJGZSJ: '2020/7/1 0:00:00' });
    await basic.tab.close();

    const education = await session.preview('server-dates-2', 'education');
    const actions = new Map(education.rows.map(([key, action]) => [key, action]));
    expect(actions.get('education.startDate')).toBe('fill');
    expect(row(education.rows, 'education.endDate')[2]).toContain('页面现为：2019-06-30');
    const edReport = await applyAutofill(education.frame);
    expect(edReport.find((r) => r.key === 'education.startDate')!.result).toBe('filled');
    expect(edReport.find((r) => r.key === 'education.endDate')!.result).toBe('skipped');
    expect(await controlStates(education.frame, ['txtRXSJ', 'txtBYSJ'])).toEqual({ txtRXSJ: '2016/9/1', txtBYSJ: '2019-06-30' });
    await education.tab.close();
  });

  it('B38-4 an option present but disabled is left to the user saying the page does not allow choosing it (it said 页面没有该选项), and is not written', async () => {
    const { tab, frame, rows } = await session.preview('disabled-options', 'basic-info');
    for (const key of ['basic.gender', 'basic.ethnicity']) {
      const [, action, text] = row(rows, key);
      expect(action).toBe('needs-user');
      expect(text).toContain('页面有该选项，但不允许选择');
      expect(text).not.toContain('页面没有该选项');
    }
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key !== 'basic.name').map((r) => [r.key, r.result])).toEqual([['basic.gender', 'needs-user'], ['basic.ethnicity', 'needs-user']]);
    expect(await controlStates(frame, ['rblXB_0', 'rblXB_1', 'ddlMZ'])).toEqual({ rblXB_0: 'false', rblXB_1: 'false', ddlMZ: '--请选择--' });
    await tab.close();
  });

  it('B38-5 a 至今 box left unticked and ticked by the fill shows no 页面现为：否 (an unticked box is no answer the fill replaced)', async () => {
    const { tab, frame, rows } = await session.preview('checkbox', 'work-experience');
    const [, action, text] = rows.find((r) => r[2]!.startsWith('至今'))!;
    expect(action).toBe('fill');
    expect(text).not.toContain('页面现为');
    const report = await applyAutofill(frame);
    const ticked = report.find((r) => r.text.startsWith('至今'))!;
    expect(ticked.result).toBe('filled');
    expect(ticked.text).not.toContain('页面现为');
    expect(await controlStates(frame, ['cbZJ', 'txtZZ'])).toEqual({ cbZJ: 'true', txtZZ: '' });
    await tab.close();
  });

  it('B38-6 a 至今 box the page disabled is left to the page, the user asked to check (it was previewed 将填写 and reported 失败); the 终止时间 beside it is the user’s, saying 至今 could not be chosen (it said 选了“至今”，终止时间留空)', async () => {
    const { tab, frame, rows } = await session.preview('checkbox-disabled', 'work-experience');
    const [, action, text] = rows.find((r) => r[2]!.startsWith('至今'))!;
    expect(action).toBe('needs-user');
    expect(text).toContain('此栏已禁用');
    const [, endAction, endText] = row(rows, 'workHistory.endDate');
    expect(endAction).toBe('needs-user');
    expect(endText).toContain('未能替您选上“至今”');
    expect(endText).not.toContain('终止时间留空');
    const report = await applyAutofill(frame);
    const untilNow = report.find((r) => r.text.startsWith('至今'))!;
    expect(untilNow.result).toBe('needs-user');
    const end = report.find((r) => r.key === 'workHistory.endDate')!;
    expect(end.result).toBe('needs-user');
    expect(end.text).toContain('未能替您选上“至今”');
    expect(await controlStates(frame, ['cbZJ', 'txtZZ'])).toEqual({ cbZJ: 'false', txtZZ: '' });
    await tab.close();
  });
});
