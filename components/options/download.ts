/**
 * Saves a Blob as a file through the browser's download UI (a Blob URL on an `<a download>`; no
 * network involved).
 * @param blob file content (its `type` becomes the download's MIME type)
 * @param fileName suggested file name
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves text as a JSON file through the browser's download UI (see downloadBlob).
 * @param text file content (UTF-8)
 * @param fileName suggested file name
 */
export function downloadText(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'application/json;charset=utf-8' }), fileName);
}

/**
 * A file name the common file systems accept, Windows' the strictest: the characters it refuses
 * (\ / : * ? " < > | and control characters) become `_`, blanks at the ends go, and a name
 * whose first part is a device name Windows reserves (CON, PRN, AUX, NUL, COM1–9, LPT1–9, in any
 * case and with any extension: `CON.zc-profile.json`) gets a leading `_`.
 * @param name a suggested name, e.g. a profile's label with its extension, or a page's host.
 * @returns the name made safe; "" stays "" (the caller chooses a default).
 */
export function safeFileName(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim();
  return /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])(?:\.|$)/i.test(safe) ? `_${safe}` : safe;
}
