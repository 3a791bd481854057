import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { box, planPage, th, title } from './page-markup';

/**
 * Breaker 40: 本人排名 asked in a text box whose page shows how to write it (如：第一作者, 第几作者,
 * 填写：第1作者): the sample profile's paper has authorRank 1, which went in as a bare "1".
 */
function rankRow(label: string, extra = '') {
  const { plan } = planPage(title('公开发表（出版）的论文、著作') + '<table>' + th('论文题目', box('tm')) + th(label, box('pm', extra)) + '</table><input type="submit" value="保存">', 'publications');
  const item = plan.items.find((i) => i.key === 'publications.authorRank')!;
  return [item.action, item.value];
}

describe('本人排名 in a box, written as the page’s example words it (breaker 40)', () => {
  beforeEach(() => installLocale());

  it('an example 第一作者 / 第1作者 / 第一名, or a label asking 第几作者, gets the rank in those words; one with no example, or a number for one, the number', () => {
    expect(rankRow('本人排名', ' placeholder="如：第一作者"')).toEqual(['fill', '第一作者']);
    expect(rankRow('本人排名', ' placeholder="填写：第1作者"')).toEqual(['fill', '第1作者']);
    expect(rankRow('作者排序', ' title="例：第二名"')).toEqual(['fill', '第一名']);
    expect(rankRow('本人排名（第几作者）')).toEqual(['fill', '第一作者']);
    // A box already showing the rank in words holds it; another rank stays behind the 覆盖 tick.
    expect(rankRow('本人排名', ' value="第一作者"')).toEqual(['skip', '第一作者']);
    expect(rankRow('本人排名', ' value="第二作者"')).toEqual(['fill', '第一作者']);
    // A box with no example, or one showing a number, keeps the number.
    expect(rankRow('本人排名')).toEqual(['fill', '1']);
    expect(rankRow('本人排名', ' placeholder="如：1"')).toEqual(['fill', '1']);
  });
});
