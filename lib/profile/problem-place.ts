import { SECTIONS, SEQ_COLUMN, type SectionDef } from './editor-sections';
import { SECTION_TITLE, sectionTitle } from '../fields/sections';
import { t, type MessageKey } from '../i18n/t';

/**
 * Where a problem sits in a profile, in the words an applicant sees on the options page:
 * `['education', 1, 'endDate']` → "学历 第 2 条 · 结束时间" (English: "“Education” record 2 · End date").
 * Field and section names are the editor's own labels (lib/profile/editor-sections.ts) in the
 * UI's language, so an import message names a value exactly as the editor does; record sections
 * use the short names of the fill preview (lib/fields/sections.ts), as the fill reasons quote them.
 */

/** The short name of a record section ("学历" for "学历 第 2 条"); 附件 has none in the fill tables. */
function recordSectionName(name: string): string | null {
  return Object.hasOwn(SECTION_TITLE, name) ? sectionTitle(name as keyof typeof SECTION_TITLE) : null;
}

const sectionById = new Map<string, SectionDef>(SECTIONS.map((s) => [s.id, s]));
/** Top-level profile fields (档案名称, 工作小结…) that are not a section of their own. */
const topLevelFields = new Map<string, MessageKey>([
  ['label', 'options_label_field'],
  ...SECTIONS.flatMap((s) => (s.kind === 'form' && s.object === null ? s.fields.map((f) => [f.key, f.label] as const) : [])),
]);

function fieldLabel(section: SectionDef | undefined, key: string): string {
  if (key === SEQ_COLUMN.key) return t(SEQ_COLUMN.label);
  const fields = section?.kind === 'form' ? section.fields : section?.kind === 'table' ? section.columns : [];
  const def = fields.find((f) => f.key === key);
  return def ? t(def.label) : key;
}

/**
 * Names a place in a profile for an applicant.
 * @param path segments inside the `profile` object, e.g. `['education', 1, 'endDate']`,
 *   `['basic', 'idNumber']`, `['label']`, `[]` (the whole profile)
 * @returns e.g. "学历 第 2 条 · 结束时间" (record numbers 1-based), "基本信息 · 公民身份号码",
 *   "档案名称", "个人照片", "档案内容" for the empty path; an unknown key is shown as written.
 */
export function profilePlace(path: readonly PropertyKey[]): string {
  const [head, second, third] = path;
  if (head === undefined) return t('profile_place_whole');
  const name = String(head);
  const topLabel = topLevelFields.get(name);
  if (topLabel) return t(topLabel);
  const section = sectionById.get(name);
  if (!section) return path.map(String).join('.');
  if (section.kind === 'photo') return t(section.title);
  if (section.kind === 'table') {
    const title = recordSectionName(name) ?? t(section.title);
    if (typeof second !== 'number') return title;
    const record = t('profile_place_record', title, second + 1);
    return third === undefined ? record : `${record} · ${fieldLabel(section, String(third))}`;
  }
  const title = t(section.title);
  return second === undefined ? title : `${title} · ${fieldLabel(section, String(second))}`;
}
