import { z } from 'zod';
import { normalizeText } from '../page/normalize';

/**
 * The zod schemas of the two option-wording tables: lib/vocab/wordings.ts OPTION_WORDINGS
 * (groups of wordings that name the same thing in one vocabulary: 性别, 民族, 政治面貌, 学历, 学位,
 * 学习形式, 考核结果, 作者排名, 系列, 成果类别)
 * and lib/vocab/qualifiers.ts TITLE_QUALIFIERS (the bracketed qualifiers a title may carry
 * without changing it, and another name it goes by). Kept out of the table modules so the content script carries no zod
 * (issue 9); tests/unit/fill/option-wording.test.ts parses both tables with them.
 *
 * Rules enforced: every wording and qualifier is written normalised (lib/page/normalize.ts),
 * so the matcher compares without re-normalising, and carries no bracket; a group names its
 * entry twice at least (wordings and fallbacks); no wording appears twice in a table (a fallback counts as a wording), because the matcher does not know
 * which vocabulary a select belongs to and a word in two groups (硕士 as a degree and as an
 * education) would let it pick by the wrong meaning.
 */
const normalisedWord = z
  .string()
  .min(1)
  .refine((w) => normalizeText(w) === w, { message: 'write the wording normalised (no spaces, half-width brackets and digits)' })
  .refine((w) => !/[()[\]【】〔〕]/.test(w), { message: 'a wording carries no brackets' });

export const VOCABULARIES = ['性别', '民族', '政治面貌', '学历', '学位', '学习形式', '考核结果', '作者排名', '系列', '成果类别'] as const;

export const wordingGroupSchema = z
  .strictObject({
    vocabulary: z.enum(VOCABULARIES),
    /** Wordings that mean the same; the profile's own word among them. */
    wordings: z.array(normalisedWord).min(1),
    /**
     * Other wordings that mean the entry only on a list offering no option the other rules
     * take for it: 党员 for 中共党员 among 党员 / 预备党员 / 团员 / 民主党派 / 群众; 大学本科毕业
     * for 大学本科 among 大学本科毕业 / 大学本科结业.
     */
    fallbacks: z.array(normalisedWord).min(1).optional(),
    /**
     * Bracketed words that may follow a wording without changing it: 大学本科（学士）, the degree
     * that level gives; 专科（高职）; 中共党员（含预备党员）, a list folding 02 into 01.
     */
    qualifiers: z.array(normalisedWord).min(1).optional(),
    /**
     * Words that may stand before a wording and name a kind of it (工学学士: GB/T 6864's 门类 +
     * 学士): taken only where no other rule takes an option and no other option's text holds a
     * wording of the entry at all (工学学士 beside 理学学士 is the user's).
     */
    narrowedBy: z.array(normalisedWord).min(1).optional(),
  })
  .refine((g) => g.wordings.length + (g.fallbacks?.length ?? 0) >= 2, { message: 'a group names its entry twice at least (two wordings, or one and a fallback)' });

export type WordingGroup = z.infer<typeof wordingGroupSchema>;

/** Refuses a wording listed twice across a table's entries. */
function uniqueWordings<T>(wordingsOf: (entry: T) => readonly string[]) {
  return (entries: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      for (const w of wordingsOf(entry)) {
        if (seen.has(w)) ctx.addIssue({ code: 'custom', path: [i], message: `wording ${w} appears twice` });
        seen.add(w);
      }
    });
  };
}

export const wordingTableSchema = z.array(wordingGroupSchema).superRefine(uniqueWordings((g: WordingGroup) => [...g.wordings, ...(g.fallbacks ?? [])]));

export const titleQualifiersSchema = z.strictObject({
  /** A title as the profile writes it. */
  wording: normalisedWord,
  /** Bracketed words that may follow it without changing it ("助理工程师（助理级）"). */
  qualifiers: z.array(normalisedWord).min(1),
  /** Another name of the same title a page may show instead (中级工程师 for 工程师). */
  alias: normalisedWord.optional(),
});

export type TitleQualifiers = z.infer<typeof titleQualifiersSchema>;

export const qualifierTableSchema = z.array(titleQualifiersSchema).superRefine(uniqueWordings((t: TitleQualifiers) => [t.wording, ...(t.alias ? [t.alias] : [])]));
