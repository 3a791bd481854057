import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followField } from '../../../lib/overlay/follow-field';

/** Animation frames run by hand: `frame()` runs the callbacks requested so far. */
let frames: FrameRequestCallback[] = [];
function frame(): void {
  const now = frames;
  frames = [];
  for (const callback of now) callback(0);
}

/** A ResizeObserver stand-in (happy-dom's never calls back): records what it observes and calls back on `resized()`. */
const observers: FakeResizeObserver[] = [];
class FakeResizeObserver {
  observed = new Set<Element>();
  constructor(private readonly callback: () => void) {
    observers.push(this);
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
  resized() {
    if (this.observed.size) this.callback();
  }
}

function page() {
  document.body.innerHTML = '<div id="scroller" style="overflow:auto;height:50px"><input id="field"></div><button id="marker">!</button>';
  return { field: document.getElementById('field')!, marker: document.getElementById('marker')!, scroller: document.getElementById('scroller')! };
}

/** A measure that logs when it measures and when its write runs. */
function logging(name: string, log: string[]) {
  return vi.fn(() => {
    log.push(`measure ${name}`);
    return () => void log.push(`write ${name}`);
  });
}

beforeEach(() => {
  frames = [];
  observers.length = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('followField', () => {
  it('places in the next frame, every marker measured before any writes', () => {
    const { field, marker } = page();
    const log: string[] = [];
    const a = followField(field, marker, logging('a', log));
    const b = followField(field, marker, logging('b', log));
    expect(log).toEqual([]);
    frame();
    expect(log).toEqual(['measure a', 'measure b', 'write a', 'write b']);
    a.stop();
    b.stop();
  });

  it('places again after a scroll in an inner scroller, once however many events come before the frame', () => {
    const { field, marker, scroller } = page();
    const measure = logging('a', []);
    const following = followField(field, marker, measure);
    frame();
    expect(measure).toHaveBeenCalledTimes(1);
    // scroll does not bubble: only a capture listener on the document hears an inner box scroll.
    scroller.dispatchEvent(new Event('scroll'));
    document.dispatchEvent(new Event('scroll'));
    scroller.dispatchEvent(new Event('scroll'));
    expect(measure).toHaveBeenCalledTimes(1);
    frame();
    expect(measure).toHaveBeenCalledTimes(2);
    frame();
    expect(measure).toHaveBeenCalledTimes(2);
    following.stop();
  });

  it('places again after something above the field loads, opens or ends a transition (breaker 7d: none of these scrolls or resizes anything watched)', () => {
    const { field, marker, scroller } = page();
    const measure = logging('a', []);
    const following = followField(field, marker, measure);
    frame();
    const img = scroller.insertBefore(document.createElement('img'), field);
    const details = scroller.insertBefore(document.createElement('details'), field);
    const events: [Element, string][] = [[img, 'load'], [details, 'toggle'], [scroller, 'transitionend'], [scroller, 'animationend']];
    for (const [at, [target, type]] of events.entries()) {
      target.dispatchEvent(new Event(type));
      frame();
      expect(measure).toHaveBeenCalledTimes(at + 2);
    }
    following.stop();
  });

  it('places again after the window resizes', () => {
    const { field, marker } = page();
    const measure = logging('a', []);
    const following = followField(field, marker, measure);
    frame();
    window.dispatchEvent(new Event('resize'));
    frame();
    expect(measure).toHaveBeenCalledTimes(2);
    following.stop();
  });

  it('places again when the field, the marker or the page changes size', () => {
    const { field, marker } = page();
    const measure = logging('a', []);
    const following = followField(field, marker, measure);
    frame();
    expect(observers).toHaveLength(1);
    expect([...observers[0]!.observed]).toEqual([field, marker, document.documentElement, document.body]);
    observers[0]!.resized();
    frame();
    expect(measure).toHaveBeenCalledTimes(2);
    following.stop();
  });

  it('places a marker again when an attribute change anywhere in the page moved its field (a box beside it widened by its size), once per frame, until none is followed', async () => {
    const { field, marker, scroller } = page();
    // happy-dom lays nothing out: the field's box follows the neighbour's size as a browser's would.
    const neighbour = scroller.insertBefore(document.createElement('input'), field);
    vi.spyOn(field, 'getBoundingClientRect').mockImplementation(() => new DOMRect(8 * neighbour.size, 10, 60, 20));
    const other = document.body.appendChild(document.createElement('input'));
    const a = logging('a', []);
    const b = logging('b', []);
    const c = logging('c', []);
    const following = [followField(field, marker, a), followField(field, marker, b), followField(other, marker, c)];
    frame();
    expect([a, b, c].map((m) => m.mock.calls.length)).toEqual([1, 1, 1]);
    // Attributes that move nothing: each field's box looked at, no marker measured.
    scroller.setAttribute('title', '说明');
    neighbour.setAttribute('data-x', '1');
    await Promise.resolve();
    frame();
    expect([a, b, c].map((m) => m.mock.calls.length)).toEqual([1, 1, 1]);
    neighbour.size = 40;
    neighbour.setAttribute('data-x', '2');
    await Promise.resolve();
    frame();
    frame();
    expect([a, b, c].map((m) => m.mock.calls.length)).toEqual([2, 2, 1]);
    following[0]!.stop();
    neighbour.size = 20;
    await Promise.resolve();
    frame();
    expect([a, b, c].map((m) => m.mock.calls.length)).toEqual([2, 3, 1]);
    following[1]!.stop();
    following[2]!.stop();
    neighbour.size = 10;
    await Promise.resolve();
    frame();
    expect([a, b, c].map((m) => m.mock.calls.length)).toEqual([2, 3, 1]);
  });

  it('places a marker again when a text node\'s new data moved its field sideways (a status label rewritten before it: breaker b8c)', async () => {
    const { field, marker, scroller } = page();
    const label = scroller.insertBefore(document.createTextNode('状态：'), field);
    // happy-dom lays nothing out: the field's box follows the label's length as a browser's would.
    vi.spyOn(field, 'getBoundingClientRect').mockImplementation(() => new DOMRect(14 * label.data.length, 10, 60, 20));
    const measure = logging('a', []);
    const following = followField(field, marker, measure);
    frame();
    label.data = '状态：已由单位人事部门审核通过，请核对后继续填写';
    await Promise.resolve();
    frame();
    expect(measure).toHaveBeenCalledTimes(2);
    following.stop();
  });

  it('places again when asked (the overlay drawn after a DOM change)', () => {
    const { field, marker } = page();
    const measure = logging('a', []);
    const following = followField(field, marker, measure);
    frame();
    following.again();
    following.again();
    frame();
    expect(measure).toHaveBeenCalledTimes(2);
    following.stop();
  });

  it('stops: every listener and observer removed, a due placement dropped', () => {
    const { field, marker, scroller } = page();
    const added = new Map<string, number>();
    const count = (target: EventTarget, by: number) => (type: string) => added.set(type, (added.get(type) ?? 0) + by);
    for (const target of [document, window]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => (count(target, 1)(type), add(type, listener, options)));
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => (count(target, -1)(type), remove(type, listener, options)));
    }
    const measure = logging('a', []);
    const following = followField(field, marker, measure);
    const events = ['scroll', 'load', 'toggle', 'transitionend', 'animationend', 'resize'];
    expect(added).toEqual(new Map(events.map((type) => [type, 1])));
    following.stop();
    expect(added).toEqual(new Map(events.map((type) => [type, 0])));
    expect(observers[0]!.observed.size).toBe(0);
    frame();
    scroller.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    observers[0]!.resized();
    frame();
    expect(measure).not.toHaveBeenCalled();
  });
});
