/**
 * planFill: decide, without touching the page, what autofill would do with every recognised
 * control: the value (in the page's format), where it came from, and whether it will be
 * filled, skipped or left to the user (with the reason in the browser's language, from
 * public/_locales `fill_reason_*`). The plan is what the
 * preview shows; applyFill (lib/fill/apply.ts) executes it.
 */
import type { ControlSnapshot, LabelSource, OptionSnapshot, PageSnapshot } from '../page/snapshot';
import type { FieldMatch } from '../fields/match';
import type { FieldKey } from '../fields/keys';
import type { Profile, RecordSection } from '../profile/schema';
import type { StepId } from '../portal/step-ids';
import { recordSectionOf } from '../fields/keys';
import { isRecordList } from '../fields/record-lists';
import { t, tCount } from '../i18n/t';
import { specOf, UNTIL_NOW_LABEL } from '../fields/dictionary';
import { sectionOfStep, sectionTitle } from '../fields/sections';
import { answersYesNo, answerOf, continuationBoxes, controlDisplayValue, dateParts, labelKeys, PART_SEPARATOR, RANGE_DASH, yesNoPair } from '../fields/recognize';
import { normalizeText } from '../page/normalize';
import { toHalfWidthCompact } from '../identifiers/normalize';
import { choiceWords, choosable, codeInOtherForm, differingCurrent, fieldName, fileName, listedOptions, shownValue, type FillOutcome } from './display';
import { profileSource, profileValue, type ProfileValue } from './profile-values';
import { isDateKey } from '../fields/date-fields';
import { DEFAULT_DATE_FORMAT, declaredDateFormat, formatDate, heldDate, readShownDate, sameDate } from './dates';
import { unencodableChars } from './charset';
import { maxLengthOf } from './length-limit';
import { rankAsBoxAsks, rankOfTotal } from './rank-box';
import { yearAsBoxAsks } from './year-box';
import { compact, isPromptText, NEAR_NONE_RE } from '../checks/common';
import { NONE } from '../checks/awards-empty';
import { consentGiven } from '../checks/submit-consent';
import { asksAwardsAndPunishments, awardsAnswer } from './awards-answer';
import { identityDateKeys, identityKey, listedRecords, nextSequence, recordsNamedBy, reviewYearOf } from './listed-records';
import { optionByApplicationName, optionByRank, optionByValue, optionByWording, optionByYesNoPair, sameWording, saysNo, yesNoOptionPair } from '../vocab/option-wording';
import { chooseDateOptions, dateListsState, listsDate, shownDate, type DateListChoice } from './date-lists';

export interface FillItem {
  /** Index into PageSnapshot.controls (for radios: the member to check). */
  control: number;
  key: FieldKey | null;
  /** The field's clean name: the dictionary's Chinese title, else the page label without `*`/`：` (lib/fill/display.ts). */
  label: string;
  /** What will be written / chosen, as the user sees it: option text, 是/否, a photo's file name. */
  value: string;
  /** What the page shows now when it is non-empty and differs from `value` (option text, 是/否, file name). */
  current?: string;
  /** "档案 · 基本信息 · 公民身份号码", "档案 · 学历 第 2 条 · 学校". */
  source: string;
  action: 'fill' | 'skip' | 'needs-user';
  /** What the row says: will-fill, same (page already equal), conflict (needs the overwrite tick), skipped, needs-user. */
  outcome: Extract<FillOutcome, 'will-fill' | 'same' | 'conflict' | 'skipped' | 'needs-user'>;
  /** Explanation, in the browser's language, for skip/needs-user, and for a fill that needs the overwrite tick. */
  reason?: string;
  /** The control already holds a different non-empty value: applied only when the user ticks it. */
  overwrite: boolean;
  /** The option value to select (selects), the radio's value, or "true"/"false" for a checkbox; absent when a cascade must load it first. */
  option?: string;
  /**
   * A date chosen in lists (lib/fill/date-lists.ts): every list's choice, the year's (`control`,
   * `option`) first, then month and day; `value` is the date they make (listsDate: "1998-05-12"
   * for [1998年][5月][12日], "至今").
   */
  lists?: DateListChoice[];
  /**
   * A value typed across boxes of one cell (continuationBoxes: 办公电话 [020]-[38765432], 出生年月
   * [1998]年[05]月): each box's text, `control`'s first; `value` is the parts joined by "-".
   */
  parts?: TextPart[];
  /**
   * The other checkboxes of the same question (the other box of a 是/否 checkbox pair), any
   * ticked one unticked before `control` is ticked: indexes into PageSnapshot.controls. 应用
   * keeps a tick the user put on one of them after the preview (breaker 31a F1).
   */
  untick?: number[];
  /**
   * On a row the page already showed (outcome `same`): 应用 writes the value after all should the
   * page have emptied the field since the preview (a redraw; breaker 31a F4). Absent for a field
   * only the portal or the user fills (a read-only box, a "..." chooser's text, a file).
   */
  refill?: true;
  /**
   * Written only together with the control at this index (PageSnapshot.controls), which the user
   * ticked 覆盖 on and the fill wrote first: a 证件号码 under a 证件类型 the user set to 护照 takes
   * the profile's 公民身份号码 only when the same fill changes the 证件类型 to the 居民身份证
   * (fill 57). Not so, the row is needs-user with `reason`.
   */
  onlyWith?: number;
}

/** One box of a value typed in parts, and its text. */
export interface TextPart {
  /** Index into PageSnapshot.controls. */
  control: number;
  text: string;
}

export interface FillPlan {
  /** The step the plan was made for. */
  step: StepId;
  /**
   * The page the plan was made on: its items' `control` numbers index these controls, and the
   * fill is applied against them (applyFill). A page read again since (an UpdatePanel's redraw,
   * a row a postback inserted) may number its controls otherwise (probe 15 item 0).
   */
  snapshot: PageSnapshot;
  /** The profile the plan's values come from: 填写 writes nothing once the active one differs (breaker 31a F2). */
  profile: Profile;
  items: FillItem[];
  /** 0-based profile row being filled on a record step, or null. */
  recordIndex: number | null;
  recordSection: RecordSection | null;
  /** Rows in that profile section (0 on non-record steps). */
  recordCount: number;
}

export interface PlanOptions {
  /** Fill this profile row (0-based) instead of the automatic choice. */
  recordIndex?: number;
  /**
   * 记录序号 values known to be saved though the page does not list them (the record form
   * replaced the list; lib/fill/record-memory.ts). Added to those the page's grid shows. null:
   * the step's list was last seen one page of several, without its total — unknown.
   */
  savedSequences?: ReadonlySet<number> | null;
}

function rowSeq(profile: Profile, section: RecordSection, i: number): number {
  if (section === 'annualReviews') return i + 1;
  return ((profile[section] as { seq?: number }[])[i]?.seq ?? i + 1) as number;
}

interface RecordChoice {
  /** The profile row to fill (0-based), or null. */
  index: number | null;
  /** The 记录序号 to write: the next free number, or the one an edited record keeps. */
  seq: number | null;
  reason?: string;
  /** Set when the 记录序号 is the user's to enter, saying why (a paged list without its total). */
  seqReason?: string;
}

/**
 * The record form when it is a saved record opened again (修改 on the list): the 记录序号 it
 * shows is taken, and the record's text fields hold values. A new form's number — empty, or one
 * the portal proposes — is not taken; a blank form with a default "1" has no typed values (a
 * radio's value or a list's first option are not the user's, except in the list naming the
 * record: 考核年度). An edit page of its own, with no
 * list of the step's records and none remembered, cannot say which numbers are taken: any number
 * it shows may be kept, and chooseRecord then takes only the record its texts name.
 * @param listKnown whether the page lists this step's records or the tab remembers saves.
 * @returns the number it keeps and the texts it shows (to find its profile row), or null.
 */
function editedForm(
  snapshot: PageSnapshot,
  matches: readonly FieldMatch[],
  section: RecordSection,
  taken: ReadonlySet<number>,
  listKnown: boolean,
): { seq: number; texts: string[] } | null {
  const seqMatch = matches.find((m) => m.key === `${section}.seq`);
  const shown = seqMatch ? Number(snapshot.controls[seqMatch.control]?.value.normalize('NFKC').trim()) : NaN;
  if (listKnown ? !taken.has(shown) : !(Number.isInteger(shown) && shown > 0)) return null;
  const texts = matches.flatMap((m) => {
    const c = snapshot.controls[m.control];
    // A list's chosen option is the user's only where it names the record (考核年度 as a list: probe 12b item 1).
    const typed = c && m !== seqMatch && m.key !== null && recordSectionOf(m.key) === section && (['text', 'date', 'textarea'].includes(c.kind) || m.key === identityKey(section));
    const shown = typed ? shownValue([c]) : '';
    return shown !== '' ? [normalizeText(shown)] : [];
  });
  return texts.length > 0 ? { seq: shown, texts } : null;
}

/**
 * Which profile row a record step fills, and its 记录序号 (spec/portal.md: "1, 2, 3… in order
 * with no gaps"): a record opened for editing keeps its number and gets the profile row it shows
 * (of several rows it names alike, the one of its number, else none: the user picks; failing any,
 * the row of its number), except on an edit page of its own showing another record's number, which
 * gets its row's own 记录序号 (annual reviews have none); a hand-picked row (`wanted`), else the
 * unlisted record a new form's naming box shows (项目名称 typed, 考核年度 chosen in a list with a
 * 请选择 prompt), else the first row the page does not list as saved
 * (lib/fill/listed-records.ts) takes the next free number; none when every row is saved. When
 * the saved list is known only in part (one page of a paged list, `known` null), no row is
 * chosen and a hand-picked row gets no number: both are the user's.
 */
function chooseRecord(
  snapshot: PageSnapshot,
  matches: readonly FieldMatch[],
  profile: Profile,
  section: RecordSection,
  wanted: number | undefined,
  known: ReadonlySet<number> | null,
): RecordChoice {
  const count = (profile[section] as unknown[]).length;
  if (count === 0) return { index: null, seq: null, reason: t('fill_reason_no_section_records', sectionTitle(section)) };
  const seqOf = (i: number) => rowSeq(profile, section, i);
  const { saved, taken, partial } = listedRecords(snapshot, profile, section, known ?? new Set(), seqOf);
  const listKnown = known === null || known.size > 0 || snapshot.grids.some((grid) => isRecordList(grid, section));
  const edited = editedForm(snapshot, matches, section, taken, listKnown);
  const seqReason = (known === null || partial) && !edited ? t('fill_reason_paged_list') : undefined;
  if (wanted !== undefined) {
    if (wanted < 0 || wanted >= count) return { index: null, seq: null, reason: t('fill_reason_no_such_record', wanted + 1, sectionTitle(section)) };
    if (seqReason) return { index: wanted, seq: null, seqReason };
    return { index: wanted, seq: edited?.seq ?? nextSequence(taken) };
  }
  if (seqReason) return { index: null, seq: null, reason: seqReason, seqReason };
  const rows = [...Array(count).keys()];
  if (edited) {
    // The record the form shows (its name, dates and other texts; of several it names alike, the
    // one of its number), else (its number being known taken) the profile row of its number.
    // Several named, none of its number: the user picks (a wrong record's dates would be filled
    // with nothing to say so; breaker 15a item 3).
    const named = recordsNamedBy(edited.texts, section, profile);
    const numbered = rows.findIndex((i) => seqOf(i) === edited.seq);
    if (named.length > 1 && !named.includes(numbered)) {
      return { index: null, seq: null, reason: t('fill_reason_records_alike', named.map((i) => i + 1).join('、'), sectionTitle(section)) };
    }
    const row = named.length > 1 ? numbered : (named[0] ?? (listKnown ? numbered : -1));
    // On an edit page of its own a number that is another record's, the texts naming one record,
    // says they disagree: the record's own 记录序号 is offered over it (a conflict the user ticks),
    // not kept silently (breaker 14a item 4). A listed number is the portal's, and annual reviews
    // have no 记录序号 of their own (their place in the profile is no number): kept.
    const own = listKnown || numbered < 0 || section === 'annualReviews';
    if (row >= 0) return { index: row, seq: own ? edited.seq : seqOf(row) };
  }
  // A new form whose naming box (项目名称, 题目, 考核年度 — a list's chosen option too) already
  // shows a record the page does not list: that record, the next number (probe 12b item 1).
  // One it lists, or none, leaves the next row, and planFill holds back the fields around the box.
  // A list with no prompt option always shows one, the server's default until the user changes
  // it ("2024年度" atop a descending list): that is no choice, and it would skip earlier unsaved
  // years (breaker 23a item 6). The record is then the next row, and the list a 覆盖 conflict.
  const identity = matches.find((m) => m.key === identityKey(section));
  const box = identity && snapshot.controls[identity.control];
  const chosen = box && (box.kind !== 'select' || box.options.some((o) => o.placeholder));
  const identityShown = chosen ? shownValue([box]) : '';
  const named = identityShown === '' || isPromptText(identityShown) ? [] : recordsNamedBy([normalizeText(identityShown)], section, profile);
  const next = named.find((i) => !saved.has(i)) ?? rows.find((i) => !saved.has(i));
  if (next !== undefined) return { index: next, seq: nextSequence(taken) };
  return { index: null, seq: null, reason: tCount('fill_reason_all_records_saved', count, sectionTitle(section)) };
}

