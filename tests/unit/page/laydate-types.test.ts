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
import { laydateFormats, withLaydateFormats } from '../../../lib/fill/laydate';
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
  // As 自动填写 reads it: the snapshot, completed by the page's render calls.
  const snapshot = withLaydateFormats(document, collectSnapshot(document, window));
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
    const snapshot = withLaydateFormats(document, collectSnapshot(document, window));
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

/**
 * Render calls the page writes otherwise than `laydate.render({elem: '#id', type})` (breaker
 * laydate21): the box given as an element, by another selector (a name, a class: every box it
 * picks), the call spelled otherwise, its options in any order around callbacks and nested
 * objects, and `elem: this` inside `lay(selector).each(…)`. Each is read as laydate reads it.
 */
describe('a laydate.render call however it names its box and orders its options', () => {
  it.each([
    ['elem: document.getElementById(…)', "laydate.render({ elem: document.getElementById('gzsj'), type: 'year' });", '2020'],
    ['elem: $(…)[0]', "laydate.render({ elem: $('#gzsj')[0], type: 'month' });", '2020-07'],
    ['elem: document.querySelector(…)', 'laydate.render({ elem: document.querySelector("#gzsj"), type: "year" });', '2020'],
    ['elem: input#id', "laydate.render({ elem: 'input#gzsj', type: 'month' });", '2020-07'],
    ['elem: its name, unquoted', "laydate.render({ elem: 'input[name=nGZSJ]', type: 'year' });", '2020'],
    ['elem: its name, quoted', `laydate.render({ elem: '[name="nGZSJ"]', type: 'month' });`, '2020-07'],
    ['elem: a class', "laydate.render({ elem: '.layui-input', type: 'year' });", '2020'],
    ['a space before the paren', "laydate.render ({ elem: '#gzsj', type: 'year' });", '2020'],
    ['layui.laydate.render', "layui.laydate.render({ elem: '#gzsj', type: 'month' });", '2020-07'],
    [
      'a done callback with braces and quotes before type',
      `laydate.render({ elem: '#gzsj', done: function (value) { if (value) { $('#tip').text("}'{"); } }, type: 'year' });`,
      '2020',
    ],
    [
      'nested objects, min, a comment between options',
      "laydate.render({ elem: '#gzsj', theme: { color: '#1E9FFF' }, min: '2000-01-01', // 不早于2000年\n type: 'month' });",
      '2020-07',
    ],
    ['type and format in a nested object only: a day picker', "laydate.render({ elem: '#gzsj', extra: { type: 'year', format: 'yyyy' } });", '2020-07-01'],
    ['elem: this in lay(…).each', "lay('.layui-input').each(function () { laydate.render({ elem: this, type: 'month' }); });", '2020-07'],
    ['elem: the element in $(…).each', "$('.layui-input').each(function (i, el) { laydate.render({ elem: el, type: 'year' }); });", '2020'],
    ['a selector laydate cannot read, then a good call', "laydate.render({ elem: '#[', type: 'year' }); laydate.render({ elem: '#gzsj', type: 'month' });", '2020-07'],
  ])('%s', async (_, script, written) => {
    page(script, 'name="nGZSJ"');
    expect(await filled()).toBe(written);
  });

  it.each([
    ['a script naming no laydate', "var o = { elem: '#gzsj', type: 'year' }; picker.render({ elem: '#gzsj', type: 'year' });"],
    ['a commented-out call', "/* laydate.render ({ elem: document.getElementById('gzsj'), type: 'year' }); */"],
    ['a call never closed', "laydate.render({ elem: '#gzsj', type: 'year', theme: { color: ["],
    ['a string never closed', "laydate.render({ elem: '#gzsj', type: 'year', format: \"yyyy });"],
    ['brackets that do not match', "laydate.render({ elem: '#gzsj', type: 'year' ));"],
    ['no options object, a box no selector finds', "laydate.render(opts); laydate.render({ elem: '#nothere', type: 'year' }); laydate.render({ elem: this, type: 'year' });"],
  ])('%s: the day picker’s date, nothing thrown', async (_, script) => {
    page(script, 'name="nGZSJ"');
    expect(() => withLaydateFormats(document, collectSnapshot(document, window))).not.toThrow();
    expect(await filled()).toBe('2020-07-01');
  });
});

/**
 * Scripts that broke the scanner (breaker 22): a quote inside a regex literal is no string, a
 * call that renders a box again with laydate's defaults undoes an earlier type, and a large
 * minified script is read in one pass.
 */
