import type { ControlSnapshot, PageSnapshot } from '../page/snapshot';
import { normalizeText } from '../page/normalize';
import { isQueryButton } from '../page/buttons';
import { CRUMBS, SENTENCE } from '../page/page-text';
import { STEP_TABLE, type StepSignals } from './steps';
import { isApplicationStep, type StepId } from './step-ids';
import { sectionOfStep } from '../fields/sections';
import { labelKeys } from '../fields/recognize';
import type { FieldKey } from '../fields/keys';
import { EXPLAINED } from '../fields/explained';

/** Evidence weights. A heading naming the step, or a button only that page has, decides alone;
 * field labels need company (two distinct ones) so a stray label cannot decide, and so do an
 * instruction leading to the step's act (请核对无误后再送审: BEFORE_THEN), a link naming its action
 * and a button other pages may offer too (提交: the table's `assists`). */
const WEIGHT = { heading: 4, action: 4, actionLink: 2, label: 2, instruction: 2 } as const;
/** Minimum score for an answer; below it the page is `unknown`. */
const THRESHOLD = 4;
/** A note saying where to enter something ("注：论文、著作请在第8项“论文著作”中填报"), the place
 * in group 1 (normalised text). The current page's words (本/此/该/当前 页, 下列/以下/下方 栏目) are
 * this page, not elsewhere (breaker round 9 item 3). */
const ELSEWHERE_NOTE = /请(?:在|到|于)(?!本|此|该|当前|下列|以下|下方)([^,，。;；]*?(?:项|栏|页|模块))[^,，。;；]*?(?:填报|填写|录入)/;
/** A heading saying what comes after (…后再…): an instruction, naming no page. What it leads to in
 * group 1 when that is sending (请确认填报信息无误后再送审 → 送审), the act of the page that asks it:
 * one sign of that page, needing company (its 承诺 box), so a line 各项信息填写完毕后再送审 above a
 * 工作经历 form never outvotes the form's fields (breaker 7a F9); any other (本页保存后再填写论文、
 * 著作, 学历教育情况填写完毕后再填写本页) leads to another page's work, no sign (fix32e).
 * Read without the heading's bracketed parts: a 后再 in a title's bracketed instruction
 * (学位（学历）教育情况（填写完毕后再上传附件）) leaves the title (breaker 7a F10). */
const BEFORE_THEN = /后再(.*送审.*)?/;
/** An instruction (…后再…) in a heading, from its start: the heading's start, or a colon or 请 before
 * it that ends a title in the same line (完成并送审：请核对…后再送审, 完成并送审 请核对无误后再送审 →
 * 完成并送审 names the page: breaker 8b). Normalised text (no spaces, ：is :). */
const INSTRUCTION = /[:请][^:]*后再.*|^[^:请]*后再.*/;
/** A link choosing what to apply for on the series page: a series (工程系列, 卫生系列), a kind of
 * 认定 (初次职称考核认定), its procedure (常规流程) or level (初级, 中级) — the choices the seed's
 * step 2 names (lib/portal/step-needs.ts). */
const SERIES_CHOICE = /系列$|认定$|^常规流程$|^[初中]级$/;
/** A step's number before its name (第四步：, 第4步, 4., 四、, 4); a bracketed one, (4)/（四）, goes
 * with the brackets): the name decides, never the number, which differs between portal copies. */
const NUMBERED = /^第?[\d一二三四五六七八九十]+[步项.、)]+:?/;
/** A button's verb acting on what follows it (获取基本信息, 导入…, 查看…, 预览…, 删除…): no step's name. */
const STEP_ACTION = /^(获取|导入|查看|预览|删除)./;
/** A place numbered as a step of the application (第8项, 第 3 步). */
const STEP_NUMBER = /第\s*[\d一二三四五六七八九十]+\s*[项步]/;

/**
 * The step a page shows and, for the page-structure export (lib/diagnostics/build.ts), how it was
 * decided: `score`, `evidence` and `runnerUp` are absent in the content script, which reads the
 * step alone (lib/fields/explained.ts).
 */