/**
 * The option of a select to choose for a profile value.
 * @param options the choosable options (choosable(): no placeholder, none disabled), in page order.
 * @param wanted the profile's value as text ("男", "汉族", "中共党员", "大学本科", "学士", "助理工程师").
 * @returns the option to select, or undefined when none can be chosen faithfully (the item then
 *   stays needs-user). Rules, in order: exact text, normalised text, a year with
 *   年 / 年度 after it ("2021年度"), the first option meeting one winning; then, through lib/vocab/option-wording.ts optionByWording, the
 *   text with a leading code ("1-男", "01 汉族", "21.大学本科", "(01)汉族") and/or a trailing code
 *   or a qualifier lib/vocab/qualifiers.ts allows ("汉族(01)", "助理工程师（助理级）") removed,
 *   then a wording equivalence of the national code tables (lib/vocab/wordings.ts: 中国共产党党员
 *   = 中共党员, 本科 = 大学本科, 学士学位 = 学士, 第一作者 = 1), and, where no option meets any of these, a
 *   shorter wording the table allows (党员 for 中共党员, never 预备党员). These later rules count
 *   only when exactly one option meets them, and compare whole texts, never substrings ("本科"
 *   never picks "本科以下"). Then a 认定资格名称 or 申报评委会 read as the checks read it
 *   (optionByApplicationName: 初级-助理工程师, 生态环境助理工程师; …专业初级评委会, the one serving the
 *   profile's level). Then, for a rank, the one option whose text covers it
 *   (optionByRank: 第一作者(独著) or 主编 for 1 beside 非第一作者 / 副主编, 第1-3位 for 2, 第4位及以后 for 5), and 是 / 否
 *   as a pair like 已缴纳 / 未缴纳 (optionByYesNoPair). Last, an
 *   option whose value is the wanted text, unless the options' texts are words of its vocabulary
 *   or rank words (optionByValue: value="1" 第二, 非第一作者 or 副主编 is not rank 1): what an option
 *   says outweighs its code (probe 8 item 4).
 *   Never throws.
 */
export function findOption(options: readonly OptionSnapshot[], wanted: string): OptionSnapshot | undefined {
  const w = wanted.trim();
  const norm = normalizeText(w);
  return (
    options.find((o) => o.text === w) ??
    options.find((o) => o.norm === norm) ??
    // A year: 2021 = 2021年 = 2021年度 (考核年度 lists).
    (/^\d{4}$/.test(norm) ? options.find((o) => o.norm === `${norm}年` || o.norm === `${norm}年度`) : undefined) ??
    optionByWording(options, w) ??
    optionByApplicationName(options, w) ??
    optionByRank(options, w) ??
    optionByYesNoPair(options, w) ??
    optionByValue(options, w)
  );
}

/**
 * The option a list or a radio list of `c` answers the profile's value by: findOption's, or for a
 * bare 是 / 否 under a question that says no the other one (answerOf, the checks' reading too:
 * 是否未缴纳社保 [是|否] gets 否 for a paid job; it got 是, the opposite answer). Options worded
 * 已缴纳 / 未缴纳 say what they mean and are chosen as findOption chooses them.
 * @param options the choosable options, or a radio list's (choiceOptions). @param wanted the profile's value.
 * @returns that option, or undefined when none (as findOption).
 */
function findAnswer(c: ControlSnapshot, options: readonly OptionSnapshot[], wanted: string): OptionSnapshot | undefined {
  const found = findOption(options, wanted);
  // Without the profile's word among them (是 missing, or disabled in a list), the answer's own (否) is looked for all the same.
  const answer = answerOf(c, found?.norm ?? wanted);
  return answer === found?.norm ? found : findOption(options, answer);
}

/**
 * Why no option answers the profile's value (noOptionReason), naming the option the page would
 * need: under a question that says no (是否未缴纳社保 ○是 ○否), 否 for the profile's 是 (answerOf), as
 * findAnswer looks for it — the report named 是, which the page has (range 63 item 2).
 * @param c the list, or a radio of the list. @param options its options, the disabled ones too.
 * @param wanted the profile's value. @returns the reason, in the browser's language.
 */
const noAnswerReason = (c: ControlSnapshot, options: readonly OptionSnapshot[], wanted: string): string => noOptionReason(options, answerOf(c, wanted));

interface Ctx {
  snapshot: PageSnapshot;
  profile: Profile;
  recordIndex: number | null;
  /** The 记录序号 chosen for that row (chooseRecord). */
  recordSeq: number | null;
  noRecordReason: string;
  /** Why the 记录序号 is the user's to enter, when it is (RecordChoice.seqReason). */
  seqReason: string | undefined;
  /** Selects already planned for filling (cascade parents). */
  plannedSelects: boolean;
  /** The keys recognised on the page (a 刊号 box beside an ISSN box of its own asks the CN: planJournalNo). */
  keysOnPage: ReadonlySet<FieldKey | null>;
  /** The document a 证件类型 box shows when not the 居民身份证 (otherIdDocument): 证件号码 is then not the profile's. */
  otherIdDocument: string | null;
}

/** A fill item for a control group; `current` is what the group shows now (lib/fill/display.ts). */
function base(members: readonly ControlSnapshot[], key: FieldKey | null, value: string, source: string): FillItem {
  const c = members[0]!;
  const current = differingCurrent(shownValue(members), value);
  return {
    control: c.index,
    key,
    label: fieldName(c, key),
    value,
    ...(current === undefined ? {} : { current }),
    source,
    action: 'fill',
    outcome: 'will-fill',
    overwrite: false,
  };
}

/** The item with its display value replaced (a formatted date, an option's text); `current` follows it. */
function withValue(item: FillItem, value: string, current: string): FillItem {
  const { current: _old, ...rest } = item;
  const differing = differingCurrent(current, value);
  return { ...rest, value, ...(differing === undefined ? {} : { current: differing }) };
}

/** The item left to the user: needs-user with `reason` (in the browser's language), shown as the row's detail. */
export function needs(item: FillItem, reason: string): FillItem {
  return { ...item, action: 'needs-user', outcome: 'needs-user', reason };
}

function skip(item: FillItem, reason: string): FillItem {
  return { ...item, action: 'skip', outcome: 'skipped', reason };
}

/** The page already shows the value: nothing to write, the row says 已一致 (FillItem.refill: unless the page empties it before 应用). */
function same(item: FillItem): FillItem {
  return { ...alreadyShown(item), refill: true };
}

/** Likewise for a field only the portal or the user fills (a file, a chooser's text, a read-only box): never written, whatever happens to it. */
function alreadyShown(item: FillItem): FillItem {
  const { reason: _none, current: _equal, refill: _written, ...rest } = item;
  return { ...rest, action: 'skip', outcome: 'same' };
}

/** The item as a conflict: the page holds another answer, written over only when the user ticks 覆盖. */
function overwriting(item: FillItem): FillItem {
  return { ...item, overwrite: true, outcome: 'conflict', reason: t('fill_reason_overwrite') };
}

/**
 * The item as a conflict needing the overwrite tick when the page shows other content; a box
 * showing nothing or only the page's prompt (请选择, 请输入…: isPromptText) is filled as empty.
 */
function withOverwrite(item: FillItem, current: string, wanted: string): FillItem {
  if (isPromptText(current)) return item;
  // 汉 in a box is the profile's 汉族 (sameWording): 已一致, not 与档案不同.
  if (normalizeText(current) === normalizeText(wanted) || sameWording(current, wanted)) return same(item);
  return overwriting(item);
}

/**
 * Whether the profile's 奖惩情况 says there are none: empty, or 无。 written another way (无, 暂无,
 * 没有, 本人无奖惩情况: NEAR_NONE_RE). Such a text is written as the walkthrough asks, 无。 (操作指引
 * 3(6); the awards-empty check refuses 无 or 暂无 and an empty box: breaker 32r item 1).
 * @param profile the active profile. @returns true when it says none.
 */
function awardsNone(profile: Profile): boolean {
  const text = compact(profile.awards);
  return text === '' || NEAR_NONE_RE.test(text);
}

