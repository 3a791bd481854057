/**
 * Breaker 26, left 24a (lib/fill/cascade-redraw.ts): the watch observes attributes (style,
 * class, disabled, hidden) and waits up to CASCADE_WAIT_MS while a progress element "new since the
 * write" is drawn before the list is redrawn, or the list is disabled while its options changed.
 * F9b: a list the page disables on its prompt for good, its options as they were, is no redraw under
 * way (it cost CASCADE_WAIT_MS); one the page enables later with new options is written then.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FillReportItem } from '../../../lib/fill/apply';
import { CHILD_REDRAW_MS, KEEP_CHILDREN_MS } from '../../../lib/fill/cascade-redraw';
import { JUNIOR, MIDDLE, committeePage as page, committeeRow, fillCommittee as fill, list, select, useFakeClock, wait } from '../fill/committee-cascade';

// The seconds the page and the fill wait pass on a fake clock (committee-cascade.ts).
useFakeClock();

afterEach(() => {
  document.body.innerHTML = '';
});

describe('breaker 26: cascade waits (left 24a)', () => {
  it('the change handler greys the child list (a class) and the list is rebuilt 600 ms later: written in the new list', async () => {
    page();
    select('zgmc').addEventListener('change', () => {
      select('pwh').className = 'dim';
      setTimeout(() => (document.getElementById('up')!.innerHTML = list('pwh', [JUNIOR])), 600);
    });
    const { report } = await fill();
    await wait(800);
    expect(committeeRow(report)).toMatchObject({ result: 'filled' });
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
  });

  it('a status element always shown inside the redrawn panel (a new element after each redraw) does not hold the fill for 5 s', async () => {
    page('', '<span class="progress-note">填报进度：2/11</span>');
    select('zgmc').addEventListener('change', () => {
      setTimeout(() => (document.getElementById('up')!.innerHTML = `${list('pwh', [JUNIOR])}<span class="progress-note">填报进度：2/11</span>`), 300);
    });
    const { report, ms } = await fill();
    expect(committeeRow(report)).toMatchObject({ result: 'filled' });
    expect(ms).toBeLessThan(2000);
  }, 10_000);
});

describe('breaker 26 F9b: a child list the page disables on its prompt after the parent’s change', () => {
  const name = () => document.getElementById('xm') as HTMLInputElement;

  it('left so for good (the page needs no committee), its options as they were: no longer waited for than a page showing nothing', async () => {
    page();
    select('zgmc').addEventListener('change', () => {
      select('pwh').value = '';
      select('pwh').disabled = true;
    });
    const { report, ms } = await fill();
    expect(ms).toBeLessThan(CHILD_REDRAW_MS + 300);
    expect(committeeRow(report)?.result).not.toBe('filled');
    expect(name().value).toBe('李明远');
  }, 10_000);

  /** The page's answer 2 s after the change: the list rebuilt with the junior committee and enabled. */
  const enableWithJunior = () => {
    select('pwh').innerHTML = '<option value="">请选择</option><option value="1">' + JUNIOR + '</option>';
    select('pwh').disabled = false;
  };
  const busy = () => document.getElementById('busy')!;

  // What the page adds below the form, what it shows as it disables the list, what it hides when it enables it.
  it.each([
    [
      'the progress shown while it is disabled is a redraw under way: waited for, the committee written in the list enabled 2 s later',
      '<div id="busy" class="loading" style="display:none">加载中</div>',
      (): void => {
        busy().style.display = 'block';
      },
      (): void => {
        busy().style.display = 'none';
      },
    ],
    [
      'emptied to 加载中... as it is disabled: waited for, the committee written in the list enabled with new options 2 s later',
      '',
      (): void => {
        select('pwh').innerHTML = '<option value="">加载中...</option>';
      },
      (): void => undefined,
    ],
  ] as const)('%s', async (_name, extra, whileDisabled, whenEnabled) => {
    page(extra);
    select('zgmc').addEventListener('change', () => {
      select('pwh').disabled = true;
      whileDisabled();
      setTimeout(() => {
        enableWithJunior();
        whenEnabled();
      }, 2_000);
    });
    const { report, ms } = await fill();
    expect(committeeRow(report)).toMatchObject({ result: 'filled' });
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    expect(ms).toBeGreaterThan(1_900);
  }, 10_000);

  it('showing nothing else, enabled with new options 2 s later: the fill ends as for a page showing nothing, and the committee is written once the page enables it, its row 已填写 saying the page enabled it', async () => {
    page();
    select('zgmc').addEventListener('change', () => {
      select('pwh').disabled = true;
      setTimeout(enableWithJunior, 2_000);
    });
    const rewritten: [number, FillReportItem][] = [];
    const { report, ms } = await fill((index, row) => void rewritten.push([index, row]));
    expect(ms).toBeLessThan(CHILD_REDRAW_MS + 300);
    expect(name().value).toBe('李明远');
    // Until then the row waits for the page, not 失败 (left 29 item 1).
    expect(committeeRow(report)).toMatchObject({ result: 'waiting', outcome: 'waiting', detail: '页面暂时禁用了此列表，启用后将按档案选上' });
    await wait(2_300 - ms);
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    const at = report.items.findIndex((i) => i.key === 'application.committee');
    expect(rewritten).toEqual([[at, expect.objectContaining({ result: 'filled', detail: '页面稍后启用了此列表，已按档案选上' })]]);
  }, 10_000);

  it('left so for good: the row waits while the fill watches the list, then says 失败 (the page disabled it) once the watch ends (left 29 item 1)', async () => {
    page();
    select('zgmc').addEventListener('change', () => {
      select('pwh').disabled = true;
    });
    const rewritten: [number, FillReportItem][] = [];
    const { report } = await fill((index, row) => void rewritten.push([index, row]));
    const at = report.items.findIndex((i) => i.key === 'application.committee');
    expect(report.items[at]).toMatchObject({ result: 'waiting', outcome: 'waiting' });
    expect(rewritten).toEqual([]);
    // The watch began as the fill ended.
    await wait(KEEP_CHILDREN_MS + 300);
    expect(rewritten).toEqual([[at, expect.objectContaining({ result: 'failed', outcome: 'failed', detail: '该控件已被页面禁用' })]]);
  }, 10_000);

  describe('enabled later, the row ends with why it was not written, not the disabled note (bg30 item 3)', () => {
    /** Fills the page whose committee list the parent's change disables, enabled 2 s later by `enable`; the rows told after the fill. */
    async function enabledLater(enable: () => void) {
      page();
      select('zgmc').addEventListener('change', () => {
        select('pwh').disabled = true;
        setTimeout(enable, 2_000);
      });
      const rewritten: [number, FillReportItem][] = [];
      const { report } = await fill((index, row) => void rewritten.push([index, row]));
      const at = report.items.findIndex((i) => i.key === 'application.committee');
      expect(report.items[at]).toMatchObject({ result: 'waiting' });
      await wait(KEEP_CHILDREN_MS + 300);
      expect(rewritten.map(([index]) => index)).toEqual([at]);
      return rewritten[0]![1];
    }

    it('enabled with other options only (the profile’s committee not among them): 失败, 页面没有该选项', async () => {
      const row = await enabledLater(() => {
        select('pwh').innerHTML = `<option value="">请选择</option><option value="2">${MIDDLE}</option>`;
        select('pwh').disabled = false;
      });
      expect(row).toMatchObject({ result: 'failed', outcome: 'failed', detail: `页面没有该选项：${JUNIOR}` });
    }, 10_000);

    it('enabled with no option but its prompt: 需手动, its options not loaded', async () => {
      const row = await enabledLater(() => {
        select('pwh').innerHTML = '<option value="">请选择</option>';
        select('pwh').disabled = false;
      });
      expect(row).toMatchObject({ result: 'needs-user', outcome: 'needs-user' });
      expect(row.detail).toContain(JUNIOR);
    }, 10_000);

    it('enabled showing a committee the page chose: the profile’s, 已一致; another, kept (never written over)', async () => {
      const same = await enabledLater(() => {
        select('pwh').value = '1';
        select('pwh').disabled = false;
      });
      expect(same).toMatchObject({ result: 'skipped', outcome: 'same' });
      expect(same.detail).toBeUndefined();
      const other = await enabledLater(() => {
        select('pwh').value = '2';
        select('pwh').disabled = false;
      });
      expect(other).toMatchObject({ result: 'skipped', outcome: 'conflict', current: MIDDLE });
      expect(select('pwh').selectedOptions[0]?.text).toBe(MIDDLE);
    }, 20_000);

    it('removed from the page: 失败, the field is gone', async () => {
      const row = await enabledLater(() => document.getElementById('up')!.replaceChildren());
      expect(row).toMatchObject({ result: 'failed', outcome: 'failed', detail: '页面已变化，找不到该栏' });
    }, 10_000);
  });

  it('stopped by a new preview or fill (its signal aborted) while it waits: the row says 失败 at once (left 29 item 1)', async () => {
    page();
    select('zgmc').addEventListener('change', () => {
      select('pwh').disabled = true;
    });
    const run = new AbortController();
    const rewritten: [number, FillReportItem][] = [];
    const { report } = await fill((index, row) => void rewritten.push([index, row]), run.signal);
    expect(committeeRow(report)?.result).toBe('waiting');
    run.abort();
    expect(rewritten.map(([, row]) => row.result)).toEqual(['failed']);
  }, 10_000);
});
