/**
 * Breaker 32r item 2: the 终止时间 of a job still held (endDate null, 至今) on pages that ask it
 * their own way. A box whose page says to leave it empty for 至今 (不填表示至今, 至今不填) is left
 * empty, whatever format it asks — on main 至今 was typed into it unless the page also declared a
 * date format; a plain box still gets 至今, a 至今 checkbox is ticked with the box left empty, a
 * year list offering 至今 chooses it; a job that has ended gets its date everywhere.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import sample from '../../fixtures/sample-profile.json';
import { installLocale } from '../i18n-fake';
import { crumb, readPage, row } from './helpers';

const form = (end: string) =>
  `${crumb('主要专业技术工作经历')}<table>${row('记录序号', '<input id="xh">')}${row('起始时间', '<input id="qs">')}${row('终止时间', end)}${row('工作单位', '<input id="dw">')}</table><input type="submit" value="保存并新增">`;
const ended = { workHistory: [{ ...sample.profile.workHistory[0], endDate: '2024-06-30' }] };
const end = (html: string, over = {}) => readPage(html, over).items.filter((i) => i.key === 'workHistory.endDate').map((i) => [i.control, i.action, i.value]);

describe('至今 for the current job (breaker 32r item 2)', () => {
  beforeEach(() => installLocale());

  it.each(['<input id="zz">（不填表示至今）', '<input id="zz"> 至今不填', '<input id="zz"><span style="color:red">如至今在职，此项留空</span>'])('a box the page says to leave empty for 至今 (%s) is left empty', (cell) => {
    expect(end(form(cell))).toEqual([['zz', 'skip', '至今']]);
    expect(end(form(cell), ended)).toEqual([['zz', 'fill', '2024-06-30']]);
  });

  it('a plain box, or one asking for the word, gets 至今', () => {
    expect(end(form('<input id="zz">'))).toEqual([['zz', 'fill', '至今']]);
    expect(end(form('<input id="zz">（至今填写“至今”）'))).toEqual([['zz', 'fill', '至今']]);
  });

  it('a 至今 checkbox beside the box is ticked, the box left empty; a year list chooses its 至今', () => {
    expect(end(form('<input id="zz"> <input type="checkbox" id="zj">至今'))).toEqual([
      ['zz', 'skip', '至今'],
      ['zj', 'fill', '是'],
    ]);
    expect(end(form('<select id="zzn"><option value="">请选择</option><option>至今</option><option>2024</option><option>2020</option></select>年<select id="zzy"><option value="">请选择</option><option>06</option><option>07</option></select>月'))).toEqual([['zzn', 'fill', '至今']]);
  });
});