function planPageKey(members: ControlSnapshot[], key: FieldKey, ctx: Ctx): FillItem | null {
  const { profile } = ctx;
  const c = members[0]!;
  if (key === 'page.awardsYesNo') {
    const answer = awardsAnswer(profile.awards);
    const item = base(members, key, answer ?? '', profileSource('奖惩情况'));
    // 无 (no award, no punishment) answers 无处分 too; 有 does not tell which side (breaker 27a item 2).
    const pair = yesNoOptionPair(c.kind === 'select' ? choosable(c) : choiceOptions(members));
    if (answer === '有' && pair && !asksAwardsAndPunishments(pair.noun)) return needs(item, t('fill_reason_awards_one_side', pair.yes.text));
    return answer ? planByKind(members, asYesNo(members, item, answer), false, ctx) : needs(item, t('fill_reason_awards_unclear', profile.awards));
  }
  if (key === 'page.rewards' || key === 'page.punishments') {
    // The profile keeps 奖惩情况 as one text, which cannot be split into its awards and its
    // punishments: only one saying there are none (无。, 暂无, 本人无奖惩情况: NEAR_NONE_RE, or
    // nothing) answers each box, with 无。; any other is shown for the user to divide.
    const none = awardsNone(profile);
    const item = base(members, key, none ? NONE : profile.awards, profileSource('奖惩情况'));
    return none ? planByKind(members, item, false, ctx) : needs(item, t('fill_reason_awards_split'));
  }
  if (key === 'page.photo') {
    // The profile's photo (by file name) is what the user should choose; the page shows its own choice.
    const item = base(members, key, profile.photo?.fileName ?? '', profile.photo ? profileSource('个人照片') : t('fill_source_page'));
    const chosen = fileName(c.value);
    return chosen !== '' && chosen === item.value ? alreadyShown(item) : needs(item, t('fill_reason_choose_file'));
  }
  if (key === 'page.idType') {
    // The profile's number is a 公民身份号码 (GB 11643): its document is the 居民身份证, however the
    // code table words it (身份证, 01-居民身份证, 中华人民共和国居民身份证); never 临时/港澳/台湾 ones.
    const item = base(members, key, '居民身份证', profileSource('公民身份号码'));
    if (!profile.basic.idNumber) return skip(item, t('fill_reason_empty'));
    // Another document the page holds (a box, the portal's read-only one, or a list it disabled,
    // set from the account: fill 45) is the user's to sort out, never written over.
    const other = otherIdDocument(members);
    if (other !== null) return needs(item, t('fill_reason_id_type_other', other));
    // A box showing the 居民身份证 is 已一致; an empty one takes it.
    if (!isChoice(c)) return c.value.trim() ? alreadyShown({ ...item, value: c.value.trim() }) : heldByPortal(members, planByKind(members, item, false, ctx));
    const options = c.kind === 'select' ? choosable(c) : choiceOptions(members);
    const idCards = options.filter((o) => ID_CARD.test(o.norm));
    if (idCards.length !== 1) return needs(item, t('fill_reason_no_option', item.value));
    // A list the portal disabled showing the 居民身份证 is 已一致, never written (it said 已一致, then 失败: 该控件已被页面禁用).
    return heldByPortal(members, planByKind(members, { ...item, value: idCards[0]!.text }, false, ctx));
  }
  const item = base(members, key, '', t('fill_source_page'));
  if (key === 'page.attachmentFile') return needs(item, t('fill_reason_choose_file'));
  if (key === 'page.reviewGroup') return skip(item, t('fill_reason_review_group'));
  if (key === 'page.consent') {
    // Consent given is done, never written; else it is his to give, never ours (seed 3(11)).
    const given = consentShown(members);
    return given === null ? needs(item, t('fill_reason_consent')) : alreadyShown({ ...item, value: given });
  }
  if (key === 'page.attachmentName') return needs(item, t('fill_reason_attachment_name'));
  return null;
}

/** A 证件类型's wording of the 居民身份证 (身份证, 01-居民身份证, 中华人民共和国居民身份证, 二代身份证). */
const ID_CARD = /^(\w{1,3}[-.、:])?(中华人民共和国)?(居民|二代)?身份证$/;

/** Whether a control is answered by choosing (a list, radios, boxes to tick), not by typing. */
const isChoice = (c: ControlSnapshot) => c.kind === 'select' || c.kind === 'radio' || c.kind === 'checkbox';

/**
 * The document a 证件类型 shows when it is not the 居民身份证 (护照, 港澳居民来往内地通行证) and
 * the fill does not choose it: a box (typed, or the portal's read-only one), or a list or radios
 * the portal disabled. The page then asks that document's number, which the profile's
 * 公民身份号码 is not (fill 45).
 * @param members the 证件类型's controls (a radio list's members; none when the page asks none).
 * @returns what it shows, or null when it shows nothing or a 居民身份证 wording, or is a choice the fill makes.
 */
function otherIdDocument(members: readonly ControlSnapshot[]): string | null {
  const c = members[0];
  if (!c || (isChoice(c) && members.some(userFacing))) return null;
  const shown = shownValue(members);
  return shown === '' || ID_CARD.test(normalizeText(shown)) ? null : shown;
}

/**
 * The document other than the 居民身份证 the page shows for its 证件号码: its 证件类型 control's
 * (otherIdDocument), else, where it has none, the one it writes as plain text (fill 57:
 * PageSnapshot.idDocumentText, a cell reading 护照).
 * @param members the 证件类型's controls (none when the page has none). @param text the plain-text one.
 * @returns the document, or null when it is the 居民身份证, a prompt, or not shown.
 */
function idDocumentShown(members: readonly ControlSnapshot[], text: string | undefined): string | null {
  if (members.length > 0 || text === undefined) return otherIdDocument(members);
  return isPromptText(text) || ID_CARD.test(normalizeText(text)) ? null : text;
}

/**
 * The applicant's consent as the page shows it when given (a box he ticked, 同意 / 是 chosen:
 * consentGiven, the submit-consent check's reading), so the preview and the report show it done
 * (已一致), not as his to do (probe 21 N3). A radio reads "true" with its choice's words, as a box.
 * @param members the consent's control, or its radio group, as the page has it.
 * @returns what the page shows (shownValue: 是 for a ticked box, the chosen text), or null when not given.
 */
export function consentShown(members: readonly ControlSnapshot[]): string | null {
  return members.some((m) => consentGiven(answerOf(m, controlDisplayValue(m)), m)) ? shownValue(members) : null;
}

/**
 * Whether a box whose page declares a date format still takes the word 至今: its hint or labels
 * ask for it (至今填写“至今”, not 至今不填 / 不填表示至今 / 无需填写 / 请勿填写 / 不要填 / 请填写当前年月:
 * breaker 22a item 3), or it holds a whole period (如：2015.07-2018.06: planRangeBox writes
 * 2020.07-至今 into it).
 */
function takesUntilNowWord(c: ControlSnapshot): boolean {
  const text = boxWords(c);
  return RANGE_EXAMPLE.test(text) || (text.includes('至今') && !UNTIL_NOW_UNWRITTEN.test(text));
}

/** Words saying a box is not to be written, or only with the current date (至今不填, 不填表示至今, 请填写当前年月). */
const UNTIL_NOW_UNWRITTEN = /不[用需必要]?填|无需|勿|留空|为空|空白|当前/;

/** A box's hint after it and its labels as the page writes them, joined. */
const boxWords = (c: ControlSnapshot) => [c.hintAfter ?? '', ...c.labels.map((l) => l.raw)].join(' ');

/**
 * Whether the page says to leave a box empty for a period still going (终止时间 [ ]（不填表示至今）,
 * 离职时间（至今不填）), whatever format it asks: the word 至今 typed there is a date its validator
 * refuses, or a value the portal does not read as 至今 (breaker 32r item 2).
 * @param c the end date's box. @returns true when its hint or labels name 至今 with 不填 / 留空 / 为空….
 */
function leftEmptyUntilNow(c: ControlSnapshot): boolean {
  const text = boxWords(c);
  return text.includes('至今') && UNTIL_NOW_UNWRITTEN.test(text) && !RANGE_EXAMPLE.test(text);
}

/**
 * A line break and the blanks around it beside a character that needs no space when two lines
 * are joined: a CJK ideograph, kana, hangul, CJK or full-width punctuation.
 */
const BREAK_BESIDE_CJK = /(?<=[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef])\s*[\r\n]+\s*|\s*[\r\n]+\s*(?=[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef])/g;

/**
 * A profile text as a box will hold it, so that the preview shows, and 应用 writes and reads
 * back, what the page will show and post (HTML's value sanitisation): no blanks before or after
 * it (a page trims them on blur, a server on save); in a text area, its line breaks as the
 * browser keeps them (\r\n and \r read back as \n); in a one-line box, which drops line breaks,
 * each line joined to the next — directly between Chinese words ("天河区\n科韵路" → "天河区科韵路"),
 * by a space between others ("Room 801\nBlock A" → "Room 801 Block A") — rather than a value the
 * browser joins without the preview saying so (breaker 31f F1).
 * @param c the box: kind text or date is one line, any other (a text area, an editor's box) keeps lines.
 * @param text the profile's text.
 * @returns the text to show and write.
 */
export function asBoxHolds(c: Pick<ControlSnapshot, 'kind'>, text: string): string {
  const trimmed = text.trim();
  if (c.kind !== 'text' && c.kind !== 'date') return trimmed.replace(/\r\n?/g, '\n');
  return trimmed.replace(BREAK_BESIDE_CJK, '').replace(/\s*[\r\n]+\s*/g, ' ');
}

function planText(c: ControlSnapshot, given: FillItem, isDate: boolean, snapshot: PageSnapshot): FillItem {
  // A date box holding only a server's date never set is an empty box (heldDate).
  const held = isDate ? heldDate(c.value) : c.value.trim();
  // 本人排名 asked over the number of authors (如：1/5): the profile keeps the rank alone, so the
  // box is the user's, unless it already shows the rank so (fill 64).
  const ofTotal = given.key === 'publications.authorRank' && rankOfTotal(c, given.value);
  if (ofTotal === 'shown') return alreadyShown(withValue(given, held, held));
  if (ofTotal) return needs(withValue({ ...given, overwrite: false }, given.value, held), t('fill_reason_rank_of_total', given.value));
  // 本人排名 worded as the box's example words it (第一作者), not the profile's bare number; a
  // 考核年度 as its example writes it (2021年度).
  const text = given.key === 'publications.authorRank' ? rankAsBoxAsks(c, given.value) : given.key === 'annualReviews.year' ? yearAsBoxAsks(c, given.value) : given.value;
  const item = withValue(given, asBoxHolds(c, text), held);
  const rest = isDate ? dateParts(snapshot, c) : continuationBoxes(snapshot, c, PART_SEPARATOR, EXTENSION);
  if (rest.length > 0) return planParts([c, ...rest], item, isDate, snapshot);
  let value = item.value;
  const declared = isDate ? declaredDateFormat(c) ?? startFormatBeside(c, snapshot) : null;
  const format = isDate && value !== '至今' ? (declared ?? DEFAULT_DATE_FORMAT) : null;
  if (format !== null) {
    const formatted = formatDate(value, format);
    if (!formatted.ok) return needs(item, formatted.reason);
    value = formatted.text;
  }
  const out = withValue(item, value, held);
  // A "..." chooser writes its visible text and its hidden code together: the user picks, we never type the name alone.
  // The button beside a read-only box is the sign; its code field may sit in the cell, at the
  // form's end (WebForms HiddenFields) or in no input at all, so where it is does not matter.
  const picker = typeof c.pickerCodeIndex === 'number' || (c.pickerButton && c.readOnly && !c.calendar);
  // The same date written another way ("1998/5/12", "2020年7月", "2020/7/1 0:00:00") is no other value.
  if (format !== null && sameDate(c.value, item.value, format)) return picker ? alreadyShown(out) : same(out);
  if (picker) return normalizeText(c.value) === normalizeText(value) ? alreadyShown(out) : needs(out, t('fill_reason_picker'));
  // A calendar box cannot take the word 至今; portals say "终止时间不填表示至今" for optional ones.
  // Nor can a box whose page says how to write its date ("（如：2020-07-01）", "(yyyy/MM，至今不填)"),
  // unless it asks for the word (至今填写“至今”): its validator refuses 至今 at 保存 (probe 11a item 1).
  if (value === '至今' && (c.calendar || leftEmptyUntilNow(c) || (declared !== null && !takesUntilNowWord(c)))) {
    if (c.required) return needs(out, t('fill_reason_ongoing_required'));
    return held === '' ? skip(out, t('fill_reason_ongoing_leave_empty')) : needs(out, t('fill_reason_ongoing_page_has_end'));
  }
  const maxLength = maxLengthOf(c);
  if (value.length > maxLength) return needs(out, t('fill_reason_too_long', maxLength));
  // A number box keeps a number only: the browser empties it of anything else (020-38765432 in a
  // 办公电话 of type="number"), which the preview would show as written (breaker 31f F3).
  if (c.type === 'number' && !NUMBER.test(value)) return needs(out, t('fill_reason_not_a_number', value));
  // The page's charset: a fill's reading has it (collectSnapshot, withFillFacts; the content script's readPage leaves it out).
  const bad = unencodableChars(value, snapshot.charset!);
  if (bad.length) return needs(out, t('fill_reason_charset', bad.join('')));
  // A number, code or e-mail the page writes another way than the profile's half-width form
  // (full-width digits, spaces inside: ４４０１…, 440106 1998…, ０２０－３８７６５４３２): the portal
  // may refuse the page's form (id-number-checksum asks for the half-width ID), so the profile's
  // is offered behind the overwrite tick (probe 10b; breaker 19a item 3). Words written another
  // way (names, addresses, full-width brackets) and a full-width profile value stay 已一致
  // (breaker 18a item 6, 20a item 3).
  const shown = held;
  const wanted = value.trim();
  // A 考核年度 box showing the year another way (2021年度, 2021年, 2021) holds the profile's 2021 (probe 18 F4), whichever the box asks.
  const year = item.key === 'annualReviews.year' && reviewYearOf(wanted);
  if (year && reviewYearOf(normalizeText(shown)) === year) return same(out);
  if (codeInOtherForm(shown, wanted)) {
    return { ...out, overwrite: true, outcome: 'conflict', reason: t('fill_reason_overwrite_form') };
  }
  return withOverwrite(out, shown, value);
}

