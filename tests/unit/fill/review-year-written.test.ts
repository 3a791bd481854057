import { beforeEach, describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/fill/plan';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { installLocale } from '../i18n-fake';

/** The sample profile's first 年度考核 record is 2021, 合格. */
const profile = profileSchema.parse(sample.profile);

/** A 年度考核结果 record form whose 考核年度 box shows `year`: the plan's row for that box. */
function yearRow(year: string) {
  document.body.innerHTML = `<h2>年度考核结果</h2><table>
    <tr><th>记录序号</th><td><input id="xh" value="1"></td></tr>
    <tr><th>考核年度</th><td><input id="nd" value="${year}"></td></tr></table><input type="submit" value="保存">`;
  const snapshot = collectSnapshot(document);
  const item = planFill(snapshot, recognizeFields(snapshot, 'annual-review'), profile, 'annual-review').items.find((i) => i.key === 'annualReviews.year');
  return { action: item?.action, outcome: item?.outcome, overwrite: item?.overwrite };
}

describe('a 考核年度 box showing the year the portal’s way (probe 18 F4)', () => {
  beforeEach(() => installLocale());

  it('2021年度 / 2021年 / 2021 hold the profile’s 2021: nothing to write, no 覆盖 tick', () => {
    for (const shown of ['2021年度', '2021年', '2021', '２０２１年度']) expect(yearRow(shown), shown).toEqual({ action: 'skip', outcome: 'same', overwrite: false });
  });

  it('a year the profile has no record of is still a conflict behind the 覆盖 tick', () => {
    for (const shown of ['2019年度', '2019']) expect(yearRow(shown), shown).toMatchObject({ outcome: 'conflict', overwrite: true });
  });
});
