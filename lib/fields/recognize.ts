/**
 * Field recognition: which profile key each control means, from its label texts (by source),
 * its id/name tokens and the step, scored so that a doubtful control gets no key rather than a
 * wrong one (issue 5: "prefers no answer to a wrong one"). Pure function of the snapshot.
 */
import type { ControlSnapshot, LabelSource, PageSnapshot } from '../page/snapshot';
import type { StepId } from '../portal/step-ids';
import type { FieldMatch, PageFieldValue } from './match';
import type { FieldKey } from './keys';
import { fieldDictionary, specOf, type FieldSpec } from './dictionary';
import { mappedControls, mappingsFor } from './mappings';
import type { FieldSynonym, TaughtMapping } from './taught.schema';
import { normalizeText } from '../page/normalize';
import { remembered } from '../page/remembered';
import { RECORD_STEPS } from './sections';
import { EXPLAINED } from './explained';
import { partNumber } from './date-fields';
import { titleNamed } from '../vocab/application-names';

/** A key is assigned only at or above this score. */
export const MATCH_THRESHOLD = 0.62;
/** The runner-up must trail the winner by at least this much, else the control is ambiguous. */
export const MATCH_MARGIN = 0.08;

/** How much each label source is trusted (explicit associations first, hints last). */
const SOURCE_WEIGHT: Record<LabelSource, number> = {
  'label-for': 1,
  'label-wrap': 1,
  aria: 0.95,
  'cell-left': 0.95,
  'text-before': 0.9,
  'header-above': 0.85,
  // Below text-before: a text after the box that names no field leaves its name tokens their full weight.
  'text-after': 0.8,
  title: 0.8,
  placeholder: 0.78,
};
const REGEX_STRENGTH = 0.9;
/** Token-only evidence (no label matched anything): long pinyin tokens are more telling. */
const TOKEN_LONG = 0.75;
const TOKEN_SHORT = 0.7;
/** When labels exist but none matches the token's key, the token alone is not enough. */
const TOKEN_AGAINST_LABELS = 0.8;
const TOKEN_AGREES_BONUS = 0.05;

const RECORD_STEP_IDS: ReadonlySet<StepId> = new Set(RECORD_STEPS);

/** Control-type prefixes in WebForms/ASP names ("txtXM", "ddl_xb", "tbSFZH"). */
const NAME_PREFIX = /^(txt|tbx|tb|ddl|drp|dd|dl|sel|cbo|cmb|rbl|rdo|rb|cbl|chk|cb|lbl|hid|hdn|hf|fu|file|dtp|dt|date|inp|input|ipt|text|tx|t_)/i;
/** WebForms naming-container segments that carry no meaning. */
const CONTAINER_SEGMENT = /^(ctl\d+|contentplaceholder\d*|maincontent|content\d*|panel\d*|form\d*|cph\w*|ucs?\w*|placeholder\d*|body)$/i;

export interface RecognizeOptions {
  /** The user's teach-mode mappings (all hosts/steps; filtered here by the page URL and step). */
  taught?: TaughtMapping[];
  /** Extra label texts from imported field-map files. */
  synonyms?: FieldSynonym[];
}

interface Candidate {
  score: number;
  /** Why, only where EXPLAINED (not in the content script, where nothing reads it: ./explained.ts). */
  evidence?: string[];
}

/**
 * Decoration-stripped variants of a normalised label, each with a confidence factor.
 * "【姓名】" → 姓名; "1、姓名(必填)" → 姓名; "出生日期(yyyy-mm-dd)" → 出生日期 (0.95);
 * a leading enumerator as the seed numbers its steps ("① 选择上传附件名称", folded by NFKC to
 * "1选择…"), "1." "(1)" "(一)" "一、" → the label (probe9 item 7; no dictionary label starts with a digit);
 * "请输入身份证号" → 身份证号, "工作单位全称" → 工作单位, "是否为第一作者" → 是否第一作者, "月至" (the unit of the box before, then 至) → 至 (0.95);
 * "论文/著作名称" → 论文, 著作名称, 论文名称 (0.9, marked `split`).
 */
export function labelVariants(text: string): { text: string; factor: number; split?: true }[] {
  let t = text
    .replace(/^(\(?(\d{1,2}|[一二三四五六七八九十]{1,3})[.、)]|\d{1,2}(?=\p{sc=Han}))/u, '')
    .replace(/\(?(必填|选填|必选|可选|非必填|必须填写)\)?$/, '')
    .replace(/^[*]+|[*]+$/g, '')
    .replace(/[:]+$/, '');
  const wrapped = /^[【\[〔「『<《(]+(.+?)[】\]〕」』>》)]+[:]?$/.exec(t);
  if (wrapped) t = wrapped[1]!;
  t = t.replace(/^[*]+|[*]+$/g, '').replace(/[:]+$/, '');
  const out: { text: string; factor: number; split?: true }[] = [{ text: t, factor: 1 }];
  const add = (v: string, factor: number, split?: true) => {
    if (v && !out.some((o) => o.text === v)) out.push({ text: v, factor, split });
  };
  // A question asked with a copula, 是否为第一作者 / 是否是全日制, is the dictionary's 是否第一作者 (breaker 40).
  add(t.replace(/^(请输入|请选择|请填写|输入|填写|选择)|(?<=^是否)[为是]/, '').replace(/全称$/, ''), 0.95);
  // The unit of the box before, written with this box's label: [ ]年[ ]月 至 [ ]年[ ]月 → 至.
  add(t.replace(/^[年月日](?=.)/, ''), 0.95);
  add(t.replace(/\([^()]*\)$/, '').replace(/[:]+$/, ''), 0.95);
  add(t.replace(/\([^()]*\)/g, ''), 0.9);
  // 联系电话(手机), 联系电话(请填写手机号码): the bracket says which one is meant.
  add((/\(([^()]+)\)$/.exec(t)?.[1] ?? '').replace(/^请(输入|填写)/, ''), 0.85);
  // Two wordings joined by a slash, as the portal writes its step titles: 论文/著作名称 → 论文,
  // 著作名称 and the first with the second's tail, 论文名称; 本人排名/角色 (probe 12b item 3).
  // Marked: they count only when they name one field (labelHits).
  const [first, second, more] = t.split('/');
  if (second && !more) for (const v of [first!, second, first + second.slice(first!.length)]) add(v, 0.9, true);
  return out;
}

