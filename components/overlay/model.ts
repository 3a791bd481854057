import type { Finding } from '@/lib/checks/types';
import type { FillPlan } from '@/lib/fill/plan';
import type { FillReport } from '@/lib/fill/apply';
import type { StepDefinition } from '@/lib/portal/steps';
import type { Corner } from '@/lib/overlay/placement';
import type { FieldKey } from '@/lib/fields/keys';
import type { StepId } from '@/lib/portal/step-ids';
import type { CaptureChange, CaptureRejection } from '@/lib/profile/capture';
import type { TourStop } from '@/lib/tour/stops';
import type { PreviewObstacles } from '@/lib/overlay/preview-dock';

/** Everything the overlay shows; the content-script controller owns it and re-renders on change. */
export interface OverlayModel {
  step: StepDefinition;
  /** Requirements software cannot see at this step (signatures, seals…), lib/checks/advice. */
  advice: string[];
  /** The checks' findings as runChecks orders them (errors, warnings, information: lib/checks/registry.ts), shown in that order. */
  findings: Finding[];
  /**
   * Label of the active profile, or null when none is set up; absent until the background has
   * answered (a service worker waking up: "no profile" is not said of one not read yet).
   */
  profileLabel?: string | null;
  /** A message when the profile could not be read (storage unavailable, extension updated…); none when absent. */
  notice?: string | null;
  autofill: AutofillState;
  /**
   * Teach mode and capture, in 更多: absent while idle since the page loaded (only on-demand.js,
   * which draws and starts them, reads them: the content script's first model leaves them out).
   */
  teach?: TeachState;
  capture?: CaptureState;
  /** The pre-submit dialog while it holds a press; none when absent. */
  preSubmit?: PreSubmitState | null;
  collapsed: boolean;
  corner: Corner;
  /**
   * The guided tour while it runs: its stops (lib/tour/stops.ts), the one shown, and how a
   * stop's elements are found in the page (on-demand.js's; the same function for the tour's
   * lifetime: the tour re-positions when it changes). None when absent.
   */
  tour?: { stops: TourStop[]; index: number; elementsOf(stop: TourStop): Element[] } | null;
  /** Once 更多 has been opened: its capture and teach mode parts are drawn (by on-demand.js, which opening it loads). */
  more?: true;
  /** Presenter settings (lib/settings.ts) as the overlay applies them. */
  presenter: PresenterSettings;
}

/**
 * The overlay's model when a page is first read: the step and its findings shown, nothing under
 * way (no fill, teach, capture, pre-submit dialog or tour: absent, as is the notice, but the fill's idle state), the profile not read yet, no notice, the
 * panel in its default bottom-right corner. Used by the content-script controller (and by the
 * tests that render the panel as it first appears).
 * @param step the recognised step's definition (lib/portal/steps.ts)
 * @param findings runChecks's findings for the page, in its order
 * @param collapsed whether the user left the panel collapsed (settings.overlayCollapsed)
 * @param presenter the presenter settings to apply
 */
export function initialOverlayModel(step: StepDefinition, findings: Finding[], collapsed: boolean, presenter: PresenterSettings): OverlayModel {
  return {
    step,
    advice: [],
    findings,
    autofill: { phase: 'idle' },
    collapsed,
    corner: 'bottom-right',
    presenter,
  };
}

/** Larger text, high-contrast highlight, masked ID / phone numbers (issue 7). */
export interface PresenterSettings {
  largeText: boolean;
  highContrast: boolean;
  maskPersonal: boolean;
}

/** The panel's sections, stacked in one scrolling body so every contract hook is visible. */
export type OverlaySection = 'fill' | 'checks' | 'guide';

export type AutofillState =
  | { phase: 'idle' }
  /**
   * `stale`: the page changed since the plan in a way 应用 would not follow (lib/fill/apply.ts changedSincePreview).
   * `yearNotes`: what of the profile's data for this step looks like an earlier year's (lib/profile/year-notes.ts).
   * `obstacles`: what of the page the panel keeps clear of while it shows the preview, measured
   * when called (lib/overlay/preview-dock.ts; on-demand.js's, like the tour's `elementsOf`).
   */
  | { phase: 'preview'; plan: FillPlan; overwrite: ReadonlySet<number>; stale?: boolean; yearNotes?: string[]; obstacles?: () => PreviewObstacles }
  | { phase: 'applying' }
  | { phase: 'report'; report: FillReport };

/** Teach mode (issue 5): the user points at a field and says which profile key it is. */
export type TeachState =
  | { phase: 'idle' }
  | { phase: 'picking' }
  /** `step`: the page's step, whose dictionary keys the chooser offers (./TeachChooser.tsx). */
  | { phase: 'choose'; control: number; label: string; step: StepId; current: FieldKey | null }
  /** `title`: the profile field's title; null when the user said it is no profile field. */
  | { phase: 'saved'; label: string; title: string | null };

/** "把本页内容存入档案" (issue 4: capture from the page). */
export type CaptureState =
  | { phase: 'idle' }
  | { phase: 'preview'; changes: (CaptureChange & { title: string })[]; rejected: (CaptureRejection & { title: string })[] }
  | { phase: 'done'; message: string };

export interface PreSubmitState {
  /** The portal button's text, e.g. 保存并下一步 / 送审. */
  buttonText: string;
  /**
   * `submit`: we never press it, the user clicks it again himself (送审, or a script link
   * Chrome does not follow for an extension); `save`: "仍然…" presses it for him.
   */
  kind: 'save' | 'submit';
  errors: Finding[];
}

export interface OverlayActions {
  toggleCollapsed(): void;
  /** Expands the panel and scrolls a section into view. */
  showSection(section: OverlaySection): void;
  startAutofill(): void;
  /** Re-plan a record step's fill from another profile row (0-based). */
  chooseRecord(index: number): void;
  toggleOverwrite(control: number): void;
  applyAutofill(): void;
  /** 停止填写: ends the fill being written after the field in hand; the report says what was written. */
  stopAutofill(): void;
  closeAutofill(): void;
  jumpTo(control: number): void;
  preSubmitContinue(): void;
  preSubmitCancel(): void;
  recheck(): void;
  /** Downloads the page-structure file (lib/diagnostics) for a maintainer. */
  exportStructure(): void;
  startTeach(): void;
  teachAs(key: FieldKey | null): void;
  cancelTeach(): void;
  startCapture(): void;
  applyCapture(): void;
  closeCapture(): void;
  /** 更多 opened (or closed): its parts are drawn from now on. */
  openMore(): void;
  /** Builds the tour of the page as it is now and shows its first stop. */
  startTour(): void;
  /** Shows stop `index` (0-based) of the running tour. */
  tourGo(index: number): void;
  endTour(): void;
}