export interface StepRecognition {
  step: StepId;
  score?: number;
  /** Human-readable evidence, e.g. `标题“基本信息”`, `字段“公民身份号码”`. */
  evidence?: string[];
  /** Runner-up and its score, for diagnostics. */
  runnerUp?: { step: StepId; score: number } | null;
}

/** Extra recognition hints per step (from a field-map pack), merged with the built-in table. */
export type StepHints = Partial<Record<StepId, Partial<StepSignals>>>;

interface PageTexts {
  /** What in each of the page's headings may name it (nameIn), no sentence among them (SENTENCE). */
  headings: string[];
  /** Of the headings (read as `headings` are), those the page shows (the document's title left out, unless a heading repeats it). */
  shown: string[];
  /** Headings that send the user elsewhere (sendsElsewhere), sentences not among `headings`. */
  elsewhere: string[];
  /** What the page's instructions lead to when that is sending (BEFORE_THEN group 1), no sentence among them. */
  leads: string[];
  labels: string[];
  /** The headers of the page's tables. */
  gridHeaders: string[];
  buttons: string[];
  links: string[];
}

/** Whether `heading` sends the user elsewhere: an ELSEWHERE_NOTE whose place is a numbered step
 * (第8项) or names a step of `steps` (请到“论文著作”栏填写) — a note on the page's own fields
 * (请在下列栏目中填写…) names no other place. */
function sendsElsewhere(heading: string, steps: readonly CompiledSteps[]): boolean {
  const place = ELSEWHERE_NOTE.exec(heading)?.[1];
  return !!place && (STEP_NUMBER.test(place) || namesStep(place, steps));
}

function pageTexts(snapshot: PageSnapshot, steps: readonly CompiledSteps[]): PageTexts {
  const labels = new Set<string>();
  const buttons: string[] = [];
  for (const c of snapshot.controls) {
    // What the page does not show names nothing: a hidden box, or the sections of a tab strip or
    // wizard not shown (their labels outvoted the one shown: probe 15 item 2).
    if (!c.visible) continue;
    if (c.kind === 'button') {
      if (c.buttonText) buttons.push(normalizeText(c.buttonText));
      continue;
    }
    for (const l of c.labels) if (l.text) labels.add(l.text);
    if (c.groupLabel) labels.add(normalizeText(c.groupLabel));
    if (c.choiceText) labels.add(normalizeText(c.choiceText));
  }
  const gridHeaders = snapshot.grids.flatMap((g) => g.headers.filter(Boolean));
  const named = snapshot.headings.map((h) => nameIn(h, steps));
  const elsewhere = snapshot.headings.filter((h) => sendsElsewhere(h, steps));
  const leads = snapshot.headings.map((h) => BEFORE_THEN.exec(unbracketed(h))?.[1] ?? '');
  // The title comes first when there is one (lib/page/page-text.ts collectHeadings).
  const shown = named.slice(normalizeText(snapshot.title) ? 1 : 0);
  const names = (texts: string[]) => texts.filter((h) => h && !SENTENCE.test(h));
  return { headings: names(named), shown, elsewhere, leads: names(leads), labels: [...labels], gridHeaders, buttons, links: snapshot.links };
}

/** A heading without its bracketed parts (normalised text: （） are () there). */
function unbracketed(heading: string): string {
  return heading.replace(/\([^)]*\)/g, '');
}

/** A crumb after the step's (parted by arrows or slashes) on that step's page: once the characters of
 * the step's crumb are left out (学历 of 学历情况, 论文 of 论文著作), an act on its records and the
 * records' words (新增, 编辑学历信息, 上传学历证书, 附件管理, 材料上传, 新增/修改, 详细信息, 专业技术业绩 / 成果:
 * breaker 7a F1, breaker 25 items 1-4), a date (2024年度), what a dash adds (查看 - 张三). Any other
 * names a page of its own (修改密码, 消息中心, 常见问题, 填表说明, 下载模板, 继续教育情况, 获奖情况, 我的申报:
 * breaker 24 item 5, breaker 26 F1). */
