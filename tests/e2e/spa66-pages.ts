/**
 * spa66's pages: the newer hub as a single-page application (tests/e2e/b65-pages.ts's router and
 * Element UI markup) and the side boxes of tests/e2e/b64a-pages.ts, for what round 65 left: the
 * pre-submit dialog left standing while the app draws another step, an el-table with no record,
 * a side box's own 提交. For tests/e2e/spa66.test.ts.
 */
import { B64A_PAGES } from './b64a-pages';
import { educationDialog, spa } from './b65-pages';

/** A 学历 record whose 终止时间 is before its 起始时间 (record-period-order's error). */
const BACKWARDS = { kssj: '2020-09-01', jssj: '2016-06-30', byyx: '华南理工大学' };

/** Pages by path. */
export const SPA66_PAGES: Record<string, string> = {
  // Item 1: the wizard Vue patches in place (学历 → 工作经历, forms of one shape: the same
  // elements, the 保存 button kept), 学历 holding a backwards period, 工作经历 a good one.
  'spa-patch-period': spa({ mode: 'hash', patch: true, values: { 4: BACKWARDS, 5: { dw: '广州绿源环境监测技术有限公司', kssj: '2020-07-01', jssj: '2023-06-30' } } }),
  // Item 1, drawn anew on each step (not patched): the old 保存 gone with its step.
  'spa-hash-period': spa({ mode: 'hash', values: { 4: BACKWARDS } }),
  // Item 2: 学历's el-table with no record (暂无数据 in .el-table__empty-block), the record form's
  // 记录序号 2 (it should be 1), or 1 (its backwards period a finding to wait for).
  'edu-dialog-empty-2': educationDialog('2', '确 定', {}, '', []),
  'edu-dialog-empty-1': educationDialog('1', '确 定', BACKWARDS, '', []),
  // Item 3: 基本信息 with no <form>, an 在线咨询 panel beside it with its own 提交 (tests/e2e/b64a-pages.ts).
  'basic-consult': B64A_PAGES['basic-consult-no-form']!,
};
