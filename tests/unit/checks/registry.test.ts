import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKS, checkById, runChecks } from '../../../lib/checks/registry';
import { CHECK_IDS, type Check, type CheckContext, type CheckId, type StepRecord } from '../../../lib/checks/types';
import { APPLICATION_STEP_IDS, type ApplicationStepId } from '../../../lib/portal/step-ids';
import { buildCtx, grid, SAVED_AT } from './ctx';
import { goodPhoto, graduateProfile, SAMPLE_ID } from './fixtures';
import { evaluatePhoto } from '../../../lib/photo/rules';
import { installLocale } from '../i18n-fake';

const allSaved: Partial<Record<ApplicationStepId, StepRecord>> = Object.fromEntries(
  APPLICATION_STEP_IDS.map((s): [ApplicationStepId, StepRecord] => [s, { savedAt: SAVED_AT, errors: [] }]),
);

/**
 * One passing and one failing context per check id (the Record type forces every id to be
 * covered), built in the current UI language: findings made before the checks run (the photo
 * rules', where the file is read) are worded then.
 */
const buildCases = (): Record<CheckId, { pass: CheckContext; fail: CheckContext }> => ({
  'id-number-checksum': {
    pass: buildCtx({ fields: [{ key: 'basic.idNumber', value: SAMPLE_ID }] }),
    fail: buildCtx({ fields: [{ key: 'basic.idNumber', value: '440106199203151235' }] }),
  },
  'id-birthdate-mismatch': {
    pass: buildCtx({ fields: [{ key: 'basic.idNumber', value: SAMPLE_ID }, { key: 'basic.birthDate', value: '1992-03-15' }] }),
    fail: buildCtx({ fields: [{ key: 'basic.idNumber', value: SAMPLE_ID }, { key: 'basic.birthDate', value: '1992-03-16' }] }),
  },
  'id-gender-mismatch': {
    pass: buildCtx({ fields: [{ key: 'basic.idNumber', value: SAMPLE_ID }, { key: 'basic.gender', value: '男' }] }),
    fail: buildCtx({ fields: [{ key: 'basic.idNumber', value: SAMPLE_ID }, { key: 'basic.gender', value: '女' }] }),
  },
  'mobile-format': {
    pass: buildCtx({ fields: [{ key: 'basic.mobile', value: '13800000000' }] }),
    fail: buildCtx({ fields: [{ key: 'basic.mobile', value: '12800000000' }] }),
  },
  'postcode-format': {
    pass: buildCtx({ fields: [{ key: 'basic.postcode', value: '510000' }] }),
    fail: buildCtx({ fields: [{ key: 'basic.postcode', value: '51000' }] }),
  },
  'email-format': {
    pass: buildCtx({ fields: [{ key: 'basic.email', value: 'zhangxm@example.com' }] }),
    fail: buildCtx({ fields: [{ key: 'basic.email', value: 'zhangxm@example' }] }),
  },
  'credit-code-checksum': {
    pass: buildCtx({ fields: [{ key: 'basic.employerCreditCode', value: '91350100M000100Y43' }] }),
    fail: buildCtx({ fields: [{ key: 'basic.employerCreditCode', value: '91350100M000100Y44' }] }),
  },
  'required-field': {
    pass: buildCtx({ controls: [{ labels: [{ source: 'cell-left', raw: '* 姓名：', text: '姓名', required: true }], required: true, value: '张小明' }] }),
    fail: buildCtx({ controls: [{ labels: [{ source: 'cell-left', raw: '* 姓名：', text: '姓名', required: true }], required: true, value: '' }] }),
  },
  'photo-format': { pass: buildCtx({ photo: goodPhoto() }), fail: buildCtx({ photo: evaluatePhoto({ size: 1000, info: { kind: 'not-jpeg', detected: 'png' } }) }) },
  'photo-size': { pass: buildCtx({ photo: goodPhoto({}, 499_999) }), fail: buildCtx({ photo: goodPhoto({}, 500_000) }) },
  'photo-dimensions': { pass: buildCtx({ photo: goodPhoto() }), fail: buildCtx({ photo: goodPhoto({ width: 294, rawWidth: 294 }) }) },
  'photo-color-depth': { pass: buildCtx({ photo: goodPhoto() }), fail: buildCtx({ photo: goodPhoto({ components: 4, colorTransform: 'cmyk' }) }) },
  'qualification-level-mismatch': {
    pass: buildCtx({ fields: [{ key: 'application.level', value: '初级' }, { key: 'application.qualificationName', value: '助理工程师' }] }),
    fail: buildCtx({ fields: [{ key: 'application.level', value: '初级' }, { key: 'application.qualificationName', value: '工程师' }] }),
  },
  'committee-level-mismatch': {
    pass: buildCtx({ headings: ['中级初次职称考核认定'], fields: [{ key: 'application.committee', value: '广州市工程系列生态环境专业中级职称评审委员会' }] }),
    fail: buildCtx({ headings: ['中级初次职称考核认定'], fields: [{ key: 'application.committee', value: '广州市工程系列生态环境专业初级职称评审委员会' }] }),
  },
  'qualification-type': {
    pass: buildCtx({ step: 'select-series', fields: [{ key: 'application.qualificationType', value: '工程技术人员' }] }),
    fail: buildCtx({ step: 'select-series', fields: [{ key: 'application.qualificationType', value: '卫生技术人员' }] }),
  },
  'specialty-missing': {
    pass: buildCtx({ fields: [{ key: 'application.specialty', value: '生态环境监测' }] }),
    fail: buildCtx({ fields: [{ key: 'application.specialty', value: '' }] }),
  },
  'review-group-not-empty': {
    pass: buildCtx({ fields: [{ key: 'page.reviewGroup', value: '' }] }),
    fail: buildCtx({ fields: [{ key: 'page.reviewGroup', value: '大气环境组' }] }),
  },
  'record-sequence': {
    pass: buildCtx({ step: 'education', grids: [grid(['记录序号', '学历'], [['1', '硕士研究生'], ['2', '大学本科']])] }),
    fail: buildCtx({ step: 'education', grids: [grid(['记录序号', '学历'], [['1', '硕士研究生'], ['3', '大学本科']])] }),
  },
  'education-order': {
    pass: buildCtx({ step: 'education', grids: [grid(['记录序号', '学历'], [['1', '硕士研究生'], ['2', '大学本科']])] }),
    fail: buildCtx({ step: 'education', grids: [grid(['记录序号', '学历'], [['1', '大学本科'], ['2', '硕士研究生']])] }),
  },
  'record-period-order': {
    pass: buildCtx({ step: 'education', fields: [{ key: 'education.startDate', value: '2012.09' }, { key: 'education.endDate', value: '2016年6月' }] }),
    fail: buildCtx({ step: 'education', fields: [{ key: 'education.startDate', value: '2020.09' }, { key: 'education.endDate', value: '2016年6月' }] }),
  },
  'social-insurance-reason': {
    pass: buildCtx({ step: 'work-experience', fields: [{ key: 'workHistory.socialInsurancePaid', value: '否' }, { key: 'workHistory.noSocialInsuranceReason', value: '在读期间实习' }] }),
    fail: buildCtx({ step: 'work-experience', fields: [{ key: 'workHistory.socialInsurancePaid', value: '否' }, { key: 'workHistory.noSocialInsuranceReason', value: '' }] }),
  },
  'awards-empty': {
    pass: buildCtx({ step: 'awards-summary', fields: [{ key: 'awards', value: '无。' }] }),
    fail: buildCtx({ step: 'awards-summary', fields: [{ key: 'awards', value: '' }] }),
  },
  'summary-empty': {
    pass: buildCtx({ step: 'awards-summary', fields: [{ key: 'workSummary', value: '本人从事水质监测工作五年。' }] }),
    fail: buildCtx({ step: 'awards-summary', fields: [{ key: 'workSummary', value: '  ' }] }),
  },
  'text-over-limit': {
    pass: buildCtx({ step: 'awards-summary', fields: [{ key: 'workSummary', value: '本人从事水质监测工作五年。', control: { kind: 'textarea', labels: [{ source: 'cell-left', raw: '个人总结（限20字以内）', text: '个人总结(限20字以内)', required: false }] } }] }),
    fail: buildCtx({ step: 'awards-summary', fields: [{ key: 'workSummary', value: '本人从事水质监测工作五年，负责采样与实验室分析。', control: { kind: 'textarea', labels: [{ source: 'cell-left', raw: '个人总结（限20字以内）', text: '个人总结(限20字以内)', required: false }] } }] }),
  },
  'attachment-missing': {
    pass: buildCtx({ step: 'achievements', grids: [grid(['记录序号', '项目名称', '附件'], [['1', '监测项目', '查看附件']])] }),
    fail: buildCtx({ step: 'achievements', grids: [grid(['记录序号', '项目名称', '附件'], [['1', '监测项目', '无']])] }),
  },
  'on-job-proof-missing': {
    pass: buildCtx({ step: 'certificates', grids: [grid(['附件名称', '记录序号', '操作'], [['在岗在职证明材料', '1', '删除']])] }),
    fail: buildCtx({ step: 'certificates', grids: [grid(['附件名称', '记录序号', '操作'], [['学历证书', '1', '删除']])] }),
  },
  'annual-review-disqualifying': {
    pass: buildCtx({ step: 'annual-review', grids: [grid(['记录序号', '考核年度', '考核结果'], [['1', '2019', '合格']])] }),
    fail: buildCtx({ step: 'annual-review', grids: [grid(['记录序号', '考核年度', '考核结果'], [['1', '2019', '基本称职']])] }),
  },
  eligibility: {
    pass: buildCtx({ profile: graduateProfile(), fields: [{ key: 'application.qualificationName', value: '助理工程师' }] }),
    fail: buildCtx({ profile: graduateProfile(), fields: [{ key: 'application.qualificationName', value: '工程师' }] }),
  },
  'submit-consent': {
    pass: buildCtx({ step: 'submit', fields: [{ key: 'page.consent', value: 'true' }] }),
    fail: buildCtx({ step: 'submit', fields: [{ key: 'page.consent', value: 'false' }] }),
  },
  'photo-missing': {
    pass: buildCtx({ fields: [{ key: 'page.photo', value: '', control: { kind: 'file', type: 'file', savedFile: { kind: 'image', text: '照片' } } }] }),
    fail: buildCtx({ fields: [{ key: 'page.photo', value: '', control: { kind: 'file', type: 'file', savedFile: null } }] }),
  },
  'unfinished-steps': {
    pass: buildCtx({ step: 'submit', history: allSaved }),
    fail: buildCtx({ step: 'submit', history: { ...allSaved, 'basic-info': { savedAt: SAVED_AT, errors: [{ checkId: 'mobile-format', field: 'basic.mobile' }] } } }),
  },
});
const CASES = buildCases();

