/**
 * A laydate box whose picker is no day picker (breaker pickers20 item 3): the page's own
 * `laydate.render({elem: '#id', type: 'year' | 'month', format})` call in an inline script, or
 * the box's hint (yyyy, 请选择年份), says how its date is written, and the fill follows it —
 * 2020 in a year picker, 2020-07 in a month picker, not 2020-07-01. A range picker's one box
 * (`range`) for a record's 起止时间 gets both dates, joined as laydate joins them (" - ", or the
 * separator the call gives between spaces), never one date only; a period still going (至今),
 * which no picker holds, is left to the user.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import { t } from '../../../lib/i18n/t';
import sample from '../../fixtures/sample-profile.json';

const profile = profileSchema.parse(sample.profile); // 参加工作时间 2020-07-01

/** A 基本信息 form whose read-only laydate box 参加工作时间 has `attrs`, the page's script `script`. */
function page(script: string, attrs = '') {
  document.body.innerHTML = `<div><b>基本信息</b></div><table>
    <tr><td>姓名：</td><td><input id="xm" value="李明远"></td></tr>
    <tr><td>参加工作时间：</td><td><input id="gzsj" class="layui-input" readonly lay-key="1" ${attrs}></td></tr>
    </table><input type="submit" value="保存"><script>layui.use('laydate', function () { var laydate = layui.laydate; ${script} });</script>`;
}

/** What 应用 leaves in 参加工作时间. */
async function filled(): Promise<string> {
  const snapshot = collectSnapshot(document, window);
  const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
  await applyFill(document, snapshot, plan, { overwrite: new Set() });
  return (document.getElementById('gzsj') as HTMLInputElement).value;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the page’s laydate.render call says how its box writes a date', () => {
  it.each([
    ['a year picker', "laydate.render({ elem: '#gzsj', type: 'year' });", '2020'],
    ['a month picker', 'laydate.render({elem:"#gzsj",type:"month",done:function(v){}});', '2020-07'],
    ['its own format, which wins', "laydate.render({ elem: '#gzsj', type: 'month', format: 'yyyy年MM月' });", '2020年07月'],
    ['another box’s call: a day picker by default', "laydate.render({ elem: '#csrq', type: 'year' }); laydate.render({ elem: '#gzsj' });", '2020-07-01'],
  ])('%s', async (_, script, written) => {
    page(script);
    expect(await filled()).toBe(written);
  });
});

describe('a box whose hint asks for a year', () => {
  it.each([['请选择年份'], ['yyyy']])('placeholder %s: 2020', async (hint) => {
    page('', `placeholder="${hint}"`);
    expect(await filled()).toBe('2020');
  });
});

describe('a laydate range picker’s one box for a record’s period', () => {
  const planOn = (script: string, step: 'education' | 'work-experience') => {
    document.body.innerHTML = `<table><tr><td>记录序号：</td><td><input id="xh"></td></tr>
      <tr><td>起止时间：</td><td><input id="qz" class="layui-input" readonly lay-key="1"></td></tr></table>
      <script>layui.use('laydate', function () { var laydate = layui.laydate; ${script} });</script>`;
    const snapshot = collectSnapshot(document, window);
    return { snapshot, plan: planFill(snapshot, recognizeFields(snapshot, step), profile, step, { recordIndex: 0 }) };
  };

  it.each([
    ['range: true, laydate’s " - "', "laydate.render({ elem: '#qz', range: true });", '2016-09-01 - 2020-06-30'],
    ['range: "~"', 'laydate.render({ elem: "#qz", range: "~" });', '2016-09-01 ~ 2020-06-30'],
    ['a month range with its format', "laydate.render({ elem: '#qz', type: 'month', range: '至', format: 'yyyy.MM' });", '2016.09 至 2020.06'],
  ])('%s: both dates, written', async (_, script, value) => {
    const { snapshot, plan } = planOn(script, 'education');
    expect(plan.items.find((i) => i.key?.endsWith('.startDate'))).toMatchObject({ action: 'fill', value });
    await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect((document.getElementById('qz') as HTMLInputElement).value).toBe(value);
  });

  it('a period still going (至今): left to the user, no date written', async () => {
    const { snapshot, plan } = planOn("laydate.render({ elem: '#qz', range: true });", 'work-experience');
    const rows = plan.items.filter((i) => snapshot.controls[i.control]!.id === 'qz');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.action).not.toBe('fill');
    // Not "leave the end empty for 至今" (breaker 20 F4): one box holds both dates or none.
    expect(rows[0]).toMatchObject({ action: 'needs-user', reason: t('fill_reason_ongoing_required') });
    await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect((document.getElementById('qz') as HTMLInputElement).value).toBe('');
  });
});

describe('a laydate.render call commented out configures nothing (breaker 20 F2)', () => {
  it.each([
    ['a line comment', "// laydate.render({elem: '#gzsj', type: 'year'});\n laydate.render({elem: '#gzsj'});"],
    ['a block comment', "/* laydate.render({elem: '#gzsj', type: 'month'}); */ laydate.render({elem: '#gzsj'});"],
  ])('%s: the day picker’s date', async (_, script) => {
    page(script);
    expect(await filled()).toBe('2020-07-01');
  });
});
