/**
 * fill64's pages (tests/e2e/fill64-pages.ts) in happy-dom: a page's body put in the document, the
 * stand-in laydate's `lay-key` set by hand (its script does not run here), planned with the sample
 * profile for the step the page is recognised as.
 */
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { withLaydateFormats } from '../../../lib/fill/laydate';
import { recognizeStep } from '../../../lib/portal/recognize-step';
import { sampleProfile } from '../fill/page-markup';

/**
 * Puts the body of a whole page in the document, marking the boxes its laydate stand-in renders
 * (`#qzsj1`, `#qzsj2`) with `lay-key` as the stand-in does in Chromium.
 */
export function loadPage(html: string): void {
  document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
  document.querySelectorAll('[id^=qzsj]').forEach((e, i) => e.setAttribute('lay-key', String(i + 1)));
}

/**
 * Plans a whole page (loadPage) for the step it is recognised as, the laydate calls read as a fill reads them.
 * @returns the step and, per planned item, `id key action value reason` (reason only for a row not filled).
 */
export function planned(html: string): { step: string; rows: string[] } {
  loadPage(html);
  const snapshot = withLaydateFormats(document, collectSnapshot(document));
  const { step } = recognizeStep(snapshot);
  const plan = planFill(snapshot, recognizeFields(snapshot, step), sampleProfile, step);
  return { step, rows: plan.items.map((i) => [snapshot.controls[i.control]!.id, i.key, i.outcome, i.value, i.action === 'fill' ? '' : i.reason].join(' ').trim()) };
}
