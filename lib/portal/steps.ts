import { APPLICATION_STEP_IDS, type ApplicationStepId, type StepId } from './step-ids';
import type { StepDefinition, StepSignals, StepTuple } from './steps.schema';

export type { StepDefinition, StepSignals, StepTuple };

/**
 * The pages of the application as one declarative table: the two pages before the eleven steps,
 * the eleven steps of spec/portal.md (the popup's progress model), and `unknown`.
 *
 * What each page needs (the seed's requirements in plain words) and its titles are tables of
 * their own, lib/portal/step-needs.ts and lib/portal/step-titles.ts, so the content script, which
 * needs this table to recognise pages, does not carry those sentences (issue 9). `signals` say how to recognise the page from what it
 * shows — headings, field labels, action buttons — never from its URL, because the portal's
 * paths are unknown and move between hosts. Signal strings are regular-expression sources
 * matched against normalised text (lib/page/normalize.ts: NFKC, no whitespace, no `*`/`：`).
 */

/**
 * All pages, as written: one tuple per page, whose columns are, in this order:
 *   0. id — the step id (spec/portal.md) or `login` / `select-series` / `unknown`;
 *   1. headings — page headings / titles naming the page (strongest evidence);
 *   2. labels — labels of the page's own controls (each distinct one adds evidence);
 *   3. actions — buttons that only this page offers (not navigation tabs that name every step);
 *   4. negative — texts that rule this page out (a login form is never step 2);
 *   5. assists — buttons a page of another step may offer too (提交): each a sign needing company;
 *   6. fields — field keys (lib/fields/dictionary.ts) whose labels are this page's, read by the
 *      dictionary's words.
 * A column left out, or written `[]` where a later one follows, is none. The eleven steps' order
 * (1–11) is their place in APPLICATION_STEP_IDS. Columns, not named properties, because the
 * content script carries the table (issue 9); stepTable() gives the rows named (StepDefinition).
 * Validated by tests/unit/tables.test.ts with lib/portal/steps.schema.ts (stepTupleTableSchema as
 * written, stepTableSchema named): a malformed row fails the unit tests, not a user's page.
 */
export const STEP_TABLE: readonly StepTuple[] = [
  [
    'login',
    // Not "上次登录时间" in a page's banner (gate probe).
    ['登录$|^登录'],
    // A box labelled only by its placeholder may say so as a prompt (请输入用户名, 请输入登录密码)
    // or offer two names (用户名/身份证号): probe 15 item 6c.
    ['^(请?输入)?(用户名|用户账号|账号|登录名)(/|$)', '^(请?输入)?(登录)?密码$', '验证码'],
    ['^登录$', '^登 ?录$', '^注册'],
    ['公民身份号码', '认定资格名称'],
  ],
  [
    'select-series',
    // 选择申报系列, 申报资格系列选择… A heading decides it over 认定资格名称 / 申报评委会, which 基本信息 asks too.
    ['选择申报(资格)?系列', '^申报(资格)?系列(选择)?$'],
    ['单位主管类型', '认定资格类型', '申报资格系列'],
    ['^选定$', '数据贡献'],
    ['公民身份号码'],
  ],
  ['fetch-history', ['获取历史数据', '历史数据'], [], ['资格评审人员基本信息', '获取历史数据']],
  [
    'basic-info',
    // Numbered as a section may be: "（2）基本信息", "二、基本信息".
    ['^(\\(?\\d+[).、]|[一二三四五六七八九十]+、)?基本信息$', '个人基本信息', '资格评审人员基本信息'],
    ['^姓名$', '公民身份号码|身份证号', '^出生日期$', '个人照片|照片', '认定资格名称', '申报评委会', '认定专业', '政治面貌', '参加工作时间'],
    [],
    ['^密码$', '验证码'],
  ],
  ['qualification-history', ['专业技术资格历史', '资格历史'], ['资格名称', '取得(时间|日期)', '审批单位|批准单位|发证单位', '证书编号'], [], ['认定资格名称']],
  [
    'education',
    // Short as a record's 附件上传 page names it: 学历—附件上传. Other portals' words for it:
    // 学习经历, 学习简历, 教育经历, 教育背景 (breaker 63 B63-4). Not 继续教育情况 (a training record,
    // probe 11b item 6).
    ['学位[(（]?学历[)）]?教育', '学历教育', '(?<!继续)教育(情况|经历|背景)', '^学[历位]', '学习(经)?简?历'],
    ['毕业院校|学校名称|就读学校', '所学专业', '^学历$', '^学位$', '学习形式|学习方式'],
  ],
  ['work-experience', ['工作经历', '专业技术工作经历'], ['是否缴纳社保|缴纳社保', '未缴纳?社保原因|原因', '职务|岗位', '工作内容']],
  ['awards-summary', ['奖惩情况', '工作小结'], ['奖惩', '工作小结|个人小结|专业技术工作总结']],
  [
    'achievements',
    // 业绩成果 also written 业绩/成果 or 业绩、成果; 专业技术业绩 alone (专业技术业绩（成果）without its bracket: probe 18 F1).
    ['业绩[/、]?成果', '取得的业绩', '工作业绩', '专业技术业绩'],
    ['项目名称|业绩名称|成果名称', '本人(角色|作用|承担)', '主要内容|工作内容', '成果|效益'],
    [],
    ['刊物', 'ISSN'],
  ],
  ['publications', ['论文', '著作', '译注', '技术分析报告', '实例材料'], ['刊物|期刊|出版社', 'ISSN', '^CN|刊号', '发表(时间|日期)|出版(时间|日期)', '(本人)?排名|作者排序']],
  ['annual-review', ['年度考核'], ['考核年度|^年度$', '考核结果|考核等次']],
  [
    'certificates',
    ['证书[、,]?证明材料', '证明材料'],
    // The 附件上传 form (file box, 上传, 返回) is shared by every step that takes attachments
    // (seed 3(3)(4)(7)(8)(9)), its heading naming the section (年度考核结果—附件上传): only the
    // 附件名称 chooser is step 10's own (seed 3(10) ①), so 上传 is no action of this page alone.
    // The uploaded file, by its box or its list's column (文件名称), is one sign, not two; the
    // chooser and the box go by the dictionary's words for them (page.attachmentName: 附件类型,
    // 材料类型…; page.attachmentFile: 上传附件, 附件, 选择附件 — breaker round 9 item 8 —, 文件 alone: probe 21 F7).
    ['(附件|材料)(名称|类型|类别)', '选择(上传的?)?文件|上传的?文件|文件名|文件路径|^(选择|上传)?(附件|文件)$'],
  ],
  [
    'submit',
    ['完成并送审', '送审'],
    [],
    ['^送审$', '提交审核'],
    [],
    // A form of another step may send itself so too: company for an instruction …后再送审 or a consent box (breaker 8b).
    ['^(确认)?提交$|^(确认|提交)送审$'],
    // The applicant's consent (同意, 本人承诺, 本人确认所填信息真实, 送审声明) in the words the
    // submit-consent check reads it by: one vocabulary (breaker 8b).
    ['page.consent'],
  ],
  ['unknown', []],
];

