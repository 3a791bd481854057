import { Component, Fragment } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Profile } from '../../lib/profile/schema';
import { editTable } from '../../lib/profile/records';
import { FieldInput } from './Field';
import { withValue } from './field-values';
import { SEQ_COLUMN, type TableSectionDef } from '../../lib/profile/editor-sections';
import { t } from '@/lib/i18n/t';

/** One edit of a table (records.ts editTable). */
type TableEdit = Parameters<typeof editTable>[2];

/**
 * Rows a table draws before 显示全部 (共 M 条): a profile of thousands of records (under the 10 MB
 * import limit) froze the options page while every row was drawn (breaker 61). Rows with a
 * problem (as many again), rows just added and the row a move brings in are drawn as well.
 */
export const ROWS_SHOWN_FIRST = 50;

interface RecordTableProps {
  def: TableSectionDef;
  /** The draft; the table redraws only when its own rows or their messages change (sameTable). */
  profile: Profile;
  /** Inline messages by profile path (`education[1].endDate`). */
  errors: ReadonlyMap<string, string>;
  /** Rows repeating an earlier row, by row path (`education[2]`) → the 0-based index of that row (field-checks.ts duplicateRows). */
  duplicates: ReadonlyMap<string, number>;
  /**
   * Receives each edit as a function of the draft at that time: a table not redrawn since another
   * part of the draft changed must not write back the draft it was drawn with.
   */
  onChange: (edit: (profile: Profile) => Profile) => void;
}

/** The entries of `map` under a table's paths (`education[`), in order, as one comparable text. */
function entriesOf(map: ReadonlyMap<string, unknown>, prefix: string): string {
  const found: unknown[] = [];
  for (const entry of map) if (entry[0].startsWith(prefix)) found.push(entry);
  return JSON.stringify(found);
}

/**
 * Whether a table would draw the same: same section, same rows array, same messages for its
 * rows. Its columns' choices do not depend on the rest of the profile (editor-sections.ts), so a
 * change elsewhere (a toggle, another field) leaves it as it is: without this, every section's
 * toggle event and every keystroke redrew every row of every table (breaker 61).
 */
function sameTable(a: RecordTableProps, b: RecordTableProps): boolean {
  const prefix = `${a.def.id}[`;
  return (
    a.def === b.def &&
    a.profile[a.def.id] === b.profile[b.def.id] &&
    (a.errors === b.errors || entriesOf(a.errors, prefix) === entriesOf(b.errors, prefix)) &&
    (a.duplicates === b.duplicates || entriesOf(a.duplicates, prefix) === entriesOf(b.duplicates, prefix))
  );
}

/** The 0-based indexes of a table's rows named in `map` (`education[2].endDate`, `education[2]`). */
function rowsNamed(map: ReadonlyMap<string, unknown>, prefix: string): Set<number> {
  const rows = new Set<number>();
  for (const path of map.keys()) if (path.startsWith(prefix)) rows.add(Number.parseInt(path.slice(prefix.length), 10));
  return rows;
}

/**
 * A table section of the editor (RecordTableRows), redrawn only when sameTable says it changed.
 * A class with shouldComponentUpdate rather than preact/compat's memo: importing compat changes
 * how every input's onChange is bound on the page.
 */
export class RecordTable extends Component<RecordTableProps> {
  override shouldComponentUpdate(next: RecordTableProps): boolean {
    return !sameTable(this.props, next);
  }
  override render(props: RecordTableProps) {
    return <RecordTableRows {...props} />;
  }
}

/**
 * A repeated section as an editable table: edit cells, add, remove, move up/down. Every change of
 * order renumbers 记录序号 (lib/profile/records.ts), which is shown read-only. A long table draws
 * its first ROWS_SHOWN_FIRST rows, those with a problem and those added or moved into view here;
 * 显示全部 draws the others.
 */
