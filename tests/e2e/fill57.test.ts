import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates, tickOverwrite } from './overlay-driver';
import { N, webForm } from './web-form-pages';

/**
 * Fill 57, in Chromium: autofill on identity and period markup the practice portal does not have —
 * a 证件类型 list or radios the user set to 护照, a 证件类型 shown as plain text beside the
 * 证件号码 box, a period typed in four boxes ([2016].[09] - [2020].[06]), a period in 起始年 起始月
 * 终止年 终止月 lists each labelled on its own, months worded 一月…十二月. Driven through the automation contract only
 * (sample profile: 公民身份号码 440106199805120314; 学历 1 2016-09-01 to 2020-06-30; 工作经历 1
 * from 2020-07-01, 至今). Pages hand-made, served on loopback.
 */

const th = (label: string, control: string) => `<tr><th>${label}</th><td>${control}</td></tr>`;
const box = (id: string, extra = '') => `<input type="text" name="${N}${id}" id="${id}"${extra} />`;
const sel = (id: string, options: [string, string][], chosen = '') =>
  `<select name="${N}${id}" id="${id}"><option value="">--请选择--</option>${options.map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${t}</option>`).join('')}</select>`;
const ID_TYPES: [string, string][] = [['01', '居民身份证'], ['03', '护照'], ['04', '港澳居民来往内地通行证']];
const years = (from: number, to: number): [string, string][] => Array.from({ length: to - from + 1 }, (_, i) => [String(from + i), `${from + i}`]);
const months = (): [string, string][] => Array.from({ length: 12 }, (_, i) => [String(i + 1).padStart(2, '0'), String(i + 1).padStart(2, '0')]);
/** Month options worded 一月…十二月, each its own value. */
const cnMonths = (): [string, string][] => ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((m) => [`${m}月`, `${m}月`]);
const basic = (rows: string) => webForm(`<div class="ptitle">基本信息</div><table>
${th('姓名', box('txtXM'))}
${rows}
</table><input type="submit" value="保存并下一步" />`);

const PAGES: Record<string, string> = {
  // 证件类型 a list the user set to 护照 (the account's document), 证件号码 empty.
  'passport-chosen': basic(`${th('证件类型', sel('ddlZJLX', ID_TYPES, '03'))}
${th('证件号码', box('txtZJHM'))}`),
  // The same as radios, 港澳居民来往内地通行证 checked.
  'permit-radios': basic(`${th('证件类型', ID_TYPES.map(([v, t], i) => `<input type="radio" name="${N}rblZJLX" id="rblZJLX_${i}" value="${v}"${v === '04' ? ' checked="checked"' : ''} /><label for="rblZJLX_${i}">${t}</label>`).join(''))}
${th('证件号码', box('txtZJHM'))}`),
  // 证件类型 shown as the cell's text, no control: 护照 beside the 证件号码 box; and a 居民身份证 one.
  'passport-text': basic(`${th('证件类型', '<span id="lblZJLX">护照</span>')}
${th('证件号码', box('txtZJHM'))}`),
  'id-card-text': basic(`<tr><td>证件类型：</td><td>居民身份证</td><td>证件号码：</td><td>${box('txtZJHM')}</td></tr>`),
  // 学历: 起止年月 typed in four boxes, [2016].[09] - [2020].[06].
  'education-four-boxes': webForm(`<div class="ptitle">学位（学历）教育情况</div><table>
${th('毕业院校', box('txtYX'))}
${th('起止年月', `${box('txtQN', ' maxlength="4" size="4"')}.${box('txtQY', ' maxlength="2" size="2"')} - ${box('txtZN', ' maxlength="4" size="4"')}.${box('txtZY', ' maxlength="2" size="2"')}`)}
</table><input type="submit" value="保存" />`),
  // 工作经历: 起始年 起始月 终止年 终止月 each a labelled list; the end year offers 至今.
  'work-four-lists': webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${th('工作单位', box('txtGZDW'))}
<tr><th>起始年</th><td>${sel('ddlQSN', years(2010, 2025))}</td><th>起始月</th><td>${sel('ddlQSY', months())}</td></tr>
<tr><th>终止年</th><td>${sel('ddlZZN', [['9999', '至今'], ...years(2010, 2025)])}</td><th>终止月</th><td>${sel('ddlZZY', months())}</td></tr>
</table><input type="submit" value="保存" />`),
  // 学历: 入学年月 and 毕业年月 in a year list and a month list worded 一月…十二月, the words their values.
  'cn-months': webForm(`<div class="ptitle">学位（学历）教育情况</div><table>
${th('毕业院校', box('txtYX'))}
${th('入学年月', sel('ddlRXN', years(2010, 2025)) + '年' + sel('ddlRXY', cnMonths()))}
${th('毕业年月', sel('ddlBYN', years(2010, 2025)) + '年' + sel('ddlBYY', cnMonths()))}
</table><input type="submit" value="保存" />`),
};

const idRows = (rows: { key: string; result: string }[]) => rows.filter((r) => r.key === 'page.idType' || r.key === 'basic.idNumber').map((r) => [r.key, r.result]);

