import { readPage } from '../page/collect';
import { pagerLine } from '../page/page-text';
import type { PageSnapshot } from '../page/snapshot';
import { labelKeys } from '../fields/recognize';
import { isEditable, recognizeStep } from '../portal/recognize-step';
import type { StepId } from '../portal/step-ids';

/**
 * Whether this frame should show the overlay (spec/test-contract.md: "shown once, in the
 * frame that holds the step's form, not in a menu frame").
 *
 * - Never when a frame around it shows it (shownAround).
 * - Otherwise a recognised page shows it (recognition already takes a menu, a frameset, the
 *   shell around the content's frame or a banner frame for no step).
 * - An unrecognised page shows it only when it is a top-level page that itself holds a form
 *   (three fields to fill or more) and has no child frames, so the user can still reach diagnostics;
 *   an unrecognised frame inside a frameset stays quiet.
 *
 * @param snapshot the frame's snapshot.
 * @param step the recognised step.
 * @param win the frame's window, to read the frames around it (this window by default).
 * @returns true when this frame mounts the overlay.
 */
export function shouldMountOverlay(snapshot: PageSnapshot, step: StepId, win: Window = window): boolean {
  return !shownAround(snapshot, win) && mountsItself(snapshot, step);
}

/** Whether a frame shows the overlay by what it holds itself (shouldMountOverlay's second and third rules). */
const mountsItself = (snapshot: PageSnapshot, step: StepId) =>
  step !== 'unknown' || (snapshot.isTopFrame && !snapshot.childFrameCount && snapshot.controls.filter(isEditable).length >= 3);

/**
 * Whether a frame around this one (same origin) shows the overlay for it: this frame is an upload
 * panel (nothing to fill but file boxes and selects: 附件类型 / 选择文件 / 上传 in an <iframe>;
 * beside a file box, boxes too that name no field of the profile but which record the file is
 * for: 记录序号, 附件说明, breaker 27 F6) or a list without fields (none, or a pager's 转到 [ ] 页
 * box: breaker 28 F3, or a page-size box, b30: ../page/page-text.ts pagerLine), part of the form or list around it (probe 15 item 1b), and the frame
 * around it shows the overlay itself or through the frame around it in turn (a list's frame in
 * a tab page's frame: breaker 28 F2). A frame with fields of its own (a record form in a 添加
 * dialog's <iframe> over its list page) shows it itself (breaker 31c item 1).
 */
function shownAround(snapshot: PageSnapshot, win: Window): boolean {
  const file = snapshot.controls.some((c) => c.kind === 'file');
  const uploadPanel = snapshot.controls.every(
    (c) =>
      !isEditable(c) ||
      c.kind === 'file' ||
      c.kind === 'select' ||
      pagerLine(c.labels[0]?.text!) ||
      (file && c.labels.every((l) => labelKeys(l.text).every((k) => k.endsWith('.seq')))),
  );
  try {
    const parent = uploadPanel && win.parent !== win && readPage(win.parent.document, win.parent);
    return !!parent && (shownAround(parent, win.parent) || mountsItself(parent, recognizeStep(parent).step));
  } catch {
    // Another origin's page around it: not ours to read.
    return false;
  }
}
