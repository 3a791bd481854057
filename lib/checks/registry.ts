import { LATE_CHECKS } from './late-checks';
import { PAGE_CHECKS, photoRules, runCheckList } from './page-checks';
import { photoColorDepth } from './photo-color-depth';
import { photoDimensions } from './photo-dimensions';
import { photoFormat } from './photo-format';
import { photoSize } from './photo-size';
import type { Check, CheckContext, CheckId, Finding } from './types';

/**
 * Every check, one module each (lib/checks/<check-id>.ts): those the content script runs on
 * every evaluation (PAGE_CHECKS, ./page-checks.ts; the four photo-* checks in the place of photoRules,
 * which runs them as one there), then those on-demand.js brings on their step
 * (LATE_CHECKS, ./late-checks.ts). Metadata (ids known and unique, steps, severity) is validated
 * by tests/unit/tables.test.ts with checkTableSchema (lib/checks/registry.schema.ts); each
 * check's title and source are in lib/checks/catalogue.ts. Not imported by the content script,
 * which runs PAGE_CHECKS and the late checks on-demand.js hands it (lib/content/evaluate.ts).
 */
export const CHECKS: readonly Check[] = [...PAGE_CHECKS.flatMap((check) => (check === photoRules ? [photoFormat, photoSize, photoDimensions, photoColorDepth] : [check])), ...LATE_CHECKS];

/**
 * Runs every check (CHECKS) that applies on the context's step, as the content script does once
 * on-demand.js has brought the late checks (./page-checks.ts runCheckList).
 * @param ctx what the page shows plus profile, photo, history and settings (lib/checks/types.ts)
 * @param opts.only run only these check ids (still limited to the step)
 * @returns findings sorted errors → warnings → info, registry order within a severity (see
 *   runCheckList); never throws.
 */
export function runChecks(ctx: CheckContext, opts: { only?: readonly CheckId[] } = {}): Finding[] {
  // Filtered here, not in runCheckList: the content script never asks for some checks only.
  return runCheckList(opts.only ? CHECKS.filter((check) => opts.only!.includes(check.id)) : CHECKS, ctx);
}

/**
 * The check with an id.
 * @throws Error when no check has that id
 */
export function checkById(id: CheckId): Check {
  const check = CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  return check;
}
