import { z } from 'zod';
import { APPLICATION_STEP_IDS, type ApplicationStepId } from '../portal/step-ids';
import { CHECK_IDS } from '../checks/types';
import { sectionOfStep } from '../fields/sections';
import { isRecordList } from '../fields/record-lists';

/**
 * Progress through the eleven steps, per application (spec/test-contract.md popup contract), of
 * one applicant (a ProgressState per profile: lib/progress/store.ts).
 * We store facts (visited, saved, the errors found at the last evaluation) and derive the
 * status from them, so a status can never disagree with what the content script saw.
 */
export type StepStatus = 'todo' | 'in-progress' | 'done' | 'problem';

const stepFactsSchema = z.object({
  /** ISO timestamps. */
  visitedAt: z.string().nullable().default(null),
  savedAt: z.string().nullable().default(null),
  /**
   * The errors' check ids and fields (a profile key or a page label), never their messages: the
   * messages quote what was typed (birth dates, phone numbers), and this store is not covered
   * by the profile's passphrase. Messages stored by earlier versions are dropped on reading.
   * `list`: the error was read from the step's list of saved records (ProgressEvent.errors);
   * errors stored by versions before it have none and are never kept past a page (below).
   * `kept`: a list error kept on a page that could not see the list (listErrorsKept).
   */
  errors: z.array(z.object({ checkId: z.enum(CHECK_IDS), field: z.string().optional(), list: z.literal(true).optional(), kept: z.literal(true).optional() })).default([]),
  /**
   * The step's list showed list errors when it was last seen, and only its record form has been
   * seen since (keepsListErrors): not verified, so in progress — neither done nor a stale problem,
   * once the kept errors went after their one page: 添加 → form → 保存并新增 → form again (breaker
   * 12p item 2a), a form frame reloaded beside the list's frame (2c). Bounded as the kept errors
   * are: a page of the step showing a list or no form decides again, a visit to another step
   * ends it (reduceProgress).
   */
  listUnseen: z.literal(true).optional(),
});
export type StepFacts = z.infer<typeof stepFactsSchema>;

const applicationSchema = z.object({
  /** The portal origin the application was seen on (one application per portal origin). */
  key: z.string(),
  steps: z.partialRecord(z.enum(APPLICATION_STEP_IDS), stepFactsSchema).default({}),
  /**
   * A 保存并下一步 the user pressed, not yet known to be accepted: the portal answers a refused
   * save with the same page and a message, an accepted one with the next step.
   */
  pendingSave: z.object({ step: z.enum(APPLICATION_STEP_IDS), at: z.string() }).nullable().default(null),
  updatedAt: z.string(),
});
export type ApplicationProgress = z.infer<typeof applicationSchema>;

export const progressStateSchema = z.object({
  version: z.literal(1),
  /** Key of the application most recently reported on (for this applicant); the popup shows it. */
  current: z.string().nullable(),
  applications: z.record(z.string(), applicationSchema),
});
export type ProgressState = z.infer<typeof progressStateSchema>;

export const EMPTY_PROGRESS: ProgressState = { version: 1, current: null, applications: {} };

/**
 * Whose progress a ProgressState is (lib/progress/store.ts keeps one per applicant): a profile,
 * by its id and its name (`label`, null while the profiles are locked or unreadable).
 */
export interface ProgressOwner {
  id: string;
  label: string | null;
}

/**
 * The progress the popup shows: the active profile's (`owner`), or, with no profile at all
 * (`owner` null), the progress kept without one.
 */
export interface ShownProgress {
  progress: ProgressState;
  owner: ProgressOwner | null;
}

/**
 * Progress not updated for this many days is an earlier application's. The bureau opens
 * applications once a year (the seed's guide is 2020 年度's), and one application, with its
 * returns for corrections, lasts weeks, not half a year; progress is kept per portal origin, so
 * next year's application on the same portal would otherwise start with last year's
 * 已完成 steps — shown in the popup and counted as saved by the 送审 checklist (unfinished-steps).
 */
export const PREVIOUS_APPLICATION_DAYS = 180;

/**
 * Whether an application's progress is an earlier application's (PREVIOUS_APPLICATION_DAYS).
 * @param app the stored progress of one portal origin
 * @param now epoch milliseconds or an ISO timestamp (an event's `at`)
 * @returns true when its last update is more than PREVIOUS_APPLICATION_DAYS before `now`; false
 *   for a later or unreadable `updatedAt` (kept rather than dropped)
 */
export function isPreviousApplication(app: ApplicationProgress, now: number | string): boolean {
  const age = (typeof now === 'number' ? now : Date.parse(now)) - Date.parse(app.updatedAt);
  return age > PREVIOUS_APPLICATION_DAYS * 86_400_000;
}

