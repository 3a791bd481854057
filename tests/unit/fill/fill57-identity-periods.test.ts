/**
 * Fill 57: 证件号码 beside a 证件类型 the user set to another document (a list or radios on 护照),
 * or shown as plain text (护照 in a cell, no control). The profile's 公民身份号码 is the
 * 居民身份证's number: it is written only with the 证件类型 changed to the 居民身份证 by the same
 * fill (the user's 覆盖 tick on it), else the row is the user's, saying why; under a document the
 * page writes as text, never.
 * The sample profile: 公民身份号码 440106199805120314.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyFill } from '../../../lib/fill/apply';
import { shownTexts } from '../../../lib/page/id-document-text';
import { planFill } from '../../../lib/fill/plan';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { box, planPage, sampleProfile, sel, th, title, valueOf, years } from './page-markup';
import { installLocale } from '../i18n-fake';

/** The 证件类型 the page shows as text (lib/page/id-document-text.ts). */
const shownIdDocument = (doc: Document) => shownTexts(doc).idDocumentText;

const basic = (rows: string) => `${title('基本信息')}<table>${th('姓名', box('xm'))}${rows}</table><input type="submit" value="保存">`;
const ID_TYPES: [string, string][] = [['01', '居民身份证'], ['03', '护照'], ['04', '港澳居民来往内地通行证']];
/** The user's choice of 护照 in the list. */
const choosePassport = () => ((document.getElementById('zjlx') as HTMLSelectElement).value = '03');
/** The 证件类型's and 证件号码's items of a plan or rows of a report. */
const idItems = <T extends { key: string | null }>(plan: { items: T[] }) => plan.items.filter((i) => i.key === 'page.idType' || i.key === 'basic.idNumber');

beforeEach(() => installLocale());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('证件类型 a list the user set to 护照', () => {
  const page = () => planPage(basic(th('证件类型', sel('zjlx', ID_TYPES)) + th('证件号码', box('zjhm'))), 'basic-info', choosePassport);

  it('plans the 证件号码 tied to the 证件类型’s 覆盖, saying 护照', () => {
    const { plan } = page();
    const [idType, idNumber] = idItems(plan);
    expect(idType).toMatchObject({ action: 'fill', value: '居民身份证', current: '护照', overwrite: true });
    expect(idNumber).toMatchObject({ action: 'fill', outcome: 'needs-user', onlyWith: idType!.control });
    expect(idNumber!.reason).toContain('护照');
  });

  it('without the tick nothing is written; with it both are', async () => {
    const { snapshot, plan } = page();
    const unticked = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(idItems(unticked).map((r) => r.result)).toEqual(['skipped', 'needs-user']);
    expect([valueOf('zjlx'), valueOf('zjhm')]).toEqual(['03', '']);
    const ticked = await applyFill(document, snapshot, plan, { overwrite: new Set([plan.items.find((i) => i.key === 'page.idType')!.control]) });
    expect(idItems(ticked).map((r) => r.result)).toEqual(['filled', 'filled']);
    expect([valueOf('zjlx'), valueOf('zjhm')]).toEqual(['01', '440106199805120314']);
  });

  it('a list offering no 居民身份证 leaves the 证件号码 to the user', () => {
    const { plan } = planPage(basic(th('证件类型', sel('zjlx', ID_TYPES.slice(1))) + th('证件号码', box('zjhm'))), 'basic-info', choosePassport);
    expect(idItems(plan)[1]).toMatchObject({ action: 'needs-user' });
  });
});

describe('证件类型 radios on 港澳居民来往内地通行证', () => {
  it('the 证件号码 is tied to the radios’ 覆盖', () => {
    const radios = ID_TYPES.map(([v, text], i) => `<input type="radio" name="lx" id="lx${i}" value="${v}"${v === '04' ? ' checked' : ''}><label for="lx${i}">${text}</label>`).join('');
    const { plan } = planPage(basic(th('证件类型', radios) + th('证件号码', box('zjhm'))), 'basic-info');
    const [idType, idNumber] = idItems(plan);
    expect(idType).toMatchObject({ overwrite: true, current: '港澳居民来往内地通行证' });
    expect(idNumber).toMatchObject({ outcome: 'needs-user', onlyWith: idType!.control });
  });
});

describe('证件类型 shown as plain text beside the 证件号码 box', () => {
  /** Plans `html` as the fill reads it: with the 证件类型 the page writes as text (read with the page: lib/page/id-document-text.ts). */
  const idNumber = (html: string) => {
    document.body.innerHTML = basic(html);
    const snapshot = collectSnapshot(document);
    return planFill(snapshot, recognizeFields(snapshot, 'basic-info'), sampleProfile, 'basic-info').items.find((i) => i.key === 'basic.idNumber');
  };

  it.each([
    ['a span in the next cell', th('证件类型', '<span id="lbl">护照</span>') + th('证件号码', box('zjhm'))],
    ['the label’s own text', `<tr><td colspan="2">证件类型：港澳居民来往内地通行证</td></tr>` + th('证件号码', box('zjhm'))],
    ['pairs on one row', `<tr><td>*证件类型：</td><td>护照</td><td>*证件号码：</td><td>${box('zjhm')}</td></tr>`],
  ])('%s naming another document: the 公民身份号码 is not written, the row says which', (_, html) => {
    const item = idNumber(html);
    expect(item).toMatchObject({ action: 'needs-user' });
    expect(item!.reason).toMatch(/护照|港澳居民来往内地通行证/);
  });

  it('a text 居民身份证, or a 证件类型 list after the label, leaves the 证件号码 to be written', () => {
    expect(idNumber(th('证件类型', '居民身份证') + th('证件号码', box('zjhm')))).toMatchObject({ action: 'fill' });
    expect(shownIdDocument((document.body.innerHTML = th('证件类型', sel('zjlx', ID_TYPES)), document))).toBeUndefined();
    // A list's head (证件类型 | 证件号码, 证件类型 | 证件号) names columns, not the page's document.
    for (const head of ['<th>证件类型</th><th>证件号码</th>', '<td>证件类型</td><td>证件号</td>', '<th>证件类型</th><th>姓名</th>']) {
      document.body.innerHTML = `<table><tr>${head}</tr><tr><td>护照</td><td>E12345678</td></tr></table>`;
      expect(shownIdDocument(document), head).toBeUndefined();
    }
  });
});

