import type { Runtime } from 'webextension-polyfill';
import type { CarriedFill, CarriedFillRequest } from '../messaging/messages';

/** How long a carried report waits for the frame's next page: a slow portal's postback included. */
export const CARRY_LIMIT_MS = 30_000;

/**
 * Reports carried over a reload, by tab and frame. In the service worker's memory only: they hold
 * profile values, which are written nowhere but the profile database, and a postback takes
 * seconds.
 */
const carried = new Map<string, { fill: CarriedFill; at: number }>();

/**
 * Whether `url` is one of the pages `to` names: same origin and path, the path compared without
 * case (the portal runs on IIS, whose paths ignore it); the query may differ (a GET postback adds
 * its fields to it).
 */
function isPageOf(to: string[], url: string | undefined): boolean {
  const page = (href: string) => {
    // Not URL.parse: the manifest allows Chrome 116, which lacks it.
    try {
      const u = new URL(href);
      return `${u.origin}${u.pathname.toLowerCase()}`;
    } catch {
      return null;
    }
  };
  const here = page(url ?? '');
  return !!here && to.some((t) => page(t) === here);
}

/**
 * Keeps (`fill:carry`), forgets (`fill:drop`) or hands out once (`fill:carried`) the fill report
 * carried over the sending frame's reload (lib/fill/carry.ts).
 * @param request the message. @param sender its frame (tab id and frame id; frame ids stay the
 *   same across a frame's navigations) and the frame's URL. @param now milliseconds since the epoch (tests pass
 *   their own).
 * @returns null for `fill:carry` and `fill:drop`; for `fill:carried` the report kept for that
 *   frame less than CARRY_LIMIT_MS ago if the frame is now on the page the postback went to
 *   (CarriedFill.to), else null: a page the user went to instead never shows it.
 */
export function handleCarriedFill(request: CarriedFillRequest, sender: Runtime.MessageSender, now = Date.now()): CarriedFill | null {
  const frame = `${sender.tab?.id}:${sender.frameId ?? 0}`;
  if (request.type === 'fill:carry') {
    carried.set(frame, { fill: request.fill, at: now });
    return null;
  }
  const kept = carried.get(frame);
  carried.delete(frame);
  return kept && request.type === 'fill:carried' && now - kept.at < CARRY_LIMIT_MS && isPageOf(kept.fill.to, sender.url) ? kept.fill : null;
}
