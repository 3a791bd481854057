import { normalizeText } from '../page/normalize';
import { ownText } from '../page/labels';
import { classifyPortalButton, isBareUpload, isNextButton, type PortalAction } from '../page/buttons';
import type { StepId } from '../portal/step-ids';

/**
 * 下一步 alone may save only when it sends the form (a submit button, a postback link or
 * handler): the server may keep what is on the page before moving on. One whose handler goes
 * elsewhere itself (location.href=…, window.open) only navigates; a confirm()'s `return false`
 * does not make it one.
 */
const POSTS_FORM = 'input[type=submit],input[type=image],button:not([type=button]),[href*=PostBack],[onclick*=PostBack]';
const NAVIGATES = /\blocation|open\(/;

/**
 * The clickable element a click landed in, if it is a portal button, with its text: an input
 * button (its value, or an image button's alt/title), a `<button>`, a link (a LinkButton; not a
 * link to another page), any element with an onclick (an `<img onclick="__doPostBack…">`, a
 * `<span onclick>`), or one made a button by role or class (`<div class="btn-save">` whose
 * handler a script added); a link or element drawn as a picture is read by the picture's alt.
 * A 下一步 that sends the form is `next` (lib/page/buttons.ts isNextButton). On 基本信息 a bare 上传
 * sends the photo, the step's own file (seed 3(1)–(2); breaker 22a item 4): `upload`, not `attach`;
 * 上传附件 there still sends an attachment (breaker 23b item 4).
 * @param target the click's target. @param step the page's step.
 */
export function portalButtonOf(target: EventTarget | null, step: StepId): { element: HTMLElement; text: string; action: PortalAction } | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest('input[type=submit],input[type=button],input[type=image],button,a,[onclick],[role=button],[class*=btn],[class*=Btn]');
  if (!(el instanceof HTMLElement) || el.tagName === 'INPUT' && !/^(submit|button|image)$/.test((el as HTMLInputElement).type)) return null;
  // A link to another page (a menu's 完成并送审) only goes there; a LinkButton's is script.
  if (el instanceof HTMLAnchorElement && !el.hasAttribute('onclick') && /^\s*[^\s#j]/i.test(el.getAttribute('href') ?? '')) return null;
  const text =
    el instanceof HTMLInputElement ? el.value || el.alt || el.title : el instanceof HTMLImageElement ? el.alt || el.title : ownText(el) || el.title;
  const action =
    classifyPortalButton(text) ?? (isNextButton(text) && el.matches(POSTS_FORM) && !NAVIGATES.test(el.getAttribute('onclick') ?? '') ? 'next' : null);
  return action ? { element: el, text: normalizeText(text), action: step === 'basic-info' && isBareUpload(text) ? 'upload' : action } : null;
}

/** A press the pre-submit dialog holds: the button, its text and action (as portalButtonOf read them). */
export interface HeldPress {
  element: HTMLElement;
  text: string;
  action: PortalAction;
}

/**
 * The button a held press stands for after the page redrew it while the dialog was open (an
 * UpdatePanel; a Timer's countdown beside 保存 redraws it every second: probe 13b item 2, breaker
 * 27b item 2): the portal button in `doc` now with the held one's id, else its name — the same
 * server control — and its text and action. Never another control of that text (a record
 * editor's 保存 gone and the page's own 保存 left: breaker 26b item 4).
 * @param held the held press. @param step the page's step. @param doc the page.
 * @returns the element, or null when there is none.
 */
export function redrawnButton(held: HeldPress, step: StepId, doc: Document): HTMLElement | null {
  const name = held.element.getAttribute('name');
  const found = [held.element.id ? doc.getElementById(held.element.id) : null, ...(name ? Array.from(doc.getElementsByName(name)) : [])];
  return (
    found.find((el): el is HTMLElement => {
      const now = el ? portalButtonOf(el, step) : null;
      return now?.element === el && now.text === held.text && now.action === held.action;
    }) ?? null
  );
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
 * for keeps by it, so its problems must not stand in the way); before an attachment upload only
 * errors on the page's fields (its form's, an empty 附件名称), not those about the saved records'
 * list (a record without its attachment, which the upload is there to fix; probe 11b item 1).
 * @param findings the page's current findings.
 * @param action the button's action.
 * @returns the findings to show in the pre-submit dialog (empty → let the click through).
 */
export function blockingFindings<F extends { severity: string; checkId: string; control?: number }>(findings: readonly F[], action: PortalAction): F[] {
  if (action === 'upload') return findings.filter((f) => f.severity === 'error' && f.checkId.startsWith('photo-'));
  if (action === 'attach') return findings.filter((f) => f.severity === 'error' && f.control !== undefined);
  return findings.filter((f) => f.severity === 'error' || (action === 'submit' && f.checkId === 'unfinished-steps'));
}
