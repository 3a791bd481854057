import type { ControlSnapshot } from '../page/snapshot';
import { normalizeText } from '../page/normalize';

/**
 * A length limit in words (normalised text): 限200字, 限填200字, 200字以内 / 之内 / 内 / 以下,
 * 200个字符以内, 不超过 / 不得超过 / 不多于 / 最多 200 个字 (a page's wording of the same rule: fill 59
 * found 200字以下, 200个字符以内 and 200字内 read as no limit, and the whole text written). Not
 * 不少于500字, which is a minimum, nor 2000字内容 (the words 内容, no limit).
 */
const STATED_LIMIT = /(?:限填?|不得?超过|不多于|最多)(\d+)个?汉?字|(\d+)个?汉?字符?(?:[以之]?内(?!容)|以下)/;

/**
 * The most characters a box takes: its maxlength, or less when its label or the text after it
 * says so (个人总结（限200字以内）without a maxlength: the server's check refuses or cuts a longer
 * text, probe 18 F2), for the whole text (not 每项…) and of this box (not the next box's label). Read by autofill (lib/fill/plan.ts) and text-over-limit.
 * @param c the box. @returns a character count, Infinity when nothing limits it.
 */
export function maxLengthOf(c: ControlSnapshot): number {
  return Math.min(
    c.maxLength ?? Infinity,
    // The text after the box ending in a colon is the label of the next box in its cell (单位简称（限10字以内）：[ ]), not this box's (breaker 19 item 3).
    ...[...c.labels.map((l) => l.text), /[:：]\s*$/.test(c.hintAfter ?? '') ? '' : normalizeText(c.hintAfter ?? '')].map((text) => {
      const m = STATED_LIMIT.exec(text);
      // Not a limit of each item (每项不超过30字, 以下各栏每条限50字: breaker 19 item 4).
      return m && !/每.{0,3}$/.test(text.slice(0, m.index)) ? Number(m[1] ?? m[2]) : Infinity;
    }),
  );
}
