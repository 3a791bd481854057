/**
 * The page-structure file (issue 8, "导出页面结构"): what a maintainer needs to rebuild a
 * portal page nobody else can reach — frames, forms, fields (tag, type, id, name, label texts,
 * option texts), buttons, grid headers, and what the extension recognised — with every value
 * and every personal-looking text removed (lib/diagnostics/redact.ts). Built from the same
 * `collectSnapshot` + `recognizeStep` + `recognizeFields` the overlay uses, so the file shows
 * exactly what the extension saw.
 */
import { collectSnapshot } from '../page/collect';
import { withLaydateFormats } from '../fill/laydate';
import type { ControlSnapshot, PageSnapshot } from '../page/snapshot';
import { recognizeStep, type StepHints } from '../portal/recognize-step';
import { recognizeFields, type RecognizeOptions } from '../fields/recognize';
import { legacyTokens, type LegacyToken } from '../compat/flags';
import { needsIeText } from '../compat/notice';
import { createRedactor, redactUrl } from './redact';
import { all } from '../page/query';

export const DIAGNOSTICS_FORMAT = 'zc-page-structure';
/** 2: no option's `selected` and no box's `checked` (which option was chosen is a value; probe 12a item 6). */
export const DIAGNOSTICS_VERSION = 2;

export interface FieldReport {
  index: number;
  tag: ControlSnapshot['tag'];
  type: string;
  kind: ControlSnapshot['kind'];
  id: string;
  name: string;
  labels: { source: string; text: string }[];
  groupLabel: string;
  choiceText: string;
  /**
   * The box holds something (the value itself is never written): for a radio or checkbox, any
   * box of its group (its name, or its row) is ticked — which one would be the value.
   */
  hasValue: boolean;
  /** Selects only: option texts (redacted) and states, not which one is chosen; option values are left out. */
  options: { text: string; placeholder: boolean; disabled: boolean }[];
  required: boolean;
  readOnly: boolean;
  disabled: boolean;
  visible: boolean;
  maxLength: number | null;
  pickerButton: boolean;
  calendar: boolean;
  dateFormat: string | null;
  selector: string;
  /** What the recogniser made of it: key (or null), score 0..1, tied keys, evidence. */
  recognised: { key: string | null; score: number; ambiguous: string[]; evidence: string[] };
}

export interface ButtonReport {
  index: number;
  tag: ControlSnapshot['tag'];
  type: string;
  id: string;
  name: string;
  text: string;
  visible: boolean;
}

export interface ReadableFrameReport {
  /** Where the frame sits: `top`, `top > frame[name=mainFrame]`, `top > iframe[1]`. */
  path: string;
  readable: true;
  url: string;
  title: string;
  isTopFrame: boolean;
  charset: string;
  headings: string[];
  notices: string[];
  links: string[];
  forms: { id: string; name: string; method: string; action: string; enctype: string }[];
  fields: FieldReport[];
  buttons: ButtonReport[];
  /** Saved-record grids: headers, row count and the actions offered per row (cells are data). */
  grids: { headers: string[]; rowCount: number; rowActions: string[] }[];
  step: { id: string; score: number; evidence: string[]; runnerUp: { step: string; score: number } | null };
  /** IE-era behaviour our main-world script saw (lib/compat/flags.ts). */
  legacy: LegacyToken[];
  /** The page tells users to use IE / compatibility mode. */
  needsIe: boolean;
}

/** A child frame of another origin: only where it points. */
export interface UnreadableFrameReport {
  path: string;
  readable: false;
  url: string;
}

export type FrameReport = ReadableFrameReport | UnreadableFrameReport;

export interface DiagnosticsReport {
  format: typeof DIAGNOSTICS_FORMAT;
  version: typeof DIAGNOSTICS_VERSION;
  /** ISO 8601 time of the export. */
  createdAt: string;
  userAgent: string;
  frames: FrameReport[];
}

/** A frame as read: its document and snapshot, or (another origin) where it points. */
type FrameRead = { path: string; doc: Document; snapshot: PageSnapshot } | { path: string; src: string; base: string };

/** Texts the user typed: values of visible text-like boxes (hidden fields carry codes and state). */
function typedValues(snapshot: PageSnapshot): string[] {
  return snapshot.controls.filter((c) => c.kind === 'text' || c.kind === 'textarea' || c.kind === 'date').map((c) => c.value);
}

function readFrames(doc: Document, path: string, out: FrameRead[]): void {
  out.push({ path, doc, snapshot: withLaydateFormats(doc, collectSnapshot(doc, doc.defaultView ?? undefined)) });
  const children = all<HTMLIFrameElement | HTMLFrameElement>(doc, 'iframe,frame');
  children.forEach((el, i) => {
    const name = el.getAttribute('name');
    const childPath = `${path} > ${el.tagName.toLowerCase()}[${name ? `name=${name}` : i + 1}]`;
    let child: Document | null = null;
    try {
      child = el.contentDocument;
    } catch {
      child = null; // another origin
    }
    if (child?.documentElement) readFrames(child, childPath, out);
    else out.push({ path: childPath, src: el.getAttribute('src') ?? '', base: doc.URL });
  });
}

/**
 * Describes a page and its same-origin child frames, with all values removed.
 * @param doc the document to start from (the overlay passes the topmost same-origin one).
 * @param opts.now export time (default now); opts.hints / opts.recognize: the user's field-map
 *   packs, so the file shows what the extension really recognised.
 * @returns the report; serialise with JSON.stringify. Never throws on odd markup (a frame that
 *   cannot be read is listed as `readable: false`).
 */
