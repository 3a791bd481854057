import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { addLegacyToken, legacyTokens, watchLegacyFlags, LEGACY_ATTR } from '../../../lib/compat/flags';
import { dialogFeatures, DIALOG_NAME_PREFIX, DIALOG_POLL_MS, DIALOG_REGISTRY_KEY, installModalDialogShim } from '../../../lib/compat/modal-dialog';
import { legacyNotice, needsIeText } from '../../../lib/compat/notice';
import { IE_ONLY_API } from '../../../lib/compat/ie-only';
import { installLocale } from '../i18n-fake';

type Loose = Window & typeof globalThis & Record<string, unknown>;
const loose = window as Loose;

describe('legacy flags', () => {
  beforeAll(() => installLocale('zh_CN'));
  beforeEach(() => document.documentElement.removeAttribute(LEGACY_ATTR));

  it('adds tokens once, in order, and ignores words it does not know', () => {
    addLegacyToken(document, 'showModalDialog');
    addLegacyToken(document, 'showModalDialog');
    addLegacyToken(document, 'popup-blocked');
    expect(document.documentElement.getAttribute(LEGACY_ATTR)).toBe('showModalDialog popup-blocked');
    document.documentElement.setAttribute(LEGACY_ATTR, 'evil showModalDialog-replayed');
    expect(legacyTokens(document)).toEqual(['showModalDialog-replayed']);
  });

  it('the notice follows the most telling token, then the page text, else null', () => {
    document.body.innerHTML = '<p>欢迎使用</p>';
    expect(legacyNotice(document)).toBeNull();
    addLegacyToken(document, 'showModalDialog');
    expect(legacyNotice(document)).toMatch(/普通弹出窗口/);
    addLegacyToken(document, 'showModalDialog-unresolved');
    expect(legacyNotice(document)).toMatch(/无法把选择结果交回/);
    addLegacyToken(document, 'popup-blocked');
    expect(legacyNotice(document)).toMatch(/拦截/);
    document.documentElement.removeAttribute(LEGACY_ATTR);
    document.body.innerHTML = '<div>推荐使用IE8 及以上或360安全浏览器，浏览器选择兼容模式</div>';
    expect(legacyNotice(document)).toMatch(/兼容模式/);
  });

  it('the notice is in the UI language', () => {
    document.body.innerHTML = '<p>欢迎使用</p>';
    addLegacyToken(document, 'showModalDialog-unresolved');
    installLocale('en');
    try {
      expect(legacyNotice(document)).toMatch(/^This page's “select” window was written for old Internet Explorer/);
    } finally {
      installLocale('zh_CN');
    }
  });

  it('watchLegacyFlags reports flag changes until stopped, and legacyNotice then reads them', async () => {
    document.body.innerHTML = '';
    const seen: (string | null)[] = [];
    const stop = watchLegacyFlags(document, () => seen.push(legacyNotice(document)));
    addLegacyToken(document, 'ie-only-api');
    await new Promise((r) => setTimeout(r, 0));
    stop();
    addLegacyToken(document, 'popup-blocked');
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/旧版 IE/);
  });
});

describe('needsIeText', () => {
  it.each([
    ['推荐使用IE8 及以上或360安全浏览器，浏览器选择兼容模式', true],
    ['本系统仅支持 IE 浏览器', true],
    ['请使用 Internet Explorer 访问本系统', true],
    ['请将本站加入兼容性视图', true],
    ['请使用身份证号码登录', false],
    ['点击“保存并下一步”继续', false],
  ])('%s → %s', (text, expected) => expect(needsIeText(text)).toBe(expected));
});

describe('IE-only API errors', () => {
  it.each([
    ['Uncaught ReferenceError: ActiveXObject is not defined', true],
    ['TypeError: el.attachEvent is not a function', true],
    ['TypeError: Cannot read properties of null (reading "value")', false],
  ])('%s → %s', (message, expected) => expect(IE_ONLY_API.test(message)).toBe(expected));
});

describe('dialogFeatures', () => {
  const screen = { width: 1280, height: 800 };
  it('translates IE sizes and centres', () => {
    expect(dialogFeatures('dialogWidth:460px;dialogHeight:420px;center:yes;status:no', screen)).toBe(
      'popup=yes,width=460,height=420,left=410,top=190,resizable=yes,scrollbars=yes',
    );
  });
  it('accepts = and , separators, em units and explicit positions', () => {
    expect(dialogFeatures('dialogWidth=30em, dialogHeight=20em, dialogLeft=10, dialogTop=20px', screen)).toBe(
      'popup=yes,width=480,height=320,left=10,top=20,resizable=yes,scrollbars=yes',
    );
  });
  it('falls back to a default size', () => {
    expect(dialogFeatures(undefined, screen)).toBe('popup=yes,width=560,height=420,left=360,top=190,resizable=yes,scrollbars=yes');
  });
});

