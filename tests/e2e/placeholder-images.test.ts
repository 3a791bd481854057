import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, startPagesSession, waitForStep } from './harness';
import { type MessageTap, messageTap, removeTappedCopy, tappedExtensionDir } from './message-tap';
import { findings, waitForProfile } from './overlay-driver';

/**
 * The built extension on pages showing a "no file" placeholder image that loads (breaker 25 items
 * 1–2): a name made of placeholder words joined (nopicture.jpg, defaultphoto.jpg, DefaultPic.gif)
 * beside 基本信息's photo box is no saved photo, and alone in 在岗在职证明材料's 文件 cell is the
 * material missing; a scan named by an id beside such a word is the file. Breaker 26: so is a
 * placeholder named with a size or a qualifier (default_head_120x160.jpg, default_user.jpg,
 * nopic_small.gif), which read as a file after 72de81a. Each page in a fresh tab.
 */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const row = (label: string, control: string) => `<tr><td><span style="color:red">*</span>${label}：</td><td>${control}</td></tr>`;
const page = (body: string) => `<!doctype html><html><head><meta charset="utf-8"><title>职称申报</title></head><body><form>${body}</form></body></html>`;
const basicInfo = (photo: string) =>
  page(`<div><b>基本信息</b></div><table>${row('姓名', '<input id="txtXM" value="李明远">')}${row('公民身份号码', '<input id="txtSFZH" value="440106199805120314">')}
${row('个人照片', `${photo}<br><input type="file" id="fuZP"><input type="submit" value="上传照片">`)}</table><input type="submit" value="保存并下一步">`);
const checklist = (fileCell: string) =>
  page(`<div>当前位置：初次职称考核认定 &gt; 证书、证明材料</div>
<table border="1"><tr><th>材料名称</th><th>是否必传</th><th>文件</th><th>操作</th></tr>
<tr><td>在岗在职证明材料</td><td>是</td><td>${fileCell}</td><td><a href="#">上传</a></td></tr>
<tr><td>其他证书、证明材料</td><td>否</td><td>获奖证书.jpg</td><td><a href="#">上传</a></td></tr></table>
<input type="submit" value="保存并下一步">`);
const PAGES: Record<string, string> = {
  'photo-nopicture': basicInfo('<img src="/images/nopicture.jpg" width="90" height="120">'),
  'photo-defaultphoto': basicInfo('<img src="/images/defaultphoto.jpg" width="90" height="120">'),
  'photo-saved': basicInfo('<img src="/UploadFiles/Default/Photo/default_440106199805120314.jpg" width="90" height="120">'),
  'proof-nopicture': checklist('<img src="/images/nopicture.jpg" width="60" height="40">'),
  'proof-defaultpic': checklist('<img src="/images/DefaultPic.gif" width="60" height="40">'),
  'photo-default-head-size': basicInfo('<img src="/images/default_head_120x160.jpg" width="90" height="120">'),
  'photo-default-user': basicInfo('<img src="/images/default_user.jpg" width="90" height="120">'),
  'proof-nopic-small': checklist('<img src="/images/nopic_small.gif" width="60" height="40">'),
  'proof-scan': checklist('<img src="/upload/2024/default_zm001.jpg" width="60" height="40">'),
};

describe('placeholder images that load (breakers 25 and 26)', () => {
  let session: PagesSession;
  /** The background's answers (the build is tapped: tests/e2e/message-tap.ts). */
  let tap: MessageTap;
  /** The tapped copy of the build this file's browser loads. */
  let tapped: string | undefined;
  beforeAll(async () => {
    session = await startPagesSession((path) => PAGES[path], { extensionDir: (tapped = await tappedExtensionDir()) });
    tap = messageTap(session.browser);
    // Every image loads (a placeholder is a real picture on the portal; a 404 would read as broken).
    await session.browser.context.route(/\.(jpg|gif)$/, (route) => route.fulfill({ contentType: 'image/gif', body: GIF }));
  });
  afterAll(async () => {
    await session?.close();
    await removeTappedCopy(tapped);
  });

  /**
   * Opens `path` until the overlay names `step`; then `present` must be among the findings, `absent`
   * not. An absence is read where it means something: the background's answer to the profile
   * request (which the content script waits for with the field maps, then reads the page again)
   * is held until every image of the page has loaded, so the findings shown with the profile's
   * label come from a reading of the page as it stays, with the field maps.
   */
  async function checkPage(path: string, step: string, present: string | null, absent: string | null): Promise<void> {
    if (absent) await tap.hold('profile:get-active');
    try {
      const { tab, frame } = await session.open(path);
      await waitForStep(frame, step);
      if (present) await expect.poll(async () => (await findings(frame)).map((f) => f.checkId), { timeout: 5_000 }).toContain(present);
      if (absent) {
        await tab.waitForFunction(() => Array.from(document.images).every((img) => img.complete && img.naturalWidth > 0), null, { timeout: 10_000 });
        await tap.release('profile:get-active');
        await waitForProfile(frame);
        expect((await findings(frame)).map((f) => f.checkId)).not.toContain(absent);
      }
      await tab.close();
    } finally {
      if (absent) await tap.release('profile:get-active');
    }
  }

  it.each(['photo-nopicture', 'photo-defaultphoto', 'photo-default-head-size', 'photo-default-user'])('item 1: %s beside the photo box is no saved photo', async (path) => {
    await checkPage(path, 'basic-info', 'photo-missing', null);
  });

  it('item 1: the saved photo named by the ID number (default_440106….jpg) is a photo', async () => {
    await checkPage('photo-saved', 'basic-info', null, 'photo-missing');
  });

  it.each(['proof-nopicture', 'proof-defaultpic', 'proof-nopic-small'])('item 2: %s alone in 在岗在职证明材料’s 文件 cell is the material missing', async (path) => {
    await checkPage(path, 'certificates', 'on-job-proof-missing', null);
  });

  it('item 2: a scan named by its id beside default (default_zm001.jpg) is the material uploaded', async () => {
    await checkPage('proof-scan', 'certificates', null, 'on-job-proof-missing');
  });
});
