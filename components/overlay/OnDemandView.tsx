import { Component, createRef } from 'preact';
import type { OnDemandViewSpec } from '../on-demand/views';
import { loadedOnDemandFeatures } from '@/lib/content/on-demand';
import type { ShownText } from './presenter';

/**
 * A place in the overlay for a part that on-demand.js renders (components/on-demand/views.tsx):
 * an empty element of ours, filled by on-demand.js's own Preact after each render and emptied
 * when this unmounts. The views exist only after the feature was used, and using a feature
 * loads on-demand.js first; before that the place stays empty. A class, not hooks: preact/hooks
 * is about 1 KB of the content script's gzip budget (issue 9).
 * @param view which view, with the overlay's model and actions, of which on-demand.js makes its props.
 * @param shownText the overlay's display function for personal values (./presenter.ts), handed
 *   to on-demand.js, which provides it to the view.
 */
export class OnDemandView extends Component<{ view: OnDemandViewSpec; shownText: ShownText }> {
  readonly #place = createRef<HTMLDivElement>();

  #show(view: OnDemandViewSpec | null): void {
    if (this.#place.current) loadedOnDemandFeatures()?.renderView(this.#place.current, view, this.props.shownText);
  }

  override componentDidMount(): void {
    this.#show(this.props.view);
  }

  override componentDidUpdate(): void {
    this.#show(this.props.view);
  }

  override componentWillUnmount(): void {
    this.#show(null);
  }

  render() {
    return <div ref={this.#place} class="zc-on-demand" />;
  }
}
