import { describe, expect, it } from 'vitest';
import { classifyPortalButton } from '../../../lib/page/buttons';
import { portalButtonOf } from '../../../lib/content/presubmit';

/**
 * Breaker 33s item 1: an unseen portal's 送审 worded as the declaration it sends (申报, 上报,
 * 确认申报, 提交申报, 确认提交) must be held by the pre-submit check like 送审; a menu heading or a
 * tab named 申报, and buttons that only show something about the declaration, are not.
 */
describe('送审 worded as 申报 / 上报 (breaker 33s item 1)', () => {
  it('reads 申报, 上报, 确认申报, 确认上报, 提交申报, 确认提交, 完成并申报 as 送审, decorated or not', () => {
    for (const text of ['申报', '上报', '确认申报', '确认上报', '提交申报', '确认提交', '完成并申报', '保存并上报', '[申报]', '申报(S)', ' 申 报 ']) {
      expect(classifyPortalButton(text), text).toBe('submit');
    }
  });

  it('does not read the buttons that only show or test the declaration as 送审, nor as a save', () => {
    for (const text of ['申报条件自测', '申报须知', '查看申报表', '申报表预览', '打印申报表', '申报管理', '我的申报', '申报说明']) {
      expect(classifyPortalButton(text), text).toBeNull();
    }
  });

  it('holds a form’s 申报 / 上报 button: an input, a <button>, a link drawn as a button, a LinkButton posting back', () => {
    document.body.innerHTML = `<form>
      <input type="button" id="a" value="申报" onclick="doSubmit()">
      <button type="button" id="b">上报</button>
      <a class="layui-btn" id="c" href="javascript:;" lay-submit>确认申报</a>
      <span role="button" id="d">申报</span>
      <a id="e" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbtnSB','')">上报</a>
    </form>`;
    for (const id of ['a', 'b', 'c', 'd', 'e']) expect(portalButtonOf(document.getElementById(id), 'submit'), id).toMatchObject({ action: 'submit' });
  });

  it('does not hold a menu heading or a tab named 申报 / 上报, nor a link to 申报须知', () => {
    document.body.innerHTML = `
      <ul class="layui-nav layui-nav-tree"><li class="layui-nav-item"><a id="menu" href="javascript:;"><i class="layui-icon">\ue609</i><cite>申报</cite></a>
        <dl><dd><a id="notes" href="javascript:;" onclick="openPage('notes')">申报须知</a></dd></dl></li></ul>
      <ul class="nav nav-tabs"><li><a id="tab" href="#declare" data-toggle="tab">申报</a></li><li id="tab2" onclick="showTab(2)">上报</li></ul>
      <div role="tablist"><button type="button" role="tab" id="tab3">申报</button></div>
      <a id="self-test" class="btn" onclick="selfTest()">申报条件自测</a>`;
    for (const id of ['menu', 'notes', 'tab', 'tab2', 'tab3', 'self-test']) {
      const el = document.getElementById(id)!;
      expect(portalButtonOf(el.querySelector('cite') ?? el, 'submit'), id).toBeNull();
    }
  });
});
