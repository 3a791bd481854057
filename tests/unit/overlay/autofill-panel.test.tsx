import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { AutofillDetail } from '../../../components/overlay/AutofillDetail';
import type { FillPlan } from '../../../lib/fill/plan';
import type { PageSnapshot } from '../../../lib/page/snapshot';
import type { Profile } from '../../../lib/profile/schema';
import { installLocale } from '../i18n-fake';

const noop = () => undefined;

/** The page an empty plan was made on: nothing the panel reads. */
const noPage = { controls: [] } as unknown as PageSnapshot;
const noProfile = {} as Profile;

function previewText(plan: FillPlan): string {
  const root = document.createElement('div');
  render(
    <AutofillDetail
      state={{ phase: 'preview', plan, overwrite: new Set() }}
      onChooseRecord={noop}
      onToggleOverwrite={noop}
      onApply={noop}
      onStop={noop} onClose={noop}
      onJump={noop}
    />,
    root,
  );
  return root.querySelector('[data-testid="zc-autofill-nothing"]')?.textContent ?? '';
}

describe('AutofillDetail with nothing to fill', () => {
  beforeEach(() => installLocale());

  it('on a record step’s list page, tells the user to press 添加 first', () => {
    expect(previewText({ step: 'education', snapshot: noPage, profile: noProfile, items: [], recordIndex: 0, recordSection: 'education', recordCount: 2 })).toContain('请先点页面上的“添加”');
  });

  it('elsewhere, just says there is nothing to fill', () => {
    expect(previewText({ step: 'basic-info', snapshot: noPage, profile: noProfile, items: [], recordIndex: null, recordSection: null, recordCount: 0 })).toBe('本页没有可以从档案填写的字段。');
  });
});

describe('AutofillDetail preview of last year’s data', () => {
  beforeEach(() => installLocale());
  const plan: FillPlan = { step: 'annual-review', snapshot: noPage, profile: noProfile, items: [], recordIndex: 0, recordSection: 'annualReviews', recordCount: 4 };
  const notesOf = (yearNotes: string[] | undefined) => {
    const root = document.createElement('div');
    render(<AutofillDetail state={{ phase: 'preview', plan, overwrite: new Set(), yearNotes }} onChooseRecord={noop} onToggleOverwrite={noop} onApply={noop} onStop={noop} onClose={noop} onJump={noop} />, root);
    return root.querySelector('[data-testid="zc-autofill-year-notes"]');
  };

  it('lists the notes under the options page’s heading, and shows nothing when there are none (reapply 44 left)', () => {
    const shown = notesOf(['年度考核结果只填到 2024 年度，如已有 2025 年度的考核结果，请在“年度考核结果”中补上。'])!;
    expect(shown.textContent).toContain('这份档案里有些内容可能是往年的');
    expect([...shown.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['年度考核结果只填到 2024 年度，如已有 2025 年度的考核结果，请在“年度考核结果”中补上。']);
    expect(notesOf([])).toBeNull();
    expect(notesOf(undefined)).toBeNull();
  });
});

describe('AutofillDetail report with nothing written', () => {
  beforeEach(() => installLocale());

  it('says the page had nothing to fill, without an empty table, counts of 0 or a hint to save', () => {
    const root = document.createElement('div');
    render(
      <AutofillDetail state={{ phase: 'report', report: { items: [] } }} onChooseRecord={noop} onToggleOverwrite={noop} onApply={noop} onStop={noop} onClose={noop} onJump={noop} />,
      root,
    );
    expect(root.querySelector('[data-testid="zc-autofill-report"]')).not.toBeNull();
    expect(root.querySelector('table')).toBeNull();
    expect(root.textContent).toContain('本页没有可以从档案填写的字段。');
    expect(root.textContent).not.toContain('0 项');
    expect(root.textContent).not.toContain('保存');
  });
});

describe('AutofillDetail preview of a page changed since', () => {
  beforeEach(() => installLocale());

  it('says the page changed and asks for a new preview, only when it did (fix31e)', () => {
    const plan: FillPlan = { step: 'basic-info', snapshot: noPage, profile: noProfile, items: [], recordIndex: null, recordSection: null, recordCount: 0 };
    const note = (stale: boolean) => {
      const root = document.createElement('div');
      render(<AutofillDetail state={{ phase: 'preview', plan, overwrite: new Set(), stale }} onChooseRecord={noop} onToggleOverwrite={noop} onApply={noop} onStop={noop} onClose={noop} onJump={noop} />, root);
      return root.querySelector('[data-testid="zc-autofill-stale"]')?.textContent ?? null;
    };
    expect(note(true)).toContain('页面已变化，请重新预览');
    expect(note(false)).toBeNull();
  });
});

describe('AutofillDetail while the fill is being written', () => {
  beforeEach(() => installLocale());

  it('offers 停止填写, which asks to stop it (a cascade’s redraw may be waited for a while)', () => {
    const root = document.createElement('div');
    const onStop = vi.fn();
    render(<AutofillDetail state={{ phase: 'applying' }} onChooseRecord={noop} onToggleOverwrite={noop} onApply={noop} onStop={onStop} onClose={noop} onJump={noop} />, root);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('正在填写…');
    const stop = root.querySelector<HTMLButtonElement>('[data-testid="zc-autofill-stop"]')!;
    expect(stop.textContent).toBe('停止填写');
    stop.click();
    expect(onStop).toHaveBeenCalledOnce();
  });
});
