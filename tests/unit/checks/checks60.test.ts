/**
 * checks60 in happy-dom: a record whose start is after its end (record-period-order) on the pages
 * of tests/e2e/checks60-pages.ts, read the way the content script reads a frame, then checked.
 * The same pages in Chromium: tests/e2e/checks-markup.test.ts (checks60).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { C60_BODIES } from '../../e2e/checks60-pages';
import { checksOn } from './checks-on';

afterEach(() => {
  document.body.innerHTML = '';
});

const boxes = C60_BODIES['education-period-boxes'];
const lists = C60_BODIES['work-period-lists'];
/** The lists' choices (happy-dom shows a list's first option, not the one marked selected further down). */
const chosen = { ddlQSN: '2020', ddlQSY: '09', ddlZZN: '2016', ddlZZY: '06' };

describe('checks60: a record whose start is after its end', () => {
  it('a period typed in 起始时间 / 终止时间 boxes, 2020.09 to 2016年6月: record-period-order on the end (error), nothing else', () => {
    expect(checksOn(boxes)).toEqual({ step: 'education', findings: ['record-period-order:error:education.endDate'] });
  });

  it('a period chosen in 起始年 起始月 / 终止年 终止月 lists, 2020-09 to 2016-06: record-period-order on the end', () => {
    expect(checksOn(lists, chosen)).toEqual({ step: 'work-experience', findings: ['record-period-order:error:workHistory.endDate'] });
    // A month after within the same year.
    expect(checksOn(lists, { ...chosen, ddlZZN: '2020', ddlZZY: '08' }).findings).toEqual(['record-period-order:error:workHistory.endDate']);
  });

  it('dates read as the other checks read them (readShownDateParts): 2016.6, 2016年6月, 201606, 2016/6/30, 2016-06-30 0:00:00 are June 2016', () => {
    // Each end, and a start in its own month written another way (the same month: no finding, whatever the day).
    const ends: [end: string, sameMonth: string][] = [
      ['2016.6', '2016-06-30'],
      ['2016年6月', '2016.06'],
      ['201606', '2016年6月30日'],
      ['2016/6/30', '201606'],
      ['2016-06-30 0:00:00', '2016/6/1'],
    ];
    for (const [end, sameMonth] of ends) {
      expect(checksOn(boxes, { txtZZSJ: end }).findings, end).toEqual(['record-period-order:error:education.endDate']);
      expect(checksOn(boxes, { txtQSSJ: sameMonth, txtZZSJ: end }).findings, `${sameMonth} – ${end}`).toEqual([]);
    }
  });

  it('the reversed period’s finding goes once it is in order, the end in the start’s month (2016-06 and 2016-06-30), 至今, blank or a date never set', () => {
    expect(checksOn(boxes).findings).toEqual(['record-period-order:error:education.endDate']);
    expect(checksOn(C60_BODIES['education-period-in-order'])).toEqual({ step: 'education', findings: [] });
    expect(checksOn(boxes, { txtQSSJ: '2016-06', txtZZSJ: '2016-06-30' }).findings).toEqual([]);
    expect(checksOn(boxes, { txtQSSJ: '2016-06-30', txtZZSJ: '2016-06' }).findings).toEqual([]);
    expect(checksOn(boxes, { txtZZSJ: '至今' }).findings).toEqual([]);
    expect(checksOn(boxes, { txtZZSJ: '' }).findings).toEqual(['required-field:error:终止时间']);
    expect(checksOn(boxes, { txtZZSJ: '1900-01-01' }).findings).toEqual(['required-field:error:终止时间']);
    expect(checksOn(lists, { ...chosen, ddlZZN: '9999', ddlZZY: '' }).findings).toEqual([]);
    expect(checksOn(lists, { ...chosen, ddlZZN: '2020', ddlZZY: '09' }).findings).toEqual([]);
  });
});
