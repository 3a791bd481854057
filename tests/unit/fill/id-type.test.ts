/**
 * 证件类型 beside 证件号码 is chosen from the profile: its 公民身份号码 (GB 11643) is a 居民身份证's,
 * however the code table words that (probe 17 item 8: it was never offered, and required-field stayed).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { planFill } from '../../../lib/fill/plan';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';
import { installLocale } from '../i18n-fake';

const profile = profileSchema.parse(sample.profile);

function idTypeItem(cell: string, who = profile) {
  document.body.innerHTML = `<div class="title">基本信息</div><table>
    <tr><td>*姓名：</td><td><input id="xm"></td></tr>
    <tr><td>*证件类型：</td><td>${cell}</td></tr>
    <tr><td>*证件号码：</td><td><input id="zjhm"></td></tr></table><input type="submit" value="保存">`;
  const snapshot = collectSnapshot(document);
  const items = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), who, 'basic-info').items;
  return items.find((i) => i.key === 'page.idType');
}
const list = (...options: string[]) => `<select id="zjlx"><option value="">--请选择--</option>${options.map((o, i) => `<option value="0${i + 1}">${o}</option>`).join('')}</select>`;

describe('证件类型 (probe 17 item 8)', () => {
  beforeEach(() => installLocale());

  it('chooses the 居民身份证 however it is worded', () => {
    for (const wording of ['居民身份证', '身份证', '01-居民身份证', '中华人民共和国居民身份证', '二代身份证']) {
      expect(idTypeItem(list(wording, '护照', '港澳居民来往内地通行证')), wording).toMatchObject({ action: 'fill', value: wording });
    }
    const radios = '<input type="radio" name="lx" id="a"><label for="a">身份证</label><input type="radio" name="lx" id="b"><label for="b">护照</label>';
    expect(idTypeItem(radios)).toMatchObject({ action: 'fill', value: '身份证' });
  });

  it('never another document: none or two that could be it leave it to the user', () => {
    expect(idTypeItem(list('护照', '港澳居民身份证', '临时身份证'))).toMatchObject({ action: 'needs-user' });
    expect(idTypeItem(list('身份证', '居民身份证'))).toMatchObject({ action: 'needs-user' });
  });

  it('a profile without a 公民身份号码 fills nothing', () => {
    expect(idTypeItem(list('居民身份证', '护照'), { ...profile, basic: { ...profile.basic, idNumber: '' } })).toMatchObject({ action: 'skip' });
  });
});
