/**
 * Breaker 38: what the autofill preview and report say, on markup the practice portal does not
 * use — a date in year and month lists whose options carry their units, a number the page shows
 * full-width, a server's date never set in a date box, an option the page disables, a lone
 * checkbox left unticked. Each case failed on the code before it (see the test names).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { heldDate } from '../../../lib/fill/dates';
import { applyFill } from '../../../lib/fill/apply';
import { listsDate } from '../../../lib/fill/date-lists';
import { differingCurrent } from '../../../lib/fill/display';
import { profileSchema } from '../../../lib/profile/schema';
import { t } from '../../../lib/i18n/t';
import sample from '../../fixtures/sample-profile.json';
import { box, months, planPage as plan, sel, th, title, years } from './page-markup';

const item = (p: ReturnType<typeof plan>['plan'], key: string) => p.items.find((i) => i.key === key)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a date in lists reads as a date (breaker 38 item 1: it read 2016年-9月)', () => {
  it('listsDate: numbers, the month and day in two digits, a word kept', () => {
    expect(listsDate(['2016年', '9月'])).toBe('2016-09');
    expect(listsDate(['1998', '5', '12'])).toBe('1998-05-12');
    expect(listsDate(['１９９８年', '０５月', '１２日'])).toBe('1998-05-12');
    expect(listsDate(['1999年'])).toBe('1999');
    expect(listsDate(['至今'])).toBe('至今');
    expect(listsDate([])).toBe('');
  });

  it('入学时间 in [2016年][9月] lists: the preview and the report say 2016-09; a date the user chose since shows as 2021-07', async () => {
    const { snapshot, plan: p } = plan(
      `${title('学位（学历）教育情况')}<table>${th('记录序号', box('xh'))}${th('入学时间', sel('rxn', years(2010, 15)) + sel('rxy', months()))}${th('毕业时间', sel('byn', years(2010, 15)) + sel('byy', months()))}</table>`,
      'education',
    );
    expect(item(p, 'education.startDate')).toMatchObject({ action: 'fill', value: '2016-09' });
    expect(item(p, 'education.endDate')).toMatchObject({ action: 'fill', value: '2020-06' });
    (document.getElementById('byn') as HTMLSelectElement).value = '2021';
    (document.getElementById('byy') as HTMLSelectElement).value = '7';
    const report = await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'education.startDate')).toMatchObject({ result: 'filled', value: '2016-09' });
    expect(report.items.find((i) => i.key === 'education.endDate')).toMatchObject({ result: 'skipped', outcome: 'conflict', value: '2020-06', current: '2021-07' });
  });

  it('lists already showing another date say so as a date (页面现为：2015-03, not 2015-3)', () => {
    const { plan: p } = plan(`${title('学位（学历）教育情况')}<table>${th('记录序号', box('xh'))}${th('入学时间', sel('rxn', years(2010, 15)) + sel('rxy', months()))}</table>`, 'education', () => {
      (document.getElementById('rxn') as HTMLSelectElement).value = '2015';
      (document.getElementById('rxy') as HTMLSelectElement).value = '3';
    });
    expect(item(p, 'education.startDate')).toMatchObject({ outcome: 'conflict', value: '2016-09', current: '2015-03' });
  });
});

describe('a number the page shows another way says what the page shows (breaker 38 item 2)', () => {
  const FULL = '１０５６１１２０２００５００２４６８';

  it('differingCurrent: a code written full-width or spaced is shown, words written so are not', () => {
    expect(differingCurrent(FULL, '105611202005002468')).toBe(FULL);
    expect(differingCurrent('139 2600 1234', '13926001234')).toBe('139 2600 1234');
    expect(differingCurrent('广州 绿源', '广州绿源')).toBeUndefined();
    expect(differingCurrent('105611202005002468', '105611202005002468')).toBeUndefined();
  });

  it('证书编号 ＧＺ… kept without 覆盖: 页面现为 in the preview and in the report', async () => {
    const { snapshot, plan: p } = plan(`${title('学位（学历）教育情况')}<table>${th('记录序号', box('xh'))}${th('证书编号', box('zs', ` value="${FULL}"`))}</table>`, 'education');
    expect(item(p, 'education.certificateNo')).toMatchObject({ outcome: 'conflict', overwrite: true, current: FULL, reason: t('fill_reason_overwrite_form') });
    const report = await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'education.certificateNo')).toMatchObject({ result: 'skipped', outcome: 'conflict', current: FULL });
  });

  it('办公电话 in [区号]-[号码] boxes written full-width: 页面现为 too', () => {
    const { plan: p } = plan(`${title('基本信息')}<table><tr><td>办公电话：</td><td>${box('qh', ' value="０２０"')}-${box('hm', ' value="３８７６５４３２"')}</td></tr></table>`, 'basic-info');
    expect(item(p, 'basic.phone')).toMatchObject({ outcome: 'conflict', value: '020-38765432', current: '０２０-３８７６５４３２' });
  });
});

describe('a server’s date never set is an empty box (breaker 38 item 3: it needed 覆盖)', () => {
  it('heldDate: 1900-01-01, 1900/1/1, 0001-01-01 and their times read empty; any other date is kept', () => {
    for (const unset of ['1900-01-01', '1900/1/1', '1900/1/1 0:00:00', '0001-01-01', '0001/1/1 0:00:00', '1/1/0001 12:00:00 AM', '19000101', '1900-01-01T00:00:00', '1900年01月01日', ' 1900.01.01 ', '１９００-０１-０１']) expect(heldDate(unset)).toBe('');
    for (const real of ['1900-01-02', '1990-01-01', '2019-06-30', '1900', '0001', '1900-01', '1900-01-01 8:30']) expect(heldDate(real)).toBe(real);
  });

  it('出生日期 1900-01-01 and 参加工作时间 0001/1/1 0:00:00 are filled without 覆盖 and without 页面现为; 毕业时间 2019-06-30 is the user’s, kept', async () => {
    const basic = plan(`${title('基本信息')}<table>${th('出生日期', box('cs', ' value="1900-01-01"'))}${th('参加工作时间', box('gz', ' value="0001/1/1 0:00:00"'))}</table>`, 'basic-info');
    expect(basic.plan.items.map((i) => [i.key, i.outcome, i.overwrite, i.current])).toEqual([
      ['basic.birthDate', 'will-fill', false, undefined],
      ['basic.workStartDate', 'will-fill', false, undefined],
    ]);
    const report = await applyFill(document, basic.snapshot, basic.plan, { overwrite: new Set() });
    expect(report.items.map((i) => i.result)).toEqual(['filled', 'filled']);
    expect((document.getElementById('cs') as HTMLInputElement).value).toBe('1998-05-12');

    const education = plan(`${title('学位（学历）教育情况')}<table>${th('记录序号', box('xh'))}${th('入学时间', box('rx', ' value="1900/1/1"'))}${th('毕业时间', box('by', ' value="2019-06-30"'))}</table>`, 'education');
    expect(item(education.plan, 'education.startDate')).toMatchObject({ outcome: 'will-fill', overwrite: false });
    expect(item(education.plan, 'education.endDate')).toMatchObject({ outcome: 'conflict', overwrite: true, current: '2019-06-30' });
  });

  it('a real date the user types over 1900-01-01 after the preview is kept (no 覆盖 ticked)', async () => {
    const { snapshot, plan: p } = plan(`${title('基本信息')}<table>${th('出生日期', box('cs', ' value="1900-01-01"'))}</table>`, 'basic-info');
    (document.getElementById('cs') as HTMLInputElement).value = '1997-03-04';
    const report = await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect(report.items[0]).toMatchObject({ result: 'skipped', outcome: 'conflict', current: '1997-03-04' });
    expect((document.getElementById('cs') as HTMLInputElement).value).toBe('1997-03-04');
  });

  it('a job still held: an end box holding 1900-01-01 is left as for an empty one (it said 页面已有终止时间)', () => {
    const { plan: p } = plan(`${title('主要专业技术工作经历')}<table>${th('记录序号', box('xh'))}${th('起始时间', box('qs'))}${th('终止时间', box('zz', ' value="1900-01-01"'))}</table>`, 'work-experience');
    expect(item(p, 'workHistory.endDate')).toMatchObject({ action: 'skip', reason: t('fill_reason_ongoing_leave_empty') });
  });
});

describe('an option the page disables is said so, not 页面没有该选项 (breaker 38 item 4)', () => {
  it('a list’s 汉族 and a radio list’s 男 disabled: left to the user, the other choices still the user’s', async () => {
    const { snapshot, plan: p } = plan(
      `${title('基本信息')}<table>${th('性别', '<input type="radio" name="xb" id="m" value="1" disabled><label for="m">男</label><input type="radio" name="xb" id="f" value="2"><label for="f">女</label>')}${th('民族', sel('mz', [['01', '汉族', ' disabled'], ['02', '蒙古族']]))}</table>`,
      'basic-info',
    );
    expect(p.items.map((i) => [i.key, i.action, i.reason])).toEqual([
      ['basic.gender', 'needs-user', t('fill_reason_option_disabled', '男')],
      ['basic.ethnicity', 'needs-user', t('fill_reason_option_disabled', '汉族')],
    ]);
    const report = await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect(report.items.map((i) => i.result)).toEqual(['needs-user', 'needs-user']);
    expect((document.getElementById('m') as HTMLInputElement).checked).toBe(false);
    expect((document.getElementById('mz') as HTMLSelectElement).value).toBe('');
  });

  it('a list without the option still says 页面没有该选项', () => {
    const { plan: p } = plan(`${title('基本信息')}<table>${th('民族', sel('mz', [['02', '蒙古族']]))}</table>`, 'basic-info');
    expect(item(p, 'basic.ethnicity').reason).toBe(t('fill_reason_no_option', '汉族'));
  });

  it('a date’s year list with the year disabled', () => {
    const { plan: p } = plan(
      `${title('学位（学历）教育情况')}<table>${th('记录序号', box('xh'))}${th('入学时间', sel('rxn', years(2010, 15, (y) => (y === 2016 ? ' disabled' : ''))) + sel('rxy', months()))}</table>`,
      'education',
    );
    expect(item(p, 'education.startDate')).toMatchObject({ action: 'needs-user', reason: t('fill_reason_option_disabled', '2016年') });
  });

  it('an option the page disables between the preview and 应用: failed, saying so', async () => {
    const { snapshot, plan: p } = plan(`${title('基本信息')}<table>${th('民族', sel('mz', [['01', '汉族'], ['02', '蒙古族']]))}</table>`, 'basic-info');
    (document.querySelector('#mz option[value="01"]') as HTMLOptionElement).disabled = true;
    const report = await applyFill(document, snapshot, p, { overwrite: new Set() });
    expect(report.items[0]).toMatchObject({ result: 'failed', detail: t('fill_reason_option_disabled', '汉族') });
  });
});

describe('a lone checkbox’s state is shown where it matters (breaker 38 item 5: 页面现为：否 on a row filled)', () => {
  const work = (tick: string) =>
    `${title('主要专业技术工作经历')}<table>${th('记录序号', box('xh'))}${th('起始时间', box('qs'))}${th('终止时间', `${box('zz')}<input type="checkbox" id="zj" name="zj"${tick}><label for="zj">至今</label>`)}</table>`;
  const untilNow = (p: ReturnType<typeof plan>['plan']) => p.items.find((i) => i.label === '至今')!;

  it('an unticked 至今 box the fill ticks: no 页面现为, in the preview and the report', async () => {
    const { snapshot, plan: p } = plan(work(''), 'work-experience');
    expect(untilNow(p)).toMatchObject({ action: 'fill', value: '是' });
    expect(untilNow(p).current).toBeUndefined();
    const report = await applyFill(document, snapshot, p, { overwrite: new Set() });
    const row = report.items.find((i) => i.label === '至今')!;
    expect(row).toMatchObject({ result: 'filled' });
    expect(row.current).toBeUndefined();
  });

  it('a 至今 box the page disabled is the page’s: left alone, the user asked to check (it was planned as 将填写, then reported 失败)', async () => {
    const { snapshot, plan: p } = plan(work(' disabled'), 'work-experience');
    expect(untilNow(p)).toMatchObject({ action: 'needs-user', overwrite: false, current: '否', reason: t('fill_reason_disabled_differs') });
    const row = (await applyFill(document, snapshot, p, { overwrite: new Set([untilNow(p).control]) })).items.find((i) => i.label === '至今')!;
    expect(row.result).toBe('needs-user');
    expect((document.getElementById('zj') as HTMLInputElement).checked).toBe(false);
  });

  it('a ticked 至今 box for a job ended: 页面现为：是 (it matters: the user is asked)', () => {
    const ended = profileSchema.parse({ ...sample.profile, workHistory: [{ ...sample.profile.workHistory[0], endDate: '2023-06-30' }] });
    document.body.innerHTML = work(' checked');
    const snapshot = collectSnapshot(document);
    const p = planFill(snapshot, recognizeFields(snapshot, 'work-experience'), ended, 'work-experience');
    expect(untilNow(p)).toMatchObject({ action: 'needs-user', value: '否', current: '是' });
  });

  it('是否全日制 as a lone box: unticked and ticked by the fill, no 页面现为; disabled, 页面现为：否 beside 与档案不同', () => {
    const form = (extra: string) =>
      `${title('学位（学历）教育情况')}<table>${th('记录序号', box('xh'))}${th('是否全日制', `<input type="checkbox" id="qrz" name="qrz"${extra}>`)}</table>`;
    const open = plan(form(''), 'education').plan;
    expect(item(open, 'education.studyMode')).toMatchObject({ action: 'fill', value: '是', option: 'true' });
    expect(item(open, 'education.studyMode').current).toBeUndefined();
    expect(item(plan(form(' disabled'), 'education').plan, 'education.studyMode')).toMatchObject({ action: 'needs-user', current: '否', reason: t('fill_reason_disabled_differs') });
  });

  it('是否全日制 ticked on the page, the profile 非全日制: unticked only with 覆盖 (it was unticked without asking)', async () => {
    const partTime = profileSchema.parse({ ...sample.profile, education: sample.profile.education.map((e) => ({ ...e, studyMode: '非全日制' })) });
    document.body.innerHTML = `${title('学位（学历）教育情况')}<table>${th('记录序号', box('xh'))}${th('是否全日制', '<input type="checkbox" id="qrz" name="qrz" checked>')}</table>`;
    const snapshot = collectSnapshot(document);
    const p = planFill(snapshot, recognizeFields(snapshot, 'education'), partTime, 'education');
    const studyMode = item(p, 'education.studyMode');
    expect(studyMode).toMatchObject({ value: '否', option: 'false', current: '是', overwrite: true, outcome: 'conflict', reason: t('fill_reason_overwrite') });
    const fullTime = document.getElementById('qrz') as HTMLInputElement;
    const kept = (await applyFill(document, snapshot, p, { overwrite: new Set() })).items.find((i) => i.key === 'education.studyMode')!;
    expect(kept.result).toBe('skipped');
    expect(fullTime.checked).toBe(true);
    const written = (await applyFill(document, collectSnapshot(document), p, { overwrite: new Set([studyMode.control]) })).items.find((i) => i.key === 'education.studyMode')!;
    expect(written.result).toBe('filled');
    expect(fullTime.checked).toBe(false);
  });
});