/**
 * The date format of a period's start box just before `c` in its cell, when `c` is labelled by
 * nothing but the word or dash between them (起止年份：[yyyy] 至 [    ], continuationBoxes): the
 * end is written as the start is when the page says how only once (fill 64: a year box's end
 * got 2020-06-30). Null when `c` is no such box or the start declares none either.
 * @param c a date box whose page declares no format. @param snapshot the page.
 */
function startFormatBeside(c: ControlSnapshot, snapshot: PageSnapshot): string | null {
  const start = snapshot.controls[c.index - 1];
  return start && continuationBoxes(snapshot, start, RANGE_DASH)[0] === c ? declaredDateFormat(start) : null;
}

/** What a box of type="number" holds: HTML's valid floating-point number (-12, 0.5, .5, 1e3; not 1., 1,000 or 020-38765432). */
const NUMBER = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * The name of a number's last part, its extension: a separator only after another part (区号[ ]号码[ ]分机[ ]).
 * Right after the first box it names a box of its own: 办公电话[ ]分机[ ] is the whole number, then the
 * extension (breaker 14b item 2).
 */
const EXTENSION = /^分机号?$/;

/**
 * A value typed across boxes (continuationBoxes): a date in its year, month (and day) boxes,
 * padded ("1998", "05"); any other value split at its dashes (020-38765432-123 into 区号 / 号码 /
 * 分机), a box left over (分机) left as it is. Never the whole value into the first box: a value
 * that does not split into the boxes (a number without its 区号, 至今 in a year box) is the user's.
 * @param boxes the boxes, the item's own first. @returns the item with `parts`, or needs-user.
 */
function planParts(boxes: ControlSnapshot[], item: FillItem, isDate: boolean, snapshot: PageSnapshot): FillItem {
  const shown = boxes.map((b) => b.value.trim());
  const current = shown.filter(Boolean).join('-');
  let texts = item.value.split(/[-—]/);
  // A number with no dash goes into boxes whose lengths are given, box by box, when they take it
  // exactly: 公民身份号码 [6]-[8]-[4], 手机 [3]-[4]-[4] (unseen68).
  let at = 0;
  if (!isDate && !texts[1] && boxes.every((b) => b.maxLength)) texts = boxes.map((b) => item.value.slice(at, (at += b.maxLength!)));
  if (isDate) {
    const formatted = boxes.length <= 3 ? formatDate(item.value, ['yyyy-MM', 'yyyy-MM-dd'][boxes.length - 2]!) : null;
    texts = formatted?.ok ? formatted.text.split('-') : [];
  }
  const fits = texts.length >= 2 && texts.length <= boxes.length && (!at || at === item.value.length) && texts.every((t, i) => t !== '' && (boxes[i]!.maxLength ?? t.length) >= t.length);
  const out = withValue(item, fits ? texts.join('-') : item.value, current);
  if (!fits) return needs(out, t('fill_reason_parts_unfit', item.value, boxes.length));
  const bad = unencodableChars(out.value, snapshot.charset!);
  if (bad.length) return needs(out, t('fill_reason_charset', bad.join('')));
  const planned = { ...out, parts: texts.map((text, i) => ({ control: boxes[i]!.index, text })) };
  // Each box already holds its part (a date's "5" for "05" too): 已一致. Boxes that are empty or hold their part
  // ([020 by default]-[ ]) are filled without asking: nothing shown is replaced.
  const equal = (v: string, i: number) => v === (texts[i] ?? '') || (isDate && v !== '' && Number(v) === Number(texts[i]));
  if (shown.every(equal)) return same(planned);
  return shown.every((v, i) => v === '' || equal(v, i)) ? planned : overwriting(planned);
}

function planSelect(c: ControlSnapshot, item: FillItem, ctx: Ctx): FillItem {
  const options = choosable(c);
  const opt = findAnswer(c, options, item.value);
  if (!opt) {
    // A child select still waiting for its parent (cascade), offering only prompts: the writer waits for the option.
    const cascading = !!item.key && specOf(item.key).dependsOn !== undefined;
    if (options.length === 0 && (cascading || ctx.plannedSelects)) return item;
    return needs(item, noAnswerReason(c, listedOptions(c), item.value));
  }
  const out = withValue({ ...item, option: opt.value }, opt.text, shownValue([c]));
  // A list showing its first option because nothing was chosen ("群众" with no 请选择) is filled
  // like an empty one: no 覆盖 needed.
  return withOverwrite(out, c.defaultChoice ? '' : controlDisplayValue(c), opt.text);
}

/**
 * Why a list or a radio list cannot be given the profile's value: the page has no such option
 * (页面没有该选项), or has it disabled (页面有该选项，但不允许选择) — the page's own decision, never
 * written over (a disabled option is not posted; ASP.NET event validation refuses it). Breaker 38.
 * The disabled option is found by findOption's rules, as the plan chooses (01-汉族, 汉族(HA) for 汉族),
 * in the plan and in the report (unwrittenSelect: a list that disabled it since the preview).
 * @param options the list's options, the disabled ones too, prompts left out.
 * @param wanted the profile's value, or the option text planned. @returns the reason, in the browser's language.
 */
export function noOptionReason(options: readonly OptionSnapshot[], wanted: string): string {
  const barred = findOption(options, wanted);
  return barred?.disabled ? t('fill_reason_option_disabled', barred.text) : t('fill_reason_no_option', wanted);
}

/** A date chosen in lists (`c` is its year's, recognised as `key`): the year and the month and day lists after it, one row. */
function planDateLists(c: ControlSnapshot, key: FieldKey, item: FillItem, snapshot: PageSnapshot): FillItem {
  const shown = shownDate(snapshot, c, key);
  const choice = chooseDateOptions(snapshot, c, item.value);
  if ('reason' in choice) return needs(withValue(item, item.value, shown), choice.reason);
  const { lists } = choice;
  const out = withValue({ ...item, option: lists[0]!.option, lists }, listsDate(lists.map((l) => l.text)), shown);
  const state = dateListsState(snapshot, lists);
  if (state === 'same') return same(out);
  return state === 'empty' ? out : overwriting(out);
}

/** A radio list's or checkbox group's members as a list's options (their texts beside the boxes), in page order. */
function choiceOptions(members: readonly ControlSnapshot[]): OptionSnapshot[] {
  return members.map((m) => ({ value: m.value, text: m.choiceText, norm: normalizeText(m.choiceText), disabled: m.disabled, selected: m.checked, placeholder: false }));
}

function planChoice(members: ControlSnapshot[], item: FillItem): FillItem {
  const first = members[0]!;
  if (first.kind === 'checkbox' && members.length === 1) {
    // A lone box saying 否 (否, 未缴纳社会保险, 无奖惩: saysNo) is ticked for the answer 否; any other lone box (是, 已缴纳) for 是.
    // Read by its group label: its own words, else its row's (未缴纳社保 [ ]: fill 60 — read by
    // its own words, none, it was ticked for a paid job), as the checks read it (controlDisplayValue).
    // A box answering 是 / 否 in a row that says no (未缴纳社保 □是: breaker 60) answers that no:
    // its 是 is 未缴纳, so it is ticked for 否 (it was ticked for a paid job). By the rule the checks
    // read it by (answerOf): its row's words, not its own (a lone 否 box says no by its own: groupLabel above).
    const rowSaysNo = answerOf(first, first.choiceText) !== first.choiceText;
    const want = ((item.value === '是' || item.value === 'true') !== saysNo(normalizeText(first.groupLabel))) !== rowSaysNo;
    if (item.value !== '是' && item.value !== '否') return needs(item, t('fill_reason_no_option', item.value));
    // An unticked box holds no answer, as an empty box holds no text: the row that ticks it says
    // nothing of it (页面现为：否 read as an answer the fill replaced; breaker 38). A ticked box
    // is an answer, shown where the fill unticks it or leaves it (至今 ticked for a job ended), and
    // so is a box only the portal sets (disabled, read-only: planControl says it differs).
    const { current: _unticked, ...empty } = item;
    const out = { ...(first.checked || !userFacing(first) ? item : empty), option: want ? 'true' : 'false' };
    if (first.checked === want) return same(out);
    // Unticking a ticked box takes an answer back (是否全日制 ticked, the profile's 非全日制): written
    // only with 覆盖, as another ticked choice of a radio list is.
    return first.checked ? overwriting(out) : out;
  }
  // A radio list is chosen like a select's options (findOption): its labels may carry the code
  // tables' wordings too ("1-男", "中国共产党党员").
  const choices = choiceOptions(members);
  // 是否未缴纳社保 ○是 ○否 answers the other way round (findAnswer).
  const found = findAnswer(first, choices, item.value);
  const target = found && members[choices.indexOf(found)];
  if (!target || target.disabled) return needs(item, noAnswerReason(first, choices, item.value));
  // The preview shows the choice in the page's words ("称职" for the profile's 合格), as for a list.
  const out: FillItem = { ...item, control: target.index, option: target.value, value: choiceWords(target.choiceText) || item.value };
  const ticked = members.filter((m) => m.checked);
  // Checkboxes answering one question (a 是/否 pair): the chosen box is ticked and every other
  // ticked box unticked (FillItem.untick), so both answers never stay ticked.
  if (first.kind === 'checkbox') Object.assign(out, { option: 'true', untick: members.filter((m) => m !== target).map((m) => m.index) });
  if (ticked.length === 0) return out;
  if (ticked.every((m) => m === target)) return same(out);
  return overwriting(out);
}

/** A record's 记录序号 as chooseRecord numbered it, saying so when it differs from the profile's. */
function withChosenSequence(pv: ProfileValue | null, key: FieldKey, seq: number | null): ProfileValue | null {
  if (!pv || seq === null || !key.endsWith('.seq') || pv.value === String(seq)) return pv;
  return { ...pv, value: String(seq), source: t('fill_source_sequence_moved', pv.source, pv.value, seq) };
}

/**
 * Fields a page may ask as a yes/no question (是否全日制 是/否, 是否第一作者 是/否): the profile's word →
 * the answer; `*` answers every other word (the rank 2, 3 … is no first author: breaker 40).
 */
const YES_NO_QUESTION: Partial<Record<FieldKey, Readonly<Record<string, '是' | '否'>>>> = {
  'education.studyMode': { 全日制: '是', 非全日制: '否' },
  'page.awardsYesNo': { 有: '是', 无: '否' },
  'publications.authorRank': { 1: '是', '*': '否' },
};

