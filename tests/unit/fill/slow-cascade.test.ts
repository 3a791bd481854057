/**
 * A government server slow to answer the partial postback 认定资格名称's change makes (left 24):
 * 申报评委会 drawn again later than CHILD_REDRAW_MS is waited for while the page shows the redraw
 * under way — the list emptied or gone, an UpdateProgress shown — and written in the list drawn
 * anew, not into the old one the redraw then empties; a page that shows none of it (the list only
 * disabled included: breaker 26 F9b) still costs CHILD_REDRAW_MS at most, the list written once
 * drawn (keepChildren).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { reportAfterRedraw, type FillReportItem } from '../../../lib/fill/apply';
import { CHILD_REDRAW_MS } from '../../../lib/fill/cascade-redraw';
import { CASCADE_WAIT_MS } from '../../../lib/fill/writers/select';
import { JUNIOR, MIDDLE, committeePage as page, committeeRow, fillCommittee as fill, list, select, useFakeClock, wait } from './committee-cascade';

// The seconds the page and the fill wait pass on a fake clock (committee-cascade.ts).
useFakeClock();

/** Runs `begin` in the title's change, and draws the committee list anew (the title's only) `ms` later, running `end` then. */
function slowRedraw(ms: number, begin: () => void, end: () => void = () => {}): void {
  select('zgmc').addEventListener('change', () => {
    begin();
    setTimeout(() => {
      document.getElementById('up')!.innerHTML = list('pwh', [JUNIOR]);
      end();
    }, ms);
  });
}

/** Waits, `ms` into the fill, until past slowRedraw's redraw (1.5 s): the page then shows what it keeps. */
const pastRedraw = (ms: number) => wait(Math.max(0, 1_700 - ms));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a cascade answered by a slow server (left 24)', () => {
  it.each([
    ['emptied to 请选择 at once', () => (select('pwh').innerHTML = '<option value="">请选择</option>')],
    ['showing 加载中... at once', () => (select('pwh').innerHTML = '<option value="">加载中...</option>')],
    ['taken out of the page at once', () => (document.getElementById('up')!.innerHTML = '')],
  ])('a committee list %s and drawn again 1.5 s later: written in the new list', async (_, begin) => {
    page();
    slowRedraw(1500, begin);
    const { snapshot, report, ms } = await fill();
    await pastRedraw(ms);
    expect(committeeRow(report)).toMatchObject({ result: 'filled' });
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    expect(reportAfterRedraw(document, snapshot.controls, report)).toBeNull();
    // Done once the list is there: no wait to the bound.
    expect(ms).toBeLessThan(2_200);
  });

  it('the old list kept while an UpdateProgress shows 请稍候, drawn again 1.5 s later: written in the new list', async () => {
    page('<div id="ctl00_UpdateProgress1" style="display:none;" role="status" aria-hidden="true">请稍候...</div>');
    const progress = () => document.getElementById('ctl00_UpdateProgress1')!;
    slowRedraw(1500, () => (progress().style.display = 'block'), () => (progress().style.display = 'none'));
    const { snapshot, report, ms } = await fill();
    await pastRedraw(ms);
    expect(committeeRow(report)).toMatchObject({ result: 'filled' });
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    expect(reportAfterRedraw(document, snapshot.controls, report)).toBeNull();
  });

  it('a page showing nothing after the title’s change (a progress element drawn from the start) costs CHILD_REDRAW_MS at most', async () => {
    page('<div class="loading-bar" role="status">系统运行正常</div>');
    const { report, ms } = await fill();
    expect(committeeRow(report)).toMatchObject({ result: 'filled' });
    expect(ms).toBeLessThan(CHILD_REDRAW_MS + 300);
  });

  it('a list left emptied for good is waited for CASCADE_WAIT_MS only, not once by the watch and again by the writer', async () => {
    page();
    select('zgmc').addEventListener('change', () => (select('pwh').innerHTML = '<option value="">请选择</option>'));
    const { report, ms } = await fill();
    expect(committeeRow(report)?.result).not.toBe('filled');
    // The writer's wait for options (lib/fill/writers/select.ts).
    expect(ms).toBeLessThan(CASCADE_WAIT_MS + 700);
  }, 10_000);
});

