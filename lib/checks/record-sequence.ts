import type { FieldKey } from '../fields/keys';
import { RECORD_STEPS, sectionOfStep } from '../fields/sections';
import { isFileList, isRecordList } from '../fields/record-lists';
import { t, tCount } from '../i18n/t';
import { cellOf, compact, fieldFinding, filledValues, findingOf, listText, pagedNumbers, sequenceColumn } from './common';
import type { Check, CheckAbout, Finding } from './types';

/**
 * 记录序号 runs 1, 2, 3… without gaps or repeats: in the list of saved records (any grid with a
 * 记录序号/序号 column, not a list of files numbered by their record: isFileList), and in the
 * record form, where a new record takes the next number (1 under a list of the section's records
 * shown empty). A paged list (GridSnapshot.paged)
 * shows one page: there only its own run is checked, and the next number only when the pager
 * states the total.
 */
export const recordSequence: Check = {
  id: 'record-sequence',
  steps: RECORD_STEPS,
  run(ctx) {
    const findings: Finding[] = [];
    let saved: number[] = [];
    /** A list of the section's records shown empty (暂无数据): the first record is 1 (B64B-11). */
    let none = false;
    const section = sectionOfStep(ctx.step)!;
    // Where a list of the section's records is on the page, another numbered table beside it (a
    // records' files list numbered by record: 1, 1, 2) numbers none of them (breaker 64b item 4).
    const own = ctx.snapshot.grids.filter((grid) => isRecordList(grid, section));
    for (const grid of own[0] ? own : ctx.snapshot.grids) {
      const column = sequenceColumn(grid);
      if (column < 0 || isFileList(grid, section)) continue;
      if (!grid.rows[0]) {
        none ||= !!own[0];
        continue;
      }
      const texts = grid.rows.map((row) => cellOf(row, column));
      // A list may write its numbers with a full stop (1. 2.): the number is the same (breaker 41 item 7).
      const numbers = texts.map((text) => (/^\d+\.?$/.test(text) ? parseInt(text) : NaN));
      // Nor does a table of the page's notes numbered in words (一、二 / (1) (2) under 序号) where
      // none is such a list (breaker 64b item 3); a list of records numbered so is checked.
      if (!own[0] && !numbers.some((n) => n >= 0)) continue;
      saved = numbers.filter((n) => !Number.isNaN(n));
      // One page of a paged list runs on from the pages before it (11, 12 on page 2).
      const first = grid.paged && saved.length ? Math.min(...saved) : 1;
      const sorted = [...numbers].sort((a, b) => a - b);
      if (!sorted.every((n, i) => n === first + i)) {
        const shown = listText(texts.map((text) => text || t('check_record_sequence_blank')));
        const expected = listText(numbers.map((_, i) => first + i));
        findings.push(findingOf(recordSequence, t('check_record_sequence_saved', shown, expected), { field: '记录序号' }));
      }
      // The new record's number follows the whole list: 1…N when the pager says 共 N 条, else unknown.
      if (grid.paged) saved = pagedNumbers(grid);
    }
    // The record form's 记录序号: its section's `seq` key.
    for (const f of filledValues(ctx, `${section}.seq` as FieldKey)) {
      const text = compact(f.value);
      if (!/^[1-9]\d*$/.test(text)) {
        findings.push(fieldFinding(recordSequence, f, t('check_record_sequence_integer', f.value.trim())));
      } else if ((saved.length || none) && !saved.includes(Number(text)) && Number(text) !== saved.length + 1) {
        findings.push(fieldFinding(recordSequence, f, tCount('check_record_sequence_next', saved.length, saved.length + 1, text), 'warning'));
      }
    }
    return findings;
  },
};

/** What recordSequence checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const recordSequenceAbout: CheckAbout = {
  id: 'record-sequence',
  title: '记录序号连续',
  source: '操作指引 3(3)：记录序号一栏按照从小到大的记录顺序填报（即按照 1，2，3… 顺序填报）',
};