/**
 * The item asking for 是 / 否 when the page asks its field as a question (a 是/否 list or radio
 * pair, a pair saying yes and no by its first word — 有奖惩 / 无奖惩, 没有 / 有, chosen by
 * findOption's optionByYesNoPair; breaker 26a item 5 —, or a lone checkbox), the profile's word
 * is not itself an option, and the word has an answer; else the item unchanged.
 */
function asYesNo(members: readonly ControlSnapshot[], item: FillItem, profileWord: string): FillItem {
  const question = item.key ? YES_NO_QUESTION[item.key] : undefined;
  const answer = question?.[profileWord] ?? question?.['*'];
  if (!answer) return item;
  const c = members[0]!;
  const options = c.kind === 'select' ? choosable(c) : choiceOptions(members);
  const words = options.map((o) => o.norm);
  // Asked as a pair that says yes and no by its first word (有奖惩 / 无奖惩, 没有 / 有: optionByYesNoPair) too.
  const yesNo = ['是', '否'].every((w) => words.includes(w)) || optionByYesNoPair(options, answer) !== undefined;
  const asked = (c.kind === 'checkbox' && members.length === 1) || (yesNo && !words.includes(normalizeText(profileWord)));
  return asked ? { ...item, value: answer, source: `${item.source}（${profileWord}）` } : item;
}

/**
 * The publication's numbers a 刊号 box may ask for (planJournalNo), each with the words that name
 * it in a label (国内外 names both; 国际标准刊号ISSN the ISSN, 统一刊号 the CN: breaker 23).
 */
const JOURNAL_NUMBERS = [
  ['publications.issn', /ISSN|国际|国内外/i],
  ['publications.cn', /CN|国内|统一/i],
] as const;

/** A 刊号 box's value and the bare numbers in it (planJournalNo). */
type JournalNo = ProfileValue & { numbers: string[] };

/**
 * What a 刊号 box asked in one (page.journalNo; probe 21 N1) is filled with: the publication's
 * ISSN and CN, which the profile keeps apart, as the box's labels ask. A label naming one of them
 * alone (刊号（ISSN）, ISSN before the box in a 刊号 cell) gets that number as the profile keeps
 * it, and so does a box beside a box of its own for the other number (ISSN [ ] 刊号 [ ]: the 刊号
 * is the CN; breaker 23); one naming both (刊号（CN/ISSN）) or neither (刊号, 期刊号) gets each number
 * the profile knows, named and in the label's order (ISSN first when it names neither), parted by
 * " / ": "ISSN 1005-1465 / CN 44-1126/X", or "CN 44-1126/X" alone when the ISSN is not known.
 * @param c the box. @param ctx the plan's context (the profile, the publication's row, the page's keys).
 * @returns the value, its sources and the numbers it holds, or null when the profile knows none of
 *   the numbers asked (or no publication is chosen).
 */
function planJournalNo(c: ControlSnapshot, ctx: Ctx): JournalNo | null {
  const words = c.labels.map((l) => l.text).join(' ');
  const named = JOURNAL_NUMBERS.filter(([, re]) => re.test(words));
  const notBeside = JOURNAL_NUMBERS.filter(([key]) => !ctx.keysOnPage.has(key));
  const one = named.length === 1 ? named : notBeside.length === 1 ? notBeside : null;
  const at = (re: RegExp) => {
    const i = words.search(re);
    return i < 0 ? words.length : i;
  };
  const asked = one ?? [...JOURNAL_NUMBERS].sort(([, a], [, b]) => at(a) - at(b));
  const known = asked.flatMap(([key]) => {
    const pv = profileValue(ctx.profile, key, ctx.recordIndex);
    return pv?.value ? [{ ...pv, key }] : [];
  });
  if (known.length === 0) return null;
  const value = one ? known[0]!.value : known.map((n) => `${specOf(n.key).title} ${n.value}`).join(' / ');
  return { value, source: known.map((n) => n.source).join('；'), isDate: false, numbers: known.map((n) => n.value) };
}

/**
 * Whether a 刊号 box (or an ISSN or CN box of its own) shows nothing but some of the publication's
 * numbers, named or not, in any order, wording and case (CN44-1126/X; ISSN：1005-1465；CN：44-1126/X;
 * CN 44-1126/X / ISSN 1005-1465; cn44-1126/x: left 24): the box holds them, as the numbers the
 * portal saved on an earlier visit (breaker 23).
 * @param shown the box's text. @param numbers the numbers as the profile keeps them.
 */
function holdsJournalNumbers(shown: string, numbers: readonly string[]): boolean {
  const text = shown.normalize('NFKC').toUpperCase();
  const rest = numbers.reduce((left, n) => left.split(n.toUpperCase()).join(' '), text);
  return rest !== text && /^(ISSN|CN|[\s:;,/、|])*$/i.test(rest);
}

function planControl(members: ControlSnapshot[], key: FieldKey, ctx: Ctx): FillItem | null {
  const c = members[0]!;
  // 刊号 in one box is the publication's, written as its own boxes are (planJournalNo).
  const journal = key === 'page.journalNo';
  const page = planPageKey(members, key, ctx);
  if (page || (key.startsWith('page.') && !journal)) return page;
  const section = journal ? 'publications' : recordSectionOf(key);
  if (ctx.seqReason && key.endsWith('.seq')) return needs(base(members, key, '', ''), ctx.seqReason);
  const found = journal ? planJournalNo(c, ctx) : withChosenSequence(profileValue(ctx.profile, key, ctx.recordIndex), key, ctx.recordSeq);
  const pv = found && key === 'awards' && awardsNone(ctx.profile) ? { ...found, value: NONE } : found;
  const item = base(members, key, pv?.value ?? '', pv?.source ?? t('fill_source_profile_whole'));
  if (section && ctx.recordIndex === null) return skip(item, ctx.noRecordReason);
  if (!pv || pv.value === '') return skip(item, t('fill_reason_empty'));
  if (c.kind === 'file') return needs(item, t('fill_reason_choose_file'));
  if (key === 'basic.idNumber' && ctx.otherIdDocument) return needs(item, t('fill_reason_id_number_other_document', ctx.otherIdDocument));
  const byKind = planByKind(members, asYesNo(members, item, pv.value), pv.isDate, ctx);
  const numbers = journal ? (pv as JournalNo).numbers : JOURNAL_NUMBERS.some(([k]) => k === key) ? [pv.value] : null;
  return heldByPortal(members, numbers && byKind.outcome === 'conflict' && holdsJournalNumbers(shownValue(members), numbers) ? same(byKind) : byKind);
}

/**
 * Whether a box shows the profile's number or code in another width, spacing or case of its
 * letters (４４０１０６ １９９８… for 440106199805…, a lower-case x): the same value, as the checks
 * read it (toHalfWidthCompact, GB 11643's x). @param shown the box's value. @param wanted the profile's.
 */
const sameCode = (shown: string, wanted: string) => wanted !== '' && toHalfWidthCompact(shown).toUpperCase() === toHalfWidthCompact(wanted).toUpperCase();

/**
 * A planned item, unless its controls are the portal's own: a disabled control, or a read-only box
 * with neither a calendar nor a "..." chooser, shows what the portal itself holds (the account's
 * 注册手机, a 工作单位 carried over, a 至今 box it disabled): it is never written, not even with 覆盖
 * ticked — the form would send the changed value (a disabled one sends nothing). The same value is
 * 已一致; a different one is the user's to check. A radio list is the user's while any of its
 * choices is (男 disabled beside 女: breaker 38).
 * @param members the field's controls (a radio list's members). @param planned the item planned for them.
 */
function heldByPortal(members: readonly ControlSnapshot[], planned: FillItem): FillItem {
  if (members.some(userFacing)) return planned;
  // The portal's copy of the profile's number written full-width or spaced (４４０１…１２３Ｘ) is the
  // same number, as the checks read it (NFKC: lib/identifiers/normalize.ts): 已一致, not 与档案不同.
  // Only a box the user may write is offered the profile's form (codeInOtherForm, planText).
  if (planned.outcome === 'same' || sameCode(shownValue(members), planned.value)) return alreadyShown(planned);
  const kept = { ...planned, overwrite: false };
  const disabled = members[0]!.disabled;
  if (shownValue(members) === '') return skip(kept, t(disabled ? 'fill_reason_disabled' : 'fill_reason_read_only'));
  return needs(kept, t(disabled ? 'fill_reason_disabled_differs' : 'fill_reason_read_only_differs'));
}

/** The separator between the two dates of a period in a page's example ("如：2015.07-2018.06"). */
const RANGE_EXAMPLE = /(?:\d{4}[.\-/年]\d{1,2}月?|\d{6}(?:\d{2})?)\s*([-—~～至到])\s*\d{4}/;

/**
 * How one box for a whole period is written when its page does not say (no example, no pattern):
 * dotted, as Chinese forms write periods ("2016.09-2020.06"), so the dash between the two dates
 * is the only one and a server splitting there reads both; year and month unless its label asks
 * for a 日期 (起止年月, 起止时间 → 2016.09; 起止日期 → 2016.09.01). The default yyyy-MM-dd would
 * give "2016-09-01-2020-06-30" (probe 17 item 1).
 */
function periodBoxFormat(c: ControlSnapshot): string {
  return c.labels.some((l) => l.text.includes('日')) ? 'yyyy.MM.dd' : 'yyyy.MM';
}

/** A date inside a period's text: 2021-03, 2021年3月, 2021/3/1, 2021.03.01, 202103, 20210301. */
const DATE_IN_PERIOD = /(?<!\d)(?:19|20)\d{2}(?:\s*[-/.年]\s*\d{1,2}(?!\d)(?:\s*[-/.月]\s*\d{1,2}(?!\d)日?)?月?|\d{2}(?:\d{2})?(?!\d))/g;

/**
 * Whether a period box's text is the planned period written another way (2021-03至2022-12,
 * 2021年3月-2022年12月, 202103-202212 for 2021.03-2022.12): its only two dates are the start and
 * the end at the precision the planned ones have (sameDate), or its one date the start beside
 * 至今 for a period still going. A re-opened record's period, or the portal's own writing of it, is
 * not 页面已有不同内容 (breaker 40).
 * @param shown the box's text (both boxes' joined, for two). @param from the planned start, as
 *   the box takes it. @param to the planned end, or 至今. @returns false when either is no date.
 */
function samePeriod(shown: string, from: string, to: string): boolean {
  const dates = shown.match(DATE_IN_PERIOD) ?? [];
  const at = (i: number, value: string) => {
    const fmt = readShownDate(value)?.format;
    return fmt !== undefined && sameDate(dates[i]!, value, fmt);
  };
  if (to === '至今') return dates.length === 1 && shown.includes('至今') && at(0, from);
  return dates.length === 2 && at(0, from) && at(1, to);
}

/**
 * One text box for a whole period (起止年月：[        ]（如：2015.07-2018.06，至今填写“至今”）),
 * which recognition leaves between the record's 起始时间 and 终止时间: both go into it, in the
 * date format and with the separator of the page's example ("-" without one; dotted dates
 * without an example, periodBoxFormat), 至今 for a period still going. Two boxes in the cell, the second labelled by nothing but the dash between them
 * (起止时间：[    ]-[    ], continuationBoxes): the start into the first, the end into the second
 * (FillItem.parts), never both into the first.
 * @param members the box. @param ambiguous the keys recognition could not choose between.
 * @returns the item, or null when the box is not such a period box (then it stays ambiguous).
 */
