import { useLayoutEffect, useRef } from 'preact/hooks';
import type { OnDemandViewSpec } from '../on-demand/views';
import { loadedOnDemandFeatures } from '@/lib/content/on-demand';
import { useShownText } from './presenter';

/**
 * A place in the overlay for a part that on-demand.js renders (components/on-demand/views.tsx):
 * an empty element of ours, filled by on-demand.js's own Preact after each render and emptied
 * when this unmounts. The views exist only after the feature was used, and using a feature
 * loads on-demand.js first; before that the place stays empty.
 * @param view the view and its props.
 */
export function OnDemandView({ view }: { view: OnDemandViewSpec }) {
  const place = useRef<HTMLDivElement>(null);
  const shownText = useShownText();
  useLayoutEffect(() => {
    if (place.current) loadedOnDemandFeatures()?.renderView(place.current, view, shownText);
  });
  useLayoutEffect(() => {
    const element = place.current;
    return () => {
      if (element) loadedOnDemandFeatures()?.renderView(element, null, shownText);
    };
  }, []);
  return <div ref={place} class="zc-on-demand" />;
}
