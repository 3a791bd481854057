import { useEffect, useRef } from 'preact/hooks';
import { autoUpdate, computePosition, flip, offset, shift, type ClientRectObject, type ReferenceElement } from '@floating-ui/dom';
import type { Finding } from '@/lib/checks/types';
import { t } from '@/lib/i18n/t';
import { useShownText } from './presenter';
import { boxWithItsTextRect } from '@/lib/overlay/marker-anchor';
import type { Rect } from '@/lib/overlay/placement';

/** A Rect as Floating UI's virtual elements give it: with its edges. */
function clientRect(r: Rect): ClientRectObject {
  return { ...r, left: r.x, top: r.y, right: r.x + r.width, bottom: r.y + r.height };
}

/**
 * One marker per field with findings, placed just right of the field with @floating-ui/dom and
 * kept there while the page scrolls or resizes. The markers live in our shadow root: the
 * portal's DOM is never changed to mark a field.
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
  const byControl = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.control === undefined) continue;
    byControl.set(f.control, [...(byControl.get(f.control) ?? []), f]);
  }
  return (
    <>
      {[...byControl].map(([control, list]) => (
        <Marker key={control} control={control} findings={list} resolve={resolve} onJump={onJump} />
      ))}
    </>
  );
}

function Marker({
  control,
  findings,
  resolve,
  onJump,
}: {
  control: number;
  findings: Finding[];
  resolve(control: number): Element | null;
  onJump(control: number): void;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  const shownText = useShownText();
  const severity = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  const reference = resolve(control);
  // Placed after the frame that first lays the marker out, so that frame (the panel's first,
  // see lib/content/controller.tsx) spends no time on it; the marker stays hidden until then
  // (overlay.css), never shown at the end of the page where it is first laid out.
  useEffect(() => {
    const floating = ref.current;
    if (!floating || !reference) return;
    // Text boxes: inside the right end, since just outside sit the page's own "..." / calendar
    // buttons, which the marker must never cover (clicking the marker focuses the field). A
    // <select> shows its arrow there, and has no such button after it: just right of it. A
    // checkbox or radio is too small to hold it, and its own text (同意, 是/否) follows it:
    // after that text. Other small boxes: just left of them. Outside a box, the marker flips
    // to another side where the frame's edge would cut it off.
    const select = reference.tagName === 'SELECT';
    const checkable = reference.tagName === 'INPUT' && /^(checkbox|radio)$/i.test((reference as HTMLInputElement).type);
    const inside = !select && !checkable && reference.getBoundingClientRect().width > 60;
    const anchor: ReferenceElement = checkable
      ? { getBoundingClientRect: () => clientRect(boxWithItsTextRect(reference as HTMLInputElement)), contextElement: reference }
      : reference;
    return autoUpdate(anchor, floating, () => {
      void computePosition(anchor, floating, {
        strategy: 'fixed',
        placement: inside || select || checkable ? 'right' : 'left',
        middleware: [
          offset(inside ? -22 : 4),
          ...(inside ? [] : [flip({ fallbackPlacements: checkable ? ['left', 'top', 'bottom'] : ['top', 'bottom'], padding: 4 })]),
          shift({ padding: 4, crossAxis: true }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
        floating.dataset.placed = '';
      });
    });
  }, [reference]);
  if (!reference) return null;
  const text = findings.map((f) => shownText(f.message)).join('\n');
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