/**
 * Dictionary lookups, built once on first use (not at module load, which happens before the
 * page's load event; issue 9), so a label text costs one map lookup per decoration variant plus
 * the few RegExp labels, not a scan of every row's label list. Row numbers are positions in
 * fieldDictionary() (its order is the tie-breaking order).
 */
interface Lookups {
  rows: readonly FieldSpec[];
  rowOfKey: Map<FieldKey, number>;
  byLabel: Map<string, number[]>;
  byPinyin: Map<string, number[]>;
  byEnglish: Map<string, number[]>;
  labelRegExps: { row: number; re: RegExp }[];
}

/** Adds a row under a text of it (a row twice under one text is read as once: hits are kept by row). */
function indexRow(index: Map<string, number[]>, text: string, row: number): void {
  index.set(text, [...(index.get(text) ?? []), row]);
}

let built: Lookups | undefined;

function lookups(): Lookups {
  if (built) return built;
  const rows = fieldDictionary();
  const l: Lookups = {
    rows,
    rowOfKey: new Map(rows.map((spec, i) => [spec.key, i])),
    byLabel: new Map(),
    byPinyin: new Map(),
    byEnglish: new Map(),
    labelRegExps: [],
  };
  rows.forEach((spec, row) => {
    for (const p of spec.labels) {
      if (typeof p === 'string') indexRow(l.byLabel, p, row);
      else l.labelRegExps.push({ row, re: p });
    }
    for (const t of spec.pinyin) indexRow(l.byPinyin, t, row);
    for (const t of spec.english) indexRow(l.byEnglish, t, row);
  });
  built = l;
  return l;
}

/** A dictionary row supported by a label text or a name token, in dictionary order. */
interface RowHit {
  row: number;
  score: number;
  token: string;
}

/** Whether a row's negatives hit a text (labelHits: its label; headWord: the labels of a word before an id's head). */
function excludes(row: number, text: string): boolean {
  return lookups().rows[row]!.negative.some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)));
}

/**
 * Strength with which each dictionary row's labels match a label text: an exact label 1, a
 * RegExp label REGEX_STRENGTH, an imported synonym 1, each times the variant's factor, best
 * variant kept; a row whose negative pattern hits the text gets none. An imported synonym that
 * names the text overrides the dictionary: only its rows are kept, negatives unchecked — a site
 * pack corrects a wrong recognition, as a taught mapping does (probe 12a item 3: 联系电话 →
 * basic.mobile on a mobile-only portal, not a tie with basic.phone).
 * @param extra imported synonyms: normalised label → keys. @param inStep the step's rows, for the
 *   slash rule (none: every row). @returns the rows with strength > 0.
 */
function labelHits(text: string, extra: ReadonlyMap<string, readonly FieldKey[]>, inStep?: ReadonlySet<number>): RowHit[] {
  const l = lookups();
  const best = new Map<number, number>();
  const bySplit = new Map<number, number>();
  const said = new Set<number>();
  for (const v of labelVariants(text)) {
    const into = v.split ? bySplit : best;
    const raise = (row: number, s: number) => {
      if (s > (into.get(row) ?? 0)) into.set(row, s);
    };
    for (const row of l.byLabel.get(v.text) ?? []) raise(row, v.factor);
    for (const { row, re } of l.labelRegExps) if (re.test(v.text)) raise(row, REGEX_STRENGTH * v.factor);
    for (const key of extra.get(v.text) ?? []) {
      const row = l.rowOfKey.get(key)!;
      said.add(row);
      raise(row, v.factor);
    }
  }
  // A slash's wordings name the box only when they name one field of the step: 论文/著作名称, not
  // 联系电话/手机 or 开始/结束时间, which name two (two boxes, or either: breaker 23b item 3).
  const [one, another] = [...bySplit].filter(([row]) => !inStep || inStep.has(row));
  if (one && !another && !best.has(one[0])) best.set(...one);
  const hits: RowHit[] = [];
  for (const [row, score] of best) {
    if (said.size ? said.has(row) : !excludes(row, text)) hits.push({ row, score, token: '' });
  }
  return hits.sort((a, b) => a.row - b.row);
}

/**
 * The field keys a label text names (exact or pattern label, decorations stripped, negatives
 * applied), in dictionary order: "毕业院校" → education.school; "注意事项" → none.
 */
export function labelKeys(text: string): FieldKey[] {
  return labelHits(text, new Map()).map((h) => lookups().rows[h.row]!.key);
}

/**
 * Meaningful tokens of a control's id and name: WebForms container segments dropped,
 * camelCase split, control-type prefixes removed, of several words the whole and the head
 * (headWord) when the whole names no field. "ctl00$ContentPlaceHolder1$txtSFZH" → ["SFZH"];
 * "txtBirthDate" → ["BirthDate", "Birth"]; "txtGzDwMc" → ["GzDwMc", "GZDW"]; "txtByYx" → ["ByYx"].
 * An E split off before Mail, or Mail capitalised after it, is E-mail's, read as Email
 * (txtE_MailAddr, txtEMailAddr = txtEmailAddr: the email, no MailAddr 通讯地址; breaker 26 F6).
 */
export function nameTokens(id: string, name: string): readonly string[] {
  const both = `${id} ${name}`.replace(/E[_-]?M(?=ail)|[Ee][_-][Mm](?=ail)/g, 'Em');
  // A page's controls are read again at each reading: their tokens are kept (NAME_TOKENS).
  return remembered(NAME_TOKENS, both, () => {
    const tokens = new Set<string>();
    const seen = new Set<string>();
    for (const segment of both.split(/[$_:.\-\s]+/)) {
      // id and name usually repeat the same segments; a repeat adds nothing to the set.
      if (seen.has(segment)) continue;
      seen.add(segment);
      for (const t of segmentTokens(segment)) tokens.add(t);
    }
    return [...tokens];
  }, TOKEN_CACHE_LIMIT);
}

/** Tokens by segment (WebForms pages repeat container segments on every control) and by "id name". */
const SEGMENT_TOKENS = new Map<string, string[]>();
const NAME_TOKENS = new Map<string, readonly string[]>();
const TOKEN_CACHE_LIMIT = 4096;

