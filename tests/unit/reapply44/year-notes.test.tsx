// Reapply 44: an applicant re-applying a year later imports last year's exported file (or copies
// last year's profile). On main the options page said only 已导入… and the profile went on to fill
// this year's application with last year's 年度考核结果 and last year's 在岗在职证明材料 note; the
// eligibility estimate counted the years to last year's 工作年限计算截止日期, still set in the
// browser, without a word. Now the import and the copy say what to update, and the panel says
// when the cut-off date is over half a year old.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { EligibilityPanel } from '../../../components/options/EligibilityPanel';
import { countingDateLooksOld, latestMonthIn, staleYearNotes } from '../../../lib/profile/year-notes';
import { profileSchema, type Profile } from '../../../lib/profile/schema';
import { writeSettings } from '../../../lib/settings';
import { sampleDoc } from '../profile/fixtures';
import { optionsPageRoot } from '../options/page-root';
import { suggestCopyLabel } from '../../../components/options/labels';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));
const { root, $, $$, byTestId, chooseFile, mountWithSample, typeInto } = optionsPageRoot();

/** The sample (zhang-2020: reviews 2018–2019, proof 社保明细 2019-07 至 2020-06) with changes. */
function profileWith(patch: (p: Record<string, any>) => void = () => {}): Profile {
  const doc = sampleDoc();
  patch(doc.profile);
  return profileSchema.parse(doc.profile);
}

const DEC_2026 = new Date(2026, 11, 6);

describe('what goes stale with the year (lib/profile/year-notes)', () => {
  it('reads the latest month a note names, in the ways people write it', () => {
    expect(latestMonthIn('社保明细 2019-07 至 2020-06')).toEqual({ year: 2020, month: 6 });
    expect(latestMonthIn('2024年3月至2025年11月 社保')).toEqual({ year: 2025, month: 11 });
    expect(latestMonthIn('2025.1—2026.10')).toEqual({ year: 2026, month: 10 });
    expect(latestMonthIn('劳动合同（2024 年签订）')).toEqual({ year: 2024, month: 12 });
    expect(latestMonthIn('社保明细')).toBeNull();
    expect(latestMonthIn('编号 12024-0001')).toBeNull();
  });

  it('names last year’s annual reviews and on-job proof, and nothing in a current profile', () => {
    expect(staleYearNotes(profileWith(), DEC_2026)).toEqual([
      '年度考核结果只填到 2019 年度，如已有 2020 至 2025 年度的考核结果，请在“年度考核结果”中补上。',
      '“在岗在职证明材料”的说明写到 2020-06，这份证明须截止到申报当月或上一月，请准备新的证明并更新说明。',
    ]);
    const current = profileWith((p) => {
      p.annualReviews.push({ year: 2025, result: '合格' });
      p.attachments[0].note = '社保明细 2026-05 至 2026-11';
    });
    expect(staleYearNotes(current, DEC_2026)).toEqual([]);
    // One year missing is named alone; a proof ending the month before last is stale, the month before is not.
    const oneBehind = profileWith((p) => {
      p.annualReviews = [{ year: 2024, result: '合格' }];
      p.attachments[0].note = '社保明细 2026-04 至 2026-10';
    });
    expect(staleYearNotes(oneBehind, DEC_2026)).toEqual([
      '年度考核结果只填到 2024 年度，如已有 2025 年度的考核结果，请在“年度考核结果”中补上。',
      '“在岗在职证明材料”的说明写到 2026-10，这份证明须截止到申报当月或上一月，请准备新的证明并更新说明。',
    ]);
    // A proof said to run to the present (至今) is not dated by its start.
    expect(staleYearNotes(profileWith((p) => { p.annualReviews = []; p.attachments[0].note = '社保明细 2020-07 至今'; }), DEC_2026)).toEqual([]);
    // No reviews, no dated note, another attachment's old date: nothing to say.
    const undated = profileWith((p) => {
      p.annualReviews = [];
      p.attachments = [{ name: '在岗在职证明材料', note: '劳动合同' }, { name: '年度考核表', note: '2018–2019 年度' }];
    });
    expect(staleYearNotes(undated, DEC_2026)).toEqual([]);
  });

  it('for one step, names only what goes into that step’s page (the autofill preview of 年度考核结果 / 证书、证明材料)', () => {
    const [reviews, proof] = staleYearNotes(profileWith(), DEC_2026);
    expect(staleYearNotes(profileWith(), DEC_2026, 'annual-review')).toEqual([reviews]);
    expect(staleYearNotes(profileWith(), DEC_2026, 'certificates')).toEqual([proof]);
    expect(staleYearNotes(profileWith(), DEC_2026, 'basic-info')).toEqual([]);
    expect(staleYearNotes(profileWith(), DEC_2026, 'unknown')).toEqual([]);
  });

  it('names a copy of an application some years back for this year, not the year after it', () => {
    expect(suggestCopyLabel('张小明 · 2020 初级', [], DEC_2026)).toBe('张小明 · 2026 初级');
    expect(suggestCopyLabel('张小明 · 2025 初级', [], DEC_2026)).toBe('张小明 · 2026 初级');
    // This year's, copied ahead for next year's: the year after it, as before.
    expect(suggestCopyLabel('张小明 · 2026 初级', [], DEC_2026)).toBe('张小明 · 2027 初级');
  });

  it('calls a counting date old over six months before today, and never an empty one', () => {
    expect(countingDateLooksOld('2025-12-31', DEC_2026)).toBe(true);
    expect(countingDateLooksOld('2026-06-30', DEC_2026)).toBe(false);
    expect(countingDateLooksOld('2026-12-31', new Date(2027, 0, 15))).toBe(false);
    expect(countingDateLooksOld('', DEC_2026)).toBe(false);
  });
});

