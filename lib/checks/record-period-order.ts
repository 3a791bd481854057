import type { FieldKey } from '../fields/keys';
import type { PageFieldValue } from '../fields/match';
import { RECORD_STEPS, sectionOfStep } from '../fields/sections';
import { readShownYearOrDate } from '../fill/dates';
import { pageFieldValues } from '../fields/recognize';
import { t } from '../i18n/t';
import { isUnsetDate } from '../fields/date-fields';
import { fieldFinding } from './common';
import type { Check, CheckAbout } from './types';

/**
 * Between the two dates of a period typed in one box (起止时间 [2016.09-2020.06], 2016年9月至2020年6月,
 * 2016.09——2020.06, laydate's 2016-09-01 - 2020-06-30): a dash, 至 or 到 before a year's four
 * digits, so that a date's own dash (2016-09-2020-06) parts nothing.
 */
const PERIOD_SPLIT = /\s*[-–—~～－至到]+\s*(?=\d{4})/;

/**
 * A record's 起始时间 no later than its 终止时间, on a record step's form (学历, 工作经历, 业绩 …: the
 * section's startDate and endDate, however the page asks them — two boxes, 起止时间 [ ] 至 [ ],
 * 起始年 / 终止年 lists, 入学年份 / 毕业年份 boxes: lib/fields/recognize.ts). Recognition's ties are read
 * too (CheckContext.matches): a box tied between the start and the end holding two dates is the
 * whole period (起止时间 [2016.09-2020.06]: PERIOD_SPLIT; checks 61 item 1), and a form holding two
 * records ties its two 起始时间 and two 终止时间 boxes (checks 61 item 3). The k-th start is paired
 * with the k-th end, in page order (a box tied between both holding one date is a start, or the end
 * of a start before it: [ ] 至 [ ] in each of two rows). Both read as the checks read a date
 * (readShownYearOrDate: 2016-06, 2016.6, 2016年6月, 201606, 2016/6/30 0:00:00, or a year alone) and
 * compared by month, the precision most such boxes ask: the same month is no finding, whatever the
 * days; with a year alone, by the year. An end of 至今, blank, a server's date never set (isUnfilled)
 * or unreadable says nothing. The saved records' list is not read: no check reads dates from it.
 */
export const recordPeriodOrder: Check = {
  id: 'record-period-order',
  steps: RECORD_STEPS,
  run(ctx) {
    const key = (part: string) => `${sectionOfStep(ctx.step)}.${part}Date` as FieldKey;
    const start = key('start');
    const end = key('end');
    const starts: PageFieldValue[] = [];
    const ends: PageFieldValue[] = [];
    for (const m of ctx.matches) {
      const keys = m.key ? [m.key] : m.ambiguous;
      if (!keys[0] || keys.some((k) => k !== start && k !== end)) continue;
      // Read as recognised, a tie too (a date's lists whole), under the end's key: a finding is the end's.
      const value = pageFieldValues(ctx.snapshot, [{ ...m, key: end }])[0]!;
      const [from, to, more] = value.value.split(PERIOD_SPLIT);
      if (keys[1] && to && !more) starts.push({ ...value, value: from! }), ends.push({ ...value, value: to });
      else ((keys[1] ? starts.length > ends.length : keys[0] === end) ? ends : starts).push(value);
    }
    return ends.flatMap((last, i) => {
      const first = starts[i];
      const from = first && readShownYearOrDate(first.value);
      const to = !isUnsetDate(last.value) && readShownYearOrDate(last.value);
      // Months apart, the year's first: a later year is later whatever its month; a year alone has
      // no month (NaN apart: the same year is no finding).
      return from && to && (from.year - to.year || from.month! - to.month!) > 0
        ? [fieldFinding(recordPeriodOrder, last, t('check_record_period_order_reversed', last.value.trim(), first.value.trim()))]
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
