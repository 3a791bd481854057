/**
 * 刊号 asked in one box on 论文著作 (刊号, 刊号（ISSN/CN）, ISSN/CN, 国际/国内刊号: probe 18 F6): the
 * profile keeps ISSN and CN apart and the page's form for the two in one box is unknown, so the
 * box is offered to the user (needs-user) with both numbers shown, never written. Boxes of their
 * own for ISSN and CN — also 刊号：ISSN [ ] CN [ ] in one cell — are filled as before.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/fill/plan';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { installLocale } from '../i18n-fake';

const profile = profileSchema.parse(sample.profile);

/** 论文著作 with a 论文题目 row and `rows` after it; the plan's items other than the title's: [id, key, action, value]. */
function plan(rows: string, p = profile) {
  document.body.innerHTML = `<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 论文著作</div><table>
    <tr><th>论文题目</th><td><input id="tm"></td></tr>${rows}</table><input type="submit" value="保存">`;
  const snapshot = collectSnapshot(document);
  return planFill(snapshot, recognizeFields(snapshot, 'publications'), p, 'publications')
    .items.filter((i) => i.key !== 'publications.title')
    .map((i) => [snapshot.controls[i.control]!.id, i.key, i.action, i.value]);
}
const row = (label: string, box = '<input id="kh">') => `<tr><th>${label}</th><td>${box}</td></tr>`;

describe('刊号 in one box (probe 18 F6)', () => {
  beforeEach(() => installLocale());

  it.each(['刊号', '刊号（ISSN/CN）', 'ISSN/CN', 'CN/ISSN', '国际/国内刊号', 'ISSN、CN号', '国内外刊号'])('%s: left to the user, the profile’s ISSN and CN shown', (label) => {
    expect(plan(row(label))).toEqual([['kh', 'page.journalNo', 'needs-user', 'ISSN 1005-1465；CN 44-1126/X']]);
  });

  it('the box already holding the profile’s CN or ISSN (written the user’s way): nothing to do', () => {
    expect(plan(row('刊号', '<input id="kh" value="CN44-1126/X">'))).toEqual([['kh', 'page.journalNo', 'skip', 'ISSN 1005-1465；CN 44-1126/X']]);
  });

  it('a publication without ISSN and CN: nothing to offer', () => {
    const none = profileSchema.parse({ ...sample.profile, publications: [{ ...sample.profile.publications[0], issn: '', cn: '' }] });
    expect(plan(row('刊号'), none)).toEqual([['kh', 'page.journalNo', 'skip', '']]);
  });

  it('ISSN and CN boxes of their own keep filling: in one 刊号 cell, in rows, under 刊号（ISSN） / 刊号（CN）', () => {
    const filled = [
      ['issn', 'publications.issn', 'fill', '1005-1465'],
      ['cn', 'publications.cn', 'fill', '44-1126/X'],
    ];
    expect(plan(row('刊号', 'ISSN <input id="issn"> CN <input id="cn">'))).toEqual(filled);
    expect(plan(row('国际标准刊号(ISSN)', '<input id="issn">') + row('国内统一刊号(CN)', '<input id="cn">'))).toEqual(filled);
    expect(plan(row('刊号（ISSN）', '<input id="issn">') + row('刊号（CN）', '<input id="cn">'))).toEqual(filled);
    expect(plan(row('ISSN', '<input id="issn">') + row('CN', '<input id="cn">'))).toEqual(filled);
  });
});
