import { readPage } from '../page/collect';
import type { PageSnapshot } from '../page/snapshot';
import { labelKeys } from '../fields/recognize';
import { isEditable, recognizeStep } from '../portal/recognize-step';
import type { StepId } from '../portal/step-ids';

/**
 * Whether this frame should show the overlay (spec/test-contract.md: "shown once, in the
 * frame that holds the step's form, not in a menu frame").
 *
 * - Never when it is an upload panel (nothing to fill but file boxes and selects: 附件类型 /
 *   选择文件 / 上传 in an <iframe>; beside a file box, boxes too that name no field of the profile
 *   but which record the file is for: 记录序号, 附件说明, breaker 27 F6) and a frame around it
 *   (same origin) shows it: the panel is
 *   part of that form or list (probe 15 item 1b). A frame with fields of its own (a record form in
 *   a 添加 dialog's <iframe> over its list page) shows it itself (breaker 31c item 1).
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
  const file = snapshot.controls.some((c) => c.kind === 'file');
  const uploadPanel = snapshot.controls.every(
    (c) => !isEditable(c) || c.kind === 'file' || c.kind === 'select' || (file && c.labels.every((l) => labelKeys(l.text).every((k) => k.endsWith('.seq')))),
  );
  try {
    const parent = uploadPanel && win.parent !== win && readPage(win.parent.document, win.parent);
    if (parent && shouldMountOverlay(parent, recognizeStep(parent).step, win.parent)) return false;
  } catch {
    // Another origin's page around it: not ours to read.
  }
  if (step !== 'unknown') return true;
  if (!snapshot.isTopFrame || snapshot.childFrameCount > 0) return false;
  return snapshot.controls.filter(isEditable).length >= 3;
}
