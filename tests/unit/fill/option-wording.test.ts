import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { normalizeText } from '../../../lib/page/normalize';
import type { OptionSnapshot } from '../../../lib/page/snapshot';
import { recognizeFields } from '../../../lib/fields/recognize';
import { findOption, planFill } from '../../../lib/fill/plan';
import { vocabularyWord } from '../../../lib/vocab/option-forms';
import { OPTION_WORDINGS } from '../../../lib/vocab/wordings';
import { TITLE_QUALIFIERS } from '../../../lib/vocab/qualifiers';
import { qualifierTableSchema, wordingTableSchema, type WordingGroup } from '../../../lib/vocab/wordings.schema';
import { QUALIFICATION_NAMES, SPECIALTIES } from '../../../lib/profile/vocabulary';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

/** Options as collectSnapshot reports them (value defaults to the 1-based position). */
const options = (...texts: (string | [text: string, value: string])[]): OptionSnapshot[] =>
  texts.map((t, i) => {
    const [text, value] = Array.isArray(t) ? t : [t, String(i + 1)];
    return { value, text, norm: normalizeText(text), disabled: false, selected: false, placeholder: false };
  });

/** The text of the option findOption chooses, or undefined. */
const chosen = (opts: OptionSnapshot[], wanted: string) => findOption(opts, wanted)?.text;

describe('wording tables (lib/vocab/wordings.ts, lib/vocab/qualifiers.ts)', () => {
  it('parse to themselves', () => {
    expect(wordingTableSchema.parse(OPTION_WORDINGS)).toEqual(OPTION_WORDINGS);
    expect(qualifierTableSchema.parse(TITLE_QUALIFIERS)).toEqual(TITLE_QUALIFIERS);
  });

  it('refuse a wording in two groups (硕士 as education and degree), an un-normalised wording, a bracket, a lone wording, an unknown vocabulary', () => {
    const table = (...extra: unknown[]) => [...OPTION_WORDINGS, ...extra];
    expect(wordingTableSchema.safeParse(table({ vocabulary: '学历', wordings: ['硕士研究生', '硕士'] })).success).toBe(false);
    expect(wordingTableSchema.safeParse(table({ vocabulary: '学位', wordings: ['双学士', '双学士 学位'] })).success).toBe(false);
    expect(wordingTableSchema.safeParse(table({ vocabulary: '学位', wordings: ['双学士', '双学士(学位)'] })).success).toBe(false);
    expect(wordingTableSchema.safeParse(table({ vocabulary: '学历', wordings: ['研究生班'] })).success).toBe(false);
    expect(wordingTableSchema.safeParse(table({ vocabulary: '学历', wordings: ['研究生班'], fallbacks: ['研究生班毕业'] })).success).toBe(true);
    expect(wordingTableSchema.safeParse(table({ vocabulary: '籍贯', wordings: ['广东', '广东省'] })).success).toBe(false);
  });

  it('refuse a fallback that is another group’s wording or fallback', () => {
    const table = (...extra: unknown[]) => [...OPTION_WORDINGS, ...extra];
    expect(wordingTableSchema.safeParse(table({ vocabulary: '政治面貌', wordings: ['无党派民主人士', '无党派人士'], fallbacks: ['党员'] })).success).toBe(false);
    expect(wordingTableSchema.safeParse(table({ vocabulary: '政治面貌', wordings: ['无党派民主人士', '无党派人士'], fallbacks: ['中共党员'] })).success).toBe(false);
    expect(wordingTableSchema.safeParse(table({ vocabulary: '政治面貌', wordings: ['无党派民主人士', '无党派人士'], fallbacks: [] })).success).toBe(false);
  });

  it('refuse a title listed twice, a title without qualifiers, an un-normalised qualifier', () => {
    const table = (...extra: unknown[]) => [...TITLE_QUALIFIERS, ...extra];
    expect(qualifierTableSchema.safeParse(table({ wording: '工程师', qualifiers: ['副高级'] })).success).toBe(false);
    expect(qualifierTableSchema.safeParse(table({ wording: '高级技师', qualifiers: [] })).success).toBe(false);
    expect(qualifierTableSchema.safeParse(table({ wording: '高级技师', qualifiers: ['（高级）'] })).success).toBe(false);
  });

  it('keep 学历 and 学位 apart: every wording names one vocabulary', () => {
    const vocabularyOf = (w: string) => OPTION_WORDINGS.filter((g: WordingGroup) => g.wordings.includes(w)).map((g) => g.vocabulary);
    expect(vocabularyOf('硕士')).toEqual(['学位']);
    expect(vocabularyOf('硕士研究生')).toEqual(['学历']);
    expect(vocabularyOf('本科')).toEqual(['学历']);
  });
});

