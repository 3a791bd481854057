/** What a writer reports for one control after reading the value back. */
export interface WriteResult {
  /** needs-user: the control could not be written yet and the user must finish it (a list whose options never loaded). */
  result: 'filled' | 'failed' | 'needs-user';
  /** Chinese detail for a failure (the page's value after it rewrote or reverted ours) or for needs-user. */
  detail?: string;
}

/** The message for a value the page changed after we wrote it. */
export function changedByPage(actual: string): WriteResult {
  return { result: 'failed', detail: actual === '' ? '页面清空了填入的值' : `页面把值改成了“${actual}”` };
}
