/**
 * planFill: decide, without touching the page, what autofill would do with every recognised
 * control: the value (in the page's format), where it came from, and whether it will be
 * filled, skipped or left to the user (with the reason in Chinese). The plan is what the
 * preview shows; applyFill (lib/fill/apply.ts) executes it.
 */
import type { ControlSnapshot, OptionSnapshot, PageSnapshot } from '../page/snapshot';
import type { FieldMatch } from '../fields/match';
import type { FieldKey } from '../fields/keys';
import type { Profile, RecordSection } from '../profile/schema';
import type { StepId } from '../portal/step-ids';
import { recordSectionOf } from '../fields/keys';
import { specOf } from '../fields/dictionary';
import { sectionOfStep, SECTION_TITLE } from '../fields/sections';
import { controlDisplayValue } from '../fields/recognize';
import { normalizeText } from '../page/normalize';
import { differingCurrent, fieldName, fileName, shownValue, type FillOutcome } from './display';
import { profileValue } from './profile-values';
import { detectDateFormat, formatDate } from './dates';
import { unencodableChars } from './charset';
import { savedSequenceNumbers } from './record-memory';
import { optionByWording } from '../vocab/option-wording';

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
  /** Chinese explanation for skip/needs-user, and for a fill that needs the overwrite tick. */
  reason?: string;
  /** The control already holds a different non-empty value: applied only when the user ticks it. */
  overwrite: boolean;
  /** The option value to select (selects) or the radio's value; absent when a cascade must load it first. */
  option?: string;
}

export interface FillPlan {
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
   * replaced the list; lib/fill/record-memory.ts). Added to those the page's grid shows.
   */
  savedSequences?: ReadonlySet<number>;
}

const REASON = {
  file: '请手动选择文件',
  picker: '请点击“...”按钮选择',
  reviewGroup: '此项不用填写（申报（评审）专业组按要求留空）',
  consent: '请本人阅读后自行勾选“同意”',
  attachmentName: '请按页面提示选择附件名称',
  empty: '档案中没有该项',
  overwrite: '页面已有不同内容，勾选后才会覆盖',
  ambiguous: (keys: string) => `无法确定此栏对应的档案字段（可能是：${keys}）`,
  noOption: (v: string) => `页面没有该选项：${v}`,
  tooLong: (n: number) => `超出最大长度 ${n} 字`,
  charset: (chars: string) => `页面编码无法表示字符“${chars}”`,
  noRecord: '没有要填写的档案记录',
  locked: '此栏只读，由门户填写',
  lockedDiffers: '此栏只读（门户带出），与档案不同：请核对档案，或按页面提示到门户修改',
  afterPostBack: (trigger: string) => `选择“${trigger}”后页面会刷新：刷新后请再点一次“用档案填写本页”填写此栏`,
} as const;

function rowSeq(profile: Profile, section: RecordSection, i: number): number {
  if (section === 'annualReviews') return i + 1;
  return ((profile[section] as { seq?: number }[])[i]?.seq ?? i + 1) as number;
}

/**
 * Which profile row a record step fills: the argument, else the first whose 记录序号 is not yet
 * saved (listed in the page's grid or in `known`), else none.
 */
function chooseRecord(
  snapshot: PageSnapshot,
  profile: Profile,
  section: RecordSection,
  wanted: number | undefined,
  known: ReadonlySet<number>,
): { index: number | null; reason?: string } {
  const count = (profile[section] as unknown[]).length;
  if (count === 0) return { index: null, reason: `档案中没有${SECTION_TITLE[section]}记录` };
  if (wanted !== undefined) {
    return wanted >= 0 && wanted < count ? { index: wanted } : { index: null, reason: `档案中没有第 ${wanted + 1} 条${SECTION_TITLE[section]}记录` };
  }
  const saved = new Set([...savedSequenceNumbers(snapshot), ...known]);
  if (saved.size === 0) return { index: 0 };
  for (let i = 0; i < count; i++) if (!saved.has(rowSeq(profile, section, i))) return { index: i };
  return { index: null, reason: `档案中的 ${count} 条${SECTION_TITLE[section]}记录都已保存在页面列表中` };
}

/** Options that may be chosen: rendered, enabled, not a "请选择" prompt. */
function choosable(c: ControlSnapshot): OptionSnapshot[] {
  return c.options.filter((o) => !o.placeholder && !o.disabled);
}