const RECORD_ACT = /^(新增|添加|编辑|修改|查看|详细|详情|上传|附件|录入|填写|维护|管理|信息|记录|文件|材料|证书|成果|[\d年月日度/])*([-—–|].*)?$/;
/** A dash- or bar-parted part after the step's naming a page of its own: an act on what is not the
 * step's record (修改密码, 打印预览) or the reviewers' notes (审核意见: left 24b item 1). Any other qualifies
 * the step: a year, the site (…系统, …平台), a person, a date, a batch, a status (审核通过, 待审核), its
 * notes (填写须知), an act on its records (breaker 23 F, breaker 26 F2). */
const OWN_PAGE = /密码|意见|打印|预览/;

/**
 * What in a heading may name the page: the heading without its bracketed parts, of an instruction
 * (BEFORE_THEN) the title before it in the same line (INSTRUCTION). Brackets go first, so a > / →
 * or 后再 in a bracketed instruction (学位（学历）教育情况（先保存→再上传附件）) cuts nothing (breaker 7a
 * F5, F10). A breadcrumb (CRUMBS), or a heading parted by dashes or bars (a document's title 学历情况 -
 * 广州市职称申报系统), names the page by its last crumb or part naming a step, unless what follows it
 * names a page of its own. A crumb is a place: after the step's it is that step's page only as an act
 * on its records (RECORD_ACT: 新增学历, 上传文件; not 常见问题, 继续教育情况). A part after a dash
 * qualifies what it follows: it is a page of its own only as OWN_PAGE (学历情况 - 修改密码; not 学历情况 -
 * 审核通过, 年度考核 - 填写须知). A label's value after the step's crumb (申报人：张三, 今天是：2024年5月1日:
 * breaker 25 item 3) is no place. A crumb names a step by its longest start that does, the rest of it
 * being what the page sets beside the crumb on its line (基本信息申报人 of 基本信息<span
 * style="float:right">申报人：张三</span>: left 26 item 1), itself a page of its own only as OWN_PAGE.
 * A breadcrumb naming no step names its last crumb, a heading so parted is read whole.
 * @param heading normalised text. @param steps the step table with its hints, whose headings name steps.
 * @returns normalised text, "" when nothing is left.
 */
function nameIn(heading: string, steps: readonly CompiledSteps[]): string {
  const h = unbracketed(heading);
  const crumbed = CRUMBS.test(h);
  // What ends the line after the crumbs is none of them: a bar's 欢迎您 - 张三 - 退出, the dashes
  // or bars left of its links read out (基本信息 - <a>修改密码</a> | <a>退出</a>: breaker 19 item 2).
  // A 欢迎 with crumbs after it is a crumb (当前位置：欢迎使用 > 学历情况: breaker 23 F).
  const line = crumbed ? h.replace(/[-—–|]*(欢迎[^>»›→》〉]*)?$/, '') : h.replace(INSTRUCTION, '');
  // The label is a crumb of its own, left when no other is (当前位置：<a>首页</a>): it names nothing.
  // Crumbs are parted by arrows, else by slashes: a line parted by arrows keeps a / or a dash inside
  // its crumbs (专业技术业绩/成果, probe 18 F1; 专业技术业绩-成果), a slash-parted one a / after the
  // step's crumb (首页 / 专业技术业绩/成果: breaker 25 item 4). Only a line parted by neither is
  // parted by dashes, a date's too (2026-12-03 is no step's name).
  const arrows = /[>»›→》〉]/.test(line);
  // A breadcrumb's crumbs parted by arrows or slashes are places, read by ownPlace; parts after a
  // dash or a bar (a heading's, a breadcrumb's parted by neither) qualify what they follow.
  const places = crumbed && (arrows || line.includes('/'));
  const crumbs = line.split(places ? (arrows ? /[:>»›→》〉]/ : /[:/]/) : crumbed ? /[:\-—–|]/ : /[-—–|]/).filter(Boolean);
  // A crumb names a step by its start: what the page sets beside the last crumb on its line
  // (<span style="float:right">申报人：张三</span>, a date) joins it in the line's text, 基本信息申报人
  // (left 26 item 1); a rest naming a step too is a menu's links joined (基本信息学历情况). Only a
  // breadcrumb's: a heading is read whole.
  const start = (c: string) => {
    let n = c.length;
    while (n && !namesStep(c.slice(0, n).replace(NUMBERED, ''), steps)) n = crumbed ? n - 1 : 0;
    return c.slice(0, n);
  };
  let name = '';
  const at = crumbs.findLastIndex((c) => (name = start(c)) && !start(c.slice(name.length)));
  if (at < 0) return crumbed ? crumbs.pop()! : line;
  const rest = crumbs[at]!.slice(name.length);
  const next = crumbs[at + 1];
  // What the page sets beside the step's crumb on its line (申报人 of 基本信息申报人) is read before
  // any crumb after it: it is on the crumb's own line, the crumbs after it are not.
  if (rest) return OWN_PAGE.test(rest) ? rest : name;
  // The step's crumb or part last: the step's page.
  if (!next) return name;
  // After it a place (ownPlace), or a part after a dash, which qualifies the step unless it names a
  // page of its own (OWN_PAGE: 学历情况 - 修改密码; not 学历情况 - 审核通过).
  return (places ? ownPlace(line, name, next) : OWN_PAGE.test(next)) ? next : name;
}

