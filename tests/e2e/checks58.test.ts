import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { checkIdsRead, expectFinding, expectNoFinding, findings, typeAndWaitForReading } from './overlay-driver';
import { webForm } from './web-form-pages';
import { C58_BODIES } from './checks58-pages';

/**
 * checks58, in Chromium: the pre-submit checks on markup the autofill reads since fill 57
 * (tests/e2e/checks58-pages.ts), driven through the automation contract only (`zc-findings` /
 * `zc-finding`). Pages hand-made, served on loopback; the same pages in happy-dom:
 * tests/unit/checks/checks58.test.ts.
 */

const PAGES = Object.fromEntries(Object.entries(C58_BODIES).map(([path, body]) => [path, webForm(body)]));

describe('checks58: the checks on markup the autofill reads since fill 57, in Chromium', () => {
  const session = pagesSession(PAGES);

  it('C58-1 证件号码 E12345678 under a 证件类型 shown as plain text, 护照 (no control): no ID check (id-number-checksum and the others) on it', async () => {
    const { tab, frame } = await session.openAt('id-type-text', 'basic-info');
    const ids = await checkIdsRead(frame);
    expect(ids.filter((id) => id.startsWith('id-'))).toEqual([]);
    await tab.close();
  });

  it('C58-2 出生年月 in a year list and a month list worded 一月…十二月, 1998 六月 under an ID number of 1998-05: id-birthdate-mismatch on 出生年月; choosing 五月 takes it away', async () => {
    const { tab, frame } = await session.openAt('birth-month-words', 'basic-info');
    await expectFinding(frame, 'id-birthdate-mismatch', 'error');
    expect((await findings(frame)).find((f) => f.checkId === 'id-birthdate-mismatch')?.field).toBe('basic.birthDate');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlMonth', '五月'));
    await expectNoFinding(frame, 'id-birthdate-mismatch');
    expect(await checkIdsRead(frame)).not.toContain('id-birthdate-mismatch');
    await tab.close();
  });

  it('C58-2b the same month list valued 1…12, 十二月 chosen: id-birthdate-mismatch; choosing 五月 (5) takes it away', async () => {
    const { tab, frame } = await session.openAt('birth-month-words-numbered', 'basic-info');
    await expectFinding(frame, 'id-birthdate-mismatch', 'error');
    await typeAndWaitForReading(frame, () => tab.selectOption('#ddlMonth', '5'));
    await expectNoFinding(frame, 'id-birthdate-mismatch');
    await tab.close();
  });
});
