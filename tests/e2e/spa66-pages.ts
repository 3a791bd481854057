/**
 * spa66's pages: the newer hub as a single-page application (tests/e2e/b65-pages.ts's router and
 * Element UI markup) and the side boxes of tests/e2e/b64a-pages.ts, for what round 65 left: the
 * pre-submit dialog left standing while the app draws another step, an el-table with no record,
 * a side box's own 提交. For tests/e2e/frameworks66.test.ts (spa66).
 */
import { B64A_PAGES } from './b64a-pages';
import { educationDialog, spa } from './b65-pages';

/** 学历's record dialog with its 记录序号 3 and a backwards period, its save worded 确 定. */
const periodDialog = (extra = '') => educationDialog('3', '确 定', BACKWARDS, extra);

/**
 * A dialog beside the record form, over it (`id`: its 确定's id; the 确定 pushes `id` to window.saves
 * and closes it): `body` its boxes, in a <form>.
 */
const sideDialog = (id: string, title: string, body: string) =>
  `<div role="dialog" aria-modal="true" aria-label="${title}" style="position:fixed;right:0;bottom:0;z-index:3000;background:#fff"><div class="el-dialog__header"><span class="el-dialog__title">${title}</span></div><form class="el-form">${body}</form><button type="button" class="el-button el-button--primary el-button--small" id="${id}" onclick="window.saves.push('${id}');this.parentNode.style.display='none'"><span>确定</span></button></div>`;


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
  // Item 4: the record dialog drawn as a layui page layer (.layui-layer, no role), or as an
  // el-dialog whose boxes are in no <form> (a div.el-form).
  'edu-layer-period': periodDialog()
    .replace('<div role="dialog" aria-modal="true" aria-label="新增学历" class="el-dialog">', '<div class="layui-layer layui-layer-page el-dialog" type="page" times="1">'),
  'edu-dialog-noform-period': periodDialog().replace('<form class="el-form el-form--label-right">', '<div class="el-form el-form--label-right">').replace('</form></div>', '</div></div>'),
  // Item 4's controls: over the same record form, a re-login dialog (登录超时: 用户名, 密码 in a
  // <form>) and a search dialog (关键字 in a <form>), each with its 确定.
  'edu-dialog-period-login': periodDialog(
    sideDialog('login-ok', '登录超时，请重新登录', '<label>用户名<input type="text" name="username"></label><label>密码<input type="password" name="password"></label>'),
  ),
  'edu-dialog-period-search': periodDialog(sideDialog('search-ok', '查询', '<label>关键字<input type="text" name="keyword"></label>')),
  // Item 3: 基本信息 with no <form>, an 在线咨询 panel beside it with its own 提交 (tests/e2e/b64a-pages.ts).
  'basic-consult': B64A_PAGES['basic-consult-no-form']!,
};
