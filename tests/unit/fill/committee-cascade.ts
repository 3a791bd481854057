// The page and the fill of the committee-cascade cases (slow-cascade.test.ts, ../breaker/b26-cascade.test.ts;
// cascade-order.test.ts lays out its own page from the same lists).
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
export const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

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
 * Plans the page's 基本信息 fill from the applicant and applies it (no 覆盖 ticked).
 * @param onRewritten, signal as for applyFill's options.
 * @returns the snapshot, the report and how long the fill took (ms).
 */
export async function fillCommittee(onRewritten?: (index: number, row: FillReportItem) => void, signal?: AbortSignal) {
  const snapshot = collectSnapshot(document, window);
  const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
  const start = performance.now();
  const report = await applyFill(document, snapshot, plan, { overwrite: new Set(), ...(onRewritten ? { onRewritten } : {}), ...(signal ? { signal } : {}) });
  return { snapshot, report, ms: performance.now() - start };
}

/** The committee's row of a report. */
export const committeeRow = (report: FillReport) => report.items.find((i) => i.key === 'application.committee');
