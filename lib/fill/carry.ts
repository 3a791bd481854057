import { applyFill, type ApplyOptions, type FillReport } from './apply';
import type { FillPlan } from './plan';
import type { PageSnapshot } from '../page/snapshot';
import type { CarriedFillRequest } from '../messaging/messages';

/**
 * applyFill as the overlay runs it. A list that posts the page back (ASP.NET AutoPostBack) is
 * written last (lib/fill/plan.ts afterPostBacks), and a full postback ends the page the fill runs
 * in, with its report: so just before that list is written, the report as it will then stand is
 * handed to the background (lib/background/carried-fill.ts), which gives it once to this
 * frame's next page of the same step; there the content script checks it against the redrawn
 * form (reportAfterRedraw) and shows it (spec/portal.md: state must live in extension storage,
 * not in page memory). A partial postback keeps the page, and its own report is shown at once.
 * Same parameters, result and errors as applyFill.
 */
export function applyFillAcrossPostBack(doc: Document, snapshot: PageSnapshot, plan: FillPlan, opts: ApplyOptions): Promise<FillReport> {
  const carry = (report: FillReport) => {
    const request: CarriedFillRequest = { type: 'fill:carry', fill: { step: plan.step, controls: snapshot.controls, report } };
    // Best effort: without it the page still shows the preview's warning that the list reloads it.
    browser.runtime.sendMessage(request).catch(() => undefined);
  };
  return applyFill(doc, snapshot, plan, { ...opts, onPostBack: carry });
}
