/**
 * The overlay's "导出页面结构" action: build the page-structure file over the whole page (the
 * topmost frame this frame may read, and its same-origin frames) and save it through the
 * browser's download UI — our own file, no network, nothing submitted.
 */
import { downloadText, safeFileName } from '@/components/options/download';
import { t } from '../i18n/t';
import type { StepHints } from '../portal/recognize-step';
import type { RecognizeOptions } from '../fields/recognize';
import { buildDiagnostics } from './build';

/**
 * The highest ancestor document of `win` that is readable from here (same origin), or `win`'s
 * own document. A frameset page is thereby described whole even when the overlay lives in its
 * content frame.
 */
export function topmostReadableDocument(win: Window): Document {
  let current: Window = win;
  for (;;) {
    const parent = current.parent;
    if (!parent || parent === current) return current.document;
    try {
      // Reading another origin's document throws; that parent is where we stop.
      if (!parent.document?.documentElement) return current.document;
    } catch {
      return current.document;
    }
    current = parent;
  }
}

/**
 * File name of an export in the UI's language: `页面结构-<host>-<YYYYMMDD-HHmm>.json`
 * (`page-structure-…` in English), host only (no path, no query), safe on Windows (an IPv6
 * host's `:` becomes `_`).
 * @param url the page URL. @param now local time of the export.
 */
export function diagnosticsFileName(url: string, now: Date): string {
  let host = 'page';
  try {
    host = new URL(url).hostname || host;
  } catch {
    // about:blank and the like keep "page"
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return safeFileName(t('diagnostics_file_name', host, stamp));
}

/**
 * Builds the page-structure file for the page around `win` and offers it as a download.
 * For the lead: wire it to an overlay button "导出页面结构" (`exportDiagnostics()`), passing the
 * active packs' hints and taught mappings so the file shows what was really recognised.
 * @param opts.win the frame the user clicked in (default `window`). opts.hints /
 *   opts.recognize: as for buildDiagnostics.
 * @returns the report text that was offered (pretty-printed JSON).
 */
export function exportDiagnostics(opts: { win?: Window; hints?: StepHints; recognize?: RecognizeOptions } = {}): string {
  const win = opts.win ?? window;
  const root = topmostReadableDocument(win);
  const now = new Date();
  const text = JSON.stringify(buildDiagnostics(root, { now, hints: opts.hints, recognize: opts.recognize }), null, 2);
  downloadText(text, diagnosticsFileName(root.URL, now));
  return text;
}
