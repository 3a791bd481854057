/**
 * gate7 probe: pre-submit hold and step recognition on unseen markup.
 * Run: cd /work/main && ZC_OUT_DIR=/tmp/zc-out-gate7 npx tsx _probes/gate7/run.ts [filter]
 */
import { writeFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { SAMPLE_PROFILE, importProfileFile, inOverlay, launchExtension, servePages } from '../../tests/e2e/harness';
import { basicPage, grid, row, STEP_NAMES, submitPage, webForm } from './pages';
import { STEPV } from './steps-variants';

type Trigger = (page: Page, frame: Frame) => Promise<void>;
export interface PV {
  id: string;
  predict: string;
  html: string;
  /** extra documents by path (iframes). */
  extra?: Record<string, string>;
  /** frame url suffix holding the form (default main frame). */
  frameUrl?: string;
  trigger: Trigger;
  after?: 'continue' | 'cancel' | 'cancel-again' | 'continue-again';
  setup?: Trigger;
}

const click = (sel: string): Trigger => async (_p, f) => { await f.click(sel, { timeout: 5000 }); };

const B = (bad: boolean, buttons: string, head = '') => basicPage(bad, buttons, head);

const PV_LIST: PV[] = [
  { id: 'P01 input submit 保存, errors, cancel then again', predict: 'held; cancel → no submit; 2nd click held again', html: B(true, '<input type="submit" id="b" name="btnSave" value="保存" />'), trigger: click('#b'), after: 'cancel-again' },
  { id: 'P02 input submit 保存并下一步, errors, continue', predict: 'held; continue → exactly one submit:保存并下一步', html: B(true, '<input type="submit" id="b" value="保存并下一步" />'), trigger: click('#b'), after: 'continue' },
  { id: 'P03 input submit 保存并下一步, NO errors', predict: 'not held; submit goes through', html: B(false, '<input type="submit" id="b" value="保存并下一步" />'), trigger: click('#b') },
  { id: 'P04 input type=image alt=保存, errors, continue', predict: 'held; continue → submit', html: B(true, '<input type="image" id="b" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="60" height="20" alt="保存" />'), trigger: click('#b'), after: 'continue' },
  { id: 'P05 input type=image title=保存 (no alt)', predict: 'held', html: B(true, '<input type="image" id="b" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="60" height="20" title="保存" />'), trigger: click('#b'), after: 'cancel' },
  { id: 'P06 <button><span>保存</span></button>', predict: 'held; continue → submit', html: B(true, '<button type="submit" id="b"><span class="ico"></span><span>保存</span></button>'), trigger: click('#b span:last-child'), after: 'continue' },
  { id: 'P07 <button><img alt=保存></button>', predict: 'held', html: B(true, '<button type="submit" id="b"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="60" height="20" alt="保存" /></button>'), trigger: click('#b img'), after: 'cancel' },
  { id: 'P08 LinkButton javascript:__doPostBack 保 存, continue then click again', predict: 'held; continue → no postback; next own click → 1 postback', html: B(true, `<a id="b" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbtnSave','')">保&nbsp;存</a>`), trigger: click('#b'), after: 'continue-again' },
  { id: 'P09 <a href=javascript:><img alt=保存></a>', predict: 'held', html: B(true, `<a id="b" href="javascript:__doPostBack('lbSave','')"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="60" height="20" alt="保存" /></a>`), trigger: click('#b img'), after: 'cancel' },
  { id: 'P10 <a onclick="return confirm(确定送审吗)">送审</a>, 同意 unticked, continue', predict: 'held (submit kind); no confirm; continue → nothing pressed', html: submitPage(false, `<a id="b" href="#" onclick="if(confirm('确定送审吗？')){__doPostBack('btnSS','')};return false;">送审</a>`), trigger: click('#b'), after: 'continue' },
  { id: 'P11 送审 with 同意 ticked (no errors)', predict: 'not held; confirm + postback (page acts)', html: submitPage(true, `<a id="b" href="#" onclick="if(confirm('确定送审吗？')){__doPostBack('btnSS','')};return false;">送审</a>`), trigger: click('#b') },
  { id: 'P12 <td onclick> 保存', predict: 'held; continue → td onclick runs', html: B(true, `<table><tr><td id="b" class="btn" onclick="act('td-onclick');document.forms[0].submit();" style="cursor:pointer;border:1px solid #999">保存</td></tr></table>`), trigger: click('#b'), after: 'continue' },
  { id: 'P13 <div> with addEventListener click → form.submit() (no onclick attr)', predict: 'held (the page\'s save control)', html: B(true, `<div id="b" class="btn-save" style="display:inline-block;border:1px solid #999;padding:2px 8px;cursor:pointer">保存</div>
<script>document.getElementById('b').addEventListener('click', function(){ act('div-listener'); document.forms[0].submit(); });</script>`), trigger: click('#b'), after: 'cancel' },
  { id: 'P14 EasyUI linkbutton <a href=javascript:void(0)><span><span>保存</span></span></a> + listener', predict: 'held', html: B(true, `<a href="javascript:void(0)" id="b" class="easyui-linkbutton l-btn"><span class="l-btn-left"><span class="l-btn-text">保存</span></span></a>
<script>document.getElementById('b').addEventListener('click', function(){ act('easyui-save'); });</script>`), trigger: click('#b .l-btn-text'), after: 'continue-again' },
  { id: 'P15 form in iframe beside a menu frame, 保存 in iframe', predict: 'held in the iframe', html: `<html><head><title>广州市职称业务申报与管理系统</title></head><body><iframe src="/x/menu" name="left" width="200" height="500"></iframe><iframe src="/x/form" name="main" width="900" height="600"></iframe></body></html>`, extra: { 'x/menu': `<html><body>${STEP_NAMES.map((n) => `<a href="#">${n}</a><br>`).join('')}</body></html>`, 'x/form': B(true, '<input type="submit" id="b" value="保存并下一步" />') }, frameUrl: '/x/form', trigger: click('#b'), after: 'cancel' },
  { id: 'P16 button created 2s after load', predict: 'held', html: B(true, '<span id="slot"></span><script>setTimeout(function(){ document.getElementById("slot").innerHTML = \'<input type="submit" id="b" value="保存" />\'; }, 2000);</script>'), setup: async (_p, f) => { await f.waitForSelector('#b', { timeout: 8000 }); }, trigger: click('#b'), after: 'cancel' },
  { id: 'P17 UpdatePanel: submit inside panel, PageRequestManager-like form click+onsubmit → async', predict: 'held; continue → async postback once', html: B(true, `<div id="UpdatePanel1"><input type="submit" id="b" name="ctl00$btnSave" value="保存" /></div>
<script>var f=document.forms[0]; f.addEventListener('click', function(e){ if(e.target.type==='submit') window._pending=e.target.name; }); f.onsubmit=function(){ act('async:'+window._pending); return false; };</script>`), trigger: click('#b'), after: 'continue' },
  { id: 'P18 Enter in text box, default button 保存', predict: 'held (implicit submission)', html: B(true, '<input type="submit" id="b" value="保存" /> <input type="submit" value="返回" />'), trigger: async (p, f) => { await f.focus('#txtXM'); await p.keyboard.press('Enter'); }, after: 'cancel' },
  { id: 'P19 Enter in text box, onkeydown handler calls btnSave.click()', predict: 'held', html: B(true, '<input type="submit" id="b" value="查询" style="display:none" /><input type="button" id="s" value="保存" onclick="act(\'save-onclick\');document.forms[0].submit()" /><script>document.getElementById("txtXM").onkeydown=function(e){ if(e.keyCode==13){ document.getElementById("s").click(); return false; } };</script>'), trigger: async (p, f) => { await f.focus('#txtXM'); await p.keyboard.press('Enter'); }, after: 'cancel' },
  { id: 'P20 Enter in text box, form has NO submit button, page onkeydown → __doPostBack save', predict: 'held ideally (user asks page to save); likely not held', html: B(true, `<a id="b" href="javascript:__doPostBack('lbSave','')">保存</a><script>document.getElementById("txtXM").onkeydown=function(e){ if(e.keyCode==13){ __doPostBack('lbSave',''); return false; } };</script>`), trigger: async (p, f) => { await f.focus('#txtXM'); await p.keyboard.press('Enter'); } },
  { id: 'P21 <span class=btn> custom element click → page form.submit() via jQuery-style delegation on document', predict: 'held', html: B(true, `<span class="btn" data-action="save" id="b" style="border:1px solid #999;cursor:pointer">保存</span>
<script>document.addEventListener('click', function(e){ if(e.target.getAttribute && e.target.getAttribute('data-action')==='save'){ act('delegated-save'); document.forms[0].submit(); } });</script>`), trigger: click('#b'), after: 'cancel' },
  { id: 'P22 disabled 保存 enabled after 1.5s', predict: 'held once enabled', html: B(true, '<input type="submit" id="b" value="保存" disabled="disabled" /><script>setTimeout(function(){document.getElementById("b").disabled=false;},1500);</script>'), setup: async (p) => { await p.waitForTimeout(2000); }, trigger: click('#b'), after: 'cancel' },
  { id: 'P23 返回 submit, errors', predict: 'not held; submit:返回', html: B(true, '<input type="submit" id="b" value="返回" />'), trigger: click('#b') },
  { id: 'P24 取消 / 查询 / 删除(confirm)', predict: 'none held; three acts', html: B(true, '<input type="submit" id="c" value="取消" /><input type="button" id="q" value="查询" onclick="act(\'query\')" /><a id="d" href="#" onclick="if(confirm(\'确定删除吗？\')) act(\'del\'); return false;">删除</a>'), trigger: async (_p, f) => { await f.click('#c'); await f.click('#q'); await f.click('#d'); } },
  { id: 'P25 下一步 link that only navigates', predict: 'not held', html: B(true, '<a id="b" href="#next" onclick="act(\'nav\')">下一步</a>'), trigger: click('#b') },
  { id: 'P26 input submit 下一步 (posts the form)', predict: 'ambiguous: brief lists 下一步 as save control → held', html: B(true, '<input type="submit" id="b" value="下一步" />'), trigger: click('#b'), after: 'cancel' },
  { id: 'P27 完成并送审 submit button, 同意 unticked', predict: 'held as submit; continue presses nothing', html: submitPage(false, '<input type="submit" id="b" value="完成并送审" onclick="return confirm(\'确定送审吗？\')" />'), trigger: click('#b'), after: 'continue' },
  { id: 'P28 提交 on basic-info with errors, continue', predict: 'held as submit; continue presses nothing', html: B(true, '<input type="submit" id="b" value="提交" />'), trigger: click('#b'), after: 'continue' },
  { id: 'P29 暂存 with errors', predict: 'held', html: B(true, '<input type="submit" id="b" value="暂存" />'), trigger: click('#b'), after: 'cancel' },
  { id: 'P30 [保存] bracketed link (old ASP style)', predict: 'held', html: B(true, `<a id="b" href="javascript:__doPostBack('lbSave','')">[保存]</a>`), trigger: click('#b'), after: 'cancel' },
  { id: 'P31 保存并提交', predict: 'held (submit)', html: B(true, '<input type="submit" id="b" value="保存并提交" />'), trigger: click('#b'), after: 'cancel' },
  { id: 'P32 保存草稿', predict: 'held', html: B(true, '<input type="submit" id="b" value="保存草稿" />'), trigger: click('#b'), after: 'cancel' },
  { id: 'P33 提交申报 on 完成并送审 page, 同意 unticked', predict: 'held as submit', html: submitPage(false, '<input type="submit" id="b" value="提交申报" />'), trigger: click('#b'), after: 'cancel' },
  { id: 'P34 保存 button with page onclick validation (return confirm) + continue', predict: 'held; continue → confirm once, submit once', html: B(true, `<input type="submit" id="b" value="保存" onclick="return confirm('确定保存吗？');" />`), trigger: click('#b'), after: 'continue' },
  { id: 'P35 上传照片 with only a non-photo error', predict: 'not held (README: upload held only for photo problems)', html: B(true, `<table>${row('个人照片', '<input type="file" name="fuPhoto" id="fuPhoto" />', false)}</table><input type="submit" id="b" value="上传照片" />`), trigger: click('#b') },
  { id: 'P36 上传照片 with a PNG chosen (photo-format error)', predict: 'held', html: B(false, `<table>${row('个人照片', '<input type="file" name="fuPhoto" id="fuPhoto" />', false)}</table><input type="submit" id="b" value="上传照片" />`), setup: async (p, f) => { await f.setInputFiles('#fuPhoto', '/tmp/gate7/photo.jpg'); await p.waitForTimeout(2500); }, trigger: click('#b'), after: 'cancel' },
  { id: 'P37 toolbar frame 保存 (separate frame) driving form frame submit', predict: 'held ideally; likely not (toolbar frame has no overlay)', html: `<html><head><title>广州市职称业务申报与管理系统</title>${''}</head><body><iframe src="/y/form" name="main" width="900" height="400"></iframe><iframe src="/y/bar" name="bar" width="900" height="60"></iframe></body></html>`, extra: { 'y/form': B(true, ''), 'y/bar': `<html><body><input type="button" id="b" value="保存" onclick="parent.frames['main'].act('bar-save'); parent.frames['main'].document.forms[0].submit();" /></body></html>` }, frameUrl: '/y/form', trigger: async (p) => { const bar = p.frames().find((x) => x.url().endsWith('/y/bar'))!; await bar.click('#b'); } },
  { id: 'P38 保存 submit whose value has full-width spaces "保　存" and accelerator "(S)"', predict: 'held', html: B(true, '<input type="submit" id="b" value="保　存(S)" />'), trigger: click('#b'), after: 'cancel' },
  { id: 'P39 送审 as input type=image alt=送审, 同意 unticked, continue', predict: 'held; continue presses nothing', html: submitPage(false, '<input type="image" id="b" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="60" height="20" alt="送审" onclick="return confirm(\'确定送审吗？\')" />'), trigger: click('#b'), after: 'continue' },
  { id: 'P40 fix the error after cancel, then click: goes through', predict: 'held; cancel; fix ID; click → submit', html: B(true, '<input type="submit" id="b" value="保存" />'), trigger: click('#b'), after: 'cancel' },
  { id: 'P41 上传照片 with a valid JPEG chosen, only a non-photo error (bad ID)', predict: 'not held', html: B(true, `<table>${row('个人照片', '<input type="file" name="fuPhoto" id="fuPhoto" />', false)}</table><input type="submit" id="b" value="上传照片" />`), setup: async (p, f) => { await f.setInputFiles('#fuPhoto', '/work/main/tests/fixtures/photos/ok.jpg'); await p.waitForTimeout(2500); }, trigger: click('#b') },
  { id: 'P42 certificates upload of 学历证书 while list lacks 在岗在职证明材料', predict: 'not held (warning only)', html: webForm(`<div class="ptitle">证书、证明材料</div>${grid(['附件名称', '记录序号', '文件名称'], [['学历证书', '1', 'xl.pdf']])}<table>${row('附件名称', '<select name="ddlFJMC" id="ddlFJMC"><option value="1" selected="selected">学历证书</option><option value="2">在岗在职证明材料</option></select>')}${row('记录序号', '<input name="txtJLXH" id="txtJLXH" value="2" />')}${row('选择文件', '<input type="file" name="fu" id="fu" />')}</table><input type="submit" id="b" value="上传" /> <input type="submit" value="返回" />`), setup: async (p, f) => { await f.setInputFiles('#fu', '/work/main/tests/fixtures/photos/ok.jpg'); await p.waitForTimeout(1500); }, trigger: click('#b') },
  { id: 'P43 education page: list fine, form untouched, 添加 then 保存并新增', predict: 'neither held', html: webForm(`<div class="ptitle">学位（学历）教育情况</div>${grid(['记录序号', '学历', '毕业院校', '附件'], [['1', '大学本科', '华南理工大学', '2个']])}<table>${row('记录序号', '<input name="txtJLXH" />')}${row('毕业院校', '<input name="txtBYYX" />')}${row('学历', '<input name="txtXL" />')}</table><input type="button" id="a" value="添加" onclick="act('add')" /> <input type="submit" id="b" value="保存并新增" />`), trigger: async (_p, f) => { await f.click('#a'); await f.click('#b'); } },
  { id: 'P44 same-frame menu link 完成并送审 (navigation) on a page with errors', predict: 'not held', html: B(true, '<a id="b" href="#submit-page" onclick="act(\'menu-nav\')">完成并送审</a> <input type="submit" value="保存" />'), trigger: click('#b') },
  { id: 'P45 keyboard: Tab focus to 保存 and Space', predict: 'held', html: B(true, '<input type="submit" id="b" value="保存" />'), trigger: async (p, f) => { await f.focus('#b'); await p.keyboard.press('Space'); }, after: 'cancel' },
  { id: 'P46 保存 with handler on mousedown (page acts before click)', predict: 'held ideally; the page acts on mousedown', html: B(true, '<input type="button" id="b" value="保存" onmousedown="act(\'mousedown-save\')" />'), trigger: click('#b'), after: 'cancel' },
];

async function overlayState(frame: Frame) {
  const step = await inOverlay(frame, '[data-testid="zc-step"]').first().getAttribute('data-step-id', { timeout: 500 }).catch(() => null);
  const finds = await inOverlay(frame, '[data-testid="zc-finding"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-check-id')}/${e.getAttribute('data-severity')}`)).catch(() => []);
  return { step, finds };
}

async function main() {
  const filter = process.argv[2] ?? '';
  let current: Record<string, string> = {};
  const server = await servePages((path) => current[path]);
  const browser = await launchExtension();
  await importProfileFile(browser, SAMPLE_PROFILE);
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.accept(); });
  const out: unknown[] = [];

  for (const v of PV_LIST.filter((x) => x.id.includes(filter) || filter === 'P')) {
    if (filter === 'S') break;
    current = { p: v.html, ...(v.extra ?? {}) };
    const res: Record<string, unknown> = { id: v.id, predict: v.predict };
    try {
      await page.goto(`${server.origin}/p`);
      let frame: Frame = page.mainFrame();
      if (v.frameUrl) {
        for (let i = 0; i < 50 && !page.frames().some((f) => f.url().endsWith(v.frameUrl!)); i++) await page.waitForTimeout(100);
        frame = page.frames().find((f) => f.url().endsWith(v.frameUrl!))!;
      }
      await inOverlay(frame, '[data-testid="zc-step"]').first().waitFor({ timeout: 10_000 }).catch(() => {});
      await page.waitForTimeout(1200);
      if (v.setup) await v.setup(page, frame);
      Object.assign(res, await overlayState(frame));
      await v.trigger(page, frame);
      await page.waitForTimeout(700);
      const held = () => inOverlay(frame, '[data-testid="zc-presubmit"]').count();
      const acts = () => frame.evaluate(() => [...((window as unknown as { acts: string[] }).acts ?? [])]);
      res.held = (await held()) > 0;
      res.acts = await acts();
      if (res.held) res.dialogText = (await inOverlay(frame, '[data-testid="zc-presubmit"]').innerText()).replace(/\s+/g, ' ').slice(0, 300);
      if (res.held && v.after) {
        if (v.after.startsWith('continue')) await inOverlay(frame, '[data-testid="zc-presubmit-continue"]').click();
        else await inOverlay(frame, '[data-testid="zc-presubmit-cancel"]').click();
        await page.waitForTimeout(700);
        res.afterHeld = (await held()) > 0;
        res.afterActs = await acts();
        if (v.after.endsWith('again')) {
          await v.trigger(page, frame);
          await page.waitForTimeout(700);
          res.againHeld = (await held()) > 0;
          res.againActs = await acts();
        }
        if (v.id.startsWith('P40')) {
          await frame.fill('#txtSFZH', '440106199805120314');
          await page.waitForTimeout(1200);
          await v.trigger(page, frame);
          await page.waitForTimeout(700);
          res.fixedHeld = (await held()) > 0;
          res.fixedActs = await acts();
        }
      }
      res.dialogs = dialogs.splice(0);
    } catch (e) {
      res.error = String(e).slice(0, 300);
    }
    console.log(JSON.stringify(res));
    out.push(res);
  }

  for (const v of STEPV.filter((x) => x.id.includes(filter) || filter === 'S')) {
    if (filter === 'P') break;
    current = { p: v.html, ...(v.extra ?? {}) };
    const res: Record<string, unknown> = { id: v.id, expect: v.expect };
    try {
      await page.goto(`${server.origin}/p`);
      await page.waitForTimeout(800);
      // wait up to 8s for any overlay in any frame
      for (let i = 0; i < 40; i++) {
        let n = 0;
        for (const f of page.frames()) n += await f.locator('[data-zc-root]').count().catch(() => 0);
        if (n) break;
        await page.waitForTimeout(200);
      }
      await page.waitForTimeout(1500);
      const frames: Record<string, unknown>[] = [];
      for (const f of page.frames()) {
        const n = await f.locator('[data-zc-root]').count().catch(() => 0);
        if (!n) continue;
        frames.push({ url: f.url().replace(server.origin, ''), ...(await overlayState(f)) });
      }
      res.overlays = frames;
      res.step = frames.map((f) => f.step).join(',') || '(no overlay)';
      res.ok = v.expect.split('|').includes(res.step as string);
    } catch (e) {
      res.error = String(e).slice(0, 300);
    }
    console.log(JSON.stringify(res));
    out.push(res);
  }
  writeFileSync(`/tmp/gate7/results-${filter || 'all'}.json`, JSON.stringify(out, null, 1));
  await browser.close();
  await server.close();
}

void main();
