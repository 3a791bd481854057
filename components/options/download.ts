/**
 * Saves text as a file through the browser's download UI (a Blob URL on an `<a download>`; no
 * network involved).
 * @param text file content (UTF-8)
 * @param fileName suggested file name
 */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