describe('the scanner on scripts written otherwise (breaker 22)', () => {
  it.each([
    ['a quote in a regex literal before the call (s.replace(/\'/g, ""))', "function clean(s) { return s.replace(/'/g, ''); } laydate.render({ elem: '#gzsj', type: 'month' });", '2020-07'],
    ['quotes in a regex class inside the call’s done callback', `laydate.render({ elem: '#gzsj', type: 'month', done: function (v) { $('#gzsj').val(v.replace(/["']/g, '')); } });`, '2020-07'],
    ['a regex literal after return and after =', "var re = /[\"'/]/; function f(s) { return /'/.test(s); } laydate.render({ elem: '#gzsj', type: 'year' });", '2020'],
    ['a division is no regex literal', "var half = total / 2, third = (a + b) / 3; laydate.render({ elem: '#gzsj', type: 'year' });", '2020'],
    ['a class-wide month call, then the box rendered again with laydate’s defaults', "laydate.render({ elem: '.layui-input', type: 'month' }); laydate.render({ elem: '#gzsj' });", '2020-07-01'],
    ['a class-wide month call, then the box rendered again as a day picker by its format', "laydate.render({ elem: '.layui-input', type: 'month' }); laydate.render({ elem: '#gzsj', format: 'yyyy-MM-dd' });", '2020-07-01'],
    ['a default call, then the box rendered again as a month picker', "laydate.render({ elem: '#gzsj' }); laydate.render({ elem: '.layui-input', type: 'month' });", '2020-07'],
  ])('%s', async (_, script, written) => {
    page(script);
    expect(await filled()).toBe(written);
  });

  /** One minified line of `bytes` (handlers with quoted strings, brackets), ending in a `this` render call in lay(…).each. */
  const minified = (bytes: number) => {
    const handler = (i: number) => `$("#f${i}").on("click",function(){g('a${i}')});`;
    const parts: string[] = [];
    for (let i = 0, size = 0; size < bytes; i++) size += (parts[parts.length] = handler(i)).length;
    return `!function(){${parts.join('')}layui.use("laydate",function(){lay(".layui-input").each(function(){layui.laydate.render({elem:this,type:"month"})})})}();`;
  };
  /** The fastest of three reads of the page with the script `code`, in ms. */
  const fastestRead = (code: string) => {
    document.body.innerHTML = '<input id="gzsj" class="layui-input"><script></script>';
    document.querySelector('script')!.text = code;
    const times = [0, 1, 2].map(() => {
      const start = performance.now();
      expect(laydateFormats(document).get(document.getElementById('gzsj')!)).toEqual({ dateFormat: 'yyyy-MM' });
      return performance.now() - start;
    });
    return Math.min(...times);
  };

  // An absolute bound far from both sides, not a ratio of two timings (a loaded machine skews a
  // ratio: 26–38 against a bound of 25 in runs beside other work): the quadratic scan froze the
  // page 4–5 s on 140 KB, about 35 s on 400 KB; the linear one reads 400 KB in tens of ms.
  it('a minified one-line script of 400 KB: read in under 2 s (the scan was quadratic, 140 KB froze the page 4–5 s)', () => {
    const ms = fastestRead(minified(400_000));
    expect(ms).toBeLessThan(2_000);
  });
});

/**
 * Scripts that broke the scanner (breaker 23): `n++ / 2` is a division, not a regex literal that
 * hides the call; and of two calls in an if's branches only one runs, so one with laydate's
 * defaults in a branch undoes no type (which one runs is not known; the type is what the page asks).
 */
describe('the scanner on scripts written otherwise (breaker 23)', () => {
  it.each([
    ['a postfix ++ then a division (minified)', 'var n=0,h=n++/2;laydate.render({elem:"#gzsj",type:"month"});var q=h/4;', '2020-07'],
    ['a postfix -- then a division', 'var n=4,h=n-- / 2;laydate.render({elem:"#gzsj",type:"month"});var q=h/4;', '2020-07'],
    ['a regex literal as the statement after an if’s condition', "if(ok)/'/.test(s);laydate.render({elem:'#gzsj',type:'month'});", '2020-07'],
    ['a division after a call’s closing bracket', "var w=f(4)/2,s=\"'\";laydate.render({elem:'#gzsj',type:'month'});", '2020-07'],
    ['a lone + before a regex literal is still an operator', "var s='a'+/'/.source;laydate.render({elem:'#gzsj',type:'year'});", '2020'],
    ['a month call in an if, the defaults in its else', 'if(window.laydate){laydate.render({elem:"#gzsj",type:"month"})}else{laydate.render({elem:"#gzsj"})}', '2020-07'],
    ['the defaults in an if, a month call in its else', "if (old) { laydate.render({ elem: '#gzsj' }); } else { laydate.render({ elem: '#gzsj', type: 'month' }); }", '2020-07'],
    ['a month call, then the defaults in a braceless else', "if (m) laydate.render({ elem: '#gzsj', type: 'month' }); else laydate.render({ elem: '#gzsj' });", '2020-07'],
    ['a month call, then the defaults unconditionally after an if block', "if (m) { init(); } laydate.render({ elem: '.layui-input', type: 'month' }); laydate.render({ elem: '#gzsj' });", '2020-07-01'],
    ['a month call, then the defaults in a function’s block (not a branch)', "laydate.render({ elem: '.layui-input', type: 'month' }); (function (x) { laydate.render({ elem: '#gzsj' }); })(1);", '2020-07-01'],
  ])('%s', async (_, script, written) => {
    page(script);
    expect(await filled()).toBe(written);
  });
});

