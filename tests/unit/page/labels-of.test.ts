/**
 * labelsOf (lib/page/collect.ts): an element that is no control, labelled as a control is — the
 * upload frame in 基本信息's 个人照片 cell (B64a-4), whose file box the page hears
 * (lib/content/on-demand-actions.ts inspectPhoto) when the frame's label names 个人照片.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { labelsOf } from '../../../lib/page/collect';
import { labelKeys } from '../../../lib/fields/recognize';

afterEach(() => {
  document.body.innerHTML = '';
});

const keysOf = (el: Element) => labelsOf(el).flatMap((l) => labelKeys(l.text));

describe('labelsOf an element that is no control', () => {
  it('reads an upload frame’s label from the cell before it (the required star and colon aside): 个人照片 → page.photo', () => {
    document.body.innerHTML = `<table><tr><td class="tdTitle"><font color="red">*</font>个人照片：</td><td><iframe id="ifrZP"></iframe></td></tr>
<tr><td>附件：</td><td><iframe id="ifrFJ"></iframe></td></tr></table>`;
    expect(labelsOf(document.getElementById('ifrZP')!).map((l) => l.text)).toContain('个人照片');
    expect(keysOf(document.getElementById('ifrZP')!)).toContain('page.photo');
    expect(keysOf(document.getElementById('ifrFJ')!)).not.toContain('page.photo');
  });

  it('reads a layui form item’s label before the frame’s block', () => {
    document.body.innerHTML = `<div class="layui-form-item"><label class="layui-form-label">照片</label><div class="layui-input-block"><iframe id="ifr"></iframe></div></div>`;
    expect(keysOf(document.getElementById('ifr')!)).toContain('page.photo');
  });
});