function planRangeBox(members: ControlSnapshot[], ambiguous: FieldKey[], ctx: Ctx): FillItem | null {
  const c = members[0]!;
  const start = rangeBoxStart(c, ambiguous);
  if (!start) return null;
  const end = start.replace('.startDate', '.endDate') as FieldKey;
  const [endBox, ...more] = continuationBoxes(ctx.snapshot, c, RANGE_DASH);
  if (more.length > 0) return null;
  const box = endBox || declaredDateFormat(c) !== null ? members : [{ ...c, dateFormat: periodBoxFormat(c) }, ...members.slice(1)];
  const from = planControl(box, start, ctx);
  const to = planControl(endBox ? [endBox] : box, end, ctx);
  // A date typed across boxes of its own ([2020].[07] - [ ].[ ]: dateParts) is no period's one box.
  if (!from || !to || from.parts || to.parts) return null;
  // A part that cannot be written (no record, a month for a full date) says why for the whole box.
  // 至今 is written in one box for both dates: its end cannot be left empty as a box of its own may.
  // Not in a range picker's box: its picker holds two dates, never the word (the user decides, as for any calendar box).
  const ongoingInBox = !endBox && to.value === '至今' && !c.rangeSeparator;
  // A range picker's one box for a period still going: no date can end it, and leaving its end
  // empty is no period at all (breaker 20 F4), so the user picks as the page tells.
  if (c.rangeSeparator && to.value === '至今') return { ...needs(from, t('fill_reason_ongoing_required')), control: c.index, label: fieldName(c, null) };
  for (const part of ongoingInBox ? [from] : [from, to]) if (part.action !== 'fill' && part.outcome !== 'same' && part.outcome !== 'conflict') return { ...part, control: c.index, label: fieldName(c, null) };
  const separator = (c.rangeSeparator && ` ${c.rangeSeparator} `) ?? endBox?.labels[0]!.text ?? RANGE_EXAMPLE.exec([c.hintAfter ?? '', ...c.labels.map((l) => l.raw)].join(' '))?.[1] ?? '-';
  const value = `${from.value}${separator}${to.value}`;
  const boxes = endBox ? [c, endBox] : [c];
  const parts = endBox ? { parts: [{ control: c.index, text: from.value }, { control: endBox.index, text: to.value }] } : {};
  const shown = boxes.map((b) => b.value.trim()).filter(Boolean).join(separator);
  const item = withValue({ ...base(members, start, value, `${from.source}；${to.source}`), label: fieldName(c, null), ...parts }, value, shown);
  return samePeriod(shown, from.value, to.value) ? same(item) : withOverwrite(item, shown, value);
}

/**
 * The start key of a box recognition left between a record's 起始时间 and 终止时间 alone, a text
 * box or a range picker's (laydate `range`): a period's one box (planRangeBox), else undefined.
 * @param c the box. @param ambiguous the keys recognition could not choose between.
 */
function rangeBoxStart(c: ControlSnapshot, ambiguous: readonly FieldKey[]): FieldKey | undefined {
  const start = ambiguous.find((k) => k.endsWith('.startDate'));
  return ambiguous.length === 2 && start && ambiguous.includes(start.replace('.startDate', '.endDate') as FieldKey) && (c.kind === 'text' || c.rangeSeparator) ? start : undefined;
}

/**
 * The context a period box is planned in on a form holding several records, each asking its
 * period in one box under the same words (起止时间 [2016.09-2020.06] in each record's row or block:
 * recognition leaves each tied, lib/fields/recognize.ts pairRanges): each box gets its own record's
 * whole period (range 63 item 1: one record's start had gone into the first box, its end into the
 * second). A box already holding a record's period (the server showing saved records in their
 * blocks) is that record's, 已一致; the records no box holds go to the other boxes in page order,
 * from the one the form is given (chooseRecord): by position alone, a block the server filled
 * with record 2 was offered record 1 behind 覆盖 and the empty block after it got record 2 again,
 * record 1 nowhere (fill65 item 5). A box past the records is none (没有要填写的档案记录, noRecordReason).
 * @param groups the page's fields. @param g a field. @returns the context, ctx itself for a box given the form's record and any other field.
 */
function periodBoxContext(groups: readonly ControlGroup[], g: ControlGroup, ctx: Ctx): Ctx {
  const name = (x: ControlGroup) => fieldName(x.members[0]!, null);
  const boxes = groups.filter((x) => !x.key && rangeBoxStart(x.members[0]!, x.match.ambiguous) && name(x) === name(g));
  if (!boxes.includes(g) || boxes.length < 2 || ctx.recordIndex === null) return ctx;
  const count = (ctx.profile[recordSectionOf(g.match.ambiguous[0]!)!] as unknown[]).length;
  const records = Array.from({ length: Math.max(count - ctx.recordIndex, 0) }, (_, i) => ctx.recordIndex! + i);
  const forRecord = (recordIndex: number): Ctx => ({ ...ctx, recordIndex, recordSeq: null });
  // The record whose period a box already shows, each record to one box only.
  const held = new Map<ControlGroup, number>();
  for (const box of boxes) {
    const record = records.find((r) => ![...held.values()].includes(r) && planRangeBox(box.members, box.match.ambiguous, forRecord(r))?.outcome === 'same');
    if (record !== undefined) held.set(box, record);
  }
  const free = records.filter((r) => ![...held.values()].includes(r));
  const index = held.get(g) ?? free[boxes.filter((box) => !held.has(box)).indexOf(g)];
  return index === ctx.recordIndex ? ctx : index === undefined ? { ...ctx, recordIndex: null, recordSeq: null } : forRecord(index);
}

/** The heading cell's words of a control (起止时间), or null (a list after 至 is labelled by that word only). */
const cellLabel = (c: ControlSnapshot) => c.labels.find((l) => l.source === 'cell-left')?.text ?? null;

/**
 * Which date of a period a year list is, when one cell asks the whole period in two dates' lists
 * ([2021年▼][3月▼] 至 [2022年▼][12月▼]; an ASP.NET/layui portal's 业绩 form, breaker 40): the
 * first year list, followed by its parts (dateParts) then a second year list with as many under
 * the same heading or none of its own, is the start; the second, just after the first's parts, the end.
 * @param snapshot the page. @param c a list. @returns 'start', 'end', or null when `c` is no such list.
 */
function periodListRole(snapshot: PageSnapshot, c: ControlSnapshot): 'start' | 'end' | null {
  const own = dateParts(snapshot, c);
  if (c.kind !== 'select' || own.length === 0) return null;
  const sameField = (other: ControlSnapshot | undefined) =>
    other?.kind === 'select' && [null, cellLabel(c)].includes(cellLabel(other)) && dateParts(snapshot, other).length === own.length;
  if (sameField(snapshot.controls[c.index + own.length + 1])) return 'start';
  const before = snapshot.controls[c.index - own.length - 1];
  return sameField(before) && dateParts(snapshot, before!).at(-1)?.index === c.index - 1 ? 'end' : null;
}

/**
 * A year list recognition leaves between a record's 起始时间 and 终止时间 because its cell asks
 * the whole period in lists (periodListRole): planned as the date its place says, in its lists
 * (chooseDateOptions) — the start was left to the user, its lists listed as fields the fill could
 * not place, though the end was chosen (breaker 40). The start's list plans the end too when
 * recognition saw nothing in the end's list (labelled by the dash between them only).
 * @param members the list. @param ambiguous the keys recognition could not choose between.
 * @param matched the controls recognition matched or left ambiguous.
 * @returns the items (the date's, then the end's), or null when the list is no such period's year
 *   list (then it stays ambiguous).
 */
function planPeriodLists(members: ControlSnapshot[], ambiguous: FieldKey[], ctx: Ctx, matched: ReadonlySet<number>): FillItem[] | null {
  const start = ambiguous.find((k) => k.endsWith('.startDate'));
  const end = start && (start.replace('.startDate', '.endDate') as FieldKey);
  const c = members[0]!;
  if (ambiguous.length !== 2 || !start || !end || !ambiguous.includes(end)) return null;
  const role = periodListRole(ctx.snapshot, c);
  const own = role && planControl(members, role === 'start' ? start : end, ctx);
  if (!own) return null;
  const endList = ctx.snapshot.controls[c.index + dateParts(ctx.snapshot, c).length + 1]!;
  const endItem = role === 'start' && !matched.has(endList.index) ? planControl([endList], end, ctx) : null;
  return endItem ? [own, { ...endItem, label: fieldName(c, null) }] : [own];
}

/**
 * A period typed in four boxes, each date in its year and month boxes ([2016].[09] - [2020].[06]
 * on a 学历 or 工作经历 form, fill 57), which recognition leaves between the record's 起始时间 and
 * 终止时间 at the first box and does not see in the others: the start into the first date's boxes,
 * the end into the second's (FillItem.parts, dateParts), each its own row. The end's year box
 * is the box right after the start's last, labelled by the mark between them only.
 * @param members the first year box. @param ambiguous the keys recognition could not choose between.
 * @param matched the controls recognition matched or left ambiguous (the end's boxes are none of them).
 * @returns the start's and the end's items, or null when the box is no such period's (then it stays ambiguous).
 */
function planPeriodBoxes(members: ControlSnapshot[], ambiguous: FieldKey[], ctx: Ctx, matched: ReadonlySet<number>): FillItem[] | null {
  const start = ambiguous.find((k) => k.endsWith('.startDate'));
  const end = start && (start.replace('.startDate', '.endDate') as FieldKey);
  const c = members[0]!;
  if (ambiguous.length !== 2 || !start || !end || !ambiguous.includes(end) || c.kind !== 'text' || c.maxLength !== 4) return null;
  const startBoxes = [c, ...dateParts(ctx.snapshot, c)];
  const endYear = ctx.snapshot.controls[startBoxes.at(-1)!.index + 1];
  if (startBoxes.length < 2 || !endYear || endYear.kind !== 'text' || endYear.maxLength !== 4 || matched.has(endYear.index)) return null;
  if (!endYear.labels.every((l) => RANGE_DASH.test(l.text))) return null;
  const endBoxes = [endYear, ...dateParts(ctx.snapshot, endYear)];
  if (endBoxes.length !== startBoxes.length) return null;
  const from = planControl(members, start, ctx);
  const to = planControl([endYear], end, ctx);
  if (!from || !to) return null;
  const label = fieldName(c, null);
  return [{ ...from, label }, { ...to, label }];
}

/**
 * The plan without a row for a list another row's date is chosen in (a date's month list, which
 * recognition may leave ambiguous beside its year's): that row says what it gets — the month too,
 * or, for a period still going (至今 in the year's list), that the month stays empty.
 * @param items planned items. @param snapshot the page. @returns the items without such rows.
 */
function withoutChosenParts(items: { item: FillItem; order: number }[], snapshot: PageSnapshot): { item: FillItem; order: number }[] {
  const dates = items.filter(({ item }) => item.key !== null && isDateKey(item.key));
  const parts = new Set(dates.flatMap(({ item }) => dateParts(snapshot, snapshot.controls[item.lists?.[0]!.control ?? item.control]!).map((c) => c.index)));
  return items.filter(({ item }) => item.key !== null || !parts.has(item.control));
}

/** Where a row's own words stand beside a control: its heading cell, or text just before it. */
const ROW_LABEL_SOURCES: readonly LabelSource[] = ['cell-left', 'text-before'];

