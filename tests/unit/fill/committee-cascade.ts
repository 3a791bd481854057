// The page and the fill of the committee-cascade cases (slow-cascade.test.ts, ../breaker/b26-cascade.test.ts;
// cascade-order.test.ts lays out its own page from the same lists).
import { afterEach, beforeEach, vi } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill, type FillReport, type FillReportItem } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';

export const JUNIOR = '广州市工程系列生态环境专业初级职称评审委员会';
export const MIDDLE = '广州市工程系列生态环境专业中级职称评审委员会';
/** The applicant: 助理工程师 before the junior committee, and a 姓名 to show the rest of the page is filled. */
const profile = profileSchema.parse({ label: '测试', application: { qualificationName: '助理工程师', committee: JUNIOR }, basic: { name: '李明远' } });

/** A list `id` (also its name) of `texts` after 请选择, valued 1, 2, 3…. */
export const list = (id: string, texts: readonly string[]) =>
  `<select id="${id}" name="${id}"><option value="">请选择</option>${texts.map((text, i) => `<option value="${i + 1}">${text}</option>`).join('')}</select>`;
export const select = (id: string) => document.getElementById(id) as HTMLSelectElement;

/**
 * Puts each test of the calling file on Vitest's fake clock (timers, Date, performance.now): the
 * seconds the page's scripts and the fill wait (CASCADE_WAIT_MS, CHILD_REDRAW_MS,
 * KEEP_CHILDREN_MS…) pass at once, in the order their timers fall due, and the times a test
 * measures are the clock's, not the machine's, so a busy machine (builds or Chromium beside the
 * unit suite) cannot stretch them past the bounds the tests hold. wait and
 * fillCommittee move the clock; microtasks (happy-dom's MutationObserver records) run as in real
 * time, between the timers.
 */
export function useFakeClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** Resolves after `ms`: on the fake clock (useFakeClock) once it has moved `ms` on, else in real time. */
export const wait = (ms: number): Promise<void> => (vi.isFakeTimers() ? vi.advanceTimersByTimeAsync(ms).then(() => undefined) : new Promise((done) => setTimeout(done, ms)));

/** How far the fake clock moves at a time while a fill runs (ms): a test goes on at most this much after the fill ended. */
const CLOCK_STEP_MS = 10;

/**
 * Resolves as `work` does; on the fake clock (useFakeClock), moving it CLOCK_STEP_MS at a time
 * until then, as real time would pass while the fill waits on its timers.
 * @throws what `work` throws.
 */
async function settled<T>(work: Promise<T>): Promise<T> {
  if (!vi.isFakeTimers()) return work;
  let done = false;
  const ended = () => void (done = true);
  work.then(ended, ended);
  while (!done) await vi.advanceTimersByTimeAsync(CLOCK_STEP_MS);
  return work;
}

/**
 * Writes the page: 认定资格名称 (#zgmc, a change handler in its markup: happy-dom runs none, so each
 * case adds a listener playing it), 申报评委会 (#pwh) in an UpdatePanel-like span (#up) with
 * `inPanel` after it, 姓名 (#xm); `after` after the table.
 */
export function committeePage(after = '', inPanel = ''): void {
  document.body.innerHTML = `<table><tr><td>认定资格名称</td><td>${list('zgmc', ['技术员', '助理工程师', '工程师'])}</td></tr>
<tr><td>申报评委会</td><td><span id="up">${list('pwh', [JUNIOR, MIDDLE])}${inPanel}</span></td></tr>
<tr><td>姓名</td><td><input id="xm" /></td></tr></table>${after}`;
  select('zgmc').setAttribute('onchange', 'redrawCommittee(this.value)');
}

/**
 * Plans the page's 基本信息 fill from the applicant and applies it (no 覆盖 ticked), moving the
 * fake clock while it runs when the file uses it (useFakeClock).
 * @param onRewritten, signal as for applyFill's options.
 * @returns the snapshot, the report and how long the fill took (ms).
 */
export async function fillCommittee(onRewritten?: (index: number, row: FillReportItem) => void, signal?: AbortSignal) {
  const snapshot = collectSnapshot(document, window);
  const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
  const start = performance.now();
  const filling = applyFill(document, snapshot, plan, { overwrite: new Set(), ...(onRewritten ? { onRewritten } : {}), ...(signal ? { signal } : {}) });
  const { report, end } = await settled(filling.then((report) => ({ report, end: performance.now() })));
  return { snapshot, report, ms: end - start };
}

/** The committee's row of a report. */
export const committeeRow = (report: FillReport) => report.items.find((i) => i.key === 'application.committee');
