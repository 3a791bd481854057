import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { chromium, type Frame, type Page } from 'playwright-core';
import { chooseSeries, login, openStep } from '../portal/drive';
import { controlId, pageOf } from '../portal/pages';
import { DIALOG_REGISTRY_KEY } from '../../lib/compat/modal-dialog';
import { CHROMIUM_ARGS, CHROMIUM_LAUNCHER, importProfileFile, inOverlay, SAMPLE_PROFILE, startPortalSession, tempProfileFile, waitForStep, type PortalSession } from './harness';
import { applyAutofill, expandPanel, findings, startAutofill, startTeach, waitForProfile } from './overlay-driver';

/**
 * Issue 9, security and privacy, proven in Chromium with the e2e build: page text that looks
 * like markup or script is shown as text everywhere the overlay quotes the page; page scripts
 * get nothing from us (no globals beyond the IE-era shim, no answer to messages, no way to
 * switch the helper off); and no profile value is written where the page can read it.
 */

const BASIC = pageOf('basic-info');
const at = (id: string) => `#${controlId(BASIC, id)}`;

/**
 * Hostile page texts; each sets `window.__pwned` if it ever runs as markup. No spaces (`/`
 * separates the attributes, which HTML allows), because labels are quoted whitespace-compacted.
 */
const HOSTILE_IMG = '<img/src="x"/onerror="window.__pwned=1">';
const HOSTILE_IMG_ELEMENT = '<img/src="x"/onerror="window.__pwned=3">';
const HOSTILE_SCRIPT = '<script>window.__pwned=4</script>';

/** The overlay's whole text (shadow root, tour included). */
function overlayText(frame: Frame): Promise<string> {
  return frame.evaluate(() => document.querySelector('[data-zc-root]')?.shadowRoot?.textContent ?? '');
}

