import type { ProgressEvent, ProgressState } from '../progress/model';

/**
 * Messages between the content script, the popup and the background service worker.
 * They travel only over `runtime`/`tabs` messaging, which page scripts cannot reach; the
 * content script never listens to `window.postMessage` (spec/test-contract.md §Never, issue 9).
 */
export type BackgroundRequest =
  | { type: 'progress:report'; event: ProgressEvent }
  | { type: 'progress:get' }
  | { type: 'progress:reset'; key: string };

export type BackgroundResponse<T extends BackgroundRequest['type']> = T extends 'progress:get'
  ? ProgressState
  : T extends 'progress:report'
    ? ProgressState
    : T extends 'progress:reset'
      ? ProgressState
      : never;

/** Popup → the content script of the active tab (every frame receives it; the frame showing the overlay acts). */
export type TabRequest = { type: 'overlay:autofill' } | { type: 'overlay:toggle' } | { type: 'overlay:tour' } | { type: 'overlay:ping' };

/** A frame's answer to `overlay:ping`: which step it shows, if it holds the overlay. */
export interface OverlayPing {
  step: string;
  mounted: boolean;
}

/** True when `value` is an object with a string `type` starting with `prefix`. */
export function isMessage(value: unknown, prefix: string): value is { type: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    (value as { type: string }).type.startsWith(prefix)
  );
}
