import type { PageSnapshot } from '../page/snapshot';
import type { StepId } from '../portal/step-ids';

/**
 * Whether this frame should show the overlay (spec/test-contract.md: "shown once, in the
 * frame that holds the step's form, not in a menu frame").
 *
 * - A recognised page shows it (recognition already requires visible controls or a grid, so a
 *   frameset or a menu of links is never recognised).
 * - An unrecognised page shows it only when it is a top-level page that itself holds a form
 *   (several visible fields) and has no child frames, so the user can still reach diagnostics;
 *   an unrecognised frame inside a frameset stays quiet.
 *
 * @param snapshot the frame's snapshot.
 * @param step the recognised step.
 * @returns true when this frame mounts the overlay.
 */
export function shouldMountOverlay(snapshot: PageSnapshot, step: StepId): boolean {
  if (step !== 'unknown') return true;
  if (!snapshot.isTopFrame || snapshot.childFrameCount > 0) return false;
  const fields = snapshot.controls.filter((c) => c.visible && c.kind !== 'button' && c.kind !== 'hidden');
  return fields.length >= 3;
}
