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

  describe('a record form shown without the step’s list (probe 16 item 1)', () => {
    const educationList = (rows: number) => [{ headers: ['记录序号', '学历', '毕业学校', '附件', '操作'], rows }];
    const order = { checkId: 'education-order' as const, field: '学历', list: true as const };
    /** The 学历 list in the wrong order: a problem. */
    const wrongOrder = () => run(event('education', 'visit', { lists: educationList(2), errors: [order] }));
    /** A page of the step with its record form (what 添加 posts back), and what else it shows. */
    const form = (kind: ProgressEvent['kind'], extra: Partial<ProgressEvent> = {}) => event('education', kind, { form: true, lists: [], ...extra });

    it('opening 添加 over a list in the wrong order keeps the problem until the list is shown again', () => {
      expect(status(wrongOrder(), 'education')).toBe('problem');
      // 添加 posts back to the empty form only: it cannot see the order (an empty attachments list of the new record beside it is not the step's list).
      const shown = reduceProgress(wrongOrder(), form('visit', { lists: [{ headers: ['附件名称', '上传时间', '操作'], rows: 0 }] }));
      expect(status(shown, 'education')).toBe('problem');
      const typed = reduceProgress(shown, form('evaluated', { errors: [{ checkId: 'required-field', field: 'education.school' }] }));
      expect(status(typed, 'education')).toBe('problem');
      expect(status(reduceProgress(typed, form('evaluated')), 'education')).toBe('problem');
      // Saved, the list is shown again: in order now, the problem is gone.
      expect(status(reduceProgress(typed, event('education', 'visit', { lists: educationList(3) })), 'education')).toBe('done');
    });

    it('they are kept through one page only: the next page load without the list drops them (an always-shown form under an emptied list in words no rule reads, breaker 11p item 2)', () => {
      const kept = reduceProgress(wrongOrder(), form('visit'));
      expect(status(kept, 'education')).toBe('problem');
      expect(status(reduceProgress(kept, form('evaluated')), 'education')).toBe('problem');
      expect(status(reduceProgress(reduceProgress(kept, form('evaluated')), form('visit')), 'education')).not.toBe('problem');
    });

    it('once kept errors went, the step is in progress (not verified) until the list is seen again: 添加 → form → 保存并新增 → form (breaker 12p item 2a)', () => {
      const kept = reduceProgress(wrongOrder(), form('visit'));
      const again = [form('saved'), form('visit'), form('evaluated')].reduce(reduceProgress, kept);
      expect(status(again, 'education')).toBe('in-progress');
      expect(again.applications[KEY]!.steps.education!.errors).toEqual([]);
      // The list seen again decides: in order now, or still wrong.
      expect(status(reduceProgress(again, event('education', 'visit', { lists: educationList(3) })), 'education')).toBe('done');
      expect(status(reduceProgress(again, event('education', 'visit', { lists: educationList(3), errors: [order] })), 'education')).toBe('problem');
      // A page of the step without its form decides too (the emptied list in words no rule reads, breaker 11p item 2).
      expect(status(reduceProgress(again, event('education', 'visit', { lists: [] })), 'education')).toBe('done');
    });

    it('with the list and the form in two frames, the form frame reloaded is not 已完成: the list was wrong when last seen (breaker 12p item 2c)', () => {
      // Each frame reports on its own: the list frame's page, then the form frame's, then the form frame's again.
      const reloaded = [form('visit'), form('visit')].reduce(reduceProgress, wrongOrder());
      expect(status(reloaded, 'education')).toBe('in-progress');
      // The list frame read again decides.
      expect(status(reduceProgress(reloaded, event('education', 'evaluated', { lists: educationList(2), errors: [order] })), 'education')).toBe('problem');
    });

    it('a 修改 form beside its own attachments grid with a file keeps them: its rows are files, not the list (breaker 12p item 2b)', () => {
      const shown = reduceProgress(wrongOrder(), form('visit', { lists: [{ headers: ['附件名称', '上传时间', '操作'], rows: 1, files: true }] }));
      expect(status(shown, 'education')).toBe('problem');
    });

    it('not verified ends when another step is visited, as kept errors do: an emptied list beside an always-shown form must not hold the step for good (breaker 12p item 1)', () => {
      const unseen = [form('visit'), form('visit')].reduce(reduceProgress, wrongOrder());
      expect(status(unseen, 'education')).toBe('in-progress');
      const elsewhere = reduceProgress(unseen, event('work-experience', 'visit'));
      expect(status(elsewhere, 'education')).toBe('done');
      expect(elsewhere.applications[KEY]!.steps.education!.listUnseen).toBeUndefined();
      // Back on the step, its always-shown form alone: nothing left to keep.
      expect(status(reduceProgress(elsewhere, form('visit')), 'education')).toBe('done');
    });

    it('they go when another step is visited: an emptied list beside an always-shown form must not keep them for good (breaker 12p item 1)', () => {
      const kept = reduceProgress(wrongOrder(), form('visit'));
      expect(status(kept, 'education')).toBe('problem');
      const elsewhere = reduceProgress(kept, event('work-experience', 'visit'));
      expect(status(elsewhere, 'education')).not.toBe('problem');
      expect(elsewhere.applications[KEY]!.steps.education!.errors).toEqual([]);
    });

    it('the order fixed in the list, 添加 shows no stale problem', () => {
      const fixed = reduceProgress(wrongOrder(), event('education', 'visit', { lists: educationList(2) }));
      expect(status(fixed, 'education')).toBe('done');
      expect(status(reduceProgress(fixed, form('visit')), 'education')).toBe('done');
    });

    it('an error about the form’s own box (its 记录序号) goes once the box is corrected (breaker a)', () => {
      const seq = { checkId: 'record-sequence' as const, field: 'education.seq' };
      const shown = reduceProgress(wrongOrder(), form('visit', { errors: [seq] }));
      expect(status(shown, 'education')).toBe('problem');
      // Corrected: the list's order still stands, the box's error does not.
      const corrected = reduceProgress(shown, form('evaluated'));
      expect(corrected.applications[KEY]!.steps.education!.errors).toEqual([{ ...order, kept: true }]);
      // Over a list in order, nothing is left.
      const inOrder = run(event('education', 'visit', { lists: educationList(2) }), form('visit', { errors: [seq] }));
      expect(status(inOrder, 'education')).toBe('problem');
      expect(status(reduceProgress(inOrder, form('evaluated')), 'education')).toBe('done');
    });

    it('a page without the record form replaces them: the only bad record deleted, however the empty list is worded or if none is drawn (breaker b, 11p item 2)', () => {
      const missing = { checkId: 'attachment-missing' as const, field: '附件上传', list: true as const };
      const bad = run(event('education', 'visit', { lists: educationList(1), errors: [missing] }), form('visit'));
      expect(status(bad, 'education')).toBe('problem');
      // No table at all, or a one-cell 暂无学历信息 table (no headers, so no list read): no form either.
      expect(status(reduceProgress(bad, event('education', 'visit', { lists: [] })), 'education')).not.toBe('problem');
      // An empty list with its headers drawn, beside the form, replaces them as well.
      expect(status(reduceProgress(bad, form('visit', { lists: educationList(0) })), 'education')).not.toBe('problem');
    });

    it('a list with rows beside the form replaces them, recognised as the step’s or not (breaker 11p item 1: 专利名称 the dictionary does not know)', () => {
      const missing = { checkId: 'attachment-missing' as const, field: '附件', list: true as const };
      const patents = (rows: number) => [{ headers: ['序号', '专利名称', '专利号', '附件', '操作'], rows }];
      const bad = run(event('achievements', 'visit', { lists: patents(1), errors: [missing] }));
      expect(status(bad, 'achievements')).toBe('problem');
      // The scan uploaded: the list (with the form under it) no longer finds the error.
      expect(status(reduceProgress(bad, event('achievements', 'visit', { form: true, lists: patents(1) })), 'achievements')).toBe('done');
    });

    it('errors stored by a version before the `list` mark are not kept: this one was the form’s 记录序号, since corrected (breaker 11p item 3)', () => {
      const stored = progressStateSchema.parse({ version: 1, current: KEY, applications: { [KEY]: { key: KEY, updatedAt: '2026-12-01T00:00:00Z', pendingSave: null, steps: { education: { visitedAt: '2026-12-01T00:00:00Z', savedAt: '2026-12-01T00:00:00Z', errors: [{ checkId: 'record-sequence', field: 'education.seq' }] } } } } });
      expect(status(stored, 'education')).toBe('problem');
      expect(status(reduceProgress(stored, form('visit')), 'education')).toBe('done');
    });

    it('only a step with a list keeps errors so, and only the ones marked read from a list', () => {
      const awards = { checkId: 'awards-empty' as const, field: 'awards', list: true as const };
      expect(status(run(event('awards-summary', 'visit', { errors: [awards] }), event('awards-summary', 'evaluated', { form: true })), 'awards-summary')).toBe('in-progress');
      const required = { checkId: 'required-field' as const, field: '毕业学校' };
      expect(status(run(event('education', 'visit', { lists: educationList(1), errors: [required] }), form('visit')), 'education')).toBe('done');
    });
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

