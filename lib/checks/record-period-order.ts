import type { FieldKey } from '../fields/keys';
import { RECORD_STEPS, sectionOfStep } from '../fields/sections';
import { readShownYearOrDate } from '../fill/dates';
import { t } from '../i18n/t';
import { isUnsetDate } from '../fields/date-fields';
import { fieldFinding, valuesWithTies } from './common';
import type { Check, CheckAbout } from './types';

/**
 * Between the two dates of a period typed in one box (起止时间 [2016.09-2020.06], 2016年9月至2020年6月,
 * 2016.09——2020.06, laydate's 2016-09-01 - 2020-06-30): a dash, 至 or 到 before a year's four
 * digits, so that a date's own dash (2016-09-2020-06) parts nothing.
 */
const PERIOD_SPLIT = /\s*[-—~～至到–－]+\s*(?=\d{4})/;

/**
 * A record's 起始时间 no later than its 终止时间, on a record step's form (学历, 工作经历, 业绩 …: the
 * section's startDate and endDate, however the page asks them — two boxes, 起止时间 [ ] 至 [ ],
 * 起始年 / 终止年 lists, 入学年份 / 毕业年份 boxes: lib/fields/recognize.ts). Recognition's ties are read
 * too (CheckContext.matches): a box tied between the start and the end holding two dates is the
 * whole period (起止时间 [2016.09-2020.06]: PERIOD_SPLIT; checks 61 item 1), and a form holding two
 * records ties its two 起始时间 and two 终止时间 boxes (checks 61 item 3), and its two 起止时间 boxes
 * when each has a label of its own (range 63). The k-th start is paired with the k-th end, in page
 * order, a box holding the whole period with its own start; a box tied between both holding one date is a start (three rows
 * of 起止时间 [ ] 至 [ ] tie each row's first box between both, its second on the end). Both read as
 * the checks read a date
 * (readShownYearOrDate: 2016-06, 2016.6, 2016年6月, 201606, 2016/6/30 0:00:00, or a year alone) and
 * compared by month, the precision most such boxes ask: the same month is no finding, whatever the
 * days; with a year alone, by the year. An end of 至今, blank, a server's date never set (isUnsetDate)
 * or unreadable says nothing. The saved records' list is not read: no check reads dates from it.
 */
export const recordPeriodOrder: Check = {
  id: 'record-period-order',
  steps: RECORD_STEPS,
  run(ctx) {
    const key = (part: string) => `${sectionOfStep(ctx.step)}.${part}Date` as FieldKey;
    const end = key('end');
    // Every control's value in page order (a date's lists whole), a tie's under its keys joined:
    // two records' 起始时间 boxes tie on the start alone, a period box on the start and the end.
    const values = valuesWithTies(ctx);
    const starts = values.filter((f) => f.key.includes(key('start')));
    // A box tied between both is an end too when it holds the period (two dates), its second.
    return values.filter((f) => f.key.includes(end) && (f.key === end || PERIOD_SPLIT.test(f.value))).flatMap((last, i) => {
      // A box holding the whole period starts it itself (range 63: the first record's box empty, the
      // second's typed backwards; the k-th start was the empty box).
      const first = (last.key === end ? starts[i] : last)?.value.split(PERIOD_SPLIT)[0];
      const shown = last.value.split(PERIOD_SPLIT).pop()!;
      const from = first && readShownYearOrDate(first);
      // A server's date never set (1900-01-01) is no end: isUnfilled's one part a readable date can
      // meet (isBlank would not know a tied box for a date's).
      const to = !isUnsetDate(shown) && readShownYearOrDate(shown);
      // Months apart, the year's first: a later year is later whatever its month; a year alone has
      // no month (NaN apart: the same year is no finding).
      return from && to && (from.year - to.year || from.month! - to.month!) > 0
        ? [fieldFinding(recordPeriodOrder, { ...last, key: end }, t('check_record_period_order_reversed', shown, first))]
        : [];
    });
  },
};

/** What recordPeriodOrder checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const recordPeriodOrderAbout: CheckAbout = {
  id: 'record-period-order',
  title: '起始时间不晚于终止时间',
  source: 'spec/portal.md 第 5 步（工作经历的起止时间须合理）；各记录的起始时间应早于终止时间，终止时间更早的多为两个日期填反',
};
