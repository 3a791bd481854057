/**
 * A step named only by the breadcrumb of the page around the form's frame (crumbs19 item 2): a
 * shell 当前位置：首页 > 职称申报 > 学历情况 over an <iframe> whose form names no step itself. The
 * frame's own evidence decides; the shell's crumb (which may lag a frame navigated in place) only
 * breaks a tie or names a form nothing of its own names; never a menu's or banner's frame, never
 * from the shell's menu of step links, never across origins.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep } from '../../../lib/portal/recognize-step';

const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
/** A form whose labels name no step alone: only a heading can. */
const BARE = `<table>${row('起止时间', '<input name="a">')}${row('备注', '<input name="b">')}</table><input type="submit" value="保存">`;
const WORK = `<table>${row('起止时间', '<input name="a">')}${row('工作单位', '<input name="b">')}${row('职务', '<input name="c">')}${row('工作内容', '<textarea name="d"></textarea>')}</table><input type="submit" value="保存">`;
const MENU = ['基本信息', '学位（学历）教育情况', '主要专业技术工作经历', '论文、著作'].map((t) => `<a href="#">${t}</a><br>`).join('');
const CRUMB = '<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 学历情况</div>';
/** A shell whose breadcrumb's last crumb is `last`, over the frame. */
const shell = (last: string) => `<div>当前位置：首页 &gt; 职称申报 &gt; ${last}</div><iframe name="main"></iframe>`;

/** This window seen as a frame whose parent (same origin) shows `shell`; `blocked`: another origin's. */
function inShell(shell: string, blocked = false): Window {
  const doc = document.implementation.createHTMLDocument('广州市职称业务申报与管理系统');
  doc.body.innerHTML = shell;
  const parent = blocked
    ? {
        get document(): Document {
          throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
        },
      }
    : { document: doc };
  return new Proxy(window, {
    get: (w, key) => {
      if (key === 'parent') return parent;
      if (key === 'top') return parent;
      const value = Reflect.get(w, key, w);
      return typeof value === 'function' ? value.bind(w) : value;
    },
  });
}

function frameStep(body: string, shell: string, blocked = false): string {
  document.body.innerHTML = `<form>${body}</form>`;
  return recognizeStep(collectSnapshot(document, inShell(shell, blocked))).step;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the breadcrumb of the page around the form’s frame', () => {
  const SHELL = `${CRUMB}<table><tr><td>${MENU}</td><td><iframe name="main"></iframe></td></tr></table>`;
  it('names a form nothing of its own names (起止时间, 备注)', () => {
    expect(frameStep(BARE, SHELL)).toBe('education');
    // The menu first in the shell's markup (its left column), the crumb above the frame on the right.
    expect(frameStep(BARE, `<table><tr><td>${MENU}</td><td>${CRUMB}<iframe name="main"></iframe></td></tr></table>`)).toBe('education');
    expect(frameStep(BARE, `<span>您的位置：</span><a href="#">首页</a> » <a href="#">学历情况</a><iframe name="main"></iframe>`)).toBe('education');
  });
  it('never outvotes the frame’s own fields or heading (a frame navigated in place, the crumb lagging)', () => {
    expect(frameStep(WORK, SHELL)).toBe('work-experience');
    expect(frameStep(`<h3>主要专业技术工作经历</h3>${BARE}`, SHELL)).toBe('work-experience');
  });
  it('breaks a tie among the frame’s best steps, never lifts a step the frame’s own evidence puts behind another', () => {
    /** 学历 (a sign of 学历) and 证书编号 (of 资格历史): a tie, unknown alone. */
    const TIED = `<table>${row('学历', '<input name="a">')}${row('证书编号', '<input name="b">')}</table><input type="submit" value="保存">`;
    expect(frameStep(TIED, '<iframe name="main"></iframe>')).toBe('unknown');
    expect(frameStep(TIED, shell('学历情况'))).toBe('education');
    expect(frameStep(TIED, shell('专业技术资格历史情况'))).toBe('qualification-history');
    expect(frameStep(TIED, shell('论文、著作'))).toBe('unknown');
    // One sign of 学历 in the frame, the shell's crumb naming 工作经历: no answer rather than the crumb's.
    expect(frameStep(`<table>${row('学历', '<input name="a">')}${row('备注', '<input name="b">')}</table>`, shell('工作经历'))).toBe('unknown');
  });
  it('a crumb naming two steps names neither', () => {
    expect(frameStep(BARE, shell('年度考核证明材料'))).toBe('unknown');
    expect(frameStep(BARE, shell('年度考核结果'))).toBe('annual-review');
  });
  it('names nothing in a menu’s or a banner’s frame', () => {
    expect(frameStep(MENU, SHELL)).toBe('unknown');
    expect(frameStep('广州市职称业务申报与管理系统 欢迎您 <input type="button" value="退出系统">', SHELL)).toBe('unknown');
  });
  it('only the crumb line: the shell’s menu, headings and title name nothing', () => {
    expect(frameStep(BARE, `<h3>学位（学历）教育情况</h3>${MENU}<iframe name="main"></iframe>`)).toBe('unknown');
    expect(frameStep(BARE, `${MENU}<p>填写说明：页面上方的当前位置：首页 &gt; 学历情况 表示您正在填写的栏目</p><iframe name="main"></iframe>`)).toBe('unknown');
  });
  it('a plain-text menu (<div onclick>) whose step-10 entry ends 附件上传 is no title of the shell (breaker 23 C)', () => {
    const plain = ['个人基本信息', '学位（学历）教育情况', '证书、证明材料附件上传', '完成并送审'].map((t, i) => `<div class="item" onclick="go(${i})">${t}</div>`).join('');
    expect(frameStep(BARE, `<table><tr><td>${plain}</td><td>${CRUMB}<iframe name="main"></iframe></td></tr></table>`)).toBe('education');
    expect(frameStep(BARE, `${plain}<iframe name="main"></iframe>`)).toBe('unknown');
  });
  it('a shell of another origin is not read', () => {
    expect(frameStep(BARE, SHELL, true)).toBe('unknown');
  });
});