describe('findOption rules, in order', () => {
  it('技术员（工程）is 技术员 beside other series’ titles; 技术员（农业）is not (probe 11a item 3)', () => {
    expect(chosen(options('技术员（工程）', '助理工程师', '工程师', '会计员'), '技术员')).toBe('技术员（工程）');
    expect(chosen(options('技术员（农业）', '助理工程师'), '技术员')).toBeUndefined();
  });

  it('是 / 否 as a pair saying it by the first word: 已缴纳 / 未缴纳, 有 / 无; not other pairs (probe 11a item 3)', () => {
    expect(chosen(options('已缴纳', '未缴纳'), '是')).toBe('已缴纳');
    expect(chosen(options('未缴纳', '已缴纳'), '否')).toBe('未缴纳');
    expect(chosen(options('有', '无'), '否')).toBe('无');
    expect(chosen(options('已取得', '没有取得'), '是')).toBe('已取得');
    expect(chosen(options('已缴纳', '未参保'), '是')).toBeUndefined();
    expect(chosen(options('已缴纳', '未缴纳', '补缴'), '是')).toBeUndefined();
    expect(chosen(options('已婚', '未婚'), '已婚')).toBe('已婚');
    expect(chosen(options('有', '有'), '是')).toBeUndefined();
  });

  it('是 / 否 as the bare words and them after 未 / 无 / 没有: 缴纳 / 未缴纳, 处分 / 无处分; not two bare words nor two negated (fill 59)', () => {
    expect(chosen(options('缴纳', '未缴纳'), '是')).toBe('缴纳');
    expect(chosen(options('未缴纳', '缴纳'), '否')).toBe('未缴纳');
    expect(chosen(options('处分', '无处分'), '否')).toBe('无处分');
    expect(chosen(options('缴纳', '未参保'), '是')).toBeUndefined();
    expect(chosen(options('缴纳', '补缴'), '是')).toBeUndefined();
    expect(chosen(options('未缴纳', '无缴纳'), '否')).toBeUndefined();
    expect(chosen(options('缴纳', '未缴纳', '补缴'), '是')).toBeUndefined();
  });

  it('是 / 否 answered first, then said in brackets: 是（已缴纳） / 否（未缴纳）; only as such a pair (breaker 37)', () => {
    expect(chosen(options(['是（已缴纳）', 'Y'], ['否（未缴纳）', 'N']), '是')).toBe('是（已缴纳）');
    expect(chosen(options(['是（已缴纳）', 'Y'], ['否（未缴纳）', 'N']), '否')).toBe('否（未缴纳）');
    expect(chosen(options('否(未缴纳)', '是(已缴纳)'), '是')).toBe('是(已缴纳)');
    expect(chosen(options('是（已缴纳）', '否'), '是')).toBe('是（已缴纳）');
    // Not a pair: two saying 是, a third choice, no 否 beside it.
    expect(chosen(options('是（在职）', '是（退休）'), '是')).toBeUndefined();
    expect(chosen(options('是（已缴纳）', '否（未缴纳）', '是（补缴）'), '是')).toBeUndefined();
    expect(chosen(options('是（已缴纳）', '不适用'), '是')).toBeUndefined();
  });
  it('本人排名: the text says the rank (第一, 第1作者, 一), never a value code saying another (probe 8 item 4)', () => {
    expect(chosen(options(['第一', '0'], ['第二', '1'], ['第三', '2']), '1')).toBe('第一');
    expect(chosen(options(['独著', '1'], ['第一作者', '2'], ['第二作者', '3']), '1')).toBe('第一作者');
    expect(chosen(options(['独著', '1'], ['第一作者', '2'], ['第二作者', '3']), '2')).toBe('第二作者');
    expect(chosen(options('第1作者', '第2作者', '第3作者'), '3')).toBe('第3作者');
    expect(chosen(options('1', '2', '3'), '2')).toBe('2');
    expect(chosen(options('一', '二', '三'), '2')).toBe('二');
    expect(chosen(options('01-第一名', '02-第二名'), '2')).toBe('02-第二名');
    // 独著 is no rank the profile states: rank 1 among 独著 / 第二作者 is the user's to choose, value "1" or not.
    expect(chosen(options(['独著', '1'], ['第二作者', '2']), '1')).toBeUndefined();
    expect(chosen(options(['通讯作者', '1'], ['其他', '2']), '1')).toBeUndefined();
    // Texts that are no ranks: the value code is the last resort.
    expect(chosen(options(['甲', '1'], ['乙', '2']), '1')).toBe('甲');
  });

  it('本人排名 worded outside the table: the value, when the option says the same ordinal (breaker 9 item 6)', () => {
    expect(chosen(options(['第一作者(通讯作者)', '1'], ['第二作者', '2'], ['第三作者', '3']), '1')).toBe('第一作者(通讯作者)');
    expect(chosen(options(['独立完成', '0'], ['第一完成人', '1'], ['第二完成人', '2']), '1')).toBe('第一完成人');
    expect(chosen(options(['第1位', '1'], ['第2位', '2'], ['独著', '9']), '1')).toBe('第1位');
    expect(chosen(options(['排名第一', '1'], ['排名第二', '2'], ['独著', '0']), '1')).toBe('排名第一');
    expect(chosen(options(['排名第一', '1'], ['排名第二', '2'], ['独著', '0']), '2')).toBe('排名第二');
    // Never against what the text says: another ordinal, or one running on into another number.
    expect(chosen(options(['独著', '0'], ['第二完成人', '1'], ['第三完成人', '2']), '1')).toBeUndefined();
    expect(chosen(options(['独著', '0'], ['第11位', '1'], ['第十一完成人', '2']), '1')).toBeUndefined();
    expect(chosen(options(['独著', '0'], ['排名第十一', '1']), '1')).toBeUndefined();
    expect(chosen(options(['独著', '1'], ['第二作者', '2']), '1')).toBeUndefined();
  });

  it('本人排名 options covering several ranks: a negation, a range, an open range (not by value code)', () => {
    // 非 negates: 非第一作者 is every rank but the first; 第一作者(独著) is rank 1, sole author or not.
    const firstOrNot = options(['非第一作者', '1'], ['第一作者(独著)', '0']);
    expect(chosen(firstOrNot, '1')).toBe('第一作者(独著)');
    expect(chosen(firstOrNot, '2')).toBe('非第一作者');
    expect(chosen(options(['不是第一作者', '1'], ['其他', '2']), '1')).toBeUndefined();
    // A range covers the ranks in it; 第N位及以后 covers N and every later rank.
    const ranges = options(['第1-3位', '1'], ['第4位及以后', '2']);
    expect(chosen(ranges, '1')).toBe('第1-3位');
    expect(chosen(ranges, '2')).toBe('第1-3位');
    expect(chosen(ranges, '3')).toBe('第1-3位');
    expect(chosen(ranges, '4')).toBe('第4位及以后');
    expect(chosen(ranges, '5')).toBe('第4位及以后');
    expect(chosen(options(['前三名', '1'], ['第四名以后', '2']), '2')).toBe('前三名');
    expect(chosen(options(['前三名', '1'], ['第四名以后', '2']), '9')).toBe('第四名以后');
    expect(chosen(options(['1～3', '1'], ['4及以后', '2']), '2')).toBe('1～3');
    expect(chosen(options(['第一至第三作者', '1'], ['非前三名', '2']), '2')).toBe('第一至第三作者');
    expect(chosen(options(['第一至第三作者', '1'], ['非前三名', '2']), '4')).toBe('非前三名');
    // Overlapping covers, or a word read both ways (以上), are the user's to choose.
    expect(chosen(options(['第1-3位', 'A'], ['第2-4位', 'B']), '2')).toBeUndefined();
    expect(chosen(options(['第3名以上', 'A'], ['其他', 'B']), '1')).toBeUndefined();
    // A code before an ordinal is no range: "02-第三名" is rank 3 only.
    expect(chosen(options('01-第一名', '02-第三名'), '2')).toBeUndefined();
  });

  it('本人排名 read from what the options say, the value code only when no text says anything (misc8 item 1)', () => {
    // The two lists of the notes: value 1 is 非第一作者, value 2 is 第4位及以后.
    expect(chosen(options(['非第一作者', '1'], ['第一作者(独著)', '0']), '1')).toBe('第一作者(独著)');
    expect(chosen(options(['第1-3位', '1'], ['第4位及以后', '2']), '2')).toBe('第1-3位');
    // Alternatives in one option: any of them (value 1 would be 非第一作者 for rank 1).
    expect(chosen(options(['非第一作者', '1'], ['第一作者/独著', '2']), '1')).toBe('第一作者/独著');
    expect(chosen(options(['独著或第一作者', '0'], ['第二作者', '1'], ['第三作者及以后', '2']), '1')).toBe('独著或第一作者');
    expect(chosen(options(['第一、第二作者', '3'], ['其他作者', '1']), '2')).toBe('第一、第二作者');
    // 第二作者 by its words, 前三 and 第N位 as ranges and ranks.
    expect(chosen(options(['第一作者', '2'], ['第二作者', '1'], ['第三作者', '3']), '2')).toBe('第二作者');
    expect(chosen(options(['前三', '1'], ['其他', '2']), '2')).toBe('前三');
    expect(chosen(options(['第2位', '1'], ['第1位', '2']), '1')).toBe('第1位');
    // A book's 主编 is the first; 副主编, 参编 may be any later rank: the user chooses, never by value.
    expect(chosen(options(['副主编', '1'], ['主编', '2'], ['参编', '3']), '1')).toBe('主编');
    expect(chosen(options(['主编', '1'], ['副主编', '2'], ['参编', '3']), '2')).toBeUndefined();
    // Beside 独著 a sole author's book is rank 1 too: 独著 or 主编 is the user's to say (breaker 8a item 6).
    expect(chosen(options(['独著', '1'], ['主编', '2'], ['副主编', '3'], ['参编', '4']), '1')).toBeUndefined();
    expect(chosen(options(['独立完成', '1'], ['第一主编', '2'], ['参编', '3']), '1')).toBeUndefined();
    // 通讯作者, 独立, 合著 state no rank: left unchosen rather than guessed, whatever their value.
    expect(chosen(options(['第一作者', '1'], ['第二作者', '2'], ['通讯作者', '3']), '3')).toBeUndefined();
    expect(chosen(options(['独立', '1'], ['合著', '2']), '1')).toBeUndefined();
    expect(chosen(options(['独立', '1'], ['合著', '2']), '2')).toBeUndefined();
    // Only a phrase is negated: 非独著 says nothing of rank 1.
    expect(chosen(options(['独著', '2'], ['非独著', '1']), '1')).toBeUndefined();
    // Texts saying nothing of ranks: the value is the last resort.
    expect(chosen(options(['1', '1'], ['2', '2'], ['3', '3']), '2')).toBe('2');
    expect(chosen(options(['A', '1'], ['B', '2']), '2')).toBe('B');
  });

  it('1–3: exact text, normalised text, exact value (unchanged)', () => {
    expect(chosen(options('男', '女'), '女')).toBe('女');
    expect(chosen(options(['男', '1'], ['女', '2']), '2')).toBe('女');
    expect(chosen(options('男\u3000', 'Ｂ类'), 'B类')).toBe('Ｂ类');
  });

  it('4: a leading code is stripped ("1-男", "01 汉族", "21.大学本科", "(01)汉族", full-width "２－女")', () => {
    expect(chosen(options('1-男', '2-女'), '男')).toBe('1-男');
    expect(chosen(options('２－女', '１－男'), '女')).toBe('２－女');
    expect(chosen(options('01 汉族', '02 蒙古族'), '汉族')).toBe('01 汉族');
    expect(chosen(options('02汉族', '03回族'), '汉族')).toBe('02汉族');
    expect(chosen(options('21.大学本科', '31.大学专科'), '大学本科')).toBe('21.大学本科');
    expect(chosen(options('(01)汉族', '(03)回族'), '汉族')).toBe('(01)汉族');
    expect(chosen(options('11、博士研究生', '14、硕士研究生'), '硕士研究生')).toBe('14、硕士研究生');
  });

  it('4: a longer discipline code or one with letters is stripped too ("070303-生态环境监测", "070303 …", "[070303]…", "GC070302.…", "B-合格"); 2016年 and B类 keep their first character (probe 8 item 19)', () => {
    const specialties = (code: (n: string) => string) => options(...['生态环境工程', '生态环境管理与咨询', '生态环境监测'].map((w, i) => code(`07030${i + 1}`) + w));
    expect(chosen(specialties((n) => `${n}-`), '生态环境监测')).toBe('070303-生态环境监测');
    expect(chosen(specialties((n) => `${n} `), '生态环境监测')).toBe('070303 生态环境监测');
    expect(chosen(specialties((n) => `[${n}]`), '生态环境监测')).toBe('[070303]生态环境监测');
    expect(chosen(specialties((n) => `【${n}】`), '生态环境工程')).toBe('【070301】生态环境工程');
    expect(chosen(specialties((n) => `GC${n}.`), '生态环境管理与咨询')).toBe('GC070302.生态环境管理与咨询');
    expect(chosen(options('A-优秀', 'B-合格'), '合格')).toBe('B-合格');
    expect(chosen(options('2016年', '2017年'), '年')).toBeUndefined();
    expect(chosen(options('A类', 'B类'), '类')).toBeUndefined();
  });

  it('4: a trailing code or an allowed qualifier is stripped, alone or with a leading code', () => {
    expect(chosen(options('汉族(01)', '回族(03)'), '汉族')).toBe('汉族(01)');
    expect(chosen(options('技术员（员级）', '助理工程师（助理级）', '工程师（中级）'), '助理工程师')).toBe('助理工程师（助理级）');
    expect(chosen(options('技术员（员级）', '助理工程师（助理级）', '工程师（中级）'), '工程师')).toBe('工程师（中级）');
    expect(chosen(options('01-技术员(初级)', '02-助理工程师(初级)'), '助理工程师')).toBe('02-助理工程师(初级)');
  });

  it('4: a qualifier that changes the meaning is kept, so the option is not chosen', () => {
    expect(chosen(options('大学本科（结业）', '大学专科'), '大学本科')).toBeUndefined();
    expect(chosen(options('本科（在读）', '专科'), '大学本科')).toBeUndefined();
    expect(chosen(options('工程师（助理级）', '技术员'), '工程师')).toBeUndefined();
  });

  it('5: a wording of the same national code-table entry', () => {
    expect(chosen(options('中国共产党党员', '中国共产主义青年团团员', '群众'), '中共党员')).toBe('中国共产党党员');
    expect(chosen(options('中国共产党党员', '中国共产主义青年团团员', '群众'), '共青团员')).toBe('中国共产主义青年团团员');
    expect(chosen(options('01-中国共产党党员', '02-中国共产党预备党员', '13-群众'), '中共预备党员')).toBe('02-中国共产党预备党员');
    expect(chosen(options('研究生', '本科', '专科'), '大学本科')).toBe('本科');
    expect(chosen(options('01-本科', '02-大专'), '大学专科')).toBe('02-大专');
    expect(chosen(options('学士学位', '硕士学位', '博士学位'), '学士')).toBe('学士学位');
    expect(chosen(options('汉', '回'), '汉族')).toBe('汉');
    expect(chosen(options('男性', '女性'), '女')).toBe('女性');
  });

  it('5: the annual-review grades of the two rules (称职 = 合格 …) and 无 = 无学位', () => {
    expect(chosen(options('优秀', '合格', '基本合格', '不合格'), '称职')).toBe('合格');
    expect(chosen(options('优秀', '合格', '基本合格', '不合格'), '基本称职')).toBe('基本合格');
    expect(chosen(options('1-优秀', '2-称职', '3-基本称职', '4-不称职'), '不合格')).toBe('4-不称职');
    // Both rules' words offered: the profile's own word, not its equivalent.
    expect(chosen(options('优秀', '称职', '合格'), '合格')).toBe('合格');
    expect(chosen(options('学士学位', '硕士学位', '无学位'), '无')).toBe('无学位');
    expect(chosen(options('2021年', '2022年'), '2022')).toBe('2022年');
    expect(chosen(options('2021年度', '2022年度'), '2021')).toBe('2021年度');
  });

  it('5: 学习形式 — 普通全日制 / 全日制普通 (高等教育) are 全日制; no 非全日制 form is, and 非全日制 picks none of its forms (probe 8 item 19)', () => {
    const modes = options('普通全日制', '成人教育', '自学考试', '网络教育');
    expect(chosen(modes, '全日制')).toBe('普通全日制');
    expect(chosen(options('1-全日制普通高等教育', '2-成人高等教育', '3-高等教育自学考试'), '全日制')).toBe('1-全日制普通高等教育');
    expect(chosen(options('全日制普通', '非全日制'), '全日制')).toBe('全日制普通');
    expect(chosen(options('全日制普通', '非全日制'), '非全日制')).toBe('非全日制');
    expect(chosen(modes, '非全日制')).toBeUndefined();
    expect(chosen(options('非全日制', '函授', '在职'), '全日制')).toBeUndefined();
    expect(chosen(options('成人全日制', '成人业余'), '全日制')).toBeUndefined();
  });

  it('5: a grade with its other rule’s word in brackets (合格（称职）, 称职（合格）) is that grade; another bracket is kept (probe 8 item 19)', () => {
    const both = options('优秀', '合格（称职）', '基本合格（基本称职）', '不合格（不称职）');
    expect(chosen(both, '合格')).toBe('合格（称职）');
    expect(chosen(both, '称职')).toBe('合格（称职）');
    expect(chosen(both, '基本称职')).toBe('基本合格（基本称职）');
    expect(chosen(both, '不称职')).toBe('不合格（不称职）');
    expect(chosen(options('1-优秀', '2-称职（合格）', '3-基本称职（基本合格）'), '合格')).toBe('2-称职（合格）');
    // Every group, not one pair: 学士（学士学位）, 汉（汉族）.
    expect(chosen(options('学士（学士学位）', '硕士（硕士学位）'), '学士')).toBe('学士（学士学位）');
    expect(chosen(options('汉（汉族）', '回（回族）'), '汉族')).toBe('汉（汉族）');
    // A bracket that is no wording of the grade's group keeps the option from meaning it.
    expect(chosen(options('优秀', '合格（暂定）', '不合格'), '合格')).toBeUndefined();
    expect(chosen(options('优秀', '合格（基本称职）'), '合格')).toBeUndefined();
  });

  it('6: 党员 means 中共党员 only on a list with no fuller wording of it; 预备党员 never does (probe: politics-short)', () => {
    expect(chosen(options('党员', '预备党员', '团员', '民主党派', '群众'), '中共党员')).toBe('党员');
    expect(chosen(options('1-党员', '2-预备党员', '5-群众'), '中共党员')).toBe('1-党员');
    // A fuller wording of 中共党员 beside it is the one taken.
    expect(chosen(options('党员', '中国共产党党员', '预备党员'), '中共党员')).toBe('中国共产党党员');
    expect(chosen(options('中共党员', '党员'), '中共党员')).toBe('中共党员');
    // No 党员 on the list: nothing, not the member on probation.
    expect(chosen(options('预备党员', '团员', '群众'), '中共党员')).toBeUndefined();
    expect(chosen(options('中共预备党员', '共青团员', '群众'), '中共党员')).toBeUndefined();
    // Two of it: the user chooses.
    expect(chosen(options('1-党员', '2-党员', '3-群众'), '中共党员')).toBeUndefined();
    // 党员 is no wording of another entry.
    expect(chosen(options('党员', '预备党员', '群众'), '中共预备党员')).toBeUndefined();
  });

  it('正式党员 means 中共党员 (a full member, set against 预备党员); never the member on probation (breaker 37)', () => {
    expect(chosen(options(['中国共产党预备党员', '02'], ['中国共产党正式党员', '01'], ['群众', '13']), '中共党员')).toBe('中国共产党正式党员');
    expect(chosen(options('中共预备党员', '中共正式党员', '群众'), '中共党员')).toBe('中共正式党员');
    expect(chosen(options('正式党员', '预备党员', '团员', '群众'), '中共党员')).toBe('正式党员');
    // A fuller wording beside it is the one taken; 预备党员 is still never 中共党员, nor 正式党员 中共预备党员.
    expect(chosen(options('正式党员', '中国共产党党员', '预备党员'), '中共党员')).toBe('中国共产党党员');
    expect(chosen(options('中国共产党正式党员', '群众'), '中共预备党员')).toBeUndefined();
  });

  it('大学本科毕业 means 大学本科 on a list splitting the level by how it ended (GB/T 4658: 21 毕业 / 22 结业 / 23 肄业), never 结业 or 肄业', () => {
    expect(chosen(options('21-大学本科毕业', '22-大学本科结业', '23-大学本科肄业', '31-大学专科毕业'), '大学本科')).toBe('21-大学本科毕业');
    expect(chosen(options('研究生毕业', '本科毕业', '大专毕业', '中专毕业'), '大学本科')).toBe('本科毕业');
    expect(chosen(options('大学本科毕业', '大学专科毕业'), '大学专科')).toBe('大学专科毕业');
    expect(chosen(options('博士研究生毕业', '硕士研究生毕业', '大学本科毕业'), '硕士研究生')).toBe('硕士研究生毕业');
    expect(chosen(options('中等专科毕业', '中等专科结业'), '中专')).toBe('中等专科毕业');
    // A plain wording of the level beside it is the one taken.
    expect(chosen(options('大学本科', '大学本科毕业'), '大学本科')).toBe('大学本科');
    // No 毕业 on the list: nothing, not 结业.
    expect(chosen(options('大学本科结业', '大学本科肄业'), '大学本科')).toBeUndefined();
    // 研究生毕业 names no level.
    expect(chosen(options('研究生毕业', '大学本科毕业'), '硕士研究生')).toBeUndefined();
  });

  it('大学 (GB 4658-84’s short name of 大学本科), alone or before 本科 in brackets, is 大学本科 on a list naming it no other way; never 大学专科 (fill 59)', () => {
    expect(chosen(options('10-研究生', '20-大学', '30-大专', '40-中专'), '大学本科')).toBe('20-大学');
    expect(chosen(options('研究生（硕士）', '大学（本科）', '大学（专科）'), '大学本科')).toBe('大学（本科）');
    expect(chosen(options('21（本科）', '大学（本科）'), '大学本科')).toBe('大学（本科）');
    // A fuller wording wins; 大学 is no wording of 大学专科, 大学（专科）not of 大学本科.
    expect(chosen(options('大学', '大学本科'), '大学本科')).toBe('大学本科');
    expect(chosen(options('研究生', '大学', '高中'), '大学专科')).toBeUndefined();
    expect(chosen(options('研究生（硕士）', '大学（专科）'), '大学本科')).toBeUndefined();
    // Counting as no wording, it leaves 普通高校本科 the one option naming the level.
    expect(chosen(options('普通高校本科', '大学专科'), '大学本科')).toBe('普通高校本科');
  });

  it('keeps 学历 and 学位 apart', () => {
    expect(chosen(options('硕士研究生', '大学本科'), '硕士')).toBeUndefined();
    expect(chosen(options('硕士学位', '学士学位'), '硕士研究生')).toBeUndefined();
    expect(chosen(options('研究生', '大学本科'), '硕士研究生')).toBeUndefined();
  });

  it('an earlier rule wins over a later one; two candidates for the deciding rule → no choice', () => {
    expect(chosen(options('本科', '01-大学本科'), '大学本科')).toBe('01-大学本科');
    expect(chosen(options('1-男', '3-男', '2-女'), '男')).toBeUndefined();
    expect(chosen(options('本科', '大学本科（01）', '大学本科(02)'), '大学本科')).toBeUndefined();
    expect(chosen(options('01-本科', '02-本科', '03-专科'), '大学本科')).toBeUndefined();
  });

  it('never matches by substring', () => {
    expect(chosen(options('本科以下', '研究生'), '大学本科')).toBeUndefined();
    expect(chosen(options('本科以下', '本科', '研究生'), '大学本科')).toBe('本科');
    expect(chosen(options('助理工程师', '高级工程师'), '工程师')).toBeUndefined();
    expect(chosen(options('汉族人', '少数民族'), '汉族')).toBeUndefined();
    expect(chosen(options('1-男女不限'), '男')).toBeUndefined();
  });
});

