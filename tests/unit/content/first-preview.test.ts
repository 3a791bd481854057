import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import { publishOnDemandFeatures } from '../../../lib/content/on-demand';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { renderOnDemandView } from '../../../components/on-demand/views';
import { legacyNotice } from '../../../lib/compat/notice';
import { LATE_CHECKS } from '../../../lib/checks/late-checks';
import { profileSchema } from '../../../lib/profile/schema';

/**
 * The autofill preview as the content script itself shows it, on a page where nothing else of
 * on-demand.js was used before: the first thing asked of it is the plan.
 */
const PAGE = `<form><div class="ptitle">基本信息</div><table>
<tr><td>姓名</td><td><input name="ctl00$ContentPlaceHolder1$txtXM" type="text" id="txtXM" /></td></tr>
<tr><td>手机号码</td><td><input name="ctl00$ContentPlaceHolder1$txtSJHM" type="text" id="txtSJHM" /></td></tr>
</table><input type="submit" name="ctl00$ContentPlaceHolder1$btnSave" value="保存" id="btnSave" /></form>`;

const overlay = () => document.querySelector('[data-zc-root]')!.shadowRoot!;
const shown = (testId: string) => overlay().querySelector(`[data-testid="${testId}"]`);

/** His own press of the overlay's button with this test id. */
function pressInOverlay(testId: string): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  shown(testId)!.dispatchEvent(event);
}

/** His own typing into a page field, with the input and change events the browser sends. */
function typeInto(id: string, value: string): void {
  const field = document.getElementById(id) as HTMLInputElement;
  field.value = value;
  for (const type of ['input', 'change']) {
    const event = new Event(type, { bubbles: true });
    Object.defineProperty(event, 'isTrusted', { value: true });
    field.dispatchEvent(event);
  }
}

describe('the first autofill preview on a page', () => {
  let ctx: ContentScriptContext;

  beforeEach(async () => {
    publishOnDemandFeatures({ overlayActions: onDemandActions, renderView: renderOnDemandView, legacyNotice, lateChecks: LATE_CHECKS });
    document.body.innerHTML = PAGE;
    ctx = new ContentScriptContext('content');
    await startContentScript(ctx);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    ctx.abort();
    document.querySelector('[data-zc-root]')?.remove();
  });

  it('says so when he types where it would write before 应用 (fix31e), also when nothing else of on-demand.js was used first', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ profile: profileSchema.parse({ label: '李明远', basic: { name: '李明远', mobile: '13926001234' } }) } as never);
    pressInOverlay('zc-autofill');
    await vi.waitFor(() => expect(shown('zc-autofill-apply')).not.toBeNull());
    expect(shown('zc-autofill-stale')).toBeNull();
    typeInto('txtXM', '李明');
    await vi.waitFor(() => expect(shown('zc-autofill-stale')).not.toBeNull(), { timeout: 3_000 });
  });
});
