import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { autoUpdate } from '@floating-ui/dom';
import type { TourStop } from '@/lib/tour/stops';
import { unionBox, type ViewportBox } from '@/lib/tour/locate';
import { placeBeside } from '@/lib/overlay/beside';
import { t } from '@/lib/i18n/t';
import { useShownText } from '../overlay/presenter-hook';

/**
 * The popover's spacing (CSS pixels): 10 from the highlight, 8 from the frame's edges, and never
 * shorter than 180 (its title, a few lines of its scrolling text, its buttons).
 */
const POPOVER_SPACING = { gap: 10, padding: 8, minHeight: 180 } as const;

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
 * elements and a popover with the explanation beside them (lib/overlay/beside.ts), following them
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
      // Measured at its own height (the limit below is ours alone; Preact never sets it).
      floating.style.maxHeight = '';
      const { width, height } = floating.getBoundingClientRect();
      const root = document.documentElement;
      // Beside the highlight, never over it while the frame has room for both (HD66-3).
      const place = placeBeside({ width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight }, target, { width, height }, POPOVER_SPACING);
      floating.style.left = `${place.x}px`;
      floating.style.top = `${place.y}px`;
      floating.style.maxHeight = place.maxHeight === null ? '' : `${place.maxHeight}px`;
      floating.dataset.side = place.side;
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
