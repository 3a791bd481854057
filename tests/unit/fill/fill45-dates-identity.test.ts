/**
 * Fill 45: dates and 证件类型 on markup the practice portal does not have — a date in a year box
 * and month and day boxes with a dash or slash between, My97's weekday ('yyyy年MM月dd日 DD') and
 * time ('yyyy-MM-dd HH:mm'), a two-digit year ('yy-MM-dd', "98-05-12" saved), 证件类型 in a box
 * (the portal's read-only one): each planned as the page writes it and said truly. The sample
 * profile: born 1998-05-12 (a Tuesday), 参加工作时间 2020-07-01, 公民身份号码 440106199805120314.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFill } from '../../../lib/fill/apply';
import { isPlaceholderOption } from '../../../lib/page/page-text';
import { withLaydateFormats } from '../../../lib/fill/laydate';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { sampleProfile } from './page-markup';
import { formatDate, readShownDateParts, sameDate } from '../../../lib/fill/dates';
import { box, planPage, th, title } from './page-markup';
import { installLocale } from '../i18n-fake';

const basic = (rows: string) => `${title('基本信息')}<table>${th('姓名', box('xm'))}${rows}</table><input type="submit" value="保存">`;
const item = (html: string, key: string) => planPage(basic(html), 'basic-info').plan.items.find((i) => i.key === key);

beforeEach(() => installLocale());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('a date in a year box and month and day boxes', () => {
  it.each([' - ', '/', '.'])('with %j between them: each part into its box; two boxes of a period keep theirs', (sep) => {
    const boxes = [box('n', ' maxlength="4"'), box('y', ' maxlength="2"'), box('r', ' maxlength="2"')].join(sep);
    expect(item(th('出生日期', boxes), 'basic.birthDate')).toMatchObject({ action: 'fill', value: '1998-05-12', parts: [{ text: '1998' }, { text: '05' }, { text: '12' }] });
    // No box of four before the separator: a period's start and end, not a date's parts.
    const period = box('ks', ' placeholder="yyyy-MM"') + sep + box('js', ' placeholder="yyyy-MM"');
    expect(item(th('出生日期', period), 'basic.birthDate')?.parts).toBeUndefined();
    // A period in four boxes ([2021].[03] ~ [2022].[12]): another mark after the month begins the end;
    // no year box gets a whole date or period written into it.
    const four = [box('qn', ' maxlength="4"'), box('qy', ' maxlength="2"')].join(sep) + ' ~ ' + [box('zn', ' maxlength="4"'), box('zy', ' maxlength="2"')].join(sep);
    const { snapshot, plan } = planPage(`${title('从事专业技术工作及取得的业绩成果情况')}<table>${th('项目名称', box('mc'))}${th('起止时间', four)}</table>`, 'achievements');
    const intoYearBox = plan.items.filter((i) => i.action === 'fill' && !i.parts && /^[qz]n$/.test(snapshot.controls[i.control]!.id));
    expect(intoYearBox).toEqual([]);
    // Two year boxes ([2016]-[2020], the start's and the end's): no month written into the end's year.
    const years = planPage(`${title('学位（学历）教育情况')}<table>${th('记录序号', box('xh'))}${th('入学时间', box('qn', ' maxlength="4"') + sep + box('zn', ' maxlength="4"'))}</table>`, 'education');
    expect(years.plan.items.filter((i) => i.parts).map((i) => i.parts!.map((p) => p.text))).toEqual([]);
  });
});

describe('My97 formats: the weekday and the time', () => {
  it('a placeholder yyyy年MM月dd日 DD: written with the weekday', () => {
    expect(item(th('出生日期', box('cs', ' placeholder="yyyy年MM月dd日 DD"')), 'basic.birthDate')).toMatchObject({ action: 'fill', value: '1998年05月12日 星期二' });
  });

  it('the same day saved with its weekday is 已一致; another day is still a conflict', () => {
    expect(item(th('出生日期', box('cs', ' value="1998年05月12日 星期二"')), 'basic.birthDate')).toMatchObject({ action: 'skip', outcome: 'same' });
    expect(item(th('出生日期', box('cs', ' value="1998年05月13日 星期三"')), 'basic.birthDate')).toMatchObject({ outcome: 'conflict', value: '1998年05月12日 星期二' });
  });

  it('the checks read a date written with its weekday', () => {
    expect(readShownDateParts('1998年05月12日 星期二')).toEqual({ year: 1998, month: 5, day: 12 });
  });

  it.each(['yyyy-MM-dd HH:mm:ss', 'yyyy-MM-dd H:mm'])('a My97 box declaring %s: the time written as midnight, not as its tokens', (fmt) => {
    const my97 = box('gz', ` class="Wdate" onfocus="WdatePicker({dateFmt:'${fmt}'})"`);
    const written = fmt.endsWith('ss') ? '2020-07-01 00:00:00' : '2020-07-01 00:00';
    expect(item(th('参加工作时间', my97), 'basic.workStartDate')).toMatchObject({ action: 'fill', value: written });
  });

  it.each([
    ['（格式：yyyy-MM-dd HH:mm）', '2020-07-01 00:00'],
    ['（格式：yyyy-MM-dd HH:mm:ss）', '2020-07-01 00:00:00'],
  ])('a hint %s: the time written as midnight', (hint, written) => {
    expect(item(th('参加工作时间', box('gz') + hint), 'basic.workStartDate')).toMatchObject({ action: 'fill', value: written });
  });
});

describe('two-digit years', () => {
  it('98-05-12 saved is 已一致; 98-05-13 is not', () => {
    expect(item(th('出生日期', box('cs', ' value="98-05-12"')), 'basic.birthDate')).toMatchObject({ action: 'skip', outcome: 'same' });
    expect(item(th('出生日期', box('cs', ' value="98-05-13"')), 'basic.birthDate')).toMatchObject({ outcome: 'conflict', value: '98-05-12' });
  });

  it('a placeholder yy-MM-dd: written with two digits', () => {
    expect(item(th('参加工作时间', box('gz', ' placeholder="yy-MM-dd"')), 'basic.workStartDate')).toMatchObject({ action: 'fill', value: '20-07-01' });
    expect(formatDate('2020-07-01', 'yy/M/d')).toEqual({ ok: true, text: '20/7/1' });
    expect(sameDate('20/7/1', '2020-07-01', 'yy/M/d')).toBe(true);
  });
});

describe('证件类型 in a box', () => {
  const page = (type: string) => th('证件类型', box('lx', `${type} readonly="readonly"`)) + th('证件号码', box('hm'));

  it('a read-only 居民身份证 is 已一致 and 证件号码 is written', () => {
    const { plan } = planPage(basic(page(' value="居民身份证"')), 'basic-info');
    expect(plan.items.filter((i) => i.key === 'page.idType' || i.key === 'basic.idNumber').map((i) => [i.key, i.action, i.outcome])).toEqual([
      ['page.idType', 'skip', 'same'],
      ['basic.idNumber', 'fill', 'will-fill'],
    ]);
  });

  it('a read-only 护照: neither is written, both rows name the 护照', () => {
    const { plan } = planPage(basic(page(' value="护照"')), 'basic-info');
    const rows = plan.items.filter((i) => i.key === 'page.idType' || i.key === 'basic.idNumber');
    expect(rows.map((i) => [i.key, i.action])).toEqual([
      ['page.idType', 'needs-user'],
      ['basic.idNumber', 'needs-user'],
    ]);
    for (const row of rows) expect(row.reason).toContain('护照');
  });

  it('an empty box that takes typing gets 居民身份证', () => {
    const { plan } = planPage(basic(th('证件类型', box('lx')) + th('证件号码', box('hm'))), 'basic-info');
    expect(plan.items.find((i) => i.key === 'page.idType')).toMatchObject({ action: 'fill', value: '居民身份证' });
  });
});

describe('fields the portal holds', () => {
  it('证件类型 a disabled list on 护照: left to the user saying so, no 覆盖; 证件号码 not written', () => {
    const list = '<select id="lx" name="lx" disabled><option value="01">居民身份证</option><option value="03" selected>护照</option></select>';
    const { plan } = planPage(basic(th('证件类型', list) + th('证件号码', box('hm'))), 'basic-info');
    const rows = plan.items.filter((i) => i.key === 'page.idType' || i.key === 'basic.idNumber');
    expect(rows.map((i) => [i.key, i.action, i.overwrite, i.reason?.includes('护照')])).toEqual([
      ['page.idType', 'needs-user', false, true],
      ['basic.idNumber', 'needs-user', false, true],
    ]);
  });

  it.each([
    ['民族', '汉', 'basic.ethnicity'],
    ['政治面貌', '中国共产党党员', 'basic.politicalStatus'],
    ['最高学历', '本科', 'basic.highestEducation'],
  ])('a read-only %s box showing %s is the profile’s word: 已一致; another entry of the table is not', (label, shown, key) => {
    expect(item(th(label, box('b', ` value="${shown}" readonly`)), key)).toMatchObject({ action: 'skip', outcome: 'same' });
    // 群众 is no 中共党员 however tolerant the reading (nor 无党派人士: another entry of GB/T 4762).
    expect(item(th('政治面貌', box('zz', ' value="群众" readonly')), 'basic.politicalStatus')).toMatchObject({ action: 'needs-user' });
  });
});

describe('My97 boxes keeping the real date in a vel field', () => {
  it.each([
    ["dateFmt:'yyyy年MM月dd日',vel:'hidCSRQ'", '1998年05月12日', '1998-05-12'],
    ["dateFmt:'yyyy年MM月dd日',vel:'hidCSRQ',realDateFmt:'yyyyMMdd'", '1998年05月12日', '19980512'],
  ])('WdatePicker({%s}): the box shows %s, the vel field gets %s', async (options, shown, real) => {
    const my97 = box('csrq', ` class="Wdate" onfocus="WdatePicker({${options}})"`) + '<input type="hidden" id="hidCSRQ" name="hidCSRQ">';
    const { snapshot, plan } = planPage(basic(th('出生日期', my97)), 'basic-info');
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'basic.birthDate')).toMatchObject({ result: 'filled' });
    expect([(document.getElementById('csrq') as HTMLInputElement).value, (document.getElementById('hidCSRQ') as HTMLInputElement).value]).toEqual([shown, real]);
  });
});

describe('date lists on their unit as the prompt', () => {
  const unitList = (id: string, unit: string, from: number, to: number) =>
    `<select id="${id}" name="${id}"><option value="0">${unit}</option>${Array.from({ length: to - from + 1 }, (_, i) => `<option value="${from + i}">${from + i}</option>`).join('')}</select>`;

  it('年, 月, 日, 年份, 月份 are prompts, not choices; 1998 is a choice', () => {
    expect(['年', '月', '日', '年份', '月份'].map((unit) => isPlaceholderOption(unit, '0', 0))).toEqual([true, true, true, true, true]);
    expect(isPlaceholderOption('1998', '1998', 0)).toBe(false);
  });

  it('the preview shows nothing on the page (it showed “--”, “份-份”) and chooses each date', () => {
    const lists = th('出生日期', unitList('n', '年', 1960, 2005) + unitList('y', '月', 1, 12) + unitList('r', '日', 1, 31)) + th('参加工作时间', unitList('gn', '年份', 1990, 2025) + unitList('gy', '月份', 1, 12));
    const { plan } = planPage(basic(lists), 'basic-info');
    expect(plan.items.filter((i) => i.key?.endsWith('Date')).map((i) => [i.key, i.action, i.current, i.lists?.map((l) => l.text)])).toEqual([
      ['basic.birthDate', 'fill', undefined, ['1998', '5', '12']],
      ['basic.workStartDate', 'fill', undefined, ['2020', '7']],
    ]);
  });
});

describe('a date’s boxes the page rewrites', () => {
  it('a month and day box whose script drops the zero (05 → 5): 已填写, not 失败; a phone’s area code so cut is still 失败', async () => {
    const dropZero = (id: string) => document.getElementById(id)!.addEventListener('change', (e) => {
      const el = e.target as HTMLInputElement;
      el.value = String(parseInt(el.value, 10));
    });
    const date = th('出生日期', [box('n', ' maxlength="4"'), box('y', ' maxlength="2"'), box('r', ' maxlength="2"')].join('年') + '日');
    const phone = th('办公电话', box('qh') + '-' + box('hm'));
    const { snapshot, plan } = planPage(basic(date + phone), 'basic-info', () => ['y', 'r', 'qh'].forEach(dropZero));
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.filter((i) => i.key === 'basic.birthDate' || i.key === 'basic.phone').map((i) => [i.key, i.result])).toEqual([
      ['basic.birthDate', 'filled'],
      ['basic.phone', 'failed'],
    ]);
    expect(['n', 'y', 'r'].map((id) => (document.getElementById(id) as HTMLInputElement).value)).toEqual(['1998', '5', '12']);
  });
});

describe('a laydate datetime picker', () => {
  it('type: \'datetime\' and no format: the date written with laydate’s default time, 2020-07-01 00:00:00', () => {
    document.body.innerHTML = basic(th('参加工作时间', box('gz', ' class="layui-input" readonly lay-key="1"'))) +
      `<script>layui.use('laydate', function () { layui.laydate.render({ elem: '#gz', type: 'datetime' }); });</script>`;
    const snapshot = withLaydateFormats(document, collectSnapshot(document, window));
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), sampleProfile, 'basic-info');
    expect(plan.items.find((i) => i.key === 'basic.workStartDate')).toMatchObject({ action: 'fill', value: '2020-07-01 00:00:00' });
  });
});
