import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates } from './overlay-driver';
import { F61_PAGES } from './fill61-pages';

/**
 * Fill 61, in Chromium: autofill and checks on markup the practice portal does not have
 * (tests/e2e/fill61-pages.ts), driven through the automation contract only (sample profile:
 * 学历 1 大学本科).
 */
describe('fill 61: autofill and checks on markup the practice portal does not have, in Chromium', () => {
  const session = pagesSession(F61_PAGES);

  it('F61-1 a 学历 list behind the stand-in select2 3.x draws before it: in the preview, written, 大学本科 shown in .select2-chosen (its focus box was read as a field beside the list: 需您处理 on main’s build)', async () => {
    const { tab, frame, rows } = await session.preview('level-select2-3', 'education');
    expect(rows.filter(([key]) => key === 'education.educationLevel').map(([, action]) => action)).toEqual(['fill']);
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'education.educationLevel').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(frame, ['ddlXL'])).toEqual({ ddlXL: '大学本科' });
    expect(await frame.locator('.select2-chosen').textContent()).toBe('大学本科');
    await tab.close();
  });
});
