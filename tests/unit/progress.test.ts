import { describe, expect, it } from 'vitest';
import { applicationKey, applicationStatuses, badgeText, EMPTY_PROGRESS, progressOfProfile, progressStateSchema, reduceProgress, type ProgressEvent, type ProgressState } from '../../lib/progress/model';
import type { ApplicationStepId } from '../../lib/portal/step-ids';

const KEY = 'http://portal.example';
let clock = 0;
function event(step: ApplicationStepId, kind: ProgressEvent['kind'], extra: Partial<ProgressEvent> = {}): ProgressEvent {
  clock += 1;
  return { key: KEY, step, kind, errors: [], at: new Date(Date.UTC(2026, 10, 30, 0, 0, clock)).toISOString(), ...extra };
}
function run(...events: ProgressEvent[]): ProgressState {
  return events.reduce(reduceProgress, EMPTY_PROGRESS);
}
function status(state: ProgressState, step: ApplicationStepId) {
  return applicationStatuses(state.applications[KEY]).find((s) => s.step === step)?.status;
}

describe('progress through the eleven steps', () => {
  it('todo → in-progress on a visit → problem with errors → in-progress once fixed', () => {
    const err = { checkId: 'awards-empty' as const, field: 'awards' };
    expect(status(run(), 'awards-summary')).toBe('todo');
    expect(status(run(event('awards-summary', 'visit')), 'awards-summary')).toBe('in-progress');
    const problem = run(event('awards-summary', 'visit', { errors: [err] }));
    expect(status(problem, 'awards-summary')).toBe('problem');
    expect(status(reduceProgress(problem, event('awards-summary', 'evaluated')), 'awards-summary')).toBe('in-progress');
  });

  it('保存并下一步 counts only when the portal moves on to another step', () => {
    const pressed = run(event('basic-info', 'visit'), event('basic-info', 'saved', { advances: true }));
    expect(status(pressed, 'basic-info')).toBe('in-progress');
    // Refused: the portal shows the same page again with its message.
    const refused = reduceProgress(pressed, event('basic-info', 'visit'));
    expect(status(refused, 'basic-info')).toBe('in-progress');
    // Accepted: the next page is the next step.
    const accepted = reduceProgress(pressed, event('qualification-history', 'visit'));
    expect(status(accepted, 'basic-info')).toBe('done');
    expect(badgeText(accepted.applications[KEY])).toBe('1/11');
  });

  it('a 保存 that stays on a step with a list counts once the list shows a saved row, on the next load or a partial postback (probe 10c)', () => {
    const works = [['记录序号', '工作单位', '起止时间', '是否缴纳社保']];
    const pressed = run(event('work-experience', 'visit', { listHeaders: works }), event('work-experience', 'saved', { listHeaders: works }));
    expect(status(pressed, 'work-experience')).toBe('in-progress');
    // Refused: the same page again, with its message and still no row.
    expect(status(reduceProgress(pressed, event('work-experience', 'visit', { listHeaders: works })), 'work-experience')).toBe('in-progress');
    expect(status(reduceProgress(pressed, event('work-experience', 'visit', { listHeaders: works, hasSavedRecords: true })), 'work-experience')).toBe('done');
    expect(status(reduceProgress(pressed, event('work-experience', 'evaluated', { listHeaders: works, hasSavedRecords: true })), 'work-experience')).toBe('done');
    // A record step whose list we cannot read, or only an attachments list beside its form (breaker 19a item 2): the press counts.
    expect(status(run(event('work-experience', 'saved')), 'work-experience')).toBe('done');
    expect(status(run(event('achievements', 'saved', { listHeaders: [['附件名称', '上传时间', '操作']] })), 'achievements')).toBe('done');
    // Step 10's uploads are its own list.
    const uploads = [['材料名称', '文件', '操作']];
    expect(status(run(event('certificates', 'visit', { listHeaders: uploads }), event('certificates', 'saved', { listHeaders: uploads })), 'certificates')).toBe('in-progress');
  });

  it('a save that stays on the page counts at once; a save with errors never does', () => {
    expect(status(run(event('awards-summary', 'visit'), event('awards-summary', 'saved')), 'awards-summary')).toBe('done');
    const err = { checkId: 'summary-empty' as const, field: 'workSummary' };
    expect(status(run(event('awards-summary', 'saved', { errors: [err] })), 'awards-summary')).toBe('problem');
  });

  it('keeps no error message (they quote typed values); messages stored by earlier versions are dropped', () => {
    const stored = run(event('basic-info', 'visit', { errors: [{ checkId: 'mobile-format', field: 'basic.mobile' }] }));
    const older = structuredClone(stored) as unknown as { applications: Record<string, { steps: Record<string, { errors: object[] }> }> };
    older.applications[KEY]!.steps['basic-info']!.errors = [{ checkId: 'mobile-format', message: '手机号码“1392600123”格式不对' }];
    expect(JSON.stringify(progressStateSchema.parse(older))).not.toContain('1392600123');
    expect(progressStateSchema.parse(stored).applications[KEY]!.steps['basic-info']!.errors).toEqual([{ checkId: 'mobile-format', field: 'basic.mobile' }]);
  });

  it('saved rows count on record and upload steps only, never on 完成并送审', () => {
    expect(status(run(event('education', 'visit', { hasSavedRecords: true })), 'education')).toBe('done');
    expect(status(run(event('certificates', 'visit', { hasSavedRecords: true })), 'certificates')).toBe('done');
    // The submit page lists the steps in a table; that is not something the applicant saved.
    expect(status(run(event('submit', 'visit', { hasSavedRecords: true })), 'submit')).toBe('in-progress');
    expect(status(run(event('fetch-history', 'visit')), 'fetch-history')).toBe('done');
  });
});

describe('progress per applicant profile', () => {
  it('keeps each profile\'s progress apart on one portal, and shows the active one\'s (probe 10c)', () => {
    const mine = (profile: string | null) => (e: ProgressEvent): ProgressEvent => ({ ...e, key: applicationKey(e.key, profile) });
    let state = run(mine('A')(event('basic-info', 'visit')), mine('A')(event('basic-info', 'saved')));
    state = reduceProgress(state, mine('B')(event('education', 'visit')));
    const a = progressOfProfile(state, 'A');
    const b = progressOfProfile(state, 'B');
    expect(status(a, 'basic-info')).toBe('done');
    expect(status(b, 'basic-info')).toBe('todo');
    expect(status(b, 'education')).toBe('in-progress');
    // Switched back to A after B's report on the same portal: A's popup shows A's progress there.
    expect(b.current).toBe(KEY);
    expect(a.current).toBe(KEY);
    expect(progressOfProfile(state, 'C').current).toBeNull();
    expect(a.applications[KEY]!.key).toBe(`${KEY} A`);
    // Without a profile, progress kept by origin alone is its own.
    expect(Object.keys(progressOfProfile(state, null).applications)).toEqual([]);
  });
});
