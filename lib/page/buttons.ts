/**
 * What a portal button does, read from its visible text: the page's save / upload / submit
 * buttons (the pre-submit check lib/content/presubmit.ts, the tour) and a list's 查询 (collect
 * reads the boxes of a 查询 bar as no record fields).
 */
import { normalizeText } from './normalize';

/**
 * Button texts that save the page (seed: 保存 / 保存并下一步 / 保存并新增), in the wordings portal
 * copies use (保存修改, 保存信息, 保存并继续, 保存，下一步, 保存并进入下一步, and (确认)提交并进入下一步, which
 * keeps this step and moves on: not 送审; breaker 14b item 6; 提交并保存, breaker 15b item 6; 保存并关闭 /
 * 保存并退出, a layer's record form saved and closed: breaker 32k item 2), and
 * the record forms' saves worded by the change they save: 确认修改, 确定更新, 修改(并)保存, 保存更新.
 * Not a bare 修改 / 更新 / 确定 / 确认: on portal copies those also open a record, pick from a
 * chooser layer, page a list or upload (breaker 11s; two attempts to tell them apart by the
 * form round them held such buttons).
 */
const SAVE_RE = /^((保存|暂存|确[认定]保存)(修改|更新|信息|数据|记录|草稿)?([并,，、]?(进入)?(下一步|新增|返回|继续|关闭|退出))?|(确认)?提交并((进入)?下一步|保存)|(确认|确定)(修改|更新)|(修改|更新)并?保存)$/;
/** Button texts that upload an attachment (seed step 3(10): 上传). */
const ATTACH_RE = /^上传(附件|文件|材料)?$/;
/** Button texts that upload the applicant's photo (seed step 3(1): 上传照片). */
const PHOTO_UPLOAD_RE = /^上传(照片|相片|头像)$/;
/**
 * Button texts that send the application for review (seed step 3(11) 完成并送审): 送审, 提交,
 * 提交审核, 确认送审, 完成并送审, 提交并送审 (breaker 14b item 6), 提交申报, 保存并提交, 确认并提交,
 * 确认无误并送审, 确认无误，提交 (normalised ，is ,), 提交并送审核, 送审并打印 (breaker 15b item 6)…; a bare 提交 is taken as one too: the
 * extension never presses it for the user. Not one moving on to a next step (SAVE_RE). Worded as
 * the declaration it sends: 申报, 上报, 确认申报, 确认上报, 完成并申报 (breaker 33s item 1; a bare
 * 申报 / 上报 only from a form's button: lib/content/presubmit.ts, a menu heading or tab says it too).
 * Not 申报条件自测, 申报须知, 查看申报表: the whole text must be one of these.
 */
const SUBMIT_RE = /^(完成并?|保存并|确[认定](无误)?[并,]?|提交并)?(送审核?|提交|申报|上报)(申报|审核|送审|申请|并打印)?$/;
/**
 * A Windows-style accelerator or a step number after a button's text, 保存(S) / 保存(&S) /
 * 下一步(3), brackets round it,
 * [保存] / 【保存】, or arrows after it, 下一步>> / 下一步 > / 下一步》, also inside or outside the
 * brackets: [下一步>>], 【下一步】>>, [下一步(3)], 下一步(3)>> (breaker 13 item 5, breaker 14b item 6;
 * normalised: no spaces). An icon font's glyph anywhere in it, from Unicode's private use area
 * (layui's `<i class="layui-icon">&#xe605;</i>保存`, Font Awesome written as text: breaker 32k item 2).
 */
const DECORATION = /\((&?[A-Z]|\d+)\)(?=[\]】>»》→]*$)|^[[【]|[\]】>»》→]+$|\p{Co}/giu;
/** A button text that only moves on (lib/content/presubmit.ts: checked when it sends the form). */
const NEXT_RE = /^下一步$/;
/** Button texts that open an empty record form (seed 3(2)–3(9): 添加), in portal wordings: 新增, 新增一条, 增加, 添加记录 (probe 12a item 7). */
const ADD_RE = /^(添加|新增|增加)(一条|一行|一项)?(记录)?$/;
/** Words that make a 提交 button 送审 on any page: 送审 (完成并送审, 提交并送审), 申报 (提交申报), 审核 (提交审核, breaker 23a item 5), 打印 / 确认无误 (提交并打印, 确认无误并提交: breaker 25a item 5). */
const REVIEW_RE = /送审|申报|审核|打印|确认无误/;
/** A page's own 提交 that SUBMIT_RE does not read: 提交本页, 确认提交本页 (probe 12a item 7). */
const PAGE_SUBMIT_RE = /^(确认)?提交(本页|本条|本项)$/;
/** Button texts that filter a list (a 查询 bar above it, probe9 item 3) or search (快速查找, breaker 31c item 2): 查询, 查找, 检索; not 搜索, the word of "..." choosers beside a box (breaker 12). */
const QUERY_RE = /^(查询|查找|检索)$/;

