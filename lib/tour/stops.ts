import type { PageSnapshot } from '../page/snapshot';
import { normalizeText } from '../page/normalize';
import type { FieldMatch } from '../fields/match';
import { specOf } from '../fields/dictionary';
import type { Finding } from '../checks/types';
import type { StepDefinition } from '../portal/steps';
import { isApplicationStep } from '../portal/step-ids';
import { STEP_NEEDS } from '../portal/step-needs';
import { buttonRoleOn, type ButtonPage, type ButtonRole } from '../page/buttons';
import { RECORD_STEPS } from '../fields/sections';
import { hasFillSection } from '../i18n/steps';
import { t, tCount, type MessageKey } from '../i18n/t';

/**
 * The guided tour ("演示", issue 7) of the page the overlay recognised, built from data: the
 * step's guidance (lib/portal/step-needs.ts) and advice, and what the page shows — its heading,
 * the controls the field recogniser matched, its file inputs and 附件上传 buttons, its 保存 /
 * 送审 buttons. Nothing here knows any particular portal's markup, so the tour works on pages
 * never seen before; a stop whose elements the page lacks is simply left out.
 */

/** What a stop highlights, resolved to elements in the page by lib/tour/locate.ts. */
export interface TourTarget {
  /** Indexes into PageSnapshot.controls: their table rows are highlighted. */
  controls: number[];
  /** Normalised texts of buttons / links to highlight (`附件上传`, `保存并下一步`). */
  actions: string[];
  /** Normalised text of the page heading to highlight, or null. */
  heading: string | null;
  /**
   * Normalised texts of the page's instructions to highlight with it (PageSnapshot.notices),
   * so the popover sits below them instead of over the text it asks the user to read.
   */
  notices?: string[];
}

/** Notices the intro points at: the portal's 注意说明 / 温馨提示 blocks (seed step 3: 上方红字). */
const INTRO_NOTICE = /注意|说明|提示/;

export type TourStopId = 'intro' | 'actions' | 'fields' | 'attachments' | 'save' | 'submit';

export interface TourStop {
  id: TourStopId;
  target: TourTarget;
  /** Short title of the stop, in the UI language. */
  title: string;
  /** What to say at this stop, one sentence per line, in the UI language. */
  lines: string[];
}

export interface TourInput {
  /** The recognised step's row of the step table (its signals find the page heading). */
  step: StepDefinition;
  /**
   * The step in the UI language (lib/i18n/steps.ts localStep): `needs[i]` translates
   * `STEP_NEEDS[step.id][i]` (lib/portal/step-needs.ts), whose Chinese is matched to the page.
   */
  text: { title: string; needs: readonly string[] };
  /** The step's advice (lib/checks/advice.ts) in the UI language. */
  advice: readonly string[];
  snapshot: PageSnapshot;
  matches: readonly FieldMatch[];
  findings: readonly Finding[];
}

