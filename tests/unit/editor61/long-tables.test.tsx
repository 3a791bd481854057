// Breaker 61: a profile just under the 10 MB import limit with thousands of records froze the
// options page. Every toggle event of a section and every keystroke redrew every row of every
// table (the editor re-renders whole), and each table drew all its rows. A table now redraws only
// when its own rows or their messages change, and a long one draws its first rows with
// 显示全部 (共 M 条). No timings here: the work is counted (cells drawn), for 1,000 records against 10.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FieldInput } from '../../../components/options/Field';
import { ProfileEditor } from '../../../components/options/ProfileEditor';
import { ROWS_SHOWN_FIRST } from '../../../components/options/RecordTable';
import type { StoredProfile } from '../../../lib/profile/db';
import { profileSchema } from '../../../lib/profile/schema';
import { sampleDoc } from '../profile/fixtures';
import { optionsPageRoot } from '../options/page-root';

// Counts the cells and fields drawn: FieldInput, called once for each input drawn.
vi.mock('../../../components/options/Field', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../components/options/Field')>();
  return { ...original, FieldInput: vi.fn(original.FieldInput) };
});
const drawnInputs = vi.mocked(FieldInput);

const { root, $, $$, typeInto, fieldValue } = optionsPageRoot();

/** The sample profile with `count` distinct 工作经历 records. */
function storedWith(count: number): StoredProfile {
  const doc = sampleDoc();
  const [work] = doc.profile.workHistory;
  doc.profile.workHistory = Array.from({ length: count }, (_, i) => ({ ...work, seq: i + 1, post: `岗位 ${i + 1}` }));
  const at = '2026-12-01T00:00:00.000Z';
  return { id: 'p1', profile: profileSchema.parse(doc.profile), photo: null, photoInfo: null, fileExtras: {}, createdAt: at, updatedAt: at };
}

async function mount(stored: StoredProfile) {
  await act(() => {
    render(<ProfileEditor stored={stored} pageId="page-1" onSaved={() => {}} onDirtyChange={() => {}} onDraftChange={() => {}} onLoadLatest={() => {}} />, root());
  });
  await vi.waitFor(() => expect($('[data-testid="profile-editor"]')?.getAttribute('aria-busy')).toBe('false'));
}

const workTable = () => $('[data-testid="record-table"][data-section="workHistory"]')!;
const workRows = () => [...workTable().querySelectorAll<HTMLElement>('[data-testid="record-row"]')];

/** FieldInput calls while `action` runs. */
async function inputsDrawnBy(action: () => void | Promise<void>): Promise<number> {
  drawnInputs.mockClear();
  await act(action);
  return drawnInputs.mock.calls.length;
}

async function toggleSection(id: string) {
  const section = $(`[data-testid="profile-section"][data-section="${id}"]`) as HTMLDetailsElement;
  section.open = !section.open;
  section.dispatchEvent(new Event('toggle'));
}

describe('a profile with thousands of records (breaker 61)', () => {
  it('opening a section draws no table cell again, for 1,000 records as for 10', async () => {
    const drawnOnToggle: number[] = [];
    for (const count of [10, 1000]) {
      await mount(storedWith(count));
      drawnOnToggle.push(await inputsDrawnBy(() => toggleSection('publications')));
      render(null, root());
    }
    // The form sections are drawn again (a handful of fields), no record table's cells.
    expect(drawnOnToggle[1]).toBe(drawnOnToggle[0]);
    expect(drawnOnToggle[0]).toBeLessThan(60);
  });

  it('typing into a field outside the tables draws no table cell; into a cell, only its table', async () => {
    const drawn: number[][] = [];
    for (const count of [10, 1000]) {
      await mount(storedWith(count));
      const byName = await inputsDrawnBy(() => typeInto('basic.name', '张小明 2'));
      const byCell = await inputsDrawnBy(() => typeInto('workHistory[3].post', '工程师'));
      drawn.push([byName, byCell]);
      // The cell's edit went onto the draft as it is now: the name typed before stays.
      expect(fieldValue('basic.name')).toBe('张小明 2');
      expect(fieldValue('workHistory[3].post')).toBe('工程师');
      render(null, root());
    }
    expect(drawn[1]![0]).toBe(drawn[0]![0]);
    // 工作经历 has 7 columns: its drawn rows, not its 1,000 records, bound the cells drawn again.
    expect(drawn[1]![1]).toBeLessThanOrEqual(drawn[0]![1]! + 7 * ROWS_SHOWN_FIRST);
  });

  it('a long table draws its first rows and 显示全部 (共 1000 条), a keyboard button that draws the rest', async () => {
    await mount(storedWith(1000));
    expect(workRows()).toHaveLength(ROWS_SHOWN_FIRST);
    expect(workRows().map((r) => r.dataset.index)).toEqual(Array.from({ length: ROWS_SHOWN_FIRST }, (_, i) => String(i)));
    const showAll = workTable().querySelector<HTMLButtonElement>('[data-testid="record-show-all"]')!;
    expect(showAll.textContent).toBe('显示全部 (共 1000 条)');
    expect(showAll.tagName).toBe('BUTTON');
    expect(showAll.type).toBe('button');
    showAll.focus();
    expect(document.activeElement).toBe(showAll);
    await act(() => showAll.click());
    expect(workRows()).toHaveLength(1000);
    expect(fieldValue('workHistory[999].post')).toBe('岗位 1000');
    expect(workTable().querySelector('[data-testid="record-show-all"]')).toBeNull();
  });

  it('a short table draws every row and no 显示全部', async () => {
    await mount(storedWith(ROWS_SHOWN_FIRST));
    expect(workRows()).toHaveLength(ROWS_SHOWN_FIRST);
    expect($$('[data-testid="record-show-all"]')).toEqual([]);
  });

  it('a row with a problem past the first rows is drawn and marked', async () => {
    const stored = storedWith(1000);
    const rows = stored.profile.workHistory;
    rows[800] = { ...rows[10]!, seq: 801 };
    await mount(stored);
    expect(workRows().map((r) => r.dataset.index)).toContain('800');
    expect($$('[data-testid="record-duplicate"]').map((p) => p.textContent)).toEqual([`第 801 条与第 11 条完全相同，是重复的记录。请删除其中一条，否则填写时会在门户中重复添加。`]);
  });

  it('添加 in a long table draws the new row; ↓ on the last drawn row keeps the record drawn and focused', async () => {
    await mount(storedWith(1000));
    await act(() => workTable().querySelector<HTMLButtonElement>('[data-testid="record-add"]')!.click());
    expect(workRows().at(-1)!.dataset.index).toBe('1000');
    expect($('[data-field="workHistory[1000].post"]')).not.toBeNull();
    const last = workRows()[ROWS_SHOWN_FIRST - 1]!;
    await act(() => last.querySelector<HTMLButtonElement>('[data-testid="record-down"]')!.click());
    const moved = workTable().querySelector<HTMLElement>(`[data-testid="record-row"][data-index="${ROWS_SHOWN_FIRST}"]`)!;
    expect(fieldValue(`workHistory[${ROWS_SHOWN_FIRST}].post`)).toBe(`岗位 ${ROWS_SHOWN_FIRST}`);
    expect(document.activeElement).toBe(moved.querySelector('[data-testid="record-down"]'));
  });
});
