/**
 * Breaker 64a B64a-7: 送审 and 保存 in wordings other portals use — 确定 where the seed says 确认
 * (确定送审, 确定提交, 确定申报, 确定保存 / 确认保存), 提交申请, 完成申报 — were no 送审 / 保存: pressed
 * with 同意 unticked or a wrong field, they went through unchecked. The browser test: tests/e2e/breakers63-65.test.ts (b64a).
 */
import { describe, expect, it } from 'vitest';
import { classifyPortalButton } from '../../../lib/page/buttons';

describe('B64a-7 送审 and 保存 worded with 确定, 提交申请, 完成申报', () => {
  it('reads 确定送审, 确定提交, 确定申报, 提交申请, 完成申报, 完成送审 as 送审', () => {
    for (const text of ['确定送审', '确定提交', '确定申报', '提交申请', '完成申报', '完成送审', '[确定送审]']) expect(classifyPortalButton(text), text).toBe('submit');
  });

  it('reads 确认保存 as 保存, as 确定保存 was', () => {
    for (const text of ['确认保存', '确定保存']) expect(classifyPortalButton(text), text).toBe('save');
  });

  it('leaves a bare 确定 / 确认 / 完成, and 申请 words that send nothing, alone', () => {
    for (const text of ['确定', '确认', '完成', '申请', '申请须知', '查看申请', '确定选择']) expect(classifyPortalButton(text), text).toBeNull();
  });
});
