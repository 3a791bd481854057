/**
 * 工作期间奖惩情况 with nothing to report: the seed (操作指引 3(6)) says “无内容填报则填写‘无。’” —
 * exactly 无。. 无 / 暂无 / 没有 (with or without a full stop) say the same but not as asked: a
 * warning advising 无。; 无。 itself passes (lists6 item 5; already so before lists6).
 */
import { describe, expect, it } from 'vitest';
import { buildCtx } from './ctx';
import { runChecks } from '../../../lib/checks/registry';

const awards = (value: string) => runChecks(buildCtx({ step: 'awards-summary', fields: [{ key: 'awards', value }] }), { only: ['awards-empty'] });

describe('奖惩 with nothing to report', () => {
  it('无。 passes', () => {
    expect(awards('无。')).toEqual([]);
  });
  it.each(['无', '暂无', '没有', '无.', '暂无。', '没有。'])('%s: a warning advising “无。”', (value) => {
    expect(awards(value)).toEqual([expect.objectContaining({ severity: 'warning', message: `没有奖惩时请按要求填写“无。”（“无”加中文句号），现在是“${value}”。` })]);
  });
});
