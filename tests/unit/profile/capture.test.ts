import { beforeEach, describe, expect, it } from 'vitest';
import { applyCapturedValues } from '../../../lib/profile/capture';
import { parseProfileFile } from '../../../lib/profile/format-v1';
import { emptyProfile } from '../../../lib/profile/schema';
import { installLocale } from '../i18n-fake';
import { SAMPLE_TEXT } from './fixtures';

function sample() {
  const r = parseProfileFile(SAMPLE_TEXT);
  if (!r.ok) throw new Error('sample refused');
  return r.profile;
}

describe('applyCapturedValues', () => {
  beforeEach(() => installLocale());

  it('puts scalar values in place and reports a diff of what changed only', () => {
    const before = sample();
    const r = applyCapturedValues(before, [
      { path: 'basic.mobile', value: ' 13900000000 ' },
      { path: 'basic.name', value: '张小明' },
      { path: 'awards', value: '2019 年度先进个人' },
    ]);
    expect(r.diff).toEqual([
      { path: 'basic.mobile', before: '13800000000', after: '13900000000' },
      { path: 'awards', before: '无。', after: '2019 年度先进个人' },
    ]);
    expect(r.profile.basic.mobile).toBe('13900000000');
    expect(before.basic.mobile).toBe('13800000000');
    expect(r.rejected).toEqual([]);
  });

  it('normalises page dates, booleans and open end dates', () => {
    // The page's year-months are the profile's dates in that month: not offered (they used to be
    // stored as 2011-09 / 2019-12, losing the profile's day; probe 12a item 2).
    const r = applyCapturedValues(sample(), [
      { path: 'basic.birthDate', value: '1992/3/15' },
      { path: 'education[0].startDate', value: '2011年9月' },
      { path: 'workHistory[0].socialInsurancePaid', value: '否' },
      { path: 'workHistory[0].endDate', value: '至今' },
      { path: 'achievements[0].endDate', value: '2019.12' },
      { path: 'achievements[0].startDate', value: '2018年04月02日' },
    ]);
    expect(r.profile.basic.birthDate).toBe('1992-03-15');
    expect(r.profile.education[0]!.startDate).toBe('2011-09-01');
    expect(r.profile.workHistory[0]!.socialInsurancePaid).toBe(false);
    expect(r.profile.workHistory[0]!.endDate).toBeNull();
    expect(r.profile.achievements[0]!.endDate).toBe('2019-12-31');
    expect(r.profile.achievements[0]!.startDate).toBe('2018-04-02');
    expect(r.diff.map((d) => d.path)).toEqual(['workHistory[0].socialInsurancePaid', 'achievements[0].startDate']);
  });

  it('appends a row one past the end, numbered, and refuses gaps, unknown paths and values the schema refuses', () => {
    const r = applyCapturedValues(emptyProfile('空'), [
      { path: 'education[0].school', value: '某某大学' },
      { path: 'education[2].school', value: '跳过了一行' },
      { path: 'basic.shoeSize', value: '42' },
      { path: 'photo.dataUrl', value: 'data:' },
      { path: 'basic.gender', value: 'M' },
      { path: 'annualReviews[0].year', value: '二〇一九' },
      { path: 'basic.birthDate', value: '1992-02-30' },
    ]);
    expect(r.profile.education).toEqual([expect.objectContaining({ seq: 1, school: '某某大学' })]);
    expect(r.diff).toEqual([{ path: 'education[0].school', before: undefined, after: '某某大学' }]);
    expect(r.rejected.map((x) => `${x.path}: ${x.reason}`)).toEqual([
      'education[2].school: 第 3 行之前还缺少记录',
      'basic.shoeSize: 档案中没有这一项',
      'photo.dataUrl: 档案中没有这一项',
      'basic.gender: 性别应为“男”或“女”',
      'annualReviews[0].year: 应为整数',
      'basic.birthDate: 应为真实日期，写作 YYYY-MM-DD',
    ]);
  });

  /** The probe's re-applicant (probe 12a page C2): ID 440106199805120314, born 1998-05-12, working since 2020-07-01. */
  function reapplicant() {
    const p = sample();
    Object.assign(p.basic, { idNumber: '440106199805120314', birthDate: '1998-05-12', workStartDate: '2020-07-01', mobile: '13926001234' });
    return p;
  }

  it('does not offer a mobile number equal once normalised, and stores a different one as digits only', () => {
    const same = applyCapturedValues(reapplicant(), [{ path: 'basic.mobile', value: '139-2600-1234' }]);
    expect(same.diff).toEqual([]);
    expect(same.rejected).toEqual([]);
    const other = applyCapturedValues(reapplicant(), [{ path: 'basic.mobile', value: '+86 139 0000 1111' }]);
    expect(other.diff).toEqual([{ path: 'basic.mobile', before: '13926001234', after: '13900001111' }]);
    expect(other.profile.basic.mobile).toBe('13900001111');
  });

  it('does not offer a 联系电话 equal once normalised (spaces, dashes, brackets, +86), and stores a different one in the profile’s spelling', () => {
    const withPhone = (phone: string, mobile = '13926001234') => {
      const p = reapplicant();
      Object.assign(p.basic, { phone, mobile });
      return p;
    };
    const landline = () => withPhone('020-38765432');
    for (const same of ['020 3876 5432', '(020)38765432', '02038765432', '+86 20 3876 5432', '０２０－３８７６５４３２']) {
      const r = applyCapturedValues(landline(), [{ path: 'basic.phone', value: same }]);
      expect(r.diff, same).toEqual([]);
      expect(r.rejected, same).toEqual([]);
    }
    const other = applyCapturedValues(landline(), [{ path: 'basic.phone', value: '(020) 8765 4321' }]);
    expect(other.diff).toEqual([{ path: 'basic.phone', before: '020-38765432', after: '020-87654321' }]);
    const mobile = applyCapturedValues(landline(), [{ path: 'basic.phone', value: '+86 139-2600-1234' }]);
    expect(mobile.diff).toEqual([{ path: 'basic.phone', before: '020-38765432', after: '13926001234' }]);
  });

  it('never offers a masked value, and reads any spelling of a landline as its area code, a hyphen and the number (breaker 26a item 4)', () => {
    const phoneAfter = (value: string, phone = '020-38765432') => {
      const p = reapplicant();
      p.basic.phone = phone;
      return applyCapturedValues(p, [{ path: 'basic.phone', value }]).diff.map((d) => d.after);
    };
    for (const masked of ['020****5432', '020-****5432', '139****1234']) expect(phoneAfter(masked), masked).toEqual([]);
    const masked = applyCapturedValues(reapplicant(), [{ path: 'basic.idNumber', value: '440106********0314' }, { path: 'basic.name', value: '王***' }]);
    expect(masked.diff).toEqual([]);
    expect(masked.rejected.map((r) => r.path)).toEqual(['basic.idNumber', 'basic.name']);
    for (const same of ['+86-020-38765432', '(020)3876-5432', '0086 20 3876 5432', '+86(20)38765432', '020—38765432']) expect(phoneAfter(same), same).toEqual([]);
    for (const same of ['0755 1234 5678', '(0755)12345678', '075512345678', '+86 755 1234 5678']) expect(phoneAfter(same, '0755-12345678'), same).toEqual([]);
    expect(phoneAfter('010 6512 3456')).toEqual(['010-65123456']);
    expect(phoneAfter('0310 1234567')).toEqual(['0310-1234567']);
    expect(phoneAfter('020 3876 5432 转 801')).toEqual(['020-38765432-801']);
    // No area code: kept as written, half-width without spaces — unless it is the profile's number (breaker 27a item 5).
    expect(phoneAfter('8765 4321')).toEqual(['87654321']);
  });

  it('reads masks only in identifiers and names — ＊, ●, x runs, one * — and refuses them with a reason; free text keeps its *** (breaker 27a items 3, 4)', () => {
    const withPhone = () => {
      const p = reapplicant();
      p.basic.phone = '020-38765432';
      return p;
    };
    for (const [path, value] of [
      ['basic.phone', '020＊＊＊＊5432'],
      ['basic.phone', '139＊＊＊＊1234'],
      ['basic.phone', '139●●●●1234'],
      ['basic.phone', '139xxxx1234'],
      ['basic.phone', '020-3876**32'],
      ['basic.mobile', '139XXXX1234'],
      ['basic.idNumber', '440106＊＊＊＊＊＊＊＊0314'],
      ['basic.name', '李*远'],
    ] as const) {
      const r = applyCapturedValues(withPhone(), [{ path, value }]);
      expect(r.diff, value).toEqual([]);
      expect(r.rejected, value).toEqual([{ path, value, reason: `页面显示的是部分隐藏的号码或姓名（${value}），未存入档案` }]);
    }
    const p = reapplicant();
    for (const [path, value] of [
      ['workSummary', '一、工作概况***二、主要业绩'],
      ['awards', '2019年度先进个人***'],
      ['workHistory[0].duties', '负责现场采样；***；编制报告'],
    ] as const) {
      expect(applyCapturedValues(p, [{ path, value }]), path).toMatchObject({ diff: [{ path, after: value }], rejected: [] });
    }
  });

  it('stores a minority name parted by a dot, and still refuses a name or number masked with • (breaker 30a side note 5)', () => {
    for (const name of ['阿依古丽•买买提', '阿依古丽·买买提', '阿依古丽・买买提', '阿依古丽•买买提•艾力']) {
      expect(applyCapturedValues(reapplicant(), [{ path: 'basic.name', value: name }]), name).toMatchObject({ diff: [{ path: 'basic.name', after: name }], rejected: [] });
    }
    for (const [path, value] of [
      ['basic.name', '王••'],
      // One • with one character or none on a side: a masked name, not a minority name (breaker 31b item 2).
      ['basic.name', '李•远'],
      ['basic.name', '张•'],
      ['basic.name', '•明'],
      ['basic.name', '欧阳•锋'],
      ['basic.phone', '020-8765•4321'],
      ['basic.mobile', '139••••1234'],
      ['basic.idNumber', '440106••••••••0314'],
    ] as const) {
      expect(applyCapturedValues(reapplicant(), [{ path, value }]).rejected.map((r) => r.path), value).toEqual([path]);
    }
  });

  it('takes a landline shown without its area code that is the profile’s number after it as no change (breaker 27a item 5)', () => {
    const after = (value: string, phone: string) => {
      const p = reapplicant();
      p.basic.phone = phone;
      return applyCapturedValues(p, [{ path: 'basic.phone', value }]);
    };
    for (const [value, phone] of [['3876 5432', '020-38765432'], ['3876-5432', '020 3876 5432'], ['38765432-801', '020-38765432-801']] as const) {
      expect(after(value, phone), value).toMatchObject({ diff: [], rejected: [] });
    }
    expect(after('8765 4321', '020-38765432').diff).toEqual([{ path: 'basic.phone', before: '020-38765432', after: '87654321' }]);
  });

  it('repairs a profile identifier spelt as autofill would type it badly when the page shows the same number (breaker 26a item 3)', () => {
    const p = reapplicant();
    Object.assign(p.basic, { phone: '020 38765432', mobile: '139 2600 1234' });
    const r = applyCapturedValues(p, [{ path: 'basic.phone', value: '020-38765432' }, { path: 'basic.mobile', value: '13926001234' }]);
    expect(r.diff).toEqual([
      { path: 'basic.phone', before: '020 38765432', after: '020-38765432' },
      { path: 'basic.mobile', before: '139 2600 1234', after: '13926001234' },
    ]);
    const withX = sample();
    withX.basic.idNumber = '44010619920315105x';
    expect(applyCapturedValues(withX, [{ path: 'basic.idNumber', value: '440106 19920315 105X' }]).diff).toEqual([{ path: 'basic.idNumber', before: '44010619920315105x', after: '44010619920315105X' }]);
  });

  it('refuses a mobile number, postcode or e-mail the portal checks would flag, with the check’s sentence', () => {
    const r = applyCapturedValues(reapplicant(), [
      { path: 'basic.mobile', value: '020-38765432' },
      { path: 'basic.postcode', value: '51000' },
      { path: 'basic.email', value: 'wang＠例子.cn' },
      { path: 'basic.postcode', value: '５１０６４０' },
    ]);
    expect(r.diff).toEqual([{ path: 'basic.postcode', before: '510000', after: '510640' }]);
    expect(r.rejected.map((x) => x.path)).toEqual(['basic.mobile', 'basic.postcode', 'basic.email']);
    expect(r.rejected[0]!.reason).toContain('应为 1 开头的 11 位数字');
    expect(r.profile.basic.mobile).toBe('13926001234');
  });

  it('does not offer an ID written with spaces, full-width or a lower-case x; stores a different one normalised', () => {
    const same = applyCapturedValues(reapplicant(), [{ path: 'basic.idNumber', value: '4401 0619 9805 1203 14' }]);
    expect(same).toMatchObject({ diff: [], rejected: [] });
    const fullWidth = applyCapturedValues(reapplicant(), [{ path: 'basic.idNumber', value: '４４０１０６１９９８０５１２０３１４' }]);
    expect(fullWidth).toMatchObject({ diff: [], rejected: [] });
    const withX = sample();
    withX.basic.idNumber = '44010619920315105X';
    expect(applyCapturedValues(withX, [{ path: 'basic.idNumber', value: '440106 19920315 105x' }])).toMatchObject({ diff: [], rejected: [] });

    const other = applyCapturedValues(sample(), [{ path: 'basic.idNumber', value: '440106 19920315 105x' }]);
    expect(other.diff).toEqual([{ path: 'basic.idNumber', before: '440106199203151236', after: '44010619920315105X' }]);
  });

  it('still refuses a page ID that fails GB 11643, and a change the ID contradicts', () => {
    const r = applyCapturedValues(reapplicant(), [
      { path: 'basic.idNumber', value: '4401 0619 9805 1203 15' },
      { path: 'basic.gender', value: '女' },
    ]);
    expect(r.diff).toEqual([]);
    expect(r.rejected.map((x) => `${x.path}: ${x.reason}`)).toEqual([
      'basic.idNumber: 公民身份号码校验位不对：按前 17 位计算，最后一位应为 4，现在是 5。通常是某一位输错了，请对照身份证逐位核对。',
      'basic.gender: 性别与公民身份号码不一致：号码第 17 位表示“男”。请核对。',
    ]);
  });

  it('takes a page date in any spelling as the profile’s date, a year-month as equal to a date in that month', () => {
    const r = applyCapturedValues(reapplicant(), [
      { path: 'basic.birthDate', value: '1998年05月12日' },
      { path: 'basic.workStartDate', value: '2020.07' },
      { path: 'workHistory[0].startDate', value: '2015/7/1' },
    ]);
    expect(r).toMatchObject({ diff: [], rejected: [] });
    const differs = applyCapturedValues(reapplicant(), [{ path: 'basic.workStartDate', value: '2020/8/3' }]);
    expect(differs.diff).toEqual([{ path: 'basic.workStartDate', before: '2020-07-01', after: '2020-08-03' }]);
  });

  it('stores a differing year-month as YYYY-MM where the profile takes months, also over 至今; refuses it where the day is needed (breaker 23a item 4)', () => {
    const blank = reapplicant();
    blank.basic.workStartDate = '';
    const filled = applyCapturedValues(blank, [
      { path: 'basic.workStartDate', value: '2020.07' },
      { path: 'workHistory[1].startDate', value: '2023年3月' },
    ]);
    expect(filled.diff).toEqual([
      { path: 'basic.workStartDate', before: '', after: '2020-07' },
      { path: 'workHistory[1].startDate', before: undefined, after: '2023-03' },
    ]);
    const months = reapplicant();
    months.education[0]!.startDate = '2016-09';
    const over = applyCapturedValues(months, [
      { path: 'basic.workStartDate', value: '2019.07' },
      { path: 'workHistory[0].endDate', value: '2021.06' },
      { path: 'education[0].startDate', value: '2016年10月' },
      { path: 'basic.birthDate', value: '1990年5月' },
    ]);
    expect(over.diff).toEqual([
      { path: 'basic.workStartDate', before: '2020-07-01', after: '2019-07' },
      { path: 'workHistory[0].endDate', before: null, after: '2021-06' },
      { path: 'education[0].startDate', before: '2016-09', after: '2016-10' },
    ]);
    expect(over.rejected.map((x) => `${x.path}: ${x.reason}`)).toEqual([
      'basic.birthDate: 页面只写到月（1990-05），这一项需要具体到日，无法确定是哪一天；请在选项页修改。',
    ]);
  });

  it('keeps 学位 / 最高学位 无 (the 学位 vocabulary’s “no degree”), not taken as an empty box (breaker 23a item 3)', () => {
    const p = sample();
    const n = p.education.length;
    const r = applyCapturedValues(p, [
      { path: `education[${n}].school`, value: '某职业学院' },
      { path: `education[${n}].degree`, value: '无' },
      { path: 'education[0].degree', value: '无' },
      { path: 'basic.highestDegree', value: '无' },
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.diff.map((d) => [d.path, d.after])).toEqual([
      [`education[${n}].school`, '某职业学院'],
      [`education[${n}].degree`, '无'],
      ['education[0].degree', '无'],
      ['basic.highestDegree', '无'],
    ]);
    // A box of only a slash or a dash is empty there too: 学士 stays (breaker 24a item 7).
    for (const value of ['/', '-', '—']) expect(applyCapturedValues(sample(), [{ path: 'education[0].degree', value }]), value).toMatchObject({ diff: [], rejected: [] });
  });

  it('takes a "nothing" word (无, 暂无, /, -) as no value, except 奖惩, where it is the format’s 无。', () => {
    const r = applyCapturedValues(reapplicant(), [
      { path: 'basic.phone', value: '无' },
      { path: 'basic.email', value: '暂无' },
      { path: 'basic.address', value: '／' },
      { path: 'basic.postcode', value: '-' },
      { path: 'workSummary', value: '无。' },
      { path: 'awards', value: '暂无' },
    ]);
    expect(r).toMatchObject({ diff: [], rejected: [] });
    const withAwards = sample();
    withAwards.awards = '2019 年度先进个人';
    const none = applyCapturedValues(withAwards, [{ path: 'awards', value: '无' }]);
    expect(none.diff).toEqual([{ path: 'awards', before: '2019 年度先进个人', after: '无。' }]);
  });
});

