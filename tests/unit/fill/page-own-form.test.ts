import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill, reportAfterRedraw } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';

/**
 * Breaker 37: a page that rewrites a written value into the same value its own way — the date
 * in its own format, words with a space added — holds the value: the report says 已填写, not 失败
 * (the preview already took such a value for the profile's: 已一致). A page that turns the value
 * into another, or a number into a form the portal may refuse (139 2600 1234, full-width: the
 * preview's 写法不同), is still 失败. And a row kept for the user's change after the
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
  it('is 已填写: the date in the page’s format, words with a space added', async () => {
    const report = await fill([
      ['出生日期', 'csrq', (v) => v.replace(/^(\d{4})年(\d{2})月(\d{2})日$/, '$1-$2-$3'), ' placeholder="yyyy年MM月dd日"'],
      ['工作单位', 'gzdw', (v) => `${v} `],
      ['姓名', 'xm', (v) => v.replace(/^(.)/, '$1 ')],
    ]);
    expect([value('csrq'), value('gzdw'), value('xm')]).toEqual(['1992-03-15', '广州某环境监测有限公司 ', '张 小明']);
    expect(report.items.map((i) => [i.key, i.result, i.detail])).toEqual([
      ['basic.birthDate', 'filled', undefined],
      ['basic.employer', 'filled', undefined],
      ['basic.name', 'filled', undefined],
    ]);
  });

  it('is 已填写 when a later field’s script rewrites it so (手机号码 spacing 工作单位), 失败 when to another value', async () => {
    const employerBy = (text: string) => (v: string) => ((document.getElementById('gzdw') as HTMLInputElement).value = text, v);
    let report = await fill([
      ['工作单位', 'gzdw', (v) => v],
      ['手机号码', 'sjhm', employerBy('广州某 环境监测有限公司')],
    ]);
    expect(value('gzdw')).toBe('广州某 环境监测有限公司');
    expect(report.items.map((i) => [i.key, i.result])).toEqual([
      ['basic.employer', 'filled'],
      ['basic.mobile', 'filled'],
    ]);
    report = await fill([
      ['工作单位', 'gzdw', (v) => v],
      ['手机号码', 'sjhm', employerBy('广州某环境监测')],
    ]);
    expect(report.items.map((i) => [i.key, i.result])).toEqual([
      ['basic.employer', 'failed'],
      ['basic.mobile', 'filled'],
    ]);
  });

  it('is 已填写 when the page rewrites it so a moment after the fill (a validator on a timer), 失败 when to another value', async () => {
    document.body.innerHTML = '<table><tr><td>手机号码：</td><td><input id="sjhm"></td></tr><tr><td>工作单位：</td><td><input id="gzdw"></td></tr></table>';
    const snapshot = collectSnapshot(document);
    const report = await applyFill(document, snapshot, planFill(snapshot, recognizeFields(snapshot, 'basic-info'), p, 'basic-info'), { overwrite: new Set() });
    (document.getElementById('gzdw') as HTMLInputElement).value = '广州某 环境监测有限公司';
    expect(reportAfterRedraw(document, snapshot.controls, report)).toBeNull();
    (document.getElementById('sjhm') as HTMLInputElement).value = '138 0000 0000';
    (document.getElementById('gzdw') as HTMLInputElement).value = '广州某环境';
    expect(reportAfterRedraw(document, snapshot.controls, report)!.items.map((i) => [i.key, i.result])).toEqual([
      ['basic.mobile', 'failed'],
      ['basic.employer', 'failed'],
    ]);
  });

  it('is 失败 when the page makes it another value (another day, a cut number, a masked one) or a number in groups or full-width', async () => {
    let report = await fill([
      ['出生日期', 'csrq', () => '1992-03-16', ' placeholder="yyyy-MM-dd"'],
      ['公民身份号码', 'sfzh', (v) => v.slice(0, 15)],
      ['手机号码', 'sjhm', (v) => v.replace(/\d/g, '*')],
    ]);
    expect(report.items.map((i) => [i.key, i.result])).toEqual([
      ['basic.birthDate', 'failed'],
      ['basic.idNumber', 'failed'],
      ['basic.mobile', 'failed'],
    ]);
    report = await fill([
      ['公民身份号码', 'sfzh', (v) => v.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))],
      ['手机号码', 'sjhm', (v) => v.replace(/^(\d{3})(\d{4})(\d{4})$/, '$1 $2 $3')],
    ]);
    expect(report.items.map((i) => [i.key, i.result, i.detail])).toEqual([
      ['basic.idNumber', 'failed', '页面把值改成了“４４０１０６１９９２０３１５１２３６”'],
      ['basic.mobile', 'failed', '页面把值改成了“138 0000 0000”'],
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
