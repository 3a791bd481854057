/**
 * Breaker b8b: steps8's topCrumbs (ed27bfc), a plain 当前位置 line at the top of the page. The
 * shell/banner regression, 您当前的位置 / 当前所在位置 and 》 are fixed and tested in
 * tests/unit/portal/step-names.test.ts (fix8steps). The rest of finding 9, known failures until
 * crumbs19: the label in its own element (<span>当前位置：</span><a>首页</a> > …), the last crumb a
 * link (the line was read without links), fixed by crumbs19; crumbs parted by -, read since left22
 * where no date or welcome bar can be meant (breaker 19 item 2). Their guards and variants are in
 * step-names.test.ts (crumbs19).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep } from '../../../lib/portal/recognize-step';

const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
/** A form whose labels name no step alone: only a heading can. */
const BARE = `<table>${row('起止时间', '<input name="a">')}${row('备注', '<input name="b">')}</table><input type="submit" value="保存">`;

function stepOf(body: string): string {
  document.body.innerHTML = `<form>${body}</form>`;
  return recognizeStep(collectSnapshot(document, window)).step;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('b8b: common breadcrumb markup names the page', () => {
  it('the label in its own element', () => {
    expect(stepOf(`<div class="crumb"><span>当前位置：</span><a href="#">首页</a> &gt; <a href="#">职称申报</a> &gt; <span>学历情况</span></div>${BARE}`)).toBe('education');
  });
  it('every crumb a link, the last one too', () => {
    expect(stepOf(`<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">职称申报</a> &gt; <a href="edu.aspx">学历情况</a></div>${BARE}`)).toBe('education');
  });
  // A dash in a labelled line is as often a date's or a welcome bar's (2026-12-03, 欢迎您 - 张三 -
  // 退出) as a separator (breaker 19 item 2): read as one only in a line without arrows or
  // slashes, never between digits, after the welcome bar is cut (left22).
  it('crumbs parted by -', () => {
    expect(stepOf(`<div>当前位置：首页 - 职称申报 - 学历情况</div>${BARE}`)).toBe('education');
  });
});
