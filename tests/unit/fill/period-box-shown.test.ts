import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { box, planPage, th, title } from './page-markup';

/**
 * Breaker 40: one 起止时间 box for a record's whole period, the page showing the period the
 * sample profile's first 业绩 has (2021-03-01 to 2022-12-31) written its own way — a saved record
 * re-opened, or the portal's own format: the preview said 页面已有不同内容 and asked for 覆盖.
 */
function periodRow(shown: string, hint = '') {
  const { plan } = planPage(
    title('从事专业技术工作及取得的业绩成果情况') + '<table>' + th('项目名称', box('mc')) + th('起止时间', box('qz', ` value="${shown}"${hint}`)) + '</table><input type="submit" value="保存">',
    'achievements',
  );
  const item = plan.items.find((i) => i.label === '起止时间')!;
  return [item.action, item.outcome, item.overwrite];
}

describe('one box for a period, showing the profile’s period another way (breaker 40)', () => {
  beforeEach(() => installLocale());

  it('is 已一致 however the page writes the two months; another month or year stays behind 覆盖', () => {
    for (const shown of ['2021-03至2022-12', '2021年3月-2022年12月', '2021/3/1 - 2022/12/31', '2021.3-2022.12', '202103-202212']) {
      expect(periodRow(shown), shown).toEqual(['skip', 'same', false]);
    }
    for (const shown of ['2021-04至2022-12', '2021.03-2023.12', '2021-03', '2021.03-2022.12；2023.04-2024.06']) {
      expect(periodRow(shown), shown).toEqual(['fill', 'conflict', true]);
    }
    // A box asking the days (起止日期 2021.03.01-2022.12.31) holds the period only with its days.
    expect(periodRow('2021-03-01至2022-12-31', ' placeholder="如：2015.07.01-2018.06.30"')).toEqual(['skip', 'same', false]);
    expect(periodRow('2021-03-05至2022-12-31', ' placeholder="如：2015.07.01-2018.06.30"')).toEqual(['fill', 'conflict', true]);
  });
});
