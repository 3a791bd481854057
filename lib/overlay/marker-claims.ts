/**
 * Where the field markers already are, so that two markers never take the same spot (two wrong
 * values side by side, the first marker in the gap after its box, the second looking left into
 * the same gap). Spots are kept in document coordinates: while the page scrolls every marker
 * moves with its field, and the claims stay true without being written again.
 */
import { overlaps, type Rect } from './placement';

/** Marker spots by control index, in document pixels (viewport position plus the scroll offset). */
export class MarkerClaims {
  readonly #spots = new Map<number, Rect>();

  /**
   * Records where a marker now is. @param control the marker's control index.
   * @param rect its spot in viewport pixels. @param scroll the frame's scroll offset in pixels.
   */
  claim(control: number, rect: Rect, scroll: { x: number; y: number }): void {
    this.#spots.set(control, { x: rect.x + scroll.x, y: rect.y + scroll.y, width: rect.width, height: rect.height });
  }

  /** Forgets a marker's spot (it is hidden or gone). @param control the marker's control index. */
  release(control: number): void {
    this.#spots.delete(control);
  }

  /**
   * Whether another marker already sits on a spot (edges may touch).
   * @param control the asking marker's control index (its own spot never counts).
   * @param rect the spot in viewport pixels. @param scroll the frame's scroll offset in pixels.
   */
  takenByOthers(control: number, rect: Rect, scroll: { x: number; y: number }): boolean {
    const spot = { x: rect.x + scroll.x, y: rect.y + scroll.y, width: rect.width, height: rect.height };
    for (const [other, r] of this.#spots) if (other !== control && overlaps(spot, r)) return true;
    return false;
  }
}
