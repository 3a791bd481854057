import { useContext } from 'preact/hooks';
import { ShownTextContext } from './presenter';

/**
 * The function turning a value or message into the text to display (identity or masking), for
 * the parts on-demand.js renders (autofill preview and report, capture diff, tour).
 */
export function useShownText(): (text: string) => string {
  return useContext(ShownTextContext);
}
