import { actionText } from '../page/labels';
import { buttonWords, classifyPortalButton, isBareUpload, isNextButton, type PortalAction } from '../page/buttons';
import type { StepId } from '../portal/step-ids';
import { all } from '../page/query';

/**
 * 下一步 alone may save only when it sends the form (a submit button, a postback link or
 * handler): the server may keep what is on the page before moving on. One whose handler goes
 * elsewhere itself (location.href=…, window.open) only navigates; a confirm()'s `return false`
 * does not make it one.
 */
const POSTS_FORM = 'input[type=submit],input[type=image],button:not([type=button]),[href*=PostBack],[onclick*=PostBack]';
const NAVIGATES = /\blocation|open\(/;
/**
 * A form's button, drawn as one (an input or `<button>`, a role or class saying so: layui's
 * `<a class="layui-btn">`) or sending the form (POSTS_FORM: a WebForms LinkButton posting back,
 * its postback said there once; its inputs and buttons are inputs and buttons anyway), not a
 * tab: where a bare 申报 / 上报 sends the declaration; a menu's entry or a tab named so only shows
 * it (breaker 33s item 1).
 */
const FORM_BUTTON = `:is(input,button,[role=button],[class*=btn],[class*=Btn],${POSTS_FORM}):not([role=tab])`;

/**
 * The clickable element a click landed in, if it is a portal button, with its text: an input
 * button (its value, or an image button's alt/title), a `<button>`, a link (a LinkButton; not a
 * link to another page), any element with an onclick (an `<img onclick="__doPostBack…">`, a
 * `<span onclick>`), or one made a button by role or class (`<div class="btn-save">` whose
 * handler a script added); a link or element drawn as a picture is read by the picture's alt.
 * A 下一步 that sends the form is `next` (lib/page/buttons.ts isNextButton). On 基本信息 a bare 上传
 * sends the photo, the step's own file (seed 3(1)–(2); breaker 22a item 4): `upload`, not `attach`;
 * 上传附件 there still sends an attachment (breaker 23b item 4). On 选择申报资格系列 its 选定 is a `save`.
 * @param target the click's target. @param step the page's step.
 * @param holdsFields whether a dialog (or null: none) holds two or more of the step's recognised fields; none given: never.
 */
export function portalButtonOf(target: EventTarget | null, step: StepId, holdsFields: (dialog: Element | null) => unknown = () => 0): { element: HTMLElement; text: string; action: PortalAction } | null {
  // Read by tag, not `instanceof`: a press in the page around this frame (a layer's 保存 over its
  // <iframe>: breaker 32k item 1) is an element of another window's classes. `click` tells an
  // HTML element from an SVG one, which has none to press.
  const el = (target as Element | null)?.closest?.('input[type=submit],input[type=button],input[type=image],button,a,[onclick],[role=button],[class*=btn],[class*=Btn]') as HTMLInputElement | null;
  // Of the elements with a type, only an input or <button> that presses (not a text box with an
  // onclick, nor a reset).
  if (!el?.click || el.type && !/^(submit|button|image)$/.test(el.type)) return null;
  // A link to another page (a menu's 完成并送审) only goes there; a LinkButton's is script.
  if (el.localName === 'a' && !el.hasAttribute('onclick') && /^\s*[^\s#j]/i.test(el.getAttribute('href') ?? '')) return null;
  const text = buttonWords(actionText(el));
  // A bare 申报 / 上报 is also a menu's heading or a tab's name: 送审 only from a form's button.
  if (/^[申上]报$/.test(text) && !el.matches(FORM_BUTTON)) return null;
  // No onclick (null, tested as "null") matches NAVIGATES no more than an empty one. 选择申报资格系列's
  // 选定 commits the series chosen (seed 2; spec/portal.md: "a 选定 button"), as a save keeps a step:
  // its level checks hold it. Elsewhere a 选定 picks in a chooser ("..." lists, seed 3(2)): not held.
  // A bare 确定 (确 定 in Element UI's dialogs) saves a record only in a dialog (a role's, or one a
  // library draws with none: a layui layer, an iView modal, Bootstrap 5's, an EasyUI window: IVU66-3) holding the step's record fields (`holdsFields`): an
  // el-dialog's record form (B65-12), its boxes in a <form> or not; an alert's, a login's or a
  // search's (no two of the step's fields in it) only closes it or answers itself (spa66 item 4).
  const action =
    classifyPortalButton(text) ??
    (isNextButton(text) && el.matches(POSTS_FORM) && !NAVIGATES.test(el.getAttribute('onclick')!)
      ? 'next'
      : (step === 'select-series' && text === '选定') || (text == '确定' && holdsFields(el.closest('[role=dialog],.layui-layer,.ivu-modal,.modal,.window')))
        ? 'save'
        : null);
  return action ? { element: el, text, action: step === 'basic-info' && isBareUpload(text) ? 'upload' : action } : null;
}

/** A press the pre-submit dialog holds: the button, its text and action (as portalButtonOf read them). */
export interface HeldPress {
  element: HTMLElement;
  text: string;
  action: PortalAction;
}

/**
 * Whether `now` (a press, or a button read now) is the held press's button: the same element or,
 * once the page redrew it (an UpdatePanel; a Timer's countdown beside it every second: probe 13b
 * item 2, breaker 27b item 2, breaker 28 item 3), the same server control — its id (else its
 * name), text and action, and, when the held one was redrawn with its form, a form of the same
 * id, name and action (two IE-era forms may each have a name="Submit": breaker 28 item 2).
 * @param held the held press. @param now the press or button to compare.
 */
export function isHeldButton(held: HeldPress, now: HeldPress): boolean {
  const [was, is] = [held.element, now.element];
  if (was === is) return true;
  if (was.isConnected || held.text !== now.text || held.action !== now.action) return false;
  const formOf = (el: HTMLElement) => {
    const form = el.closest('form');
    return form && [form.id, form.getAttribute('name'), form.getAttribute('action')].join('|');
  };
  const name = was.getAttribute('name');
  const heldForm = formOf(was);
  return (was.id ? was.id === is.id : !!name && name === is.getAttribute('name')) && (!heldForm || heldForm === formOf(is));
}

/**
 * The held press's button in `doc` now (isHeldButton), found by its id or name when that is
 * unique on the page (a copied id or name is no way to tell two controls apart: breaker 28 item 2).
 * @param held the held press. @param step the page's step. @param doc the page.
 * @returns the element, or null when there is none or no single one.
 */
export function redrawnButton(held: HeldPress, step: StepId, doc: Document): HTMLElement | null {
  const { id } = held.element;
  const name = held.element.getAttribute('name');
  const found = id ? all(doc, '[id]').filter((el) => el.id === id) : name ? Array.from(doc.getElementsByName(name)) : [];
  // A 确定 held was in a dialog holding the step's fields; its redrawn self is taken as there still.
  const now = found.length === 1 ? portalButtonOf(found[0]!, step, () => 1) : null;
  return now && now.element === found[0] && isHeldButton(held, now) ? now.element : null;
}

/**
 * Whether the user presses the held button again himself after the pre-submit dialog rather
 * than the extension pressing it for him (仍然保存): a 送审, never pressed for him
 * (spec/test-contract.md §Never), or a link whose address is script
 * (`href="javascript:__doPostBack(…)"`, an ASP.NET LinkButton), which Chrome does not run when
 * an extension clicks it.
 */
export function pressedByUser({ element, action }: HeldPress): boolean {
  // Only a link's (or an <area>'s) href is followed; no href (null, tested as "null") is no script address.
  return action === 'submit' || /^\s*javascript:/i.test(element.getAttribute('href')!);
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
