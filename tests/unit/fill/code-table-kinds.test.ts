/**
 * Code-table wordings a portal may use beside the profile's word (breaker 17 item 6): other names
 * of 01 中共党员, GB/T 3304's letter codes, a level with its degree or school kind, a degree in its
 * 门类 — chosen when they can mean only the profile's value, and each near miss left to the user.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/page/normalize';
import type { OptionSnapshot } from '../../../lib/page/snapshot';
import { findOption } from '../../../lib/fill/plan';

const options = (...texts: string[]): OptionSnapshot[] =>
  texts.map((text, i) => ({ value: String(i + 1), text, norm: normalizeText(text), disabled: false, selected: false, placeholder: false }));
const chosen = (texts: string[], wanted: string) => findOption(options(...texts), wanted)?.text;

describe('政治面貌', () => {
  it('中共党员 is 中国共产党员, 共产党员, 中共党员（含预备党员）', () => {
    expect(chosen(['中国共产党员', '中国共产党预备党员', '共青团员', '群众'], '中共党员')).toBe('中国共产党员');
    expect(chosen(['共产党员', '共青团员', '群众'], '中共党员')).toBe('共产党员');
    expect(chosen(['中共党员(含预备党员)', '共青团员', '群众'], '中共党员')).toBe('中共党员(含预备党员)');
  });
  it('never 中共预备党员 or 共青团员 for 中共党员; the folded option is not taken for a 预备党员 either', () => {
    expect(chosen(['中共预备党员', '共青团员', '群众'], '中共党员')).toBeUndefined();
    expect(chosen(['中国共产党预备党员', '共青团员'], '中共党员')).toBeUndefined();
    expect(chosen(['中共党员(含预备党员)', '共青团员', '群众'], '中共预备党员')).toBeUndefined();
    expect(chosen(['中国共产党员', '共产党员'], '中共党员')).toBeUndefined();
  });
});

describe('民族', () => {
  it('汉族 is 汉族(HA): GB/T 3304 letter codes in brackets', () => {
    expect(chosen(['汉族(HA)', '蒙古族(MG)', '回族(HU)'], '汉族')).toBe('汉族(HA)');
    expect(chosen(['汉族(HA)', '蒙古族(MG)', '回族(HU)'], '回族')).toBe('回族(HU)');
  });
});

describe('学历', () => {
  it('大学本科 is 普通高校本科; 大学专科 is 专科（高职）; 大学本科（学士） depends on the 学位, so it is the user’s (breaker 17o item 2)', () => {
    expect(chosen(['研究生（硕士）', '大学本科（学士）', '大学本科（无学位）', '大学专科'], '大学本科')).toBeUndefined();
    expect(chosen(['普通高校本科', '普通高校专科'], '大学本科')).toBe('普通高校本科');
    expect(chosen(['普通高校本科', '普通高校专科'], '大学专科')).toBe('普通高校专科');
    expect(chosen(['本科', '专科（高职）'], '大学专科')).toBe('专科（高职）');
  });
  it('never the other level, nor 普通高校本科 beside another kind of 本科 (a 非全日制 applicant’s)', () => {
    expect(chosen(['大学本科（学士）', '大学专科'], '大学专科')).toBe('大学专科');
    expect(chosen(['大学本科（学士）', '研究生（硕士）'], '大学专科')).toBeUndefined();
    expect(chosen(['普通高校本科', '成人高校本科', '普通高校专科'], '大学本科')).toBeUndefined();
    expect(chosen(['本科（结业）', '专科'], '大学本科')).toBeUndefined();
  });
});

describe('学位', () => {
  it('学士 is 工学学士 and 硕士 工学硕士 when the list has one option of that level', () => {
    expect(chosen(['工学学士', '工学硕士'], '学士')).toBe('工学学士');
    expect(chosen(['工学学士', '工学硕士'], '硕士')).toBe('工学硕士');
    expect(chosen(['1-工学学士', '2-工学硕士', '9-无'], '学士')).toBe('1-工学学士');
  });
  it('two 门类 of the level, or a 双学士 beside, are the user’s; 硕士研究生 (学历) stays apart from 硕士 (学位)', () => {
    expect(chosen(['工学博士', '工学硕士', '工学学士', '理学学士', '无'], '学士')).toBeUndefined();
    expect(chosen(['工学学士', '双学士'], '学士')).toBeUndefined();
    expect(chosen(['博士研究生', '硕士', '本科'], '硕士研究生')).toBeUndefined();
    expect(chosen(['工学硕士', '本科'], '硕士研究生')).toBeUndefined();
  });
});
