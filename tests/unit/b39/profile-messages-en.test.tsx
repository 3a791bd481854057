// Breaker 39: in an English browser the options page still said why a file was refused
// (档案文件版本不受支持…, 不是有效的 JSON 文件…), the editor's messages about a value's form
// (应为真实日期，写作 YYYY-MM-DD) and those about the 公民身份号码 (校验位不对…) in Chinese only: they
// were written in lib/profile (format-v1.ts, schema.ts, issues.ts, field-checks.ts). They now
// come from public/_locales like the rest of the page; the Chinese stays word for word (the
// Chinese tests of those files are unchanged).
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { decodeUtf8File, parseBackupFile, parseProfileFile } from '../../../lib/profile/format-v1';
import { contentProblems } from '../../../lib/profile/field-checks';
import { validateProfile } from '../../../lib/profile/issues';
import { profileSchema } from '../../../lib/profile/schema';
import { installLocale } from '../i18n-fake';
import { SAMPLE_TEXT, sampleDoc } from '../profile/fixtures';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $, $$, byTestId, typeInto, chooseFile, mountWithSample } = optionsPageRoot();

const errorsOf = (result: { ok: boolean; errors?: { message: string }[] }) => (result.ok ? [] : result.errors!.map((e) => e.message));

describe('the options page’s profile messages in an English browser (breaker 39)', () => {
  it('a refused profile or backup file says why in English', () => {
    installLocale('en');
    const newer = sampleDoc();
    newer.version = 2;
    expect(errorsOf(parseProfileFile(JSON.stringify(newer)))).toEqual([
      'Profile file version not supported: this file is in version 2 of the format, this helper reads version 1. Update the helper first, then import it.',
    ]);
    expect(errorsOf(parseProfileFile('{\n  "format": "zc-profile",\n  oops\n}'))[0]).toMatch(/^Not a valid JSON file: there is an error near line 3, column 3\. /);
    expect(errorsOf(parseProfileFile('{"format": "zc-profile",'))[0]).toMatch(/^Not a valid JSON file: it stops before its end\. /);
    expect(errorsOf(decodeUtf8File(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])))).toEqual([
      'This is not a profile file: the chosen file is a JPEG picture. Choose a .zc-profile.json file saved with this helper\'s “Export the selected profile”.',
    ]);
    const foreign = sampleDoc();
    foreign.format = 'something-else';
    foreign.profile.education[1].endDate = '2011/06/30';
    delete foreign.profile.label;
    foreign.profile.workHistory[0].socialInsurancePaid = '是';
    foreign.profile.annualReviews[0].year = 2018.5;
    expect(errorsOf(parseProfileFile(JSON.stringify(foreign)))).toEqual([
      expect.stringMatching(/^Not a profile file this helper exported \(the “zc-profile” format mark is missing\)\. Choose a file saved with/),
      'Profile name: missing (should be text)',
      // The record sections' names in English since i18n42 (“学历” record 2 before).
      '“Education” record 2 · End (结束时间): Must be a real date written YYYY-MM-DD or YYYY-MM (now "2011/06/30")',
      expect.stringMatching(/^“Work history” record 1 · .*: should be true or false \(yes \/ no\), is text \(now "是"\)$/),
      expect.stringMatching(/^“Annual reviews” record 1 · .*: should be a whole number \(now 2018\.5\)$/),
    ]);
    expect(errorsOf(parseBackupFile(SAMPLE_TEXT))).toEqual([
      'This is a single profile file, not a backup: import it with “Import a profile file (zc-profile)” under “Import and export” on this page.',
    ]);
    const backup = { format: 'zc-profile-backup', version: 1, activeIndex: 3, profiles: [sampleDoc(), 'x'] };
    expect(errorsOf(parseBackupFile(JSON.stringify(backup)))).toEqual([
      "The backup's number of the current profile is not valid (it should be one of profiles 1 to 2).",
      'Profile 2 of the backup is not a valid profile.',
    ]);
  });

  it('the schema’s rules and the 公民身份号码 checks speak English, and Chinese as before', () => {
    const draft = profileSchema.parse(sampleDoc().profile);
    const bad = { ...draft, basic: { ...draft.basic, birthDate: '1992-3-15', gender: '未知' } };
    const wrongCheck = { ...draft, basic: { ...draft.basic, idNumber: '440106199203151235' } };
    const oldCard = { ...draft, basic: { ...draft.basic, idNumber: '440106920315123' } };
    const notHisGender = { ...draft, basic: { ...draft.basic, gender: '女' } };
    const messages = () => {
      const checked = validateProfile(bad);
      return [
        ...(checked.ok ? [] : checked.issues.map((i) => `${i.path}: ${i.message}`)),
        contentProblems(wrongCheck).get('basic.idNumber'),
        contentProblems(oldCard).get('basic.idNumber'),
        contentProblems(notHisGender).get('basic.gender'),
      ];
    };
    const chinese = messages();
    expect(chinese).toEqual([
      'basic.gender: 性别应为“男”或“女”',
      'basic.birthDate: 应为真实日期，写作 YYYY-MM-DD',
      '公民身份号码校验位不对：按前 17 位计算，最后一位应为 6，现在是 5。通常是某一位输错了，请对照身份证逐位核对。',
      expect.stringMatching(/^这是 15 位的旧身份证号码/),
      '性别与公民身份号码不一致：号码第 17 位表示“男”。请核对。',
    ]);
    installLocale('en');
    const english = messages();
    expect(english).toEqual([
      'basic.gender: Gender (性别) must be 男 or 女',
      'basic.birthDate: Must be a real date written YYYY-MM-DD',
      "The ID number's (公民身份号码) check character is wrong: from the first 17 digits the last should be 6, not 5. Usually one digit was mistyped: check the number against the ID card digit by digit.",
      expect.stringMatching(/^This is a 15-digit number of the old \(first-generation\) ID card\./),
      'Gender (性别) does not agree with the ID number (公民身份号码): its 17th digit means “男”. Please check.',
    ]);
  });

  it('the editor shows its inline messages and an import refusal in English', async () => {
    await mountWithSample(<OptionsApp />, () => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级'));
    installLocale('en');
    await typeInto('basic.idNumber', '44010619920315123');
    expect($('[data-testid="field-error"][data-field="basic.idNumber"]')?.textContent).toBe('The ID number (公民身份号码) has 18 characters; this one has 17.');
    await typeInto('basic.idNumber', '440106199203151236');
    await typeInto('basic.birthDate', '1992-3-15');
    expect($('[data-testid="field-error"][data-field="basic.birthDate"]')?.textContent).toBe('Must be a real date written YYYY-MM-DD');
    await typeInto('basic.birthDate', '1992-03-16');
    expect($('[data-testid="field-error"][data-field="basic.birthDate"]')?.textContent).toBe(
      'The date of birth (出生日期) does not agree with the ID number (公民身份号码): its characters 7–14 are 1992-03-15. Please check.',
    );
    const newer = sampleDoc();
    newer.version = 2;
    await chooseFile('profile-import', new File([JSON.stringify(newer)], 'newer.zc-profile.json'));
    await vi.waitFor(() => expect(byTestId('profile-import-error')?.hidden).toBe(false));
    expect($$('[data-testid="profile-import-error"] li').map((li) => li.textContent)).toEqual([
      'Profile file version not supported: this file is in version 2 of the format, this helper reads version 1. Update the helper first, then import it.',
    ]);
  });
});
