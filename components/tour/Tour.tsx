import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { TourStop } from '@/lib/tour/stops';
import { unionBox, type ViewportBox } from '@/lib/tour/locate';
import { t } from '@/lib/i18n/t';
import { useShownText } from '../overlay/presenter-hook';

/** The popover's gap to the highlight and to the frame's edges, in CSS pixels. */
const GAP = 10;
const PADDING = 8;
/** The least height (CSS pixels) of a shortened popover: its title, a few lines of its scrolling text, its buttons. */
const MIN_HEIGHT = 180;

/**
 * Where the popover goes, by @floating-ui/dom alone, never over its highlight while the frame has
 * room for both (helpdesk 66 HD66-3: a popover taller than the room below and above the highlight
 * was shifted back over the 个人照片 box it explained). The order matters:
 * - `size` first: the popover is shortened to the room its placement offers (its text scrolling
 *   inside), never under MIN_HEIGHT, so `flip` judges each side at the height it would have there;
 *   a `flip` restarts the chain, so the height is always that of the final side.
 * - `flip`: below, above, right, left, the first where it fits; none: `bestFit`, the side it
 *   overflows least. Only the side's own axis counts (`crossAxis: false`): sliding along the
 *   highlight is `shift`'s job and no reason to leave a side.
 * - `shift` last, on the shortened box: along the highlight; across it (`crossAxis`) only the box
 *   that still overflows its side, which is when no side has room (the highlight fills the
 *   frame): docked at the edge of the side with more room.
 */
const POPOVER_MIDDLEWARE = [
  offset(GAP),
  size({
    padding: PADDING,
    apply({ availableHeight, elements }) {
      elements.floating.style.maxHeight = `${Math.floor(Math.max(MIN_HEIGHT, availableHeight))}px`;
    },
  }),
  flip({ padding: PADDING, crossAxis: false, fallbackPlacements: ['top-start', 'right-start', 'left-start'], fallbackStrategy: 'bestFit' }),
  shift({ padding: PADDING, crossAxis: true }),
];

/** Keys that move the tour; ignored while the user types in a page field. */
function isTyping(event: KeyboardEvent): boolean {
  const origin = event.composedPath()[0];
  return (
    origin instanceof HTMLElement &&
    (origin.isContentEditable || origin instanceof HTMLInputElement || origin instanceof HTMLTextAreaElement || origin instanceof HTMLSelectElement)
  );
}

/** The tour's inputs. */
export interface TourProps {
  stops: readonly TourStop[];
  index: number;
  /** The stop's elements in the live page (lib/tour/locate.ts). */
  elementsOf(stop: TourStop): Element[];
  highContrast: boolean;
  largeText: boolean;
  onGo(index: number): void;
  onExit(): void;
}

/**
 * The guided tour ("演示") of the current step: a box drawn in our shadow root around the stop's
 * elements and a popover with the explanation beside them (POPOVER_MIDDLEWARE), following them
 * with @floating-ui/dom's autoUpdate. 上一步 / 下一步
 * / 结束 by mouse, ← / → / Esc by keyboard. Focus moves into the popover when the tour starts
 * and returns where it was when it ends. The portal's DOM is never changed.
 *
 * Contract hooks: `zc-tour` (with `data-stop-id`, `data-index`), `zc-tour-text`,
 * `zc-tour-prev`, `zc-tour-next`, `zc-tour-exit`.
 */
export function Tour({ stops, index, elementsOf, highContrast, largeText, onGo, onExit }: TourProps) {
  const shownText = useShownText();
  const popover = useRef<HTMLDivElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const [box, setBox] = useState<ViewportBox | null>(null);
  const stop = stops[index];
  const last = index >= stops.length - 1;

  // Focus into the popover on start; back to where it was (the 演示 button) on exit.
  useEffect(() => {
    const root = popover.current?.getRootNode();
    const before = root instanceof ShadowRoot ? root.activeElement : document.activeElement;
    nextButton.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  // ← / → / Esc anywhere in the frame while the tour runs.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // A page script's synthetic keys do not move the tour.
      if (!event.isTrusted || isTyping(event) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') onExit();
      else if (event.key === 'ArrowRight' && !last) onGo(index + 1);
      else if (event.key === 'ArrowLeft' && index > 0) onGo(index - 1);
      else return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [index, last, onGo, onExit]);

  // Show the stop's elements, then keep the box and the popover on them while the page moves.
  useLayoutEffect(() => {
    const floating = popover.current;
    if (!stop || !floating) return;
    const elements = elementsOf(stop);
    const first = elements[0];
    if (!first) {
      setBox(null);
      floating.style.left = '';
      floating.style.top = '';
      floating.style.maxHeight = '';
      return;
    }
    first.scrollIntoView({ block: 'center', inline: 'nearest' });
    const reference = {
      getBoundingClientRect: () => {
        const b = unionBox(elements) ?? { x: 0, y: 0, width: 0, height: 0 };
        return { ...b, left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height, toJSON: () => b } as DOMRect;
      },
      contextElement: first,
    };
    return autoUpdate(reference, floating, () => {
      const target = unionBox(elements);
      setBox(target);
      if (!target) return;
      // Measured at its own height: the limit is ours alone (Preact never sets it).
      floating.style.maxHeight = '';
      void computePosition(reference, floating, { strategy: 'fixed', placement: 'bottom-start', middleware: POPOVER_MIDDLEWARE }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    });
  }, [stop, elementsOf]);

  if (!stop) return null;
  const classes = ['zc-tour', box ? '' : 'zc-tour-center', highContrast ? 'zc-contrast' : '', largeText ? 'zc-large' : ''].filter(Boolean).join(' ');
  return (
    <>
      {box && (
        <div
          class={`zc-tour-box ${highContrast ? 'zc-contrast' : ''}`}
          data-testid="zc-tour-box"
          aria-hidden="true"
          style={{ left: `${box.x}px`, top: `${box.y}px`, width: `${box.width}px`, height: `${box.height}px` }}
        />
      )}
      <div
        ref={popover}
        class={classes}
        role="dialog"
        aria-modal="false"
        aria-labelledby="zc-tour-title"
        aria-describedby="zc-tour-text"
        data-testid="zc-tour"
        data-stop-id={stop.id}
        data-index={index}
      >
        <p class="zc-tour-count">{t('tour_progress', index + 1, stops.length)}</p>
        <h2 id="zc-tour-title" class="zc-h2">
          {stop.title}
        </h2>
        <ul id="zc-tour-text" class="zc-tour-text" data-testid="zc-tour-text">
          {stop.lines.map((line, i) => (
            <li key={`${i}-${line}`}>{shownText(line)}</li>
          ))}
        </ul>
        <div class="zc-actions">
          <button type="button" class="zc-btn" data-testid="zc-tour-prev" disabled={index === 0} onClick={() => onGo(index - 1)}>
            {t('tour_prev')}
          </button>
          <button
            ref={nextButton}
            type="button"
            class="zc-btn zc-primary"
            data-testid="zc-tour-next"
            onClick={() => (last ? onExit() : onGo(index + 1))}
          >
            {last ? t('tour_finish') : t('tour_next')}
          </button>
          <button type="button" class="zc-btn" data-testid="zc-tour-exit" onClick={onExit}>
            {t('tour_exit')}
          </button>
        </div>
        <p class="zc-hint">{t('tour_keys_hint')}</p>
      </div>
    </>
  );
}
