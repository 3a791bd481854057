/**
 * Breaker 31g item 1 in happy-dom: a list, radio or checkbox layui hid and drew anew is read as
 * shown and written through its drawn stand-in (lib/page/labels.ts seenAs), so the drawn box shows
 * the value and the page's callback runs. The page here draws as layui does (a stand-in marked
 * layui-unselect after each control, its clicks the only way in); no layui code.
 */
import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { writeSelect } from '../../../lib/fill/writers/select';
import { writeCheckbox, writeRadio } from '../../../lib/fill/writers/choice';

/** A layui-like page: 政治面貌 as a hidden list with its drawn list, 性别 as hidden radios with drawn ones, 至今 as a hidden checkbox with its drawn box. `calls` records the page's callbacks. */
function layuiPage() {
  document.body.innerHTML = `<style>select,input[type=radio],input[type=checkbox]{display:none}</style><form class="layui-form"><table>
<tr><td>政治面貌：</td><td><select name="zzmm" id="zzmm"><option value="">请选择</option><option value="01">中共党员</option><option value="13">群众</option></select></td></tr>
<tr><td>性别：</td><td><input type="radio" name="xb" value="1" title="男" id="m"><input type="radio" name="xb" value="2" title="女" id="f"></td></tr>
<tr><td>至今：</td><td><input type="checkbox" name="zj" id="zj" title="至今"></td></tr></table></form>`;
  const calls: string[] = [];
  const sel = document.getElementById('zzmm') as HTMLSelectElement;
  const box = document.createElement('div');
  box.className = 'layui-unselect layui-form-select';
  box.innerHTML = `<div class="layui-select-title"><input type="text" readonly placeholder="请选择" class="layui-input layui-unselect"></div><dl>${Array.from(sel.options, (o) => `<dd lay-value="${o.value}">${o.text}</dd>`).join('')}</dl>`;
  sel.after(box);
  const title = box.querySelector('input')!;
  box.querySelectorAll('dd').forEach((dd) =>
    dd.addEventListener('click', () => {
      sel.value = dd.getAttribute('lay-value')!;
      title.value = dd.textContent!;
      calls.push(`select:${sel.value}`);
    }),
  );
  for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio],input[type=checkbox]'))) {
    const drawn = document.createElement('div');
    drawn.className = `layui-unselect layui-form-${input.type}`;
    drawn.innerHTML = `<i class="layui-icon"></i><span>${input.title}</span>`;
    input.after(drawn);
    drawn.addEventListener('click', () => {
      input.checked = input.type === 'radio' ? true : !input.checked;
      drawn.classList.toggle('layui-form-checked', input.checked);
      calls.push(`${input.type}:${input.value}:${input.checked}`);
    });
  }
  return { sel, title, calls };
}

describe('breaker 31g: layui-drawn controls', () => {
  it('B31g-U1 the hidden list, radios and checkbox are read as shown; the drawn title box is no field', () => {
    layuiPage();
    const controls = collectSnapshot(document).controls;
    expect(controls.filter((c) => c.visible).map((c) => c.id)).toEqual(['zzmm', 'm', 'f', 'zj']);
    expect(controls.some((c) => c.kind === 'text')).toBe(false);
  });

  it('B31g-U2 writeSelect chooses in the drawn list: the title box shows the option, the page callback runs once', async () => {
    const { sel, title, calls } = layuiPage();
    expect(await writeSelect(sel, '中共党员', '01')).toMatchObject({ result: 'filled' });
    expect(sel.value).toBe('01');
    expect(title.value).toBe('中共党员');
    expect(calls).toEqual(['select:01']);
  });

  it('B31g-U3 writeRadio and writeCheckbox click the drawn ones: the page callback runs, the state holds', async () => {
    const { calls } = layuiPage();
    expect(await writeRadio(document.getElementById('m') as HTMLInputElement)).toMatchObject({ result: 'filled' });
    expect(await writeCheckbox(document.getElementById('zj') as HTMLInputElement, true)).toMatchObject({ result: 'filled' });
    expect((document.getElementById('zj') as HTMLInputElement).checked).toBe(true);
    expect(document.querySelector('#zj + div')!.className).toContain('layui-form-checked');
    expect(calls).toEqual(['radio:1:true', 'checkbox:on:true']);
  });
});