/**
 * Whether `next`, the crumb after the step's crumb `name` on a breadcrumb `line` parted by arrows or
 * slashes, is a page of its own (nameIn). Not as a label's value on the crumb line, right after the
 * step's crumb and a colon (学历情况 申报人：张三, the crumbs 学历情况申报人 and 张三: breaker 25 item 3);
 * nor as an act on the step's records (RECORD_ACT), read without the characters of the step's
 * crumb, so that the records' own words go too (新增学历 of 学历情况, 上传论文附件 of 论文著作).
 */
function ownPlace(line: string, name: string, next: string): boolean {
  return !line.includes(name + ':' + next) && !RECORD_ACT.test([...next].filter((c) => !name.includes(c)).join(''));
}

/** Whether `text` (normalised) names a step of `steps` by its heading patterns. */
function namesStep(text: string, steps: readonly CompiledSteps[]): boolean {
  return steps.some((s) => firstHit(s.signals.headings, [text]));
}

function firstHit(patterns: RegExp[], texts: readonly string[]): string | null {
  for (const re of patterns) for (const t of texts) if (re.test(t)) return t;
  return null;
}

/** Whether the user can type or pick in a control: shown (so no hidden field), not read-only or disabled, no button. */
export function isEditable(c: ControlSnapshot): boolean {
  return c.visible && !c.readOnly && !c.disabled && c.kind !== 'button';
}

/**
 * Which page of the application a frame shows, from what the page shows (headings, field
 * labels, saved-record grid headers, action buttons) — never from its URL, because the portal's
 * paths are unknown (spec/portal.md §Hosts).
 *
 * In a frame without any visible control or grid (a frameset, a menu of links, a landing page)
 * only headings count, and a frame whose headings and links name two steps or more is a menu:
 * the left business tree, which names every step in links and its current one in bold, is
 * never taken for one. So is a frame without a field to fill or a list whose links or buttons
 * name two steps its headings do not: the tree with 退出系统 beside it and its current entry as
 * bold text, a column of step buttons (probe 15). Ties are `unknown` — no answer is better than
 * a wrong one — unless only one of the tied steps is named by a heading: that one is the page.
 * A heading that says where else to enter something (注：论文、著作请在第8项“论文著作”中填报)
 * names no step: it rules out the steps it names (sendsElsewhere); one on the page's own fields
 * (请在下列栏目中填写…) rules out nothing. No sentence names a step (SENTENCE: 请先完成“学位
 * （学历）教育情况”后再填写本页, 登录超时，请重新登录), and the login heading counts only beside a
 * login form. A list's headers count as a record step's (or step 10's) field labels, except
 * under an open upload form. A page without any control the user can edit whose headings name
 * three of the eleven steps or more, none standing out by a heading's weight, is a read-only
 * view of the whole application (查看 / 打印 / 预览),
 * `unknown` too. In a frame holding a form or a list, the breadcrumb of the page around it
 * (PageSnapshot.crumbsAround, which may lag the frame) breaks a tie among the frame's best steps
 * or names a form nothing of its own names; it never outvotes the frame's own evidence.
 *
 * @param snapshot one frame's PageSnapshot (lib/page/snapshot.ts).
 * @param hints extra signals per step (field-map packs); merged with the built-in table
 *   (lib/portal/steps.ts). Invalid regular expressions in hints are ignored. Compiled once per
 *   object and remembered, so a hints object must not be changed after use (pass a new one).
 * @returns the recognised step with its score and evidence. Never throws.
 */
