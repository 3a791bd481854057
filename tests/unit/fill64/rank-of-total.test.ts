/**
 * fill64 item 2, in happy-dom: a 本人排名 / 作者排名 box asking the rank over the number of authors
 * (如：1/5, 名次/总人数, a label 作者排名/总人数) cannot be filled from the profile, which keeps the
 * rank alone (spec/profile-format.md authorRank): it is 需您处理, saying so, and nothing is written —
 * it got "1". A box asking the rank alone, or in words (第一作者), and a list of ranks keep working.
 * Pages: tests/e2e/fill64-pages.ts and small ones here.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { planPage, th, box, sel, title } from '../fill/page-markup';
import { F64_PAGES } from '../../e2e/fill64-pages';
import { planned } from './pages';

/** The 本人排名 row of a 论文 form asking it in `control` under `label` (sample profile: rank 1): [outcome, value, reason]. */
function rankRow(label: string, control: string) {
  const { plan } = planPage(`${title('论文、著作')}<table>${th('论文题目', box('tm'))}${th(label, control)}</table><input type="submit" value="保存">`, 'publications');
  const item = plan.items.find((i) => i.key === 'publications.authorRank')!;
  return [item.outcome, item.value, item.reason ?? '', item.overwrite];
}

const REASON = '页面要求填写“名次/总人数”（如 1/5），档案只有名次（1），请按页面要求手动填写';

describe('fill64 item 2: 本人排名 asked over the number of authors', () => {
  beforeEach(() => installLocale());

  it('如：1/5 after the box or in its placeholder, 名次/总人数 or 排名/共几人 in a hint, 作者排名/总人数 as its label: 需您处理, nothing to write (it was 1)', () => {
    for (const [label, control] of [
      ['本人排名', `${box('pm')}（如：1/5）`],
      ['本人排名', box('pm', ' placeholder="例：2/6"')],
      ['本人排名', box('pm', ' placeholder="名次/总人数"')],
      ['作者排名', `${box('pm')}<span>填写格式：排名/共几人</span>`],
      ['作者排名/总人数', box('pm')],
      ['本人排名（名次/作者总数）', box('pm')],
    ]) expect(rankRow(label!, control!), `${label} ${control}`).toEqual(['needs-user', '1', REASON, false]);
  });

  it('a box already showing the rank over a total: 1/5 holds rank 1 (已一致, never written); 2/5 is the user’s, not written over', () => {
    expect(rankRow('本人排名', box('pm', ' value="1/5" placeholder="如：1/5"')).slice(0, 2)).toEqual(['same', '1/5']);
    expect(rankRow('本人排名', box('pm', ' value="1／5"'))[0]).toBe('same');
    expect(rankRow('本人排名', box('pm', ' value="2/5"'))).toEqual(['needs-user', '1', REASON, false]);
  });

  it('kept: a box asking the rank alone gets 1, one showing how in words 第一作者; a list of 第一/第二… or 1, 2, 3 is chosen as before', () => {
    expect(rankRow('本人排名', box('pm')).slice(0, 2)).toEqual(['will-fill', '1']);
    expect(rankRow('本人排名', box('pm', ' placeholder="如：第一作者"')).slice(0, 2)).toEqual(['will-fill', '第一作者']);
    expect(rankRow('本人排名', box('pm', ' placeholder="如：1"')).slice(0, 2)).toEqual(['will-fill', '1']);
    expect(rankRow('本人排名', sel('pm', [['a', '第一作者'], ['b', '第二作者'], ['c', '第三作者']])).slice(0, 2)).toEqual(['will-fill', '第一作者']);
    expect(rankRow('本人排名', sel('pm', [['1', '1'], ['2', '2'], ['3', '3']])).slice(0, 2)).toEqual(['will-fill', '1']);
  });

  it('the browser test’s pages: Bootstrap help text 如：1/5 and a layui label 作者排名/总人数 需您处理; a plain Bootstrap box 1', () => {
    expect(planned(F64_PAGES['rank-of-total-bootstrap']!).rows[1]).toBe(`txtBrpm publications.authorRank needs-user 1 ${REASON}`);
    expect(planned(F64_PAGES['rank-of-total-layui-label']!).rows[1]).toBe(`zzpm publications.authorRank needs-user 1 ${REASON}`);
    expect(planned(F64_PAGES['rank-plain-bootstrap']!)).toEqual({ step: 'publications', rows: ['txtLwtm publications.title will-fill 城市河道氨氮连续监测数据的质量控制方法探讨', 'txtBrpm publications.authorRank will-fill 1'] });
  });
});
