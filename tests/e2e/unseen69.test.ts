import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates, expectFinding } from './overlay-driver';
import { U69_PAGES } from './unseen69-pages';

/**
 * unseen69, in Chromium: a portal copy naming its step only in an ASP.NET SiteMapPath, asking a
 * 学历 record's dates in unlabelled boxes known by their ids (rxsj / bysj), and 性别 in radios
 * worded only by their title (tests/e2e/unseen69-pages.ts), through the automation contract only,
 * with the sample profile. The same markup in happy-dom: tests/unit/unseen69/, tests/unit/unseen68/.
 */
describe('unseen69: a step named by its SiteMapPath, dates known by ids, choices by titles, in Chromium', () => {
  const session = pagesSession(U69_PAGES);

  it('U69-1 the step named only by the SiteMapPath, 入学 (rxsj) 2020-09 after 毕业 (bysj) 2016-06: record-period-order is shown (main: the step unknown, nothing checked)', async () => {
    const { tab, frame } = await session.openAt('education-backwards', 'education');
    try {
      await expectFinding(frame, 'record-period-order', 'error');
    } finally {
      await tab.close();
    }
  });

  it('U69-2 the empty 学历 form: 用档案填写本页 writes 毕业院校, 入学 and 毕业 into txtByyx, rxsj and bysj (main: the step unknown; named, rxsj and bysj were recognised as nothing: tests/unit/unseen69)', async () => {
    const { tab, frame } = await session.preview('education-empty', 'education');
    try {
      const report = await applyAutofill(frame);
      expect(report.filter((r) => r.key.startsWith('education.')).map((r) => `${r.key}:${r.result}`)).toEqual(['education.school:filled', 'education.startDate:filled', 'education.endDate:filled']);
      expect(await controlStates(frame, ['txtByyx', 'rxsj', 'bysj'])).toEqual({ txtByyx: '华南理工大学', rxsj: '2016-09-01', bysj: '2020-06-30' });
    } finally {
      await tab.close();
    }
  });

  it('U69-3 性别 as radios worded only by title="男" / title="女": 用档案填写本页 ticks 男, reported filled (main: needs-user, 页面没有该选项)', async () => {
    const { tab, frame } = await session.preview('basic-title-radios', 'basic-info');
    try {
      const report = await applyAutofill(frame);
      expect(report.filter((r) => r.key === 'basic.gender').map((r) => `${r.key}:${r.result}`)).toEqual(['basic.gender:filled']);
      expect(await controlStates(frame, ['xb1', 'xb2'])).toEqual({ xb1: 'true', xb2: 'false' });
    } finally {
      await tab.close();
    }
  });

  // The fill reads a radio's title or its picture's alt as its choice (lib/page/collect.ts
  // readFillFacts, on-demand.js); the content script's reading (readPage) does not (lib/page/labels.ts
  // choiceWords), so the checks see no 性别 ticked and a 女 under a man's number goes unsaid. Reading
  // them there costs the content script about 25 bytes gzip, over this round's +40. (In happy-dom,
  // tests/unit/checks/checks-on.ts reads with collectSnapshot, fill facts included: it cannot show this.)
  it.fails('U69-4 性别 as radios worded only by title, 女 ticked under a man’s number: id-gender-mismatch is shown', async () => {
    const { tab, frame } = await session.openAt('basic-title-radios-female', 'basic-info');
    try {
      await expectFinding(frame, 'id-gender-mismatch', 'error', 3_000);
    } finally {
      await tab.close();
    }
  });
});