describe('vocabularyWord (checks reading a select)', () => {
  it('reads a code or an allowed qualifier away, whole words only', () => {
    expect(vocabularyWord('01-助理工程师', QUALIFICATION_NAMES)).toBe('助理工程师');
    expect(vocabularyWord('助理工程师（助理级）', QUALIFICATION_NAMES)).toBe('助理工程师');
    expect(vocabularyWord('工程师', QUALIFICATION_NAMES)).toBe('工程师');
    expect(vocabularyWord('(03)生态环境监测', SPECIALTIES)).toBe('生态环境监测');
    expect(vocabularyWord('070303-生态环境监测', SPECIALTIES)).toBe('生态环境监测');
    expect(vocabularyWord('070303 生态环境监测', SPECIALTIES)).toBe('生态环境监测');
    expect(vocabularyWord('生态环境监测（结业）', SPECIALTIES)).toBeNull();
    expect(vocabularyWord('生态环境监测以外', SPECIALTIES)).toBeNull();
    expect(vocabularyWord('高级工程师', QUALIFICATION_NAMES)).toBeNull();
    expect(vocabularyWord('', QUALIFICATION_NAMES)).toBeNull();
  });
});

describe('planFill chooses code-table wordings for the sample profile', () => {
  const profile = profileSchema.parse(sample.profile);
  const select = (label: string, name: string, texts: string[]) =>
    `<tr><td>${label}：</td><td><select name="${name}"><option value="">请选择</option>${texts.map((t, i) => `<option value="${i + 1}">${t}</option>`).join('')}</select></td></tr>`;
  const plan = (rows: string[]) => {
    document.body.innerHTML = `<table>${rows.join('')}<tr><td>姓名：</td><td><input type="text" name="txtXM" /></td></tr></table>`;
    const snapshot = collectSnapshot(document);
    return planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
  };
  const item = (p: ReturnType<typeof plan>, key: string) => p.items.find((i) => i.key === key);

  it('fills 1-男, 01-汉族, 中国共产党党员, 本科 (not 本科以下), 学士学位, 助理工程师（助理级）', () => {
    const p = plan([
      select('性别', 'ddlXB', ['1-男', '2-女']),
      select('民族', 'ddlMZ', ['01-汉族', '02-蒙古族', '03-回族']),
      select('政治面貌', 'ddlZZMM', ['中国共产党党员', '中国共产党预备党员', '中国共产主义青年团团员', '群众']),
      select('最高学历', 'ddlXL', ['研究生', '本科以下', '本科', '专科']),
      select('最高学位', 'ddlXW', ['博士学位', '硕士学位', '学士学位']),
      select('认定资格名称', 'ddlZGMC', ['技术员（员级）', '助理工程师（助理级）']),
    ]);
    const fills = Object.fromEntries(
      ['basic.gender', 'basic.ethnicity', 'basic.politicalStatus', 'basic.highestEducation', 'basic.highestDegree', 'application.qualificationName'].map((k) => {
        const i = item(p, k);
        return [k, i && { action: i.action, value: i.value, option: i.option }];
      }),
    );
    expect(fills).toEqual({
      'basic.gender': { action: 'fill', value: '1-男', option: '1' },
      'basic.ethnicity': { action: 'fill', value: '01-汉族', option: '1' },
      'basic.politicalStatus': { action: 'fill', value: '中国共产党党员', option: '1' },
      'basic.highestEducation': { action: 'fill', value: '本科', option: '3' },
      'basic.highestDegree': { action: 'fill', value: '学士学位', option: '3' },
      'application.qualificationName': { action: 'fill', value: '助理工程师（助理级）', option: '2' },
    });
    expect(item(p, 'basic.name')?.action).toBe('fill');
  });

  it('fills 党员 for 中共党员 from a short 政治面貌 list (probe: politics-short)', () => {
    const p = plan([select('政治面貌', 'ddlZZMM', ['党员', '预备党员', '团员', '民主党派', '群众'])]);
    expect(item(p, 'basic.politicalStatus')).toMatchObject({ action: 'fill', value: '党员', option: '1' });
  });

  it('leaves the field to the user when only 本科以下 or two codes of 男 are offered', () => {
    const p = plan([select('性别', 'ddlXB', ['1-男', '9-男', '2-女']), select('最高学历', 'ddlXL', ['研究生', '本科以下'])]);
    expect(item(p, 'basic.gender')).toMatchObject({ action: 'needs-user', reason: '页面没有该选项：男' });
    expect(item(p, 'basic.highestEducation')).toMatchObject({ action: 'needs-user', reason: '页面没有该选项：大学本科' });
  });

  it('chooses a radio list’s code-table label the same way (1-男 / 2-女), and none of two equal ones', () => {
    const radios = (labels: string[]) =>
      `<tr><td>性别：</td><td>${labels.map((l, i) => `<label><input type="radio" name="rblXB" value="${i + 1}">${l}</label>`).join('')}</td></tr>`;
    expect(item(plan([radios(['1-男', '2-女'])]), 'basic.gender')).toMatchObject({ action: 'fill', option: '1' });
    expect(item(plan([radios(['1-男', '9-男', '2-女'])]), 'basic.gender')).toMatchObject({ action: 'needs-user' });
  });

  it('a page already showing the code-table wording of the profile value is 已一致', () => {
    document.body.innerHTML =
      '<table><tr><td>性别：</td><td><select name="ddlXB"><option value="">请选择</option><option value="1" selected>1-男</option><option value="2">2-女</option></select></td></tr></table>';
    const snapshot = collectSnapshot(document);
    const p = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
    expect(item(p, 'basic.gender')).toMatchObject({ action: 'skip', outcome: 'same', value: '1-男' });
  });
});

