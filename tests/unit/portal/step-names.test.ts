/**
 * Steps named in unusual places (probe 15 items 6/6b, B12): a breadcrumb's last crumb, a title
 * image's alt, a numbered title, traditional characters, an unstyled first row of the form's
 * table, a frameset's title over a heading-less work frame. Each page's fields alone do not decide
 * the step (one label of its own), so without the name the page stays `unknown`. Read the way the
 * content script reads a live frame (collectSnapshot with the window).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep } from '../../../lib/portal/recognize-step';

const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
/** A 学历 form whose labels name the step once only (学历): two signs are needed to decide. */
const FIELDS = `${row('入学时间', '<input name="a">')}${row('毕业时间', '<input name="b">')}${row('毕业学校', '<input name="c">')}${row('学历', '<select name="d"><option>大学本科</option></select>')}`;
const FORM = `<table>${FIELDS}</table><input type="submit" value="保存">`;

function stepOf(body: string, win: Window = window): string {
  document.body.innerHTML = `<form>${body}</form>`;
  return recognizeStep(collectSnapshot(document, win)).step;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('a page named only by', () => {
  it('its fields: unknown (the baseline every case below starts from)', () => {
    expect(stepOf(FORM)).toBe('unknown');
  });

  it('a breadcrumb’s last crumb (当前位置 / 您的位置), links or plain text, its label apart or not', () => {
    expect(stepOf(`<div class="nav">当前位置：<a href="#">首页</a> &gt; <a href="#">职称申报</a> &gt; 学历情况</div>${FORM}`)).toBe('education');
    expect(stepOf(`<table><tr><td>您的位置：首页 » 学位（学历）教育情况</td></tr></table>${FORM}`)).toBe('education');
    expect(stepOf(`<div><span>当前位置：</span><a href="#">首页</a> ＞ <span>学历情况</span></div>${FORM}`)).toBe('education');
  });

  it('a breadcrumb whose earlier crumbs name other steps: only the last counts', () => {
    expect(stepOf(`<div>当前位置：首页 &gt; 论文、著作 &gt; 学历情况</div>${FORM}`)).toBe('education');
    expect(stepOf(`<div class="title">当前位置：首页 &gt; 学历情况 &gt; 工作经历</div>${FORM}`)).toBe('work-experience');
    // The last crumb names no step (an edit page under a step): no step from the crumbs.
    expect(stepOf(`<div>当前位置：学历情况 &gt; 编辑</div>${FORM}`)).toBe('unknown');
  });

  it('a title image’s alt or title', () => {
    expect(stepOf(`<div><img src="t_xl.gif" alt="学位（学历）教育情况"></div>${FORM}`)).toBe('education');
    expect(stepOf(`<p><img src="t_xl.gif" title="学历情况"></p>${FORM}`)).toBe('education');
    // An image one clicks is a button or a menu entry, no title.
    expect(stepOf(`<img src="b.gif" alt="学历情况" onclick="go()">${FORM}`)).toBe('unknown');
  });

  it('a numbered title, whatever the numbering', () => {
    for (const title of ['第四步：学历情况', '第4步 学历情况', '4.学历', '四、学历情况', '(4) 学历', '（四）学历情况', '4、学历教育情况']) {
      expect(stepOf(`<h3>${title}</h3>${FORM}`), title).toBe('education');
    }
    // The number alone decides nothing: 第四步 is 学历 on one copy, another step on the next.
    expect(stepOf(`<h3>第四步</h3>${FORM}`)).toBe('unknown');
    expect(stepOf(`<h3>第五步：主要专业技术工作经历</h3>${FORM}`)).toBe('work-experience');
  });

  it('traditional characters', () => {
    expect(stepOf(`<h3>學位（學歷）教育情況</h3>${FORM}`)).toBe('education');
    expect(stepOf(`<h3>學歷情況</h3>${FORM}`)).toBe('education');
    const person = `<table>${row('性別', '<select name="a"><option>男</option></select>')}${row('民族', '<input name="b">')}${row('籍貫', '<input name="c">')}</table>`;
    for (const title of ['基本資訊', '基本信息', '個人基本資料']) expect(stepOf(`<h3>${title}</h3>${person}`), title).toBe('basic-info');
    const texts = `<table>${row('標題', '<input name="a">')}${row('內容', '<textarea name="b"></textarea>')}</table>`;
    expect(stepOf(`<h3>主要專業技術工作經歷</h3>${texts}`)).toBe('work-experience');
    expect(stepOf(`<h3>論文、著作</h3>${texts}`)).toBe('publications');
    expect(stepOf(`<h3>工作期間獎懲情況</h3>${texts}`)).toBe('awards-summary');
    expect(stepOf(`<h3>證書、證明材料</h3>${texts}`)).toBe('certificates');
    expect(stepOf(`<h3>完成並送審</h3>${texts}`)).toBe('submit');
    expect(stepOf(`<h3>學歷—附件上傳</h3><table>${row('選擇文件', '<input type="file" name="f">')}</table><input type="submit" value="上傳">`)).toBe('education');
    // A sentence stays a sentence: 請先完成… names no step.
    expect(stepOf(`<h3>請先完成“學歷”後再填寫本頁</h3>${texts}`)).toBe('unknown');
  });

  it('the first row of the form’s table, a plain cell', () => {
    expect(stepOf(`<table><tr><td colspan="2">学位（学历）教育情况</td></tr>${FIELDS}</table><input type="submit" value="保存">`)).toBe('education');
    // A help sentence there names no step.
    expect(stepOf(`<table><tr><td colspan="2">请先完成“论文、著作”后再填写本页</td></tr>${FIELDS}</table>`)).toBe('unknown');
  });
});

describe('guards', () => {
  it('a help sentence, numbered or in a breadcrumb’s line, names no step', () => {
    expect(stepOf(`<h3>请先完成“学历”后再填写本页</h3>${FORM}`)).toBe('unknown');
    expect(stepOf(`<h3>第四步：请先完成“学历”后再填写本页</h3>${FORM}`)).toBe('unknown');
  });

  it('a menu listing every step, numbered, names none of them', () => {
    const menu = ['1.获取历史数据', '2.基本信息', '3.专业技术资格历史情况', '4.学位（学历）教育情况', '5.主要专业技术工作经历'].map((t) => `<tr><td><a href="#">${t}</a></td></tr>`).join('');
    expect(stepOf(`<table>${menu}</table>`)).toBe('unknown');
    const images = ['基本信息', '学历情况', '工作经历', '论文著作'].map((t) => `<div><a href="#"><img alt="${t}"></a></div>`).join('');
    expect(stepOf(`${images}${FORM}`)).toBe('unknown');
  });
});

describe('a frameset’s title', () => {
  /** A work frame's window whose parent shows `parent` (a frameset document, same origin). */
  function inFrames(parent: string, title: string): Window {
    const doc = document.implementation.createHTMLDocument(title);
    doc.documentElement.innerHTML = `<head><title>${title}</title></head>${parent}`;
    return new Proxy(window, {
      get: (w, key) => {
        if (key === 'parent') return { document: doc };
        if (key === 'top') return {};
        const value = Reflect.get(w, key, w);
        return typeof value === 'function' ? value.bind(w) : value;
      },
    });
  }
  const FRAMESET = '<frameset cols="200,*"><frame name="menu" src="menu.aspx"><frame name="main" src="xl.aspx"></frameset>';

  it('names a heading-less work form in its frame', () => {
    expect(stepOf(FORM, inFrames(FRAMESET, '学位（学历）教育情况'))).toBe('education');
  });

  it('names nothing when the frame has a heading of its own, or its parent is no frameset', () => {
    expect(stepOf(`<h3>第五步：主要专业技术工作经历</h3>${FORM}`, inFrames(FRAMESET, '学位（学历）教育情况'))).toBe('work-experience');
    expect(stepOf(FORM, inFrames('<body><iframe name="main"></iframe></body>', '学位（学历）教育情况'))).toBe('unknown');
  });
});
