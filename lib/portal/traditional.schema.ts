import { z } from 'zod';

/**
 * The zod schema of the traditional → simplified table (lib/portal/traditional.ts
 * TRADITIONAL_PAIRS), kept out of the table module so the content script carries no zod (issue 9).
 * tests/unit/tables.test.ts parses the table with it: pairs of two different CJK characters, each
 * traditional one once and never a simplified one (so folding twice changes nothing).
 */
export const traditionalPairsSchema = z
  .string()
  .regex(/^(?:[\u4e00-\u9fff]{2})+$/, 'pairs of CJK characters')
  .superRefine((pairs, ctx) => {
    const from = pairs.replace(/(.)./g, '$1');
    const to = pairs.replace(/.(.)/g, '$1');
    [...from].forEach((c, i) => {
      if (c === to[i]) ctx.addIssue({ code: 'custom', message: `${c} folds to itself` });
      if (from.indexOf(c) !== i) ctx.addIssue({ code: 'custom', message: `${c} twice` });
      if (to.includes(c)) ctx.addIssue({ code: 'custom', message: `${c} is a simplified character too` });
    });
  });
