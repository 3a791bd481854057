/**
 * 刊号 asked in one box on 论文著作 (刊号, 刊号（ISSN/CN）, ISSN/CN号, 国际/国内刊号: probe 21 N1,
 * probe 18 F6): the profile keeps ISSN and CN apart; the box is its own field (page.journalNo),
 * filled with both, named, in the order its label names them ("ISSN 1005-1465 / CN 44-1126/X"),
 * with the one its label names alone (刊号（ISSN）), or with the one the profile knows. Boxes of
 * their own for ISSN and CN are filled as before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { installLocale } from '../i18n-fake';

const profile = profileSchema.parse(sample.profile);
const BOTH = 'ISSN 1005-1465 / CN 44-1126/X';

/** 论文著作 with a 论文题目 row and `rows` after it; the plan's items other than the title's: [id, key, action, value]. */
function plan(rows: string, p = profile) {
  document.body.innerHTML = `<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 论文著作</div><table>
    <tr><th>论文题目</th><td><input id="tm"></td></tr>${rows}</table><input type="submit" value="保存">`;
  const snapshot = collectSnapshot(document);
  const planned = planFill(snapshot, recognizeFields(snapshot, 'publications'), p, 'publications');
  const items = planned.items.filter((i) => i.key !== 'publications.title').map((i) => [snapshot.controls[i.control]!.id, i.key, i.action, i.value]);
  return { items, snapshot, planned };
}
const row = (label: string, box = '<input id="kh">') => `<tr><th>${label}</th><td>${box}</td></tr>`;
const withNumbers = (issn: string, cn: string) => profileSchema.parse({ ...sample.profile, publications: [{ ...sample.profile.publications[0], issn, cn }] });

describe('刊号 in one box (probe 21 N1)', () => {
  beforeEach(() => installLocale());

  it.each(['刊号', '刊号（ISSN/CN）', 'ISSN/CN号', 'ISSN/CN', '国际/国内刊号', 'ISSN、CN号', '国内外刊号', '期刊号'])('%s: both numbers, named, ISSN first', (label) => {
    expect(plan(row(label)).items).toEqual([['kh', 'page.journalNo', 'fill', BOTH]]);
  });

  it('in the order the label names them', () => {
    expect(plan(row('刊号（CN/ISSN）')).items).toEqual([['kh', 'page.journalNo', 'fill', 'CN 44-1126/X / ISSN 1005-1465']]);
    expect(plan(row('CN/ISSN号')).items).toEqual([['kh', 'page.journalNo', 'fill', 'CN 44-1126/X / ISSN 1005-1465']]);
  });

  it('the one number the profile knows, named', () => {
    expect(plan(row('刊号'), withNumbers('', '44-1126/X')).items).toEqual([['kh', 'page.journalNo', 'fill', 'CN 44-1126/X']]);
    expect(plan(row('刊号（ISSN/CN）'), withNumbers('1005-1465', '')).items).toEqual([['kh', 'page.journalNo', 'fill', 'ISSN 1005-1465']]);
    expect(plan(row('刊号'), withNumbers('', '')).items).toEqual([['kh', 'page.journalNo', 'skip', '']]);
  });

  it('written into the box, and reported filled', async () => {
    const { snapshot, planned } = plan(row('刊号（ISSN/CN）'));
    const report = await applyFill(document, snapshot, planned, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'page.journalNo')).toMatchObject({ result: 'filled', value: BOTH });
    expect((document.getElementById('kh') as HTMLInputElement).value).toBe(BOTH);
  });

  it('a box holding the same numbers is 已一致; one holding others is the user’s to replace (覆盖)', () => {
    expect(plan(row('刊号', `<input id="kh" value="${BOTH}">`)).items).toEqual([['kh', 'page.journalNo', 'skip', BOTH]]);
    expect(plan(row('刊号', '<input id="kh" value="CN 11-1234/X">')).planned.items.find((i) => i.key === 'page.journalNo')).toMatchObject({ overwrite: true, outcome: 'conflict' });
  });

  it('a label naming one number alone gets that one, as its own box would', () => {
    const [issn] = plan(row('刊号（ISSN）')).items;
    expect(issn![3]).toBe('1005-1465');
    const [cn] = plan(row('刊号（CN）')).items;
    expect(cn![3]).toBe('44-1126/X');
  });

  it('ISSN and CN boxes of their own keep filling: in rows, under 刊号（ISSN） / 刊号（CN）, in one 刊号 cell', () => {
    const filled = [
      ['issn', 'publications.issn', 'fill', '1005-1465'],
      ['cn', 'publications.cn', 'fill', '44-1126/X'],
    ];
    expect(plan(row('国际标准刊号(ISSN)', '<input id="issn">') + row('国内统一刊号(CN)', '<input id="cn">')).items).toEqual(filled);
    expect(plan(row('ISSN', '<input id="issn">') + row('CN', '<input id="cn">')).items).toEqual(filled);
    expect(plan(row('刊号', 'ISSN <input id="issn"> CN <input id="cn">')).items.map((i) => [i[0], i[3]])).toEqual(filled.map((i) => [i[0], i[3]]));
  });
});