export function buildDiagnostics(doc: Document, opts: { now?: Date; hints?: StepHints; recognize?: RecognizeOptions } = {}): DiagnosticsReport {
  const reads: FrameRead[] = [];
  readFrames(doc, 'top', reads);
  // Values typed in any frame are cut out of every frame's texts.
  const redact = createRedactor(reads.flatMap((r) => ('snapshot' in r ? typedValues(r.snapshot) : [])));
  const frames = reads.map((r): FrameReport =>
    'snapshot' in r ? frameReport(r, redact, opts) : { path: r.path, readable: false, url: redactUrl(r.src, redact, r.base) },
  );
  return {
    format: DIAGNOSTICS_FORMAT,
    version: DIAGNOSTICS_VERSION,
    createdAt: (opts.now ?? new Date()).toISOString(),
    userAgent: doc.defaultView?.navigator.userAgent ?? '',
    frames,
  };
}

/** A box's row (or list item, fieldset): RadioButtons with names of their own (rbYes / rbNo) and script-driven boxes without a name answer one question there. */
const rowOf = (doc: Document, box: ControlSnapshot) => doc.querySelector(box.selector)?.closest('tr, li, fieldset') ?? null;
/** A box's name without a CheckBoxList's item number (cblZZMM$0): a RadioButtonList's items share it, one table row each. */
const nameOf = (box: ControlSnapshot) => box.name.replace(/\$\d+$/, '');

/**
 * Whether a radio or checkbox, or another of its group — same name or same row (breaker 23b item
 * 6, breaker 24a item 3) — is ticked: which one is the value, and stays out of the file.
 */
function groupTicked(doc: Document, snapshot: PageSnapshot, box: ControlSnapshot): boolean {
  const [row, name] = [rowOf(doc, box), nameOf(box)];
  return snapshot.controls.some((o) => o.kind === box.kind && o.checked && (o === box || (name !== '' && nameOf(o) === name) || (row !== null && rowOf(doc, o) === row)));
}

function frameReport(read: Extract<FrameRead, { doc: Document }>, redact: (t: string) => string, opts: { hints?: StepHints; recognize?: RecognizeOptions }): ReadableFrameReport {
  const { snapshot, doc } = read;
  const recognition = recognizeStep(snapshot, opts.hints);
  const matches = new Map(recognizeFields(snapshot, recognition.step, opts.recognize).map((m) => [m.control, m]));
  const fields: FieldReport[] = [];
  const buttons: ButtonReport[] = [];
  for (const c of snapshot.controls) {
    if (c.kind === 'hidden') continue;
    if (c.kind === 'button') {
      buttons.push({ index: c.index, tag: c.tag, type: c.type, id: c.id, name: c.name, text: redact(c.buttonText), visible: c.visible });
      continue;
    }
    const m = matches.get(c.index);
    fields.push({
      index: c.index,
      tag: c.tag,
      type: c.type,
      kind: c.kind,
      id: c.id,
      name: c.name,
      labels: c.labels.map((l) => ({ source: l.source, text: redact(l.raw) })),
      groupLabel: redact(c.groupLabel),
      choiceText: redact(c.choiceText),
      hasValue: c.kind === 'select' ? c.options.some((o) => o.selected && !o.placeholder) : c.kind === 'radio' || c.kind === 'checkbox' ? groupTicked(doc, snapshot, c) : c.value.trim() !== '',
      options: c.options.map((o) => ({ text: redact(o.text), placeholder: o.placeholder, disabled: o.disabled })),
      required: c.required,
      readOnly: c.readOnly,
      disabled: c.disabled,
      visible: c.visible,
      maxLength: c.maxLength,
      pickerButton: c.pickerButton,
      calendar: c.calendar,
      dateFormat: c.dateFormat ?? null,
      selector: redact(c.selector),
      recognised: {
        key: m?.key ?? null,
        score: m?.score ?? 0,
        ambiguous: m?.ambiguous ?? [],
        evidence: (m?.evidence ?? []).map(redact),
      },
    });
  }
  return {
    path: read.path,
    readable: true,
    url: redactUrl(snapshot.url, redact),
    title: redact(snapshot.title),
    isTopFrame: snapshot.isTopFrame,
    // collectSnapshot reads it (readPage, the content script's reading, does not).
    charset: snapshot.charset!,
    headings: snapshot.headings.map(redact),
    notices: snapshot.notices.map(redact),
    links: snapshot.links.map(redact),
    forms: Array.from(doc.forms).map((f) => ({
      id: f.id,
      name: f.getAttribute('name') ?? '',
      method: (f.getAttribute('method') ?? 'get').toLowerCase(),
      action: redactUrl(f.getAttribute('action') ?? '', redact, doc.URL),
      enctype: f.getAttribute('enctype') ?? '',
    })),
    fields,
    buttons,
    grids: snapshot.grids.map((g) => ({
      headers: g.headers.map(redact),
      rowCount: g.rows.length,
      rowActions: [...new Set(g.rows.flatMap((r) => r.actions))].map(redact),
    })),
    // Recognised here, in on-demand.js, how it was decided included (lib/fields/explained.ts).
    step: {
      id: recognition.step,
      score: recognition.score!,
      evidence: recognition.evidence!.map(redact),
      runnerUp: recognition.runnerUp!,
    },
    legacy: legacyTokens(doc),
    needsIe: needsIeText(doc.body?.textContent ?? ''),
  };
}
