import { Component, createRef } from 'preact';
import type { Finding } from '@/lib/checks/types';
import { t } from '@/lib/i18n/t';
import { chooseMarkerSpot, markerSpots, type MarkerSide } from '@/lib/overlay/marker-spot';
import { fieldShown, markerFieldOf, spotFit } from '@/lib/overlay/page-room';
import { MarkerClaims } from '@/lib/overlay/marker-claims';
import { followField, type Following } from '@/lib/overlay/follow-field';
import type { ShownText } from './presenter';

/**
 * One marker per field with findings, beside the field where it covers none of the page's text
 * or controls (lib/overlay/marker-spot.ts, lib/overlay/page-room.ts) nor another marker
 * (lib/overlay/marker-claims.ts), kept there while the page scrolls or resizes, and hidden while
 * the field itself is out of sight. The markers live in our shadow root: the portal's DOM is
 * never changed to mark a field. Classes, not hooks: preact/hooks is about 1 KB of the content
 * script's gzip budget (issue 9).
 */
interface FieldMarkersProps {
  /** In runChecks's order: errors, then warnings, then info (a marker's colour is its first finding's). */
  findings: readonly Finding[];
  resolve(control: number): Element | null;
  onJump(control: number): void;
  /** How a finding's message is shown: masked in presenter mode, as the panel shows it (./presenter.ts). */
  shownText: ShownText;
}

export class FieldMarkers extends Component<FieldMarkersProps> {
  /** The spots the markers hold, shared by this overlay's markers for its lifetime. */
  readonly #claims = new MarkerClaims();

  render(props: FieldMarkersProps) {
    const byControl = new Map<number, Finding[]>();
    for (const f of props.findings) {
      if (f.control === undefined) continue;
      byControl.set(f.control, [...(byControl.get(f.control) ?? []), f]);
    }
    // An array, as a fragment's children are: Preact renders it alike.
    return [...byControl].map(([control, list]) => (
      // Its own findings in place of all of them; resolve, onJump and shownText handed on as they are.
      <Marker key={control} {...props} control={control} findings={list} claims={this.#claims} />
    ));
  }
}

interface MarkerProps {
  control: number;
  findings: Finding[];
  resolve(control: number): Element | null;
  onJump(control: number): void;
  claims: MarkerClaims;
  shownText: ShownText;
}

class Marker extends Component<MarkerProps> {
  readonly #button = createRef<HTMLButtonElement>();
  /** The field the marker was last placed for, and how it follows the field. */
  #placed: { reference: Element; following: Following } | null = null;
  /** The animation frame and the task that start following after a paint. */
  #frame = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  override componentDidMount(): void {
    this.#followAfterPaint();
  }

  // Follows anew when the page put another element in its field's place; its findings changing
  // (the user types) leaves it where it is (lib/overlay/marker-spot.ts). Otherwise placed again:
  // the overlay is drawn after the page's DOM changed, which may have moved the field without
  // any scroll or change of size.
  override componentDidUpdate(): void {
    const reference = this.props.resolve(this.props.control);
    if (this.#placed?.reference !== reference) this.#followAfterPaint();
    else this.#placed.following.again();
  }

  override componentWillUnmount(): void {
    this.#stop();
  }

  #stop(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
    this.#placed?.following.stop();
    this.#placed = null;
    this.props.claims.release(this.props.control);
  }

  /**
   * Starts following the field once the frame that first lays the marker out (the one after the
   * panel's first, see lib/content/controller.tsx) is painted, so that frame spends no time
   * measuring for it; the marker stays hidden until then (overlay.css), never shown at the end
   * of the page where it is first laid out.
   */
  #followAfterPaint(): void {
    this.#stop();
    this.#frame = requestAnimationFrame(() => {
      this.#timer = setTimeout(() => this.#follow());
    });
  }

  /** Follows the field (lib/overlay/follow-field.ts): places the marker whenever the field may have moved. */
  #follow(): void {
    const { control, claims } = this.props;
    const reference = this.props.resolve(control);
    const floating = this.#button.current;
    if (!floating || !reference) return;
    const doc = reference.ownerDocument;
    const view = doc.defaultView ?? window;
    // The side chosen for the field where it last was in the page: while the page only scrolls,
    // the field's surroundings scroll with it and the same side stays free, so scrolling costs
    // one look at the field (is it still in sight?) instead of a search around it.
    let chosen: { where: string; side: MarkerSide } | null = null;
    // Measured with every other marker before any writes, in the frame (lib/overlay/follow-field.ts).
    const following = followField(reference, floating, () => {
      if (!fieldShown(doc, reference)) {
        claims.release(control);
        return () => delete floating.dataset.placed;
      }
      const field = markerFieldOf(reference);
      const scroll = { x: view.scrollX, y: view.scrollY };
      const where = [field.box.x + scroll.x, field.box.y + scroll.y, field.box.width, field.box.height].join();
      const spots = markerSpots(field, { width: floating.offsetWidth, height: floating.offsetHeight });
      const kept = chosen?.where === where ? spots.find((spot) => spot.side === chosen?.side) : undefined;
      const { side, rect } =
        kept ??
        chooseMarkerSpot(spots, (spot) => (claims.takenByOthers(control, spot.rect, scroll) ? 'covers' : spotFit(doc, reference, spot.rect, spot.side === 'inside-end')));
      chosen = { where, side };
      claims.claim(control, rect, scroll);
      return () => {
        const left = `${rect.x}px`;
        const top = `${rect.y}px`;
        if (floating.style.left !== left) floating.style.left = left;
        if (floating.style.top !== top) floating.style.top = top;
        if (floating.dataset.placed === undefined) floating.dataset.placed = '';
      };
    });
    this.#placed = { reference, following };
  }

  render({ control, findings, resolve, onJump, shownText }: MarkerProps) {
    // The most severe of its findings: they come errors first (FieldMarkersProps.findings).
    const severity = findings[0]!.severity;
    if (!resolve(control)) return null;
    // Its findings' messages, one a line, shown as the panel shows them (masked in presenter mode).
    const text = findings.map((f) => shownText(f.message)).join('\n');
    return (
      <button
        ref={this.#button}
        type="button"
        class={`zc-marker zc-${severity}`}
        data-testid="zc-field-marker"
        data-control={control}
        title={text}
        aria-label={t('marker_label', text)}
        onClick={() => onJump(control)}
      >
        !
      </button>
    );
  }
}
