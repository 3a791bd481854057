import type { JpegInfo } from '../../../lib/photo/inspect';
import type { PhotoFacts } from '../../../lib/checks/types';
import { evaluatePhoto } from '../../../lib/photo/rules';
import { profileWith } from './ctx';

/** Inspection facts of a compliant 295 × 413 baseline colour JPEG. */
export const GOOD_JPEG: JpegInfo = {
  kind: 'jpeg',
  width: 295,
  height: 413,
  rawWidth: 295,
  rawHeight: 413,
  components: 3,
  precision: 8,
  colorTransform: 'ycbcr',
  progressive: false,
  arithmetic: false,
  sofMarker: 0xc0,
  orientation: 1,
};

export const goodPhoto = (patch: Partial<JpegInfo> = {}, size = 40_000): PhotoFacts => evaluatePhoto({ size, info: { ...GOOD_JPEG, ...patch } });

/** The spec's sample ID (check digit verified: 6 is correct). Born 1992-03-15, male. */
export const SAMPLE_ID = '440106199203151236';

/** A 大学本科 graduate (full-time, 2015) working since 2015-07 with results: 助理级 at 2020-12-31. */
export const graduateProfile = () =>
  profileWith({
    education: [
      { seq: 1, startDate: '2011-09-01', endDate: '2015-06-30', school: '某某大学', major: '环境工程', educationLevel: '大学本科', degree: '学士', studyMode: '全日制', certificateNo: '' },
    ],
    workHistory: [
      { seq: 1, startDate: '2015-07-01', endDate: null, employer: '广州某环境监测有限公司', post: '技术员', duties: '', socialInsurancePaid: true, noSocialInsuranceReason: '' },
    ],
    achievements: [{ seq: 1, startDate: '2018-03-01', endDate: '2019-12-31', title: '某区地表水监测项目', role: '主要完成人', content: '', result: '' }],
    annualReviews: [{ year: 2019, result: '合格' }],
  });
