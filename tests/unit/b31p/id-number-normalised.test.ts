// Breaker 31p F1: a 公民身份号码 typed with a Chinese IME (full-width digits) or pasted with spaces
// was refused by the schema — the whole of last year's file on import, the save in the editor —
// while the editor's own GB 11643 check (which normalises, spec/portal.md §Identifier rules) said
// the number was fine. The schema now normalises it the same way before checking its shape.
import { beforeEach, describe, expect, it } from 'vitest';
import { parseProfileFile } from '../../../lib/profile/format-v1';
import { validateProfile } from '../../../lib/profile/issues';
import { contentProblems } from '../../../lib/profile/field-checks';
import { getProfile, saveProfile } from '../../../lib/profile/db';
import { emptyProfile } from '../../../lib/profile/schema';
import { resetProfileStore } from '../profile/db-helpers';
import { sampleDoc } from '../profile/fixtures';

beforeEach(resetProfileStore);

/** The sample's number (a valid GB 11643 number) as applicants type or paste it. */
const SPELLINGS = ['４４０１０６１９９２０３１５１２３６', '440106199203151236 ', ' 440106 19920315 1236', '440106\u300019920315\u30001236'];

describe('公民身份号码 normalised before its shape is checked (breaker 31p F1)', () => {
  it.each(SPELLINGS)('imports a file whose number is spelt %j, stored as the 18 ASCII characters', (spelling) => {
    const doc = sampleDoc();
    doc.profile.basic.idNumber = spelling;
    const parsed = parseProfileFile(JSON.stringify(doc));
    expect(parsed.ok ? parsed.profile.basic.idNumber : parsed.errors).toBe('440106199203151236');
  });

  it('saves from the editor what its own check accepts, and stores the normalised number', async () => {
    const draft = emptyProfile('张小明');
    draft.basic = { ...draft.basic, idNumber: '４４０１０６１９９２０３１５１２３６' };
    expect(contentProblems(draft).has('basic.idNumber')).toBe(false);
    expect(validateProfile(draft).ok).toBe(true);
    const saved = await saveProfile({ profile: draft });
    expect((await getProfile(saved.id))!.profile.basic.idNumber).toBe('440106199203151236');
  });

  it('still refuses a number that is not 18 characters once normalised, naming it', () => {
    const doc = sampleDoc();
    doc.profile.basic.idNumber = '４４０１０６９２０３１５１２３'; // a 15-digit number of the old kind
    const parsed = parseProfileFile(JSON.stringify(doc));
    expect(parsed.ok ? 'imported' : parsed.errors.map((e) => e.path)).toEqual(['basic.idNumber']);
  });
});
