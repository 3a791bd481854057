/**
 * Pages of tests/e2e/presubmit-controls.test.ts (its first block): 完成并送审 with the applicant's pledge (本人承诺) and its
 * 同意 box unticked, its 送审 a WebForms submit button posting the form, on markup other than the
 * practice portal's.
 */
import { N, webForm } from './web-form-pages';

/** The pledge, its 同意 box (labelled after it) and 送审. */
const PLEDGE = `<div class="title">完成并送审</div>
<p>本人承诺：以上所填信息及上传材料真实、准确，如有不实，愿承担相应责任。</p>
<span><input id="cbCN" type="checkbox" name="${N}cbCN" /><label for="cbCN">同意</label></span>
<input type="submit" name="${N}btnSend" value="送审" id="btnSend" />`;

/**
 * A script of the page that presses 送审 the moment the overlay's host is added to the page (its
 * `[data-zc-root]` element): in the task the content script drew its first frame in, before
 * anything went to the background, so before on-demand.js (which brings the late checks) was
 * asked for. `window.pressedAt` says it did.
 */
const PRESS_ON_OVERLAY = `<script>
new MutationObserver(function (records, observer) {
  if (!document.querySelector('[data-zc-root]')) return;
  observer.disconnect();
  window.pressedAt = 'overlay';
  document.getElementById('btnSend').click();
}).observe(document.documentElement, { childList: true, subtree: true });
</script>`;

export const CONSENT_LATE_PAGES: Record<string, string> = {
  'submit-pledge': webForm(PLEDGE),
  'submit-pledge-pressed': webForm(PLEDGE, PRESS_ON_OVERLAY),
};
