import { afterEach, describe, expect, it, vi } from 'vitest';
import { teachMapping } from '../../../lib/content/background-client';
import { saveCapture } from '../../../lib/content/capture';
import { onDemandActions } from '../../../lib/content/on-demand-actions';
import { onDemandContext } from './on-demand-context';
import { collectSnapshot } from '../../../lib/page/collect';
import { t } from '../../../lib/i18n/t';
import type { OverlayModel } from '../../../components/overlay/model';

/**
 * The extension updated or reloaded under an open portal page (probe 14a O7, O9): its messages
 * reject and its i18n API throws. Nothing may be thrown into the page, and a failed save never
 * reads as a success or as “没有变化”.
 */
const GONE = 'Extension context invalidated.';

/** The extension as an orphaned content script sees it: sendMessage rejects, t() throws. */
function extensionGone(): void {
  vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error(GONE));
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(() => {
    throw new Error(GONE);
  });
}

function oneField() {
  document.body.innerHTML = '<label for="tel">手机号码</label><input id="tel" name="tel" value="13912345678">';
  return collectSnapshot(document, window);
}

describe('requests of an orphaned content script (the extension updated under the page)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('存入档案: saveCapture resolves to an empty message, never “没有变化”, and throws nothing', async () => {
    extensionGone();
    await expect(saveCapture({ values: [{ path: 'basic.mobile', value: '13912345678' }], profileId: 'p1' })).resolves.toBe('');
  });

  it('存入档案 with the background still there but failing: its reason, not “没有变化”', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    const message = await saveCapture({ values: [{ path: 'basic.mobile', value: '13912345678' }], profileId: 'p1' });
    expect(message).toBe(t('overlay_notice_capture_failed'));
  });

  it('teach’s 保存: teachMapping resolves to “not saved” and throws nothing', async () => {
    const control = oneField().controls[0]!;
    extensionGone();
    await expect(teachMapping(control, 'basic-info', 'basic.mobile')).resolves.toEqual({ ok: false, error: '' });
  });

  it('teach’s 保存 when the background cannot be reached: a Chinese reason, not the raw error', async () => {
    const control = oneField().controls[0]!;
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection.'));
    const reply = await teachMapping(control, 'basic-info', 'basic.mobile');
    expect(reply).toEqual({ ok: false, error: t('overlay_notice_teach_failed') });
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error(GONE));
    expect(await teachMapping(control, 'basic-info', 'basic.mobile')).toEqual({ ok: false, error: t('overlay_notice_reconnect') });
  });

  it('存入档案 answered just before the extension went: the panel is left to the reconnect note, no unhandled rejection', async () => {
    const snapshot = oneField();
    const context = onDemandContext({ capture: { phase: 'preview', changes: [], rejected: [] } } as unknown as OverlayModel, {
      snapshot,
    });
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ saved: true, diff: [{ path: 'basic.mobile' }], rejected: [] } as never);
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error(GONE);
    });
    onDemandActions(context).applyCapture();
    await vi.waitFor(() => expect(context.refresh).toHaveBeenCalled());
  });
});