/**
 * A button's words: its text normalised, its accelerator, number, brackets, arrows or icon glyph
 * dropped: [保存] / 保存(S) / 下一步>> / 下一步(3) / \ue605保存 → 保存 / 下一步. What the pre-submit
 * dialog names the button by (lib/content/presubmit.ts; a glyph would show as a box there).
 */
export function buttonWords(text: string): string {
  return normalizeText(text).replace(DECORATION, '');
}

/**
 * save: keeps the page; upload: sends the photo (checked for photo problems only); attach: sends
 * an attachment (a save of the step; checked for its form's fields only); submit: 送审; next: a
 * 下一步 that sends the form (lib/content/presubmit.ts) — checked like a save, but not taken as
 * one: the server may only move on.
 */
export type PortalAction = 'save' | 'upload' | 'attach' | 'submit' | 'next';

/**
 * What pressing a portal button does, from its visible text.
 * @param text the button's text (`value` of an input button, or its text content), raw.
 * @returns `save`, `upload` (the photo), `attach` (an attachment), `submit` (送审), or null for anything else
 *   (navigation, 添加, 返回, 附件上传 which opens the upload page…).
 */
export function classifyPortalButton(text: string): PortalAction | null {
  const t = buttonWords(text);
  if (SUBMIT_RE.test(t)) return 'submit';
  if (PHOTO_UPLOAD_RE.test(t)) return 'upload';
  if (ATTACH_RE.test(t)) return 'attach';
  if (SAVE_RE.test(t)) return 'save';
  return null;
}

/**
 * Whether a button's text is a bare 上传, decorated or not (【上传】, 上传(U), 上传>>): on 基本信息,
 * the photo's upload (lib/content/presubmit.ts; breaker 24a item 2).
 * @param text the button's text, raw.
 */
export function isBareUpload(text: string): boolean {
  return buttonWords(text) === '上传';
}

/**
 * Whether a button's text is 下一步 (decorated or not: [下一步], 下一步>>, 下 一 步).
 * @param text the button's text, raw.
 */
export function isNextButton(text: string): boolean {
  return NEXT_RE.test(buttonWords(text));
}

/**
 * Whether a button filters the list on its page or searches: 查询, 查找, 检索 (decorated or not: [查询]).
 * @param text the button's text, raw.
 */
export function isQueryButton(text: string): boolean {
  return QUERY_RE.test(buttonWords(text));
}

/** What a button does on a page, for explaining the page: a PortalAction, or `add` (opens an empty record form). */
export type ButtonRole = PortalAction | 'add';

/**
 * The page a button is on, as far as its 提交 goes: a record step's (lib/fields/sections
 * RECORD_STEPS), another application step's (基本信息, 奖惩/小结), the 完成并送审 step's (seed
 * 3(11)), or any other page, an unrecognised one included. The caller decides
 * (lib/tour/stops.ts), so the content script does not carry the step table here.
 */
export type ButtonPage = 'record' | 'step' | 'submit' | 'other';

/**
 * What pressing a button does on a page, for explaining it (the tour, lib/tour/stops.ts):
 * classifyPortalButton's reading, plus `add` for 添加 / 新增 / 新增一条 / 增加 / 添加记录 on a
 * record page (elsewhere such a button adds no record, breaker 23a item 7). A 提交 on an
 * application step's page other than 完成并送审 keeps that page (a save), unless it has REVIEW_RE's
 * words (送审, 申报, 审核, 打印, 确认无误) (probe 12a item 7: a 年度考核 page's own 提交 is no 送审;
 * breaker 24a item 5: nor is 基本信息's); on 完成并送审 and on a page not recognised it stays 送审
 * (breaker 23a item 5).
 * 提交本页 saves on any page but the 完成并送审 step. The pre-submit check keeps
 * classifyPortalButton's stricter reading: there any 提交 is held like a 送审.
 * @param text the button's text, raw.
 * @param page the kind of page it is on.
 * @returns the role, or null for anything else (navigation, 返回, 附件上传…).
 */
export function buttonRoleOn(text: string, page: ButtonPage): ButtonRole | null {
  const words = buttonWords(text);
  if (ADD_RE.test(words)) return page === 'record' ? 'add' : null;
  const action = classifyPortalButton(words);
  if (PAGE_SUBMIT_RE.test(words) && page !== 'submit') return 'save';
  return action === 'submit' && (page === 'record' || page === 'step') && !REVIEW_RE.test(words) ? 'save' : action;
}