/** The rows named, in table order; built on first use (undefined before). */
let named: readonly StepDefinition[] | undefined;

/**
 * Every page's definition (STEP_TABLE's rows named), in table order: built on first use, not
 * when the module loads, and the same objects on every call.
 * @returns one StepDefinition per page; a column left out is an absent list (undefined).
 */
export function stepTable(): readonly StepDefinition[] {
  return (named ??= STEP_TABLE.map(([id, headings, labels, actions, negative, assists, fields]) => ({
    id,
    order: APPLICATION_STEP_IDS.indexOf(id as ApplicationStepId) + 1 || undefined,
    signals: { headings, labels, actions, negative, assists, fields },
  })));
}

/**
 * All pages named (stepTable()), for the tools and the tests: stepTableSchema checks it. No build of
 * the content script reads it.
 */
export const STEPS: readonly StepDefinition[] = /* @__PURE__ */ stepTable();

/**
 * The application steps that may legitimately be left empty (no earlier qualification, no
 * publication, no history to fetch): the 完成并送审 checklist does not ask for their save
 * (lib/checks/unfinished-steps.ts, in on-demand.js). Beside the table, not in its rows, which the
 * content script carries to recognise pages and never reads this of: 13 bytes gzip (issue 9).
 */
export const OPTIONAL_STEPS: readonly StepId[] = ['fetch-history', 'qualification-history', 'publications'];

/**
 * The definition of one page.
 * @param id a step id (spec/portal.md) or `login` / `select-series` / `unknown`: every StepId has
 *   its row in STEPS (./steps.schema.ts, tests/unit/tables.test.ts), so no lookup misses (the content script carries
 *   no error for it: 14 bytes gzip, issue 9).
 */
export function stepById(id: StepId): StepDefinition {
  return stepTable().find((s) => s.id === id)!;
}

/** The eleven application steps in order (order 1–11). */
function applicationSteps(): StepDefinition[] {
  return stepTable()
    .filter((s) => s.order !== undefined)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

/** The eleven application steps in order (order 1–11), for the popup, the tools and the tests. */
export const APPLICATION_STEPS: readonly StepDefinition[] = /* @__PURE__ */ applicationSteps();
