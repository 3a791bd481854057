import { expect, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
// The context the content script's build gives it (wxt.config.ts aliases WXT's to this one).
import { ContentScriptContext } from '../../../lib/content/script-context';
import { startContentScript } from '../../../lib/content/controller';
import { publishOnDemandFeatures } from '../../../lib/content/on-demand';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { renderOnDemandView } from '../../../components/on-demand/views';
import { legacyNotice } from '../../../lib/compat/notice';
import { LATE_CHECKS } from '../../../lib/checks/late-checks';

/** The overlay's shadow root (the content script must have started). */
export const overlayRoot = (): ShadowRoot => document.querySelector('[data-zc-root]')!.shadowRoot!;

/**
 * Starts the real content script on a page whose body is `html`, with on-demand.js's features
 * published as that file publishes them once loaded, for tests that press the overlay's buttons
 * while the background (the test's `fakeBrowser.runtime.onMessage` listeners, added before) holds
 * an answer. startContentScript is not awaited: it resolves only once the background has answered.
 * @param html the page's body. @param readyTestId the overlay hook to wait for (e.g. `zc-autofill`).
 * @returns the script's context, for stopOverlay.
 */
export async function startOverlayOn(html: string, readyTestId: string): Promise<ContentScriptContext> {
  publishOnDemandFeatures({ overlayActions: onDemandActions, renderView: renderOnDemandView, legacyNotice, lateChecks: LATE_CHECKS });
  document.body.innerHTML = html;
  const ctx = new ContentScriptContext('content');
  void startContentScript(ctx);
  await vi.waitFor(() => expect(document.querySelector('[data-zc-root]')?.shadowRoot?.querySelector(`[data-testid="${readyTestId}"]`)).toBeTruthy());
  return ctx;
}

/** Stops the content script started by startOverlayOn and removes its overlay and the test's answers. */
export function stopOverlay(ctx: ContentScriptContext | undefined): void {
  ctx?.abort();
  document.querySelector('[data-zc-root]')?.remove();
  fakeBrowser.reset();
}

/** His own press (a trusted click) of the overlay's button with this test id. */
export function pressInOverlay(testId: string): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  overlayRoot().querySelector(`[data-testid="${testId}"]`)!.dispatchEvent(event);
}

/**
 * His opening of 更多 (a trusted toggle of its <details>): on-demand.js, published here, then draws
 * its parts (capture's and teach mode's start buttons) at once.
 */
export function openMore(): void {
  const event = new Event('toggle');
  Object.defineProperty(event, 'isTrusted', { value: true });
  overlayRoot().getElementById('zc-sec-more')!.dispatchEvent(event);
}