function segmentTokens(segment: string): string[] {
  return remembered(SEGMENT_TOKENS, segment, () => {
    const out: string[] = [];
    if (segment && !CONTAINER_SEGMENT.test(segment)) {
      const stripped = segment.replace(/\d+$/, '');
      // Only a lower-case prefix is a control-type prefix ("txtXM", "txtxm"); "TXDZ" is all meaning.
      const rest = /^[a-z]/.test(stripped) ? stripped.replace(NAME_PREFIX, '') : stripped;
      if (rest.length >= 2 && rest !== stripped) out.push(rest);
      const words = stripped.match(/[A-Z]{2,}(?![a-z])|[A-Z]?[a-z]+|[A-Z]/g) ?? [];
      // A word that is a prefix whole (Date, Tx) is dropped; one only starting as one is meaning (Cbs = 出版社, not cb).
      const meaningful = words.filter((w) => w.replace(NAME_PREFIX, '') || w.toUpperCase() === w);
      const [only, more] = meaningful;
      const whole = meaningful.join('');
      // Several words are read whole (txtByYx = 毕业院校, not Yx 邮箱), else by their head.
      const word = more ? (tokenHits([whole]).size ? '' : headWord(meaningful)) : only;
      if (word?.[1]) out.push(word);
      if (more) out.push(whole);
      if (stripped.length >= 2 && rest === stripped) out.push(stripped);
    }
    return out;
  }, TOKEN_CACHE_LIMIT);
}

/**
 * A word after the one before it (`${before} ${word}`) that names what kind of value a compound
 * is, not its field: 时间 after initials (group 1) is a date of it, no field here (txtBySj = 毕业时间,
 * and no 手机 SJ); 名称 / Name (group 2) and Title (group 3) are the named thing's when the word
 * before names a field (txtMzMc = 民族名称, txtGzDwMc, txtSchoolName, txtDutyName: the word before is
 * read); else a 名称 is of a thing naming no field, so none (获奖名称 txtHjMc, 会议名称 txtHyMc are
 * no 题目 or 项目名称: breaker 25), and a Title the compound's own (txtPaperTitle: a title); Cn after
 * Name, Title or Zh is a language (txtAuthorNameCn, ddlLangZhCn), not the CN 刊号 (breaker 22 F4,
 * breakers 23 and 24).
 */
const KIND_WORD = /^(?:[^aeiou ]+ (Sj)|\S+ (?:(Mc|Name)|(Title))|(?:Name|Title|Zh) Cn)$/;

/**
 * The word of a several-word id that names its field: the last one naming a dictionary row, as a
 * compound names its head last (txtKwCn = 刊物CN and txtJournalCn: the CN; txtXrZw = 现任职务: the
 * 职务; txtUserSj: the 手机), past words naming none (txtCnKh = CN刊号) and KIND_WORD. A word among
 * others is never read when the head is found, so its half of the id (Sj of txtBySj) is no field.
 * The word before the head joined to a word of the head's rows, when that names one of them, is read
 * (SXZY of txtSxSpecialty). A word before the head naming a field the head's row excludes by its negatives (the head's own
 * rows never do: 所学 of education.major's labels drops no 申报专业 of ddlApplySpecialty) is read instead
 * when its field's labels name it with the head's (邮箱地址: txtEmailAddr, txtYxDz are the email;
 * 移动电话: txtMobilePhone the mobile; left 24); none else: 单位地址 (txtDwDz) is no 地址 of the
 * applicant's, as that label is not, nor his 工作单位 (breaker 24).
 * @param words the segment's words (Gz, Dw, Mc). @returns the word, or undefined when none is.
 */
function headWord(words: readonly string[]): string | undefined {
  // The labels of the fields the words name (a row's own labels never hit its negatives).
  const said = (some: readonly string[]) => String([...tokenHits(some).keys()].map((row) => lookups().rows[row]!.labels));
  for (let i = words.length; i--; ) {
    const w = words[i]!;
    const kind = KIND_WORD.exec(`${words[i - 1]} ${w}`);
    const before = words.slice(0, i);
    const bare = !tokenHits(before.slice(-1)).size;
    if (kind?.[1] || (kind?.[2] && bare)) return undefined;
    const rows = [...tokenHits([w]).keys()];
    const named = (b: string) => rows.some((row) => lookups().rows[row]!.labels.some((l) => typeof l == 'string' && said([b]).includes(l)));
    // The word before joined to one of the rows' own words may make another of them, naming a row with
    // the head (txtSxSpecialty: SX + ZY = SXZY, txtStudySpecialty: study + major, 所学专业's, so no
    // 申报专业 on 基本信息; ddlSbSpecialty: SBZY, 申报专业's: left 26 item 4): that word is read.
    const joined = rows.flatMap((row) => [...lookups().rows[row]!.pinyin, ...lookups().rows[row]!.english]).map((t) => `${before.at(-1)}${t}`.toUpperCase()).find((t) => rows.some((row) => tokenHits([t]).has(row)));
    if (kind ? kind[3] && bare : rows.length) return joined || (rows.some((row) => excludes(row, said(before))) ? before.findLast(named) : w);
  }
  return undefined;
}

/**
 * The first of a control's name tokens that each row's pinyin or English tokens contain
 * (pinyin before English for the same token; pinyin only for all-caps, all-lower or capitalised tokens).
 * @returns one hit per supported row with its score and the token, by row.
 */
function tokenHits(tokens: readonly string[]): Map<number, RowHit> {
  const hits = new Map<number, RowHit>();
  for (const t of tokens) {
    const upper = t.toUpperCase();
    // Pinyin initials are also written capitalised (txtXmmc, ddlHjqk: probe 21 F3), or in
    // capitalised halves read whole (txtCjgzSj = CJGZSJ); an English word so written names no
    // pinyin row, none of which is an English word but EMAIL. Of several words, only the head is
    // a token (headWord).
    const isCaps = /^([A-Z]+|[a-z]+|([A-Z][a-z]+)+)$/.test(t);
    if (isCaps) {
      const score = upper.length >= 3 ? TOKEN_LONG : TOKEN_SHORT;
      for (const row of lookups().byPinyin.get(upper) ?? []) if (!hits.has(row)) hits.set(row, { row, score, token: upper });
    }
    for (const row of lookups().byEnglish.get(t.toLowerCase()) ?? []) if (!hits.has(row)) hits.set(row, { row, score: TOKEN_SHORT, token: t });
  }
  return hits;
}

/**
 * 奖惩情况 asked in two boxes (奖励情况 / 处分情况): step 6's awards only on step 6 and beside no box
 * asking it whole; on an unknown page, or beside 工作期间奖惩情况, a 获奖情况 / 表彰 box is a project's
 * or a record list's (breaker 19 item 6).
 */
