/**
 * checks57 in happy-dom: the pre-submit checks on markup the practice portal does not have
 * (tests/e2e/checks57-pages.ts), read the way the content script reads a frame, then checked.
 * The same pages in Chromium: tests/e2e/checks-markup.test.ts (checks57).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { C57_BODIES } from '../../e2e/checks57-pages';
import { checksOn } from './checks-on';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('checks57: the checks on markup the practice portal does not have', () => {
  it('item 1: 出生日期 typed in three boxes ([1998]年[06]月[12]日) is read whole: a month other than the ID number\'s is id-birthdate-mismatch, its own month (05 or 5) none', () => {
    const page = C57_BODIES['birth-boxes'];
    expect(checksOn(page)).toEqual({ step: 'basic-info', findings: ['id-birthdate-mismatch:error:basic.birthDate'] });
    expect(checksOn(page, { txtMonth: '05' }).findings).toEqual([]);
    expect(checksOn(page, { txtMonth: '5' }).findings).toEqual([]);
    expect(checksOn(page, { txtMonth: '05', txtDay: '13' }).findings).toEqual(['id-birthdate-mismatch:error:basic.birthDate']);
    // The day not typed yet: the date is read as far as it is typed (1998-05).
    expect(checksOn(page, { txtMonth: '05', txtDay: '' }).findings).toEqual([]);
  });

  it('item 2: saved qualifications whose 排序 is typed in a box in each row, 1 and 3: record-sequence; 1 and 2 none', () => {
    const page = C57_BODIES['sort-boxes'];
    expect(checksOn(page)).toEqual({ step: 'qualification-history', findings: ['record-sequence:error:记录序号'] });
    expect(checksOn(page, { txtPX2: '2' }).findings).toEqual([]);
    // 排序号 and 序号 head such a column too; a box left empty is a blank number.
    expect(checksOn(page.replace('<th>排序</th>', '<th>排序号</th>')).findings).toEqual(['record-sequence:error:记录序号']);
    expect(checksOn(page.replace('<th>排序</th>', '<th>序号</th>'), { txtPX2: '' }).findings).toEqual(['record-sequence:error:记录序号']);
  });

  it('item 3: saved qualifications in a layui table (its header in a table of its own above the body\'s), numbered 1 and 3: record-sequence; 1 and 2 none', () => {
    const page = C57_BODIES['layui-two-tables'];
    expect(checksOn(page)).toEqual({ step: 'qualification-history', findings: ['record-sequence:error:记录序号'] });
    expect(checksOn(page.replace('>3</div>', '>2</div>')).findings).toEqual([]);
    // Its pager, under layui's box around both tables, says 共 12 条: page 2's 11, 12 is no error, 11, 13 is.
    const page2 = page.replace('共 2 条', '共 12 条').replace('>1</div>', '>11</div>');
    expect(checksOn(page2.replace('>3</div>', '>12</div>')).findings).toEqual([]);
    expect(checksOn(page2.replace('>3</div>', '>13</div>')).findings).toEqual(['record-sequence:error:记录序号']);
  });

  it('item 4: 年度考核 asked per year, a list or a box per year under 考核结果: 不合格 / 不称职 in any one year is annual-review-disqualifying (an error for the latest year, a warning for an earlier one); 合格 in every year none', () => {
    const lists = C57_BODIES['review-years-lists'];
    expect(checksOn(lists, { ddlKH2022: '3', ddlKH2023: '1', ddlKH2024: '1' })).toEqual({ step: 'annual-review', findings: ['annual-review-disqualifying:warning:年度考核结果'] });
    expect(checksOn(lists, { ddlKH2022: '1', ddlKH2023: '1', ddlKH2024: '3' }).findings).toEqual(['annual-review-disqualifying:error:年度考核结果']);
    expect(checksOn(lists, { ddlKH2022: '1', ddlKH2023: '1', ddlKH2024: '1' }).findings).toEqual([]);
    const text = C57_BODIES['review-years-text'];
    expect(checksOn(text).findings).toEqual(['annual-review-disqualifying:warning:年度考核结果']);
    expect(checksOn(text, { txtKH2023: '称职' }).findings).toEqual([]);
  });

  it('item 5: a 奖惩情况 text area named only by the heading or legend above it, a note between them: awards-empty on 无, on spaces, on nothing; 无。 none', () => {
    expect(checksOn(C57_BODIES['awards-legend-note'])).toEqual({ step: 'awards-summary', findings: ['awards-empty:warning:awards'] });
    expect(checksOn(C57_BODIES['awards-legend-note'], { txtJCQK: '无。' }).findings).toEqual([]);
    expect(checksOn(C57_BODIES['awards-heading-note'])).toEqual({ step: 'awards-summary', findings: ['awards-empty:error:awards'] });
    expect(checksOn(C57_BODIES['awards-red-note'])).toEqual({ step: 'awards-summary', findings: ['awards-empty:error:awards'] });
    expect(checksOn(C57_BODIES['awards-red-note'], { txtJCQK: '无。' }).findings).toEqual([]);
  });
});
