import { collectSnapshot } from '../page/collect';
import type { PageSnapshot } from '../page/snapshot';
import { recognizeStep } from '../portal/recognize-step';
import type { StepId } from '../portal/step-ids';

/**
 * Whether this frame should show the overlay (spec/test-contract.md: "shown once, in the
 * frame that holds the step's form, not in a menu frame").
 *
 * - Never when a frame around it (same origin) shows it: a form's own upload frame
 *   (附件类型 / 选择文件 / 上传 in an <iframe>) is part of that form (probe 15 item 1b).
 * - Otherwise a recognised page shows it (recognition already takes a menu, a frameset, the
 *   shell around the content's frame or a banner frame for no step).
 * - An unrecognised page shows it only when it is a top-level page that itself holds a form
 *   (several visible fields) and has no child frames, so the user can still reach diagnostics;
 *   an unrecognised frame inside a frameset stays quiet.
 *
 * @param snapshot the frame's snapshot.
 * @param step the recognised step.
 * @param win the frame's window, to read the frames around it (this window by default).
 * @returns true when this frame mounts the overlay.
 */
export function shouldMountOverlay(snapshot: PageSnapshot, step: StepId, win: Window = window): boolean {
  try {
    const parent = win.parent !== win && collectSnapshot(win.parent.document, win.parent);
    if (parent && shouldMountOverlay(parent, recognizeStep(parent).step, win.parent)) return false;
  } catch {
    // Another origin's page around it: not ours to read.
  }
  if (step !== 'unknown') return true;
  if (!snapshot.isTopFrame || snapshot.childFrameCount > 0) return false;
  const fields = snapshot.controls.filter((c) => c.visible && c.kind !== 'button' && c.kind !== 'hidden');
  return fields.length >= 3;
}
