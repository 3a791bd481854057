/** Breaker 19 item 1: a dialog's or a date picker's frame over a page with a form takes no step from that page's breadcrumb. */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep } from '../../../lib/portal/recognize-step';

function inShell(shell: string): Window {
  const doc = document.implementation.createHTMLDocument('广州市职称业务申报与管理系统');
  doc.body.innerHTML = shell;
  const parent = { document: doc };
  return new Proxy(window, {
    get: (w, key) => {
      if (key === 'parent' || key === 'top') return parent;
      const value = Reflect.get(w, key, w);
      return typeof value === 'function' ? value.bind(w) : value;
    },
  });
}
function frameStep(body: string, shell: string): string {
  document.body.innerHTML = body;
  return recognizeStep(collectSnapshot(document, inShell(shell))).step;
}
afterEach(() => { document.body.innerHTML = ''; });
const FORMPAGE = (last: string) => `<form><div>当前位置：首页 &gt; 职称申报 &gt; ${last}</div><table><tr><td>姓名：</td><td><input name="xm"></td></tr><tr><td>工作单位：</td><td><input name="dw"><input type="button" value="选择"></td></tr></table><input type="submit" value="保存"><iframe name="dlg"></iframe></form>`;

describe('b19 frames named by the page around them', () => {
  it('My97 date picker frame', () => {
    const days = '<tr><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>7</td></tr>';
    expect(frameStep(`<div class="WdateDiv"><input class="yminput" value="十二月"><input class="yminput" value="2026"><table class="WdayTable"><tr class="MTitle"><td>日</td><td>一</td><td>二</td><td>三</td><td>四</td><td>五</td><td>六</td></tr>${days}</table><input class="tB" maxlength="2" value="15"><input type="button" value="清空"><input type="button" value="今天"><input type="button" value="确定"></div>`, FORMPAGE('学历情况'))).toBe('unknown');
  });
  it('a 选择单位 dialog (layer iframe) over 基本信息', () => {
    expect(frameStep(`<form>单位名称：<input name="q"> <input type="submit" value="查询"><table><tr><th>单位编码</th><th>单位名称</th><th>操作</th></tr><tr><td>440115001</td><td>广州市生态环境局南沙分局</td><td><a href="#">选择</a></td></tr></table></form>`, FORMPAGE('基本信息'))).toBe('unknown');
  });
});
