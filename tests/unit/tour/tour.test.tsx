import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Tour } from '../../../components/tour/Tour';
import { ShownTextContext, shownTextFor } from '../../../components/overlay/presenter';
import type { TourStop } from '../../../lib/tour/stops';
import { installLocale } from '../i18n-fake';

const STOPS: TourStop[] = [
  { id: 'intro', target: { controls: [], actions: [], heading: null }, title: '第 2 步：基本信息', lines: ['先看页面上方红字的注意说明。'] },
  { id: 'fields', target: { controls: [0], actions: [], heading: null }, title: '要填写的项目', lines: ['公民身份号码 440106199203151236 校验位不对'] },
  { id: 'save', target: { controls: [], actions: ['保存'], heading: null }, title: '保存', lines: ['由您自己点击。'] },
];

let root: HTMLElement;
let opener: HTMLButtonElement;
const onGo = vi.fn();
const onExit = vi.fn();

function draw(index: number, mask = false) {
  render(
    <ShownTextContext.Provider value={shownTextFor(mask)}>
      <Tour stops={STOPS} index={index} elementsOf={() => []} highContrast={false} largeText={false} onGo={onGo} onExit={onExit} />
    </ShownTextContext.Provider>,
    root,
  );
}
const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
/** A key the user pressed (trusted, as the browser marks real input), or with `byPage` one a page script sent. */
const key = (k: string, target: EventTarget = document.body, byPage = false) =>
  act(() => {
    const event = new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true });
    if (!byPage) Object.defineProperty(event, 'isTrusted', { value: true });
    target.dispatchEvent(event);
  });

describe('Tour', () => {
  beforeAll(() => installLocale('zh_CN'));
  beforeEach(() => {
    onGo.mockReset();
    onExit.mockReset();
    opener = document.createElement('button');
    root = document.createElement('div');
    document.body.append(opener, root);
    opener.focus();
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    opener.remove();
  });

  it('shows the stop with its hooks, and focus moves into it and back on exit', async () => {
    await act(() => draw(0));
    expect($('zc-tour').dataset.stopId).toBe('intro');
    expect($('zc-tour').getAttribute('role')).toBe('dialog');
    expect($('zc-tour-text').textContent).toContain('先看页面上方红字的注意说明');
    expect(root.textContent).toContain('第 1 / 3 处');
    expect(($('zc-tour-prev') as HTMLButtonElement).disabled).toBe(true);
    expect(document.activeElement).toBe($('zc-tour-next'));
    await act(() => render(null, root));
    expect(document.activeElement).toBe(opener);
  });

  it('moves with the buttons and with ← / → / Esc, but not while the user types in a field nor for a page script', async () => {
    await act(() => draw(1));
    $('zc-tour-next').click();
    expect(onGo).toHaveBeenLastCalledWith(2);
    $('zc-tour-prev').click();
    expect(onGo).toHaveBeenLastCalledWith(0);
    await key('ArrowRight');
    expect(onGo).toHaveBeenLastCalledWith(2);
    await key('ArrowLeft');
    expect(onGo).toHaveBeenLastCalledWith(0);
    const field = document.createElement('input');
    document.body.append(field);
    onGo.mockReset();
    await key('ArrowRight', field);
    expect(onGo).not.toHaveBeenCalled();
    field.remove();
    // A page script's synthetic keys neither move nor end the tour.
    await key('ArrowRight', document.body, true);
    await key('Escape', document.body, true);
    expect(onGo).not.toHaveBeenCalled();
    expect(onExit).not.toHaveBeenCalled();
    await key('Escape');
    expect(onExit).toHaveBeenCalledTimes(1);
    $('zc-tour-exit').click();
    expect(onExit).toHaveBeenCalledTimes(2);
  });

  it('ends on the last stop with 完成, and masks personal numbers when presenting', async () => {
    await act(() => draw(2));
    expect($('zc-tour-next').textContent).toBe('完成');
    $('zc-tour-next').click();
    expect(onExit).toHaveBeenCalledTimes(1);
    await act(() => draw(1, true));
    expect($('zc-tour-text').textContent).toContain('4401**********1236');
    expect($('zc-tour-text').textContent).not.toContain('440106199203151236');
  });
});
