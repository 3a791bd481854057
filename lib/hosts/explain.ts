/**
 * Why the popup finds no content script in the active tab (issue 8). Edge's "IE 模式" tabs run
 * the IE11 engine, where no extension runs (spec/portal.md §Hosts); on a portal host that is
 * the likely reason.
 */
import { PORTAL_HOSTS } from '../portal/hosts';

/**
 * A Chinese explanation for the popup when `tabs.sendMessage` to the active tab fails.
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
    return '此页面可能以 IE 模式打开（地址栏左侧有 IE 图标），IE 模式下浏览器扩展不能运行。请点地址栏的 IE 图标或“设置及其他 → 退出 Internet Explorer 模式”，用普通模式重新打开本页；若本页是在安装或更新助手之前打开的，请刷新本页（已填内容请先保存）。';
  }
  return '当前页面不是申报系统页面，助手只在申报系统的网页上工作。若申报系统换了网址，请在“选项 → 申报系统网址”中添加新网址。';
}
