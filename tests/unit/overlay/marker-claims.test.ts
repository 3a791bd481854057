import { describe, expect, it } from 'vitest';
import { MarkerClaims } from '../../../lib/overlay/marker-claims';

const spot = (x: number, y: number) => ({ x, y, width: 18, height: 18 });

describe('MarkerClaims', () => {
  it('tells a marker a spot another marker holds, never its own', () => {
    const claims = new MarkerClaims();
    claims.claim(3, spot(100, 50), { x: 0, y: 0 });
    expect(claims.takenByOthers(4, spot(110, 55), { x: 0, y: 0 })).toBe(true);
    expect(claims.takenByOthers(3, spot(110, 55), { x: 0, y: 0 })).toBe(false);
    // Edges touching is not taking.
    expect(claims.takenByOthers(4, spot(118, 50), { x: 0, y: 0 })).toBe(false);
  });

  it('keeps spots in document pixels, so they hold after the page scrolls', () => {
    const claims = new MarkerClaims();
    claims.claim(3, spot(100, 300), { x: 0, y: 0 });
    // Scrolled down 200 px: the same place in the page is 200 px higher in the viewport.
    expect(claims.takenByOthers(4, spot(100, 100), { x: 0, y: 200 })).toBe(true);
    expect(claims.takenByOthers(4, spot(100, 300), { x: 0, y: 200 })).toBe(false);
  });

  it('frees a released spot', () => {
    const claims = new MarkerClaims();
    claims.claim(3, spot(100, 50), { x: 0, y: 0 });
    claims.release(3);
    expect(claims.takenByOthers(4, spot(100, 50), { x: 0, y: 0 })).toBe(false);
  });
});
