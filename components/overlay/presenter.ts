import { createContext } from 'preact';
import { maskPersonal } from '@/lib/overlay/mask';

/**
 * How the overlay shows personal values: as they are, or masked for a projector / screen share
 * (presenter setting `maskPersonal`, lib/settings.ts). Provided once by Overlay / the tour, read
 * by every part that shows page or profile values (autofill preview and report, capture diff,
 * findings, pre-submit dialog, field markers). The content script's components read it through
 * `ShownTextContext.Consumer` or a class's `contextType`, not a hook: preact/hooks is about 1 KB
 * of its gzip budget (issue 9); the parts on-demand.js renders use ./presenter-hook.ts.
 */
export const ShownTextContext = createContext<(text: string) => string>((text) => text);

/** The display function for a presenter setting. */
export function shownTextFor(maskPersonalData: boolean): (text: string) => string {
  return maskPersonalData ? maskPersonal : (text) => text;
}
