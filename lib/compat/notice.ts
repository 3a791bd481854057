/**
 * What the overlay says about IE-era behaviour of the page (content script side, isolated
 * world): the tokens our main-world script set (lib/compat/flags.ts) and the page's own
 * "use IE" advice (the seed's login page: "推荐使用IE8 及以上或360安全浏览器，浏览器选择兼容模式").
 */
import { legacyTokens, LEGACY_ATTR, type LegacyToken } from './flags';

/** The page tells users to use IE / compatibility mode (seed §1; typical wordings). */
const NEEDS_IE_TEXT = [
  /(推荐|建议|请|须|需要?|必须|只能)(您)?(使用|用|在|切换[到至]?|采用|更换为?)(IE|InternetExplorer|微软IE)/i,
  /(仅|只)(支持|兼容)(IE|InternetExplorer)/i,
  /(兼容性视图|浏览器兼容模式|选择兼容模式|IE内核模式)/i,
];
/** Only the start of a page is read: the advice sits in headers and login boxes. */
const TEXT_LIMIT = 20_000;

const MESSAGES: Record<LegacyToken, string> = {
  'popup-blocked': '浏览器拦截了本页的“选择”弹出窗口：请点地址栏右侧的拦截图标，选择“始终允许此网站的弹出式窗口”，再点一次选择按钮。',
  'showModalDialog-unresolved':
    '本页的“选择”窗口是为旧版 IE 写的（showModalDialog）。助手已改用普通弹出窗口打开它，但无法把选择结果交回本页：若选择后框中仍为空，请手动填写；仍不行时，可用 Edge 的“在 Internet Explorer 模式下重新加载”完成这一项（IE 模式下本助手不工作）。',
  'showModalDialog-replayed': '本页的“选择”窗口是为旧版 IE 写的（showModalDialog）。助手已改用普通弹出窗口打开它，并把你的选择交回了本页：请核对刚填入的内容。',
  showModalDialog: '本页的“选择”窗口是为旧版 IE 写的，助手已改用普通弹出窗口打开它：请在弹出的窗口中选择。没看到窗口时，请检查它是否在其他窗口后面。',
  'ie-only-api':
    '本页的部分脚本只能在旧版 IE 中运行，在 Chrome/Edge 中可能有按钮没有反应。若某个按钮确实无效，请用 Edge 的“在 Internet Explorer 模式下重新加载”完成这一项（IE 模式下本助手不工作），再切回普通模式继续。',
};
/** Most telling first: one notice is shown at a time. */
const PRIORITY: LegacyToken[] = ['popup-blocked', 'showModalDialog-unresolved', 'showModalDialog-replayed', 'showModalDialog', 'ie-only-api'];
const NEEDS_IE_MESSAGE =
  '本页建议使用 IE 或“兼容模式”。这是系统多年前的说明：在 Chrome/Edge 普通模式下一般也能填报，助手也只在普通模式下工作。若某个按钮确实没有反应，再用 Edge 的“在 Internet Explorer 模式下重新加载”完成那一项。';

/**
 * Whether a text tells the user to use IE or a compatibility mode.
 * @param text page text; whitespace is ignored.
 */
export function needsIeText(text: string): boolean {
  const compact = text.slice(0, TEXT_LIMIT).replace(/\s+/g, '');
  return NEEDS_IE_TEXT.some((re) => re.test(compact));
}

/**
 * The notice for the overlay about IE-era behaviour of this frame, or null when there is none.
 * For the lead's controller: `model.notice ??= legacyNotice(document)`, and re-read on
 * `watchLegacyNotice`.
 * @param doc the frame's document.
 * @returns one Chinese sentence or two (the most telling token wins; the page's own "use IE"
 *   advice comes last), or null.
 */
export function legacyNotice(doc: Document): string | null {
  const tokens = legacyTokens(doc);
  const top = PRIORITY.find((t) => tokens.includes(t));
  if (top) return MESSAGES[top];
  return needsIeText(doc.body?.textContent ?? '') ? NEEDS_IE_MESSAGE : null;
}

/**
 * Calls `onChange(legacyNotice(doc))` whenever the main-world script changes the frame's flag.
 * @returns a function that stops watching (call it from `ctx.onInvalidated`).
 */
export function watchLegacyNotice(doc: Document, onChange: (notice: string | null) => void): () => void {
  const observer = new MutationObserver(() => onChange(legacyNotice(doc)));
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: [LEGACY_ATTR] });
  return () => observer.disconnect();
}
