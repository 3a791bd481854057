/**
 * 申报评委会's options follow 认定资格名称 (an UpdatePanel draws the list again when the title
 * changes), whose options follow 申报级别: the fill writes them in that order whatever the page's
 * layout, skipping a parent the page lacks, and writes a list the page draws anew after its parent
 * changed into the new list (probe 17 item 7: the committee was written first, then emptied by the
 * title's redraw, and the report said “页面刷新后此栏又空了”).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill, reportAfterRedraw } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import { CHILD_REDRAW_MS } from '../../../lib/fill/cascade-redraw';
import { JUNIOR, MIDDLE, list, select } from './committee-cascade';

const profile = profileSchema.parse({ label: '测试', application: { level: '初级', qualificationName: '助理工程师', committee: JUNIOR }, basic: { name: '李明远' } });

const ROWS = {
  level: ['申报级别', list('jb', ['初级', '中级'])],
  name: ['认定资格名称', list('zgmc', ['技术员', '助理工程师', '工程师'])],
  committee: ['申报评委会', `<span id="up">${list('pwh', [JUNIOR, MIDDLE])}</span>`],
} as const;

/** The page with `fields` in this order (and 姓名). */
function page(fields: readonly (keyof typeof ROWS)[]): void {
  const rows = fields.map((f) => `<tr><td>${ROWS[f][0]}</td><td>${ROWS[f][1]}</td></tr>`).join('');
  document.body.innerHTML = `<table>${rows}<tr><td>姓名</td><td><input id="xm" /></td></tr></table>`;
}

