/**
 * Breaker 40: 是否第一作者 asked as a 是/否 list or a radio pair on 论文、著作 — the profile's 本人排名
 * (publications.authorRank) asked as a question: recognised as that field and answered 是 for rank
 * 1, 否 for any other rank.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { box, sampleProfile, sel, th, title } from './page-markup';

const radios = (name: string) =>
  ['是', '否'].map((w, i) => `<input type="radio" id="${name}${i}" name="${name}" value="${i ? 0 : 1}"><label for="${name}${i}">${w}</label>`).join('');
const PAGES = {
  list: title('论文、著作') + '<table>' + th('论文题目', box('txtTM')) + th('是否第一作者', sel('ddlSFDYZZ', [['1', '是'], ['0', '否']])) + '</table>',
  radios: title('论文、著作') + '<table>' + th('论文题目', box('txtTM')) + th('是否第一作者（论文/著作）', radios('rblSFDYZZ')) + '</table>',
  copula: title('论文、著作') + '<table>' + th('论文题目', box('txtTM')) + th('是否为第一作者', sel('ddlSFDYZZ', [['1', '是'], ['0', '否']])) + '</table>',
};

function planned(html: string, rank: number) {
  document.body.innerHTML = html;
  const snapshot = collectSnapshot(document);
  const matches = recognizeFields(snapshot, 'publications');
  const profile = { ...sampleProfile, publications: sampleProfile.publications.map((p) => ({ ...p, authorRank: rank })) };
  const item = planFill(snapshot, matches, profile, 'publications').items.find((i) => i.key === 'publications.authorRank');
  return { keys: matches.map((m) => m.key), item };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('是否第一作者 (breaker 40)', () => {
  it('as a 是/否 list is the author rank, answered 是 for rank 1 and 否 for rank 2', () => {
    expect(planned(PAGES.list, 1).keys).toEqual(['publications.title', 'publications.authorRank']);
    expect(planned(PAGES.list, 1).item).toMatchObject({ action: 'fill', value: '是', option: '1' });
    expect(planned(PAGES.list, 2).item).toMatchObject({ action: 'fill', value: '否', option: '0' });
  });

  it('as a radio pair (是否第一作者（论文/著作）) too', () => {
    expect(planned(PAGES.radios, 1).keys).toEqual(['publications.title', 'publications.authorRank', 'publications.authorRank']);
    expect(planned(PAGES.radios, 1).item).toMatchObject({ action: 'fill', value: '是' });
    expect(planned(PAGES.radios, 3).item).toMatchObject({ action: 'fill', value: '否' });
  });

  it('asked with a copula (是否为第一作者) too: the same question', () => {
    expect(planned(PAGES.copula, 1).keys).toEqual(['publications.title', 'publications.authorRank']);
    expect(planned(PAGES.copula, 2).item).toMatchObject({ action: 'fill', value: '否', option: '0' });
  });
});
