import { describe, expect, it } from 'vitest';
import { chooseMarkerSpot, markerSpots, type MarkerField, type SpotFit } from '../../../lib/overlay/marker-spot';

const size = { width: 18, height: 18 };
const box = { x: 100, y: 50, width: 200, height: 24 };
const field = (over: Partial<MarkerField>): MarkerField => ({ kind: 'box', box, withText: box, textEnd: null, ...over });
const sides = (f: MarkerField) => markerSpots(f, size).map((s) => s.side);

describe('markerSpots', () => {
  it('puts a text box’s marker beside it, inside its right end only as the last resort', () => {
    const spots = markerSpots(field({}), size);
    // One order for an empty box and a filled one (the field's value is not even asked): the
    // marker does not jump out of the box at the first key typed (ux26 item 3).
    expect(spots.map((s) => s.side)).toEqual(['right', 'left', 'above', 'below', 'inside-end']);
    expect(spots[0]!.rect).toEqual({ x: 304, y: 53, width: 18, height: 18 });
    expect(spots[1]!.rect).toEqual({ x: 78, y: 53, width: 18, height: 18 });
    expect(spots[2]!.rect).toEqual({ x: 100, y: 28, width: 18, height: 18 });
    expect(spots[3]!.rect).toEqual({ x: 100, y: 78, width: 18, height: 18 });
    // Inside the right end, vertically centred: x = 100 + 200 − 18 − 4, y = 50 + 12 − 9.
    expect(spots[4]!.rect).toEqual({ x: 278, y: 53, width: 18, height: 18 });
    expect(sides(field({ box: { ...box, width: 50 } }))).toEqual(['right', 'left', 'above', 'below', 'inside-end']);
    // Too narrow to hold a marker at all.
    expect(sides(field({ box: { ...box, width: 20 } }))).toEqual(['right', 'left', 'above', 'below']);
  });

  it('never inside a <select> (its arrow is there)', () => {
    expect(sides(field({ kind: 'select' }))).toEqual(['right', 'left', 'above', 'below']);
  });

  it('puts a checkbox’s marker after its words, then after the end of a wrapped label', () => {
    const check = { x: 10, y: 100, width: 13, height: 13 };
    const withText = { x: 10, y: 98, width: 44, height: 18 };
    const spots = markerSpots(field({ kind: 'checkable', box: check, withText }), size);
    expect(spots.map((s) => s.side)).toEqual(['after-text', 'left', 'above', 'below']);
    expect(spots[0]!.rect).toEqual({ x: 58, y: 98, width: 18, height: 18 });
    const textEnd = { x: 10, y: 118, width: 300, height: 18 };
    const wrapped = markerSpots(field({ kind: 'checkable', box: check, withText, textEnd }), size);
    expect(wrapped.map((s) => s.side)).toEqual(['after-text', 'after-text-end', 'left', 'above', 'below']);
    expect(wrapped[1]!.rect).toEqual({ x: 314, y: 118, width: 18, height: 18 });
  });
});

describe('chooseMarkerSpot', () => {
  const spots = markerSpots(field({}), size);
  const fitsBy = (bySide: Record<string, SpotFit>) => (spot: { side: string }) => bySide[spot.side] ?? 'free';

  it('takes the first free spot', () => {
    expect(chooseMarkerSpot(spots, fitsBy({ right: 'covers', left: 'out-of-view' })).side).toBe('above');
  });

  it('with nothing free, takes the first spot in view rather than one out of view', () => {
    expect(chooseMarkerSpot(spots, fitsBy({ right: 'out-of-view', left: 'covers', above: 'covers', below: 'covers', 'inside-end': 'covers' })).side).toBe('left');
    expect(chooseMarkerSpot(spots, () => 'out-of-view').side).toBe('right');
  });

  it('asks about spots only until one is free', () => {
    const asked: string[] = [];
    chooseMarkerSpot(spots, (spot) => {
      asked.push(spot.side);
      return spot.side === 'left' ? 'free' : 'covers';
    });
    expect(asked).toEqual(['right', 'left']);
  });
});