const SPLIT_AWARDS: ReadonlySet<FieldKey | null> = new Set(['page.rewards', 'page.punishments']);

function specsFor(step: StepId): FieldSpec[] {
  if (step === 'unknown') return fieldDictionary().filter((s) => !SPLIT_AWARDS.has(s.key) && !s.steps.some((st) => RECORD_STEP_IDS.has(st)));
  return fieldDictionary().filter((s) => s.steps.includes(step));
}

/**
 * What one recognizeFields call matches against: the step's rows, the imported synonyms, and
 * the label hits already computed (forms repeat labels — 起止时间 on every record row — and a
 * label's hits do not depend on the control).
 */
interface MatchPass {
  specs: FieldSpec[];
  inStep: Set<number>;
  extra: Map<string, FieldKey[]>;
  labelMemo: Map<string, RowHit[]>;
}

function matchPass(step: StepId, synonyms: readonly FieldSynonym[]): MatchPass {
  const specs = specsFor(step);
  const inStep = new Set(specs.map((spec) => lookups().rowOfKey.get(spec.key)!));
  const extra = new Map<string, FieldKey[]>();
  // Only synonyms of this step's fields: one of another step's (结果 → 年度考核结果) must not take
  // the label from this step's field (业绩's 结果; breaker 23b item 2).
  for (const s of synonyms) {
    if (!inStep.has(lookups().rowOfKey.get(s.key)!)) continue;
    const label = normalizeText(s.label);
    const keys = extra.get(label);
    if (!keys) extra.set(label, [s.key]);
    else if (!keys.includes(s.key)) keys.push(s.key);
  }
  return { specs, inStep, extra, labelMemo: new Map() };
}

function passLabelHits(pass: MatchPass, text: string): RowHit[] {
  return remembered(pass.labelMemo, text, () => labelHits(text, pass.extra, pass.inStep));
}

/**
 * Label texts a control offers, with source weights; the choice texts of a radio or checkbox
 * group that has no label of its own ([◯同意 ◯不同意] alone), not of one labelled otherwise: its
 * choices answer its question, they do not name it (单位审核意见 [◯同意 ◯不同意] is no consent;
 * breaker 11 item 8, breaker 12). A
 * request in brackets right after the box (联系电话：[ ]（请填写手机号码）) is read as part of each
 * label, as a bracket in the label is (labelVariants): it says which of the label's fields is meant.
 */
/** A label text a control offers, with its source and weight (labelInputs). */
interface LabelInput {
  text: string;
  raw: string;
  /** Where it was read, for the evidence only: absent in the content script (./explained.ts). */
  source?: LabelSource;
  weight: number;
}

