import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Runtime } from 'webextension-polyfill';
import { forgetClosedTabs, rememberFromReport, savedRecordsFor } from '../../../lib/background/record-memory';
import type { ProgressReport } from '../../../lib/progress/report';
import { grid } from '../checks/ctx';

const KEY = 'https://portal.example';
const tab = (id: number) => ({ tab: { id } }) as Runtime.MessageSender;
const report = (kind: ProgressReport['kind'], fields: Partial<ProgressReport> = {}): ProgressReport => ({ key: KEY, step: 'education', kind, errors: [], at: 't', ...fields });
const saved = (sender: Runtime.MessageSender, key = KEY) => savedRecordsFor({ type: 'records:saved', key, step: 'education' }, sender);

describe('the record memory the background keeps from the progress reports (lib/background/record-memory.ts)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('a save pressed, then the next page’s emptied form: saved, in that tab and portal only', async () => {
    // Not awaited in between, as two messages arrive: the visit reads what the save wrote.
    void rememberFromReport(report('saved', { seq: '1' }), tab(7));
    void rememberFromReport(report('evaluated', { seq: '' }), tab(7));
    await rememberFromReport(report('visit', { seq: '' }), tab(7));
    expect(await saved(tab(7))).toEqual([1]);
    expect(await saved(tab(8))).toEqual([]);
    expect(await saved(tab(7), 'https://other.example')).toEqual([]);
    // Never in the page's storage: the extension's session storage holds step ids and numbers only.
    expect(Object.values(await fakeBrowser.storage.session.get())).toEqual([{ 'zc-record-memory:education': JSON.stringify({ saved: [1], pending: null, partial: false }) }]);
  });

  it('a page of the step showing neither the list nor the form’s 记录序号 (a 保存成功 message) leaves the save pending for the next one', async () => {
    await rememberFromReport(report('saved', { seq: '1' }), tab(7));
    await rememberFromReport(report('visit'), tab(7));
    expect(await saved(tab(7))).toEqual([]);
    await rememberFromReport(report('visit', { seq: '' }), tab(7));
    expect(await saved(tab(7))).toEqual([1]);
  });

  it('the list shown is the truth; a paged list without its total leaves the numbers unknown', async () => {
    await rememberFromReport(report('visit', { grids: [grid(['记录序号', '学校'], [['1', '甲大学'], ['2', '乙大学']])] }), tab(7));
    expect(await saved(tab(7))).toEqual([1, 2]);
    await rememberFromReport(report('visit', { grids: [{ ...grid(['记录序号', '学校'], [['1', '甲大学']]), paged: true }] }), tab(7));
    expect(await saved(tab(7))).toBeNull();
  });

  it('a window the portal opened (window.open: a record form of its own) starts from its opener tab’s memory, and keeps its own after (breaker 29 E2)', async () => {
    await rememberFromReport(report('visit', { grids: [grid(['记录序号', '学校'], [['1', '甲大学']])] }), tab(7));
    const opened = { tab: { id: 9, openerTabId: 7 } } as Runtime.MessageSender;
    // Its page has an opener (window.opener): the record form's first visit starts from the list tab's memory.
    await rememberFromReport(report('visit', { seq: '', form: true, opened: true }), opened);
    expect(await saved(opened)).toEqual([1]);
    await rememberFromReport(report('saved', { seq: '2' }), opened);
    await rememberFromReport(report('visit', { seq: '' }), opened);
    expect(await saved(opened)).toEqual([1, 2]);
    // The opener's own memory is its own: the window's save is not written into it.
    expect(await saved(tab(7))).toEqual([1]);
    // A tab nobody opened starts empty, also when Chromium names an opener for a tab the user opened (no window.opener).
    expect(await saved(tab(10))).toEqual([]);
    const userOpened = { tab: { id: 11, openerTabId: 7 } } as Runtime.MessageSender;
    await rememberFromReport(report('visit', { seq: '', form: true }), userOpened);
    expect(await saved(userOpened)).toEqual([]);
  });

  describe('a closed tab’s memory is removed (forgetClosedTabs, on tabs.onRemoved)', () => {
    /** The tabs open, as tabs.query answers (the fake browser keeps no opener). */
    const openTabs = (...tabs: { id: number; openerTabId?: number }[]) => vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(tabs as never);
    const entries = async () => Object.keys(await fakeBrowser.storage.session.get()).sort();
    const list = grid(['记录序号', '学校'], [['1', '甲大学']]);

    it('every portal’s entry of a tab no longer open goes; the open tabs’ stay, and the storage’s other entries', async () => {
      await rememberFromReport(report('visit', { grids: [list] }), tab(7));
      await rememberFromReport(report('visit', { key: 'https://other.example', grids: [list] }), tab(7));
      await rememberFromReport(report('visit', { grids: [list] }), tab(8));
      await fakeBrowser.storage.session.set({ 'zc-profile-key': 'x' });
      openTabs({ id: 8 });
      await forgetClosedTabs();
      expect(await entries()).toEqual([`zc-profile-key`, `zc-record-memory:8:${KEY}`]);
      expect(await saved(tab(7))).toEqual([]);
      expect(await saved(tab(8))).toEqual([1]);
    });

    it('an opener’s entry stays while a window it opened has not copied it yet, and goes at the next closing after the copy (breaker 29 E2)', async () => {
      await rememberFromReport(report('visit', { grids: [list] }), tab(7));
      const opened = { tab: { id: 9, openerTabId: 7 } } as Runtime.MessageSender;
      // The list's tab closed before the window's first visit report.
      openTabs({ id: 9, openerTabId: 7 });
      await forgetClosedTabs();
      expect(await entries()).toEqual([`zc-record-memory:7:${KEY}`]);
      await rememberFromReport(report('visit', { seq: '', form: true, opened: true }), opened);
      expect(await saved(opened)).toEqual([1]);
      await forgetClosedTabs();
      expect(await entries()).toEqual([`zc-record-memory:9:${KEY}`]);
    });

    it('queued after the reports before it: a visit reported as its tab closes is not written back after the removal', async () => {
      openTabs();
      void rememberFromReport(report('visit', { grids: [list] }), tab(7));
      await forgetClosedTabs();
      expect(await entries()).toEqual([]);
    });

    it('tabs unavailable: nothing removed, and the memory works on', async () => {
      await rememberFromReport(report('visit', { grids: [list] }), tab(7));
      vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('no tabs'));
      await expect(forgetClosedTabs()).resolves.toBeUndefined();
      expect(await saved(tab(7))).toEqual([1]);
    });
  });
});
