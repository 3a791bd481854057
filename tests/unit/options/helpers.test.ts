import { describe, expect, it } from 'vitest';
import { suggestCopyLabel } from '../../../components/options/labels';
import { uniqueLabel } from '../../../lib/profile/labels';
import { displayValue, storedValue, withValue } from '../../../components/options/field-values';
import { installLocale } from '../i18n-fake';

/** The copy made the year after the sample's 2020 application. */
const IN_2021 = new Date(2021, 2, 1);

describe('labels', () => {
  it('moves the year on for a copy of last year’s application, and keeps labels unique', () => {
    installLocale('zh_CN');
    expect(suggestCopyLabel('张小明 · 2020 初级', [], IN_2021)).toBe('张小明 · 2021 初级');
    expect(suggestCopyLabel('张小明 · 2020 初级', ['张小明 · 2021 初级'], IN_2021)).toBe('张小明 · 2021 初级（2）');
    expect(suggestCopyLabel('李四', [])).toBe('李四（副本）');
    expect(uniqueLabel('新档案', ['新档案', '新档案（2）'])).toBe('新档案（3）');
  });

  it('words the copy and the number in the UI language', () => {
    installLocale('en');
    try {
      expect(suggestCopyLabel('Li Si', [])).toBe('Li Si (copy)');
      expect(uniqueLabel('New profile', ['New profile', 'New profile (2)'])).toBe('New profile (3)');
    } finally {
      installLocale('zh_CN');
    }
  });
});

describe('field values', () => {
  it('converts input text to stored types, keeping what cannot convert for the schema to flag', () => {
    expect(storedValue('int', '2019')).toBe(2019);
    expect(storedValue('int', '二〇一九')).toBe('二〇一九');
    expect(storedValue('optional-int', '')).toBeUndefined();
    expect(storedValue('bool', '否')).toBe(false);
    expect(storedValue('open-end', ' ')).toBeNull();
    expect(displayValue('open-end', null)).toBe('');
    expect(displayValue('bool', true)).toBe('是');
    expect(withValue({ a: 1, b: 2 }, 'b', undefined)).toEqual({ a: 1 });
  });
});

describe('contentProblems: 性别 and 出生日期 against the 公民身份号码', () => {
  it('names the field that disagrees with the number, and nothing when they agree', async () => {
    const { contentProblems } = await import('../../../lib/profile/field-checks');
    const { profileSchema } = await import('../../../lib/profile/schema');
    const sample = (await import('../../fixtures/sample-profile.json')).default;
    const base = profileSchema.parse(sample.profile);
    expect([...contentProblems(base).keys()]).toEqual([]);
    const female = contentProblems({ ...base, basic: { ...base.basic, gender: '女' } });
    expect(female.get('basic.gender')).toBe('性别与公民身份号码不一致：号码第 17 位表示“男”。请核对。');
    const born = contentProblems({ ...base, basic: { ...base.basic, birthDate: '1998-05-13' } });
    expect(born.get('basic.birthDate')).toBe('出生日期与公民身份号码不一致：号码第 7–14 位为 1998-05-12。请核对。');
  });
});
