import { evaluatePage, type PageEvaluation } from '../../../lib/content/evaluate';
import { planFill } from '../../../lib/fill/plan';
import { collectSnapshot } from '../../../lib/page/collect';
import type { PageSnapshot } from '../../../lib/page/snapshot';
import type { StepId } from '../../../lib/portal/step-ids';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

/** The ASP.NET master page's name prefix of breaker 27's pages. */
export const N = 'ctl00$ContentPlaceHolder1$';
/** A form row: label cell, control cell. */
export const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
/** The portal's breadcrumb line ending in `last`. */
export const crumb = (last: string) => `<div class="wz">您现在的位置：初次职称考核认定 &gt;&gt; ${last}</div>`;

/** What readPage gives: the snapshot and evaluation, `findings` as `checkId:severity`, the plan's rows as `name|key|action|value`. */
export interface PageReading {
  snapshot: PageSnapshot;
  evaluation: PageEvaluation;
  step: StepId;
  findings: string[];
  plan: string[];
}

/**
 * Puts `body` in a form in happy-dom's document and reads it as the content script does
 * (collectSnapshot → evaluatePage → planFill) with the sample applicant.
 * @param prepare runs once `body` is in the document, before it is read (frames' documents given).
 */
export function readPage(body: string, prepare?: () => void): PageReading {
  const profile = profileSchema.parse(sample.profile);
  document.body.innerHTML = `<form method="post" action="Default.aspx">${body}</form>`;
  prepare?.();
  // happy-dom 21 misreads a parsed <option selected> (the third marked gives selectedIndex 1, the first -1): each list shows its marked option, as a browser's does.
  for (const list of Array.from(document.querySelectorAll('select'))) {
    const marked = Array.from(list.options).findIndex((o) => o.hasAttribute('selected'));
    if (marked >= 0) list.selectedIndex = marked;
  }
  const snapshot = collectSnapshot(document, window);
  const evaluation = evaluatePage(snapshot, { profile, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  const name = (c: number) => snapshot.controls[c]!.id || snapshot.controls[c]!.name;
  const plan = planFill(snapshot, evaluation.matches, profile, evaluation.recognition.step).items;
  return {
    snapshot,
    evaluation,
    step: evaluation.recognition.step,
    findings: evaluation.findings.map((f) => `${f.checkId}:${f.severity}`),
    plan: plan.map((i) => `${name(i.control)}|${i.key ?? ''}|${i.action}|${i.value}`),
  };
}
