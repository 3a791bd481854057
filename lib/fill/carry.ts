import { applyFill, type ApplyOptions, type FillReport } from './apply';
import type { FillPlan } from './plan';
import type { PageSnapshot } from '../page/snapshot';
import type { CarriedFillRequest } from '../messaging/messages';

/**
 * How long after the fill a page that is still here counts as staying (ms): a postback's
 * navigation starts (beforeunload) right after the control's change event, long before this.
 */
export const STAY_MS = 2_000;

/**
 * applyFill as the overlay runs it. A control that posts the page back (ASP.NET AutoPostBack
 * list or text box) is written last (lib/fill/plan.ts afterPostBacks), and a full postback ends the page the fill runs
 * in, with its report: so just before that control is written, the report as it will then stand is
 * handed to the background (lib/background/carried-fill.ts), which gives it once to this
 * frame's next page if that is the page the postback went to; there the content script checks
 * the step, checks the report against the redrawn form (reportAfterRedraw) and shows it
 * (spec/portal.md: state must live in extension storage, not in page memory). A postback that only redraws a panel keeps the page, which shows its own
 * report at once: STAY_MS later, a page that never began to unload takes the carried one back,
 * so a 保存 pressed afterwards does not bring it up again on the page the server returns.
 * Same parameters, result and errors as applyFill.
 */
export async function applyFillAcrossPostBack(doc: Document, snapshot: PageSnapshot, plan: FillPlan, opts: ApplyOptions): Promise<FillReport> {
  const view = doc.defaultView;
  let carried = false;
  let leaving = false;
  const onLeave = () => {
    leaving = true;
  };
  const send = (request: CarriedFillRequest) => {
    // Best effort: without it the page still shows the preview's warning that the list reloads it.
    browser.runtime.sendMessage(request).catch(() => undefined);
  };
  const report = await applyFill(doc, snapshot, plan, {
    ...opts,
    onPostBack: (soFar, control) => {
      carried = true;
      view?.addEventListener('beforeunload', onLeave, { once: true });
      // An ASP.NET postback returns to its own page; the DOM resolves a form's empty action to the page's URL.
      const to = [doc.URL, (control as HTMLInputElement).form?.action ?? doc.URL];
      send({ type: 'fill:carry', fill: { step: plan.step, to, controls: snapshot.controls, report: soFar } });
    },
  });
  if (carried) {
    view?.setTimeout(() => {
      view.removeEventListener('beforeunload', onLeave);
      if (!leaving) send({ type: 'fill:drop' });
    }, STAY_MS);
  }
  return report;
}
