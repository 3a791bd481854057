import { afterEach, beforeEach, expect, vi } from 'vitest';
import { render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { resetProfileStore } from '../profile/db-helpers';
import { installLocale } from '../i18n-fake';
import { SAMPLE_TEXT } from '../profile/fixtures';

/**
 * A fresh container for rendering options-page components in each test, over an empty profile
 * store with the zh_CN locale (the page renders through lib/i18n); unmounted and removed after
 * the test. Call once at module level.
 * @returns the current container, query helpers scoped to it, `typeInto` (types a value into
 *   the editor's field of that profile path), `fieldValue` (that field's value, undefined when it
 *   is not shown), `click` (presses the element of that test id) and `chooseFile` (picks a file
 *   in the file input of that test id), `mountWithSample` (renders `app`, the options page, over
 *   the empty store, imports the sample profile file through its import input and waits until
 *   `shown` passes: what the test needs drawn first).
 */
export function optionsPageRoot() {
  let current: HTMLElement | null = null;
  beforeEach(async () => {
    await resetProfileStore();
    installLocale();
    current = document.createElement('div');
    document.body.append(current);
  });
  afterEach(() => {
    if (!current) return;
    render(null, current);
    current.remove();
    current = null;
  });
  const root = (): HTMLElement => {
    if (!current) throw new Error('optionsPageRoot: used outside a test');
    return current;
  };
  const $ = (sel: string) => root().querySelector<HTMLElement>(sel);
  const $$ = (sel: string) => [...root().querySelectorAll<HTMLElement>(sel)];
  const byTestId = (id: string) => $(`[data-testid="${id}"]`);
  const typeInto = async (path: string, value: string) => {
    const el = $(`[data-field="${path}"]`) as HTMLInputElement;
    await act(() => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  const fieldValue = (path: string) => ($(`[data-field="${path}"]`) as HTMLInputElement | null)?.value;
  const click = async (testId: string) => {
    const el = byTestId(testId);
    if (!el) throw new Error(`${testId} not found`);
    await act(() => el.click());
  };
  const chooseFile = async (testId: string, file: File) => {
    const input = byTestId(testId) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };
  const mountWithSample = async (app: VNode, shown: () => void) => {
    await act(() => render(app, root()));
    await vi.waitFor(() => expect(byTestId('profile-list-empty')).not.toBeNull());
    await chooseFile('profile-import', new File([SAMPLE_TEXT], 'sample.json'));
    await vi.waitFor(shown);
  };
  return { root, $, $$, byTestId, typeInto, fieldValue, click, chooseFile, mountWithSample };
}
