import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { maskPersonal } from '@/lib/overlay/mask';

/**
 * How the overlay shows personal values: as they are, or masked for a projector / screen share
 * (presenter setting `maskPersonal`, lib/settings.ts). Provided once by Overlay / the tour, read
 * by every part that shows page or profile values (autofill preview and report, capture diff,
 * findings, pre-submit dialog, field markers).
 */
export const ShownTextContext = createContext<(text: string) => string>((text) => text);

/** The function turning a value or message into the text to display (identity or masking). */
export function useShownText(): (text: string) => string {
  return useContext(ShownTextContext);
}

/** The display function for a presenter setting. */
export function shownTextFor(maskPersonalData: boolean): (text: string) => string {
  return maskPersonalData ? maskPersonal : (text) => text;
}
