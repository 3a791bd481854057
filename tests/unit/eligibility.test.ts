import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_RULES, estimateEligibility } from '../../lib/eligibility';
import type { EducationRecord } from '../../lib/profile/schema';
import { profileWith } from './checks/ctx';
import { graduateProfile } from './checks/fixtures';

const edu = (patch: Partial<EducationRecord>): EducationRecord => ({
  seq: 1, startDate: '', endDate: '2015-06-30', school: '某某大学', major: '环境工程', educationLevel: '大学本科', degree: '', studyMode: '全日制', certificateNo: '', ...patch,
});

describe('estimateEligibility (spec/portal.md §Eligibility)', () => {
  it('大学本科 full-time + ≥ 1 year + results → 助理级', () => {
    const e = estimateEligibility(graduateProfile(), '2020-12-31');
    expect(e).toMatchObject({ level: '助理级', eligible: true, qualificationNames: ['助理工程师', '技术员'], disqualifiers: [] });
    expect(e.basis.education?.educationLevel).toBe('大学本科');
    expect(e.basis.years).toBe(5.41); // 2015-07-01 → 2020-12-31 = 65 whole months
    expect(e.reasons[0]).toContain('可申报助理级');
  });

  it('counts years to the counting date: 本科 with under a year of work is not yet eligible', () => {
    const e = estimateEligibility(graduateProfile(), '2016-06-15');
    expect(e.level).toBeNull();
    expect(e.eligible).toBe(false);
    expect(e.reasons.join()).toContain('需满 1 年');
  });

  it('大学专科 needs 3 years; 硕士 gives 助理级 at once and 中级 after 3 years; 博士 gives 中级', () => {
    const base = graduateProfile();
    expect(estimateEligibility({ ...base, education: [edu({ educationLevel: '大学专科', endDate: '2018-06-30' })] }, '2020-12-31').level).toBeNull();
    expect(estimateEligibility({ ...base, education: [edu({ educationLevel: '大学专科', endDate: '2015-06-30' })] }, '2020-12-31').level).toBe('助理级');
    expect(estimateEligibility({ ...base, education: [edu({ educationLevel: '硕士研究生', endDate: '2020-06-30' })] }, '2020-12-31').level).toBe('助理级');
    const master = estimateEligibility({ ...base, education: [edu({ educationLevel: '硕士研究生', endDate: '2015-06-30' })] }, '2020-12-31');
    expect(master).toMatchObject({ level: '中级', qualificationNames: ['工程师', '助理工程师', '技术员'] });
    expect(estimateEligibility({ ...base, education: [edu({ educationLevel: '博士研究生', endDate: '2020-06-30' })] }, '2020-12-31').level).toBe('中级');
    expect(estimateEligibility({ ...base, education: [edu({ educationLevel: '中专', endDate: '2015-06-30' })] }, '2020-12-31').level).toBe('员级');
  });

  it('counts overlapping work periods once and ignores work before graduation', () => {
    const p = profileWith({
      education: [edu({ educationLevel: '大学专科', endDate: '2017-07-01' })],
      workHistory: [
        { seq: 1, startDate: '2016-01-01', endDate: '2019-01-01', employer: 'A', post: '', duties: '', socialInsurancePaid: true, noSocialInsuranceReason: '' },
        { seq: 2, startDate: '2018-01-01', endDate: '2020-01-01', employer: 'B', post: '', duties: '', socialInsurancePaid: true, noSocialInsuranceReason: '' },
      ],
      achievements: graduateProfile().achievements,
    });
    const e = estimateEligibility(p, '2020-12-31');
    expect(e.basis.years).toBe(2.5); // 2017-07-01 → 2020-01-01 = 30 months
    expect(e.level).toBeNull();
  });

  it('part-time education does not count', () => {
    const p = { ...graduateProfile(), education: [edu({ studyMode: '非全日制', educationLevel: '硕士研究生' })] };
    const e = estimateEligibility(p, '2020-12-31');
    expect(e.level).toBeNull();
    expect(e.disqualifiers.join()).toContain('没有全日制学历');
  });

  it('an existing title or a latest review of 基本称职/不称职 disqualifies; a missing results record too', () => {
    const titled = { ...graduateProfile(), qualificationHistory: [{ seq: 1, name: '技术员', series: '工程系列', specialty: '', obtainedDate: '2017-12-30', certificateNo: '', approvedBy: '' }] };
    expect(estimateEligibility(titled, '2020-12-31')).toMatchObject({ level: '助理级', eligible: false });
    const reviewed = { ...graduateProfile(), annualReviews: [{ year: 2018, result: '合格' }, { year: 2019, result: '基本称职' }] };
    expect(estimateEligibility(reviewed, '2020-12-31').disqualifiers.join()).toContain('2019 年');
    const olderBad = { ...graduateProfile(), annualReviews: [{ year: 2018, result: '不称职' }, { year: 2019, result: '合格' }] };
    expect(estimateEligibility(olderBad, '2020-12-31').eligible).toBe(true);
    expect(estimateEligibility({ ...graduateProfile(), achievements: [] }, '2020-12-31').eligible).toBe(false);
  });

  it('rejects a malformed counting date', () => {
    expect(() => estimateEligibility(graduateProfile(), '2020/12/31')).toThrow(RangeError);
  });

  it('the rule table covers every row of the published table', () => {
    expect(ELIGIBILITY_RULES).toHaveLength(7);
  });
});
