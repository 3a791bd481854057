import type { ControlSnapshot } from '../page/snapshot';
import { normalizeText } from '../page/normalize';

/**
 * A length limit in words (normalised text): 限200字, 200字以内 / 之内, 不超过 / 不得超过 / 不多于 /
 * 最多 200 个字. Not 不少于500字, which is a minimum.
 */
const STATED_LIMIT = /(?:限|不超过|不得超过|不多于|最多)(\d+)个?汉?字|(\d+)个?汉?字(?:以内|之内)/;

/**
 * The most characters a box takes: its maxlength, or less when its label or the text after it
 * says so (个人总结（限200字以内）without a maxlength: the server's check refuses or cuts a longer
 * text, probe 18 F2).
 * @param c the box. @returns a character count, or null when nothing limits it.
 */
export function maxLengthOf(c: ControlSnapshot): number | null {
  const stated = [...c.labels.map((l) => l.text), normalizeText(c.hintAfter ?? '')].map((text) => {
    const m = STATED_LIMIT.exec(text);
    return m ? Number(m[1] ?? m[2]) : Infinity;
  });
  const least = Math.min(c.maxLength ?? Infinity, ...stated);
  return least === Infinity ? null : least;
}
