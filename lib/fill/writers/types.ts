import { t } from '../../i18n/t';

/** What a writer reports for one control after reading the value back. */
export interface WriteResult {
  /** needs-user: the control could not be written yet and the user must finish it (a list whose options never loaded). */
  result: 'filled' | 'failed' | 'needs-user';
  /** Detail, in the browser's language, for a failure (the page's value after it rewrote or reverted ours) or for needs-user. */
  detail?: string;
  /** The element written when the page had replaced the one given with a new one (a list drawn anew). */
  el?: HTMLElement;
}

/** The message for a value the page changed after we wrote it. */
export function changedByPage(actual: string): WriteResult {
  return { result: 'failed', detail: actual === '' ? t('fill_reason_value_cleared') : t('fill_reason_value_changed', actual) };
}

/**
 * Writes the controls of one value in turn (a date's lists, a number's boxes), as a person going
 * from one to the next would, stopping at the first that is not written.
 * @param parts each control's live element (null when gone) and what to write there.
 * @param isControl whether an element is the kind of control the parts are.
 * @param write writes one part into its control.
 * @returns filled when every part is; else the first failure (a control gone from the page:
 *   "页面已变化，找不到该栏").
 */
export async function writeInTurn<E extends HTMLElement, P extends { el: HTMLElement | null }>(
  parts: readonly P[],
  isControl: (el: HTMLElement) => el is E,
  write: (el: E, part: P) => Promise<WriteResult>,
): Promise<WriteResult> {
  for (const part of parts) {
    if (!part.el || !isControl(part.el)) return { result: 'failed', detail: t('fill_reason_control_gone') };
    const written = await write(part.el, part);
    if (written.result !== 'filled') return written;
  }
  return { result: 'filled' };
}
