/**
 * fill65 item 2, in happy-dom: 统一信用代码 (单位统一信用代码) labels the employer's 统一社会信用代码 and
 * 拟申报资格名称 the 认定资格名称 they apply for, so the fill writes them and the checks read them
 * (credit-code-checksum under GB 32100, qualification-level-mismatch against the level). Both were
 * unrecognised: neither filled nor checked. Forms drawn as layui and Bootstrap draw them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { planPage } from '../fill/page-markup';
import { checksOn } from '../checks/checks-on';

/** A layui form item: its label, its control in `.layui-input-block`. */
const layuiItem = (label: string, control: string) =>
  `<div class="layui-form-item"><label class="layui-form-label">${label}</label><div class="layui-input-block">${control}</div></div>`;
/** A Bootstrap form group: the label for the box, the box in its column. */
const bsGroup = (label: string, id: string, control: string) =>
  `<div class="form-group"><label for="${id}" class="col-sm-2 control-label">${label}</label><div class="col-sm-6">${control}</div></div>`;
const box = (id: string, value = '') => `<input type="text" id="${id}" name="${id}" class="layui-input" value="${value}">`;
/** A 基本信息 page's head: its title and the applicant's name. */
const BASIC = `<div class="layui-card-header">基本信息</div>${layuiItem('姓名', box('xm'))}${layuiItem('公民身份号码', box('sfz'))}`;
/** A 认定资格名称 list of the engineering series' names (its options say the level too). */
const NAMES = `<select id="zgmc" name="zgmc"><option value="">请选择</option><option value="1">技术员</option><option value="2">助理工程师</option><option value="3">工程师</option><option value="4">高级工程师</option></select>`;

const keyOf = (html: string, id: string) => {
  const { plan, snapshot } = planPage(html, 'basic-info');
  return plan.items.filter((i) => snapshot.controls[i.control]!.id === id).map((i) => `${i.key} ${i.outcome} ${i.value}`);
};

describe('fill65 item 2: 统一信用代码 and 拟申报资格名称 are recognised', () => {
  beforeEach(() => installLocale());

  it.each(['统一信用代码', '单位统一信用代码', '*统一信用代码：'])('%s is the employer’s credit code: filled from the profile', (label) => {
    expect(keyOf(`${BASIC}${layuiItem(label, box('xydm'))}`, 'xydm')).toEqual(['basic.employerCreditCode will-fill 91440101MA5CKKK17J']);
  });

  it('a 统一信用代码 failing GB 32100 is flagged by credit-code-checksum (Bootstrap form)', () => {
    const page = (code: string) => `<h3>基本信息</h3>${bsGroup('姓名', 'txtXm', '<input id="txtXm" name="txtXm" value="张三">')}${bsGroup('统一信用代码', 'txtXydm', `<input id="txtXydm" name="txtXydm" value="${code}">`)}`;
    expect(checksOn(page('91440101MA5CKKK17A')).findings.filter((f) => f.startsWith('credit-code-checksum'))).toHaveLength(1);
    expect(checksOn(page('91440101MA5CKKK17J')).findings.filter((f) => f.startsWith('credit-code-checksum'))).toEqual([]);
  });

  it('拟申报资格名称 is the 认定资格名称: the profile’s 助理工程师 chosen', () => {
    expect(keyOf(`${BASIC}${layuiItem('拟申报资格名称', NAMES)}`, 'zgmc')).toEqual(['application.qualificationName will-fill 助理工程师']);
  });
});
