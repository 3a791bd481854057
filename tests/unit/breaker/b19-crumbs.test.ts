/** Breaker 19 item 2: breadcrumb lines with a date, a welcome bar or links after the crumbs. */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep } from '../../../lib/portal/recognize-step';

const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
const BARE = `<table>${row('起止时间', '<input name="a">')}${row('备注', '<input name="b">')}</table><input type="submit" value="保存">`;

function stepOf(body: string): string {
  document.body.innerHTML = `<form>${body}</form>`;
  const s = collectSnapshot(document, window);
  const r = recognizeStep(s);
  return r.step;
}
afterEach(() => { document.body.innerHTML = ''; });

const cases: [string, string, string][] = [
  ['date same div, no arrows', `<div>当前位置：学历情况　　2026-12-03 星期四</div>${BARE}`, 'education'],
  ['date same div slash', `<div>当前位置：首页 / 学历情况　　2026-12-03</div>${BARE}`, 'education'],
  ['date same div arrows', `<div>当前位置：首页 &gt; 学历情况　　2026-12-03</div>${BARE}`, 'education'],
  ['welcome link 退出 slash', `<div>当前位置：首页 / 工作经历　欢迎您 - 张三 - <a href="#">退出</a></div>${BARE}`, 'work-experience'],
  ['welcome link 退出 plain', `<div>当前位置：专业技术工作经历　欢迎您 - 张三 - <a href="#">退出</a></div>${BARE}`, 'work-experience'],
  ['welcome text plain', `<div>当前位置：专业技术工作经历　欢迎您 - 张三</div>${BARE}`, 'work-experience'],
  ['welcome link arrows', `<div>当前位置：首页 &gt; 工作经历　欢迎您 - 张三 - <a href="#">退出</a></div>${BARE}`, 'work-experience'],
  ['title dash slash', `<div>当前位置：首页 / 学位-学历教育情况</div>${BARE}`, 'education'],
  ['year dash slash', `<div>当前位置：首页 / 年度考核情况 2019-2020</div>${BARE}`, 'annual-review'],
  ['year dash', `<div>当前位置：年度考核（2019-2020年度）</div>${BARE}`, 'annual-review'],
  ['year dash unbracketed', `<div>当前位置：2019-2020年度考核情况</div>${BARE}`, 'annual-review'],
  ['label span + 退出 link', `<div><span>当前位置：</span><a href="#">首页</a> &gt; <a href="#">学历情况</a>　<a href="#">退出</a></div>${BARE}`, 'education'],
  ['trailing > then link', `<div>当前位置：首页 &gt; 学历情况 &gt; <a href="#">返回</a></div>${BARE}`, 'education'],
  ['label td + crumbs td + date td', `<table><tr><td>当前位置：</td><td>首页 &gt; 学历情况</td><td>2026-12-03</td></tr></table>${BARE}`, 'education'],
  ['label td + crumb td + welcome', `<table><tr><td>当前位置：</td><td>首页 &gt; 基本信息</td><td>欢迎您 - 张三 - <a href="#">退出</a></td></tr></table>${BARE}`, 'basic-info'],
  ['label td basic', `<table><tr><td>当前位置：</td><td>首页 &gt; 基本信息</td></tr></table>${BARE}`, 'basic-info'],
  ['〈〉 quotes', `<div>当前位置：首页 &gt; 〈工程系列〉学历情况</div>${BARE}`, 'education'],
  ['dash with |', `<div>当前位置：首页 - 学历情况 | <a href="#">修改密码</a> | <a href="#">退出</a></div>${BARE}`, 'education'],
  ['dash ends - links', `<div>当前位置：首页 &gt; 学历情况 - <a href="#">修改密码</a> - <a href="#">退出</a></div>${BARE}`, 'education'],
  ['dash ends - links basic', `<div>当前位置：首页 &gt; 基本信息 - <a href="#">修改密码</a> - <a href="#">退出</a></div>${BARE}`, 'basic-info'],
  ['slash links', `<div>当前位置：首页 / 学历情况　<a href="#">修改密码</a> / <a href="#">退出</a></div>${BARE}`, 'education'],
  ['label alone in div, next div crumbs', `<div><div>当前位置：</div><div>首页 &gt; 学历情况</div></div>${BARE}`, 'education'],
  ['label + menu', `<div><span>当前位置：</span><a href="#">基本信息</a> <a href="#">学历情况</a></div>${BARE}`, 'unknown'],
  ['label alone then whole body', `<span>当前位置：</span><a href="#">首页</a> &gt; <a href="#">学历情况</a>${BARE}`, 'education'],
  ['crumb with — en', `<div>当前位置：首页 — 职称申报 — 论文、著作</div>${BARE}`, 'publications'],
];
describe('b19 crumbs', () => {
  // Lines main read before the crumbs19 change too must keep their step (breaker 19 item 2); its
  // four known gaps (a welcome bar in a cell of its own, a line parted by - and |, links after
  // a dash, the label alone among the form's elements) are read since left22.
  it.each(cases)('%s', (_n, body, want) => { expect(stepOf(body)).toBe(want); });
});