describe('the options page after last year’s file is imported or copied', () => {
  it('the import’s confirmation says what to update', async () => {
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    await chooseFile('profile-import', new File([JSON.stringify(sampleDoc())], 'last-year.zc-profile.json'));
    await vi.waitFor(() => expect(byTestId('options-message')?.textContent).toContain('已导入“张小明 · 2020 初级（2）”'));
    const text = byTestId('options-message')!.textContent!;
    expect(text).toContain('这份档案里有些内容可能是往年的，请核对后再用于今年的申报：年度考核结果只填到 2019 年度');
    expect(text).toContain('“在岗在职证明材料”的说明写到 2020-06');
  });

  it('the editor says it above the sections while it lasts, for a profile kept from last year too', async () => {
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    const notes = () => $$('[data-testid="profile-year-notes"] li').map((li) => li.textContent);
    await vi.waitFor(() => expect(notes()).toHaveLength(2));
    expect(notes()[0]).toContain('年度考核结果只填到 2019 年度');
    expect(notes()[1]).toContain('“在岗在职证明材料”的说明写到 2020-06');
    const now = new Date();
    const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    await typeInto('attachments[0].note', `社保明细 ${now.getFullYear() - 1}-01 至 ${month}`);
    await vi.waitFor(() => expect(notes()).toHaveLength(1));
    expect(notes()[0]).toContain('年度考核结果只填到 2019 年度');
  });

  it('the copy (复制) of last year’s profile says it too', async () => {
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    await act(() => (byTestId('profile-duplicate') as HTMLButtonElement).click());
    await vi.waitFor(() => expect(byTestId('options-message')?.textContent).toContain('年度考核结果只填到 2019 年度'));
  });

  it('申报条件自测 says a counting date over half a year old may be last year’s', async () => {
    await writeSettings({ countingDate: '2019-07-01' });
    await act(() => render(<EligibilityPanel profile={profileWith()} />, root()));
    await vi.waitFor(() => expect(byTestId('counting-date-old')?.textContent).toBe('这个截止日期（2019-07-01）已是半年多以前：如果是往年申报通知的日期，请按今年的通知修改，或点“改回按今天计算”。'));
    await act(() => byTestId('counting-date-clear')!.click());
    await vi.waitFor(() => expect(byTestId('counting-date-old')).toBeNull());
  });
});