function labelInputs(group: ControlSnapshot[]): LabelInput[] {
  const first = group[0]!;
  const hint = normalizeText(first.hintAfter ?? '');
  const asked = /^\(请(输入|填写)[^()]+\)$/.test(hint) ? hint : '';
  // 申报资格 alone names the series page's track (①申报资格: 初级初次职称考核认定), no 认定资格名称
  // (dictionary.ts); a list of it offering a title (助理工程师, 01-工程师: titleNamed) asks that name.
  const out: LabelInput[] = first.labels.map((l) => ({ text: (/^申报资格(\(|$)/.test(l.text) && first.options.some((o) => titleNamed(o.norm)) ? '申报资格名称' : l.text) + asked, raw: l.raw, ...(EXPLAINED && { source: l.source }), weight: SOURCE_WEIGHT[l.source] }));
  if ((first.kind === 'radio' || (first.kind === 'checkbox' && group.length > 1)) && first.labels.every((l) => l.raw === first.choiceText)) {
    for (const c of group) {
      const text = normalizeText(c.choiceText);
      if (text) out.push({ text, raw: c.choiceText, ...(EXPLAINED && { source: 'label-for' as const }), weight: 0.9 });
    }
  }
  return out;
}

interface RangeTie {
  label: string;
  start: FieldKey;
  end: FieldKey;
  score: number;
}

interface GroupScores {
  found: Map<FieldKey, Candidate>;
  /** A label that supports a section's start and end keys equally (起止时间 over two boxes). */
  rangeTie: RangeTie | null;
}

function scoreGroup(group: ControlSnapshot[], pass: MatchPass): GroupScores {
  const first = group[0]!;
  const inputs = labelInputs(group);
  const found = new Map<FieldKey, Candidate>();
  let rangeTie: RangeTie | null = null;
  let anyLabelMatched = false;
  const consider = (key: FieldKey, score: number, input: LabelInput) => {
    const cur = found.get(key);
    if (!cur || score > cur.score) found.set(key, { score, ...(EXPLAINED && { evidence: [`label "${input.text}" (${input.source})`] }) });
  };
  for (const input of inputs) {
    const starts = new Map<string, number>();
    for (const hit of passLabelHits(pass, input.text)) {
      const spec = lookups().rows[hit.row]!;
      if (!pass.inStep.has(hit.row) || !spec.kinds.includes(first.kind)) continue;
      anyLabelMatched = true;
      const score = input.weight * hit.score;
      consider(spec.key, score, input);
      const section = spec.key.slice(0, spec.key.indexOf('.'));
      if (spec.range === 'start') starts.set(section, score);
      const startScore = starts.get(section);
      if (spec.range === 'end' && startScore === score && (!rangeTie || score > rangeTie.score)) {
        rangeTie = { label: input.text, start: `${section}.startDate` as FieldKey, end: spec.key, score };
      }
    }
  }
  const tokens = tokenHits(nameTokens(first.id, first.name));
  if (tokens.size === 0) return { found, rangeTie };
  for (const spec of pass.specs) {
    const hit = tokens.get(lookups().rowOfKey.get(spec.key)!);
    if (!hit || !spec.kinds.includes(first.kind)) continue;
    const { score, token } = hit;
    const cur = found.get(spec.key);
    if (cur) {
      cur.score = Math.min(1, cur.score + TOKEN_AGREES_BONUS);
      if (EXPLAINED) cur.evidence!.push(`name token ${token}`);
    } else {
      // A radio list's choices (男/女) are what it offers, not what it is: they do not speak against its name.
      const labels = group.length > 1 ? inputs.filter((i) => !group.some((c) => c.choiceText === i.raw)) : inputs;
      const tokenScore = labels.length > 0 && (anyLabelMatched || labels.some((i) => i.weight >= SOURCE_WEIGHT['text-before'])) ? score * TOKEN_AGAINST_LABELS : score;
      found.set(spec.key, { score: tokenScore, ...(EXPLAINED && { evidence: [`name token ${token}`] }) });
    }
  }
  return { found, rangeTie };
}

/**
 * Whether two boxes, `b` right after `a` in the page, are a 是/否 pair: choices answering 是 and 否
 * (an ASP.NET CheckBoxList 是否缴纳社保 [ ]是 [ ]否, each box named apart) ask one yes/no
 * question, like a radio pair (probe round 9 item 2). Only checkboxes and radios have choice texts.
 * Both must ask the same question: `b`'s last label (its row label, or the text just before it;
 * separators such as / or ， and its own 是/否, also numbered as in 2.否[ ] (breaker 14b item 3),
 * skipped; none left: nothing new is asked) is `a`'s text (side by side in one cell) or `a`'s last
 * label (a cell each, same row label). So the 否 of one question and the 是 of the next are no pair:
 * two questions in a row never chain into one group, radios of two questions are never joined
 * (breaker round 11 item 3).
 */
export function yesNoPair(a: ControlSnapshot | undefined, b: ControlSnapshot | undefined): boolean {
  if (!/^(是否|否是)$/.test(`${a?.choiceText}${b?.choiceText}`)) return false;
  // b's question: its last label that is neither a separator nor its own choice text (2.否 ends in it); none asks nothing new.
  const asked = b!.labels.findLast((l) => !SEPARATOR.test(l.text) && !l.text.endsWith(b!.choiceText))?.text;
  return asked === undefined || [a!.choiceText, a!.labels.at(-1)?.text].includes(asked);
}

/** Text between the boxes of one answer that asks nothing: 是 / 否, （是，否）, 是 | 否 (breaker 12 item 3). */
const SEPARATOR = /^[/|,、;()[\]]*$/;

/** The group a control belongs to: a radio (or checkbox) list by its name, a 是/否 checkbox pair by its first box, else itself. */
function groupKeyOf(c: ControlSnapshot, controls: readonly ControlSnapshot[]): string {
  const before = controls[c.index - 1];
  if (yesNoPair(before, c)) return groupKeyOf(before!, controls);
  return (c.kind === 'radio' || c.kind === 'checkbox') && c.name ? `${c.kind}:${c.name}` : `#${c.index}`;
}

interface GroupResult {
  members: ControlSnapshot[];
  ranked: [FieldKey, Candidate][];
  key: FieldKey | null;
  score: number;
  /** Why, only where EXPLAINED (as Candidate's). */
  evidence?: string[];
  ambiguous: FieldKey[];
  taught: boolean;
  rangeTie: RangeTie | null;
}

function decide(g: GroupResult): void {
  const [best, second] = g.ranked;
  if (!best || best[1].score < MATCH_THRESHOLD) {
    g.score = best?.[1].score ?? 0;
    if (EXPLAINED) g.evidence = best ? [...best[1].evidence!, '分数不足'] : [];
    return;
  }
  g.score = best[1].score;
  if (EXPLAINED) g.evidence = best[1].evidence;
  if (second && second[1].score >= best[1].score - MATCH_MARGIN) {
    g.ambiguous = g.ranked.filter(([, c]) => c.score >= best[1].score - MATCH_MARGIN).map(([k]) => k);
    return;
  }
  g.key = best[0];
}

/** Why pairRanges gave a box its end of a range, as its evidence says (only where EXPLAINED: the strings are left out of the content script where it is not). */
const RANGE_WHY = EXPLAINED
  ? { first: '起止范围第 1 个', second: '起止范围第 2 个', endFollows: '起止范围，后一个是终止时间', startBefore: '起止范围，前一个是起始时间' }
  : { first: '', second: '', endFollows: '', startBefore: '' };

/**
 * Controls under one 起止时间 label tie between the start and end keys of a section: when
 * exactly two controls share such a label with nothing recognised between them, and the second
 * is labelled by nothing but a heading above it (起止时间 over two cells, colspan=2), the first
 * takes the start, the second the end. Two boxes each with a label of its own (its cell, row,
 * <label>, or the text before it: two records' rows or blocks, 起止时间 [2016.09-2020.06] in each)
 * are a whole period each, and stay tied (range 63 item 1: the first had been taken for the
 * start, the second for the end; the fill wrote one record's start and end apart).
 * One alone, or each of two apart (起止时间 [ ] 至 [ ] in each of two
 * rows of one form: the second row's start is no end of the first's; checks 61 item 3), takes the
 * other end of a box recognised on its own beside it; three or more stay tied (the checks pair
 * them in page order: lib/checks/record-period-order.ts).
 */
function pairRanges(groups: GroupResult[]): void {
  const byLabel = new Map<string, GroupResult[]>();
  for (const g of groups) {
    if (g.taught || !g.rangeTie || g.rangeTie.score < MATCH_THRESHOLD) continue;
    byLabel.set(g.rangeTie.label, [...(byLabel.get(g.rangeTie.label) ?? []), g]);
  }
  const assign = (g: GroupResult, part: 'start' | 'end', why: keyof typeof RANGE_WHY) => {
    const tie = g.rangeTie!;
    g.key = part === 'start' ? tie.start : tie.end;
    g.score = tie.score;
    g.ambiguous = [];
    if (EXPLAINED) g.evidence = [`label "${tie.label}" ${RANGE_WHY[why]}`];
  };
  const position = new Map(groups.map((g, i) => [g, i]));
  /** The first group after `g` that recognition read (a key or a tie). */
  const nextRead = (g: GroupResult) => groups.slice(position.get(g)! + 1).find((x) => x.key || x.ambiguous.length);
  for (const list of byLabel.values()) {
    const [first, second, more] = list as [GroupResult, GroupResult?, GroupResult?];
    if (more) continue;
    // The second box labelled only by a heading above it (no label of its own): one range over both.
    if (second && nextRead(first) === second && second.members[0]!.labels.every((l) => l.source === 'header-above')) {
      assign(first, 'start', 'first');
      assign(second, 'end', 'second');
    } else {
      for (const g of list) {
        // The other box of the pair was recognised on its own ("至" before it): take the other end.
        // Past the start's own month box ([ ]年[ ]月 至 [ ]年[ ]月), which names no field.
        if (nextRead(g)?.key === g.rangeTie!.end) assign(g, 'start', 'endFollows');
        else if (groups[position.get(g)! - 1]?.key === g.rangeTie!.start) assign(g, 'end', 'startBefore');
      }
    }
  }
}

/**
 * Whether a field answers its key 是 or 否 rather than with its value: a checkbox, or a list or
 * radio list offering 是 and 否. A page may ask one key in both ways (是否全日制 [是/否] beside
 * 学习形式 [全日制/非全日制]: breaker 27 F11): two fields, each answered, not rivals for the key.
 * @param members the field's controls: a list, a box, or every radio of a radio list.
 */
export function answersYesNo(members: readonly ControlSnapshot[]): boolean {
  const c = members[0]!;
  const words = c.kind === 'select' ? c.options.map((o) => o.norm) : members.map((x) => x.choiceText);
  return c.kind === 'checkbox' || (words.includes('是') && words.includes('否'));
}

/**
 * Two groups claiming one profile key in the same way (answersYesNo): the clearly better one keeps
 * it, a tie loses both. A shown control wins over a hidden one (an old copy of 姓名 in a
 * `display:none` row, a zero-width duplicate): the user sees and fills only the shown one
 * (unseen-markup probe).
 */
function enforceUnique(groups: GroupResult[]): void {
  const shown = (g: GroupResult) => g.members.some((c) => c.visible);
  const byKey = new Map<string, GroupResult[]>();
  for (const g of groups) {
    if (!g.key || g.key.startsWith('page.')) continue;
    const way = g.key + answersYesNo(g.members);
    byKey.set(way, [...(byKey.get(way) ?? []), g]);
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const key = list[0]!.key!;
    list.sort((a, b) => Number(b.taught) - Number(a.taught) || Number(shown(b)) - Number(shown(a)) || b.score - a.score);
    const [top, next] = list as [GroupResult, GroupResult];
    const topWins = top.taught || shown(top) > shown(next) || top.score - next.score >= MATCH_MARGIN;
    for (const g of topWins ? list.slice(1) : list) {
      g.key = null;
      g.ambiguous = topWins ? [] : [key];
      if (EXPLAINED) g.evidence = [...g.evidence!, topWins ? `另一个控件更像 ${key}` : `多个控件都像 ${key}`];
    }
  }
}

/**
 * Recognise every non-button, non-hidden control of a snapshot but a 查询 bar's box and the box just
 * before a password box, hidden inputs aside (a login's user name), which are no fields.
 * @param snapshot the page. @param step the recognised step (limits the keys considered;
 *   record keys only on their record step; 'unknown' considers non-record keys).
 * @param opts teach-mode mappings and extra synonyms.
 * @returns one FieldMatch per such control, in control order. Members of a radio (or shared-
 *   name checkbox) group, or of a 是/否 checkbox pair, share one result. A key is set only when its score reaches
 *   MATCH_THRESHOLD and beats every other key by MATCH_MARGIN; otherwise `key` is null and
 *   `ambiguous` lists the tied keys (shown to the user as needs-user).
 */
export function recognizeFields(snapshot: PageSnapshot, step: StepId, opts: RecognizeOptions = {}): FieldMatch[] {
  const pass = matchPass(step, opts.synonyms ?? []);
  const taught = mappingsFor(opts.taught ?? [], snapshot.url, step).map((m) => ({ key: m.key, controls: mappedControls(m, snapshot.controls) }));
  const groups = new Map<string, GroupResult>();
  for (const c of snapshot.controls) {
    // A 查询 bar's box (ControlSnapshot.filter) filters the list above the form: no field of it. The
    // box just before a password box, hidden inputs between them aside (left 29 item 2), is a login's
    // user name (txtUserName, 用户名, an ID number to log in with): the account's, no field of the
    // applicant's either, so autofill never writes his name into a login form and no check reads it
    // (step27 item 2).
    let next = c.index;
    while (snapshot.controls[++next]?.kind === 'hidden');
    if (c.kind === 'button' || c.kind === 'hidden' || c.filter || snapshot.controls[next]?.type === 'password') continue;
    const gk = groupKeyOf(c, snapshot.controls);
    const existing = groups.get(gk);
    if (existing) existing.members.push(c);
    else groups.set(gk, { members: [c], ranked: [], key: null, score: 0, ...(EXPLAINED && { evidence: [] }), ambiguous: [], taught: false, rangeTie: null });
  }
  const list = [...groups.values()];
  for (const g of list) {
    const mapping = taught.find((m) => g.members.some((c) => m.controls.includes(c)));
    if (mapping) {
      Object.assign(g, { key: mapping.key, score: 1, ...(EXPLAINED && { evidence: ['用户教过的映射'] }), taught: true });
      continue;
    }
    const scores = scoreGroup(g.members, pass);
    g.rangeTie = scores.rangeTie;
    // A box named as a whole (刊号) and, by its own words, as one of its parts (ISSN) is that part.
    g.ranked = [...scores.found].filter(([key]) => !specOf(key).parts?.some((part) => scores.found.has(part))).sort((a, b) => b[1].score - a[1].score);
    decide(g);
  }
  pairRanges(list);
  // A date's month and day lists share its label when nothing stands between the lists
  // ([1998年][05月][13日]): they are its parts, not rivals for its key (breaker probe).
  for (const g of list) {
    const c = g.members[0]!;
    if (g.key) for (const part of dateParts(snapshot, c)) for (const p of list) if (p.members[0] === part) p.key = null;
  }
  enforceUnique(list);
  endBesideStart(snapshot, list);
  if (list.some((g) => g.key === 'awards')) for (const g of list) if (SPLIT_AWARDS.has(g.key)) g.key = null;
  const out: FieldMatch[] = [];
  for (const g of list) {
    // How it was decided, for the export only (FieldMatch): not in the content script's build.
    const how = EXPLAINED && { score: Number(g.score.toFixed(3)), evidence: g.evidence, taught: g.taught };
    for (const c of g.members) out.push({ control: c.index, key: g.key, ambiguous: g.ambiguous, ...how });
  }
  return out.sort((a, b) => a.control - b.control);
}

/**
 * The values a page currently shows for its recognised keys.
 * @returns one entry per recognised key group: text boxes their value (a number typed across the
 *   boxes of its cell, continuationBoxes, its parts joined: 440106 19980512 0314 → 440106199805120314); selects the selected
 *   option's normalised text ("" when it is a placeholder), a date's year list with the month and
 *   day lists after it (dateParts) as one date up to its first list not chosen ("1998-05-12",
 *   "1998-05", "1998", "至今"); radio groups the checked choice's text ("" when none);
 *   checkboxes "true"/"false", a box answering 是 or 否 its text when ticked ("" when not), a 是/否
 *   checkbox pair the ticked box's text ("" when none), a box saying no 否 when ticked; file
 *   inputs the chosen file's name or "". A 是 or 否 under a question saying no, of any of these,
 *   is the other one (answerOf: 是否未缴纳社保 [是] is 否).
 */
export function pageFieldValues(snapshot: PageSnapshot, matches: FieldMatch[]): PageFieldValue[] {
  const out: PageFieldValue[] = [];
  const seenRadio = new Set<string>();
  for (const m of matches) {
    if (!m.key) continue;
    const c = snapshot.controls[m.control];
    if (!c) continue;
    const label = c.labels[0]?.text ?? c.groupLabel ?? '';
    let control = c.index;
    let value: string;
    if (c.kind === 'radio') {
      const group = `${m.key}|${c.name || c.index}`;
      if (seenRadio.has(group)) continue;
      seenRadio.add(group);
      const members = matches
        .filter((x) => x.key === m.key)
        .map((x) => snapshot.controls[x.control]!)
        .filter((x) => x.kind === 'radio' && (x.name || x.index) === (c.name || c.index));
      const checked = members.find((x) => x.checked);
      control = checked?.index ?? control;
      value = checked ? normalizeText(checked.choiceText || checked.value) : '';
    } else {
      // A 是/否 checkbox pair reads as one answer, at its first box: the ticked box's text, "" when none.
      if (yesNoPair(snapshot.controls[c.index - 1], c)) continue;
      // A date chosen in lists reads as one date, up to its first list not chosen: "1998-05-12", "1998", "至今".
      value = controlDisplayValue(c);
      const second = snapshot.controls[c.index + 1];
      if (yesNoPair(c, second)) value += controlDisplayValue(second!);
      for (const part of dateParts(snapshot, c)) {
        const shown = value && controlDisplayValue(part);
        if (!shown) break;
        // Options that carry their unit ([1998年][05月][13日]) read as numbers, as do months in words (五月: checks 58).
        value = `${value}-${/^\d/.test(shown) ? shown : partNumber(shown)}`.replace(/[年月日]/g, '');
      }
      // A number typed in parts (公民身份号码 [440106]-[19980512]-[0314], 手机 [139]-[2600]-[1234]) reads
      // whole, as the portal joins it: not its first part alone (unseen68). A date's period is no number.
      if (!/Date/.test(m.key)) for (const part of continuationBoxes(snapshot, c, PART_SEPARATOR)) value += part.value;
    }
    out.push({ key: m.key, control, value: answerOf(c, value), label });
  }
  return out;
}

/**
 * The boxes after `c` that take the rest of its value: text boxes right after it in its cell,
 * each labelled by nothing but the separator written between it and the box before (collect
 * labels a box that follows another in its cell by the text before it only, and gives the box
 * before it that text as `hintAfter`): 办公电话：[020]-[38765432], 出生年月：[1998]年[05]月, a
 * start date's box and its end's (RANGE_DASH: recognizeFields). The fill plan writes a value
 * across them (lib/fill/plan.ts).
 * @param snapshot the page. @param c a text box. @param separator what may stand between two boxes.
 * @param last what may stand before the last part's box, not right after `c` (the fill's EXTENSION).
 * @returns the following boxes in order; none when `c` is a box of its own.
 */
export function continuationBoxes(snapshot: PageSnapshot, c: ControlSnapshot, separator: RegExp, last?: RegExp): ControlSnapshot[] {
  const boxes: ControlSnapshot[] = [];
  let prev = c;
  for (let next = snapshot.controls[c.index + 1]; next && c.kind === 'text' && next.kind === 'text' && next.visible; next = snapshot.controls[next.index + 1]) {
    const [label, ...others] = next.labels;
    const separates = label && (separator.test(label.text) || (boxes.length > 0 && !!last?.test(label.text)));
    if (!separates || others.length > 0 || label.source !== 'text-before' || normalizeText(prev.hintAfter ?? '') !== label.text) break;
    boxes.push(next);
    prev = next;
  }
  return boxes;
}

/**
 * Between the parts of a number: 区号-号码(-分机), (区号)号码, 区号[ ]号码[ ]分机[ ] — a dash, the
 * area code's closing bracket, or the next part's name (probe 8 item 7).
 */
export const PART_SEPARATOR = /^([-—)]|号码)$/;

