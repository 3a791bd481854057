/**
 * Left 29 item 3 (fixb27b, lib/page/page-text.ts noticeElements): a block saying what the system
 * fetched (获取) is a notice whatever its colour — meant for the system's 社保 notice (操作指引
 * 3(10): 职称系统可直接获取已在广州市缴纳的社保信息; 系统已获取您…社保, breaker 27 F13). A link's or a
 * button's words are an action, not a notice: 获取历史数据 (the walkthrough's step 3(1)), a
 * 获取社保信息 button. Before the fix both were in PageSnapshot.notices.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';

afterEach(() => {
  document.body.innerHTML = '';
});

const notices = (body: string) => {
  document.body.innerHTML = body;
  return collectSnapshot(document).notices;
};

describe('what the system fetched: a notice, but not a link or button that fetches', () => {
  it.each([
    ['a link 获取历史数据', '<p><a href="javascript:__doPostBack(\'lbHis\',\'\')">获取历史数据</a></p>'],
    ['a link with its words in a span', '<a href="#"><span>点击获取历史数据</span></a>'],
    ['a <button> 获取社保信息', '<div><button type="button">获取社保信息</button></div>'],
  ])('%s is no notice', (_, body) => {
    expect(notices(`${body}<table><tr><td>姓名</td><td><input id="xm"></td></tr></table>`)).toEqual([]);
  });

  it('the system’s 社保 notice stays one (its text with the link’s), the link inside it no second', () => {
    expect(notices('<div class="tip">系统已获取您在广州市缴纳的社保信息，无需另行上传。<a href="#">查看获取明细</a></div>')).toEqual(['系统已获取您在广州市缴纳的社保信息,无需另行上传。查看获取明细']);
  });

  it('a link saying 注意 is still read as a notice (only the 获取 rule is narrowed)', () => {
    expect(notices('<a href="#">注意事项</a>')).toEqual(['注意事项']);
  });
});