describe('checks registry', () => {
  afterEach(() => vi.restoreAllMocks());

  it('holds exactly one check per id', () => {
    expect(CHECKS.map((c) => c.id).sort()).toEqual([...CHECK_IDS].sort());
  });

  it.each(CHECK_IDS)('%s: silent on the passing case, reports on the failing case', (id) => {
    const { pass, fail } = CASES[id];
    expect(runChecks(pass, { only: [id] })).toEqual([]);
    const findings = runChecks(fail, { only: [id] });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.checkId).toBe(id);
      expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  // The photo rules' findings are worded where the file is read (lib/photo/rules.ts), so the
  // English case is built in English, as is the eligibility estimate whose reasons the
  // eligibility finding quotes (lib/eligibility.ts).
  it.each(CHECK_IDS)('%s: reports in English in an English browser', (id) => {
    const chinese = runChecks(CASES[id].fail, { only: [id] });
    installLocale('en');
    try {
      const english = runChecks(buildCases()[id].fail, { only: [id] });
      expect(english.map(({ message, ...rest }) => rest)).toEqual(chinese.map(({ message, ...rest }) => rest));
      english.forEach((f, i) => {
        expect(f.message).not.toBe(chinese[i]!.message);
        expect(f.message).toMatch(/[a-z]{3,} [a-z]{2,}/);
      });
    } finally {
      installLocale('zh_CN');
    }
  });

  it('runs only the checks of the current step', () => {
    const ctx = { ...CASES['submit-consent'].fail, step: 'basic-info' as const };
    expect(runChecks(ctx, { only: ['submit-consent'] })).toEqual([]);
  });

  it('sorts errors before warnings', () => {
    const ctx = buildCtx({
      fields: [
        { key: 'page.reviewGroup', value: '大气环境组' },
        { key: 'basic.mobile', value: '123' },
      ],
    });
    expect(runChecks(ctx).map((f) => f.severity)).toEqual(['error', 'warning']);
  });

  it('keeps registry order within a severity', () => {
    const ctx = buildCtx({
      fields: [
        { key: 'page.reviewGroup', value: '大气环境组' },
        { key: 'basic.postcode', value: '51000' },
        { key: 'basic.mobile', value: '123' },
        { key: 'basic.idNumber', value: '440106199203151235' },
      ],
    });
    expect(runChecks(ctx).map((f) => `${f.severity}:${f.checkId}`)).toEqual([
      'error:id-number-checksum',
      'error:mobile-format',
      'error:postcode-format',
      'warning:review-group-not-empty',
    ]);
  });

  it('never throws: a failing check yields nothing and a console.warn', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const check = checkById('mobile-format') as Check;
    const original = check.run;
    check.run = () => {
      throw new Error('boom');
    };
    try {
      expect(runChecks(CASES['mobile-format'].fail, { only: ['mobile-format'] })).toEqual([]);
      expect(warn).toHaveBeenCalledOnce();
    } finally {
      check.run = original;
    }
  });
});
