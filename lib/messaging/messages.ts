import type { ProgressState, ShownProgress } from '../progress/model';
import type { ProgressReport } from '../progress/report';
import type { TaughtMapping } from '../fields/taught.schema';
import type { PackContents } from '../packs/schema';
import type { ControlSnapshot } from '../page/snapshot';
import type { FillReport } from '../fill/apply';
import type { StepId } from '../portal/step-ids';

/**
 * Messages between the content script, the popup and the background service worker.
 * They travel only over `runtime`/`tabs` messaging, which page scripts cannot reach; the
 * content script never listens to `window.postMessage` (spec/test-contract.md §Never, issue 9).
 */
export type BackgroundRequest =
  | { type: 'progress:report'; event: ProgressReport }
  /** The active applicant's progress (the content script's 送审 checklist). */
  | { type: 'progress:get' }
  /** The popup: the active applicant's progress and whose it is (ShownProgress). */
  | { type: 'progress:shown' }
  /** 重新开始: one application of the applicant the popup shows (`owner`: a profile id; absent = the progress kept with no profile). */
  | { type: 'progress:reset'; key: string; owner?: string }
  /** Options page, a profile deleted: its progress is forgotten; answered with what was stored, for 撤销. */
  | { type: 'progress:forget'; owner: string }
  /** Options page, a deleted profile restored (撤销): what `progress:forget` answered is put back. */
  | { type: 'progress:restore'; owner: string; progress: unknown }
  /** Options page, the profiles erased for a forgotten passphrase: the progress of every profile gone is forgotten. */
  | { type: 'progress:forget-gone' };

/**
 * Content script → background: teach-mode mappings and field-map packs. They live in
 * `browser.storage.local` and are validated with zod in the background (lib/fields/taught-store.ts,
 * lib/packs/store.ts), so the content script receives checked data and carries no zod (issue 9).
 */
export type FieldMapRequest =
  /** The user's own mappings (all hosts) and what the installed pack of `host` contributes. */
  | { type: 'fieldmap:get'; host: string }
  /** Store one mapping the user just taught (validated before it is written). */
  | { type: 'fieldmap:teach'; mapping: TaughtMapping };

/**
 * on-demand.js → background: the 记录序号 known saved on `step` of the portal `key` (an origin) in
 * the sending tab (lib/background/record-memory.ts), answered with them or null when known only in part.
 */
export type RecordMemoryRequest = { type: 'records:saved'; key: string; step: StepId };

/**
 * Content script → background: inject on-demand.js (autofill, tour stops, capture, export) into
 * the sending frame (lib/content/on-demand.ts).
 */
export type OnDemandRequest = { type: 'content:load-on-demand' };

/**
 * A fill report carried over the reload that the fill's last list caused (an ASP.NET
 * AutoPostBack): the step it was made on, the page the postback goes to, the controls its rows
 * point at, the report as it stood when that list was written (lib/fill/carry.ts).
 */
export interface CarriedFill {
  step: string;
  /**
   * Absolute URLs the postback's answer may arrive at: the page the fill ran on and the list's
   * form's action (they differ behind URL rewriting). Only a page at one of them gets the report.
   */
  to: string[];
  controls: ControlSnapshot[];
  report: FillReport;
}

/**
 * on-demand.js → background: keep a fill's report for the sending frame's next page
 * (`fill:carry`), or forget it when the page stayed (`fill:drop`: the postback only redrew a
 * panel); content script → background: the report kept for this frame, if any, given once
 * (`fill:carried`, answered with CarriedFill or null).
 */
export type CarriedFillRequest = { type: 'fill:carry'; fill: CarriedFill } | { type: 'fill:drop' } | { type: 'fill:carried' };

/** Answer to `content:load-on-demand`: injected, or the browser's reason why not. */
export type OnDemandReply = { ok: true } | { ok: false; error: string };

/** Answer to `fieldmap:get`. */
export interface FieldMapsResponse {
  own: TaughtMapping[];
  pack: PackContents;
}

/** Answer to `fieldmap:teach`: every stored mapping after the change, or why nothing was stored (Chinese). */
export type TeachResponse = { ok: true; own: TaughtMapping[] } | { ok: false; error: string };

export type BackgroundResponse<T extends BackgroundRequest['type']> = T extends 'progress:get'
  ? ProgressState
  : T extends 'progress:report'
    ? ProgressState
    : T extends 'progress:shown' | 'progress:reset'
      ? ShownProgress
      : T extends 'progress:forget'
        ? unknown
        : T extends 'progress:restore' | 'progress:forget-gone'
          ? undefined
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
