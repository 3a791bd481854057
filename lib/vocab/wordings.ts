/**
 * Equivalent wordings of the option texts government portals render from the national code
 * tables and the annual-review rules, per vocabulary: the profile says 男 / 汉族 / 中共党员 / 大学本科 / 学士,
 * the page may say 男性 / 汉 / 中国共产党党员 / 本科 / 学士学位. Used by autofill's option choice
 * (lib/vocab/option-wording.ts); the qualifiers a title may carry are in ./qualifiers.ts.
 *
 * Only equivalences that are certain are listed: a wording that is a broader or narrower
 * category (研究生 for 硕士研究生) is not the same thing and is left to the user — except a
 * group's `fallbacks`, another wording a form uses for one entry, taken only where the list
 * offers nothing the other rules take (党员; 大学本科毕业 beside 大学本科结业). 学历 and 学位 stay apart (硕士 as a
 * degree is not 硕士研究生 as an education). Wordings are written normalised (lib/page/normalize.ts). Validated by
 * tests/unit/fill/option-wording.test.ts with ./wordings.schema.ts (wordingTableSchema).
 */
import type { WordingGroup } from './wordings.schema';

/** Chinese numerals 一 … 二十, the ordinals of author ranks (本人排名 第一 … 第二十). */
export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/**
 * 本人排名 — the profile keeps the rank as a number (spec/profile-format.md authorRank: 1, 2 …);
 * lists say it as 1 / 第1 / 第一 / 一 / 第一作者 / 第1作者 / 第一名. Each rank is one group. A
 * sole author (独著) or 通讯作者 is no rank the profile states (rank 1 may be 第一作者 among
 * several): their groups have no profile wording, so they are never chosen for a rank, yet mark
 * a list as one of ranks (lib/vocab/option-wording.ts optionByValue).
 */
/** A sole author's words: a book's 独著 is its rank 1 as much as 主编 is (lib/vocab/option-wording.ts optionByRank). */
export const SOLE_AUTHOR = ['独著', '独立作者', '独撰', '独立完成'] as const;

const AUTHOR_RANKS: WordingGroup[] = [
  ...CHINESE_NUMERALS.map((cn, i): WordingGroup => {
    const n = String(i + 1);
    return { vocabulary: '作者排名', wordings: [n, cn, `第${n}`, `第${cn}`, `第${n}作者`, `第${cn}作者`, `第${n}名`, `第${cn}名`] };
  }),
  { vocabulary: '作者排名', wordings: [...SOLE_AUTHOR] },
  { vocabulary: '作者排名', wordings: ['通讯作者', '通信作者'] },
];

/**
 * How 本人排名 lists word an option covering a set of ranks rather than naming one
 * (lib/vocab/option-wording.ts ranksSaid): 第1-3位, 1~3, 第一至第三名, 前三名, 第4位及以后, and
 * a negation — 非第一作者 is every rank but the first. Written normalised (NFKC: ～ is ~).
 * 以上 / 以下 alone are not read: "第三名以上" says 前三 as often as 第三名 and after (in awards'
 * rules "三等奖以上" is the better ones), so an option worded so is the user's to choose.
 */
export const RANK_PHRASE_WORDS = {
  /** Before a rank phrase: the option is every other rank (非第一作者, 不是第一作者). */
  negations: ['非', '不是'],
  /** Before the ordinal, adding nothing (排名第一). */
  prefixes: ['排名', '排序', '署名'],
  /** After the ordinal, adding nothing (第1位, 第一名, 第一作者, 第一完成人). */
  units: ['位', '名', '作者', '完成人'],
  /** Between a range's ends (第1-3位, 1~3, 第一至第三名). */
  rangeSeparators: ['-', '~', '—', '–', '至', '到'],
  /** Before N: ranks 1 … N (前三名, 前3位). */
  upTo: ['前'],
  /** After an ordinal: it and every later rank (第4位及以后, 第4名以后, 第4位及以下). */
  onward: ['及以后', '以后', '及以下'],
  /** Between alternatives one option offers together: any of them (第一作者/独著, 第一作者或独著, 第一、第二作者). */
  alternatives: ['/', '、', '或'],
  /** Saying the first rank without an ordinal: a book's 主编 stands before its 副主编 and 参编. */
  first: ['主编', '第一主编'],
  /**
   * Roles that are no rank the profile states (a co-author, a 副主编 may stand anywhere after the
   * first; 独立 like 独著 beside the rank groups): never chosen for a rank, yet they say the list
   * is one of ranks, so an option is never taken by its value code there.
   */
  roles: ['独立', '合著', '合作', '合作者', '副主编', '参编', '参著', '编委', '编者', '其他作者'],
} as const;

