import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, startPagesSession, waitForStep } from './harness';
import { N, row, webForm } from './web-form-pages';
import { applyAutofill, startAutofill } from './overlay-driver';
import { LAYUI_STUB } from './layui-stub';

/**
 * Breaker 31g, in Chromium: autofill on a form drawn by layui (tests/e2e/layui-stub.ts stands in
 * for it): 最高学历's callback fills 最高学位's list and draws it anew (a cascade built by form.on +
 * form.render).
 */

const LAYUI_CALLBACKS = `<script>
form.on('select(xl)', function (data) {
  var xw = document.getElementById('selXW'); xw.length = 1;
  var by = { '大学本科': ['学士'], '硕士研究生': ['硕士'], '大学专科': ['无'] }[data.value] || [];
  by.forEach(function (d) { xw.add(new Option(d, d)); });
  document.getElementById('log').textContent += 'xl:' + data.value + ';';
  form.render();
});
form.on('select(zzmm)', function (data) { document.getElementById('log').textContent += 'zzmm:' + data.value + ';'; });
form.on('radio(xb)', function (data) { document.getElementById('log').textContent += 'xb:' + data.value + ';'; });
form.render();
</script>`;

const PAGES: Record<string, string> = {
  layui: webForm(`<div class="ptitle">基本信息</div><div class="layui-form"><table>
${row('姓名', `<input name="${N}txtXM" type="text" id="txtXM" class="layui-input" />`)}
${row('性别', `<input type="radio" name="${N}rblXB" value="男" title="男" lay-filter="xb" id="rbM" /><input type="radio" name="${N}rblXB" value="女" title="女" lay-filter="xb" id="rbF" />`)}
${row('政治面貌', `<select name="${N}ddlZZMM" id="ddlZZMM" lay-filter="zzmm"><option value="">请选择</option><option value="中共党员">中共党员</option><option value="共青团员">共青团员</option><option value="群众">群众</option></select>`)}
${row('最高学历', `<select name="${N}ddlXL" id="ddlXL" lay-filter="xl"><option value="">请选择</option><option value="大学专科">大学专科</option><option value="大学本科">大学本科</option><option value="硕士研究生">硕士研究生</option></select>`)}
${row('最高学位', `<select name="${N}ddlXW" id="selXW" lay-filter="xw"><option value="">请选择</option></select>`)}
</table></div><div id="log"></div><input type="submit" value="保存并下一步" />`, LAYUI_STUB) .replace('</form>', `</form>${LAYUI_CALLBACKS}`),
};

/** The text the drawn title box after a layui select shows (what the applicant sees in place of the list). */
const titleOf = (id: string) => `#${id} + .layui-form-select .layui-input`;

describe('breaker 31g: autofill on a layui-drawn form, in Chromium', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => PAGES[path.split('?')[0]!]);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('B31g-E1 the stub draws as layui does: the real lists and radios hidden, the drawn boxes shown', async () => {
    const { tab, frame } = await session.open('layui');
    expect(await frame.locator('#ddlZZMM').isVisible()).toBe(false);
    expect(await frame.locator(titleOf('ddlZZMM')).isVisible()).toBe(true);
    expect(await frame.locator('#rbM').isVisible()).toBe(false);
    await tab.close();
  });

  it('B31g-E2 政治面貌, 性别 and the 学历 → 学位 cascade on layui lists: written, the drawn boxes show the values, the page\'s callbacks ran', async () => {
    const { tab, frame } = await session.open('layui');
    await waitForStep(frame, 'basic-info');
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    expect(await frame.locator('#ddlZZMM').inputValue()).toBe('中共党员');
    expect(await frame.locator(titleOf('ddlZZMM')).inputValue()).toBe('中共党员');
    expect(await frame.locator('#rbM').isChecked()).toBe(true);
    expect(await frame.locator('#rbM + .layui-form-radio').getAttribute('class')).toContain('layui-form-radioed');
    expect(await frame.locator('#ddlXL').inputValue()).toBe('大学本科');
    expect(await frame.locator(titleOf('ddlXL')).inputValue()).toBe('大学本科');
    await expect.poll(() => frame.locator('#selXW').inputValue()).toBe('学士');
    expect(await frame.locator(titleOf('selXW')).inputValue()).toBe('学士');
    const log = await frame.locator('#log').textContent();
    expect(log).toContain('zzmm:中共党员;');
    expect(log).toContain('xl:大学本科;');
    expect(log).toContain('xb:男;');
    for (const key of ['basic.politicalStatus', 'basic.gender', 'basic.highestEducation', 'basic.highestDegree']) expect(report.find((r) => r.key === key), key).toMatchObject({ result: 'filled' });
    expect(report.find((r) => r.key === 'basic.gender')!.text).toContain('男');
    await tab.close();
  });
});
