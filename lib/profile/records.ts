import {
  achievementRecordSchema,
  annualReviewSchema,
  attachmentSchema,
  educationRecordSchema,
  publicationRecordSchema,
  qualificationRecordSchema,
  workRecordSchema,
  type Profile,
  type RecordSection,
} from './schema';

/**
 * Editing the repeated sections (steps 3, 4, 5, 7, 8, 9 and the step-10 checklist) as tables.
 * The portal wants 记录序号 1, 2, 3… in row order with no gaps (seed step 3(3)), so every
 * add / remove / move renumbers `seq`.
 */

/** Sections shown as editable tables: the record sections plus the attachment checklist. */
export type TableSection = RecordSection | 'attachments';

/** Sections whose rows carry a 记录序号 (`seq`). annualReviews and attachments have none. */
const SEQ_SECTIONS: ReadonlySet<TableSection> = new Set([
  'qualificationHistory',
  'education',
  'workHistory',
  'achievements',
  'publications',
]);

/**
 * A new, empty row for a section, valid against the schema.
 * @param section the table
 * @param seq 记录序号 for sections that have one (1-based)
 * @param year for annualReviews: the year to propose (default: last calendar year)
 */
export function newRecord(section: TableSection, seq: number, year = new Date().getFullYear() - 1): Record<string, unknown> {
  switch (section) {
    case 'qualificationHistory':
      return qualificationRecordSchema.parse({ seq });
    case 'education':
      return educationRecordSchema.parse({ seq });
    case 'workHistory':
      return workRecordSchema.parse({ seq });
    case 'achievements':
      return achievementRecordSchema.parse({ seq });
    case 'publications':
      return publicationRecordSchema.parse({ seq });
    case 'annualReviews':
      return annualReviewSchema.parse({ year });
    case 'attachments':
      return attachmentSchema.parse({ name: '证明材料' });
  }
}

/**
 * Sets 记录序号 to 1, 2, 3… in row order (rows without `seq` are returned as they are).
 * @param section the table
 * @param rows the rows in display order
 * @returns new row objects (the input is not changed)
 */
export function renumber<T extends object>(section: TableSection, rows: readonly T[]): T[] {
  if (!SEQ_SECTIONS.has(section)) return [...rows];
  return rows.map((row, i) => ({ ...row, seq: i + 1 }));
}

/**
 * Applies one table edit to a profile and renumbers.
 * @param profile the profile (not changed)
 * @param section the table
 * @param edit `add` appends an empty row; `remove` drops row `index`; `move` moves row `index`
 *   by `by` places (−1 = up, +1 = down; out-of-range moves change nothing)
 * @returns a new profile
 */
export function editTable(
  profile: Profile,
  section: TableSection,
  edit: { kind: 'add' } | { kind: 'remove'; index: number } | { kind: 'move'; index: number; by: number },
): Profile {
  const rows = [...(profile[section] as object[])];
  if (edit.kind === 'add') {
    const lastYear = section === 'annualReviews' ? (rows.at(-1) as { year?: unknown } | undefined)?.year : undefined;
    rows.push(newRecord(section, rows.length + 1, typeof lastYear === 'number' ? lastYear + 1 : undefined));
  } else if (edit.kind === 'remove') {
    rows.splice(edit.index, 1);
  } else {
    const to = edit.index + edit.by;
    if (to < 0 || to >= rows.length || edit.index < 0 || edit.index >= rows.length) return profile;
    const [row] = rows.splice(edit.index, 1);
    rows.splice(to, 0, row!);
  }
  return { ...profile, [section]: renumber(section, rows) };
}
