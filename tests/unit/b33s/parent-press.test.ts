import { describe, expect, it } from 'vitest';
import { pressedInFramesLayer } from '../../../lib/content/presubmit';

/**
 * Breaker 33s item 2: the overlay frame hears the presses of the page around it for a layer's
 * 保存 over its form (breaker 32k item 1), but not the page's own menu or buttons beside it.
 */
describe('presses in the page around the frame (breaker 33s item 2)', () => {
  const frameOf = () => document.querySelector('iframe')!;

  it('counts a button of a layer (fixed or absolute) holding the frame', () => {
    document.body.innerHTML = `<div class="layui-layer" style="position:fixed;left:40px;top:40px">
      <div class="layui-layer-content"><iframe></iframe></div>
      <div class="layui-layer-btn"><a id="save">保存</a></div></div>`;
    expect(pressedInFramesLayer(document.getElementById('save'), frameOf())).toBe(true);
    document.body.innerHTML = `<div class="modal" style="position:absolute"><div class="modal-dialog"><div class="body"><iframe></iframe></div>
      <div class="footer"><button id="save">保存</button></div></div></div>`;
    expect(pressedInFramesLayer(document.getElementById('save'), frameOf())).toBe(true);
  });

  it('does not count a shell page’s tree menu or toolbar beside the content frame, nor a layer not holding the frame', () => {
    document.body.innerHTML = `<div class="layout"><div class="side" style="position:fixed;left:0;top:0;width:200px">
      <ul class="tree"><li><a id="menu" href="javascript:void(0)" onclick="go('submit')">完成并送审</a></li></ul></div>
      <div class="main" style="position:absolute;left:200px;top:0"><iframe></iframe></div>
      <div class="toolbar"><input type="button" id="bar" value="送审"></div></div>`;
    expect(pressedInFramesLayer(document.getElementById('menu'), frameOf())).toBe(false);
    expect(pressedInFramesLayer(document.getElementById('bar'), frameOf())).toBe(false);
    document.body.innerHTML = `<iframe></iframe><div style="position:fixed"><button id="other">保存</button></div>`;
    expect(pressedInFramesLayer(document.getElementById('other'), frameOf())).toBe(false);
  });
});
