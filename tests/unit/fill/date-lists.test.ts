/**
 * Autofill of dates chosen in lists: the year, month (01 or 1, as the page writes it) and day
 * chosen from the page's own options, one preview and report row per date, 至今 chosen for a
 * job still held, and the user asked when an option is missing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import type { StepId } from '../../../lib/portal/step-ids';
import sample from '../../fixtures/sample-profile.json';
import { birthYearMonth, birthYearMonthDay, days, educationForm, months, monthsNoPad, row, sel, show, webForm, workForm, years } from '../fields/date-list-pages';

const profile = profileSchema.parse(sample.profile);
const value = (id: string) => (document.getElementById(id) as HTMLSelectElement).value;

async function fill(html: string, step: StepId, p = profile) {
  show(html);
  const snapshot = collectSnapshot(document);
  const plan = planFill(snapshot, recognizeFields(snapshot, step), p, step);
  const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
  return { plan, report };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('dates chosen in lists', () => {
  it('出生年月: the year and the padded month (profile 1998-05-12), one row', async () => {
    const { plan, report } = await fill(birthYearMonth(), 'basic-info');
    expect(plan.items.filter((i) => i.key === 'basic.birthDate')).toEqual([expect.objectContaining({ action: 'fill', value: '1998-05' })]);
    expect(report.items.filter((i) => i.key === 'basic.birthDate')).toEqual([expect.objectContaining({ result: 'filled' })]);
    expect([value('ddlYear'), value('ddlMonth')]).toEqual(['1998', '05']);
  });

  it('出生日期 in three lists whose months are not padded', async () => {
    const { report } = await fill(birthYearMonthDay(), 'basic-info');
    expect(report.items.find((i) => i.key === 'basic.birthDate')).toMatchObject({ result: 'filled', value: '1998-05-12' });
    expect(['ddlY', 'ddlM', 'ddlD'].map(value)).toEqual(['1998', '5', '12']);
  });

  it('出生日期 in lists whose options carry their units ([1998年][05月][12日], nothing between)', async () => {
    const unit = (n: number, from: number, suffix: string, pad = 2) =>
      `<option value="">请选择</option>${Array.from({ length: n }, (_, i) => `<option value="${from + i}">${String(from + i).padStart(pad, '0')}${suffix}</option>`).join('')}`;
    const { report } = await fill(`<table><tr><td>出生日期：</td><td><select id="n">${unit(10, 1990, '年', 4)}</select><select id="y">${unit(12, 1, '月')}</select><select id="r">${unit(31, 1, '日')}</select></td></tr></table>`, 'basic-info');
    expect(report.items.filter((i) => i.key === 'basic.birthDate')).toEqual([expect.objectContaining({ result: 'filled' })]);
    expect(['n', 'y', 'r'].map(value)).toEqual(['1998', '5', '12']);
  });

  it('a day list the page builds only once the month is chosen: the day is chosen when it arrives', async () => {
    show(webForm('基本信息', row('出生日期：', `${sel('ddlY', years(1950, 2005))} 年 ${sel('ddlM', monthsNoPad)} 月 ${sel('ddlD', [['', '--']])} 日`)));
    const day = document.getElementById('ddlD') as HTMLSelectElement;
    document.getElementById('ddlM')!.addEventListener('change', (e) => {
      const month = Number((e.target as HTMLSelectElement).value);
      const n = new Date(1998, month, 0).getDate();
      // As such pages do, a moment later: 1日 … 31日.
      setTimeout(() => {
        day.innerHTML = '<option value="">--</option>' + Array.from({ length: n }, (_, i) => `<option value="${i + 1}">${i + 1}日</option>`).join('');
      }, 50);
    });
    const snapshot = collectSnapshot(document);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
    expect(plan.items.filter((i) => i.key === 'basic.birthDate')).toEqual([expect.objectContaining({ action: 'fill', value: '1998-05-12' })]);
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'basic.birthDate')).toMatchObject({ result: 'filled' });
    expect(['ddlY', 'ddlM', 'ddlD'].map(value)).toEqual(['1998', '5', '12']);
  });

  it('a year the list does not offer: the user is asked, nothing is chosen', async () => {
    const { report } = await fill(birthYearMonthDay(2000), 'basic-info');
    expect(report.items.find((i) => i.key === 'basic.birthDate')).toMatchObject({ result: 'needs-user', detail: '页面没有该选项：1998年' });
    expect(['ddlY', 'ddlM', 'ddlD'].map(value)).toEqual(['', '', '']);
  });

  it('a profile date without its day (参加工作时间 2020-07) where the page asks for one: the user is asked', async () => {
    const monthOnly = profileSchema.parse({ ...sample.profile, basic: { ...sample.profile.basic, workStartDate: '2020-07' } });
    const page = webForm('基本信息', row('参加工作时间：', `${sel('ddlY', years(2000, 2025))}年${sel('ddlM', months)}月${sel('ddlD', days)}日`));
    const { report } = await fill(page, 'basic-info', monthOnly);
    expect(report.items.find((i) => i.key === 'basic.workStartDate')).toMatchObject({ result: 'needs-user', detail: expect.stringContaining('完整日期') });
  });

  it('the lists already showing the date: 已一致; another date: needs the overwrite tick', () => {
    const planOn = (html: string, chosen: Record<string, string>) => {
      show(html, chosen);
      const snapshot = collectSnapshot(document);
      return planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info').items.find((i) => i.key === 'basic.birthDate');
    };
    expect(planOn(birthYearMonthDay(), { ddlY: '1998', ddlM: '5', ddlD: '12' })).toMatchObject({ outcome: 'same' });
    expect(planOn(birthYearMonthDay(), { ddlY: '1997', ddlM: '5', ddlD: '12' })).toMatchObject({ outcome: 'conflict', overwrite: true, current: '1997-05-12' });
  });

  it('入学时间 and 毕业时间 of the next education record', async () => {
    const { report } = await fill(educationForm(), 'education');
    expect(report.items.filter((i) => i.key?.endsWith('Date')).map((i) => [i.key, i.result, i.value])).toEqual([
      ['education.startDate', 'filled', '2016-09'],
      ['education.endDate', 'filled', '2020-06'],
    ]);
    expect(['ddlRXN', 'ddlRXY', 'ddlBYN', 'ddlBYY'].map(value)).toEqual(['2016', '9', '2020', '6']);
  });

  it('a job still held: 至今 in the 终止时间 year list; asked when the list has no 至今', async () => {
    const held = await fill(workForm(), 'work-experience');
    expect(held.report.items.find((i) => i.key === 'workHistory.endDate')).toMatchObject({ result: 'filled', value: '至今' });
    expect([value('ddlQSN'), value('ddlQSY'), value('ddlZZN'), value('ddlZZY')]).toEqual(['2020', '07', '9999', '']);
    const noUntilNow = await fill(workForm(false), 'work-experience');
    expect(noUntilNow.report.items.find((i) => i.key === 'workHistory.endDate')).toMatchObject({ result: 'needs-user', detail: expect.stringContaining('至今') });
  });
});
