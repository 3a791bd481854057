/**
 * fill64 item 3, in happy-dom: a record's period asked by its years alone — 起止年份 [2016▾] 至
 * [2020▾], or boxes hinted yyyy — gets the years of the record's startDate and endDate (a null
 * endDate: 至今 where the year list offers it, else 需您处理). The start was skipped: recognition did
 * not read 起止年份 as a period's label (lib/fields/dictionary.ts RANGE_LABEL had 起止时间 / 日期 /
 * 年月 / 年限, no 年份), so the first list or box was no field. Pages: tests/e2e/fill64-pages.ts and
 * small ones here.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { planPage, th, box, sel, title } from '../fill/page-markup';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { F64_PAGES } from '../../e2e/fill64-pages';
import { planned } from './pages';

/** Year options 2010 … 2024 as bare years, and `more` after them. */
const years = (more: [string, string][] = []): [string, string][] => [...Array.from({ length: 15 }, (_, i) => [String(2010 + i), String(2010 + i)] as [string, string]), ...more];

const EDUCATION = title('学位（学历）教育情况');
const WORK = title('主要专业技术工作经历');
/** A record form: the school (or employer) box, then `period` under `label`. */
const form = (head: string, name: string, label: string, period: string) => `${head}<table>${th(name, box('mc'))}${th(label, period)}</table><input type="submit" value="保存">`;

/** Each planned row of the period's controls (ids ks, js): `id key outcome value`, and the reason of a row not filled. */
function periodRows(html: string, step: 'education' | 'work-experience') {
  const { plan, snapshot } = planPage(html, step);
  return plan.items.filter((i) => /^(ks|js)$/.test(snapshot.controls[i.control]!.id)).map((i) => [snapshot.controls[i.control]!.id, i.key, i.outcome, i.value, i.action === 'fill' ? '' : i.reason].join(' ').trim());
}

/** The record-period-order findings of `html` with the start list `#ks` and the end list `#js` set to `from` and `to`, with no profile. */
function periodFindings(html: string, from: string, to: string): string[] {
  document.body.innerHTML = `<form>${html}</form>`;
  (document.getElementById('ks') as HTMLSelectElement).value = from;
  (document.getElementById('js') as HTMLSelectElement).value = to;
  const { findings } = evaluatePage(collectSnapshot(document, window), { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  return findings.filter((f) => f.checkId === 'record-period-order').map((f) => `${f.field}: ${f.message}`);
}

describe('fill64 item 3: a period asked by its years alone', () => {
  beforeEach(() => installLocale());

  it('起止年份 over two year lists: the first is the start, the one after 至 the end (the first was no field)', () => {
    document.body.innerHTML = form(EDUCATION, '毕业院校', '起止年份', `${sel('ks', years())} 至 ${sel('js', years())}`);
    const snapshot = collectSnapshot(document);
    expect(recognizeFields(snapshot, 'education').filter((m) => m.key).map((m) => `${snapshot.controls[m.control]!.id}: ${m.key}`)).toEqual(['mc: education.school', 'ks: education.startDate', 'js: education.endDate']);
  });

  it('the lists get the record’s years; a job still held 至今 where the end’s list offers it, else 需您处理', () => {
    expect(periodRows(form(EDUCATION, '毕业院校', '起止年份', `${sel('ks', years())} 至 ${sel('js', years())}`), 'education')).toEqual(['ks education.startDate will-fill 2016', 'js education.endDate will-fill 2020']);
    expect(periodRows(form(WORK, '工作单位', '起止年份', `${sel('ks', years())} 至 ${sel('js', years([['0', '至今']]))}`), 'work-experience')).toEqual([
      'ks workHistory.startDate will-fill 2020',
      'js workHistory.endDate will-fill 至今',
    ]);
    expect(periodRows(form(WORK, '工作单位', '起止年份', `${sel('ks', years())} 至 ${sel('js', years())}`), 'work-experience')).toEqual([
      'ks workHistory.startDate will-fill 2020',
      'js workHistory.endDate needs-user 至今 档案中该段经历至今未结束，页面的年份中没有“至今”，请按页面提示填写',
    ]);
  });

  it('boxes: hinted yyyy, of four characters, or bare under 起止年份 (the end written as its start), get the years; [    ]-[    ] of four each too', () => {
    const boxes = (extra: string, between = ' 至 ') => form(EDUCATION, '毕业院校', '起止年份', `${box('ks', extra)}${between}${box('js', extra)}`);
    for (const extra of [' placeholder="yyyy"', ' maxlength="4"', '']) expect(periodRows(boxes(extra), 'education'), extra).toEqual(['ks education.startDate will-fill 2016', 'js education.endDate will-fill 2020']);
    const { plan } = planPage(boxes(' maxlength="4"', '-'), 'education');
    expect(plan.items.find((i) => i.key === 'education.startDate')).toMatchObject({ value: '2016-2020', parts: [{ text: '2016' }, { text: '2020' }] });
  });

  it('one box under 起止年份 gets both years, 2016-2020 (not 2016.09-2020.06)', () => {
    expect(periodRows(form(EDUCATION, '毕业院校', '起止年份', box('ks')), 'education')).toEqual(['ks education.startDate will-fill 2016-2020']);
  });

  it('kept: 开始年份 / 结束年份 lists, and a 起止时间 box pair without a hint (a full date each)', () => {
    const own = `${EDUCATION}<table>${th('毕业院校', box('mc'))}${th('开始年份', sel('ks', years()))}${th('结束年份', sel('js', years()))}</table><input type="submit" value="保存">`;
    expect(periodRows(own, 'education')).toEqual(['ks education.startDate will-fill 2016', 'js education.endDate will-fill 2020']);
    expect(periodRows(form(EDUCATION, '毕业院校', '起止时间', `${box('ks')} 至 ${box('js')}`), 'education')).toEqual(['ks education.startDate will-fill 2016-09-01', 'js education.endDate will-fill 2020-06-30']);
  });

  it('the checks read the years as the period: 2016 至 2020 is in order, 2020 至 2016 reversed (the start was unread)', () => {
    const page = form(EDUCATION, '毕业院校', '起止年份', `${sel('ks', years())} 至 ${sel('js', years())}`);
    expect(periodFindings(page, '2016', '2020')).toEqual([]);
    expect(periodFindings(page, '2020', '2016')).toEqual([expect.stringMatching(/^education\.endDate: 终止时间（2016）早于起始时间（2020）/)]);
  });

  it('the browser test’s pages: fieldset lists, Bootstrap 工作经历 lists with 至今, WebForms boxes hinted yyyy', () => {
    expect(planned(F64_PAGES['period-years-fieldset']!)).toEqual({ step: 'education', rows: ['yx education.school will-fill 华南理工大学', 'ksnf education.startDate will-fill 2016', 'jsnf education.endDate will-fill 2020'] });
    expect(planned(F64_PAGES['period-years-work-bootstrap']!).rows.slice(1)).toEqual(['ddlKsnf workHistory.startDate will-fill 2020', 'ddlJsnf workHistory.endDate will-fill 至今']);
    expect(planned(F64_PAGES['period-years-boxes-webform']!).rows.slice(1)).toEqual(['txtKSNF education.startDate will-fill 2016', 'txtJSNF education.endDate will-fill 2020']);
  });
});
