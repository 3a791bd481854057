import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, startPagesSession, waitForStep } from './harness';
import { expectFinding, expectNoFinding, findings } from './overlay-driver';
import { N, webForm } from './web-form-pages';

/**
 * fixb28, in Chromium: two KindEditors in one container as KindEditor draws them, its frames
 * without ids (breaker 28's pages give them ids, which name their boxes): each hidden box is paired
 * with the script-written frame in its place (lib/page/page-text.ts editorFrame).
 */

/** Writes an empty editable document into the KindEditor frame `f` (as tests/e2e/editor-frames.test.ts). */
const KE_WRITE = `function keWrite(f){var d=f.contentWindow.document;d.open();d.write('<html><body class="ke-content"></body></html>');d.close();d.designMode='on';return d;}`;
const keEditor = (id: string, label: string) =>
  `<p><label for="${id}">${label}：</label></p><div class="ke-container" style="width:600px"><div class="ke-toolbar">B I U</div><iframe class="ke-edit-iframe" frameborder="0" style="width:100%;height:120px"></iframe></div><textarea name="${N}${id}" id="${id}" style="display:none"></textarea>`;

const PAGES: Record<string, string> = {
  'two-editors-no-ids': webForm(`<div class="ptitle" style="font-weight:bold">工作期间奖惩情况/个人专业技术工作小结</div><div class="form-body">${keEditor('txtJCQK', '工作期间奖惩情况')}${keEditor('txtGZXJ', '个人专业技术工作小结')}</div>
<input type="submit" name="${N}btnSave" value="保存并下一步" />
<script>${KE_WRITE}var fs=document.querySelectorAll('.ke-edit-iframe');keWrite(fs[0]);keWrite(fs[1]);</script>`),
};

describe('fixb28: two KindEditors in one container, their frames without ids', () => {
  let session: PagesSession;
  beforeAll(async () => {
    session = await startPagesSession((path) => PAGES[path.split('?')[0]!]);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('typing in the 奖惩’s editor leaves the 小结 还是空的; typing in the 小结’s (the second frame) takes it away', async () => {
    const { tab, frame } = await session.open('two-editors-no-ids');
    await waitForStep(frame, 'awards-summary');
    await expectFinding(frame, 'summary-empty', 'error');
    await tab.frameLocator('.ke-edit-iframe >> nth=0').locator('body').click();
    await tab.keyboard.type('无。');
    await tab.waitForTimeout(1_500);
    expect((await findings(frame)).filter((f) => f.checkId === 'summary-empty').map((f) => f.severity)).toEqual(['error']);
    await tab.frameLocator('.ke-edit-iframe >> nth=1').locator('body').click();
    await tab.keyboard.type('本人从事环境监测工作四年。');
    await expectNoFinding(frame, 'summary-empty');
    await tab.close();
  });
});