/**
 * A record's field the page repeats once per row, each row naming its record (年度考核 rendered per
 * year, "2021年度 [考核结果 ▼]" … "2024年度 [▼]"; probe 12b D1), which recognition leaves ambiguous
 * between that one key: planned as the field of the record the row's own words name
 * (recordsNamedBy: a year for 年度考核 — 2021年度, 2021年度考核结果, a 考核期间 2021.01-2021.12 —, a
 * name elsewhere), whatever record the page's form is given. A row naming no profile record is
 * the user's; one naming several, or a 年度考核 row naming no year, stays ambiguous.
 * @param members the control. @param ambiguous the keys recognition could not choose between.
 * @param section the record step's section, or null.
 * @returns the item, or null when the control is no such row (one field of the step's section,
 *   not its 记录序号, with words of the row beside the field's own label).
 */
function planRowRecord(members: ControlSnapshot[], ambiguous: FieldKey[], ctx: Ctx, section: RecordSection | null): FillItem | null {
  const [key] = ambiguous;
  if (ambiguous.length !== 1 || !key || !section || recordSectionOf(key) !== section || key.endsWith('.seq')) return null;
  // A label naming the field and the year both (2021年度考核结果) is the row's words too.
  const rowWords = members[0]!.labels
    .filter((l) => ROW_LABEL_SOURCES.includes(l.source) && (!labelKeys(l.text).includes(key) || (section === 'annualReviews' && reviewYearOf(l.text) !== undefined)))
    .map((l) => l.text);
  // A 年度考核 row names its record by a year: words naming none (a 考核单位 cell between the year
  // and the list, which a snapshot does not show) say nothing of it (breaker 26a item 6).
  if (rowWords.length === 0 || (section === 'annualReviews' && !rowWords.some((w) => reviewYearOf(w) !== undefined))) return null;
  // A row's number (序号 1, 2, 3 of a grid of empty rows) names no record by what it holds: the
  // field stays undecided like the row's other boxes, rather than "档案中没有对应的记录" (probe 17 item 8).
  if (rowWords.every((w) => /^\d{1,3}$/.test(w))) return null;
  const named = recordsNamedBy(rowWords, section, ctx.profile);
  if (named.length > 1) return null;
  if (named.length === 0) return needs(base(members, key, '', ''), t('fill_reason_row_names_no_record', rowWords.join(' '), sectionTitle(section)));
  return planControl(members, key, { ...ctx, recordIndex: named[0]!, recordSeq: null });
}

/**
 * A 年度考核 field under a column naming its year (the years as a grid's columns, 2023年 | 2024年
 * over one 考核结果 row), on a page with no 考核年度 field to say the form's record: planned as
 * that year's record's (recordsNamedBy), not the record the form is given — the first list got
 * the first record's result whatever year its column said (breaker 40). A year the profile has
 * no record of is the user's.
 * @param members the field's controls. @param key its key. @param section the step's section, or null.
 * @returns the item, or null when the control is no such column's (then it is planned as usual).
 */
function planYearColumn(members: ControlSnapshot[], key: FieldKey, ctx: Ctx, section: RecordSection | null): FillItem | null {
  if (section !== 'annualReviews' || key === identityKey(section) || key.endsWith('.seq') || ctx.keysOnPage.has(identityKey(section))) return null;
  const years = members[0]!.labels.filter((l) => l.source === 'header-above' && reviewYearOf(l.text) !== undefined).map((l) => l.text);
  if (years.length === 0) return null;
  const named = recordsNamedBy(years, section, ctx.profile);
  if (named.length > 1) return null;
  if (named.length === 0) return needs(base(members, key, '', ''), t('fill_reason_column_names_no_record', years.join(' '), sectionTitle(section)));
  return planControl(members, key, { ...ctx, recordIndex: named[0]!, recordSeq: null });
}

function planByKind(members: ControlSnapshot[], item: FillItem, isDate: boolean, ctx: Ctx): FillItem {
  const c = members[0]!;
  switch (c.kind) {
    case 'select':
      return isDate && item.key ? planDateLists(c, item.key, item, ctx.snapshot) : planSelect(c, item, ctx);
    case 'radio':
    case 'checkbox':
      return planChoice(members, item);
    default:
      return planText(c, item, isDate, ctx.snapshot);
  }
}

interface ControlGroup {
  key: FieldKey | null;
  members: ControlSnapshot[];
  match: FieldMatch;
}

/** Whether a control is one the user fills by typing or choosing (not a display-only box). */
function userFacing(c: ControlSnapshot): boolean {
  return !c.disabled && (!c.readOnly || c.pickerButton || c.calendar);
}

/**
 * One group per field the user sees: every visible control recognised as the same key is one
 * field (a radio list's members; a second box the portal shows for the same thing, such as a
 * chooser's code box or a cascade's copy), represented by its first user-facing control. A
 * chooser's hidden code input (`pickerCodeIndex`) belongs to its visible text box and is never
 * a row of its own; unrecognised controls are left out, ambiguous ones get a group each (a
 * radio list one for all its members).
 */
function groupControls(snapshot: PageSnapshot, matches: readonly FieldMatch[]): ControlGroup[] {
  const codeInputs = new Set(snapshot.controls.flatMap((c) => (typeof c.pickerCodeIndex === 'number' ? [c.pickerCodeIndex] : [])));
  const byKey = new Map<string, ControlGroup>();
  for (const m of matches) {
    const c = snapshot.controls[m.control];
    if (!c || !c.visible || c.kind === 'button' || c.kind === 'hidden' || codeInputs.has(c.index)) continue;
    if (!m.key && m.ambiguous.length === 0) continue;
    // A radio list left ambiguous is still one question: one item for its members (breaker 26a item 6).
    // A key asked both as 是/否 and by its value (是否全日制 and 学习形式) is two fields (answersYesNo).
    const gk = m.key ? `key:${m.key}${answersYesNo(c.kind === 'radio' ? snapshot.controls.filter((x) => x.name === c.name) : [c])}` : c.kind === 'radio' && c.name !== '' ? `radio:${c.name}` : `#${c.index}`;
    const g = byKey.get(gk);
    if (g) g.members.push(c);
    else byKey.set(gk, { key: m.key, members: [c], match: m });
  }
  return [...byKey.values()].map((g) => {
    const sorted = [...g.members].sort((a, b) => a.index - b.index);
    const primary = sorted.find(userFacing) ?? sorted[0]!;
    const grouped = primary.kind === 'radio' || primary.kind === 'checkbox';
    // A radio list, a named checkbox group or a 是/否 checkbox pair is filled as a whole; any other field through its primary control.
    const members = grouped ? sorted.filter((c) => (c.kind === primary.kind && c.name === primary.name && (c.name !== '' || c === primary)) || (c.index === primary.index + 1 && yesNoPair(primary, c))) : [primary];
    return { ...g, members };
  });
}

/**
 * Orders a fill around controls that post the page back (ControlSnapshot.postsBack: a list,
 * choice or text box whose change reloads the page, or redraws its panel, with what the form held
 * when it was sent). Everything else is written first, so it is sent along and shown again; then
 * the first such control. What can only follow the redrawn page — another such control (its
 * postback would cut off the first one's, or be cut off by it), a list whose options depend on
 * it, or a list with no options yet (申报评委会 → 认定专业) — is left to the user's next
 * 用档案填写本页, and the preview says so.
 * @param items the plan's items in fill order. @param snapshot the page they were planned on.
 * @returns the same items, reordered, those after the page's redraw as needs-user.
 */
function afterPostBacks(items: FillItem[], snapshot: PageSnapshot): FillItem[] {
  const postsBack = (item: FillItem) => item.action === 'fill' && !!snapshot.controls[item.control]?.postsBack;
  const trigger = items.find(postsBack);
  if (!trigger) return items;
  // Parents come before their children in `items`: one pass finds every list waiting on the redraw.
  const waiting = new Set<string>([trigger.key ?? '']);
  const before: FillItem[] = [];
  const later: FillItem[] = [];
  for (const item of items) {
    if (item === trigger) continue;
    const parents = item.key ? (specOf(item.key).dependsOn ?? []) : [];
    const control = snapshot.controls[item.control];
    // A list with no options yet fills up from the redraw too (申报评委会 → 认定专业).
    const empty = control?.kind === 'select' && choosable(control).length === 0;
    if (item.action !== 'fill' || !(postsBack(item) || empty || parents.some((p) => waiting.has(p)))) {
      before.push(item);
      continue;
    }
    if (item.key) waiting.add(item.key);
    later.push(needs({ ...item, overwrite: false }, t('fill_reason_after_postback', trigger.label)));
  }
  return [...before, trigger, ...later];
}

/** The page's 至今 control (a radio list as all its members), or null. */
function untilNowControl(snapshot: PageSnapshot): ControlSnapshot[] | null {
  const says = (c: ControlSnapshot) => [c.choiceText, c.groupLabel, ...c.labels.map((l) => l.text)].some((t) => UNTIL_NOW_LABEL.test(normalizeText(t)));
  const found = snapshot.controls.find((c) => c.visible && (c.kind === 'checkbox' || c.kind === 'select' || c.kind === 'radio') && says(c));
  if (!found) return null;
  // A 是否至今 radio list: its members are 是 and 否, labelled by the group.
  return found.kind === 'radio' && found.name !== '' ? snapshot.controls.filter((c) => c.kind === 'radio' && c.name === found.name) : [found];
}

/**
 * The plan's items with the 至今 control filled from the record's 终止时间: ticked (或 是) when the
 * profile says 至今, the date box then left empty; 否 / unticked otherwise. A tick the page has
 * on a record the profile says has ended is not taken away: the user is asked. A 至今 the fill
 * cannot choose (the page's own: disabled) leaves the empty date box to the user too.
 * @param items planned items. @param ctx the plan's context. @param section the record step's section.
 * @returns the items, with the 至今 control's item added (in page order) when the page has one.
 */
function withUntilNow(items: { item: FillItem; order: number }[], ctx: Ctx, section: RecordSection | null): { item: FillItem; order: number }[] {
  if (section !== 'workHistory' && section !== 'achievements') return items;
  const key = `${section}.endDate` as FieldKey;
  const members = untilNowControl(ctx.snapshot);
  const pv = profileValue(ctx.profile, key, ctx.recordIndex);
  if (!members || !pv) return items;
  const ongoing = pv.value === '至今';
  const first = members[0]!;
  // ◉至今 ○截止: the radio that says 至今, or the other one; else a 是 / 否 question.
  const own = members.find((m) => m.kind === 'radio' && UNTIL_NOW_LABEL.test(normalizeText(m.choiceText)));
  const others = members.filter((m) => m !== own);
  const answer = !own ? (ongoing ? '是' : '否') : ongoing ? own.choiceText : others.length === 1 ? others[0]!.choiceText : '';
  if (answer === '') return items;
  const item = { ...base(members, key, answer, `${pv.source}（${ongoing ? '至今' : pv.value}）`), label: '至今' };
  const byKind = planByKind(members, item, false, ctx);
  // A 至今 box the page disabled is its own, as any such control (heldByPortal: breaker 38).
  const planned = heldByPortal(members, !ongoing && first.kind === 'checkbox' && first.checked ? needs(byKind, t('fill_reason_ended_but_ticked', pv.value)) : byKind);
  // The date box beside it is left empty for a job still held — when the fill chooses 至今 (or the
  // page shows it chosen). A 至今 the fill cannot choose (a box the page disabled, a 是 it lists
  // disabled) leaves the record with neither 至今 nor an end date: the end date is then the user's,
  // saying why, not 选了“至今” of a 至今 nobody chose (breaker 38 item 6).
  const chosen = planned.action === 'fill' || planned.outcome === 'same';
  const rest = !ongoing
    ? items
    : items.map((e) => {
        if (e.item.key !== key) return e;
        const shown = heldDate(ctx.snapshot.controls[e.item.control]?.value ?? '');
        if (shown !== '') return { ...e, item: needs(e.item, t('fill_reason_ongoing_page_has_end')) };
        return { ...e, item: chosen ? skip(e.item, t('fill_reason_until_now_chosen')) : needs({ ...e.item, overwrite: false }, t('fill_reason_until_now_not_chosen')) };
      });
  return [...rest, { item: planned, order: first.index }];
}

