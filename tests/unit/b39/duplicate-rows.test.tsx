// Breaker 39: last year's file with a record twice (two files merged by hand, a row copied to be
// edited and never edited) imported without a word, and the editor showed both rows as fine:
// autofill then offers the same 学历 twice, and the portal keeps two records of one degree. A
// row the same as an earlier one is marked, and its section opened and counted; blank rows just
// added are no duplicates.
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { duplicateRows } from '../../../lib/profile/field-checks';
import { profileSchema } from '../../../lib/profile/schema';
import { editTable } from '../../../lib/profile/records';
import { sampleDoc } from '../profile/fixtures';
import { optionsPageRoot } from '../options/page-root';

vi.mock('../../../components/settings/sections', () => ({ SETTINGS_SECTIONS: [] }));

const { $, $$, byTestId, chooseFile, mountWithSample } = optionsPageRoot();

describe('duplicate record rows (breaker 39)', () => {
  it('duplicateRows names each row the same as an earlier one of its table (记录序号 aside), not blank rows', () => {
    const doc = sampleDoc();
    const [first] = doc.profile.education;
    doc.profile.education.push({ ...first, seq: 3 });
    // The same content written with its keys in another order is the same record.
    doc.profile.annualReviews.push(Object.fromEntries(Object.entries(doc.profile.annualReviews[0]).reverse()));
    let profile = profileSchema.parse(doc.profile);
    profile = editTable(editTable(profile, 'achievements', { kind: 'add' }), 'achievements', { kind: 'add' });
    const found = duplicateRows(profile);
    expect([...found]).toEqual([
      ['education[2]', 0],
      ['annualReviews[' + (doc.profile.annualReviews.length - 1) + ']', 0],
    ]);
  });

  it('are marked in the editor, their section opened and counted, after an import', async () => {
    const doc = sampleDoc();
    doc.profile.label = '张小明 · 合并';
    doc.profile.education.push({ ...doc.profile.education[0], seq: doc.profile.education.length + 1 });
    await mountWithSample(<OptionsApp />, () => expect($('[data-field="basic.name"]')).not.toBeNull());
    await chooseFile('profile-import', new File([JSON.stringify(doc)], 'merged.zc-profile.json'));
    await vi.waitFor(() => expect(byTestId('profile-active')?.textContent).toBe('张小明 · 合并'));
    const section = $('[data-testid="profile-section"][data-section="education"]') as HTMLDetailsElement;
    await vi.waitFor(() => expect(section.open).toBe(true));
    expect(section.querySelector('summary .badge.error')?.textContent).toBe('1 处问题');
    expect($$('[data-testid="record-duplicate"]').map((p) => p.textContent)).toEqual([`第 ${doc.profile.education.length} 条与第 1 条完全相同，是重复的记录。请删除其中一条，否则填写时会在门户中重复添加。`]);
  });
});
