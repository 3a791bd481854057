// Breaker 39: a record moved by keyboard. ↑ / ↓ move the row, but the focus stayed on the button
// of the same place, now another record's: pressed again (Enter, Enter) it moved that other record,
// so a 学历 row could not be taken two places up — the two rows swapped back and forth. 删除 (×)
// of the last row dropped the focus on the page. The focus now goes with the record.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $, typeInto, mountWithSample } = optionsPageRoot();
const table = () => $('[data-testid="record-table"][data-section="education"]')!;
const buttons = (testId: string) => [...table().querySelectorAll<HTMLButtonElement>(`[data-testid="${testId}"]`)];
const schools = () => [...table().querySelectorAll<HTMLInputElement>('[data-field$=".school"]')].map((input) => input.value);

/** Presses the focused button as Enter does (a click on it). */
async function pressFocused() {
  const focused = document.activeElement as HTMLButtonElement;
  await act(() => focused.click());
}

describe('moving a record by keyboard (breaker 39)', () => {
  it('the focus goes with the moved record, so ↑ pressed twice takes it two places up', async () => {
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    const add = table().querySelector<HTMLButtonElement>('[data-testid="record-add"]')!;
    await act(() => add.click());
    await typeInto('education[2].school', '某某研究生院');
    expect(schools()).toEqual(['某某大学', '某某中学附属中专', '某某研究生院']);

    buttons('record-up')[2]!.focus();
    await pressFocused();
    expect(schools()).toEqual(['某某大学', '某某研究生院', '某某中学附属中专']);
    expect(document.activeElement).toBe(buttons('record-up')[1]);
    await pressFocused();
    expect(schools()).toEqual(['某某研究生院', '某某大学', '某某中学附属中专']);
    // At the top ↑ is disabled: the focus is on the row's ↓, not lost.
    expect(document.activeElement).toBe(buttons('record-down')[0]);

    // × on the last row: the focus goes to the row above's ×.
    buttons('record-remove')[2]!.focus();
    await pressFocused();
    expect(schools()).toEqual(['某某研究生院', '某某大学']);
    expect(document.activeElement).toBe(buttons('record-remove')[1]);
  });
});
