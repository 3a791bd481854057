/**
 * What the overlay says about IE-era behaviour of the page (content script side, isolated
 * world): the tokens our main-world script set (lib/compat/flags.ts) and the page's own
 * "use IE" advice (the seed's login page: "推荐使用IE8 及以上或360安全浏览器，浏览器选择兼容模式").
 */
import { legacyTokens, LEGACY_NOTICES, LEGACY_TOKENS } from './flags';
import { t } from '../i18n/t';

/** The page tells users to use IE / compatibility mode (seed §1; typical wordings). */
const NEEDS_IE_TEXT = [
  /(推荐|建议|请|须|需要?|必须|只能)(您)?(使用|用|在|切换[到至]?|采用|更换为?)(IE|InternetExplorer|微软IE)/i,
  /(仅|只)(支持|兼容)(IE|InternetExplorer)/i,
  /(兼容性视图|浏览器兼容模式|选择兼容模式|IE内核模式)/i,
];
/** Only the start of a page is read: the advice sits in headers and login boxes. */
const TEXT_LIMIT = 20_000;

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
 * Read by on-demand.js (lib/content/on-demand.ts) each time the frame's flag changes
 * (./flags.ts watchLegacyFlags): the content script shows it in the panel's notice line when no
 * other notice stands.
 * @param doc the frame's document.
 * @returns one sentence or two in the UI language (the most telling token wins; the page's own
 *   "use IE" advice, `compat_page_needs_ie`, comes last), or null.
 */
export function legacyNotice(doc: Document): string | null {
  const tokens = legacyTokens(doc);
  // One notice at a time: LEGACY_TOKENS lists the most telling first.
  const top = LEGACY_TOKENS.find((token) => tokens.includes(token));
  if (top) return t(LEGACY_NOTICES[top]);
  return needsIeText(doc.body?.textContent ?? '') ? t('compat_page_needs_ie') : null;
}
