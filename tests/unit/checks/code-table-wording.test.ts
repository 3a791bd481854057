import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../lib/checks/registry';
import type { CheckContext } from '../../../lib/checks/types';
import { buildCtx, grid } from './ctx';

/** "checkId:severity" of the findings of the three checks that read a select against a vocabulary. */
const findings = (ctx: CheckContext) =>
  runChecks(ctx, { only: ['qualification-level-mismatch', 'qualification-type', 'specialty-missing'] }).map((f) => `${f.checkId}:${f.severity}`);

const junior = (qualificationName: string) =>
  buildCtx({ headings: ['初级初次职称考核认定'], fields: [{ key: 'application.qualificationName', value: qualificationName }] });

describe('checks read code-table wordings of a select as the vocabulary word', () => {
  it('qualification-level-mismatch: 01-助理工程师 and 助理工程师（助理级） are 助理工程师; 01-工程师 and 高级工程师 are not', () => {
    expect(findings(junior('01-助理工程师'))).toEqual([]);
    expect(findings(junior('助理工程师（助理级）'))).toEqual([]);
    expect(findings(junior('02-技术员(员级)'))).toEqual([]);
    expect(findings(junior('助理工程师（生态环境）'))).toEqual([]);
    expect(findings(junior('03-工程师'))).toEqual(['qualification-level-mismatch:error']);
    expect(findings(junior('高级工程师'))).toEqual(['qualification-level-mismatch:error']);
  });

  it('qualification-level-mismatch: a name given only as its grade (员级 / 助理级 / 中级) is read by the level (probe 13a item 5)', () => {
    const middle = (qualificationName: string) =>
      buildCtx({ headings: ['中级初次职称考核认定'], fields: [{ key: 'application.qualificationName', value: qualificationName }] });
    expect(findings(junior('助理级'))).toEqual([]);
    expect(findings(junior('员级'))).toEqual([]);
    expect(findings(junior('02-助理级'))).toEqual([]);
    expect(findings(junior('中级'))).toEqual(['qualification-level-mismatch:error']);
    expect(findings(junior('副高级'))).toEqual(['qualification-level-mismatch:error']);
    expect(findings(middle('中级'))).toEqual([]);
    expect(findings(middle('助理级'))).toEqual(['qualification-level-mismatch:error']);
    // A qualifier that is no grade names no title: 技术员（工程） is 技术员, 工程 alone is not.
    expect(findings(junior('工程'))).toEqual(['qualification-level-mismatch:error']);
  });

  it('qualification-level-mismatch: a grade after a code with any separator or before 职称 is its title; a title beside a grade wins (breaker 30a items 11, 12)', () => {
    const middle = (qualificationName: string) =>
      buildCtx({ headings: ['中级初次职称考核认定'], fields: [{ key: 'application.qualificationName', value: qualificationName }] });
    for (const value of ['02.助理级', '02 助理级', '02、助理级', '助理级职称', '02-助理级职称', '助理工程师职称', '助理工程师-助理级', '工程技术人员-助理级']) {
      expect(findings(junior(value)), value).toEqual([]);
    }
    for (const value of ['02.中级', '中级职称', '工程师-助理级', '工程师(中级)-助理级', '高级工程师-助理级']) {
      expect(findings(junior(value)), value).toEqual(['qualification-level-mismatch:error']);
    }
    expect(findings(middle('02、中级'))).toEqual([]);
    expect(findings(middle('高级工程师-中级'))).toEqual(['qualification-level-mismatch:error']);
    expect(findings(middle('助理工程师-中级'))).toEqual(['qualification-level-mismatch:error']);
  });

  it('qualification-level-mismatch: 职称 before a bracketed specialty is dropped with it (breaker 31b item 7)', () => {
    const middle = (qualificationName: string) =>
      buildCtx({ headings: ['中级初次职称考核认定'], fields: [{ key: 'application.qualificationName', value: qualificationName }] });
    expect(findings(junior('助理工程师职称（生态环境）'))).toEqual([]);
    expect(findings(junior('技术员职称(环境监测)'))).toEqual([]);
    expect(findings(middle('工程师职称（生态环境）'))).toEqual([]);
    expect(findings(junior('工程师职称（生态环境）'))).toEqual(['qualification-level-mismatch:error']);
    expect(findings(middle('高级工程师职称（生态环境）'))).toEqual(['qualification-level-mismatch:error']);
  });

  it('qualification-type: 01-工程技术人员 passes, 02-卫生技术人员 and 工程技术人员以外 do not', () => {
    const type = (value: string) => findings(buildCtx({ step: 'select-series', fields: [{ key: 'application.qualificationType', value }] }));
    expect(type('01-工程技术人员')).toEqual([]);
    expect(type('(01)工程技术人员')).toEqual([]);
    expect(type('02-卫生技术人员')).toEqual(['qualification-type:error']);
    expect(type('非工程技术人员')).toEqual(['qualification-type:error']);
  });

  it('specialty-missing: 03-生态环境监测 is a known specialty, 生态环境监测以外 is not', () => {
    const specialty = (value: string) => findings(buildCtx({ fields: [{ key: 'application.specialty', value }] }));
    expect(specialty('03-生态环境监测')).toEqual([]);
    // A discipline code of six digits or with letters (probe 8 item 19): no false warning.
    expect(specialty('070303-生态环境监测')).toEqual([]);
    expect(specialty('[070303]生态环境监测')).toEqual([]);
    expect(specialty('070303 生态环境监测')).toEqual([]);
    expect(specialty('GC0703-生态环境工程')).toEqual([]);
    expect(specialty('生态环境监测以外')).toEqual(['specialty-missing:warning']);
  });

  it('annual-review-disqualifying reads both rules’ grades written together (probe 8 item 19): 合格（称职） passes; 基本合格（基本称职） and 不合格（不称职） are found', () => {
    const review = (latest: string, form = '') =>
      runChecks(
        buildCtx({
          step: 'annual-review',
          grids: [grid(['记录序号', '考核年度', '考核结果', '附件'], [['1', '2023', '合格（称职）', '查看'], ['2', '2024', latest, '查看']])],
          fields: form ? [{ key: 'annualReviews.result', value: form }] : [],
        }),
        { only: ['annual-review-disqualifying'] },
      ).map((f) => `${f.checkId}:${f.severity}`);
    expect(review('合格（称职）')).toEqual([]);
    expect(review('称职（合格）', '2-合格（称职）')).toEqual([]);
    expect(review('基本合格（基本称职）')).toEqual(['annual-review-disqualifying:error']);
    expect(review('不合格（不称职）')).toEqual(['annual-review-disqualifying:error']);
    expect(review('优秀', '4-不合格（不称职）')).toEqual(['annual-review-disqualifying:warning']);
  });

  it('education-order reads 普通全日制 / 全日制普通高等教育 as full-time and 成人教育 / 函授 / 非全日制 as not (probe 8 item 19)', () => {
    const order = (first: string, second: string) =>
      runChecks(
        buildCtx({
          step: 'education',
          grids: [grid(['记录序号', '毕业院校', '学历', '学习形式'], [['1', '甲大学', '大学本科', first], ['2', '乙大学', '大学本科', second]])],
        }),
        { only: ['education-order'] },
      ).map((f) => `${f.checkId}:${f.severity}`);
    expect(order('普通全日制', '成人教育')).toEqual([]);
    expect(order('全日制普通高等教育', '函授')).toEqual([]);
    expect(order('成人教育', '普通全日制')).toEqual(['education-order:warning']);
    expect(order('非全日制', '全日制普通')).toEqual(['education-order:warning']);
    expect(order('自学考试', '网络教育')).toEqual([]);
  });
});
