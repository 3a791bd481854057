/**
 * Cheap detection of IE-only dead ends in the page's main world. Deliberately no shims for
 * `attachEvent`, `ActiveXObject` and the like: many IE-era pages test `if (document.attachEvent)`
 * to decide they run in IE and then take other IE-only paths, so a fake would break pages that
 * work today. We only notice the failure and tell the user (lib/compat/notice.ts).
 */
import { addLegacyToken } from './flags';

/** Error messages naming an API only old IE had (Chrome's "X is not defined/not a function"). */
export const IE_ONLY_API = /\b(ActiveXObject|attachEvent|detachEvent|createPopup|showModelessDialog|execScript|selectSingleNode|selectNodes|createStyleSheet|fireEvent)\b/;

/**
 * Flags the frame with `ie-only-api` when an uncaught script error names an IE-only API.
 * @param win the page's window (main world).
 */
export function watchIeOnlyErrors(win: Window): void {
  win.addEventListener('error', (event: ErrorEvent) => {
    if (IE_ONLY_API.test(event.message ?? '')) addLegacyToken(win.document, 'ie-only-api');
  });
}
