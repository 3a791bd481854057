import { useEffect, useRef, useState } from 'preact/hooks';
import { autoUpdate } from '@floating-ui/dom';
import type { Finding } from '@/lib/checks/types';
import { t } from '@/lib/i18n/t';
import { useShownText } from './presenter';
import { chooseMarkerSpot, markerSpots, type MarkerSide } from '@/lib/overlay/marker-spot';
import { fieldShown, markerFieldOf, spotFit } from '@/lib/overlay/page-room';
import { MarkerClaims } from '@/lib/overlay/marker-claims';

/**
 * One marker per field with findings, beside the field where it covers none of the page's text
 * or controls (lib/overlay/marker-spot.ts, lib/overlay/page-room.ts) nor another marker
 * (lib/overlay/marker-claims.ts), kept there while the page scrolls or resizes, and hidden while
 * the field itself is out of sight. The markers live in our shadow root: the portal's DOM is
 * never changed to mark a field.
 */
export function FieldMarkers({
  findings,
  resolve,
  onJump,
}: {
  findings: readonly Finding[];
  resolve(control: number): Element | null;
  onJump(control: number): void;
}) {
  const [claims] = useState(() => new MarkerClaims());
  const byControl = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.control === undefined) continue;
    byControl.set(f.control, [...(byControl.get(f.control) ?? []), f]);
  }
  return (
    <>
      {[...byControl].map(([control, list]) => (
        <Marker key={control} control={control} findings={list} resolve={resolve} onJump={onJump} claims={claims} />
      ))}
    </>
  );
}

function Marker({
  control,
  findings,
  resolve,
  onJump,
  claims,
}: {
  control: number;
  findings: Finding[];
  resolve(control: number): Element | null;
  onJump(control: number): void;
  claims: MarkerClaims;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const shownText = useShownText();
  const severity = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  const reference = resolve(control);
  const text = findings.map((f) => shownText(f.message)).join('\n');
  // Placed after the frame that first lays the marker out (the one after the panel's first, see
  // lib/content/controller.tsx), so that frame spends no time measuring for it; the marker stays
  // hidden until then (overlay.css), never shown at the end of the page where it is first laid
  // out. Floating UI's autoUpdate places it again whenever the page scrolls, resizes or moves
  // the field.
  useEffect(() => {
    const floating = ref.current;
    if (!floating || !reference) return;
    const doc = reference.ownerDocument;
    const view = doc.defaultView ?? window;
    // The side chosen for the field where it last was in the page: while the page only scrolls,
    // the field's surroundings scroll with it and the same side stays free, so scrolling costs
    // one look at the field (is it still in sight?) instead of a search around it.
    let chosen: { where: string; side: MarkerSide } | null = null;
    // Where to show the marker (null: hidden), written in the next animation frame: every marker
    // measures the page first and none writes in between, so a scroll forces no layout per
    // marker. Scroll events come before that frame's callbacks: the marker moves in the same frame.
    let next: { x: number; y: number } | null = null;
    let frame = 0;
    const write = () => {
      frame = 0;
      if (!next) {
        delete floating.dataset.placed;
        return;
      }
      const left = `${next.x}px`;
      const top = `${next.y}px`;
      if (floating.style.left !== left) floating.style.left = left;
      if (floating.style.top !== top) floating.style.top = top;
      if (floating.dataset.placed === undefined) floating.dataset.placed = '';
    };
    const stop = autoUpdate(reference, floating, () => {
      if (!fieldShown(doc, reference)) {
        next = null;
        claims.release(control);
      } else {
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
        next = { x: rect.x, y: rect.y };
      }
      frame ||= requestAnimationFrame(write);
    });
    return () => {
      stop();
      cancelAnimationFrame(frame);
      claims.release(control);
    };
    // Placed again when its findings change: a box typed into since then wants its marker outside.
  }, [reference, text]);
  if (!reference) return null;
  return (
    <button
      ref={ref}
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