describe('planFill on 专业技术资格历史情况: 所属系列 (probe 11a Q1)', () => {
  const profile = profileSchema.parse(sample.profile);
  const plan = (seriesOptions: string[]) => {
    document.body.innerHTML = `<table><tr><td>资格名称：</td><td><input name="txtZGMC"/></td></tr><tr><td>所属系列：</td><td><select name="ddlSSXL"><option value="">请选择</option>${seriesOptions.map((t, i) => `<option value="${i + 1}">${t}</option>`).join('')}</select></td></tr></table>`;
    const snapshot = collectSnapshot(document);
    return planFill(snapshot, recognizeFields(snapshot, 'qualification-history'), profile, 'qualification-history').items.find((i) => i.key === 'qualificationHistory.series');
  };

  it('is the series, and the portal’s 工程技术人员 is the profile’s 工程系列', () => {
    expect(profile.qualificationHistory[0]!.series).toBe('工程系列');
    expect(plan(['工程技术人员', '会计人员', '卫生技术人员'])).toMatchObject({ action: 'fill', value: '工程技术人员', option: '1' });
    expect(plan(['会计', '工程', '卫生'])).toMatchObject({ action: 'fill', value: '工程', option: '2' });
    expect(plan(['卫生技术人员系列', '工程技术人员系列'])).toMatchObject({ action: 'fill', value: '工程技术人员系列', option: '2' });
    expect(plan(['会计系列', '卫生系列'])).toMatchObject({ action: 'needs-user' });
  });
});