/** Between the two boxes of a period typed in two boxes ([2015-07]-[2018-06]). */
export const RANGE_DASH = /^[-—~～至到]$/;

/**
 * The end date asked beside a start date's box: the one box after it in its cell, labelled by
 * nothing but the dash between them and recognised as nothing ([txtKSSJ] - [txtJSSJ] in a cell
 * labelled by a picture: breaker 27 F16), is the end, unless the page asks the end elsewhere.
 * Decided here, so the fill, the checks and 存入档案 read it alike (left 29 item 4).
 * @param groups recognizeFields' groups, keys decided; the end's group gets its key.
 */
function endBesideStart(snapshot: PageSnapshot, groups: GroupResult[]): void {
  for (const g of groups) {
    // Only a start date has an end beside it: the other groups are passed before any look around.
    if (!g.key?.endsWith('.startDate')) continue;
    const [box, more] = continuationBoxes(snapshot, g.members[0]!, RANGE_DASH);
    if (!more) claimUnread(groups, groups.find((x) => x.members[0] === box), g.key.replace('.startDate', '.endDate') as FieldKey, EXPLAINED && '起始时间后“-”之后的框');
  }
}

/**
 * Gives `g` the key `key` when recognition left it unread (no key, no tie, not taught) and no
 * other group holds that key (endBesideStart).
 * @param g the group, or undefined for none. @param key the key, or a falsy value for none.
 * @param why its evidence, where EXPLAINED (false elsewhere: the words are left out of the content script).
 */