/**
 * The items with the record's other fields held back when the box naming the record (identityKey:
 * 项目名称, 题目, 考核年度) shows another value than the record being filled (a server's default
 * year not in the profile, a title typed for a record already listed): filling them would put
 * two records into one form, and the box keeps its value unless 覆盖 is ticked. They are the
 * user's until the box is put right; the 记录序号 and the box's own row are planned as they are
 * (probe 12b item 1). A box whose text names the record being filled (recordsNamedBy: its whole
 * name — a note beside it, "华南理工大学（全日制）", but not another institution's longer name,
 * 华南理工大学广州学院, unless the form's date boxes show the record's own dates) shows that
 * record, not another: nothing is held (breaker 23a item 2, breaker 24a item 1, breaker 26a item 1).
 * @param items planned items. @param section the record step's section, or null. @param snapshot the page.
 * @param profile the active profile. @param index the profile row being filled (chooseRecord), or null.
 * @returns the items, the record's fields to be filled as needs-user when the box differs.
 */
function heldForOtherRecord(items: FillItem[], section: RecordSection | null, snapshot: PageSnapshot, profile: Profile, index: number | null): FillItem[] {
  const identity = section && items.find((i) => i.key === identityKey(section));
  const shown = identity?.current;
  // A read-only or disabled box is the portal's to show, not a record the user began (planControl).
  const control = identity ? snapshot.controls[identity.control] : undefined;
  if (!section || !identity || shown === undefined || isPromptText(shown) || !control || !userFacing(control)) return items;
  const names = (texts: string[]) => index !== null && recordsNamedBy(texts, section, profile).includes(index);
  // A longer name is the record's beside the form's date boxes showing its own dates (namesRecord:
  // a faculty after the school); dates alone never hold back a box whose text is the record's name.
  const dateKeys = identityDateKeys(section);
  const dates = items.flatMap((i) => (i.key && dateKeys.includes(i.key) ? [normalizeText(shownValue([snapshot.controls[i.control]!]))] : []));
  if (names([normalizeText(shown)]) || names([normalizeText(shown), ...dates])) return items;
  const reason = t('fill_reason_other_record_shown', identity.label, shown, identity.value);
  return items.map((item) =>
    item.action === 'fill' && item !== identity && item.key && recordSectionOf(item.key) === section && !item.key.endsWith('.seq')
      ? needs({ ...item, overwrite: false }, reason)
      : item,
  );
}

/**
 * Where a field goes in the fill order: its own place in the page, or just after the latest of the
 * fields its options depend on (FieldSpec.dependsOn) that the page has, each of those placed the
 * same way — so 申报级别, 认定资格名称, 申报评委会 in that order however the page lays them out; a
 * parent the page lacks holds nothing back (the dictionary's rows never depend on themselves).
 * @param key the field. @param own its place in the page (its first control's index).
 * @param orderOfKey the page's place of each field it has. @returns the place to sort by.
 */
function afterParents(key: FieldKey, own: number, orderOfKey: ReadonlyMap<FieldKey, number>): number {
  const parents = (specOf(key).dependsOn ?? []).flatMap((parent) => {
    const at = orderOfKey.get(parent);
    return at === undefined ? [] : [afterParents(parent, at, orderOfKey) + 0.5];
  });
  return Math.max(own, ...parents);
}

/**
 * The fields recognition left tied for one date key (enforceUnique: two fields claiming a key
 * alike both lose it; 出生年月 [1998年▼][5月▼] beside 出生日期 [        ]), planned as that date
 * when the page asks the one date in different widgets: a date's lists and a date box, one of
 * each. Both are the applicant's one date (a page asking it twice posts both); the lists get its
 * year and month, the box the whole date, each in its own format (planDateLists, planText). Each
 * row keeps its page label, so the two are told apart.
 * Not resolved, the rows staying ambiguous: alike widgets (two boxes, two sets of lists — rows of
 * a table, a family member's 出生年月 beside the applicant's: which is whose, the page does not
 * say), a widget of another kind (a checkbox), or one the fill would not write as it plans the
 * other (held by the portal, no such option). Where one already shows another date, filling the
 * other would have the page say two dates for one: both are the user's, saying so.
 * @param groups the page's fields (groupControls). @param ctx the plan's context.
 * @returns the item planned for each field so resolved.
 */
function dateAskedTwice(groups: readonly ControlGroup[], ctx: Ctx): Map<ControlGroup, FillItem> {
  const byKey = new Map<FieldKey, ControlGroup[]>();
  for (const g of groups) {
    const [key] = g.match.ambiguous;
    if (g.key || g.match.ambiguous.length !== 1 || !key || !isDateKey(key)) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), g]);
  }
  const out = new Map<ControlGroup, FillItem>();
  for (const [key, tied] of byKey) {
    const widget = (g: ControlGroup) => g.members[0]!.kind;
    const lists = tied.filter((g) => widget(g) === 'select');
    const boxes = tied.filter((g) => widget(g) === 'text' || widget(g) === 'date');
    if (tied.length !== 2 || lists.length !== 1 || boxes.length !== 1) continue;
    const planned = tied.map((g) => {
      const item = planControl(g.members, key, ctx);
      return item && { ...item, label: fieldName(g.members[0]!, null) };
    });
    if (planned.some((item) => !item || (item.action !== 'fill' && item.outcome !== 'same'))) continue;
    // A date differing from the profile's in one of them: the page holds it, and filling the other
    // alone would leave two dates for one (with 覆盖 unticked). Both are the user's to put right.
    const differs = planned.some((item) => item!.outcome === 'conflict');
    const labels = planned.map((item) => item!.label).join(t('check_list_separator'));
    tied.forEach((g, i) => out.set(g, differs ? needs({ ...planned[i]!, overwrite: false }, t('fill_reason_date_asked_twice', labels)) : planned[i]!));
  }
  return out;
}

/**
 * The 证件号码 as the 证件类型 beside it allows. The profile's number is a 公民身份号码, the
 * 居民身份证's; a 证件类型 list or radios the user set to another document (护照, 港澳居民来往内地通行证)
 * ask that document's number. So the number is written only with the 证件类型 changed to the
 * 居民身份证 by the same fill, which the user allows by ticking 覆盖 on it (FillItem.onlyWith);
 * where the fill cannot choose the 居民身份证 there (no such option), it is the user's (fill 57).
 * A 证件类型 box or a list the portal holds is otherIdDocument's (planControl).
 * @param items the planned items. @returns them, the 证件号码's tied or left to the user.
 */
function idNumberWithIdType(items: FillItem[]): FillItem[] {
  const idType = items.find((i) => i.key === 'page.idType');
  const shown = idType?.current;
  if (!idType || !shown || isPromptText(shown) || ID_CARD.test(normalizeText(shown)) || (idType.action === 'fill' && !idType.overwrite)) return items;
  return items.map((i) => {
    if (i.key !== 'basic.idNumber' || i.action !== 'fill') return i;
    if (idType.action === 'fill') return { ...i, outcome: 'needs-user', reason: t('fill_reason_id_number_with_id_type', shown), onlyWith: idType.control };
    return needs({ ...i, overwrite: false }, t('fill_reason_id_number_other_document', shown));
  });
}

/**
 * Plan the autofill of one page.
 * @param snapshot the page. @param matches recognizeFields' result for it. @param profile the
 *   active profile. @param step the recognised step. @param opts.recordIndex force a record row;
 *   opts.savedSequences 记录序号 known saved beyond the page's grid.
 * @returns items in fill order (document order, cascade parents before their children), one
 *   per field the user sees (see groupControls) plus one item per ambiguous control (needs-user,
 *   unless it is a period box, planRangeBox, a row naming its record, planRowRecord, or one
 *   date asked in a date's lists and a date box, dateAskedTwice),
 *   and on 工作经历 / 业绩成果 one for a 至今 box or list beside 终止时间 (withUntilNow); the
 *   record's fields held back while the box naming it shows another record (heldForOtherRecord).
 *   Other unrecognised controls are not listed. Never throws on a partial profile.
 */
export function planFill(snapshot: PageSnapshot, matches: FieldMatch[], profile: Profile, step: StepId, opts: PlanOptions = {}): FillPlan {
  const section = sectionOfStep(step);
  const choice: RecordChoice = section ? chooseRecord(snapshot, matches, profile, section, opts.recordIndex, opts.savedSequences === undefined ? new Set() : opts.savedSequences) : { index: null, seq: null };
  const ctx: Ctx = {
    snapshot,
    profile,
    recordIndex: choice.index,
    recordSeq: choice.seq,
    noRecordReason: choice.reason ?? t('fill_reason_no_record'),
    seqReason: choice.seqReason,
    plannedSelects: false,
    keysOnPage: new Set(matches.map((m) => m.key)),
    otherIdDocument: idDocumentShown(matches.filter((m) => m.key === 'page.idType').map((m) => snapshot.controls[m.control]!), snapshot.idDocumentText),
  };
  const groups = groupControls(snapshot, matches);
  const items: { item: FillItem; order: number }[] = [];
  const orderOfKey = new Map<FieldKey, number>();
  const askedTwice = dateAskedTwice(groups, ctx);
  const matched = new Set(groups.flatMap((g) => g.members.map((m) => m.index)));
  for (const g of groups.values()) {
    const first = g.members[0]!;
    const twice = askedTwice.get(g);
    if (!g.key && !twice) {
      const period = planPeriodLists(g.members, g.match.ambiguous, ctx, matched) ?? planPeriodBoxes(g.members, g.match.ambiguous, ctx, matched);
      if (period) {
        period.forEach((item, i) => items.push({ item, order: first.index + i / 2 }));
        continue;
      }
      // One key left between the lists of a row under years as columns (考核结果 [2023年▼] [2024年▼]) is each column's year's.
      const [only, other] = g.match.ambiguous;
      const resolved = planRangeBox(g.members, g.match.ambiguous, periodBoxContext(groups, g, ctx)) ?? planRowRecord(g.members, g.match.ambiguous, ctx, section) ?? (only && !other ? planYearColumn(g.members, only, ctx, section) : null);
      const item = resolved ?? needs(base([first], null, '', ''), t('fill_reason_ambiguous', g.match.ambiguous.map((k) => specOf(k).title).join(t('check_list_separator'))));
      items.push({ item, order: first.index });
      continue;
    }
    const key = (g.key ?? twice!.key)!;
    const item = twice ?? planYearColumn(g.members, key, ctx, section) ?? planControl(g.members, key, ctx);
    if (!item) continue;
    if (first.kind === 'select' && item.action === 'fill') ctx.plannedSelects = true;
    orderOfKey.set(key, first.index);
    items.push({ item, order: first.index });
  }
  const withCompanion = withUntilNow(withoutChosenParts(items, snapshot), ctx, section);
  for (const entry of withCompanion) if (entry.item.key) entry.order = afterParents(entry.item.key, entry.order, orderOfKey);
  withCompanion.sort((a, b) => a.order - b.order);
  return {
    step,
    snapshot,
    profile,
    items: afterPostBacks(heldForOtherRecord(idNumberWithIdType(withCompanion.map((i) => i.item)), section, snapshot, profile, choice.index), snapshot),
    recordIndex: choice.index,
    recordSection: section,
    recordCount: section ? (profile[section] as unknown[]).length : 0,
  };
}
