import type { Frame } from 'playwright-core';
import { expectFinding, findings } from './overlay-driver';

/**
 * record-period-order as the panel shows it, through the automation contract (`zc-finding`,
 * `zc-field-marker`), for checks-markup.test.ts (checks60, checks61).
 */

/** The panel's record-period-order findings (field and text), once there is one. */
export async function periodFindings(frame: Frame): Promise<{ field: string; text: string }[]> {
  await expectFinding(frame, 'record-period-order', 'error');
  return (await findings(frame)).filter((f) => f.checkId === 'record-period-order').map(({ field, text }) => ({ field, text }));
}

/**
 * The id of the page's box or list nearest the placed marker that says a period is reversed (its
 * title holds the finding's text), or null while no such marker is placed.
 */
export function reversedMarkerField(frame: Frame): Promise<string | null> {
  return frame.evaluate(() => {
    const markers = Array.from(document.querySelector('[data-zc-root]')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-testid="zc-field-marker"][data-placed]') ?? []);
    const marker = markers.find((m) => m.title.includes('早于起始时间'));
    if (!marker) return null;
    const m = marker.getBoundingClientRect();
    const gap = (f: DOMRect) => Math.max(0, m.left - f.right, f.left - m.right) + Math.max(0, m.top - f.bottom, f.top - m.bottom);
    const fields = Array.from(document.querySelectorAll<HTMLElement>('input[type=text],select'));
    return fields.sort((a, b) => gap(a.getBoundingClientRect()) - gap(b.getBoundingClientRect()))[0]?.id ?? null;
  });
}