export function recognizeStep(snapshot: PageSnapshot, hints: StepHints = NO_HINTS): StepRecognition {
  // A frame with no form may still be a step's landing page (the series page before a level is
  // picked shows only its heading); there, only a heading counts — never labels or links, so a
  // menu of links that names every step is not taken for one.
  const fields = snapshot.controls.filter(isEditable);
  const editable = fields.length > 0;
  // Without a field to fill or a list (links, buttons, headings only), links or buttons naming
  // steps lead there: a menu, whatever button (退出系统) sits beside it (probe 15 items 1, 4).
  const fieldless = !editable && !snapshot.grids.length;
  const formless = fieldless && !snapshot.controls.some((c) => c.visible);
  const steps = compiledSignals(hints);
  const texts = pageTexts(snapshot, steps);
  const fieldTexts = [...texts.labels, ...texts.gridHeaders];
  // A button doing something to a step (获取基本信息, 预览论文、著作) leads nowhere: only one that
  // names a step (基本信息, 1.获取历史数据) is navigation, a menu's (breaker 31c item 5).
  const navigation = [...texts.links, ...texts.buttons.filter((b) => !STEP_ACTION.test(b))];
  // Under an open upload form (a file box) a list shows that form's files, whichever step the
  // form serves (附件名称 | 上传时间 under every step's 附件上传 page): its headers name no step.
  const listsName = !snapshot.controls.some((c) => c.kind === 'file' && c.visible);
  /**
   * `named`: how many different headings name the step (the title repeated by a banner is one:
   * breaker 18a item 1); `shown`: whether one the page shows does (not only its title); `around`:
   * whether the breadcrumb around the frame names it (a step it alone names scores 0 until then).
   */
  // A step's evidence only where EXPLAINED (StepRecognition).
  const scored: { step: StepId; score: number; evidence?: string[]; named: number; shown: boolean; around?: boolean }[] = [];
  /** The last crumb of the breadcrumb around this frame, read only for a form or a list (never a menu's or banner's frame). */
  const around = !fieldless && snapshot.crumbsAround ? nameIn(snapshot.crumbsAround, steps).replace(NUMBERED, '') : '';
  /** In a frame without a form: the steps its headings or links name; without a field or list: those its links or buttons name and no heading does. */
  const named = new Set<StepId>();
  /** Whether a step a heading names is named by a link or button too. */
  let underStrip = false;
  /** Of the eleven steps, those the page's headings name. */
  let stepsNamed = 0;

  for (const { id, signals, fields } of steps) {
    // A heading that is a sentence (a bold "注：论文、刊物文章请在第8项填报") is no sign of another step.
    if (firstHit(signals.negative, [...fieldTexts, ...texts.headings.filter((h) => h.length <= 12)])) continue;
    // A note sending something elsewhere rules out what it names, never names this page.
    if (firstHit(signals.headings, texts.elsewhere)) continue;
    // A list of saved records names the record's fields in its headers while the form is closed;
    // only the steps with such a list (3–10) are named so: a list of applications (姓名 |
    // 身份证号 | 认定资格名称) is no 基本信息 (gate probe).
    const labels = listsName && (sectionOfStep(id) || id === 'certificates') ? fieldTexts : texts.labels;

    let score = 0;
    const evidence: string[] = [];
    // The login page is a form to log in: its heading counts beside a password box or a login
    // label, never on a message sending him there (登录已超时, 请重新登录: probe 15 item 7).
    const loginForm = id !== 'login' || firstHit(signals.labels, labels) || snapshot.controls.some((c) => c.type === 'password');
    const naming = loginForm ? texts.headings.filter((h) => firstHit(signals.headings, [h.replace(NUMBERED, '')])) : [];
    const heading = naming[0];
    const shown = naming.some((h) => texts.shown.includes(h));
    const lead = firstHit(signals.headings, texts.leads);
    if (heading) {
      if (isApplicationStep(id)) stepsNamed++;
      score += WEIGHT.heading;
      if (EXPLAINED) evidence.push(`标题“${heading}”`);
    } else if (lead) {
      score += WEIGHT.instruction;
      if (EXPLAINED) evidence.push(`说明“${lead}”`);
    }
    // The table's label patterns, then its fields by the field dictionary's words (page.consent).
    for (const test of [...signals.labels.map((re) => (t: string) => re.test(t)), ...fields.map((key) => (t: string) => labelKeys(t).includes(key))]) {
      const hit = labels.find(test);
      if (hit) {
        score += WEIGHT.label;
        if (EXPLAINED) evidence.push(`字段“${hit}”`);
      }
    }
    // Links or buttons naming the step: a menu's, or a strip of every step's, in which a page
    // under it names itself a second time (a menu's current entry is plain text).
    const linked = firstHit(signals.headings, navigation);
    if (heading && linked) underStrip = true;
    if (fieldless && (heading ? formless : linked)) named.add(id);
    const button = firstHit(signals.actions, texts.buttons);
    if (button) {
      score += WEIGHT.action;
      if (EXPLAINED) evidence.push(`按钮“${button}”`);
    } else {
      // A link naming the step (1.获取历史数据 in a strip of every step, the business tree) leads
      // to it: navigation, not the page's action; in a frame without a form, links are a menu's.
      const link = !formless && firstHit(signals.actions, texts.links.filter((l) => !firstHit(signals.headings, [l])));
      const assist = firstHit(signals.assists, texts.buttons);
      if (link || assist) {
        score += WEIGHT.actionLink;
        if (EXPLAINED) evidence.push(assist ? `按钮“${assist}”` : `链接“${link}”`);
      }
    }
    const aroundNames = !!around && !!firstHit(signals.headings, [around]);
    if (score > 0 || aroundNames) scored.push({ step: id, score, ...(EXPLAINED && { evidence }), named: new Set(naming).size, shown, around: aroundNames });
  }

  // Equal scores: a step the page's headings name goes before one only its buttons or links
  // name (a row of buttons naming other steps is navigation, not this page's action), one
  // named twice before one named once (a strip naming every step, 1.基本信息 2.学位…, above the
  // page's own title), and one a heading on the page names before one only the document's title
  // names (a title left from another page: 资格评审人员基本信息 over a 获取历史数据 page, probe 10b).
  const order = (a: (typeof scored)[number], b: (typeof scored)[number]) => b.score - a.score || b.named - a.named || +b.shown - +a.shown;
  // The breadcrumb of the page around the frame may lag a frame navigated in place (its 保存并下一步):
  // the frame's own evidence decides, the crumb only breaks a tie among its best steps or names a
  // form nothing of its own names (a shell's 当前位置：… > 学历情况 over a frame of 起止时间, 备注).
  // A crumb naming two steps names neither (two steps one heading names tie too).
  const [crumbed, twice] = scored.filter((s) => s.around);
  if (crumbed && !twice && scored.every((s) => order(crumbed, s) <= 0)) {
    crumbed.score += WEIGHT.heading;
    if (EXPLAINED) crumbed.evidence!.push(`上层页面位置“${around}”`);
  }
  scored.sort(order);
  const [best, second] = scored;
  // A frame without a form that names two steps or more, or without a field or list whose links
  // or buttons name two other steps, is a menu (the business tree, its current entry in bold,
  // beside a 退出系统 button; a column of buttons 1.获取历史数据 2.基本信息…), never a step's page,
  // unless the step a heading names is linked too: a page under a strip of every step.
  const menu = named.size >= 2 && !underStrip;
  // A frame without a field or list that holds frames (a <frameset>, the shell around the
  // content's <iframe>) or, without any control, sits inside another (a banner row) holds no
  // step's page: its title or breadcrumb names the page the form's frame shows (probe 15 item 4).
  // A lone search box (快速查找：<input> 查找) beside its breadcrumb fills no step's form (breaker 31c item 2).
  const searchBox = fields.length === 1 && texts.buttons.some(isQueryButton);
  // The series page is a heading over a list of links, one per series: in a frame it is no banner
  // (breaker 31c item 5). Only links naming series make that list (SERIES_CHOICE), never a
  // banner's breadcrumb crumbs or its links for the account or the site (首页 > 职称申报, 个人中心,
  // 注销, 通知公告, 操作指南: breaker 7a F4).
  const seriesList = best?.step === 'select-series' && texts.links.filter((l) => SERIES_CHOICE.test(l))[1];
  const shell = ((fieldless || searchBox) && snapshot.childFrameCount > 0) || (formless && !snapshot.isTopFrame && !seriesList);
  // A page that can't be edited, whose headings name three steps or more and on which no step
  // stands out by a heading's worth shows the whole application (查看 / 打印 / 预览): a step's
  // checks would misread it (gate probe). A list page under a strip naming every step (1.基本信息
  // 2.学位… in bold cells) is its own step: its title names it a second time.
  const overview = stepsNamed >= 3 && !editable && !!second && best!.score - second.score < WEIGHT.heading && best!.named === second.named;
  const unknown = !best || menu || shell || overview || best.score < THRESHOLD || (second && order(best, second) === 0);
  // How it was decided, for the export only (StepRecognition): not in the content script's build.
  const how = EXPLAINED && { score: best?.score ?? 0, evidence: best?.evidence ?? [], runnerUp: second ? { step: second.step, score: second.score } : null };
  return { step: unknown ? 'unknown' : best.step, ...how };
}

