// Breaker 32p item 6: a helpdesk editing an exported file by hand and typing 是 where the file
// holds true was told "应为是/否，实际为文本（现为 "是"）" — the message asked for what was there.
// It now says what the file must hold.
import { describe, expect, it } from 'vitest';
import { parseProfileFile } from '../../../lib/profile/format-v1';
import { sampleDoc } from '../profile/fixtures';

describe('a 是/否 value typed as text in a hand-edited file', () => {
  it.each(['是', '否'])('is refused saying to write true or false, not 是/否 (%s)', (typed) => {
    const doc = sampleDoc();
    doc.profile.workHistory[0].socialInsurancePaid = typed;
    const parsed = parseProfileFile(JSON.stringify(doc));
    const messages = parsed.ok ? ['imported'] : parsed.errors.map((e) => e.message);
    expect(messages).toEqual([`工作经历 第 1 条 · 是否缴纳社保：应为 true 或 false（是 / 否），实际为文本（现为 "${typed}"）`]);
  });

  it('and when it is missing', () => {
    const doc = sampleDoc();
    doc.profile.workHistory[0].socialInsurancePaid = null;
    const parsed = parseProfileFile(JSON.stringify(doc));
    expect(parsed.ok ? 'imported' : parsed.errors[0]!.message).toContain('应为 true 或 false');
  });
});