describe('fill 57: autofill on identity and period markup the practice portal does not have, in Chromium', () => {
  const session = pagesSession(PAGES);

  it('F57-1 证件类型 a list the user set to 护照: without 覆盖 the 公民身份号码 is not written under it, the row says why (it was 已填写 under 护照)', async () => {
    const { tab, frame, rows } = await session.preview('passport-chosen', 'basic-info');
    const idNumber = rows.find(([key]) => key === 'basic.idNumber')!;
    expect(idNumber[2]).toContain('护照');
    const report = await applyAutofill(frame);
    expect(idRows(report)).toEqual([
      ['page.idType', 'skipped'],
      ['basic.idNumber', 'needs-user'],
    ]);
    expect(report.find((r) => r.key === 'basic.idNumber')!.text).toContain('护照');
    expect(await controlStates(frame, ['ddlZJLX', 'txtZJHM'])).toEqual({ ddlZJLX: '护照', txtZJHM: '' });
    await tab.close();
    // 覆盖 ticked on 证件类型: 居民身份证 chosen and the number written with it, both 已填写.
    const again = await session.preview('passport-chosen?2', 'basic-info');
    await tickOverwrite(again.frame, 'page.idType');
    expect(idRows(await applyAutofill(again.frame))).toEqual([
      ['page.idType', 'filled'],
      ['basic.idNumber', 'filled'],
    ]);
    expect(await controlStates(again.frame, ['ddlZJLX', 'txtZJHM'])).toEqual({ ddlZJLX: '居民身份证', txtZJHM: '440106199805120314' });
    await again.tab.close();
  });

  it('F57-1c 证件类型 radios on 港澳居民来往内地通行证: the 公民身份号码 is not written without 覆盖 (it was 已填写)', async () => {
    const { tab, frame } = await session.preview('permit-radios', 'basic-info');
    const report = await applyAutofill(frame);
    expect(idRows(report)).toEqual([
      ['page.idType', 'skipped'],
      ['basic.idNumber', 'needs-user'],
    ]);
    expect(await controlStates(frame, ['rblZJLX_2', 'txtZJHM'])).toEqual({ rblZJLX_2: 'true', txtZJHM: '' });
    await tab.close();
  });

  it('F57-2 证件类型 shown as the cell’s text 护照: the 公民身份号码 is not written into 证件号码 (it was 已填写); beside a text 居民身份证 it is', async () => {
    const passport = await session.preview('passport-text', 'basic-info');
    expect(passport.rows.find(([key]) => key === 'basic.idNumber')![2]).toContain('护照');
    const report = await applyAutofill(passport.frame);
    expect(report.filter((r) => r.key === 'basic.idNumber').map((r) => r.result)).toEqual(['needs-user']);
    expect(await controlStates(passport.frame, ['txtZJHM'])).toEqual({ txtZJHM: '' });
    await passport.tab.close();
    const card = await session.preview('id-card-text', 'basic-info');
    const written = await applyAutofill(card.frame);
    expect(written.filter((r) => r.key === 'basic.idNumber').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(card.frame, ['txtZJHM'])).toEqual({ txtZJHM: '440106199805120314' });
    await card.tab.close();
  });

  it('F57-3 学历 起止年月 typed in four boxes [2016].[09] - [2020].[06]: each part in its box, the rows 已填写', async () => {
    const { tab, frame } = await session.preview('education-four-boxes', 'education');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => /Date$/.test(r.key)).map((r) => [r.key, r.result])).toEqual([
      ['education.startDate', 'filled'],
      ['education.endDate', 'filled'],
    ]);
    expect(await controlStates(frame, ['txtQN', 'txtQY', 'txtZN', 'txtZY'])).toEqual({ txtQN: '2016', txtQY: '09', txtZN: '2020', txtZY: '06' });
    await tab.close();
  });

  it('F57-3b 工作经历 起始年 起始月 终止年 终止月 as four labelled lists: the start chosen, 至今 chosen in the end year, the end month left empty', async () => {
    const { tab, frame } = await session.preview('work-four-lists', 'work-experience');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.result === 'needs-user' || r.result === 'failed').map((r) => [r.key, r.text])).toEqual([]);
    expect(report.filter((r) => /Date$/.test(r.key)).map((r) => [r.key, r.result])).toEqual([
      ['workHistory.startDate', 'filled'],
      ['workHistory.endDate', 'filled'],
    ]);
    expect(await controlStates(frame, ['ddlQSN', 'ddlQSY', 'ddlZZN', 'ddlZZY'])).toEqual({ ddlQSN: '2020', ddlQSY: '07', ddlZZN: '至今', ddlZZY: '--请选择--' });
    await tab.close();
  });

  it('F57-4 months worded 一月…十二月 (the words their values): 九月 and 六月 chosen by meaning, the rows 已填写 (they were 需您处理: 页面没有该选项)', async () => {
    const { tab, frame } = await session.preview('cn-months', 'education');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => /Date$/.test(r.key)).map((r) => [r.key, r.result])).toEqual([
      ['education.startDate', 'filled'],
      ['education.endDate', 'filled'],
    ]);
    expect(await controlStates(frame, ['ddlRXN', 'ddlRXY', 'ddlBYN', 'ddlBYY'])).toEqual({ ddlRXN: '2016', ddlRXY: '九月', ddlBYN: '2020', ddlBYY: '六月' });
    await tab.close();
  });
});