/** The 学科门类 a degree is given in (GB/T 6864-2003 and 学位授予和人才培养学科目录 2022: 14 门类). */
const DEGREE_DISCIPLINES = ['哲学', '经济学', '法学', '教育学', '文学', '历史学', '理学', '工学', '农学', '医学', '军事学', '管理学', '艺术学', '交叉学科'];

export const OPTION_WORDINGS: readonly WordingGroup[] = [
  // 性别 — GB/T 2261.1-2003 人的性别代码: 1 男性, 2 女性.
  { vocabulary: '性别', wordings: ['男', '男性'] },
  { vocabulary: '性别', wordings: ['女', '女性'] },

  // 民族 — GB/T 3304-1991 中国各民族名称的罗马字母拼写法和代码 (codes in the comments):
  // the standard's name with 族, and the bare name some lists show ("汉").
  { vocabulary: '民族', wordings: ['汉族', '汉'] }, // 01
  { vocabulary: '民族', wordings: ['蒙古族', '蒙古'] }, // 02
  { vocabulary: '民族', wordings: ['回族', '回'] }, // 03
  { vocabulary: '民族', wordings: ['藏族', '藏'] }, // 04
  { vocabulary: '民族', wordings: ['维吾尔族', '维吾尔'] }, // 05
  { vocabulary: '民族', wordings: ['苗族', '苗'] }, // 06
  { vocabulary: '民族', wordings: ['彝族', '彝'] }, // 07
  { vocabulary: '民族', wordings: ['壮族', '壮'] }, // 08
  { vocabulary: '民族', wordings: ['布依族', '布依'] }, // 09
  { vocabulary: '民族', wordings: ['朝鲜族', '朝鲜'] }, // 10
  { vocabulary: '民族', wordings: ['满族', '满'] }, // 11
  { vocabulary: '民族', wordings: ['侗族', '侗'] }, // 12
  { vocabulary: '民族', wordings: ['瑶族', '瑶'] }, // 13
  { vocabulary: '民族', wordings: ['白族', '白'] }, // 14
  { vocabulary: '民族', wordings: ['土家族', '土家'] }, // 15
  { vocabulary: '民族', wordings: ['哈尼族', '哈尼'] }, // 16
  { vocabulary: '民族', wordings: ['哈萨克族', '哈萨克'] }, // 17
  { vocabulary: '民族', wordings: ['傣族', '傣'] }, // 18
  { vocabulary: '民族', wordings: ['黎族', '黎'] }, // 19
  { vocabulary: '民族', wordings: ['傈僳族', '傈僳'] }, // 20
  { vocabulary: '民族', wordings: ['佤族', '佤'] }, // 21
  { vocabulary: '民族', wordings: ['畲族', '畲'] }, // 22
  { vocabulary: '民族', wordings: ['高山族', '高山'] }, // 23
  { vocabulary: '民族', wordings: ['拉祜族', '拉祜'] }, // 24
  { vocabulary: '民族', wordings: ['水族', '水'] }, // 25
  { vocabulary: '民族', wordings: ['东乡族', '东乡'] }, // 26
  { vocabulary: '民族', wordings: ['纳西族', '纳西'] }, // 27
  { vocabulary: '民族', wordings: ['景颇族', '景颇'] }, // 28
  { vocabulary: '民族', wordings: ['柯尔克孜族', '柯尔克孜'] }, // 29
  { vocabulary: '民族', wordings: ['土族', '土'] }, // 30
  { vocabulary: '民族', wordings: ['达斡尔族', '达斡尔'] }, // 31
  { vocabulary: '民族', wordings: ['仫佬族', '仫佬'] }, // 32
  { vocabulary: '民族', wordings: ['羌族', '羌'] }, // 33
  { vocabulary: '民族', wordings: ['布朗族', '布朗'] }, // 34
  { vocabulary: '民族', wordings: ['撒拉族', '撒拉'] }, // 35
  { vocabulary: '民族', wordings: ['毛南族', '毛南'] }, // 36
  { vocabulary: '民族', wordings: ['仡佬族', '仡佬'] }, // 37
  { vocabulary: '民族', wordings: ['锡伯族', '锡伯'] }, // 38
  { vocabulary: '民族', wordings: ['阿昌族', '阿昌'] }, // 39
  { vocabulary: '民族', wordings: ['普米族', '普米'] }, // 40
  { vocabulary: '民族', wordings: ['塔吉克族', '塔吉克'] }, // 41
  { vocabulary: '民族', wordings: ['怒族', '怒'] }, // 42
  { vocabulary: '民族', wordings: ['乌孜别克族', '乌孜别克'] }, // 43
  { vocabulary: '民族', wordings: ['俄罗斯族', '俄罗斯'] }, // 44
  { vocabulary: '民族', wordings: ['鄂温克族', '鄂温克'] }, // 45
  { vocabulary: '民族', wordings: ['德昂族', '德昂'] }, // 46
  { vocabulary: '民族', wordings: ['保安族', '保安'] }, // 47
  { vocabulary: '民族', wordings: ['裕固族', '裕固'] }, // 48
  { vocabulary: '民族', wordings: ['京族', '京'] }, // 49
  { vocabulary: '民族', wordings: ['塔塔尔族', '塔塔尔'] }, // 50
  { vocabulary: '民族', wordings: ['独龙族', '独龙'] }, // 51
  { vocabulary: '民族', wordings: ['鄂伦春族', '鄂伦春'] }, // 52
  { vocabulary: '民族', wordings: ['赫哲族', '赫哲'] }, // 53
  { vocabulary: '民族', wordings: ['门巴族', '门巴'] }, // 54
  { vocabulary: '民族', wordings: ['珞巴族', '珞巴'] }, // 55
  { vocabulary: '民族', wordings: ['基诺族', '基诺'] }, // 56

  // 政治面貌 — GB/T 4762-1984 政治面貌代码: the full name and its abbreviation (codes in the comments).
  // Forms with a short list (党员 / 预备党员 / 团员 / 民主党派 / 群众, probe) say 党员 for 01: taken
  // only where no option names 01 in full; never 预备党员 (02, a member on probation).
  // 中国共产党员 / 共产党员 are the same 01 in other words; a list folding 02 into 01 says
  // 中共党员（含预备党员）: taken for 中共党员, never for 中共预备党员 (the option is named by 01, and
  // the profile's 02 is then the user's to confirm); 中共预备党员 is never taken for 中共党员. A list
  // setting the full member against the one on probation says 中国共产党正式党员 / 正式党员 for 01
  // (breaker 37); 正式党员 a fallback like 党员.
  { vocabulary: '政治面貌', wordings: ['中国共产党党员', '中共党员', '中国共产党员', '共产党员', '中国共产党正式党员', '中共正式党员'], fallbacks: ['党员', '正式党员'], qualifiers: ['含预备党员'] }, // 01
  { vocabulary: '政治面貌', wordings: ['中国共产党预备党员', '中共预备党员'] }, // 02
  { vocabulary: '政治面貌', wordings: ['中国共产主义青年团团员', '共青团员'] }, // 03
  { vocabulary: '政治面貌', wordings: ['中国民主同盟盟员', '民盟盟员'] }, // 05
  { vocabulary: '政治面貌', wordings: ['中国民主建国会会员', '民建会员'] }, // 06
  { vocabulary: '政治面貌', wordings: ['中国民主促进会会员', '民进会员'] }, // 07
  { vocabulary: '政治面貌', wordings: ['中国农工民主党党员', '农工党党员'] }, // 08
  { vocabulary: '政治面貌', wordings: ['中国致公党党员', '致公党党员'] }, // 09
  { vocabulary: '政治面貌', wordings: ['台湾民主自治同盟盟员', '台盟盟员'] }, // 11

  // 学历 — GB/T 4658-2006 学历代码 (20 大学本科教育, 30 大学专科教育, 41 中等专科): the level's
  // name and its common short form. 研究生 (10, the category) is not 博士研究生 or 硕士研究生.
  // Lists that split a level by how it ended (21 大学本科毕业 / 22 结业 / 23 肄业) name the
  // profile's level with 毕业: the profile's education is one the applicant graduated from (its
  // endDate is the 毕业时间 the eligibility rules count from, lib/eligibility.ts), so 毕业 is
  // taken where the list has no plain wording of the level; 结业 and 肄业 never are.
  { vocabulary: '学历', wordings: ['博士研究生'], fallbacks: ['博士研究生毕业'] }, // 11
  { vocabulary: '学历', wordings: ['硕士研究生'], fallbacks: ['硕士研究生毕业'] }, // 14
  // A list may name a level with its school kind (专科（高职）:
  // 高等职业教育 is 专科 level), or say 普通高校 before it: a kind of the level (普通高等学校, not
  // 成人高校), taken only where no other option names the level at all (narrowedBy), so a
  // 非全日制 applicant's 大学本科 is never 普通高校本科 beside 成人高校本科. Not the degree it gives:
  // 大学本科（学士） beside 大学本科（无学位） depends on the 学位, which an option choice does not see
  // (breaker 17o item 2).
  // GB 4658-84 文化程度 calls 大学本科 大学 for short (大学专科 大专), as lists of 文化程度 still do
  // (研究生 / 大学 / 大专 / 中专), also with the level in brackets, 大学（本科）: a fallback (fill 59),
  // so it is taken only on a list naming the level no other way, and never counts as naming it
  // (narrowedBy: 大学专科 would).
  { vocabulary: '学历', wordings: ['大学本科', '本科'], fallbacks: ['大学本科毕业', '本科毕业', '大学'], narrowedBy: ['普通高校'] }, // 21
  { vocabulary: '学历', wordings: ['大学专科', '专科', '大专'], fallbacks: ['大学专科毕业', '专科毕业', '大专毕业'], qualifiers: ['高职', '高职高专'], narrowedBy: ['普通高校'] }, // 31
  { vocabulary: '学历', wordings: ['中专', '中等专科'], fallbacks: ['中专毕业', '中等专科毕业'] }, // 41

  // 学位 — GB/T 6864-2003 中华人民共和国学位代码: the degree levels 博士、硕士、学士, each given in a
  // 门类 (工学学士): the profile keeps the level only, so such an option is taken only when it is the
  // list's one option of that level (narrowedBy).
  { vocabulary: '学位', wordings: ['博士', '博士学位'], narrowedBy: DEGREE_DISCIPLINES },
  { vocabulary: '学位', wordings: ['硕士', '硕士学位'], narrowedBy: DEGREE_DISCIPLINES },
  { vocabulary: '学位', wordings: ['学士', '学士学位'], narrowedBy: DEGREE_DISCIPLINES },
  // The profile's 无 (no degree), as a list that spells it out says it.
  { vocabulary: '学位', wordings: ['无', '无学位'] },

  // 学习形式 — spec/profile-format.md studyMode: 全日制 or 非全日制. Lists name the full-time form
  // with 普通 (普通全日制, 全日制普通高等教育); 非全日制 is a category whose forms (成人教育, 函授,
  // 自学考试, 网络教育, 在职) are several options, so the profile's 非全日制 has no wording here and
  // is the user's to choose. No 非全日制 wording is a wording of 全日制.
  { vocabulary: '学习形式', wordings: ['全日制', '普通全日制', '全日制普通', '全日制普通高等教育', '普通高等教育全日制'] },

  // 年度考核结果 — the same four grades under two rules: 公务员考核规定 (优秀、称职、基本称职、
  // 不称职) and 事业单位工作人员考核规定 (优秀、合格、基本合格、不合格). A page offering only one
  // rule's words takes the other rule's grade of the same rank.
  { vocabulary: '考核结果', wordings: ['称职', '合格'] },
  { vocabulary: '考核结果', wordings: ['基本称职', '基本合格'] },
  { vocabulary: '考核结果', wordings: ['不称职', '不合格'] },

  // 系列 — the profile's 系列 of a title held (spec/profile-format.md qualificationHistory.series,
  // 工程系列); the portal names a series by its personnel too, as its 认定资格类型 does (工程技术人员).
  { vocabulary: '系列', wordings: ['工程系列', '工程技术人员系列', '工程技术人员', '工程技术', '工程'] },

  // 成果类别 — step 8's kinds (操作指引 3(8): 公开发表（出版）的论文、著作、译注 / 学术会议宣读的论文 / 专项技术
  // 分析报告、实例材料). The profile's 论文 is the published one: a list offering 期刊论文 beside
  // 会议论文 means it by 期刊论文 (probe 21 F6); 会议论文 is the paper read at a conference.
  { vocabulary: '成果类别', wordings: ['论文', '期刊论文', '学术论文', '发表论文', '公开发表的论文'] },
  { vocabulary: '成果类别', wordings: ['会议论文', '学术会议论文', '学术会议宣读的论文'] },

  ...AUTHOR_RANKS,
];
