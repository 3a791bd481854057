import { describe, expect, it } from 'vitest';
import { classifyPortalButton, isNextButton } from '../../../lib/page/buttons';
import { portalButtonOf } from '../../../lib/content/presubmit';

/**
 * Breaker 32k item 2: save buttons as layui and icon-font pages draw them. layui writes its icon
 * as a glyph of the font's private use area inside the button (`<i class="layui-icon">&#xe605;</i>保存`),
 * and a layer's record form is closed by its save (保存并关闭, 保存并退出).
 */
describe('button words with an icon glyph or closing the form (breaker 32k item 2)', () => {
  it('reads 保存 / 下一步 / 送审 with an icon-font glyph before or after the words', () => {
    for (const text of ['\ue605保存', '\ue605 保存', '保存 \ue605', '\uf0c7保存并下一步']) expect(classifyPortalButton(text), text).toBe('save');
    expect(classifyPortalButton('\ue609 送审')).toBe('submit');
    expect(isNextButton('下一步\ue602')).toBe(true);
  });

  it('reads 保存并关闭 / 保存并退出 / 保存关闭 as saves', () => {
    for (const text of ['保存并关闭', '保存并退出', '保存关闭', '[保存并关闭]']) expect(classifyPortalButton(text), text).toBe('save');
    // Closing alone saves nothing.
    for (const text of ['关闭', '退出', '取消']) expect(classifyPortalButton(text), text).toBeNull();
  });

  it('holds a layui lay-submit button whose icon is a glyph inside it', () => {
    document.body.innerHTML = `<form class="layui-form"><button class="layui-btn" lay-submit lay-filter="save"><i class="layui-icon">&#xe605;</i> 保存</button></form>`;
    expect(portalButtonOf(document.querySelector('i'), 'basic-info')).toMatchObject({ action: 'save' });
  });
});