function claimUnread(groups: GroupResult[], g: GroupResult | undefined, key: FieldKey | null | undefined | false | 0, why: string | false): void {
  if (g && key && !g.key && !g.ambiguous.length && !g.taught && !groups.some((x) => x.key === key)) {
    g.key = key;
    if (EXPLAINED) g.evidence = [why as string];
  }
}

/** Between a date's boxes or lists: its units ([1998]年[05]月[12]日). A dash there would be a period's ([起]-[止]). */
export const DATE_UNIT = /^[年月]$/;

/**
 * Between a year box (maxlength 4) and the month and day boxes after it: a unit, or a dash, slash
 * or dot ([1998]-[05]-[12], [2020]/[07]/[01]; fill 45). A box of four characters holds no
 * period's start date, so the dash after it is the date's own.
 */
const YEAR_BOX_NEXT = /^[-/.－／年月]$/;

/**
 * The lists that complete a date whose year is chosen in `c` (a list): "出生年月：[1998]年[05]月"
 * → the month list; "[1998] 年 [5] 月 [12] 日" → the month and the day lists. A list right after
 * it labelled just 年, or whose options end in 月 ([05月]), is the month; the next one labelled 月,
 * or whose options end in 日, the day (collect.ts labels a control that follows another in its cell
 * by the text before it only, so the cell's label stays with the year). Options without units
 * ([2023▼][01▼] beside 出生年月 / 参加工作时间: breaker 40) are read by their numbers: after a list
 * of years (1900–2099, a word such as 至今 aside), a list of 1 to 12 in order is the month and one
 * of 1 to 28 or more the day; a list of other numbers (份数, 排名) or after no year list is none.
 * For a text box, the boxes after it its units part it from ([1998]年[06]月[12]日: continuationBoxes),
 * so that the checks read the date whole, not its year alone (checks57 item 1); after a year box
 * (maxlength 4) at most two, units between them, or the same mark of YEAR_BOX_NEXT between each and
 * boxes of two characters at most ([1998]-[05]-[12]: the fill's since fill 45, the checks' since
 * checks 59 item 3); a different mark after them begins another date ([2020].[07] - [2022].[12]: the
 * start is 2020.07, not four parts), as a wider box does ([2016]-[2020]: a period's years).
 * @param snapshot the page. @param c a recognised date's control.
 * @returns the part lists (or boxes) in order, month first; none when no such list (or box) follows `c`.
 */
