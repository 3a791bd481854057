/**
 * 应用 on a record step after the form changed under the preview: which changes mean the page
 * loaded another record (nothing written, lib/fill/apply.ts otherRecordLoaded) and which are the
 * user doing what the preview told him (breaker 7c findings 2, 3).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

const profile = profileSchema.parse({
  label: '测试',
  application: { level: '初级', qualificationName: '助理工程师' },
  basic: { name: '李明远' },
  education: [
    { seq: 1, startDate: '2011-09-01', endDate: '2015-06-30', school: '某某大学', major: '环境工程' },
    { seq: 2, startDate: '2008-09-01', endDate: '2011-06-30', school: '某某中专' },
  ],
});
const row = (label: string, field: string) => `<tr><td>${label}</td><td>${field}</td></tr>`;
const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
const set = (id: string, v: string) => {
  (document.getElementById(id) as HTMLInputElement).value = v;
};
const list = `<table class="grid"><tr><th>记录序号</th><th>学校</th><th>操作</th></tr><tr><td>1</td><td>某某大学</td><td><a href="#">编辑</a></td></tr></table>`;
const form = `<table>${row('记录序号', '<input id="xh">')}${row('学校名称', '<input id="xx">')}${row('所学专业', '<input id="zy">')}
  ${row('起止时间', '<input id="qs"> 至 <input id="zz">')}${row('证书编号', '<input id="zsbh">')}
  ${row('学习形式', '<select id="xs"><option value="">请选择</option><option value="1">全日制</option><option value="2">非全日制</option></select>')}</table>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the user fills the rows the preview left to him, then presses 应用', () => {
  it('two 档案中没有该项 rows typed by hand (专业, 学习形式): the planned record is still written', async () => {
    document.body.innerHTML = list + form;
    const snapshot = collectSnapshot(document, window);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'education'), profile, 'education');
    expect(plan.recordIndex).toBe(1);
    expect(plan.items.find((i) => i.key === 'education.major')).toMatchObject({ action: 'skip' });
    expect(plan.items.find((i) => i.key === 'education.studyMode')).toMatchObject({ action: 'skip' });
    // He reads "档案中没有该项" and fills those two himself, same form, same record.
    set('zy', '中专环境监测');
    set('xs', '1');
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'education.school')?.detail ?? '').not.toContain('另一条记录');
    expect([value('xh'), value('xx'), value('qs'), value('zz')]).toEqual(['2', '某某中专', '2008-09-01', '2011-06-30']);
  });

  it('a paged list: the preview asks him to type the 记录序号 himself; he does, and 应用 writes the record', async () => {
    const paged = list.replace('</table>', '</table><div>第1页 共3页 下一页</div>');
    document.body.innerHTML = paged + form;
    const snapshot = collectSnapshot(document, window);
    // The step's list was last seen one page of several: 记录序号 is the user's (seqReason); he picks row 2.
    const plan = planFill(snapshot, recognizeFields(snapshot, 'education'), profile, 'education', { recordIndex: 1, savedSequences: null });
    expect(plan.items.find((i) => i.key === 'education.seq')).toMatchObject({ action: 'needs-user' });
    set('xh', '7');
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'education.school')?.detail ?? '').not.toContain('另一条记录');
    expect([value('xh'), value('xx'), value('qs'), value('zz')]).toEqual(['7', '某某中专', '2008-09-01', '2011-06-30']);
  });

  it('one box typed himself: 起始时间 as he writes it (2008.09), the planned record otherwise written (only that box kept)', async () => {
    document.body.innerHTML = list + form;
    const snapshot = collectSnapshot(document, window);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'education'), profile, 'education');
    expect(plan.recordIndex).toBe(1);
    set('qs', '2008.09');
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.find((i) => i.key === 'education.startDate')).toMatchObject({ result: 'skipped', outcome: 'conflict' });
    expect([value('xh'), value('xx'), value('qs'), value('zz')]).toEqual(['2', '某某中专', '2008.09', '2011-06-30']);
  });
});

const reviews = profileSchema.parse({ ...sample.profile, annualReviews: [...sample.profile.annualReviews, { year: 2025, result: '优秀' }] });
const YEARS = ['2025', '2024', '2023', '2022', '2021', '2020'];

// 年度考核 without 记录序号, its year list without 请选择 (newest first): the new form shows 2025, the
// plan writes 2021. 编辑 on the saved 2025 record loads 2025 优秀 — the year list shows what it
// showed before; only the fields empty at the preview are filled, all at once.
describe('编辑 of the saved 2025 record pressed while the preview (for 2021) is open', () => {
  it.each(['', ' selected="selected"'])('nothing of 2021 is written into the loaded 2025 record (2025 marked %j on the new form)', async (mark) => {
    const grid = `<table class="grid"><tr><th>考核年度</th><th>考核结果</th><th>操作</th></tr><tr><td>2025</td><td>优秀</td><td><a href="#">编辑</a></td></tr></table>`;
    const form = `<table>${row('*考核年度：', `<select id="nd">${YEARS.map((y) => `<option value="${y}"${y === '2025' ? mark : ''}>${y}</option>`).join('')}</select>`)}${row(
      '*考核结果：',
      '<select id="jg"><option value="">请选择</option><option value="1">优秀</option><option value="2">合格</option><option value="3">不合格</option></select>',
    )}${row('备注：', '<input id="bz">')}</table>`;
    document.body.innerHTML = grid + form;
    const snapshot = collectSnapshot(document, window);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'annual-review'), reviews, 'annual-review');
    // 编辑 on 2025: the page loads the saved record into the form (a partial postback keeping the ids).
    (document.getElementById('nd') as HTMLSelectElement).value = '2025';
    (document.getElementById('jg') as HTMLSelectElement).value = '1';
    await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect([value('nd'), value('jg')]).toEqual(['2025', '1']);
  });
});