function plan() {
  const snapshot = collectSnapshot(document, window);
  return { snapshot, plan: planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info') };
}

/** The plan's 申报 fields in fill order, with their actions. */
const applicationOrder = () =>
  plan()
    .plan.items.filter((i) => i.key?.startsWith('application.'))
    .map((i) => [i.key, i.action]);


/** Plans the page's fill and applies it (no 覆盖 ticked). @returns the snapshot, the report and when the fill started. */
async function fill() {
  const { snapshot, plan: planned } = plan();
  const start = performance.now();
  const report = await applyFill(document, snapshot, planned, { overwrite: new Set() });
  return { snapshot, report, start };
}

/** Resolves `ms` after `start` (a performance.now() time), at once when that is past. */
const until = (start: number, ms: number) => new Promise((done) => setTimeout(done, Math.max(0, start + ms - performance.now())));

/** The page's redraw of 申报评委会, as an UpdatePanel answers: a new list, same id and name, on 请选择, with the title's committee only. */
const redrawCommittee = () => {
  document.getElementById('up')!.innerHTML = list('pwh', [JUNIOR]);
};
/** The page's redraw of 认定资格名称's options for the chosen level. */
const redrawTitles = () => {
  select('zgmc').innerHTML = '<option value="">请选择</option><option value="1">技术员</option><option value="2">助理工程师</option>';
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('申报级别 → 认定资格名称 → 申报评委会', () => {
  it('the committee is planned after the title and the title after the level, however the page lays them out', () => {
    page(['committee', 'name', 'level']);
    expect(applicationOrder()).toEqual([
      ['application.level', 'fill'],
      ['application.qualificationName', 'fill'],
      ['application.committee', 'fill'],
    ]);
  });

  it('a page without 认定资格名称 still fills the committee, after the level', () => {
    page(['committee', 'level']);
    expect(applicationOrder()).toEqual([
      ['application.level', 'fill'],
      ['application.committee', 'fill'],
    ]);
  });

  it('a page with 认定资格名称 and the committee but no level fills both, the title first', () => {
    page(['committee', 'name']);
    expect(applicationOrder()).toEqual([
      ['application.qualificationName', 'fill'],
      ['application.committee', 'fill'],
    ]);
  });

  it('a title already right leaves the committee to fill', () => {
    page(['committee', 'name']);
    select('zgmc').value = '2';
    expect(applicationOrder()).toEqual([
      ['application.qualificationName', 'skip'],
      ['application.committee', 'fill'],
    ]);
  });

  it('a 认定资格名称 that posts the page back (AutoPostBack) leaves the committee to after its redraw, never writes it before', () => {
    page(['name', 'committee']);
    select('zgmc').setAttribute('onchange', "javascript:setTimeout('__doPostBack(\\'zgmc\\',\\'\\')', 0)");
    const items = plan().plan.items.filter((i) => i.key?.startsWith('application.'));
    expect(items.map((i) => [i.key, i.action])).toEqual([
      ['application.qualificationName', 'fill'],
      ['application.committee', 'needs-user'],
    ]);
    expect(items[1]!.reason).toContain('“认定资格名称”填好后页面会刷新');
  });

  it('a committee list the page draws anew 150 ms after the title changes is chosen in the new list', async () => {
    page(['name', 'committee']);
    // As an UpdatePanel answers: a new list, same id and name, on 请选择, with the title's committee only.
    // The handler in the markup, as the page writes it; run by a listener (happy-dom runs no inline handler).
    select('zgmc').setAttribute('onchange', 'redrawCommittee()');
    select('zgmc').addEventListener('change', () => setTimeout(redrawCommittee, 150));
    const { snapshot, report } = await fill();
    expect(report.items.find((i) => i.key === 'application.committee')?.result).toBe('filled');
    // Past any redraw still to come: the page shows what the report says (no “又空了”).
    await new Promise((done) => setTimeout(done, 400));
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    expect(reportAfterRedraw(document, snapshot.controls, report)).toBeNull();
  });

  it('a committee list the page rebuilds inside the title’s change handler is no reason to wait (breaker 18 item 2)', async () => {
    page(['level', 'name', 'committee']);
    select('zgmc').setAttribute('onchange', 'rebuildCommittee()');
    select('zgmc').addEventListener('change', redrawCommittee);
    const { report, start } = await fill();
    expect(report.items.find((i) => i.key === 'application.committee')?.result).toBe('filled');
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    expect(performance.now() - start).toBeLessThan(CHILD_REDRAW_MS);
  });

  it('a level whose change resets the title at 100 ms and rebuilds the committee at 400 ms: both are written into the lists the page drew (breaker 18 item 5)', async () => {
    page(['level', 'name', 'committee']);
    select('jb').setAttribute('onchange', 'redrawBoth()');
    select('jb').addEventListener('change', () => {
      setTimeout(redrawTitles, 100);
      setTimeout(redrawCommittee, 400);
    });
    const { report, start } = await fill();
    expect(performance.now() - start).toBeLessThan(CHILD_REDRAW_MS + 200);
    // Past the 400 ms rebuild, should the fill have ended before it.
    await until(start, 500);
    expect(select('zgmc').selectedOptions[0]?.text).toBe('助理工程师');
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    expect(report.items.filter((i) => i.key?.startsWith('application.')).map((i) => i.result)).toEqual(['filled', 'filled', 'filled']);
  });

  it('a chain where the level redraws only the title and the title (its own change handler) the committee: no wait on the level for the committee (breaker 22)', async () => {
    page(['level', 'name', 'committee']);
    select('jb').setAttribute('onchange', 'redrawTitle()');
    select('zgmc').setAttribute('onchange', 'redrawCommittee()');
    select('jb').addEventListener('change', redrawTitles);
    select('zgmc').addEventListener('change', redrawCommittee);
    const { report, start } = await fill();
    const ms = performance.now() - start;
    expect(report.items.filter((i) => i.key?.startsWith('application.')).map((i) => i.result)).toEqual(['filled', 'filled', 'filled']);
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    // The level's wait for a committee only the title redraws would be CHILD_REDRAW_MS (1 s) at
    // least; without it the fill takes about 15 ms, but 504 ms once on a loaded machine, so the
    // bound is the wait itself, not half of it.
    expect(ms).toBeLessThan(CHILD_REDRAW_MS);
  });

  it('the same level’s late rebuild of the committee (400 ms) when the title has a change handler of its own: the title’s wait sees it', async () => {
    page(['level', 'name', 'committee']);
    select('jb').setAttribute('onchange', 'redrawBoth()');
    select('zgmc').setAttribute('onchange', 'titleChanged()');
    select('jb').addEventListener('change', () => {
      setTimeout(redrawTitles, 100);
      setTimeout(redrawCommittee, 400);
    });
    const { report, start } = await fill();
    await until(start, 500);
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    expect(report.items.filter((i) => i.key?.startsWith('application.')).map((i) => i.result)).toEqual(['filled', 'filled', 'filled']);
  });

  it('the level’s change picks a title of its own and redraws the committee 200 ms later: the title is not written (需覆盖), the committee still waits for its redraw (left 23)', async () => {
    page(['level', 'name', 'committee']);
    select('jb').setAttribute('onchange', 'levelChanged()');
    select('zgmc').setAttribute('onchange', 'titleChanged()');
    select('jb').addEventListener('change', () => {
      // The page draws the level's titles at once, its first one chosen, and asks the server for the committees.
      select('zgmc').innerHTML = '<option value="">请选择</option><option value="1" selected>技术员</option><option value="2">助理工程师</option><option value="3">工程师</option>';
      setTimeout(redrawCommittee, 200);
    });
    expect(applicationOrder().map(([, action]) => action)).toEqual(['fill', 'fill', 'fill']);
    const { snapshot, report, start } = await fill();
    await until(start, 400);
    expect(report.items.find((i) => i.key === 'application.qualificationName')?.result).not.toBe('filled');
    expect(report.items.find((i) => i.key === 'application.committee')?.result).toBe('filled');
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
    expect(reportAfterRedraw(document, snapshot.controls, report)).toBeNull();
  });

  it('a title already right (not written) with a change handler: the level’s redraw of the committee 200 ms later is waited for (left 23)', async () => {
    page(['level', 'name', 'committee']);
    select('zgmc').value = '2';
    select('jb').setAttribute('onchange', 'levelChanged()');
    select('zgmc').setAttribute('onchange', 'titleChanged()');
    select('jb').addEventListener('change', () => setTimeout(redrawCommittee, 200));
    const { report, start } = await fill();
    await until(start, 400);
    expect(report.items.find((i) => i.key === 'application.committee')?.result).toBe('filled');
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
  });

  it('a 认定资格名称 without a change handler of its own is no reason to wait for a redraw', async () => {
    page(['level', 'name', 'committee']);
    const { report, start } = await fill();
    expect(report.items.filter((i) => i.key?.startsWith('application.')).map((i) => i.result)).toEqual(['filled', 'filled', 'filled']);
    // Each wait would be CHILD_REDRAW_MS (1 s).
    expect(performance.now() - start).toBeLessThan(CHILD_REDRAW_MS);
  });
});