function RecordTableRows({ def, profile, errors, duplicates, onChange }: RecordTableProps) {
  const rows = profile[def.id] as Record<string, unknown>[];
  const hasSeq = rows.length === 0 ? def.id !== 'annualReviews' && def.id !== 'attachments' : 'seq' in rows[0]!;
  const tableRef = useRef<HTMLDivElement>(null);
  /**
   * Where the focus goes once the table is redrawn after ↑ / ↓ / ×: the rows are drawn by place,
   * so the pressed button stays at its place, now another record's — pressed again it moved that
   * other record back (breaker 39). The focus goes with the moved record (its same arrow, else
   * the row's first enabled button), or after × to the × now at that place or the row above, or
   * to 添加 when no row is left.
   */
  const focusNext = useRef<{ index: number; testId: string } | null>(null);
  /** Rows drawn from the start; rows from `tailFrom` on (added here) are drawn too. */
  const [limit, setLimit] = useState(ROWS_SHOWN_FIRST);
  const [tailFrom, setTailFrom] = useState(Infinity);
  const prefix = `${def.id}[`;
  // Rows with a problem are drawn wherever they are, the first ROWS_SHOWN_FIRST of them: a file
  // of thousands of wrong dates must not draw them all either.
  const problemRows = new Set([...rowsNamed(errors, prefix), ...rowsNamed(duplicates, prefix)].sort((a, b) => a - b).slice(0, ROWS_SHOWN_FIRST));
  const drawn = (index: number) => index < limit || index >= tailFrom || problemRows.has(index);
  const hidden = rows.length - rows.filter((_, index) => drawn(index)).length;
  const edit = (op: TableEdit) => onChange((p) => editTable(p, def.id, op));
  // Before the next key press is handled: an effect waits for a frame, and Enter pressed again
  // before it would still press the button of the old place.
  useLayoutEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    const row = tableRef.current?.querySelector(`[data-testid="record-row"][data-index="${next.index}"]`);
    for (const testId of row ? [next.testId, 'record-up', 'record-down', 'record-remove'] : []) {
      const button = row!.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
      if (button && !button.disabled) return button.focus();
    }
    tableRef.current?.querySelector<HTMLButtonElement>('[data-testid="record-add"]')?.focus();
  });
  const move = (index: number, by: number) => {
    const to = index + by;
    focusNext.current = { index: to, testId: by < 0 ? 'record-up' : 'record-down' };
    // The moved record stays drawn: one place past the first rows, or one into the added ones.
    if (to === limit) setLimit(limit + 1);
    else if (to === tailFrom - 1) setTailFrom(to);
    edit({ kind: 'move', index, by });
  };
  const remove = (index: number) => {
    focusNext.current = { index: Math.min(index, rows.length - 2), testId: 'record-remove' };
    if (index < tailFrom && tailFrom !== Infinity) setTailFrom(tailFrom - 1);
    edit({ kind: 'remove', index });
  };
  const add = () => {
    // The new row, at the end of a long table, is drawn where he can type into it.
    if (rows.length >= limit) setTailFrom(Math.min(tailFrom, rows.length));
    edit({ kind: 'add' });
  };
  const setCell = (index: number, key: string, value: unknown) =>
    onChange((p) => ({ ...p, [def.id]: (p[def.id] as Record<string, unknown>[]).map((row, i) => (i === index ? withValue(row, key, value) : row)) }));
  return (
    <div class="record-table" data-testid="record-table" data-section={def.id} ref={tableRef}>
      {rows.length === 0 ? (
        <p class="empty-rows">{t('options_no_rows')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                {hasSeq && <th class="seq">{t(SEQ_COLUMN.label)}</th>}
                {def.columns.map((c) => (
                  <th key={c.key} class={`col-${c.kind}`}>
                    {t(c.label)}
                  </th>
                ))}
                <th class="row-actions">{t('options_col_actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                if (!drawn(index)) return null;
                const repeats = duplicates.get(`${def.id}[${index}]`);
                return (
                  <Fragment key={index}>
                    <tr data-testid="record-row" data-index={index}>
                      {hasSeq && (
                        <td class="seq" data-testid="record-seq">
                          {String(row.seq)}
                          {errors.get(`${def.id}[${index}].seq`) && <p class="field-error">{errors.get(`${def.id}[${index}].seq`)}</p>}
                        </td>
                      )}
                      {def.columns.map((c) => {
                        const path = `${def.id}[${index}].${c.key}`;
                        return (
                          <td key={c.key} class={`col-${c.kind}`}>
                            <FieldInput
                              def={c}
                              path={path}
                              value={row[c.key]}
                              profile={profile}
                              error={errors.get(path)}
                              ariaLabel={t('options_row_field', index + 1, t(c.label))}
                              onChange={(v) => setCell(index, c.key, v)}
                            />
                          </td>
                        );
                      })}
                      <td class="row-actions">
                        <button type="button" class="icon" title={t('options_move_up')} aria-label={t('options_row_move_up', index + 1)} data-testid="record-up" disabled={index === 0} onClick={() => move(index, -1)}>
                          ↑
                        </button>
                        <button type="button" class="icon" title={t('options_move_down')} aria-label={t('options_row_move_down', index + 1)} data-testid="record-down" disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                          ↓
                        </button>
                        <button type="button" class="icon danger" title={t('options_remove_row')} aria-label={t('options_row_remove', index + 1)} data-testid="record-remove" onClick={() => remove(index)}>
                          ×
                        </button>
                      </td>
                    </tr>
                    {repeats !== undefined && (
                      <tr class="row-note">
                        <td colSpan={def.columns.length + (hasSeq ? 2 : 1)}>
                          <p class="field-error" data-testid="record-duplicate" role="status">
                            {t('options_row_duplicate', index + 1, repeats + 1)}
                          </p>
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {hidden > 0 && (
        <button type="button" class="secondary" data-testid="record-show-all" onClick={() => setLimit(Infinity)}>
          {t('options_show_all_rows', rows.length)}
        </button>
      )}
      <button type="button" class="secondary" data-testid="record-add" onClick={add}>
        {t('options_add_row')}
      </button>
    </div>
  );
}
