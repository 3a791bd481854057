import { describe, expect, it } from 'vitest';
import { applyCapturedValues } from '../../../lib/profile/capture';
import { parseProfileFile } from '../../../lib/profile/format-v1';
import { emptyProfile } from '../../../lib/profile/schema';
import { SAMPLE_TEXT } from './fixtures';

function sample() {
  const r = parseProfileFile(SAMPLE_TEXT);
  if (!r.ok) throw new Error('sample refused');
  return r.profile;
}

describe('applyCapturedValues', () => {
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
    const r = applyCapturedValues(sample(), [
      { path: 'basic.birthDate', value: '1992/3/15' },
      { path: 'education[0].startDate', value: '2011年9月' },
      { path: 'workHistory[0].socialInsurancePaid', value: '否' },
      { path: 'workHistory[0].endDate', value: '至今' },
      { path: 'achievements[0].endDate', value: '2019.12' },
    ]);
    expect(r.profile.basic.birthDate).toBe('1992-03-15');
    expect(r.profile.education[0]!.startDate).toBe('2011-09');
    expect(r.profile.workHistory[0]!.socialInsurancePaid).toBe(false);
    expect(r.profile.workHistory[0]!.endDate).toBeNull();
    expect(r.profile.achievements[0]!.endDate).toBe('2019-12');
    expect(r.diff.map((d) => d.path)).toEqual(['education[0].startDate', 'workHistory[0].socialInsurancePaid', 'achievements[0].endDate']);
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
      'basic.gender: 性别应为 男 或 女',
      'annualReviews[0].year: 应为整数',
      'basic.birthDate: 日期格式应为 YYYY-MM-DD',
    ]);
  });
});