describe('刊号 beside a box of its own for the other number, and re-visited (breaker 23)', () => {
  beforeEach(() => installLocale());
  const journalNo = (rows: string) => plan(rows).planned.items.find((i) => i.key === 'page.journalNo');

  it('a 刊号 box beside an ISSN box of its own asks the CN; beside a CN box, the ISSN', () => {
    expect(plan(row('ISSN', '<input id="issn">') + row('刊号')).items).toEqual([
      ['issn', 'publications.issn', 'fill', '1005-1465'],
      ['kh', 'page.journalNo', 'fill', '44-1126/X'],
    ]);
    expect(plan(row('国内统一刊号', '<input id="cn">') + row('刊号')).items).toEqual([
      ['cn', 'publications.cn', 'fill', '44-1126/X'],
      ['kh', 'page.journalNo', 'fill', '1005-1465'],
    ]);
  });

  it.each([
    ['国际标准刊号ISSN', '1005-1465'],
    ['统一刊号', '44-1126/X'],
    ['国内统一刊号', '44-1126/X'],
    ['国内统一刊号CN', '44-1126/X'],
    ['刊号（统一刊号）', '44-1126/X'],
  ])('%s alone asks that number: %s', (label, want) => {
    expect(plan(row(label)).items.map((i) => i[3])).toEqual([want]);
  });

  it.each(['CN44-1126/X', '44-1126/X', 'ISSN1005-1465，CN44-1126/X', 'ISSN：1005-1465；CN：44-1126/X', 'CN 44-1126/X / ISSN 1005-1465', 'ISSN 1005-1465/CN 44-1126/X', 'issn 1005-1465 cn:44-1126/X', 'cn44-1126/x', 'issn 1005-1465', 'ISSN 1005-1465 / cn 44-1126/x'])(
    'a 刊号 box holding %s holds the publication’s numbers: 已一致, not 需覆盖',
    (saved) => {
      expect(journalNo(row('刊号', `<input id="kh" value="${saved}">`))).toMatchObject({ action: 'skip', outcome: 'same' });
    },
  );

  it.each([
    ['ISSN', 'issn 1005-1465', 'publications.issn'],
    ['CN', 'cn44-1126/x', 'publications.cn'],
  ])('a box of its own for %s holding %s holds the number in another case: 已一致, not 需覆盖 (left 24)', (label, saved, key) => {
    const { planned } = plan(row(label, `<input id="kh" value="${saved}">`));
    expect(planned.items.filter((i) => i.key !== 'publications.title').map((i) => [i.key, i.action, i.outcome])).toEqual([[key, 'skip', 'same']]);
  });

  it.each(['CN44-1126/X；ISSN 1234-5678', 'CN44-1126/X（待核）', 'ISSN 1005-1465 / CN 44-1126'])('a 刊号 box holding %s (another number, a word, a number cut) is the user’s to replace', (saved) => {
    expect(journalNo(row('刊号', `<input id="kh" value="${saved}">`))).toMatchObject({ overwrite: true, outcome: 'conflict' });
  });
});
