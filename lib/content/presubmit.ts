import { normalizeText } from '../page/normalize';

/** Button texts that save the page (seed: 保存 / 保存并下一步 / 保存并新增; step 10: 上传). */
const SAVE_RE = /^(保存|保存并下一步|保存并新增|保存并返回|暂存|上传|确定保存)$/;
/** Button texts that send the application for review (seed step 3(11)). */
const SUBMIT_RE = /^(送审|提交审核|提交送审|确认送审)$/;

export type PortalAction = 'save' | 'submit';

/**
 * What pressing a portal button does, from its visible text.
 * @param text the button's text (`value` of an input button, or its text content), raw.
 * @returns `save`, `submit` (送审), or null for anything else (navigation, 添加, 返回…).
 */
export function classifyPortalButton(text: string): PortalAction | null {
  const t = normalizeText(text);
  if (SUBMIT_RE.test(t)) return 'submit';
  if (SAVE_RE.test(t)) return 'save';
  return null;
}

/** The clickable element a click landed in, if it is a portal button, with its text. */
export function portalButtonOf(target: EventTarget | null): { element: HTMLElement; text: string; action: PortalAction } | null {
  if (!(target instanceof Element)) return null;
  const el = target.closest('input[type=submit],input[type=button],input[type=image],button,a');
  if (!(el instanceof HTMLElement)) return null;
  const text = el instanceof HTMLInputElement ? el.value || el.alt || el.title : el.textContent ?? '';
  const action = classifyPortalButton(text);
  return action ? { element: el, text: normalizeText(text), action } : null;
}