/**
 * The option of a select to choose for a profile value.
 * @param options the choosable options (choosable(): no placeholder, none disabled), in page order.
 * @param wanted the profile's value as text ("男", "汉族", "中共党员", "大学本科", "学士", "助理工程师").
 * @returns the option to select, or undefined when none can be chosen faithfully (the item then
 *   stays needs-user). Rules, in order: exact text, exact value, normalised text (the first
 *   option meeting one wins); then, through lib/vocab/option-wording.ts optionByWording, the
 *   text with a leading code ("1-男", "01 汉族", "21.大学本科", "(01)汉族") and/or a trailing code
 *   or a qualifier lib/vocab/qualifiers.ts allows ("汉族(01)", "助理工程师（助理级）") removed,
 *   then a wording equivalence of the national code tables (lib/vocab/wordings.ts: 中国共产党党员
 *   = 中共党员, 本科 = 大学本科, 学士学位 = 学士). These later rules count only when exactly one
 *   option meets them, and compare whole texts, never substrings ("本科" never picks "本科以下").
 *   Never throws.
 */
export function findOption(options: readonly OptionSnapshot[], wanted: string): OptionSnapshot | undefined {
  const w = wanted.trim();
  const norm = normalizeText(w);
  return (
    options.find((o) => o.text === w) ??
    options.find((o) => o.value === w) ??
    options.find((o) => o.norm === norm) ??
    optionByWording(options, w)
  );
}