/** A stand-in for the pop-up window `window.open` returns. */
interface FakeChooser {
  closed: boolean;
  returnValue?: unknown;
  dialogArguments?: unknown;
  name: string;
}

describe('showModalDialog stand-in', () => {
  let opened: FakeChooser[];

  beforeEach(() => {
    vi.useFakeTimers();
    opened = [];
    delete loose.showModalDialog;
    delete loose[DIALOG_REGISTRY_KEY];
    document.documentElement.removeAttribute(LEGACY_ATTR);
    vi.spyOn(window, 'open').mockImplementation(((_url: string, name: string) => {
      const w: FakeChooser = { closed: false, name };
      opened.push(w);
      return w as unknown as Window;
    }) as typeof window.open);
    installModalDialogShim(window);
    document.body.innerHTML = '<input id="txt"><input id="code"><input type="button" id="pick" value="...">';
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    delete loose.event;
  });

  /** Clicks like Chrome does for an inline handler: `window.event` is set while it runs (happy-dom lacks it). */
  function click(el: HTMLElement): void {
    el.addEventListener(
      'click',
      (e) => Object.defineProperty(window, 'event', { configurable: true, get: () => e }),
      { capture: true, once: true },
    );
    el.click();
    delete loose.event;
  }

  function classicPicker(calls: unknown[]): HTMLElement {
    const button = document.getElementById('pick')!;
    button.onclick = () => {
      const show = loose.showModalDialog as (u: string, a: unknown, f: string) => unknown;
      const r = show('/pick.aspx?t=' + calls.length, { keyword: 'x' }, 'dialogWidth:400px');
      calls.push(r);
      if (r) {
        const [code, text] = String(r).split('|');
        (document.getElementById('code') as HTMLInputElement).value = code!;
        (document.getElementById('txt') as HTMLInputElement).value = text!;
      }
    };
    return button;
  }

  it('opens the chooser as a pop-up, returns undefined at once and passes dialogArguments', () => {
    const calls: unknown[] = [];
    click(classicPicker(calls));
    expect(calls).toEqual([undefined]);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.name.startsWith(DIALOG_NAME_PREFIX)).toBe(true);
    expect(opened[0]!.dialogArguments).toEqual({ keyword: 'x' });
    expect(legacyTokens(document)).toEqual(['showModalDialog']);
  });

  it('re-runs the inline handler with the returned value once the chooser closes', () => {
    const calls: unknown[] = [];
    click(classicPicker(calls));
    opened[0]!.returnValue = 'C01|第一项';
    vi.advanceTimersByTime(DIALOG_POLL_MS);
    expect((document.getElementById('txt') as HTMLInputElement).value).toBe('');
    opened[0]!.closed = true;
    vi.advanceTimersByTime(DIALOG_POLL_MS);
    expect(calls).toEqual([undefined, 'C01|第一项']);
    expect((document.getElementById('txt') as HTMLInputElement).value).toBe('第一项');
    expect((document.getElementById('code') as HTMLInputElement).value).toBe('C01');
    expect(legacyTokens(document)).toContain('showModalDialog-replayed');
    expect(opened).toHaveLength(1);
  });

  it('does nothing more when the chooser closes without a value', () => {
    const calls: unknown[] = [];
    click(classicPicker(calls));
    opened[0]!.closed = true;
    vi.advanceTimersByTime(DIALOG_POLL_MS);
    expect(calls).toEqual([undefined]);
    expect(legacyTokens(document)).toEqual(['showModalDialog']);
  });

  it('flags unresolved when no inline handler can be re-run', () => {
    const show = loose.showModalDialog as (u: string) => unknown;
    expect(show('/pick.aspx')).toBeUndefined();
    opened[0]!.returnValue = 'C02|第二项';
    opened[0]!.closed = true;
    vi.advanceTimersByTime(DIALOG_POLL_MS);
    expect(legacyTokens(document)).toContain('showModalDialog-unresolved');
    expect((document.getElementById('txt') as HTMLInputElement).value).toBe('');
  });

  it('flags a blocked pop-up', () => {
    vi.mocked(window.open).mockReturnValue(null);
    const show = loose.showModalDialog as (u: string) => unknown;
    expect(show('/pick.aspx')).toBeUndefined();
    expect(legacyTokens(document)).toEqual(['showModalDialog', 'popup-blocked']);
  });
});
