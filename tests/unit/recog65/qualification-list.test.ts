/**
 * recog65 item 1, in happy-dom: a 基本信息 list labelled only 申报资格 whose options name titles
 * (技术员, 助理工程师, 工程师) is the 认定资格名称 asked, so the fill chooses it and
 * qualification-level-mismatch reads it. It was unrecognised once 申报资格 alone stopped labelling
 * 认定资格名称 (the series page's ①申报资格 track, 初级初次职称考核认定 / 初次认定: breaker 11 item 1,
 * breaker 64a B64a-1): a list of such tracks stays no 认定资格名称.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { installLocale } from '../i18n-fake';
import { planPage, sel, title } from '../fill/page-markup';
import { checksOn } from '../checks/checks-on';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';

/** A row as the ASP.NET portals draw it: the label, starred, in a td of its own. */
const tdr = (label: string, control: string) => `<tr><td class="tdTitle"><font color="red">*</font>${label}：</td><td>${control}</td></tr>`;
/** A layui form item: its label, its control in `.layui-input-block`. */
const layuiItem = (label: string, control: string) =>
  `<div class="layui-form-item"><label class="layui-form-label">${label}</label><div class="layui-input-block">${control}</div></div>`;
const NAMES: [string, string][] = [['', '请选择'], ['1', '技术员'], ['2', '助理工程师'], ['3', '工程师']];
const TRACKS: [string, string][] = [['', '请选择'], ['CJCCRD', '初级初次职称考核认定'], ['CCRD', '初次认定']];
const LEVELS: [string, string][] = [['', '请选择'], ['1', '初级'], ['2', '中级']];
/** 基本信息 as a table: 姓名, 申报级别, then `label` over `options` (`#ddlSBZG`). */
const basic = (label: string, options: [string, string][]) =>
  `${title('基本信息')}<table>${tdr('姓名', '<input type="text" id="txtXM" value="张三">')}${tdr('申报级别', sel('ddlSBJB', LEVELS))}${tdr(label, sel('ddlSBZG', options))}</table><input type="submit" value="保存">`;

const keyOf = (html: string, step: 'basic-info' | 'select-series') => {
  document.body.innerHTML = html;
  const snapshot = collectSnapshot(document, window);
  return recognizeFields(snapshot, step).find((m) => snapshot.controls[m.control]!.id === 'ddlSBZG')?.key ?? null;
};

describe('recog65 item 1: a list labelled only 申报资格', () => {
  beforeEach(() => installLocale());

  it.each([['申报资格'], ['申报资格（必填）']])('labelled %s and offering 技术员 / 助理工程师 / 工程师 on 基本信息: the 认定资格名称, the profile’s 助理工程师 chosen', (label) => {
    expect(keyOf(basic(label, NAMES), 'basic-info')).toBe('application.qualificationName');
    const { plan, snapshot } = planPage(basic(label, NAMES), 'basic-info');
    expect(plan.items.filter((i) => snapshot.controls[i.control]!.id === 'ddlSBZG').map((i) => `${i.key} ${i.outcome} ${i.value}`)).toEqual(['application.qualificationName will-fill 助理工程师']);
  });

  it('the same in a layui form whose options carry a code (01-技术员, 02-助理工程师)', () => {
    const list = sel('ddlSBZG', [['', '请选择'], ['01', '01-技术员'], ['02', '02-助理工程师'], ['03', '03-工程师']]);
    expect(keyOf(`<div class="layui-card-header">基本信息</div>${layuiItem('姓名', '<input id="xm">')}${layuiItem('申报资格', list)}`, 'basic-info')).toBe('application.qualificationName');
  });

  it('工程师 chosen there for a 初级 application is qualification-level-mismatch; 助理工程师 is not', () => {
    const mismatch = (name: string) => checksOn(basic('申报资格', NAMES), { ddlSBJB: '1', ddlSBZG: name }).findings.filter((f) => f.startsWith('qualification-level-mismatch'));
    expect(mismatch('3')).toEqual(['qualification-level-mismatch:error:application.qualificationName']);
    expect(mismatch('2')).toEqual([]);
  });

  it('(control) a 申报资格 list of tracks (初级初次职称考核认定, 初次认定) is no 认定资格名称, on 选择申报资格系列 or 基本信息', () => {
    expect(keyOf(`${title('选择申报资格系列')}<table>${tdr('申报资格', sel('ddlSBZG', TRACKS))}</table>`, 'select-series')).toBeNull();
    expect(keyOf(basic('申报资格', TRACKS), 'basic-info')).toBeNull();
  });

  it('(control) a list labelled 申报资格 offering no title (是, 否): no 认定资格名称', () => {
    expect(keyOf(basic('申报资格', [['', '请选择'], ['1', '是'], ['2', '否']]), 'basic-info')).toBeNull();
  });
});
