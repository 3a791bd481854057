import { createContext } from 'preact';
import { maskPersonal } from '@/lib/overlay/mask';

/** Turns a value or message into the text to display: as it is, or masked (shownTextFor). */
export type ShownText = (text: string) => string;

/**
 * How the parts on-demand.js renders show personal values (autofill preview and report, capture
 * diff, pre-submit dialog, tour): provided by components/on-demand/views.tsx with the function the
 * overlay hands over, read through ./presenter-hook.ts. The content script's own components take
 * the function as a `shownText` prop from Overlay instead: no context there, whose Preact code is
 * about 130 bytes of its gzip budget (issue 9). Marked pure so that the content script, which
 * does not use it, leaves it out.
 */
export const ShownTextContext = /* @__PURE__ */ createContext<ShownText>((text) => text);

/**
 * How the overlay shows personal values for a presenter setting: as they are, or masked for a
 * projector / screen share (`maskPersonal`, lib/settings.ts).
 */
export function shownTextFor(maskPersonalData: boolean): ShownText {
  return maskPersonalData ? maskPersonal : (text) => text;
}