describe('a cascade redrawn later still, showing no sign of it (fill 26 item 1)', () => {
  /** Redraws the committee list (options replaced, nothing chosen) 2.5 s after the title's change, with nothing shown in between. */
  const lateRedraw = () => slowRedraw(2500, () => {});
  const rewritten: [number, FillReportItem][] = [];
  const onRewritten = (index: number, row: FillReportItem) => void rewritten.push([index, row]);
  afterEach(() => void (rewritten.length = 0));

  it('the committee dropped by the redraw is written again, and its row says 已填写 with a note', async () => {
    page();
    lateRedraw();
    const { snapshot, report, ms } = await fill(onRewritten);
    // No page is slower for it: the fill ends as before, the list is kept afterwards.
    expect(ms).toBeLessThan(CHILD_REDRAW_MS + 500);
    await wait(2_700 - ms);
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    const at = report.items.findIndex((i) => i.key === 'application.committee');
    expect(rewritten).toEqual([[at, expect.objectContaining({ result: 'filled', detail: '页面稍后重绘了此列表，已按档案重新选上' })]]);
    expect(reportAfterRedraw(document, snapshot.controls, { items: report.items.map((item, i) => rewritten.find(([j]) => j === i)?.[1] ?? item) })).toBeNull();
  }, 10_000);

  it('the user’s own change of the committee after the fill ends the watch: a redraw then is not written over', async () => {
    page();
    lateRedraw();
    const { ms } = await fill(onRewritten);
    const edit = new Event('change', { bubbles: true });
    Object.defineProperty(edit, 'isTrusted', { value: true });
    select('pwh').dispatchEvent(edit);
    await wait(2_700 - ms);
    expect(select('pwh').value).toBe('');
    expect(rewritten).toEqual([]);
  }, 10_000);

  it('the run’s signal aborted after the fill (a new preview or fill begun: lib/content/on-demand-actions.ts) ends the watch: a redraw then is not written over', async () => {
    page();
    lateRedraw();
    const run = new AbortController();
    const { ms } = await fill(onRewritten, run.signal);
    run.abort();
    await wait(2_700 - ms);
    expect(select('pwh').value).toBe('');
    expect(rewritten).toEqual([]);
  }, 10_000);

  it('a committee list only disabled at once (its options as they were) and drawn anew 1.5 s later: not waited for, written in the new list once drawn, its row 已填写 saying the page enabled it (breaker 26 F9b)', async () => {
    page();
    slowRedraw(1500, () => (select('pwh').disabled = true));
    const { snapshot, report, ms } = await fill(onRewritten);
    expect(ms).toBeLessThan(CHILD_REDRAW_MS + 300);
    await pastRedraw(ms);
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    const at = report.items.findIndex((i) => i.key === 'application.committee');
    expect(rewritten).toEqual([[at, expect.objectContaining({ result: 'filled', detail: '页面稍后启用了此列表，已按档案选上' })]]);
    expect(reportAfterRedraw(document, snapshot.controls, { items: report.items.map((item, i) => rewritten.find(([j]) => j === i)?.[1] ?? item) })).toBeNull();
  }, 10_000);

  it('a list redrawn without the planned option is not written', async () => {
    page();
    select('zgmc').addEventListener('change', () => setTimeout(() => (document.getElementById('up')!.innerHTML = list('pwh', [MIDDLE])), 1_500));
    await fill(onRewritten);
    await wait(1_700);
    expect(select('pwh').value).toBe('');
    expect(rewritten).toEqual([]);
  }, 10_000);
});

describe('a committee list the page disables (fill 26 item 2)', () => {
  it('disabled all along (at the preview), the title’s change leaving it so: nothing is waited for', async () => {
    page();
    select('pwh').disabled = true;
    const { report, ms } = await fill();
    expect(committeeRow(report)).toMatchObject({ result: 'skipped' });
    expect(ms).toBeLessThan(CHILD_REDRAW_MS + 300);
  });

  it('enabled before, the title’s change has the page choose the committee itself and disable the list: its choice stands, no CASCADE_WAIT_MS wait', async () => {
    page();
    select('zgmc').addEventListener('change', () => {
      select('pwh').value = '2';
      select('pwh').disabled = true;
    });
    const { report, ms } = await fill();
    expect(ms).toBeLessThan(CHILD_REDRAW_MS + 300);
    expect(committeeRow(report)?.result).not.toBe('filled');
    expect(select('pwh').selectedOptions[0]?.text).toBe(MIDDLE);
  }, 10_000);
});
