// Breaker 32p items 1 and 5. (1) The editor checked the 公民身份号码 (GB 11643) under the field but
// said nothing of a mistyped 单位统一社会信用代码 (GB 32100) until the portal's pre-submit checks.
// It now says so under the field, as a hint that does not block 保存 (some early codes fail the
// check: spec/portal.md). (5) A 15-digit number of the first-generation card was answered only
// with "应为 18 位"; it now says to copy the 18-digit number from the current card (no conversion).
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { contentProblems, contentWarnings } from '../../../lib/profile/field-checks';
import { parseProfileFile } from '../../../lib/profile/format-v1';
import { emptyProfile } from '../../../lib/profile/schema';
import { sampleDoc } from '../profile/fixtures';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $, byTestId, typeInto, mountWithSample } = optionsPageRoot();

/** Valid under GB 32100 (the spec's sample); the same with the last character mistyped. */
const GOOD_CODE = '91440101MA59ABCD1D';
const MISTYPED_CODE = '91440101MA59ABCD1X';

function withCode(code: string) {
  const draft = emptyProfile('张小明');
  draft.basic = { ...draft.basic, employerCreditCode: code };
  return draft;
}

describe('单位统一社会信用代码 in the editor (GB 32100)', () => {
  it('warns of a wrong check character, naming the right one; not of a valid, empty or lower-case code', () => {
    expect(contentWarnings(withCode(MISTYPED_CODE)).get('basic.employerCreditCode')).toContain('应为 D');
    expect(contentWarnings(withCode('9144010MA59ABCD1D')).get('basic.employerCreditCode')).toContain('现在是 17 位');
    expect(contentWarnings(withCode('91440101MA59ABCO1D')).get('basic.employerCreditCode')).toContain('不含 I、O、Z、S、V');
    expect(contentWarnings(withCode(GOOD_CODE)).size).toBe(0);
    expect(contentWarnings(withCode('91440101ma59abcd1d')).size).toBe(0);
    expect(contentWarnings(withCode('  ')).size).toBe(0);
    // A hint, not a problem: the code may be an early one that really fails the check.
    expect(contentProblems(withCode(MISTYPED_CODE)).size).toBe(0);
  });

  it('shows the hint under the field as it is typed, and still lets the profile be saved', async () => {
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    await typeInto('basic.employerCreditCode', MISTYPED_CODE);
    const hint = $('[data-testid="field-warning"][data-field="basic.employerCreditCode"]');
    expect(hint?.textContent).toContain('校验位不符（按前 17 位应为 D）');
    expect(byTestId('profile-error-count')).toBeNull();
    expect((byTestId('profile-save') as HTMLButtonElement).disabled).toBe(false);
    await typeInto('basic.employerCreditCode', GOOD_CODE);
    expect($('[data-testid="field-warning"]')).toBeNull();
  });
});

describe('a 15-digit 身份证号 of the first-generation card', () => {
  const OLD = '440106920315123';
  const SAYS_WHAT_TO_DO = /15 位的旧身份证号码.*现用身份证.*18 位号码/;

  it('is answered in the editor with what to type instead, and not converted', () => {
    const draft = emptyProfile('张小明');
    draft.basic = { ...draft.basic, idNumber: OLD };
    expect(contentProblems(draft).get('basic.idNumber')).toMatch(SAYS_WHAT_TO_DO);
    expect(draft.basic.idNumber).toBe(OLD);
  });

  it('is answered so in a refused profile file too (full-width digits as well)', () => {
    for (const spelling of [OLD, '４４０１０６９２０３１５１２３']) {
      const doc = sampleDoc();
      doc.profile.basic.idNumber = spelling;
      const parsed = parseProfileFile(JSON.stringify(doc));
      expect(parsed.ok ? 'imported' : parsed.errors.map((e) => e.message).join('\n')).toMatch(SAYS_WHAT_TO_DO);
    }
  });

  it('other lengths keep the plain length message', () => {
    const draft = emptyProfile('张小明');
    draft.basic = { ...draft.basic, idNumber: '4401061992031512' };
    expect(contentProblems(draft).get('basic.idNumber')).toBe('公民身份号码应为 18 位，现在是 16 位。');
  });
});
