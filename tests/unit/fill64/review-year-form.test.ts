/**
 * fill64 item 1, in happy-dom: a 考核年度 box whose own hint shows the form the portal wants
 * (例：2021年度, a placeholder 2021年度, 格式：yyyy年) gets the year in that form, as a date box
 * follows its hint; it got the bare "2021". A bare box, and one with 年度 printed after it (its
 * unit: [    ]年度), keep the bare year. Pages: tests/e2e/fill64-pages.ts (the same in Chromium:
 * tests/e2e/fill-markup.test.ts, fill 64) and small ones here.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { planPage, th, box, title } from '../fill/page-markup';
import { yearAsBoxAsks } from '../../../lib/fill/year-box';
import { collectSnapshot } from '../../../lib/page/collect';
import { F64_PAGES } from '../../e2e/fill64-pages';
import { planned } from './pages';

/** The 考核年度 row of a 年度考核结果 form whose year box is `control` (sample profile: 2021 first). */
function yearItem(control: string) {
  const { plan } = planPage(`${title('年度考核结果')}<table>${th('考核年度', control)}</table><input type="submit" value="保存">`, 'annual-review');
  const item = plan.items.find((i) => i.key === 'annualReviews.year')!;
  return [item.outcome, item.value];
}

describe('fill64 item 1: a 考核年度 box gets the year in the form its hint shows', () => {
  beforeEach(() => installLocale());

  it('the example in a placeholder, the text after the box, or the label: 2021年度 / 2021年 (it was 2021)', () => {
    expect(yearItem(box('nd', ' placeholder="2021年度"'))).toEqual(['will-fill', '2021年度']);
    expect(yearItem(box('nd', ' placeholder="例：2019年度"'))).toEqual(['will-fill', '2021年度']);
    expect(yearItem(`${box('nd')}（例：2021年度）`)).toEqual(['will-fill', '2021年度']);
    expect(yearItem(`${box('nd')}<span>格式：yyyy年</span>`)).toEqual(['will-fill', '2021年']);
    expect(yearItem(box('nd', ' title="如 2018年度"'))).toEqual(['will-fill', '2021年度']);
  });

  it('kept: a bare box, 年度 printed after the box (its unit), a hint of a year alone or a date: the bare year', () => {
    expect(yearItem(box('nd'))).toEqual(['will-fill', '2021']);
    expect(yearItem(`${box('nd')}年度`)).toEqual(['will-fill', '2021']);
    expect(yearItem(box('nd', ' placeholder="如：2021"'))).toEqual(['will-fill', '2021']);
    expect(yearItem(box('nd', ' placeholder="例：2021年12月"'))).toEqual(['will-fill', '2021']);
  });

  it('a box showing the year either way holds it (已一致); one showing the server’s 2020年度 gets 2021年度 behind 覆盖', () => {
    expect(yearItem(box('nd', ' value="2021" placeholder="例：2021年度"'))[0]).toBe('same');
    expect(yearItem(box('nd', ' value="2021年度"'))[0]).toBe('same');
    expect(yearItem(box('nd', ' value="2020年度"'))).toEqual(['conflict', '2021年度']);
  });

  it('yearAsBoxAsks leaves what is no four-digit year as it is', () => {
    document.body.innerHTML = '<input id="nd" placeholder="2021年度">';
    const [c] = collectSnapshot(document).controls;
    expect(yearAsBoxAsks(c!, '2021')).toBe('2021年度');
    expect(yearAsBoxAsks(c!, '')).toBe('');
    expect(yearAsBoxAsks(c!, '21')).toBe('21');
  });

  it('the browser test’s pages: layui placeholder and Bootstrap help text 2021年度, the DetailsView’s [    ]年度 2021', () => {
    expect(planned(F64_PAGES['review-year-layui-placeholder']!)).toEqual({ step: 'annual-review', rows: ['khnd annualReviews.year will-fill 2021年度', 'khjg annualReviews.result will-fill 合格'] });
    expect(planned(F64_PAGES['review-year-bootstrap-help']!).rows[0]).toBe('txtKhnd annualReviews.year will-fill 2021年度');
    expect(planned(F64_PAGES['review-year-detailsview-unit']!).rows[0]).toBe('ctl00_ContentPlaceHolder1_dvRecord_txtKHND annualReviews.year will-fill 2021');
  });
});
