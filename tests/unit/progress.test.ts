import { describe, expect, it } from 'vitest';
import { applicationStatuses, badgeText, EMPTY_PROGRESS, progressStateSchema, reduceProgress, type ProgressEvent, type ProgressState } from '../../lib/progress/model';
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

  it('完成并送审 with 同意 not yet ticked is in progress, not a problem: he has not pressed 送审 (probe 15 item 9)', () => {
    const consent = { checkId: 'submit-consent' as const, field: '同意' };
    expect(status(run(event('submit', 'visit', { errors: [consent] })), 'submit')).toBe('in-progress');
    const photo = { checkId: 'photo-missing' as const, field: 'page.photo' };
    expect(status(run(event('submit', 'visit', { errors: [consent, photo] })), 'submit')).toBe('problem');
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
    const works = (rows: number) => [{ headers: ['记录序号', '工作单位', '起止时间', '是否缴纳社保'], rows }];
    const pressed = run(event('work-experience', 'visit', { lists: works(0) }), event('work-experience', 'saved', { lists: works(0) }));
    expect(status(pressed, 'work-experience')).toBe('in-progress');
    // Refused: the same page again, with its message and still no row.
    expect(status(reduceProgress(pressed, event('work-experience', 'visit', { lists: works(0) })), 'work-experience')).toBe('in-progress');
    expect(status(reduceProgress(pressed, event('work-experience', 'visit', { lists: works(1) })), 'work-experience')).toBe('done');
    expect(status(reduceProgress(pressed, event('work-experience', 'evaluated', { lists: works(1) })), 'work-experience')).toBe('done');
    // A row drawn in an attachments list beside the record form is no saved record (breaker 20a item 4).
    const attached = [...works(0), { headers: ['附件名称', '上传时间', '操作'], rows: 1 }];
    expect(status(reduceProgress(pressed, event('work-experience', 'evaluated', { lists: attached })), 'work-experience')).toBe('in-progress');
    // A record step whose list we cannot read, or only an attachments list beside its form (breaker 19a item 2): the press counts.
    expect(status(run(event('work-experience', 'saved')), 'work-experience')).toBe('done');
    expect(status(run(event('achievements', 'saved', { lists: [{ headers: ['附件名称', '上传时间', '操作'], rows: 0 }] })), 'achievements')).toBe('done');
    // Step 10's uploads are its own list.
    const uploads = [{ headers: ['材料名称', '文件', '操作'], rows: 0 }];
    expect(status(run(event('certificates', 'visit', { lists: uploads }), event('certificates', 'saved', { lists: uploads })), 'certificates')).toBe('in-progress');
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
    expect(status(run(event('education', 'visit', { lists: [{ headers: ['序号', '名称'], rows: 1 }] })), 'education')).toBe('done');
    expect(status(run(event('certificates', 'visit', { lists: [{ headers: ['序号', '名称'], rows: 1 }] })), 'certificates')).toBe('done');
    // The submit page lists the steps in a table; that is not something the applicant saved.
    expect(status(run(event('submit', 'visit', { lists: [{ headers: ['序号', '名称'], rows: 1 }] })), 'submit')).toBe('in-progress');
    expect(status(run(event('fetch-history', 'visit')), 'fetch-history')).toBe('done');
  });
});

