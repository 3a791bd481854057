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

/**
 * Row labels of the applicant's own consent at 完成并送审 (a pledge, a declaration, their own 意见, 是否同意送审) and
 * row labels of questions that offer 同意 or 承诺 but are someone else's or no consent (the unit's, a date, a term):
 * breaker 13, breaker 14b item 1; the applicant as 申请人 / 填报人 / 参评人, 送审声明, 信息确认 (breaker 15b item 3);
 * 是否同意 / 是否确认 + 本 / 所 / 以上 / 并 + another matter (调剂, 公示, 推荐, 首次申报: breaker 15b item 1).
 */
export const CONSENT_LABELS = ['申报人承诺', '诚信承诺', '本人郑重承诺', '个人承诺', '是否同意送审', '申报人意见', '本人意见', '承诺声明', '个人声明', '诚信声明', '本人对以上内容的真实性负责', '本人承诺', '承诺', '确认', '是否同意', '送审确认', '我已阅读并同意以上承诺', '确认以上信息无误',
  '申请人承诺', '填报人承诺', '参评人承诺', '申请人声明', '申请人意见', '送审声明', '信息确认', '是否同意提交', '本人同意并承诺', '本人确认所填信息真实'];
export const NON_CONSENT_LABELS = ['单位意见', '单位审核意见', '同意调剂', '是否同意调剂', '是否同意公示', '确认日期', '承诺人', '承诺人（签字）', '同意推荐', '审核意见', '承诺期限', '承诺事项',
  '是否同意本次调剂', '是否同意并服从调剂', '是否同意本人信息公示', '是否同意本单位推荐', '是否同意所在单位推荐', '是否同意以上调剂安排', '是否确认本人为首次申报', '本人同意并服从调剂', '申请人确认日期', '负责人确认'];
