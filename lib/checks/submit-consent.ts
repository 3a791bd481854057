import { labelKeys } from '../fields/recognize';
import type { ControlSnapshot } from '../page/snapshot';
import { t } from '../i18n/t';
import { compact, fieldFinding, fieldValues, findingOf } from './common';
import type { Check, CheckAbout } from './types';

/**
 * A consent field's value that agrees: a ticked box ("true", read with its own words: not 不同意), 是 under 是否同意, or a chosen text
 * with 同意 / 确认 / 承诺 in it (同意, 确认 under 送审确认, 我已阅读并同意 under 本人承诺: breaker 12
 * item 4), or saying the information is true (属实, 信息无误, 正确: breaker 16 item 4) — unless it says no or not yet (the lookahead: 不同意, 未确认, 取消, 否, 待确认, 撤销 / 撤回,
 * 拒绝, 放弃 / 弃权: breaker 13 item 4).
 */
const AGREES = /^(?!.*([不未否待撤拒弃]|取消))(true|是$|.*(同意|确认|承诺|属实|无误|正确))/;

/**
 * Whether a control of the applicant's consent shows it given (AGREES): the autofill plan reads it
 * too, so a box the user ticked is shown done, never left to him (probe 21 N3).
 * @param value the control's page value as pageFieldValues reads it ("true" for a ticked box, a chosen text)
 * @param c the control, whose own words a ticked box is read with (不同意 is no consent)
 */
export function consentGiven(value: string, c: ControlSnapshot): boolean {
  return AGREES.test(compact(value === 'true' ? value + c.choiceText : value));
}

/**
 * 同意 ticked (or 是 chosen under 是否同意, or an agreeing answer chosen in a list: AGREES) at 完成并送审 (seed 3(11)). Reads
 * the recognised `page.consent` field (a list or radio group only counts when labelled as the applicant's
 * consent: 是否同意, 送审确认, 本人承诺…), or failing that any checkbox/radio on the page whose text is 同意
 * and that no row label of another question labels (a row label that is no page.consent label). A list or radio
 * group merely offering 同意 (单位审核意见) is not the applicant's (breaker 11 item 8, breaker 12, breaker 14b item 1).
 * Not in the content script: on-demand.js brings it on this step with the checklist (./late-checks.ts).
 */
export const submitConsent: Check = {
  id: 'submit-consent',
  steps: ['submit'],
  run(ctx) {
    const fields = fieldValues(ctx, 'page.consent');
    // A ticked box reads "true", a radio list or a list its chosen text. One agreeing field is the
    // consent: 同意 / 不同意 as two boxes are two fields, and a page may keep a hidden or an
    // unasked one (breaker 16 items 2, 3, 5).
    if (fields.length > 0) return fields.some((f) => consentGiven(f.value, ctx.snapshot.controls[f.control]!)) ? [] : [fieldFinding(submitConsent, fields[0]!, t('check_submit_consent_tick'))];
    // A box in a row of another question (单位审核意见 | ◯同意 ◯不同意: its label cell beside or above it, not
    // the applicant's consent by page.consent's labels) answers that question.
    const boxes = ctx.snapshot.controls.filter(
      (c) =>
        /checkbox|radio/.test(c.kind) &&
        c.visible &&
        [c.choiceText, ...c.labels.map((l) => l.text)].some((t) => compact(t) === '同意') &&
        !c.labels.some((l) => /cell|header/.test(l.source) && !labelKeys(l.text).includes('page.consent')),
    );
    if (boxes.length === 0 || boxes.some((c) => c.checked)) return [];
    return [findingOf(submitConsent, t('check_submit_consent_tick'), { field: '同意', control: boxes[0]!.index })];
  },
};

/** What submitConsent checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const submitConsentAbout: CheckAbout = {
  id: 'submit-consent',
  title: '送审前勾选同意',
  source: '操作指引 3(11)：选择“同意”，点击“送审”',
};
