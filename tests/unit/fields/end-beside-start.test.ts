/**
 * Left 29 item 4 (fixb27c, breaker 27 F16): the bare box after a start date's dash
 * ([txtKSSJ] - [txtJSSJ] in a cell labelled by a picture) is the end date. The fill plan alone took
 * it so (its own rule, planEndBeside); the checks, 存入档案 and the overlay's fields did not, so a
 * required end box left empty beside a ticked □至今 was a required-field error ("-"是必填项) and
 * 存入档案 left the end date out. Now field recognition decides it, and every reader follows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { capturedValuesFromPage } from '../../../lib/content/capture';
import { installLocale } from '../i18n-fake';
import { N, crumb, readPage, row } from '../breaker27/read-page';

/** A 主要专业技术工作经历 form: 工作单位, the period as [start] - [end] under a picture label, `extra` rows after it. */
const form = (start: string, end: string, extra = '') =>
  `${crumb('主要专业技术工作经历')}<table>${row('工作单位', `<input name="${N}txtDW" id="txtDW" value="广州绿源环境监测技术有限公司" />`)}${row('<img src="images/l2.gif" />', `${start} - ${end}`)}${extra}</table><input type="submit" value="保存" />`;
const box = (id: string, attrs = '') => `<input type="text" name="${N}${id}" id="${id}"${attrs} />`;
const UNTIL_NOW = `<tr><td></td><td><input type="checkbox" id="cbZJ" name="${N}cbZJ" checked /><label for="cbZJ">至今</label></td></tr>`;

/** What the page's reading gives: each control's key by id, the fields' values, the findings, what 存入档案 takes. */
function read(body: string) {
  const r = readPage(body);
  const id = (control: number) => r.snapshot.controls[control]!.id;
  return {
    ...r,
    keys: Object.fromEntries(r.evaluation.matches.map((m) => [id(m.control), m.key])),
    captured: capturedValuesFromPage(r.evaluation.fields, r.step, null).map((v) => `${v.path}=${v.value}`),
  };
}

describe('the bare box after a start date’s dash is the end date for every reader', () => {
  beforeEach(() => {
    installLocale();
    document.title = '广州市职称业务申报与管理系统';
  });

  it('recognised as the end date: the checks’ fields and 存入档案 read it', () => {
    const r = read(form(box('txtKSSJ', ' value="2019-01"'), box('txtJSSJ', ' value="2020-06"')));
    expect(r.step).toBe('work-experience');
    expect(r.keys.txtJSSJ).toBe('workHistory.endDate');
    expect(r.evaluation.fields.map((f) => `${f.key}=${f.value}`)).toContain('workHistory.endDate=2020-06');
    expect(r.captured).toContain('workHistory[0].endDate=2020-06');
  });

  it('a required end box left empty while □至今 is ticked is no required-field error', () => {
    const r = read(form(box('txtKSSJ', ' value="2019-01"'), box('txtJSSJ', ' required'), UNTIL_NOW));
    expect(r.evaluation.findings.filter((f) => f.checkId === 'required-field')).toEqual([]);
  });

  it('the fill plans it from the same rule (the end date into the box after the dash)', () => {
    const r = read(form(box('txtKSSJ'), box('txtJSSJ')));
    expect(r.plan).toEqual(expect.arrayContaining(['txtKSSJ|workHistory.startDate|fill|2020-07-01', 'txtJSSJ|workHistory.endDate|fill|至今']));
  });

  it.each([
    ['the end asked elsewhere (终止时间 in a row of its own)', form(box('txtKSSJ'), box('txtX')) + '', row('终止时间', box('txtZZSJ'))],
    ['a third box after another dash (a date in parts)', form(box('txtKSSJ'), `${box('txtX')} - ${box('txtY')}`), ''],
    ['a box after a dash beside a box that is no start date', `${crumb('主要专业技术工作经历')}<table>${row('工作单位', `${box('txtDW')} - ${box('txtX')}`)}</table><input type="submit" value="保存" />`, ''],
    ['a box after a dash beside a box recognised as nothing', `${crumb('主要专业技术工作经历')}<table>${row('工作单位', box('txtDW'))}${row('<img src="images/l9.gif" />', `${box('txtQ')} - ${box('txtX')}`)}</table><input type="submit" value="保存" />`, ''],
  ])('not when %s', (_, body, extra) => {
    const r = read(extra ? body.replace('</table>', `${extra}</table>`) : body);
    expect(r.step).toBe('work-experience');
    expect(r.keys.txtX).toBeNull();
    expect(r.plan.map((p) => p.split('|')[0])).not.toContain('txtX');
  });
});
