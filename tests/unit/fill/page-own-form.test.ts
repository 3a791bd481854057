import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill, reportAfterRedraw } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';

/**
 * Breaker 37: a page that rewrites a written value into the same value its own way — the date
 * in its own format, a trailing space, a mobile number in groups — holds the value: the report
 * says 已填写, not 失败 (the preview already took such a value for the profile's: 已一致). A page
 * that turns the value into another is still 失败. And a row kept for the user's change after the
 * preview says what his date lists show, not a list's prompt.
 */

const p = profileSchema.parse({
  label: '测试',
  basic: { name: '张小明', birthDate: '1992-03-15', idNumber: '440106199203151236', mobile: '13800000000', employer: '广州某环境监测有限公司' },
});

/** 基本信息 rows: each label, its box's id, what the page's change handler makes of the box's value, the box's other attributes. */
function fill(rows: [label: string, id: string, onchange: (value: string) => string, attrs?: string][]) {
  document.body.innerHTML = `<table>${rows.map(([label, id, , attrs = '']) => `<tr><td>${label}：</td><td><input id="${id}"${attrs}></td></tr>`).join('')}</table>`;
  for (const [, id, onchange] of rows) {
    const box = document.getElementById(id) as HTMLInputElement;
    box.addEventListener('change', () => (box.value = onchange(box.value)));
  }
  const snapshot = collectSnapshot(document);
  const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), p, 'basic-info');
  return applyFill(document, snapshot, plan, { overwrite: new Set() });
}

const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

describe('a value the page rewrites in its own form (breaker 37)', () => {
  it('is 已填写: the date in the page’s format, a trailing space, the mobile number in groups', async () => {
    const report = await fill([
      ['出生日期', 'csrq', (v) => v.replace(/^(\d{4})年(\d{2})月(\d{2})日$/, '$1-$2-$3'), ' placeholder="yyyy年MM月dd日"'],
      ['工作单位', 'gzdw', (v) => `${v} `],
      ['手机号码', 'sjhm', (v) => v.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3')],
    ]);
    expect([value('csrq'), value('gzdw'), value('sjhm')]).toEqual(['1992-03-15', '广州某环境监测有限公司 ', '138 0000 0000']);
    expect(report.items.map((i) => [i.key, i.result, i.detail])).toEqual([
      ['basic.birthDate', 'filled', undefined],
      ['basic.employer', 'filled', undefined],
      ['basic.mobile', 'filled', undefined],
    ]);
  });

  it('is 已填写 when a later field’s script rewrites it so (工作单位 grouping 手机号码), 失败 when to another value', async () => {
    const mobileBy = (text: string) => (v: string) => ((document.getElementById('sjhm') as HTMLInputElement).value = text, v);
    let report = await fill([
      ['手机号码', 'sjhm', (v) => v],
      ['工作单位', 'gzdw', mobileBy('138 0000 0000')],
    ]);
    expect(value('sjhm')).toBe('138 0000 0000');
    expect(report.items.map((i) => [i.key, i.result])).toEqual([
      ['basic.mobile', 'filled'],
      ['basic.employer', 'filled'],
    ]);
    report = await fill([
      ['手机号码', 'sjhm', (v) => v],
      ['工作单位', 'gzdw', mobileBy('138 0000')],
    ]);
    expect(report.items.map((i) => [i.key, i.result])).toEqual([
      ['basic.mobile', 'failed'],
      ['basic.employer', 'filled'],
    ]);
  });

  it('is 已填写 when the page rewrites it so a moment after the fill (a validator on a timer), 失败 when to another value', async () => {
    document.body.innerHTML = '<table><tr><td>手机号码：</td><td><input id="sjhm"></td></tr><tr><td>工作单位：</td><td><input id="gzdw"></td></tr></table>';
    const snapshot = collectSnapshot(document);
    const report = await applyFill(document, snapshot, planFill(snapshot, recognizeFields(snapshot, 'basic-info'), p, 'basic-info'), { overwrite: new Set() });
    (document.getElementById('sjhm') as HTMLInputElement).value = '138 0000 0000';
    (document.getElementById('gzdw') as HTMLInputElement).value = '广州某环境监测有限公司 ';
    expect(reportAfterRedraw(document, snapshot.controls, report)).toBeNull();
    (document.getElementById('gzdw') as HTMLInputElement).value = '广州某环境';
    expect(reportAfterRedraw(document, snapshot.controls, report)!.items.map((i) => [i.key, i.result])).toEqual([
      ['basic.mobile', 'filled'],
      ['basic.employer', 'failed'],
    ]);
  });

  it('is 失败 when the page makes it another value: another day, a cut number, a masked one', async () => {
    const report = await fill([
      ['出生日期', 'csrq', () => '1992-03-16', ' placeholder="yyyy-MM-dd"'],
      ['公民身份号码', 'sfzh', (v) => v.slice(0, 15)],
      ['手机号码', 'sjhm', (v) => v.replace(/\d/g, '*')],
    ]);
    expect(report.items.map((i) => [i.key, i.result])).toEqual([
      ['basic.birthDate', 'failed'],
      ['basic.idNumber', 'failed'],
      ['basic.mobile', 'failed'],
    ]);
  });

  it('a date’s lists the user changed after the preview: the row says what they show, without the month list’s prompt', async () => {
    const list = (id: string, from: number, count: number) =>
      `<select id="${id}"><option value="">请选择</option>${Array.from({ length: count }, (_, i) => `<option value="${from + i}">${from + i}</option>`).join('')}</select>`;
    document.body.innerHTML = `<table><tr><td>出生年月：</td><td>${list('y', 1980, 30)}年${list('m', 1, 12)}月</td></tr></table>`;
    const snapshot = collectSnapshot(document);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), p, 'basic-info');
    expect(plan.items.map((i) => [i.key, i.action])).toEqual([['basic.birthDate', 'fill']]);
    (document.getElementById('y') as HTMLSelectElement).value = '1999';
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.map((i) => [i.key, i.result, i.current])).toEqual([['basic.birthDate', 'skipped', '1999']]);
    expect((document.getElementById('m') as HTMLSelectElement).value).toBe('');
  });
});
