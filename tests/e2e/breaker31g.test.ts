import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, startPagesSession, waitForStep } from './harness';
import { N, row, webForm } from './web-form-pages';
import { applyAutofill, startAutofill } from './overlay-driver';

/**
 * Breaker 31g, in Chromium: autofill on a form drawn by layui. layui hides the real <select> and
 * radios (`.layui-form select{display:none}`) and draws its own: after each list a
 * `.layui-form-select` whose title box (`.layui-input`, read-only) shows the chosen option's text
 * and whose `dd[lay-value]` are the options; after each radio a `.layui-form-radio` div. Its
 * change callbacks (`form.on('select(x)')`) run on a click on those drawn elements, never on the
 * list's DOM change event. The page below carries a small stub written for this test that behaves
 * that way (no layui code, no network): 最高学历's callback fills 最高学位's list and draws it anew
 * (a cascade built by form.on + form.render).
 */
const LAYUI_STUB = `<style>.layui-form select,.layui-form input[type=radio]{display:none}
.layui-form-select dl{display:none}.layui-form-selected dl{display:block}</style>
<script>
(function () {
  var handlers = {};
  function fire(kind, el, value) { var h = handlers[kind + '(' + el.getAttribute('lay-filter') + ')']; if (h) h({ elem: el, value: value }); }
  function drawSelect(sel) {
    var old = sel.nextElementSibling; if (old && old.className.indexOf('layui-form-select') >= 0) old.remove();
    var box = document.createElement('div'); box.className = 'layui-unselect layui-form-select';
    var title = document.createElement('div'); title.className = 'layui-select-title';
    var input = document.createElement('input'); input.type = 'text'; input.readOnly = true; input.className = 'layui-input layui-unselect';
    input.placeholder = '请选择'; input.value = sel.selectedIndex > 0 ? sel.options[sel.selectedIndex].text : '';
    title.appendChild(input); box.appendChild(title);
    var dl = document.createElement('dl'); dl.className = 'layui-anim layui-anim-upbit';
    Array.prototype.forEach.call(sel.options, function (o) {
      var dd = document.createElement('dd'); dd.setAttribute('lay-value', o.value); dd.textContent = o.text;
      if (o.selected) dd.className = 'layui-this';
      dd.addEventListener('click', function (e) {
        e.stopPropagation(); sel.value = o.value; input.value = o.value ? o.text : '';
        Array.prototype.forEach.call(dl.children, function (d) { d.className = d === dd ? 'layui-this' : ''; });
        box.className = 'layui-unselect layui-form-select'; fire('select', sel, o.value);
      });
      dl.appendChild(dd);
    });
    box.appendChild(dl);
    title.addEventListener('click', function () { box.className = box.className.indexOf('layui-form-selected') >= 0 ? 'layui-unselect layui-form-select' : 'layui-unselect layui-form-select layui-form-selected'; });
    sel.parentNode.insertBefore(box, sel.nextSibling);
  }
  function drawRadio(r) {
    var old = r.nextElementSibling; if (old && old.className.indexOf('layui-form-radio') >= 0) old.remove();
    var div = document.createElement('div'); div.className = 'layui-unselect layui-form-radio' + (r.checked ? ' layui-form-radioed' : '');
    var i = document.createElement('i'); i.className = 'layui-anim layui-icon'; i.textContent = r.checked ? '\\ue643' : '\\ue63f';
    var t = document.createElement('div'); t.textContent = r.getAttribute('title');
    div.appendChild(i); div.appendChild(t);
    div.addEventListener('click', function () {
      document.querySelectorAll('input[type=radio][name="' + r.name + '"]').forEach(function (o) { o.checked = o === r; });
      document.querySelectorAll('input[type=radio][name="' + r.name + '"]').forEach(drawRadio);
      fire('radio', r, r.value);
    });
    r.parentNode.insertBefore(div, r.nextSibling);
  }
  window.form = {
    on: function (ev, fn) { handlers[ev] = fn; },
    render: function () { document.querySelectorAll('.layui-form select').forEach(drawSelect); document.querySelectorAll('.layui-form input[type=radio]').forEach(drawRadio); }
  };
  document.addEventListener('click', function (e) { document.querySelectorAll('.layui-form-selected').forEach(function (b) { if (!b.contains(e.target)) b.className = 'layui-unselect layui-form-select'; }); });
})();
</script>`;

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
