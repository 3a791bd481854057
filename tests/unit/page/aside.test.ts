import { describe, expect, it } from 'vitest';
import { readPage } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { ASIDE_HEADINGS } from '../../../lib/page/aside-headings';
import { asideHeadingTableSchema } from '../../../lib/page/aside-headings.schema';

/**
 * B64a-5: the boxes a portal draws beside the application (意见反馈, 在线咨询, 留言板, 站内搜索, 用户登录)
 * are told by their titles (lib/page/aside-headings.ts), the application holding most of the
 * page's controls (lib/page/collect.ts asideBoxes): their controls are read as no field.
 */

/** The application's rows: 姓名, 性别, 公民身份号码, 手机号码, 通讯地址, 邮政编码, 保存. */
const application = `<table><tr><td>姓名：</td><td><input id="xm"></td></tr><tr><td>性别：</td><td><select id="xb"><option>男</option><option>女</option></select></td></tr>
<tr><td>公民身份号码：</td><td><input id="sfzh"></td></tr><tr><td>手机号码：</td><td><input id="sj"></td></tr>
<tr><td>通讯地址：</td><td><input id="dz"></td></tr><tr><td>邮政编码：</td><td><input id="yb"></td></tr></table><input type="submit" value="保存">`;

/** The ids of the page's controls read as no field (ControlSnapshot.filter). */
const asides = () => readPage(document).controls.filter((c) => c.filter).map((c) => c.id);

describe('the boxes beside the application (B64a-5)', () => {
  it('the table parses to itself with its schema, and a title with a space, a regex character or twice is refused', () => {
    expect(asideHeadingTableSchema.parse(ASIDE_HEADINGS)).toEqual(ASIDE_HEADINGS);
    for (const bad of [[...ASIDE_HEADINGS, '意见 反馈'], [...ASIDE_HEADINGS, '留言(板)'], [...ASIDE_HEADINGS, ASIDE_HEADINGS[0]!], []]) expect(asideHeadingTableSchema.safeParse(bad).success).toBe(false);
  });

  it('a second form under an <h4>意见反馈 beside the application: its controls, button too, are no fields; recognition gives its 姓名 and 联系电话 no key, the application’s 姓名 keeps basic.name', () => {
    document.body.innerHTML = `<form id="main">${application}</form><div class="side"><h4>意见反馈</h4><form id="fb"><table><tr><td>姓名：</td><td><input id="fbName"></td></tr>
      <tr><td>联系电话：</td><td><input id="fbTel"></td></tr><tr><td>反馈内容：</td><td><textarea id="fbText"></textarea></td></tr></table><input type="submit" id="fbGo" value="提交"></form></div>`;
    expect(asides()).toEqual(['fbName', 'fbTel', 'fbText', 'fbGo']);
    const snapshot = readPage(document);
    const keyOf = (id: string) => recognizeFields(snapshot, 'basic-info').find((m) => snapshot.controls[m.control]!.id === id)?.key;
    expect([keyOf('xm'), keyOf('fbName'), keyOf('fbTel')]).toEqual(['basic.name', undefined, undefined]);
  });

  it('no form at all: a panel whose heading says 在线咨询：, a fieldset whose legend says 用户登录, a table whose caption row says 留言板 — each box is one', () => {
    document.body.innerHTML = `${application}<div class="panel"><div class="panel-heading"> 在线咨询： </div><div class="panel-body"><input id="zxName"></div></div>
      <fieldset><legend>用户登录</legend><input id="user"><input type="password" id="pass"></fieldset>
      <table><tr><td colspan="2">留言板</td></tr><tr><td>姓名</td><td><input id="lyName"></td></tr></table>`;
    expect(asides()).toEqual(['zxName', 'user', 'pass', 'lyName']);
  });

  it('a site search in the header beside the application split over two forms and rows outside any form: only the search is aside', () => {
    document.body.innerHTML = `<div class="top"><span>站内搜索</span><input id="kw"><button>搜索</button></div>
      <form>${application}</form><form><table><tr><td>工作单位：</td><td><input id="dw"></td></tr></table></form><table><tr><td>电子邮箱：</td><td><input id="yx"></td></tr></table>`;
    expect(asides()).toEqual(['kw', '']);
  });

  it('controls: a page whose one form is its login box (用户登录 over all its controls), a menu’s 在线咨询 in the layout cell beside the form, a 意见反馈 written inside a sentence, and a field labelled 留言 — none is aside', () => {
    document.body.innerHTML = `<div class="login"><h3>用户登录</h3><form><input id="user"><input type="password" id="pass"><input type="submit" value="登录"></form></div>`;
    expect(asides()).toEqual([]);
    document.body.innerHTML = `<table><tr><td class="menu"><a href="/zx">在线咨询</a><br><a href="/fk">意见反馈</a></td><td>${application}</td></tr></table><p>如有疑问请通过意见反馈联系我们</p>
      <table><tr><td>留言</td><td><textarea id="ly"></textarea></td></tr></table>`;
    expect(asides()).toEqual([]);
  });
});