/**
 * What the content script tells the background about a step.
 * - `visit`: the step's page was shown.
 * - `evaluated`: findings were recomputed (after input, or after load).
 * - `saved`: the user pressed the portal's 保存/保存并下一步/保存并新增 (we never press it ourselves);
 *   `advances` when the button moves on to the next step (保存并下一步).
 * `errors`: the errors found, `list` when one was read from a list of saved records (a list
 * check's finding about no box of the page: lib/progress/report.ts).
 * `lists`: each list the page shows, by its headers (page labels, no applicant data) and its
 * number of saved rows; `files` when it lists a record's files (an attachments grid inside its
 * form), not records.
 * `form`: the page shows the step's record form (editable boxes recognised as its section's).
 */
export interface ProgressEvent {
  key: string;
  step: ApplicationStepId;
  kind: 'visit' | 'evaluated' | 'saved';
  errors: { checkId: (typeof CHECK_IDS)[number]; field?: string; list?: true }[];
  lists?: { headers: string[]; rows: number; files?: true }[];
  form?: true;
  advances?: boolean;
  at: string;
}

/** Steps whose page lists what was saved (records; uploaded 证书、证明材料). */
const LISTING_STEPS: ReadonlySet<ApplicationStepId> = new Set([
  'qualification-history',
  'education',
  'work-experience',
  'achievements',
  'publications',
  'annual-review',
  'certificates',
]);

/**
 * What the page's lists say of a step: whether one is the step's own (a record step's records,
 * step 10's uploads — not an attachments list beside a record form: breaker 19a item 2), and
 * whether it shows a saved row — read from every list when none is its own (headers naming none
 * of its fields: breaker 20a item 4 for a row drawn in an attachments list).
 */
function stepLists(event: ProgressEvent): { own: boolean; saved: boolean } {
  const section = sectionOfStep(event.step);
  const lists = event.lists ?? [];
  const own = lists.filter((list) => !section || isRecordList({ headers: list.headers, rows: [] }, section));
  return { own: own.length > 0, saved: (own.length > 0 ? own : lists).some((list) => list.rows > 0) };
}

/**
 * Whether a page of a record step keeps the list errors it cannot see: it shows the step's
 * record form (`form`: what 添加/修改 posts back; step 10's upload form) and no list the checks
 * could read instead — none with rows (any list: one with rows is the page's own to check; not
 * the form's own attachments grid, whose rows are files: a 修改 form with a file already
 * uploaded, breaker 12p item 2b), and not the step's own list even empty. The record form alone
 * cannot see what the list showed wrong, which is still there (probe 16 item 1: opening 添加
 * over a 学历 list in the wrong order turned the step 已完成). Any other page replaces them: the
 * list page, however its empty list is worded or if it draws none (breaker 11p items 1, 2), a
 * list the dictionary does not know with rows.
 */
function keepsListErrors(event: ProgressEvent, lists: { own: boolean }): boolean {
  return !!event.form && !lists.own && !(event.lists ?? []).some((list) => list.rows > 0 && !list.files);
}

/**
 * The errors a step keeps from before (keepsListErrors): only those marked read from a list
 * (`list`; never one about a box of the form, such as its 记录序号 once corrected: breaker a;
 * never one stored before the mark existed, breaker 11p item 3), and not found again; kept
 * through one page only — the page the list's page led to, with its re-evaluations — and
 * dropped at the next page load without the list, or of another step: an empty list in words no
 * rule reads beside a form always shown must not keep a deleted record's error for good (breaker
 * 11p item 2, 12p item 1), nor hold 送审 for it (unfinished-steps).
 * @param before the step's errors so far. @param event the page's report (its errors, none twice).
 * @returns the errors kept, marked `kept`.
 */
function listErrorsKept(before: StepFacts['errors'], event: ProgressEvent): StepFacts['errors'] {
  const again = (e: StepFacts['errors'][number]) => event.errors.some((n) => n.checkId === e.checkId && n.field === e.field);
  return before.filter((e) => e.list && !(e.kept && event.kind === 'visit') && !again(e)).map((e) => ({ ...e, kept: true as const }));
}

/**
 * Checks on the act of sending rather than on what was entered: 同意 unticked at 完成并送审 is an
 * error the overlay shows (and the pre-submit dialog holds 送审 for), but before he presses 送审 it
 * is the step's last act still to do, not a problem with the application (probe 15 item 9).
 */
const SENDING_CHECKS: ReadonlySet<string> = new Set(['submit-consent']);

