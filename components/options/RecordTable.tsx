import { Fragment } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Profile } from '../../lib/profile/schema';
import { editTable } from '../../lib/profile/records';
import { FieldInput } from './Field';
import { withValue } from './field-values';
import { SEQ_COLUMN, type TableSectionDef } from '../../lib/profile/editor-sections';
import { t } from '@/lib/i18n/t';

interface RecordTableProps {
  def: TableSectionDef;
  profile: Profile;
  /** Inline messages by profile path (`education[1].endDate`). */
  errors: ReadonlyMap<string, string>;
  /** Rows repeating an earlier row, by row path (`education[2]`) → the 0-based index of that row (field-checks.ts duplicateRows). */
  duplicates: ReadonlyMap<string, number>;
  onChange: (profile: Profile) => void;
}

/**
 * A repeated section as an editable table: edit cells, add, remove, move up/down. Every change of
 * order renumbers 记录序号 (lib/profile/records.ts), which is shown read-only.
 */
export function RecordTable({ def, profile, errors, duplicates, onChange }: RecordTableProps) {
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
  // Before the next key press is handled: an effect waits for a frame, and Enter pressed again
  // before it would still press the button of the old place.
  useLayoutEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    const row = tableRef.current?.querySelectorAll('[data-testid="record-row"]')[next.index];
    for (const testId of row ? [next.testId, 'record-up', 'record-down', 'record-remove'] : []) {
      const button = row!.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
      if (button && !button.disabled) return button.focus();
    }
    tableRef.current?.querySelector<HTMLButtonElement>('[data-testid="record-add"]')?.focus();
  });
  const move = (index: number, by: number) => {
    focusNext.current = { index: index + by, testId: by < 0 ? 'record-up' : 'record-down' };
    onChange(editTable(profile, def.id, { kind: 'move', index, by }));
  };
  const remove = (index: number) => {
    focusNext.current = { index: Math.min(index, rows.length - 2), testId: 'record-remove' };
    onChange(editTable(profile, def.id, { kind: 'remove', index }));
  };
  const setCell = (index: number, key: string, value: unknown) => {
    const next = rows.map((row, i) => (i === index ? withValue(row, key, value) : row));
    onChange({ ...profile, [def.id]: next });
  };
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
                const repeats = duplicates.get(`${def.id}[${index}]`);
                return (
                  <Fragment key={index}>
                    <tr data-testid="record-row">
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
      <button type="button" class="secondary" data-testid="record-add" onClick={() => onChange(editTable(profile, def.id, { kind: 'add' }))}>
        {t('options_add_row')}
      </button>
    </div>
  );
}
