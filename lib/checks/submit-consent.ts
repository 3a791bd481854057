import { t } from '../i18n/t';
import { compact, fieldFinding, fieldValues, findingOf } from './common';
import type { Check, CheckAbout } from './types';

/**
 * 同意 ticked (or 是 chosen under 是否同意, or 同意 chosen in a list) at 完成并送审. Reads the recognised
 * `page.consent` field, or failing that any checkbox/radio on the page whose text is 同意 and any
 * list offering 同意.
 */
export const submitConsent: Check = {
  id: 'submit-consent',
  steps: ['submit'],
  severity: 'error',
  run(ctx) {
    const fields = fieldValues(ctx, 'page.consent');
    if (fields.length > 0) {
      // A ticked box reads "true", a radio list or a list its chosen text (同意, not 不同意; 是 under 是否同意).
      return fields.some((f) => ['true', '同意', '是'].includes(compact(f.value))) ? [] : [fieldFinding(submitConsent, fields[0]!, t('check_submit_consent_tick'))];
    }
    // A list offering 同意 (送审确认：[请选择 / 同意 / 不同意]) is answered by choosing it.
    const agrees = (t: string) => compact(t) === '同意';
    const boxes = ctx.snapshot.controls.filter(
      (c) => /checkbox|radio|select/.test(c.kind) && c.visible && [c.choiceText, ...c.labels.map((l) => l.text), ...c.options.map((o) => o.norm)].some(agrees),
    );
    if (boxes.length === 0 || boxes.some((c) => c.checked || c.options.some((o) => o.selected && agrees(o.norm)))) return [];
    return [findingOf(submitConsent, t('check_submit_consent_tick'), { field: '同意', control: boxes[0]!.index })];
  },
};

/** What submitConsent checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const submitConsentAbout: CheckAbout = {
  id: 'submit-consent',
  title: '送审前勾选同意',
  source: '操作指引 3(11)：选择“同意”，点击“送审”',
};
