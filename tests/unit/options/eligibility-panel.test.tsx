import { describe, expect, it, vi } from 'vitest';
import { optionsPageRoot } from './page-root';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { EligibilityPanel } from '../../../components/options/EligibilityPanel';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { Profile } from '../../../lib/profile/schema';
import { readSettings, writeSettings } from '../../../lib/settings';
import { SAMPLE_TEXT, sampleDoc } from '../profile/fixtures';

// The 助手设置 sections (components/settings) need browser APIs the fake browser lacks and have
// their own tests; these tests are about the profile part of the page.
vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

// 申报条件自测: the estimate of lib/eligibility for the selected profile's draft, and the
// counting date setting (lib/settings; WXT's fake browser.storage in unit tests).
// The sample (tests/fixtures/profiles/zhang-2020): 全日制本科 graduated 2015-06-30, 全日制中专
// 2011-06, working since 2015-07-01, already holds 技术员 (2017).

const { root, $, $$, byTestId } = optionsPageRoot();

const level = () => byTestId('eligibility-level')?.dataset.level;
const years = () => byTestId('eligibility-basis')?.dataset.years;

function sampleProfile(): Profile {
  return sampleDoc().profile as Profile;
}

async function setCountingDate(value: string) {
  const input = byTestId('counting-date') as HTMLInputElement;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('申报条件自测 panel', () => {
  it('shows the level, the names it allows, reasons, disqualifiers and the basis, marked advisory', async () => {
    await writeSettings({ countingDate: '2019-07-01' });
    await act(() => render(<EligibilityPanel profile={sampleProfile()} />, root()));
    await vi.waitFor(() => expect(level()).toBe('助理级'));
    expect(byTestId('eligibility-panel')?.textContent).toContain('仅供参考，不影响申报');
    expect(byTestId('eligibility-names')?.textContent).toBe('可申报的认定资格名称：助理工程师、技术员');
    const reasons = $$('[data-testid="eligibility-reason"]').map((r) => r.textContent);
    expect(reasons[0]).toBe('全日制大学本科（某某大学，2015-06-30 毕业），毕业后从事专业技术工作 4 年 0 个月（计至 2019-07-01），满 1 年，可申报助理级（助理工程师）。');
    expect($$('[data-testid="eligibility-disqualifier"]').map((d) => d.textContent)).toEqual([
      '已取得专业技术资格：技术员（2017-12-30）。初次职称考核认定面向未取得职称的人员，请向评委会确认是否应改走职称评审。',
    ]);
    expect(byTestId('eligibility-basis')?.textContent).toContain('某某大学 · 大学本科 · 全日制 · 2015-06-30 毕业');
    expect(years()).toBe('4');
    expect(byTestId('eligibility-years')?.textContent).toBe('4 年（毕业后至 2019-07-01）');
    expect(byTestId('eligibility-application')?.dataset.ok).toBe('true');
    expect((byTestId('counting-date') as HTMLInputElement).value).toBe('2019-07-01');
  });

  it('stores a new counting date, recounts the years, and empty means today', async () => {
    await act(() => render(<EligibilityPanel profile={sampleProfile()} />, root()));
    await vi.waitFor(() => expect(level()).toBe('助理级'));
    expect((byTestId('counting-date') as HTMLInputElement).value).toBe('');
    const today = new Date();
    const todayText = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(byTestId('eligibility-years')?.textContent).toContain(`毕业后至 ${todayText}`);

    await setCountingDate('2016-01-01');
    await vi.waitFor(() => expect(years()).toBe('0.5'));
    expect(level()).toBe('');
    expect(byTestId('eligibility-level')?.textContent).toBe('暂无可申报级别');
    expect($$('[data-testid="eligibility-reason"]').map((r) => r.textContent)).toContain(
      '全日制大学本科毕业后从事专业技术工作 0 年 6 个月（计至 2016-01-01），申报助理级需满 1 年。',
    );
    expect((await readSettings()).countingDate).toBe('2016-01-01');

    await act(() => byTestId('counting-date-clear')!.click());
    await vi.waitFor(() => expect(level()).toBe('助理级'));
    expect((await readSettings()).countingDate).toBe('');
  });

  it('says why a counting date was refused in words, without the error class, and keeps the stored date', async () => {
    await writeSettings({ countingDate: '2019-07-01' });
    await act(() => render(<EligibilityPanel profile={sampleProfile()} />, root()));
    await vi.waitFor(() => expect(level()).toBe('助理级'));
    // Chromium's date box gives a six-digit year (up to 275760), which lib/settings refuses;
    // happy-dom's box would clear it, so the box's value is what Chromium's gives.
    const input = byTestId('counting-date') as HTMLInputElement;
    Object.defineProperty(input, 'value', { configurable: true, get: () => '275760-01-01', set: () => {} });
    await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await vi.waitFor(() => expect($('[role="alert"]')?.textContent).toBe('保存设置失败：工作年限计算截止日期须为四位年份的日期（YYYY-MM-DD），如 2026-12-31'));
    expect((await readSettings()).countingDate).toBe('2019-07-01');
  });

  it('warns when the profile applies for a name beyond the estimate', async () => {
    await writeSettings({ countingDate: '2019-07-01' });
    const profile = sampleProfile();
    profile.application.qualificationName = '工程师';
    await act(() => render(<EligibilityPanel profile={profile} />, root()));
    await vi.waitFor(() => expect(byTestId('eligibility-application')?.dataset.ok).toBe('false'));
    expect(byTestId('eligibility-application')?.textContent).toContain('“工程师”不在估算可申报的范围（助理工程师、技术员）内');
  });

  it('renders nothing without a profile', async () => {
    await act(() => render(<EligibilityPanel profile={null} />, root()));
    expect(root().innerHTML).toBe('');
  });

  it('sits on the options page and follows unsaved edits of the selected profile', async () => {
    await writeSettings({ countingDate: '2019-07-01' });
    await act(() => render(<OptionsApp />, root()));
    await vi.waitFor(() => expect(byTestId('profile-list-empty')).not.toBeNull());
    expect(byTestId('eligibility-panel')).toBeNull();
    const input = byTestId('profile-import') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([SAMPLE_TEXT], 'sample.json')], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(level()).toBe('助理级'));

    // Both records part-time: no full-time education, so no level and a disqualifier, before saving.
    for (const path of ['education[0].studyMode', 'education[1].studyMode']) {
      const select = $(`[data-field="${path}"]`) as HTMLSelectElement;
      await act(() => {
        select.value = '非全日制';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
    await vi.waitFor(() => expect(level()).toBe(''));
    expect($$('[data-testid="eligibility-disqualifier"]').map((d) => d.textContent)).toContain('没有全日制学历：初次职称考核认定只认可全日制学历。');
    expect(byTestId('profile-dirty')).not.toBeNull();

    await act(() => byTestId('profile-discard')!.click());
    await vi.waitFor(() => expect(level()).toBe('助理级'));
  });
});
