import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { periodFindings, reversedMarkerField } from './period-order-driver';
import { applyAutofill, controlStates, expectNoFinding, typeAndWaitForReading } from './overlay-driver';
import { webForm } from './web-form-pages';
import { R63_ANSWER_PAGES, R63_BODIES } from './range63-pages';

/**
 * range63, in Chromium: a 学历 form holding two records, each asking its whole period in one box
 * under its own 起止时间 label (tests/e2e/range63-pages.ts: two blocks, two rows) — recognition took
 * the first box for a period's start and the second for its end. Driven through the automation
 * contract only (`zc-autofill-item`, `zc-finding`, `zc-field-marker`). Pages hand-made, served on
 * loopback; the same pages in happy-dom: tests/unit/range63/. Sample profile: 学历 1 2016-09-01 to
 * 2020-06-30, 学历 2 2013-09-01 to 2016-06-30.
 */

const PAGES = { ...Object.fromEntries(Object.entries(R63_BODIES).map(([path, body]) => [path, webForm(body)])), ...R63_ANSWER_PAGES };

describe('range63: one period box per record, each under its own 起止时间, in Chromium', () => {
  const session = pagesSession(PAGES);

  it.each(['blocks-empty', 'rows-empty'])(
    'R63-1 %s: autofill writes each box its record’s whole period in the page’s form, 2016.09-2020.06 and 2013.09-2016.06, both 已填写 (main wrote 2016.09 into the first, 2020.06 into the second)',
    async (path) => {
      const { tab, frame } = await session.preview(path, 'education');
      const report = await applyAutofill(frame);
      expect(await controlStates(frame, ['txtQZSJ1', 'txtQZSJ2'])).toEqual({ txtQZSJ1: '2016.09-2020.06', txtQZSJ2: '2013.09-2016.06' });
      expect(report.filter((r) => r.text.includes('起止时间')).map((r) => r.result)).toEqual(['filled', 'filled']);
      await tab.close();
    },
  );

  it.each(['blocks-second-backwards', 'rows-second-backwards'])(
    'R63-2 %s: the second record typed backwards (2020.09-2016.06) is a record-period-order error at its box (main was silent: it compared the first box’s start with the second’s end); typing 2016.09-2020.06 takes it away',
    async (path) => {
      const { tab, frame } = await session.openAt(path, 'education');
      expect(await periodFindings(frame)).toEqual([{ field: 'education.endDate', text: expect.stringContaining('终止时间（2016.06）早于起始时间（2020.09）') }]);
      await expect.poll(() => reversedMarkerField(frame)).toBe('txtQZSJ2');
      await typeAndWaitForReading(frame, () => tab.fill('#txtQZSJ2', '2016.09-2020.06'));
      await expectNoFinding(frame, 'record-period-order');
      await tab.close();
    },
  );
});

describe('range63: the 否 a question saying no needs, disabled or missing, in Chromium', () => {
  const session = pagesSession(PAGES);

  it.each([
    ['unpaid-question-no-disabled', '页面有该选项，但不允许选择：否'],
    ['unpaid-question-no-missing', '页面没有该选项：否'],
  ])('R63-3 %s: 是否未缴纳社保 for a paid job is 需您处理, its row saying %s (main’s named the profile’s 是: 页面没有该选项：是); nothing ticked', async (path, reason) => {
    const { tab, frame } = await session.preview(path, 'work-experience');
    const report = await applyAutofill(frame);
    const row = report.filter((r) => r.key === 'workHistory.socialInsurancePaid');
    expect(row.map((r) => r.result)).toEqual(['needs-user']);
    expect(row[0]!.text).toContain(reason);
    expect(row[0]!.text).not.toContain('：是');
    expect(await controlStates(frame, ['rblWJSB_0'])).toEqual({ rblWJSB_0: 'false' });
    await tab.close();
  });
});
