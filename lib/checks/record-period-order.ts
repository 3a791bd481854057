import type { FieldKey } from '../fields/keys';
import { RECORD_STEPS, sectionOfStep } from '../fields/sections';
import { readShownYearOrDate } from '../fill/dates';
import { t } from '../i18n/t';
import { fieldFinding, fieldValues, isBlank } from './common';
import type { Check, CheckAbout } from './types';

/**
 * A record's 起始时间 no later than its 终止时间, on a record step's form (学历, 工作经历, 业绩 …: the
 * section's startDate and endDate, however the page asks them — two boxes, 起止时间 [ ] 至 [ ],
 * 起始年 / 终止年 lists, 入学年份 / 毕业年份 boxes: lib/fields/recognize.ts), the n-th start with the
 * n-th end. Both read as the checks read a date (readShownYearOrDate: 2016-06, 2016.6, 2016年6月,
 * 201606, 2016/6/30 0:00:00, or a year alone: checks 61) and compared by month, the precision most
 * such boxes ask: the same month is no finding, whatever the days; with a year alone, by the year.
 * An end of 至今, blank, a server's date never set (isBlank) or unreadable says nothing. Not read:
 * the saved records' list (no check reads dates from it), a period typed in one box and a form
 * holding two records (recognition leaves those boxes tied between start and end).
 */
export const recordPeriodOrder: Check = {
  id: 'record-period-order',
  steps: RECORD_STEPS,
  run(ctx) {
    const values = (end: string) => fieldValues(ctx, `${sectionOfStep(ctx.step)}.${end}Date` as FieldKey);
    const starts = values('start');
    return values('end').flatMap((end, i) => {
      const start = starts[i];
      const from = start && readShownYearOrDate(start.value);
      const to = !isBlank(ctx, end) && readShownYearOrDate(end.value);
      // Months apart, the year's first: a later year is later whatever its month; a year alone has
      // no month (NaN apart: the same year is no finding).
      return from && to && (from.year - to.year || from.month! - to.month!) > 0
        ? [fieldFinding(recordPeriodOrder, end, t('check_record_period_order_reversed', end.value.trim(), start.value.trim()))]
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
