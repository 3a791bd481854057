import { afterEach, beforeEach } from 'vitest';
import { render } from 'preact';
import { resetProfileStore } from '../profile/db-helpers';
import { installLocale } from '../i18n-fake';

/**
 * A fresh container for rendering options-page components in each test, over an empty profile
 * store with the zh_CN locale (the page renders through lib/i18n); unmounted and removed after
 * the test. Call once at module level.
 * @returns the current container and query helpers scoped to it.
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
  return { root, $, $$, byTestId };
}
