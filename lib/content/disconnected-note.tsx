/**
 * What an orphaned content script still shows: the extension was updated or reloaded while the
 * portal page stayed open (issue 9, "refresh to reconnect"). Every text arrives as a plain
 * string read while the extension was still there: once it is gone, `browser.i18n` throws, so
 * this component calls no extension API at all (the overlay's own component reads its texts
 * through `t()` and cannot be drawn any more).
 */
import { panel } from '@/components/overlay/panel';

export interface DisconnectedTexts {
  /** The product's name (`app_name`). */
  appName: string;
  /** The step the page was recognised as (the automation contract's `data-step-id`). */
  stepId: string;
  /** That step's title in the UI language. */
  stepTitle: string;
  /** The reconnect note (`overlay_notice_reconnect`). */
  notice: string;
}

/**
 * The panel with the step it was on and the reconnect note (`[data-testid="zc-disconnected"]`,
 * role alert); no button, because nothing of ours can act any more.
 * @param texts strings read before the extension went away.
 */
export function DisconnectedNote({ texts }: { texts: DisconnectedTexts }) {
  return panel(
    'zc-panel zc-bottom-right',
    texts.appName,
    texts.stepId,
    texts.appName,
    texts.stepTitle,
    null,
    <div class="zc-body">
      <p class="zc-notice" role="alert" data-testid="zc-disconnected">
        {texts.notice}
      </p>
    </div>,
  );
}
