import { describe, expect, it } from 'vitest';
import { evaluatePhoto } from '../../lib/photo/rules';
import { GOOD_JPEG } from './checks/fixtures';
import { readLocale } from './i18n-fake';

/**
 * How the messages read to an applicant (advice41): one form of address, written Chinese spacing,
 * our own page and buttons called what they are called, a finding that names what its step's
 * walkthrough asks (shared/seed, 2020 操作指引).
 */
const zh = readLocale('zh_CN');
const en = readLocale('en');

describe('the Chinese messages as an applicant reads them', () => {
  it('address the applicant one way, as 您 (the step guidance and most messages did; some said 你)', () => {
    const familiar = Object.keys(zh).filter((k) => zh[k]!.message.includes('你'));
    expect(familiar).toEqual([]);
  });

  it('put no space between two Chinese characters or full-width marks (“第 2 条（本科） 比 第 1 条”, “应为 男 或 女” read machine-made)', () => {
    const spaced = /[\u4e00-\u9fff（）“”，。；：、] +[\u4e00-\u9fff（）“”，。；：、]/;
    const found = Object.keys(zh).filter((k) => spaced.test(zh[k]!.message)).map((k) => `${k}: ${zh[k]!.message}`);
    expect(found).toEqual([]);
  });
});

describe('messages that send the applicant to this helper’s own page or button name it as it is shown', () => {
  it('the profile page by its title and the popup button that opens it; the fill button by its label', () => {
    for (const messages of [zh, en]) {
      const page = `“${messages.options_title!.message.split(' · ').at(-1)!}”`;
      const opener = `“${messages.popup_options!.message}”`;
      const fill = `“${messages.fill_start!.message.replace(/…$/, '')}”`;
      for (const key of ['overlay_notice_no_profile', 'fill_no_profile']) {
        expect(messages[key]!.message, key).toContain(page);
        expect(messages[key]!.message, key).toContain(opener);
      }
      expect(messages.overlay_notice_no_profile!.message).toContain(fill);
      // A field-map pack is imported on that page too.
      expect(messages.step_unknown_need_1!.message).toContain(page);
    }
  });
});

describe('findings say what the walkthrough asks', () => {
  it('a 论文 record without attachment names a report’s signed and sealed copies (seed 3(8)⑤) and a conference paper’s proofs (④)', () => {
    for (const part of ['专项技术分析报告', '本人签名', '盖公章', '会议通知']) expect(zh.check_attachment_missing_publications!.message).toContain(part);
  });

  it('a missing 在岗在职证明材料 says of insurance the system reads what the 证书 guidance says, and no instruction the walkthrough does not give (seed 3(10): 要求为职称系统可直接获取已在广州市缴纳的社保信息)', () => {
    const finding = zh.check_on_job_proof_missing!.message;
    expect(finding).not.toContain('按系统提示');
    expect(finding).toContain('以系统获取的为准');
    expect(zh.step_certificates_need_2!.message).toContain('以系统获取的为准');
  });

  it('a photo too large states the byte limit once, as the photo-missing finding states it (at most 499,999 bytes)', () => {
    const [finding] = evaluatePhoto({ size: 512_000, info: GOOD_JPEG }).findings;
    expect(finding?.message).toContain('最多 499,999 字节');
    expect(finding?.message).not.toContain('500000');
  });
});