/** Elements in our shadow root that could run or load something, and inline `on*` handlers. */
function activeContent(frame: Frame): Promise<{ elements: string[]; handlers: string[] }> {
  return frame.evaluate(() => {
    const shadow = document.querySelector('[data-zc-root]')?.shadowRoot;
    const all = shadow ? [...shadow.querySelectorAll('*')] : [];
    return {
      elements: all.filter((e) => /^(img|script|iframe|object|embed|link|svg|math)$/i.test(e.tagName)).map((e) => e.tagName),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}.${a.name}`)),
    };
  });
}

const pwned = (target: Frame | Page) => target.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned);

/**
 * One portal and one browser for the file's three blocks (each once started its own): every block
 * opens its step anew, so a case starts on a fresh page with the sample applicant, and nothing is
 * saved to the portal (each 保存 is held and cancelled). The last block changes the stored profile
 * (存入档案, another profile made active), so it stays last.
 */
let session: PortalSession;

beforeAll(async () => {
  session = await startPortalSession();
});

afterAll(async () => {
  await session?.close();
});

describe('hostile page text is shown as text', () => {
  it('in findings, the teach panel, the autofill preview, the tour and the pre-submit dialog', async () => {
    const frame = await openStep(session.page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await waitForProfile(frame);
    expect(await activeContent(frame)).toEqual({ elements: [], handlers: [] });

    // A page that says markup: the 姓名 label as text (the red * kept), the 联系电话 label as an
    // element whose text is markup, and an 认定资格名称 option whose text is a script tag.
    await frame.evaluate(
      ({ name, phone, qualification, img, imgElement, script }) => {
        const labelCell = (id: string) => document.getElementById(id)?.closest('td')?.previousElementSibling;
        const nameCell = labelCell(name);
        const text = nameCell && [...nameCell.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.includes('姓名'));
        if (!text) throw new Error('no 姓名 label text');
        text.textContent = `姓名${img}：`;
        const phoneCell = labelCell(phone);
        if (!phoneCell) throw new Error('no 联系电话 label');
        const bold = document.createElement('b');
        bold.textContent = imgElement;
        phoneCell.replaceChildren(bold, '电话：');
        const select = document.getElementById(qualification) as HTMLSelectElement;
        const option = select.options[1];
        if (!option) throw new Error('no 认定资格名称 option');
        option.text = `${script}${option.text}`;
        select.selectedIndex = 1;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      {
        name: controlId(BASIC, 'txtXM'),
        phone: controlId(BASIC, 'txtLXDH'),
        qualification: controlId(BASIC, 'ddlRDZGMC'),
        img: HOSTILE_IMG,
        imgElement: HOSTILE_IMG_ELEMENT,
        script: HOSTILE_SCRIPT,
      },
    );

    // Findings quote the label (required-field) and the option text (level mismatch).
    await expect
      .poll(async () => (await findings(frame)).map((f) => `${f.field} ${f.text}`).join('\n'), { timeout: 5_000 })
      .toContain(`姓名${HOSTILE_IMG}`);
    expect((await findings(frame)).map((f) => f.text).join('\n')).toContain(HOSTILE_SCRIPT);
    const field = await inOverlay(frame, '[data-testid="zc-finding"][data-check-id="required-field"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
    expect(field).toContain(`姓名${HOSTILE_IMG}`);

    // Teach mode names the picked field by its page label.
    await expandPanel(frame);
    await inOverlay(frame, '#zc-sec-more > summary').click();
    await startTeach(frame);
    await frame.click(at('txtLXDH'));
    const teach = inOverlay(frame, '[data-testid="zc-teach"][data-phase="choose"]');
    await teach.waitFor();
    expect(await teach.textContent()).toContain(HOSTILE_IMG_ELEMENT);
    await inOverlay(frame, '[data-testid="zc-teach-key"]').selectOption('basic.phone');
    await inOverlay(frame, '[data-testid="zc-teach-save"]').click();
    await inOverlay(frame, '[data-testid="zc-teach"][data-phase="saved"]').waitFor();

    // The autofill preview shows what the page holds now when it differs (here page script
    // wrote markup into the taught field), as text.
    await frame.$eval(at('txtLXDH'), (el, value) => {
      (el as HTMLInputElement).value = value;
    }, HOSTILE_IMG_ELEMENT);
    await startAutofill(frame);
    const phoneRow = inOverlay(frame, '[data-testid="zc-autofill-preview-item"][data-key="basic.phone"]');
    expect(await phoneRow.textContent()).toContain(HOSTILE_IMG_ELEMENT);
    await inOverlay(frame, '#zc-sec-fill button:text-is("取消")').click();

    // The tour's fields stop lists the problems found, with the quoted page texts.
    await inOverlay(frame, '[data-testid="zc-tour-start"]').click();
    const tourTexts: string[] = [];
    const tour = inOverlay(frame, '[data-testid="zc-tour"]');
    await tour.waitFor();
    // 下一步 through every stop; on the last one it reads 完成 and ends the tour.
    while ((await tour.count()) > 0) {
      tourTexts.push((await tour.textContent()) ?? '');
      const index = await tour.getAttribute('data-index');
      await inOverlay(frame, '[data-testid="zc-tour-next"]').click();
      await expect.poll(async () => ((await tour.count()) > 0 ? tour.getAttribute('data-index') : 'ended')).not.toBe(index);
    }
    expect(tourTexts.join('\n')).toContain(HOSTILE_SCRIPT);

    // 保存并下一步 with errors: the dialog lists them, quotes and all; nothing is posted.
    const saves = session.portal.saves().length;
    await frame.click(at(BASIC.buttons.next));
    const dialog = inOverlay(frame, '[data-testid="zc-presubmit"]');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`姓名${HOSTILE_IMG}`);
    expect(await dialog.textContent()).toContain(HOSTILE_SCRIPT);
    expect(session.portal.saves().length).toBe(saves);

    // Everything was text: nothing ran in the page, no element came from the page's strings.
    const shown = await overlayText(frame);
    for (const hostile of [HOSTILE_IMG, HOSTILE_IMG_ELEMENT, HOSTILE_SCRIPT]) expect(shown).toContain(hostile);
    expect(await activeContent(frame)).toEqual({ elements: [], handlers: [] });
    expect(await pwned(frame)).toBeUndefined();
    expect(await pwned(session.page)).toBeUndefined();
    await inOverlay(frame, '[data-testid="zc-presubmit-cancel"]').click();
  });
});

/** Every text of the sample profile (string leaves, 2 characters or more). */
async function sampleProfileTexts(): Promise<string[]> {
  const file = JSON.parse(await readFile(SAMPLE_PROFILE, 'utf8')) as { profile: unknown };
  const out = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.trim().length >= 2) out.add(value.trim());
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(file.profile);
  return [...out];
}

/** Own property names of a frame's `window` (enumerable or not), sorted. */
function windowNames(frame: Frame | Page): Promise<string[]> {
  return frame.evaluate(() => Object.getOwnPropertyNames(window).sort());
}

/** What page scripts can read of a frame: its storage, its DOM serialised (attributes included). */
function pageVisible(frame: Frame): Promise<{ local: Record<string, string>; session: Record<string, string>; html: string }> {
  return frame.evaluate(() => {
    const dump = (s: Storage) => Object.fromEntries(Object.keys(s).map((k) => [k, s.getItem(k) ?? '']));
    return { local: dump(localStorage), session: dump(sessionStorage), html: document.documentElement.outerHTML };
  });
}

describe('page scripts get nothing from us', () => {
  let frame: Frame;
  let profileTexts: string[];
  /** The page's own text before anything was filled: profile texts it already held are not ours to find. */
  let before: string;

  beforeAll(async () => {
    profileTexts = await sampleProfileTexts();
    frame = await openStep(session.page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    before = JSON.stringify([await pageVisible(frame), await pageVisible(session.page.mainFrame())]);
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.result === 'filled').length).toBeGreaterThan(10);
  });

  it('defines no global in the page world but those of the IE-era shim (lib/compat)', async () => {
    const withExtension = { top: await windowNames(session.page), form: await windowNames(frame) };
    // The same pages in a Chromium without the extension.
    const plain = await chromium.launch({ executablePath: CHROMIUM_LAUNCHER, headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await plain.newPage();
      await login(page, session.portal, 'plain');
      await chooseSeries(page, '初级');
      const plainFrame = await openStep(page, 'basic-info');
      const without = { top: await windowNames(page), form: await windowNames(plainFrame) };
      const added = (names: string[], base: string[]) => names.filter((n) => !base.includes(n));
      // lib/compat/modal-dialog.ts: the stand-in and its (non-enumerable) list of open choosers;
      // `compat`: WXT's IIFE wrapper of the main-world bundle assigns its result (a Promise of
      // undefined) to a global named after the entrypoint (`globalName: false` would drop it).
      const shim = ['showModalDialog', DIALOG_REGISTRY_KEY].sort();
      expect(added(withExtension.top, without.top).sort()).toEqual(shim);
      expect(added(withExtension.form, without.form).sort()).toEqual(shim);
    } finally {
      await plain.close();
    }
    // No extension API reaches the page world (no externally_connectable).
    expect(await frame.evaluate(() => typeof (window as Window & { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe('undefined');
  });

  it('answers no message from the page, and a forged "newer script" event does not switch it off', async () => {
    const extensionId = session.browser.extensionId;
    const received = await frame.evaluate(async (eventName) => {
      const seen: unknown[] = [];
      const listen = (event: MessageEvent) => seen.push(event.data);
      window.addEventListener('message', listen);
      window.top?.addEventListener('message', listen);
      document.addEventListener('profile:get-active', (event) => seen.push((event as CustomEvent).detail));
      const asks = [{ type: 'profile:get-active' }, { type: 'progress:get' }, { type: 'overlay:autofill' }, { type: 'profile:apply-captured', values: [], dryRun: true }];
      for (const ask of asks) {
        window.postMessage(ask, '*');
        window.top?.postMessage(ask, '*');
        document.dispatchEvent(new CustomEvent(ask.type, { detail: ask }));
      }
      // WXT's signal that a newer copy of the content script started (lib/content/single-instance.ts).
      document.dispatchEvent(new CustomEvent(eventName, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      await new Promise((done) => setTimeout(done, 1_000));
      return seen;
    }, `${extensionId}:content:wxt:content-script-started`);
    const text = JSON.stringify(received);
    for (const value of profileTexts) expect(text).not.toContain(value);
    // Only the page's own messages came back (its two windows hear each other's posts).
    for (const item of received) expect(['profile:get-active', 'progress:get', 'overlay:autofill', 'profile:apply-captured']).toContain((item as { type?: string }).type);
    expect(await inOverlay(frame, '[data-testid="zc-autofill-preview"]').count()).toBe(0);

    // Still on duty: no reconnect note, and 保存并下一步 with an error is still held back.
    expect(await inOverlay(frame, '[data-testid="zc-disconnected"]').count()).toBe(0);
    await frame.fill(at('txtSJHM'), '139');
    const saves = session.portal.saves().length;
    await frame.click(at(BASIC.buttons.next));
    await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
    expect(session.portal.saves().length).toBe(saves);
    await inOverlay(frame, '[data-testid="zc-presubmit-cancel"]').click();
  });

  it('writes no profile value into page storage, cookies or DOM attributes', async () => {
    // Filling sets the fields' values (properties), which is the point; the markup keeps none.
    const name = await frame.inputValue(at('txtXM'));
    expect(profileTexts).toContain(name);
    const filled = await pageVisible(frame);
    expect(filled.html).not.toContain(name);
    // A record step too: its saved 记录序号 are remembered by the background, never in the page's storage (lib/background/record-memory.ts).
    const record = await openStep(session.page, 'annual-review');
    await waitForStep(record, 'annual-review');
    const visible = [filled, await pageVisible(record), await pageVisible(session.page.mainFrame())];
    const cookies = await session.browser.context.cookies(session.portal.url);
    const exposed = JSON.stringify([visible, cookies]);
    // The page's own words (e.g. its notice names 年度考核表) are the portal's, not a leak.
    const served = await (await session.page.request.get(record.url())).text();
    const leaked = profileTexts.filter((value) => !before.includes(value) && !served.includes(value) && exposed.includes(value));
    expect(leaked).toEqual([]);

    for (const storage of visible.flatMap((v) => [v.local, v.session])) expect(storage).toEqual({});
  });
});

describe('page scripts cannot act for the user', () => {
  let frame: Frame;

  beforeAll(async () => {
    frame = await openStep(session.page, 'basic-info');
    await waitForStep(frame, 'basic-info');
    await waitForProfile(frame);
  });

  /**
   * A page script's `.click()` on an element of our open shadow root (an untrusted click): in
   * place, and with the element taken out of the tree for the click (past any listener on the
   * root; a probe's bypass of the first fix).
   */
  const pageClicks = (selector: string) =>
    frame.evaluate((s) => {
      const el = document.querySelector('[data-zc-root]')?.shadowRoot?.querySelector<HTMLElement>(s);
      if (!el) throw new Error(`no ${s} in the overlay`);
      el.click();
      const parent = el.parentNode!;
      const next = el.nextSibling;
      el.remove();
      el.click();
      parent.insertBefore(el, next);
    }, selector);
  /** What a press may have started shows within this time, if it shows at all. */
  const settle = () => frame.waitForTimeout(1_000);

  it('ignores its clicks on 用档案填写本页, 确认填写, 覆盖, 把本页存入档案 and its picks in teach mode', async () => {
    await pageClicks('[data-testid="zc-autofill"]');
    await settle();
    expect(await inOverlay(frame, '[data-testid="zc-autofill-preview"]').count()).toBe(0);

    // The user typed a name and opens the preview; the page's presses on 覆盖 and 确认填写 do nothing.
    await frame.fill(at('txtXM'), '王小明');
    await startAutofill(frame);
    const overwrite = inOverlay(frame, '[data-testid="zc-autofill-preview-item"][data-key="basic.name"] input[type=checkbox]');
    await pageClicks('[data-testid="zc-autofill-preview-item"][data-key="basic.name"] input[type=checkbox]');
    await pageClicks('[data-testid="zc-autofill-apply"]');
    await settle();
    expect(await overwrite.isChecked()).toBe(false);
    expect(await inOverlay(frame, '[data-testid="zc-autofill-report"]').count()).toBe(0);
    expect(await frame.inputValue(at('txtSJHM'))).toBe('');
    // The user's own presses still work.
    await overwrite.check();
    expect(await overwrite.isChecked()).toBe(true);
    await overwrite.uncheck();
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'basic.name')?.result).toBe('skipped');
    expect(report.find((r) => r.key === 'basic.mobile')?.result).toBe('filled');
    expect(await frame.inputValue(at('txtXM'))).toBe('王小明');

    // 把本页存入档案 (it would overwrite the stored profile with the page's values), once the user has
    // opened 更多, which draws it.
    await inOverlay(frame, '#zc-sec-more > summary').click();
    await inOverlay(frame, '[data-testid="zc-capture"]').waitFor();
    await pageClicks('[data-testid="zc-capture"]');
    await settle();
    expect(await inOverlay(frame, '[data-testid="zc-capture-preview"]').count()).toBe(0);

    // The user opens the capture preview; the page then changes a field before his 存入档案:
    // what is saved is what the preview showed.
    await inOverlay(frame, '[data-testid="zc-capture"]').click();
    const changes = inOverlay(frame, '[data-testid="zc-capture-change"]');
    await changes.first().waitFor();
    const shown = await changes.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')));
    expect(shown).toEqual(['basic.name']);
    await frame.evaluate((id) => ((document.getElementById(id) as HTMLInputElement).value = '11010519491231002X'), controlId(BASIC, 'txtSFZH'));
    await inOverlay(frame, '[data-testid="zc-capture-apply"]').click();
    await inOverlay(frame, '[data-testid="zc-capture-done"]').waitFor();
    expect(await inOverlay(frame, '[data-testid="zc-capture-done"]').textContent()).toContain('已存入档案（1 项）');
    await startAutofill(frame);
    expect(await inOverlay(frame, '[data-testid="zc-autofill-preview-item"][data-key="basic.idNumber"]').textContent()).toContain('440106199805120314');

    // Teach mode started by the user: the page's synthetic press on a field chooses nothing.
    await startTeach(frame);
    await frame.evaluate((id) => {
      const box = document.getElementById(id)!;
      for (const type of ['mousedown', 'mouseup', 'click']) box.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
    }, controlId(BASIC, 'txtTXDZ'));
    // …nor does its synthetic Esc end what the user started.
    await frame.evaluate(() => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    await settle();
    expect(await inOverlay(frame, '[data-testid="zc-teach"][data-phase="picking"]').count()).toBe(1);
    // The user's own press does choose it.
    await frame.click(at('txtTXDZ'));
    await inOverlay(frame, '[data-testid="zc-teach"][data-phase="choose"]').waitFor();
    await inOverlay(frame, '[data-testid="zc-teach"] button:text-is("取消")').click();
  });

  it('fills the profile as stored now, not as it was when the page opened (edited in another tab)', async () => {
    const edited = JSON.parse(await readFile(SAMPLE_PROFILE, 'utf8')) as { profile: { label: string; basic: { mobile: string } } };
    edited.profile.label = '另一份档案';
    edited.profile.basic.mobile = '13700001111';
    const file = tempProfileFile(edited);
    // The options page, in another tab, makes the edited copy the active profile; this tab
    // has been open since before.
    await importProfileFile(session.browser, file);
    await startAutofill(frame);
    expect(await inOverlay(frame, '[data-testid="zc-autofill-preview-item"][data-key="basic.mobile"]').textContent()).toContain('13700001111');
    expect(await inOverlay(frame, '#zc-sec-fill').textContent()).toContain('另一份档案');
  });
});
