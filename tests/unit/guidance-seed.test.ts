import { describe, expect, it } from 'vitest';
import { APPLICATION_STEPS, stepById } from '../../lib/portal/steps';
import type { StepId } from '../../lib/portal/step-ids';
import { isApplicationStep } from '../../lib/portal/step-ids';
import { localAdvice, localStep } from '../../lib/i18n/steps';
import { readLocale } from './i18n-fake';

/**
 * What the overlay's 指引 tells the applicant on each step — the step's needs, then its advice, in
 * one list (components/overlay/Overlay.tsx) — read against the walkthrough (shared/seed, 2020
 * 操作指引; quoted per test) as the Chinese UI shows it (tests/unit/setup.ts installs zh_CN; advice41).
 */
const zh = readLocale('zh_CN');

/** The 指引 list of a step, as shown: needs, then advice. */
function guide(id: StepId): string[] {
  const step = stepById(id);
  return [...localStep(step).needs, ...(isApplicationStep(id) ? localAdvice(id) : [])];
}

/** The Chinese character pairs of a sentence (punctuation, digits and Latin left out). */
function pairs(sentence: string): Set<string> {
  const han = sentence.replace(/[^\u4e00-\u9fff]/g, '');
  return new Set(Array.from({ length: Math.max(0, han.length - 1) }, (_, i) => han.slice(i, i + 2)));
}

describe('the 指引 of each step against the walkthrough', () => {
  it('says each thing once: no sentence of a step repeats another of the same list (half its character pairs or more)', () => {
    const repeats: string[] = [];
    for (const step of APPLICATION_STEPS) {
      const list = guide(step.id);
      list.forEach((a, i) =>
        list.forEach((b, j) => {
          if (i === j) return;
          const own = pairs(a);
          const shared = [...own].filter((p) => pairs(b).has(p)).length;
          if (own.size > 0 && shared / own.size >= 0.5) repeats.push(`${step.id}: ${a} ≈ ${b}`);
        }),
      );
    }
    expect(repeats).toEqual([]);
  });

  it('ends every step the applicant fills with 保存并下一步 (seed 3: 2-11共10项个人信息需申报人填报，每一项填写完点击“保存并下一步”)', () => {
    const filled = APPLICATION_STEPS.filter((s) => (s.order ?? 0) >= 2 && (s.order ?? 0) <= 10);
    expect(filled).toHaveLength(9);
    for (const step of filled) expect(guide(step.id).some((s) => s.includes('“保存并下一步”')), step.id).toBe(true);
  });

  it('starts the series choice at 职称业务申报 (seed 2: 登录个人申报系统，选择“职称业务申报”)', () => {
    expect(guide('select-series')[0]).toContain('“职称业务申报”');
  });

  it('gives the photo rule in the words of the photo finding and explains the guide’s 413×295 (seed 3(2): 大小在500k以内，像素不小于413×295)', () => {
    const photo = guide('basic-info').find((s) => s.startsWith('“个人照片”'))!;
    // The finding of a photo not chosen yet (check_photo_missing_choose) says 小于 500KB: one rule, one wording.
    expect(zh.check_photo_missing_choose!.message).toContain('小于 500KB');
    expect(photo).toContain('小于 500KB');
    expect(photo).toContain('295×413');
    expect(photo).toContain('413×295');
  });

  it('orders education as the walkthrough and the education-order check do: full-time first only within one level (seed 3(4): 按照最高学历从高到低的顺序填报)', () => {
    const order = guide('education').find((s) => s.includes('从高到低'))!;
    expect(order).toContain('最高学历从高到低');
    // A part-time 硕士 stays above a full-time 本科 (lib/checks/education-order.ts): 全日制 first is said of one level.
    expect(order).toMatch(/同一层次.*全日制.*前/);
  });

  it('asks of work periods nothing the walkthrough does not: no overlap, but gaps are allowed (seed 3(5); spec step 5)', () => {
    for (const sentence of guide('work-experience')) expect(sentence).not.toMatch(/衔接|连续/);
    expect(guide('work-experience').some((s) => s.includes('重叠'))).toBe(true);
  });

  it('names the journal legality check’s site as the guide does, wherever it is named (seed 3(8)③: 国家新闻出版广电总局网站)', () => {
    const naming = Object.entries(zh).filter(([, m]) => m.message.includes('国家新闻出版'));
    expect(naming.length).toBeGreaterThan(0);
    for (const [name, m] of naming) expect(m.message, name).toContain('国家新闻出版广电总局');
  });
});
