/**
 * fill65 item 4, in happy-dom: a 公民身份号码 the portal shows read-only or disabled (its own copy)
 * in full-width digits, spaced, or with a full-width or lower-case Ｘ is the profile's number, as
 * the checks read it (NFKC): the row says 已一致, where it said 此栏只读（门户带出），与档案不同. Another
 * number there still says so; a box the user may write is still offered the profile's half-width form.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { sampleProfile, th, title } from '../fill/page-markup';

/** The 公民身份号码 row planned for a 基本信息 table whose box shows `value` (`extra` attributes: readonly, disabled), the profile's number `id`. */
function idRow(value: string, extra: string, id = sampleProfile.basic.idNumber) {
  document.body.innerHTML = `${title('基本信息')}<table>${th('姓名', '<input id="xm" name="xm">')}${th('公民身份号码', `<input id="sfz" name="sfz" value="${value}"${extra}>`)}</table>`;
  const snapshot = collectSnapshot(document);
  const profile = { ...sampleProfile, basic: { ...sampleProfile.basic, idNumber: id } };
  const item = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info').items.find((i) => i.key === 'basic.idNumber')!;
  return [item.outcome, item.action, item.reason ?? ''];
}

describe('fill65 item 4: the portal’s full-width copy of the ID number is the profile’s', () => {
  beforeEach(() => installLocale());

  it.each([
    ['４４０１０６１９９８０５１２０３１４', ' readonly'],
    ['４４０１０６ １９９８０５１２ ０３１４', ' readonly'],
    ['４４０１０６１９９８０５１２０３１４', ' disabled'],
  ])('%s (%s): 已一致, nothing written', (value, extra) => {
    expect(idRow(value, extra)).toEqual(['same', 'skip', '']);
  });

  it('with a full-width or lower-case X: 44010619900307123Ｘ / x is 44010619900307123X', () => {
    expect(idRow('44010619900307123Ｘ', ' readonly', '44010619900307123X')).toEqual(['same', 'skip', '']);
    expect(idRow('４４０１０６１９９００３０７１２３ｘ', ' readonly', '44010619900307123X')).toEqual(['same', 'skip', '']);
  });

  it('kept: another number read-only is 与档案不同; a box the user writes is offered the half-width form behind 覆盖', () => {
    expect(idRow('４４０１０６１９９８０５１２０３２２', ' readonly')).toEqual(['needs-user', 'needs-user', '此栏只读（门户带出），与档案不同：请核对档案，或按页面提示到门户修改']);
    expect(idRow('４４０１０６１９９８０５１２０３１４', '')[0]).toBe('conflict');
  });
});