/**
 * A step's status from its facts: errors at the last evaluation (other than SENDING_CHECKS') →
 * `problem`; its list not seen since it was wrong (`listUnseen`) → `in-progress`; saved (or
 * saved records shown, or the optional 获取历史数据 page visited) → `done`; visited →
 * `in-progress`; otherwise `todo`.
 */
export function stepStatus(facts: StepFacts | undefined): StepStatus {
  if (!facts) return 'todo';
  if (facts.errors.some((e) => !SENDING_CHECKS.has(e.checkId))) return 'problem';
  if (facts.savedAt && !facts.listUnseen) return 'done';
  if (facts.visitedAt) return 'in-progress';
  return 'todo';
}

/**
 * Applies one event to the state and returns the new state (the input is not mutated). The
 * first event of a new application on a portal whose stored progress is an earlier one's
 * (isPreviousApplication) starts from nothing: last year's steps are not this year's.
 * @param state the stored progress (validated by `progressStateSchema`).
 * @param event what the content script saw; `at` is an ISO timestamp.
 */
export function reduceProgress(state: ProgressState, event: ProgressEvent): ProgressState {
  const stored = state.applications[event.key];
  const app: ApplicationProgress = stored && !isPreviousApplication(stored, event.at) ? stored : { key: event.key, steps: {}, pendingSave: null, updatedAt: event.at };
  const steps = { ...app.steps };
  let pendingSave = app.pendingSave ?? null;
  const facts = (step: ApplicationStepId): StepFacts => steps[step] ?? { visitedAt: null, savedAt: null, errors: [] };

  if (event.kind === 'visit' && pendingSave) {
    // The next page after 保存并下一步: another step means the portal accepted the save; the
    // same step again means it refused it (and shows why).
    if (pendingSave.step !== event.step) steps[pendingSave.step] = { ...facts(pendingSave.step), savedAt: pendingSave.at };
    pendingSave = null;
  }
  // Kept list errors, and the list left unseen, stand only while he stays on their step: its
  // page left for another step's with an emptied list beside an always-shown form (breaker 12p
  // item 1), they would stand for good and hold 送审 (unfinished-steps) or the step at 进行中.
  if (event.kind === 'visit') {
    for (const [step, { listUnseen, ...stepFacts }] of Object.entries(steps) as [ApplicationStepId, StepFacts][]) {
      if (step !== event.step && (listUnseen || stepFacts.errors.some((e) => e.kept))) steps[step] = { ...stepFacts, errors: stepFacts.errors.filter((e) => !e.kept) };
    }
  }
  const lists = LISTING_STEPS.has(event.step) ? stepLists(event) : null;
  const { listUnseen, ...before } = facts(event.step);
  const keeps = !!lists && keepsListErrors(event, lists);
  const next: StepFacts = { ...before, errors: keeps ? [...event.errors, ...listErrorsKept(before.errors, event)] : event.errors };
  if (keeps && (listUnseen || before.errors.some((e) => e.list))) next.listUnseen = true;
  if (event.kind === 'visit') next.visitedAt = event.at;
  // Nothing to save on 获取历史数据; a list of saved records or uploads means a save succeeded —
  // on the page's load or when a partial postback (UpdatePanel) draws the new row.
  if ((event.kind === 'visit' && event.step === 'fetch-history') || lists?.saved) next.savedAt = next.savedAt ?? event.at;
  if (event.kind === 'saved' && event.errors.length === 0) {
    if (event.advances) pendingSave = { step: event.step, at: event.at };
    // A 保存 that stays on a step with a list of saved rows counts once the list shows one: a
    // refused record (the same page, its message, no row) is not saved (probe 10c). Without the
    // step's own list (a record step's records, step 10's uploads; not an attachments list
    // beside a record form, breaker 19a item 2) the press counts.
    else if (!lists?.own) next.savedAt = event.at;
  }
  steps[event.step] = next;
  return {
    version: 1,
    current: event.key,
    applications: { ...state.applications, [event.key]: { key: event.key, steps, pendingSave, updatedAt: event.at } },
  };
}

/** Statuses of all eleven steps of one application, in order. */
export function applicationStatuses(app: ApplicationProgress | undefined): { step: ApplicationStepId; status: StepStatus }[] {
  return APPLICATION_STEP_IDS.map((step) => ({ step, status: stepStatus(app?.steps[step]) }));
}

/** Toolbar badge text, e.g. `4/11`; empty before any step was seen. */
export function badgeText(app: ApplicationProgress | undefined): string {
  if (!app) return '';
  const done = applicationStatuses(app).filter((s) => s.status === 'done').length;
  return `${done}/${APPLICATION_STEP_IDS.length}`;
}