/** No field-map pack hints: the default, compiled once like any other hints object. */
export const NO_HINTS: StepHints = {};

/**
 * The application step a heading-like text names by the built-in step table's heading patterns
 * (lib/portal/steps.ts, compiled once, as recognizeStep uses them), or null: "学位(学历)教育情况"
 * → education. Read by the 完成并送审 checklist (lib/checks/unfinished-steps.ts).
 * @param text normalised text (lib/page/normalize.ts).
 */
export function stepNamedBy(text: string): StepId | null {
  return compiledSignals(NO_HINTS).find((s) => isApplicationStep(s.id) && firstHit(s.signals.headings, [text]))?.id ?? null;
}

/** The kinds of signal that are patterns (`fields` are field keys). */
type PatternKind = Exclude<keyof StepSignals, 'fields'>;

interface CompiledSteps {
  id: StepId;
  signals: Record<PatternKind, RegExp[]>;
  /** The built-in table's field keys (a field-map pack's hints carry none). */
  fields: FieldKey[];
}

/** Every kind of pattern: a step's row leaves out a kind it has none of. */
const SIGNAL_KINDS: readonly PatternKind[] = ['headings', 'labels', 'actions', 'negative', 'assists'];

/** Compiled signals per hints object: a page is re-read on every edit, its hints stay the same. */
const compiled = new WeakMap<StepHints, CompiledSteps[]>();

/** The step table's signals merged with `hints`, as RegExps (compiled once per hints object). */
function compiledSignals(hints: StepHints): CompiledSteps[] {
  let steps = compiled.get(hints);
  if (steps) return steps;
  // Read from the table's rows as written (STEP_TABLE: id, then the pattern kinds in SIGNAL_KINDS'
  // order, then the fields), not from its named view: bytes of the content script's budget (issue 9).
  steps = STEP_TABLE.filter(([id]) => id !== 'unknown').map(([id, ...columns]) => {
    const extra = hints[id] ?? {};
    const signals = {} as CompiledSteps['signals'];
    SIGNAL_KINDS.forEach((kind, i) => (signals[kind] = compileSafe([...((columns[i] as readonly string[] | undefined) ?? []), ...(extra[kind] ?? [])])));
    return { id, signals, fields: (columns[5] as FieldKey[] | undefined) ?? [] };
  });
  compiled.set(hints, steps);
  return steps;
}

function compileSafe(patterns: readonly string[]): RegExp[] {
  const out: RegExp[] = [];
  for (const p of patterns) {
    try {
      out.push(new RegExp(p));
    } catch {
      // A user-supplied hint with a broken pattern is skipped, not fatal.
    }
  }
  return out;
}