export function dateParts(snapshot: PageSnapshot, c: ControlSnapshot): ControlSnapshot[] {
  const parts: ControlSnapshot[] = [];
  if (c.kind !== 'select') {
    if (c.maxLength !== 4) return continuationBoxes(snapshot, c, DATE_UNIT);
    for (const b of continuationBoxes(snapshot, c, YEAR_BOX_NEXT).slice(0, 2)) {
      const mark = b.labels[0]!.text;
      // A unit, or the first box's mark before a box of two characters at most (a month's or a
      // day's: [2016]-[2020] is a period's two years); else the date ends before it.
      if (!DATE_UNIT.test(mark) && (mark !== (parts[0] ?? b).labels[0]!.text || (b.maxLength ?? 4) > 2)) break;
      parts.push(b);
    }
    return parts;
  }
  // The numbers of a list's options, placeholders and words (至今) aside: "05", "5月", "五月" → 5, as the fill reads them (checks 58).
  const numbers = (list: ControlSnapshot) => list.options.filter((o) => !o.placeholder).map((o) => partNumber(o.norm)).filter((n) => n >= 0);
  // Read only when a list follows: most lists are no year's.
  const afterYears = (years = numbers(c)) => years[0] && years.every((n) => n > 1899 && n < 2100);
  // 1 to 12 in order for the month, 1 to 28 or more for the day.
  const counted = (n: number[]) => (parts.length ? n.length > 27 : n.length === 12) && n.every((v, i) => v === i + 1);
  let next: ControlSnapshot | undefined;
  // (TypeScript does not narrow `next` through the assignment: the `?.kind` test does.)
  while ((next = snapshot.controls[c.index + parts.length + 1])?.kind === 'select' && (next!.labels[0]?.text === '年月'[parts.length] || (afterYears() && counted(numbers(next!))))) parts.push(next!);
  return parts;
}

/**
 * The answer a 是 or 否 shown by `c` gives to its field: the other one when its question says no — a
 * label saying 未 / 无 / 非 first, after 是否 or not (未缴纳社保 □是, 是否未缴纳社保 ○是 ○否 or
 * [是|否]: its 是 is 未缴纳; breaker 60) —, else `word` itself, as any other word. The checks read a
 * field so (pageFieldValues, the one place), and so does the fill (lib/fill/plan.ts findAnswer,
 * planChoice; lib/fill/display.ts shownValue).
 * @param c the control, or a radio of its list (each carries the question's labels).
 * @param word what it shows, normalised (controlDisplayValue's reading, a radio's words).
 */
export const answerOf = (c: ControlSnapshot, word: string): string => (/^[是否]$/.test(word) && c.labels.some((l) => SAYS_NO.test(l.text)) ? '是否'.replace(word, '') : word);

/** Words that say no first, after 是否 or not: 未缴纳社保, 是否未缴纳社保, 无奖惩, 非全日制 (answerOf, controlDisplayValue). */
const SAYS_NO = /^(是否)?[未无非]/;

/**
 * A control's current value as shown to the user, normalised like pageFieldValues.
 * @param c a non-radio control (a radio yields "true"/"false" like a checkbox; a checkbox whose
 *   text is 是 or 否 yields that text when ticked, "" when not, one saying no by its text or, with
 *   none, its label — 未…, 无…, 非… — 是 to those words when ticked, "" when not: the answer 否,
 *   as answerOf reads it).
 */
export function controlDisplayValue(c: ControlSnapshot): string {
  switch (c.kind) {
    case 'select': {
      const sel = c.options.find((o) => o.selected);
      return sel && !sel.placeholder ? sel.norm : '';
    }
    case 'checkbox':
      // A box answering 是 or 否 says it when ticked and nothing when not: unticked is no 否.
      if (/^[是否]$/.test(c.choiceText)) return c.checked ? c.choiceText : '';
      // So does a box saying no (□未缴纳社会保险, □无; 未缴纳社保 □ or 是否未缴纳社保 □ by its row's
      // label): ticked it says 是 to its words, the answer 否 (fill 60: pageFieldValues reads it so
      // by answerOf). A lone box's group label is its own words, else its row's (lib/page/collect.ts).
      if (SAYS_NO.test(c.groupLabel)) return c.checked ? '是' : '';
    // falls through
    case 'radio':
      return c.checked ? 'true' : 'false';
    case 'file':
      return c.value.split(/[\\/]/).pop() ?? '';
    default:
      return c.value.trim();
  }
}
