import type { EducationRecord, Profile } from '../../../lib/profile/schema';
import { profileWith } from '../checks/ctx';
import { graduateProfile } from '../checks/fixtures';

/**
 * Profiles that between them make the eligibility estimate say every one of its sentences
 * (lib/eligibility.ts), each with the counting date it is estimated at (task i18n45).
 */
const edu = (patch: Partial<EducationRecord>): EducationRecord => ({
  seq: 1, startDate: '', endDate: '2015-06-30', school: '某某大学', major: '环境工程', educationLevel: '大学本科', degree: '', studyMode: '全日制', certificateNo: '', ...patch,
});
const title = (seq: number, name: string, obtainedDate: string) => ({ seq, name, series: '工程系列', specialty: '', obtainedDate, certificateNo: '', approvedBy: '' });

export const ESTIMATE_CASES: Record<string, { profile: Profile; countingDate: string }> = {
  /** 本科 for five years: the level, the results it needs, the major; no disqualifier. */
  eligible: { profile: graduateProfile(), countingDate: '2020-12-31' },
  /** 本科 under a year: the years it needs, in years and months. */
  tooEarly: { profile: graduateProfile(), countingDate: '2016-06-15' },
  /** 硕士 just graduated: no years needed (不限工作年限), and no results. */
  master: { profile: { ...graduateProfile(), education: [edu({ educationLevel: '硕士研究生', endDate: '2020-06-30' })] }, countingDate: '2020-12-31' },
  /** Part-time with and without a school, a record without its mode: no full-time education. */
  partTime: {
    profile: {
      ...graduateProfile(),
      education: [edu({ studyMode: '非全日制', educationLevel: '硕士研究生' }), edu({ seq: 2, school: '', studyMode: '非全日制' }), edu({ seq: 3, studyMode: '' })],
    },
    countingDate: '2020-12-31',
  },
  /** No education at all. */
  noEducation: { profile: profileWith({}), countingDate: '2020-12-31' },
  /** Full-time without a graduation date. */
  noEndDate: { profile: { ...graduateProfile(), education: [edu({ endDate: '' })] }, countingDate: '2020-12-31' },
  /** Two titles held (one without its date), no results, and a latest review of 基本称职. */
  disqualified: {
    profile: {
      ...graduateProfile(),
      achievements: [],
      qualificationHistory: [title(1, '技术员', '2017-12-30'), title(2, '助理工程师', '')],
      annualReviews: [{ year: 2018, result: '合格' }, { year: 2019, result: '基本称职' }],
    },
    countingDate: '2020-12-31',
  },
  /** A title held and nothing after it: the finding quoting it says whom to ask already. */
  titled: { profile: { ...graduateProfile(), qualificationHistory: [title(1, '技术员', '2017-12-30')] }, countingDate: '2020-12-31' },
};
