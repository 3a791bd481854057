import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { openStep, postBack } from '../portal/drive';
import { controlId, pageOf } from '../portal/pages';
import { type PortalSession, startPortalSession, waitForStep } from './harness';
import { startAutofill } from './overlay-driver';

// Newcomer 66: the fill preview (用档案填写本页…) was drawn tall over the form on 基本信息 and on
// step 8, so the applicant could not see the fields it was about to change.

const shots = '/tmp/preview67-shots';

/**
 * The most of the page's fields the open preview may cover: a fifth. Where the frame has room
 * beside the form it covers none; where the form fills the frame's width, the preview keeps to
 * a height that leaves most of the form in sight and the page scrolls behind it.
 */
const MOST_COVERED = 0.2;

/** What the open preview covers, and whether its 填写 button can be clicked where it is. */
function readPreview(frame: Frame) {
  return frame.evaluate(
    () =>
      new Promise<{ fields: number; covered: string[]; applyShown: boolean; panel: { x: number; y: number; width: number; height: number } }>((done) =>
        requestAnimationFrame(() => {
          const shadow = document.querySelector('[data-zc-root]')!.shadowRoot!;
          const p = shadow.querySelector('.zc-panel')!.getBoundingClientRect();
          const over = (r: DOMRect) => Math.min(r.right, p.right) - Math.max(r.left, p.left) > 1 && Math.min(r.bottom, p.bottom) - Math.max(r.top, p.top) > 1;
          const fields = Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea')).filter((el) => {
            if (el instanceof HTMLInputElement && ['hidden', 'button', 'submit', 'reset', 'image'].includes(el.type)) return false;
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.height > 0;
          });
          const apply = shadow.querySelector<HTMLElement>('[data-testid="zc-autofill-apply"]')!.getBoundingClientRect();
          // The button itself is what a click at its middle reaches: inside the window and not scrolled out of its panel.
          const hit = shadow.elementFromPoint(apply.x + apply.width / 2, apply.y + apply.height / 2);
          done({
            fields: fields.length,
            covered: fields.filter((el) => over(el.getBoundingClientRect())).map((el) => el.getAttribute('name') ?? el.id),
            applyShown: !!hit?.closest('[data-testid="zc-autofill-apply"]'),
            panel: { x: p.x, y: p.y, width: p.width, height: p.height },
          });
        }),
      ),
  );
}

describe('preview 67: the fill preview leaves the form in sight (Chromium, practice portal)', () => {
  let session: PortalSession;
  beforeAll(async () => {
    session = await startPortalSession();
  });
  afterAll(async () => session?.close());

  for (const size of [
    { width: 1280, height: 860 },
    { width: 1920, height: 1080 },
  ]) {
    for (const step of ['basic-info', 'publications'] as const) {
      it(`${size.width} × ${size.height}, ${step}: the preview covers at most a fifth of the fields, its 填写 button on screen`, async () => {
        await session.page.setViewportSize(size);
        const frame = await openStep(session.page, step);
        await waitForStep(frame, step);
        // Step 8 is a record step: its form opens with 添加.
        const def = pageOf(step);
        if (step === 'publications' && def.buttons.add) {
          await postBack(frame, `#${controlId(def, def.buttons.add)}`);
          await waitForStep(frame, step);
        }
        await startAutofill(frame);
        const seen = await readPreview(frame);
        await session.page.screenshot({ path: `${shots}/${size.width}x${size.height}-${step}.png` });
        expect(seen.fields).toBeGreaterThan(3);
        expect.soft(seen.applyShown, '确认填写 can be clicked where it is').toBe(true);
        expect.soft(seen.covered.length, `${JSON.stringify(seen.panel)} covers ${seen.covered.join(', ')} of ${seen.fields}`).toBeLessThanOrEqual(Math.floor(seen.fields * MOST_COVERED));
      });
    }
  }
});
