import type { ComponentChildren, RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { AutofillState } from './model';
import type { FillItem } from '@/lib/fill/plan';
import type { FillOutcome } from '@/lib/fill/display';
import type { FillReportItem } from '@/lib/fill/apply';
import { t, tCount, type MessageKey } from '@/lib/i18n/t';
import { useShownText } from './presenter-hook';
import { DataTable } from './DataTable';
import { ConfirmActions } from './ConfirmActions';
import { outerFrames } from '@/lib/overlay/frame-band';
import { dockPreviewPanel, undockPreviewPanel, type PreviewObstacles } from '@/lib/overlay/preview-dock';

/** Outcomes worded by the extension's messages, per stage (a skip is 不填写 before, 未填写 after). */
const PREVIEW_TEXT = { 'will-fill': 'fill_action_fill', skipped: 'fill_action_skip', 'needs-user': 'fill_needs_user' } as const satisfies Partial<Record<FillOutcome, MessageKey>>;
const REPORT_TEXT = { filled: 'fill_result_filled', skipped: 'fill_result_skipped', failed: 'fill_result_failed', 'needs-user': 'fill_needs_user', waiting: 'fill_result_waiting' } as const satisfies Partial<Record<FillOutcome, MessageKey>>;
/** Outcomes that say what the page holds, the same before and after. */
const PAGE_STATE_TEXT = {
  same: 'fill_outcome_same',
  conflict: 'fill_outcome_conflict',
  'not-found': 'fill_outcome_not_found',
  cancelled: 'fill_outcome_cancelled',
} as const satisfies Partial<Record<FillOutcome, MessageKey>>;

function outcomeText(outcome: FillOutcome, stage: 'preview' | 'report'): string {
  if (outcome in PAGE_STATE_TEXT) return t(PAGE_STATE_TEXT[outcome as keyof typeof PAGE_STATE_TEXT]);
  const table: Partial<Record<FillOutcome, MessageKey>> = stage === 'preview' ? PREVIEW_TEXT : REPORT_TEXT;
  return t(table[outcome] ?? 'fill_result_skipped');
}

function willWrite(item: FillItem, overwrite: ReadonlySet<number>): boolean {
  return item.action === 'fill' && (!item.overwrite || overwrite.has(item.control)) && (item.onlyWith === undefined || overwrite.has(item.onlyWith));
}

/**
 * A preview row's source as the row shows it: without the "档案 · " every profile source begins
 * with (the line above the table names the profile), and without its last part when that is the
 * row's own field ("基本信息 · 姓名" on 姓名's row reads 基本信息). Its whole text is its tooltip.
 * @param source the plan's source ("档案 · 学历 第 2 条 · 学校", "页面"). @param label the row's field name.
 */
function shortSource(source: string, label: string): string {
  const profile = t('fill_source_profile', '');
  const place = source.startsWith(profile) && source.length > profile.length ? source.slice(profile.length) : source;
  const own = ` · ${label}`;
  return place.endsWith(own) && place.length > own.length ? place.slice(0, -own.length) : place;
}

/**
 * A row's value cell: the value to write (or 无 when none), its source after it on the same line
 * where both fit (else on one line below, cut short: its whole text is its tooltip), and, when
 * different, what the page shows now. A long value (a 工作小结) shows its first lines; the whole
 * of it is its tooltip.
 */
function ValueCell({ value, current, source, shownText }: { value: string; current: string | undefined; source?: ComponentChildren; shownText: (text: string) => string }) {
  return (
    <td class="zc-value">
      <div class="zc-value-line">
        {value === '' ? (
          <span class="zc-muted">—</span>
        ) : (
          <div class="zc-clamp" title={shownText(value)}>
            {shownText(value)}
          </div>
        )}
        {source}
      </div>
      {current !== undefined && <div class="zc-muted">{t('common_label_value', t('fill_current_prefix'), shownText(current))}</div>}
    </td>
  );
}

/**
 * Keeps the panel that shows the preview clear of the fields it lists (lib/overlay/preview-dock.ts):
 * placed after each render, and again when the window is resized or the page scrolled (the
 * fields move under the panel); the page scrolled for it on its first placing only; given back
 * to its corner when the preview closes.
 * @param ref the preview's element. @param obstacles the page's rectangles, measured when called; none: not docked.
 */
function usePreviewDock(ref: RefObject<HTMLElement | null>, obstacles: (() => PreviewObstacles) | undefined): void {
  // The preview last placed: the page is scrolled for a preview only when it is first placed.
  const placed = useRef<unknown>(undefined);
  useLayoutEffect(() => {
    if (!obstacles || !ref.current) return;
    dockPreviewPanel(ref.current, obstacles(), placed.current !== obstacles);
    placed.current = obstacles;
  });
  useEffect(() => {
    const preview = ref.current;
    const panel = preview?.closest<HTMLElement>('.zc-panel');
    const win = preview?.ownerDocument.defaultView;
    if (!obstacles || !preview || !panel || !win) return;
    let queued = 0;
    const again = () => {
      queued ||= win.requestAnimationFrame(() => {
        queued = 0;
        if (preview.isConnected) dockPreviewPanel(preview, obstacles());
      });
    };
    // A frame as tall as its page moves when the outer page scrolls (lib/overlay/frame-band.ts).
    const windows = [win, ...outerFrames(win).map((f) => f.outer)];
    for (const w of windows) for (const type of ['resize', 'scroll']) w.addEventListener(type, again);
    return () => {
      for (const w of windows) for (const type of ['resize', 'scroll']) w.removeEventListener(type, again);
      win.cancelAnimationFrame(queued);
      undockPreviewPanel(panel);
    };
  }, [obstacles]);
}

/** The preview's and the report's table: field, value, outcome; `children` are its rows. */
function FillTable({ report = false, children }: { report?: boolean; children: ComponentChildren }) {
  return (
    <DataTable columns={[t('fill_col_field'), t('fill_col_value'), t('fill_col_action')]} extraClass={report ? 'zc-report' : undefined}>
      {children}
    </DataTable>
  );
}

/** What the autofill section shows once a fill is planned: the preview, "writing", the report. */
export interface AutofillDetailProps {
  state: Exclude<AutofillState, { phase: 'idle' }>;
  onChooseRecord(index: number): void;
  onToggleOverwrite(control: number): void;
  onApply(): void;
  /** Ends the fill being written (停止填写). */
  onStop(): void;
  onClose(): void;
  onJump(control: number): void;
}

/**
 * The preview and the report of autofill (spec/test-contract.md): the preview lists each field
 * with its source below, the value and what will happen, and `zc-autofill-apply` writes it; the
 * report (`zc-autofill-report`) then lists every field once with `data-result`: its clean name,
 * the value written, the page's value when it differs, and the outcome in words. A field that
 * already holds a value is only overwritten when the user ticks it in the preview. Bundled into
 * on-demand.js (components/on-demand/views.tsx), which is loaded before any fill is planned.
 */
export function AutofillDetail({ state, onChooseRecord, onToggleOverwrite, onApply, onStop, onClose, onJump }: AutofillDetailProps) {
  const shownText = useShownText();
  const preview = useRef<HTMLDivElement>(null);
  usePreviewDock(preview, state.phase === 'preview' ? state.obstacles : undefined);
  if (state.phase === 'applying') {
    // A cascade's redraw is waited for up to a second per parent list: the user may stop there.
    return (
      <div>
        <p role="status">{t('fill_applying')}</p>
        <button type="button" class="zc-btn" data-testid="zc-autofill-stop" onClick={onStop}>
          {t('fill_stop')}
        </button>
      </div>
    );
  }
  if (state.phase === 'preview') {
    return (
      <div data-testid="zc-autofill-preview" ref={preview}>
        {state.stale && (
          <p class="zc-notice" role="status" data-testid="zc-autofill-stale">
            {t('fill_preview_stale')}
          </p>
        )}
        {!!state.yearNotes?.length && (
          <div class="zc-year-notes" role="note" data-testid="zc-autofill-year-notes">
            {t('options_year_intro')}
            <ul>
              {state.yearNotes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </div>
        )}
        {state.plan.recordSection && state.plan.recordCount > 0 && (
          <label class="zc-record-pick">
            {t('fill_record_before')}
            <select
              value={String(state.plan.recordIndex ?? 0)}
              onChange={(e) => onChooseRecord(Number((e.currentTarget as HTMLSelectElement).value))}
            >
              {Array.from({ length: state.plan.recordCount }, (_, i) => (
                <option key={i} value={String(i)}>
                  {i + 1}
                </option>
              ))}
            </select>
            {t('fill_record_after', state.plan.recordCount)}
          </label>
        )}
        {state.plan.items.length === 0 ? (
          <p class="zc-muted" data-testid="zc-autofill-nothing">
            {t(state.plan.recordSection ? 'fill_nothing_record_step' : 'fill_nothing')}
          </p>
        ) : (
          <FillTable>
            {state.plan.items.map((item, row) => {
              const ticked = item.overwrite && state.overwrite.has(item.control);
              return (
                <tr key={row} data-testid="zc-autofill-preview-item" data-key={item.key ?? ''} data-action={item.action} data-outcome={item.outcome}>
                  <td>{item.label}</td>
                  {/* The source beside the value: a fourth column would not fit the panel's width, and under the name it made each row three lines tall. */}
                  <ValueCell
                    value={item.value}
                    current={item.current}
                    source={
                      item.source && (
                        <span class="zc-muted zc-source" title={t('common_label_value', t('fill_col_source'), item.source)}>
                          {shortSource(item.source, item.label)}
                        </span>
                      )
                    }
                    shownText={shownText}
                  />
                  <td>
                    <span>{outcomeText(willWrite(item, state.overwrite) ? 'will-fill' : item.outcome, 'preview')}</span>
                    {item.action === 'fill' && item.overwrite && (
                      <label class="zc-check" title={t('fill_overwrite_hint')}>
                        <input type="checkbox" checked={ticked} onClick={() => onToggleOverwrite(item.control)} />
                        {t('fill_overwrite')}
                      </label>
                    )}
                    {item.reason && item.outcome !== 'conflict' && <div class="zc-muted">{shownText(item.reason)}</div>}
                  </td>
                </tr>
              );
            })}
          </FillTable>
        )}
        <p class="zc-hint">{t('fill_never_saves')}</p>
        <ConfirmActions
          testId="zc-autofill-apply"
          label={tCount('fill_apply', state.plan.items.filter((i) => willWrite(i, state.overwrite)).length)}
          onConfirm={onApply}
          onCancel={onClose}
        />
      </div>
    );
  }
  const nothing = state.report.items.length === 0;
  const counted = (result: FillReportItem['result']) => state.report.items.filter((i) => i.result === result).length;
  return (
    <div data-testid="zc-autofill-report">
      <p class="zc-muted" role="status">
        {nothing ? t('fill_nothing') : t('fill_report_summary', counted('filled'), counted('skipped'), counted('needs-user'), counted('failed'))}
        {/* A cascade's list the page disabled, watched after the fill: neither written nor failed yet. */}
        {counted('waiting') > 0 && t('fill_report_waiting', counted('waiting'))}
      </p>
      {/* Nothing to write: the line above says so; an empty table would only add a header, and
          there is nothing to check before saving (newcomer run: "已填写 0 项…" and a 保存 hint). */}
      {!nothing && (
        <FillTable report>
          {state.report.items.map((item, row) => (
            <tr key={row} data-testid="zc-autofill-item" data-result={item.result} data-outcome={item.outcome} data-key={item.key ?? ''} data-revealed={item.revealed} class={`zc-result-${item.result}`}>
              <td>{item.label}</td>
              <ValueCell value={item.value} current={item.current} shownText={shownText} />
              <td>
                <span class="zc-result">{outcomeText(item.outcome, 'report')}</span>
                {item.detail && <div class="zc-muted">{shownText(item.detail)}</div>}
                {/* The preview never listed it: the user must not take it for a row he overlooked. */}
                {item.revealed && <div class="zc-muted">{t('fill_report_revealed')}</div>}
                {item.result !== 'filled' && item.outcome !== 'same' && (
                  <button type="button" class="zc-link-btn" onClick={() => onJump(item.control)}>
                    {t('common_locate')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </FillTable>
      )}
      {!nothing && <p class="zc-hint">{t('fill_check_then_save')}</p>}
      <button type="button" class="zc-btn" onClick={onClose}>
        {t('fill_done')}
      </button>
    </div>
  );
}
