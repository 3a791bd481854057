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
