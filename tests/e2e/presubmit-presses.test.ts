import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openStep } from '../portal/drive';
import { controlId, pageOf } from '../portal/pages';
import { type PortalSession, inOverlay, startPortalSession, waitForStep } from './harness';

// Saves the pre-submit check holds without a 保存 button (presubmit6 items 2 and 4): a 确定 below
// the form's boxes, and Enter in a box whose own onkeydown posts the page (IE-era). 基本信息 with a
// wrong 手机号码 has errors; the page's handlers only mark the body, so a press let through shows.

const def = pageOf('basic-info');
const at = (id: string) => `#${controlId(def, id)}`;

describe('pre-submit checks for saves without a 保存 button', () => {
  let session: PortalSession;
  let page: Page;
  let frame: Frame;

  beforeAll(async () => {
    session = await startPortalSession();
    ({ page } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  /** 基本信息 open, with the error, and what the page's own handler marked (nothing yet). */
  async function openWithError(): Promise<void> {
    frame = await openStep(page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await frame.fill(at('txtSJHM'), '1392600123');
  }
  const posted = () => frame.evaluate(() => document.body.dataset.posted ?? null);

  it('a 确定 below the form’s boxes is held while the page has errors; 返回修改 leaves the page as it was (item 2)', async () => {
    await openWithError();
    await frame.evaluate((phone) => {
      const ok = document.createElement('input');
      ok.type = 'button';
      ok.value = '确定';
      ok.id = 'btnOk';
      ok.setAttribute('onclick', "document.body.dataset.posted='ok'");
      document.querySelector(phone)!.closest('table')!.after(ok);
    }, at('txtSJHM'));
    const dialog = inOverlay(frame, '[data-testid="zc-presubmit"]');
    await frame.click('#btnOk');
    await dialog.waitFor();
    expect(await posted()).toBeNull();
    await inOverlay(frame, '[data-testid="zc-presubmit-cancel"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await posted()).toBeNull();
  }, 60_000);

  it('Enter in a box whose onkeydown posts the page is held; a search box’s Enter is not (item 4)', async () => {
    await openWithError();
    await frame.evaluate((phone) => {
      document.querySelector(phone)!.setAttribute('onkeydown', "if(event.keyCode==13){document.body.dataset.posted='enter';return false;/*__doPostBack*/}");
      const search = document.createElement('input');
      search.id = 'txtSearch';
      search.setAttribute('onkeydown', "if(event.keyCode==13){document.body.dataset.posted='search';return false;/*__doPostBack('btnSearch','')*/}");
      document.querySelector(phone)!.closest('table')!.after(search);
    }, at('txtSJHM'));
    const dialog = inOverlay(frame, '[data-testid="zc-presubmit"]');
    await frame.press(at('txtSJHM'), 'Enter');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('回车键');
    expect(await posted()).toBeNull();
    await inOverlay(frame, '[data-testid="zc-presubmit-cancel"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await frame.press('#txtSearch', 'Enter');
    await expect.poll(posted).toBe('search');
    expect(await dialog.count()).toBe(0);
  }, 60_000);
});
