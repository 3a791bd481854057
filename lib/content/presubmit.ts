import { normalizeText } from '../page/normalize';
import { ownText } from '../page/labels';

/**
 * Button texts that save the page (seed: 保存 / 保存并下一步 / 保存并新增; step 10's
 * attachment upload 上传), in the wordings portal copies use (保存修改, 保存信息, 保存并继续).
 */
const SAVE_RE = /^(?:保存|暂存|确定保存)(?:修改|信息|数据|记录|草稿)?(?:并(?:下一步|新增|返回|继续))?$|^上传(?:附件|文件|材料)?$/;
/** Button texts that upload the applicant's photo (seed step 3(1): 上传照片). */
const PHOTO_UPLOAD_RE = /^上传(照片|相片|头像)$/;
/**
 * Button texts that send the application for review (seed step 3(11) 完成并送审): 送审, 提交,
 * 提交审核, 确认送审, 完成并送审, 提交申报, 保存并提交…; a bare 提交 is taken as one too: the
 * extension never presses it for the user.
 */
const SUBMIT_RE = /^(完成并|保存并|确认)?(送审|提交)(申报|审核|送审)?$/;
/** A Windows-style accelerator after a button's text, 保存(S) / 保存(&S), or brackets round it, [保存] / 【保存】. */
const DECORATION = /\(&?[A-Z]\)$|^[[【]|[\]】]$/gi;

/**
 * 下一步 alone saves only when it sends the form (a submit button, a postback link or handler):
 * the server then keeps what is on the page before moving on. Elsewhere it only navigates.
 */
const NEXT_RE = /^下一步$/;
const POSTS_FORM = 'input[type=submit],input[type=image],button:not([type=button]),[href*=PostBack],[onclick*=PostBack]';

/** save: keeps the page; upload: sends the photo (checked for photo problems only); submit: 送审. */
export type PortalAction = 'save' | 'upload' | 'submit';

/**
 * What pressing a portal button does, from its visible text.
 * @param text the button's text (`value` of an input button, or its text content), raw.
 * @returns `save`, `upload` (the photo), `submit` (送审), or null for anything else
 *   (navigation, 添加, 返回, 附件上传 which opens the upload page…).
 */
export function classifyPortalButton(text: string): PortalAction | null {
  const t = normalizeText(text).replace(DECORATION, '');
  if (SUBMIT_RE.test(t)) return 'submit';
  if (PHOTO_UPLOAD_RE.test(t)) return 'upload';
  if (SAVE_RE.test(t)) return 'save';
  return null;
}

/**
 * The clickable element a click landed in, if it is a portal button, with its text: an input
 * button (its value, or an image button's alt/title), a `<button>`, a link (a LinkButton; not a
 * link to another page), any element with an onclick (an `<img onclick="__doPostBack…">`, a
 * `<span onclick>`), or one made a button by role or class (`<div class="btn-save">` whose
 * handler a script added); a link or element drawn as a picture is read by the picture's alt.
 * A 下一步 that sends the form counts as a save (NEXT_RE).
 */
export function portalButtonOf(target: EventTarget | null): { element: HTMLElement; text: string; action: PortalAction } | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest('input[type=submit],input[type=button],input[type=image],button,a,[onclick],[role=button],[class*=btn],[class*=Btn]');
  if (!(el instanceof HTMLElement) || el.tagName === 'INPUT' && !/^(submit|button|image)$/.test((el as HTMLInputElement).type)) return null;
  // A link to another page (a menu's 完成并送审) only goes there; a LinkButton's is script.
  if (el instanceof HTMLAnchorElement && !el.hasAttribute('onclick') && /^\s*[^\s#j]/i.test(el.getAttribute('href') ?? '')) return null;
  const text =
    el instanceof HTMLInputElement ? el.value || el.alt || el.title : el instanceof HTMLImageElement ? el.alt || el.title : ownText(el) || el.title;
  const action = classifyPortalButton(text) ?? (NEXT_RE.test(normalizeText(text)) && el.matches(POSTS_FORM) ? 'save' : null);
  return action ? { element: el, text: normalizeText(text), action } : null;
}

/**
 * Whether the extension can press a button for the user: not a link whose address is script
 * (`href="javascript:__doPostBack(…)"`, an ASP.NET LinkButton), which Chrome does not run when
 * an extension clicks it; the user presses such a button again himself.
 */
export function pressableByUs(el: HTMLElement): boolean {
  return !(el instanceof HTMLAnchorElement && /^\s*javascript:/i.test(el.getAttribute('href') ?? ''));
}

/**
 * The findings that hold back a portal action: every error; before 送审 also the steps never
 * saved; before a photo upload only the photo's own errors (the rest of the form is not sent
 * for keeps by it, so its problems must not stand in the way).
 * @param findings the page's current findings.
 * @param action the button's action.
 * @returns the findings to show in the pre-submit dialog (empty → let the click through).
 */
export function blockingFindings<F extends { severity: string; checkId: string }>(findings: readonly F[], action: PortalAction): F[] {
  if (action === 'upload') return findings.filter((f) => f.severity === 'error' && f.checkId.startsWith('photo-'));
  return findings.filter((f) => f.severity === 'error' || (action === 'submit' && f.checkId === 'unfinished-steps'));
}
