/**
 * Why the popup finds no content script in the active tab (issue 8). Edge's "IE 模式" tabs run
 * the IE11 engine, where no extension runs (spec/portal.md §Hosts); on a portal host that is
 * the likely reason.
 */
import { PORTAL_HOSTS } from '../portal/hosts';
import { t } from '../i18n/t';

/**
 * An explanation for the popup, in the UI's language, when `tabs.sendMessage` to the active tab fails.
 * @param url the tab's URL as `tabs.query` reports it (undefined when we lack host permission
 *   for it — then it is not a portal host we know).
 * @param knownHosts lower-case hosts the user added (lib/hosts/store.ts); the built-in portal
 *   hosts are always known.
 * @returns what to do: on a known portal host, how to leave IE mode (or reload a tab opened
 *   before the extension); elsewhere, that the helper only works on the portal and how to
 *   add a new portal address.
 */
export function explainNoContentScript(url: string | undefined, knownHosts: readonly string[]): string {
  let host = '';
  let scheme = '';
  try {
    const parsed = new URL(url ?? '');
    host = parsed.hostname.toLowerCase();
    scheme = parsed.protocol;
  } catch {
    host = '';
  }
  const known = [...PORTAL_HOSTS, ...knownHosts].includes(host);
  if (known && (scheme === 'http:' || scheme === 'https:')) {
    return t('popup_no_content_ie_mode');
  }
  return t('popup_no_content_not_portal');
}
