import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { SAMPLE_TEXT } from '../profile/fixtures';
import { resetProfileStore } from '../profile/db-helpers';
import { installLocale, readLocale } from '../i18n-fake';

// The whole options page, 助手设置 sections included, in an English browser (issue 7): every
// string of the page's own UI comes from the en locale. What stays Chinese is data: the
// profile's values, the portal's vocabularies (初级, 全日制…) and the messages lib/ writes
// (schema issues, photo findings, eligibility reasons), which this test leaves out by element.

/** Elements whose text is data or a lib/ message, Chinese in both languages. */
const DATA_ELEMENTS = [
  'option',
  'textarea',
  'code',
  '[data-testid="profile-active"]',
  '[data-testid="profile-item-label"]',
  '[data-testid="eligibility-level"]',
  '[data-testid="eligibility-reason"]',
  '[data-testid="eligibility-disqualifier"]',
  '[data-testid="photo-finding"]',
  '[data-testid="field-error"]',
].join(',');

const HAN = /[\u4e00-\u9fff]/;
const LATIN = /[A-Za-z]{2}/;

let root: HTMLElement;
/** Message names the page asked for that the en file lacks. */
let missing: string[];

beforeEach(async () => {
  await resetProfileStore();
  installLocale('en');
  const en = readLocale('en');
  const getMessage = fakeBrowser.i18n.getMessage;
  missing = [];
  fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) => {
    if (!(name in en)) missing.push(name);
    return getMessage(name, subs);
  }) as typeof getMessage;
  // HostsSection listens for permission changes, which the fake browser does not implement.
  const noEvent = { addListener: () => undefined, removeListener: () => undefined, hasListener: () => false };
  Object.assign(fakeBrowser.permissions, { onAdded: noEvent, onRemoved: noEvent, contains: async () => false });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  installLocale('zh_CN');
});

const byTestId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** Visible texts (text nodes, titles, labels, placeholders) outside data elements. */
function uiTexts(): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(DATA_ELEMENTS) && node.textContent?.trim()) texts.push(node.textContent.trim());
  }
  for (const el of root.querySelectorAll('[title],[aria-label],[placeholder],[alt]')) {
    for (const attr of ['title', 'aria-label', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) texts.push(value);
    }
  }
  return texts;
}

describe('options page in English', () => {
  it('shows the whole page in English, Chinese only for portal names and data', async () => {
    await act(() => render(<OptionsApp />, root));
    await vi.waitFor(() => expect(byTestId('profile-list-empty')).not.toBeNull());
    expect(root.querySelector('h1')?.textContent).toBe('Professional Title Helper · Applicant profiles');
    expect(byTestId('profile-list-empty')?.textContent).toBe('No profiles yet. Create one, or import one from a file.');

    const input = byTestId('profile-import') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([SAMPLE_TEXT], 'sample.json', { type: 'application/json' })], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 2020 初级'));
    const expand = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Expand all');
    await act(() => expand!.click());
    await vi.waitFor(() => expect(byTestId('photo-findings')).not.toBeNull());
    await vi.waitFor(() => expect(byTestId('eligibility-level')).not.toBeNull());

    expect(byTestId('options-message')?.textContent).toContain('Imported “张小明 · 2020 初级” and made it the active profile.');
    expect(root.querySelector('label[for="f-basic.name"]')?.textContent).toBe('Name (姓名)*');
    expect(root.querySelector('[data-section="education"] thead')?.textContent).toContain('Start (起始时间)');
    expect(root.querySelector('[data-section="basic"] .section-step')?.textContent).toBe('Item 2');
    expect(byTestId('profile-save')?.textContent).toBe('Save');
    expect(byTestId('eligibility-panel')?.textContent).toContain('Eligibility self-check');
    expect(byTestId('photo-findings')?.textContent).toMatch(/The photo|requirements/);
    expect(root.querySelector('#settings-title')?.textContent).toBe('Helper settings');
    expect(root.querySelector('#zc-hosts-title')?.textContent).toBe('Portal addresses');
    // 是/否 are shown in English; the stored value stays 是/否.
    const paid = root.querySelector<HTMLSelectElement>('[data-field="workHistory[0].socialInsurancePaid"]')!;
    expect([...paid.options].map((o) => [o.value, o.textContent])).toEqual([['是', 'Yes'], ['否', 'No']]);

    const texts = uiTexts();
    expect(texts.filter((s) => s.includes('__MSG_'))).toEqual([]);
    expect(missing).toEqual([]);
    // Chinese appears only beside English (portal field names in parentheses, quoted portal
    // wording, profile values inside an English sentence), never as an untranslated string.
    expect(texts.filter((s) => HAN.test(s) && !LATIN.test(s))).toEqual([]);
    // …and no Chinese message of the page is shown as it is (`导入档案文件（zc-profile）`).
    const chinese = new Set(Object.values(readLocale('zh_CN')).map((m) => m.message).filter((m) => HAN.test(m)));
    expect(texts.filter((s) => chinese.has(s))).toEqual([]);
  });
});
