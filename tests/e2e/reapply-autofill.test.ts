import { afterAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { openStep, postBack } from '../portal/drive';
import { controlId, pageOf } from '../portal/pages';
import type { ApplicationStepId } from '../../lib/portal/step-ids';
import { inOverlay, sampleProfileFileWith, startPortalSession, waitForStep, type PortalSession } from './harness';
import { startAutofill } from './overlay-driver';

// Reapply 44 left: an applicant re-applying a year later with last year's profile was told on the
// options page that its 年度考核结果 and 在岗在职证明材料 note are last year's, but the overlay on the
// portal said nothing: 用档案填写本页 on 年度考核结果 previewed last year's reviews as if they were all.
// Now the preview of the step they go into says so (lib/profile/year-notes.ts, per step).

const now = new Date();
const thisYear = now.getFullYear();
const month = `${thisYear}-${String(now.getMonth() + 1).padStart(2, '0')}`;
/** Last year's profile: reviews up to two years ago, the proof ending a year ago (a file made per test: a session's close removes it). */
const lastYearFile = () => sampleProfileFileWith((p) => {
  p.annualReviews = [{ year: thisYear - 3, result: '合格' }, { year: thisYear - 2, result: '优秀' }];
  p.attachments = [{ name: '在岗在职证明材料', note: `社保明细 ${thisYear - 2}-07 至 ${thisYear - 1}-10` }];
});
/** The same brought up to date: reviews up to last year, the proof up to this month. */
const currentFile = () => sampleProfileFileWith((p) => {
  p.annualReviews = [{ year: thisYear - 2, result: '合格' }, { year: thisYear - 1, result: '合格' }];
  p.attachments = [{ name: '在岗在职证明材料', note: `社保明细 ${thisYear - 1}-01 至 ${month}` }];
});

/** Opens `step` (its record form on a record step), previews the fill and returns the preview's year notes. */
async function previewNotes(session: PortalSession, step: ApplicationStepId, record = false): Promise<string[]> {
  const frame: Frame = await openStep(session.page, step);
  await waitForStep(frame, step);
  if (record) {
    const def = pageOf(step);
    await postBack(frame, `#${controlId(def, def.buttons.add!)}`);
    await waitForStep(frame, step);
  }
  await startAutofill(frame);
  return inOverlay(frame, '[data-testid="zc-autofill-year-notes"] li').allTextContents();
}

describe('autofill’s preview of last year’s data (Chromium, practice portal)', () => {
  let session: PortalSession | undefined;
  afterAll(async () => {
    await session?.close();
  });

  it('last year’s file: 年度考核结果 names the missing year, 证书、证明材料 the old proof, 基本信息 neither', async () => {
    session = await startPortalSession({ profileFile: lastYearFile() });
    expect(await previewNotes(session, 'basic-info')).toEqual([]);
    expect(await previewNotes(session, 'annual-review', true)).toEqual([
      `年度考核结果只填到 ${thisYear - 2} 年度，如已有 ${thisYear - 1} 年度的考核结果，请在“年度考核结果”中补上。`,
    ]);
    const frame = session.page.frames().find((f) => f.name() === 'mainFrame')!;
    await session.page.screenshot({ path: 'artifacts/reapply-autofill-annual-review.png' });
    expect(await inOverlay(frame, '[data-testid="zc-autofill-year-notes"]').textContent()).toContain('这份档案里有些内容可能是往年的');
    expect(await previewNotes(session, 'certificates')).toEqual([
      `“在岗在职证明材料”的说明写到 ${thisYear - 1}-10，这份证明须截止到申报当月或上一月，请准备新的证明并更新说明。`,
    ]);
    await session.close();
    session = undefined;
  });

  it('this year’s profile: no note on either step', async () => {
    session = await startPortalSession({ profileFile: currentFile() });
    expect(await previewNotes(session, 'annual-review', true)).toEqual([]);
    expect(await previewNotes(session, 'certificates')).toEqual([]);
  });
});