describe('planFill chooses 本人排名 by what the options say (probe 8 item 4)', () => {
  const profile = profileSchema.parse(sample.profile);
  const plan = (optionsHtml: string) => {
    document.body.innerHTML = `<table><tr><td>论文题目：</td><td><input name="txtTM"/></td></tr><tr><td>本人排名：</td><td><select name="ddlPM"><option value="">请选择</option>${optionsHtml}</select></td></tr></table>`;
    const snapshot = collectSnapshot(document);
    return planFill(snapshot, recognizeFields(snapshot, 'publications'), profile, 'publications').items.find((i) => i.key === 'publications.authorRank');
  };

  it('rank 1: 第一 (value 0), not 第二 (value 1); 第一作者, not 独著 (value 1); only 独著 / 第二作者: the user chooses', () => {
    expect(plan('<option value="0">第一</option><option value="1">第二</option>')).toMatchObject({ action: 'fill', value: '第一', option: '0' });
    expect(plan('<option value="1">独著</option><option value="2">第一作者</option>')).toMatchObject({ action: 'fill', value: '第一作者', option: '2' });
    expect(plan('<option value="1">独著</option><option value="2">第二作者</option>')).toMatchObject({ action: 'needs-user', reason: '页面没有该选项：1' });
  });

  it('rank 1 among 非第一作者 (value 1) / 第一作者(独著) (value 0): 第一作者(独著) — the 非 negates', () => {
    expect(plan('<option value="1">非第一作者</option><option value="0">第一作者(独著)</option>')).toMatchObject({ action: 'fill', value: '第一作者(独著)', option: '0' });
  });

  it('rank 1 among 非第一作者 (value 1) / 第一作者/独著, or 副主编 (value 1) / 主编: by the words, never the value (misc8 item 1)', () => {
    expect(plan('<option value="1">非第一作者</option><option value="2">第一作者/独著</option>')).toMatchObject({ action: 'fill', value: '第一作者/独著', option: '2' });
    expect(plan('<option value="1">副主编</option><option value="2">主编</option><option value="3">参编</option>')).toMatchObject({ action: 'fill', value: '主编', option: '2' });
    expect(plan('<option value="1">独立</option><option value="2">合著</option>')).toMatchObject({ action: 'needs-user' });
  });

  it('a full-width or spaced 公民身份号码 is the same number written another way: offered behind the overwrite tick, not 已一致 (probe 10b)', () => {
    const page = (id: string) => {
      document.body.innerHTML = `<table><tr><td>公民身份号码：</td><td><input name="txtSFZH" value="${id}"></td></tr></table>`;
      const snapshot = collectSnapshot(document);
      return planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info').items.find((i) => i.key === 'basic.idNumber');
    };
    expect(page('４４０１０６１９９８０５１２０３１４')).toMatchObject({ outcome: 'conflict', overwrite: true, value: '440106199805120314', reason: '页面内容与档案写法不同（如全角字符、空格），勾选后改为档案中的写法' });
    expect(page('440106 199805 120314')).toMatchObject({ outcome: 'conflict', overwrite: true });
    expect(page('440106199805120314')).toMatchObject({ outcome: 'same' });
    // A full-width phone number too (breaker 19a item 3).
    document.body.innerHTML = '<table><tr><td>联系电话：</td><td><input name="txtLXDH" value="０２０－３８７６５４３２"></td></tr></table>';
    const snapshot = collectSnapshot(document);
    expect(planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info').items.find((i) => i.key === 'basic.phone')).toMatchObject({ outcome: 'conflict', value: '020-38765432' });
    // Never towards a full-width profile value: the page's half-width number stays 已一致 (breaker 20a item 3).
    document.body.innerHTML = '<table><tr><td>联系电话：</td><td><input name="txtLXDH" value="020-38765432"></td></tr></table>';
    const halfWidth = collectSnapshot(document);
    const fullWidthProfile = profileSchema.parse({ ...sample.profile, basic: { ...sample.profile.basic, phone: '０２０－３８７６５４３２' } });
    expect(planFill(halfWidth, recognizeFields(halfWidth, 'basic-info'), fullWidthProfile, 'basic-info').items.find((i) => i.key === 'basic.phone')).toMatchObject({ outcome: 'same' });
  });

  it('words written another way stay 已一致: an address with a space, a trailing * on the page, a company\'s full-width brackets (breaker 18a item 6)', () => {
    const planOf = (label: string, shown: string, key: string, basic: Record<string, string>) => {
      document.body.innerHTML = `<table><tr><td>${label}：</td><td><input name="box" value="${shown}"></td></tr></table>`;
      const snapshot = collectSnapshot(document);
      const p = profileSchema.parse({ ...sample.profile, basic: { ...sample.profile.basic, ...basic } });
      return planFill(snapshot, recognizeFields(snapshot, 'basic-info'), p, 'basic-info').items.find((i) => i.key === key);
    };
    expect(planOf('通讯地址', '广州市天河区 科韵路16号', 'basic.address', { address: '广州市天河区科韵路16号' })).toMatchObject({ outcome: 'same' });
    expect(planOf('姓名', '李明远*', 'basic.name', { name: '李明远' })).toMatchObject({ outcome: 'same' });
    expect(planOf('工作单位', '广州绿源（天河分公司）', 'basic.employer', { employer: '广州绿源(天河分公司)' })).toMatchObject({ outcome: 'same' });
  });
});
