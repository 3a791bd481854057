/**
 * Shared text normalisation for identifiers typed into the portal: NFKC (full-width digits and
 * letters → ASCII, U+3000 → space) and removal of all whitespace. Applicants often type IDs
 * with a Chinese IME, which yields full-width characters the portal's validators reject.
 * @param raw the text as entered (any string)
 * @returns the text in half-width form without whitespace, e.g. "４４０１ ０６" → "440106"
 */
export function toHalfWidthCompact(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '');
}