describe('a period on a record form', () => {
  const years = (from: number, to: number): [string, string][] => Array.from({ length: to - from + 1 }, (_, i) => [String(from + i), String(from + i)]);
  const twoDigitMonths = (): [string, string][] => Array.from({ length: 12 }, (_, i) => [String(i + 1).padStart(2, '0'), String(i + 1).padStart(2, '0')]);
  const dated = (plan: { items: { key: string | null; action: string; value: string; parts?: { text: string }[]; lists?: { text: string }[]; reason?: string }[] }) =>
    plan.items.filter((i) => i.key?.endsWith('Date')).map((i) => [i.key, i.action, (i.parts ?? i.lists)?.map((p) => p.text).join('|') ?? i.reason]);

  it('typed in four boxes, [2016].[09] - [2020].[06]: each date into its own year and month boxes', () => {
    const four = `${box('qn', ' maxlength="4"')}.${box('qy', ' maxlength="2"')} - ${box('zn', ' maxlength="4"')}.${box('zy', ' maxlength="2"')}`;
    const { plan } = planPage(`${title('学位（学历）教育情况')}<table>${th('毕业院校', box('yx'))}${th('起止年月', four)}</table>`, 'education');
    expect(dated(plan)).toEqual([
      ['education.startDate', 'fill', '2016|09'],
      ['education.endDate', 'fill', '2020|06'],
    ]);
    // A job still held: the start written, the end's boxes the user's, saying 至今 does not go into them.
    const work = planPage(`${title('主要专业技术工作经历')}<table>${th('工作单位', box('dw'))}${th('起止年月', four)}</table>`, 'work-experience').plan;
    expect(dated(work).map(([key, action]) => [key, action])).toEqual([
      ['workHistory.startDate', 'fill'],
      ['workHistory.endDate', 'needs-user'],
    ]);
    expect(String(dated(work)[1]![2])).toContain('至今');
  });

  it('in 起始年 起始月 / 终止年 终止月 lists each labelled on its own: the start’s and the end’s lists chosen, 至今 where the year list offers it', () => {
    const lists = (end: [string, string][]) => `<tr><th>起始年</th><td>${sel('qsn', years(2010, 2025))}</td><th>起始月</th><td>${sel('qsy', twoDigitMonths())}</td></tr>
      <tr><th>终止年</th><td>${sel('zzn', end)}</td><th>终止月</th><td>${sel('zzy', twoDigitMonths())}</td></tr>`;
    const work = (end: [string, string][]) => planPage(`${title('主要专业技术工作经历')}<table>${th('工作单位', box('dw'))}${lists(end)}</table>`, 'work-experience').plan;
    expect(dated(work([['9999', '至今'], ...years(2010, 2025)]))).toEqual([
      ['workHistory.startDate', 'fill', '2020|07'],
      ['workHistory.endDate', 'fill', '至今'],
    ]);
    // No 至今 to choose: the end is the user's, saying so, not left out of the preview.
    expect(dated(work(years(2010, 2025)))[1]!.slice(0, 2)).toEqual(['workHistory.endDate', 'needs-user']);
    const education = planPage(`${title('学位（学历）教育情况')}<table>${th('毕业院校', box('yx'))}${lists(years(2010, 2025))}</table>`, 'education').plan;
    expect(dated(education)).toEqual([
      ['education.startDate', 'fill', '2016|09'],
      ['education.endDate', 'fill', '2020|06'],
    ]);
  });
});

describe('months worded 一月…十二月, their values the same words', () => {
  const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((m) => `${m}月`);
  const page = (choose?: () => void) =>
    planPage(`${title('学位（学历）教育情况')}<table>${th('毕业院校', box('yx'))}${th('入学年月', sel('rxn', years(2010, 15)) + '年' + sel('rxy', CN.map((m) => [m, m])))}</table>`, 'education', choose).plan.items.find((i) => i.key === 'education.startDate');

  it('九月 chosen for the profile’s 2016-09, shown as 2016-09', () => {
    expect(page()).toMatchObject({ action: 'fill', value: '2016-09', lists: [{ text: '2016年' }, { option: '九月', text: '九月' }] });
  });

  it('a list showing 十一月 for it is the user’s other answer, kept without 覆盖 (no 十月 nor 一月 read in it)', () => {
    const other = page(() => {
      (document.getElementById('rxn') as HTMLSelectElement).value = '2016';
      (document.getElementById('rxy') as HTMLSelectElement).value = '十一月';
    });
    expect(other).toMatchObject({ outcome: 'conflict', current: '2016-11' });
  });
});
