import { t } from '../i18n/t';
import { maxLengthOf } from '../fill/length-limit';
import { fillable, findingOf, isUnfilled } from './common';
import type { Check, CheckAbout } from './types';

/**
 * A text longer than the page allows: the limit its label or the text after the box states
 * (个人总结（限200字以内）, 不超过500字; lib/fill/length-limit.ts maxLengthOf, which autofill obeys
 * too), or a `maxlength` the value already passes (a text the server or a script put there; typing
 * stops at one). The server refuses or cuts such a text at 保存 (probe 18 F2).
 *
 * Characters are counted as code points of the box's value as it stands, spaces and line breaks
 * included (one each, as the textarea's value and the browser's own maxlength count a line
 * break): the server counts every character it is sent, so a text over the limit only by its
 * spaces is still refused; a character outside the BMP counts once, as the applicant sees it.
 * A box still showing the page's prompt (isUnfilled) holds nothing of the applicant's; one the
 * applicant cannot change (fillable), or only through a picker (read-only: a 选择 box's codes
 * beside the text area its row's limit is for, breaker 19 item 5), is not his to shorten.
 */
export const textOverLimit: Check = {
  id: 'text-over-limit',
  run(ctx) {
    return ctx.snapshot.controls.flatMap((c) => {
      // Runs on every re-read: the limit only for a box holding text he can type, the code points
      // only when the UTF-16 length (never fewer) passes it.
      if (!c.value || c.readOnly || !fillable(c)) return [];
      const limit = maxLengthOf(c);
      const count = c.value.length > limit ? [...c.value].length : 0;
      if (count <= limit || isUnfilled(c)) return [];
      // The page's name for the box, without the limit written after it: 个人总结（限200字以内） → 个人总结.
      const label = c.labels[0]?.text.replace(/\([^()]*\)$/, '') || c.name;
      return [findingOf(textOverLimit, t('check_text_over_limit', label, count, limit), { field: ctx.fields.find((f) => f.control === c.index)?.key ?? label, control: c.index })];
    });
  },
};

/** What textOverLimit checks and where its rule comes from (lib/checks/catalogue.ts; not in the content script). */
export const textOverLimitAbout: CheckAbout = {
  id: 'text-over-limit',
  title: '文字不超过页面规定的字数',
  source: '页面在栏目名称或栏后写明的字数限制（如“个人总结（限200字以内）”）；超出的文字保存时会被拒绝或截断',
};
