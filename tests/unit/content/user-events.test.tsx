import { afterEach, describe, expect, it, vi } from 'vitest';
import { options, render } from 'preact';
import { acceptUserEventsOnly } from '../../../lib/content/user-events';

const container = () => document.body.appendChild(document.createElement('div'));

/** Dispatches like a page script (happy-dom's events are untrusted, as a page's are); a skipped handler's error is the hook's. */
function pageDispatch(dispatch: () => void): void {
  try {
    dispatch();
  } catch (error) {
    expect(String(error)).toContain('untrusted event');
  }
}

afterEach(() => {
  options.event = undefined;
  document.body.innerHTML = '';
});

describe('acceptUserEventsOnly', () => {
  it('skips the handlers of untrusted clicks and key presses, also on an element taken out of the tree', () => {
    const onClick = vi.fn();
    const onKeyDown = vi.fn();
    const root = container();
    render(<button type="button" onClick={onClick} onKeyDown={onKeyDown}>确认填写</button>, root);
    const button = root.querySelector('button')!;
    // Without the hook the handler runs: the test can tell.
    button.click();
    expect(onClick).toHaveBeenCalledTimes(1);

    acceptUserEventsOnly(options);
    pageDispatch(() => button.click());
    button.remove();
    pageDispatch(() => button.click());
    pageDispatch(() => button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onKeyDown).not.toHaveBeenCalled();
  });

  it('skips the handler of an untrusted click on a box; lets list choices through', () => {
    acceptUserEventsOnly(options);
    const onTick = vi.fn();
    const onChoose = vi.fn();
    const root = container();
    render(
      <div>
        <input type="checkbox" onClick={onTick} />
        <select onChange={onChoose}>
          <option>1</option>
          <option>2</option>
        </select>
      </div>,
      root,
    );
    const box = root.querySelector('input')!;
    pageDispatch(() => box.click());
    // That the box springs back (the click's default cancelled) is Chromium's doing: tests/e2e/privacy.test.ts.
    expect(onTick).not.toHaveBeenCalled();
    root.querySelector('select')!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onChoose).toHaveBeenCalledTimes(1);
  });
});