interface Ctx {
  snapshot: PageSnapshot;
  profile: Profile;
  recordIndex: number | null;
  noRecordReason: string;
  /** Selects already planned for filling (cascade parents). */
  plannedSelects: boolean;
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

function needs(item: FillItem, reason: string): FillItem {
  return { ...item, action: 'needs-user', outcome: 'needs-user', reason };
}

function skip(item: FillItem, reason: string): FillItem {
  return { ...item, action: 'skip', outcome: 'skipped', reason };
}

/** The page already shows the value: nothing to write, the row says 已一致. */
function same(item: FillItem): FillItem {
  const { reason: _none, current: _equal, ...rest } = item;
  return { ...rest, action: 'skip', outcome: 'same' };
}

function withOverwrite(item: FillItem, current: string, wanted: string): FillItem {
  if (current === '') return item;
  if (normalizeText(current) === normalizeText(wanted)) return same(item);
  return { ...item, overwrite: true, outcome: 'conflict', reason: REASON.overwrite };
}

function planPageKey(members: readonly ControlSnapshot[], key: FieldKey, profile: Profile): FillItem | null {
  const c = members[0]!;
  if (key === 'page.photo') {
    // The profile's photo (by file name) is what the user should choose; the page shows its own choice.
    const item = base(members, key, profile.photo?.fileName ?? '', profile.photo ? '档案 · 个人照片' : '页面');
    const chosen = fileName(c.value);
    return chosen !== '' && chosen === item.value ? same(item) : needs(item, REASON.file);
  }
  const item = base(members, key, '', '页面');
  if (key === 'page.attachmentFile') return needs(item, REASON.file);
  if (key === 'page.reviewGroup') return skip(item, REASON.reviewGroup);
  if (key === 'page.consent') return needs(item, REASON.consent);
  if (key === 'page.attachmentName') return needs(item, REASON.attachmentName);
  return null;
}

function planText(c: ControlSnapshot, item: FillItem, isDate: boolean, snapshot: PageSnapshot): FillItem {
  let value = item.value;
  if (isDate && value !== '至今') {
    const formatted = formatDate(value, detectDateFormat(c));
    if (!formatted.ok) return needs(item, formatted.reason);
    value = formatted.text;
  }
  const out = withValue(item, value, c.value.trim());
  // A "..." chooser writes its visible text and its hidden code together: the user picks, we never type the name alone.
  if (c.pickerCodeIndex !== null) {
    return normalizeText(c.value) === normalizeText(value) ? same(out) : needs(out, REASON.picker);
  }
  // A calendar box cannot take the word 至今; portals say "终止时间不填表示至今" for optional ones.
  if (value === '至今' && c.calendar) {
    if (c.required) return needs(out, '档案中该段经历至今未结束，请在页面上按提示填写');
    return c.value.trim() === '' ? skip(out, '档案中该段经历至今未结束，终止时间留空即表示至今') : needs(out, '页面已有终止时间，档案中该段经历至今未结束，请核对');
  }
  if (c.maxLength !== null && value.length > c.maxLength) return needs(out, REASON.tooLong(c.maxLength));
  const bad = unencodableChars(value, snapshot.charset);
  if (bad.length) return needs(out, REASON.charset(bad.join('')));
  return withOverwrite(out, c.value.trim(), value);
}

function planSelect(c: ControlSnapshot, item: FillItem, ctx: Ctx): FillItem {
  const options = choosable(c);
  const opt = findOption(options, item.value);
  if (!opt) {
    // A child select still waiting for its parent (cascade): the writer waits for the option.
    const parent = item.key ? specOf(item.key).dependsOn : undefined;
    if (options.length === 0 && (parent || ctx.plannedSelects)) return item;
    return needs(item, REASON.noOption(item.value));
  }
  const out = withValue({ ...item, option: opt.value }, opt.text, shownValue([c]));
  // A list showing its first option because nothing was chosen ("群众" with no 请选择) is filled
  // like an empty one: no 覆盖 needed.
  return withOverwrite(out, c.defaultChoice ? '' : controlDisplayValue(c), opt.text);
}

function planChoice(members: ControlSnapshot[], item: FillItem): FillItem {
  const first = members[0]!;
  if (first.kind === 'checkbox' && members.length === 1) {
    const want = item.value === '是' || item.value === 'true';
    if (item.value !== '是' && item.value !== '否') return needs(item, REASON.noOption(item.value));
    const out = { ...item, option: want ? 'true' : 'false' };
    return first.checked === want ? same(out) : out;
  }
  // A radio list is chosen like a select's options (findOption): its labels may carry the code
  // tables' wordings too ("1-男", "中国共产党党员").
  const choices: OptionSnapshot[] = members.map((m) => ({ value: m.value, text: m.choiceText, norm: normalizeText(m.choiceText), disabled: m.disabled, selected: m.checked, placeholder: false }));
  const found = findOption(choices, item.value);
  const target = found && members[choices.indexOf(found)];
  if (!target || target.disabled) return needs(item, REASON.noOption(item.value));
  const out = { ...item, control: target.index, option: target.value };
  const checked = members.find((m) => m.checked);
  if (!checked) return out;
  if (checked.index === target.index) return same(out);
  return { ...out, overwrite: true, outcome: 'conflict', reason: REASON.overwrite };
}

function planControl(members: ControlSnapshot[], key: FieldKey, ctx: Ctx): FillItem | null {
  const c = members[0]!;
  const page = planPageKey(members, key, ctx.profile);
  if (page || key.startsWith('page.')) return page;
  const section = recordSectionOf(key);
  const pv = profileValue(ctx.profile, key, ctx.recordIndex);
  const item = base(members, key, pv?.value ?? '', pv?.source ?? '档案');
  if (section && ctx.recordIndex === null) return skip(item, ctx.noRecordReason);
  if (!pv || pv.value === '') return skip(item, REASON.empty);
  if (c.kind === 'file') return needs(item, REASON.file);
  if (c.disabled) return skip(item, '此栏已禁用');
  const planned = planByKind(members, item, pv.isDate, ctx);
  // A read-only box with neither a calendar nor a "..." chooser shows what the portal itself
  // holds (the account's 注册手机, a 工作单位 carried over): it is never written, not even with
  // 覆盖 ticked — the form would send the changed value. A different value is the user's to check.
  if (userFacing(c) || planned.outcome === 'same') return planned;
  const kept = { ...planned, overwrite: false };
  return c.value.trim() === '' ? skip(kept, REASON.locked) : needs(kept, REASON.lockedDiffers);
}

function planByKind(members: ControlSnapshot[], item: FillItem, isDate: boolean, ctx: Ctx): FillItem {
  const c = members[0]!;
  switch (c.kind) {
    case 'select':
      return planSelect(c, item, ctx);
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
 * a row of its own; unrecognised controls are left out, ambiguous ones get a group each.
 */
function groupControls(snapshot: PageSnapshot, matches: readonly FieldMatch[]): ControlGroup[] {
  const codeInputs = new Set(snapshot.controls.flatMap((c) => (c.pickerCodeIndex === null ? [] : [c.pickerCodeIndex])));
  const byKey = new Map<string, ControlGroup>();
  for (const m of matches) {
    const c = snapshot.controls[m.control];
    if (!c || !c.visible || c.kind === 'button' || c.kind === 'hidden' || codeInputs.has(c.index)) continue;
    if (!m.key && m.ambiguous.length === 0) continue;
    const gk = m.key ? `key:${m.key}` : `#${c.index}`;
    const g = byKey.get(gk);
    if (g) g.members.push(c);
    else byKey.set(gk, { key: m.key, members: [c], match: m });
  }
  return [...byKey.values()].map((g) => {
    const sorted = [...g.members].sort((a, b) => a.index - b.index);
    const primary = sorted.find(userFacing) ?? sorted[0]!;
    const isChoice = primary.kind === 'radio' || primary.kind === 'checkbox';
    // A radio list or a named checkbox group is filled as a whole; any other field through its primary control.
    const members = isChoice ? sorted.filter((c) => c.kind === primary.kind && c.name === primary.name && (c.name !== '' || c === primary)) : [primary];
    return { ...g, members };
  });
}

/**
 * Orders a fill around choices that post the page back (ControlSnapshot.postsBack: the page
 * reloads, or its panel is redrawn, with what the form held when it was sent). Everything else
 * is written first, so it is sent along and shown again; then the first such choice. What can
 * only follow the redrawn page — another such choice, a list whose options depend on it, or a
 * list with no options yet (申报评委会 → 认定专业) — is left to the user's next 用档案填写本页,
 * and the preview says so.
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
    const parent = item.key ? specOf(item.key).dependsOn : undefined;
    const control = snapshot.controls[item.control];
    // A list with no options yet fills up from the redraw too (申报评委会 → 认定专业).
    const empty = control?.kind === 'select' && choosable(control).length === 0;
    if (item.action !== 'fill' || !(postsBack(item) || empty || (parent !== undefined && waiting.has(parent)))) {
      before.push(item);
      continue;
    }
    if (item.key) waiting.add(item.key);
    later.push(needs({ ...item, overwrite: false }, REASON.afterPostBack(trigger.label)));
  }
  return [...before, trigger, ...later];
}

/**
 * Plan the autofill of one page.
 * @param snapshot the page. @param matches recognizeFields' result for it. @param profile the
 *   active profile. @param step the recognised step. @param opts.recordIndex force a record row;
 *   opts.savedSequences 记录序号 known saved beyond the page's grid.
 * @returns items in fill order (document order, cascade parents before their children), one
 *   per field the user sees (see groupControls) plus one needs-user item per ambiguous control.
 *   Unrecognised controls are not listed. Never throws on a partial profile.
 */
export function planFill(snapshot: PageSnapshot, matches: FieldMatch[], profile: Profile, step: StepId, opts: PlanOptions = {}): FillPlan {
  const section = sectionOfStep(step);
  const choice = section ? chooseRecord(snapshot, profile, section, opts.recordIndex, opts.savedSequences ?? new Set()) : { index: null };
  const ctx: Ctx = {
    snapshot,
    profile,
    recordIndex: choice.index,
    noRecordReason: choice.reason ?? REASON.noRecord,
    plannedSelects: false,
  };
  const groups = groupControls(snapshot, matches);
  const items: { item: FillItem; order: number }[] = [];
  const orderOfKey = new Map<FieldKey, number>();
  for (const g of groups.values()) {
    const first = g.members[0]!;
    if (!g.key) {
      const item = base([first], null, '', '');
      items.push({ item: needs(item, REASON.ambiguous(g.match.ambiguous.map((k) => specOf(k).title).join('、'))), order: first.index });
      continue;
    }
    const item = planControl(g.members, g.key, ctx);
    if (!item) continue;
    if (first.kind === 'select' && item.action === 'fill') ctx.plannedSelects = true;
    orderOfKey.set(g.key, first.index);
    items.push({ item, order: first.index });
  }
  for (const entry of items) {
    const parent = entry.item.key ? specOf(entry.item.key).dependsOn : undefined;
    const parentOrder = parent !== undefined ? orderOfKey.get(parent) : undefined;
    if (parentOrder !== undefined && parentOrder > entry.order) entry.order = parentOrder + 0.5;
  }
  items.sort((a, b) => a.order - b.order);
  return {
    items: afterPostBacks(items.map((i) => i.item), snapshot),
    recordIndex: choice.index,
    recordSection: section,
    recordCount: section ? (profile[section] as unknown[]).length : 0,
  };
}