const QUOTED = /[“"「]([^”"」]{2,30})[”"」]/g;
/** Buttons / links that upload or open the upload (seed 3(3)–3(10): “附件上传”; 上传照片). A plain 上传 sends the form's chosen file: no stop of its own. */
const ATTACHMENT_ACTION = /附件上传|上传附件|^附件$|选择文件|^上传.+/;
/** A button's part in the tour: its role (lib/page/buttons.ts), or an attachment upload (ATTACHMENT_ACTION). */
type TourButtonRole = Extract<ButtonRole, 'add' | 'save' | 'submit'> | 'attachments';
/**
 * How a guidance sentence names a button of a role the page does not show (its wording comes
 * from the step table, not from this page): generic words, or null to keep the table's name
 * (附件上传 may be on the record form the page has not opened yet).
 */
const GENERIC_BUTTON: Readonly<Record<TourButtonRole, MessageKey | null>> = {
  add: 'tour_button_add',
  save: 'tour_button_save',
  submit: 'tour_button_submit',
  attachments: null,
};
/** An English gloss after a quoted Chinese name in a UI sentence (“保存并新增” (save and add)): it goes with the name. */
const GLOSS = /^ \([^()]*\)/;
/** Field list shown in one line is cut after this many titles. */
const MAX_FIELD_TITLES = 12;

/** The quoted names in a guidance sentence, normalised (“认定资格名称” → 认定资格名称). */
function quotedNames(sentence: string): string[] {
  return [...sentence.matchAll(QUOTED)].map((m) => normalizeText(m[1] ?? '')).filter(Boolean);
}

function mentions(names: readonly string[], candidates: ReadonlySet<string>): boolean {
  return names.some((name) => [...candidates].some((c) => c === name || (c.length >= 2 && (c.includes(name) || name.includes(c)))));
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** The candidate sharing most characters with `name` (the first of equals), or null for none. */
function closest(name: string, candidates: readonly string[]): string | null {
  const shared = (c: string) => [...name].filter((ch) => c.includes(ch)).length;
  return candidates.reduce<string | null>((best, c) => (best === null || shared(c) > shared(best) ? c : best), null);
}

/** `sentence` with every `quoted` (and the gloss after it) replaced by `replacement`. */
function replaceQuoted(sentence: string, quoted: string, replacement: string): string {
  const parts = sentence.split(quoted);
  return parts.map((part, i) => (i === 0 ? part : part.replace(GLOSS, ''))).join(replacement);
}

/**
 * The tour stops for the page the overlay shows.
 * @param input the recognised step (source and UI-language texts), its advice, the page's
 *   snapshot, the field matches and the current findings of the controller.
 * @returns stops in presentation order — intro (heading and general needs), the page's add
 *   buttons (on a record step) and other actions the needs name, the recognised fields,
 *   attachments, 保存, 送审 (on an application step's page but 完成并送审 only a button with 送审's
 *   words, its own 提交 being its save: lib/page/buttons.ts buttonRoleOn) — each present only when
 *   the page has something for it; the intro is always
 *   present (with `heading: null` when no heading of the step is found). Guidance sentences are
 *   placed at the stop whose element they quote and otherwise at the intro; a button they quote
 *   that the page does not show is named as the page's own button of its role, or in generic
 *   words (probe 12a item 7). No stop mentions the 填写 section where the overlay does not show
 *   it. Never throws.
 */
export function buildTourStops(input: TourInput): TourStop[] {
  const { step, snapshot, matches, findings } = input;
  const visible = snapshot.controls.filter((c) => c.visible && c.kind !== 'hidden');

  const actionTexts = unique([
    ...visible.filter((c) => c.kind === 'button').map((c) => normalizeText(c.buttonText)),
    ...snapshot.links,
  ]).filter(Boolean);
  const page: ButtonPage = RECORD_STEPS.includes(step.id) ? 'record' : step.id === 'submit' ? 'submit' : isApplicationStep(step.id) ? 'step' : 'other';
  const roleOf = (text: string): TourButtonRole | null => {
    if (ATTACHMENT_ACTION.test(text)) return 'attachments';
    const role = buttonRoleOn(text, page);
    return role === 'add' || role === 'save' || role === 'submit' ? role : null;
  };
  const actionsOf = (role: TourButtonRole) => actionTexts.filter((a) => roleOf(a) === role);
  const attachmentActions = actionsOf('attachments');
  const saveActions = actionsOf('save');
  const submitActions = actionsOf('submit');
  const addActions = actionsOf('add');

  /**
   * A guidance sentence naming the page's own buttons: each quoted button of the step table the
   * page does not show (保存并下一步, 添加, 送审) becomes the page's button of that role (保存,
   * 新增一条, 提交), or generic words when it has none. Returns the Chinese source with its
   * quotes (matched to the page below) and the sentence in the UI language.
   */
  const withOwnButtons = (need: string, shown: string): { need: string; shown: string } => {
    for (const [quoted, raw = ''] of need.matchAll(QUOTED)) {
      const name = normalizeText(raw);
      const role = roleOf(name);
      if (role === null || actionTexts.includes(name)) continue;
      const own = closest(name, actionsOf(role));
      const generic = GENERIC_BUTTON[role];
      const replacement = own !== null ? `“${own}”` : generic !== null ? t(generic) : null;
      if (replacement === null) continue;
      need = replaceQuoted(need, quoted, replacement);
      shown = replaceQuoted(shown, quoted, replacement);
    }
    return { need, shown };
  };

  const fileControls = visible.filter((c) => c.kind === 'file').map((c) => c.index);
  const fieldMatches = matches.filter((m) => {
    const c = snapshot.controls[m.control];
    return m.key !== null && c !== undefined && c.visible && !['button', 'hidden', 'file'].includes(c.kind);
  });
  const fieldControls = unique(fieldMatches.map((m) => m.control));
  const fieldTitles = unique(fieldMatches.map((m) => (m.key ? specOf(m.key).title : '')).filter(Boolean));

  const namesOf = (controls: readonly number[]): Set<string> => {
    const names = new Set<string>();
    for (const i of controls) {
      const c = snapshot.controls[i];
      if (!c) continue;
      for (const l of c.labels) names.add(l.text);
      for (const extra of [c.groupLabel, c.choiceText]) if (extra) names.add(normalizeText(extra));
      const key = matches.find((m) => m.control === i)?.key;
      if (key) names.add(normalizeText(specOf(key).title));
    }
    return names;
  };
  const fieldNames = namesOf(fieldControls);
  const attachmentNames = new Set([...namesOf(fileControls), ...attachmentActions]);
  const submitNames = new Set([...submitActions, ...namesOf(visible.filter((c) => c.kind === 'radio' || c.kind === 'checkbox').map((c) => c.index))]);
  const otherActions = actionTexts.filter((a) => !attachmentActions.includes(a) && !saveActions.includes(a) && !submitActions.includes(a));

  // Each guidance sentence goes to the stop of the first element it quotes that the page has.
  const placed: Record<TourStopId, string[]> = { intro: [], actions: [], fields: [], attachments: [], save: [], submit: [] };
  const quotedOther = new Set<string>();
  const stopOfName = (name: string): TourStopId | null => {
    if (fileControls.length + attachmentActions.length > 0 && mentions([name], attachmentNames)) return 'attachments';
    if (submitActions.length > 0 && mentions([name], new Set(submitActions))) return 'submit';
    if (saveActions.length > 0 && mentions([name], new Set(saveActions))) return 'save';
    if (otherActions.includes(name)) return 'actions';
    if (fieldControls.length > 0 && mentions([name], fieldNames)) return 'fields';
    if (submitActions.length > 0 && mentions([name], submitNames)) return 'submit';
    return null;
  };
  STEP_NEEDS[step.id].forEach((source, i) => {
    const { need, shown } = withOwnButtons(source, input.text.needs[i] ?? source);
    const names = quotedNames(need);
    const first = names.map((name) => ({ name, stop: stopOfName(name) })).find((n) => n.stop !== null);
    if (!first?.stop) {
      placed.intro.push(shown);
      return;
    }
    if (first.stop === 'actions') quotedOther.add(first.name);
    placed[first.stop].push(shown);
  });

  const on = (controls: readonly number[]) => findings.filter((f) => f.control !== undefined && controls.includes(f.control));
  /**
   * What a stop says of its controls' findings: its errors counted (`count`, the panel's
   * headline counts errors) and listed, then its warnings and notes.
   */
  const problemLines = (controls: readonly number[], count: 'tour_fields_problems' | 'tour_attachments_problems'): string[] => {
    const found = on(controls);
    const errors = found.filter((f) => f.severity === 'error').map((f) => f.message);
    const notes = found.filter((f) => f.severity !== 'error').map((f) => f.message);
    return [...(errors.length > 0 ? [tCount(count, errors.length), ...errors] : []), ...(notes.length > 0 ? [tCount('tour_problems_notes', notes.length), ...notes] : [])];
  };
  const errorCount = (list: readonly Finding[]) => list.filter((f) => f.severity === 'error').length;
  const heading = snapshot.headings.find((h) => step.signals.headings.some((p) => new RegExp(p).test(h))) ?? null;
  const hasAttachments = fileControls.length + attachmentActions.length > 0;
  // Advice is about what to attach; on a page without uploads it belongs to the intro.
  const introLines = [...placed.intro, ...(hasAttachments ? [] : input.advice)];
  const stops: TourStop[] = [
    {
      id: 'intro',
      target: { controls: [], actions: [], heading, notices: snapshot.notices.filter((n) => INTRO_NOTICE.test(n)).slice(0, 2) },
      title: step.order ? t('tour_intro_title_step', step.order, input.text.title) : input.text.title,
      lines: introLines.length > 0 ? introLines : [t('tour_intro_default')],
    },
  ];
  // A page's add button is shown whether or not the guidance quotes it (probe 12a item 7: 新增一条).
  for (const add of addActions) quotedOther.add(add);
  if (quotedOther.size > 0) {
    const lines = placed.actions.length > 0 ? placed.actions : addActions.map((add) => t('tour_actions_add', add));
    stops.push({ id: 'actions', target: { controls: [], actions: [...quotedOther], heading: null }, title: t('tour_actions_title'), lines });
  }
  if (fieldControls.length > 0) {
    const shownTitles = fieldTitles.slice(0, MAX_FIELD_TITLES).join('、') + (fieldTitles.length > MAX_FIELD_TITLES ? t('tour_and_more', fieldTitles.length) : '');
    // One number for one thing (ux26 item 1): the panel counts every error of the page, so the
    // errors this stop leaves out are said with where to find them — the photo's and the
    // attachments' at the next stop, the rest (no field of theirs) in the panel's 检查.
    const atAttachments = errorCount(on(fileControls));
    const elsewhere = errorCount(findings) - errorCount(on(fieldControls)) - atAttachments;
    stops.push({
      id: 'fields',
      target: { controls: fieldControls, actions: [], heading: null },
      title: t('tour_fields_title'),
      lines: [
        t('tour_fields_list', shownTitles),
        ...placed.fields,
        // The 填写 section is not shown on every page (an unknown one): say so only where it is.
        ...(hasFillSection(step.id) ? [t('tour_fields_autofill')] : []),
        ...problemLines(fieldControls, 'tour_fields_problems'),
        ...(atAttachments > 0 ? [tCount('tour_fields_problems_next', atAttachments)] : []),
        ...(elsewhere > 0 ? [tCount('tour_fields_problems_elsewhere', elsewhere)] : []),
      ],
    });
  }
  if (hasAttachments) {
    stops.push({
      id: 'attachments',
      target: { controls: fileControls, actions: attachmentActions, heading: null },
      title: t('tour_attachments_title'),
      lines: [...placed.attachments, ...input.advice, ...problemLines(fileControls, 'tour_attachments_problems'), t('tour_attachments_unseen')],
    });
  }
  if (saveActions.length > 0) {
    stops.push({
      id: 'save',
      target: { controls: [], actions: saveActions, heading: null },
      title: t('tour_save_title', saveActions.join(' / ')),
      lines: [...placed.save, t('tour_save_checks'), t('tour_save_yours')],
    });
  }
  if (submitActions.length > 0) {
    stops.push({
      id: 'submit',
      target: { controls: [], actions: submitActions, heading: null },
      title: t('tour_submit_title', submitActions.join(' / ')),
      lines: [...placed.submit, t('tour_submit_yours')],
    });
  }
  return stops;
}
