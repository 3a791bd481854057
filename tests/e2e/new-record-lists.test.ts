import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { PortalServer } from '../portal/server';
import { openStep, postBack } from '../portal/drive';
import { fillFields } from '../portal/fill';
import { controlId, pageOf } from '../portal/pages';
import { type PortalSession, startPortalSession, waitForStep } from './harness';
import { applyAutofill, norm, shownValue, startAutofill } from './overlay-driver';

/**
 * 年度考核结果's 年度 list has no 请选择 on the practice portal: a new record's form shows 2025,
 * marked selected="selected" as a saved 2025 is (lists8). 添加's empty form gets the profile's
 * year without 覆盖, 考核结果 too; 修改 of a saved 2025 record keeps 2025 unless 覆盖 is ticked.
 */
describe('a year list without 请选择 on the practice portal’s 年度考核结果', () => {
  let session: PortalSession;
  let portal: PortalServer;
  let page: Page;
  const def = pageOf('annual-review');
  const at = (id: string) => `#${controlId(def, id)}`;

  beforeAll(async () => {
    session = await startPortalSession();
    ({ portal, page } = session);
  });

  afterAll(async () => {
    expect(portal.submissions()).toEqual([]);
    await session?.close();
  });

  it('添加: the new form shows 2025; 应用 writes 2021 and 合格 without 覆盖, and the server keeps the record', async () => {
    const frame = await openStep(page, 'annual-review');
    await waitForStep(frame, 'annual-review');
    await postBack(frame, at(def.buttons.add));
    await waitForStep(frame, 'annual-review');
    expect(await shownValue(frame, at('ddlND'))).toBe('2025');
    const rows = await startAutofill(frame);
    expect(rows.filter((r) => r.key.startsWith('annualReviews.'))).toEqual([
      { key: 'annualReviews.seq', action: 'fill', overwrite: false },
      { key: 'annualReviews.year', action: 'fill', overwrite: false },
      { key: 'annualReviews.result', action: 'fill', overwrite: false },
    ]);
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key.startsWith('annualReviews.')).map((r) => [r.key, r.result])).toEqual([
      ['annualReviews.seq', 'filled'],
      ['annualReviews.year', 'filled'],
      ['annualReviews.result', 'filled'],
    ]);
    expect([await shownValue(frame, at('txtJLXH')), await shownValue(frame, at('ddlND')), await shownValue(frame, at('ddlKHJG'))]).toEqual(['1', '2021', norm('合格')]);
    const before = portal.saves().length;
    await postBack(frame, at(def.buttons.save));
    expect(portal.saves().slice(before).map((s) => s.ok)).toEqual([true]);
  });

  it('修改 of a saved 2025 优秀 record: 应用 leaves 2025 (覆盖 not ticked)', async () => {
    let frame: Frame = await openStep(page, 'annual-review');
    await postBack(frame, at(def.buttons.add));
    await fillFields(frame, def, def.fields, { seq: '2', ND: '2025', KHJG: '优秀' });
    await postBack(frame, at(def.buttons.save));
    frame = await openStep(page, 'annual-review');
    await waitForStep(frame, 'annual-review');
    // The second listed row (2025, sorted after 1) → its 修改.
    await postBack(frame, `input[type=submit][value="修改"] >> nth=1`);
    await waitForStep(frame, 'annual-review');
    expect([await shownValue(frame, at('txtJLXH')), await shownValue(frame, at('ddlND'))]).toEqual(['2', '2025']);
    const rows = await startAutofill(frame);
    expect(rows.find((r) => r.key === 'annualReviews.year')).toMatchObject({ overwrite: true });
    await applyAutofill(frame);
    expect(await shownValue(frame, at('ddlND'))).toBe('2025');
  });
});
