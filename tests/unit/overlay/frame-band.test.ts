import { describe, expect, it } from 'vitest';
import { outerFrames, visibleBand } from '../../../lib/overlay/frame-band';

/** A window of `innerHeight` inside `parent`, held there by a frame element whose top is at `frameTop` (parent viewport). */
function frameWindow(innerHeight: number, parent: Window | null, frameTop = 0, frameBorder = 0): Window {
  const win = { innerHeight } as { innerHeight: number; parent: Window; frameElement: Element | null };
  win.parent = parent ?? (win as unknown as Window);
  win.frameElement = parent ? ({ getBoundingClientRect: () => ({ top: frameTop }), clientTop: frameBorder } as unknown as Element) : null;
  return win as unknown as Window;
}

describe('visibleBand', () => {
  it('is the whole viewport in the top window and in a frame wholly on screen', () => {
    const top = frameWindow(720, null);
    expect(visibleBand(top)).toEqual({ top: 0, bottom: 720 });
    expect(visibleBand(frameWindow(600, top, 60))).toEqual({ top: 0, bottom: 600 });
    expect(outerFrames(top)).toEqual([]);
  });

  it('is the part of a frame as tall as its page that the outer window shows', () => {
    const top = frameWindow(720, null);
    // 2,600 pixels tall, 60 below the outer page's top: the first 660 pixels show.
    expect(visibleBand(frameWindow(2600, top, 60))).toEqual({ top: 0, bottom: 660 });
    // The outer page scrolled down 1,500 pixels: the frame's top is 1,440 above the window.
    expect(visibleBand(frameWindow(2600, top, -1440))).toEqual({ top: 1440, bottom: 2160 });
    // A border of 2 pixels moves the frame's viewport down.
    expect(visibleBand(frameWindow(2600, top, -1440, 2))).toEqual({ top: 1438, bottom: 2158 });
  });

  it('follows nested frames to the top, and is empty when the frame is scrolled away', () => {
    const top = frameWindow(720, null);
    const middle = frameWindow(3000, top, -1000);
    expect(visibleBand(frameWindow(2000, middle, 500))).toEqual({ top: 500, bottom: 1220 });
    expect(outerFrames(frameWindow(2000, middle, 500)).map((f) => f.outer)).toEqual([middle, top]);
    expect(visibleBand(frameWindow(2600, top, 900))).toEqual({ top: 0, bottom: 0 });
  });
});
