import { describe, expect, it } from 'vitest';
import { progressEventOf, type ProgressReport } from '../../lib/progress/report';
import { EMPTY_PROGRESS, applicationStatuses, reduceProgress } from '../../lib/progress/model';

const grid = (headers: string[], rows: number) => ({ headers, rows: Array.from({ length: rows }, () => ({ cells: headers.map(() => 'x') })) }) as never;

describe('the progress event the background derives from a content script report (lib/progress/report.ts)', () => {
  it('marks a list check\'s finding about no box as read from the list, and no other', () => {
    const event = progressEventOf({
      key: 'k',
      step: 'education',
      kind: 'evaluated',
      at: 't',
      errors: [
        { checkId: 'education-order', boxless: true },
        { checkId: 'education-order', field: 'education.seq' },
        { checkId: 'required-field', field: 'x', boxless: true },
      ],
    });
    expect(event.errors).toEqual([
      { checkId: 'education-order', list: true },
      { checkId: 'education-order', field: 'education.seq', list: undefined },
      { checkId: 'required-field', field: 'x', list: undefined },
    ]);
    expect(event.lists).toEqual([]);
  });

  it('keeps each list by headers and rows, files on a record step for an attachments grid only', () => {
    const grids = [grid(['附件名称', '上传时间', '操作'], 1), grid(['记录序号', '学校', '附件'], 2)];
    expect(progressEventOf({ key: 'k', step: 'education', kind: 'visit', at: 't', errors: [], grids }).lists).toEqual([
      { headers: ['附件名称', '上传时间', '操作'], rows: 1, files: true },
      { headers: ['记录序号', '学校', '附件'], rows: 2, files: undefined },
    ]);
    expect(progressEventOf({ key: 'k', step: 'basic-info', kind: 'visit', at: 't', errors: [], grids }).lists?.[0]?.files).toBeUndefined();
  });

  describe('an attachments grid with a checkbox column or an unlabelled 操作 column (headers left blank: U6)', () => {
    /** A list of `headers` whose rows are `cells`, each row's links and buttons `actions`. */
    const list = (headers: string[], rows: { cells: string[]; actions?: string[] }[]) => ({ headers, rows: rows.map((r) => ({ actions: [], ...r })) });
    const ATTACHMENTS = ['', '附件名称', '上传时间', ''];
    const files = (grid: ReturnType<typeof list>) => progressEventOf({ key: 'k', step: 'education', kind: 'visit', at: 't', errors: [], grids: [grid] }).lists?.[0]?.files;

    it('is a list of files: a checkbox cell holds nothing, the 操作 cell its row’s links (下载 删除), or a row’s number', () => {
      expect(files(list(ATTACHMENTS, [{ cells: ['', '毕业证书.jpg', '2020-07-01', '下载删除'], actions: ['下载', '删除'] }]))).toBe(true);
      expect(files(list(ATTACHMENTS, [{ cells: ['1', '毕业证书.jpg', '2020-07-01', ''] }, { cells: ['2', '学位证书.jpg', '2020-07-01', ''] }]))).toBe(true);
      // Empty: nothing under the blank headers says otherwise.
      expect(files(list(ATTACHMENTS, []))).toBe(true);
    });

    it('is records when a column without a header holds text that is no link of its row (a record’s name under a blank header)', () => {
      expect(files(list(['', '附件'], [{ cells: ['华南理工大学', '毕业证书.jpg'], actions: ['毕业证书.jpg'] }]))).toBeUndefined();
      expect(files(list(ATTACHMENTS, [{ cells: ['', '毕业证书.jpg', '2020-07-01', '下载删除'], actions: ['下载'] }]))).toBeUndefined();
      // Blank headers alone name no file.
      expect(files(list(['', ''], [{ cells: ['', ''] }]))).toBeUndefined();
    });

    it('a 修改 form beside it with a file uploaded keeps the list’s error (its rows are files, not the list: breaker 12p item 2b)', () => {
      const report = (fields: Partial<ProgressReport>): ProgressReport => ({ key: 'k', step: 'education', kind: 'visit', at: 't', errors: [], ...fields });
      const wrongOrder = progressEventOf(
        report({ grids: [list(['记录序号', '学历', '毕业学校'], [{ cells: ['1', '本科', '甲大学'] }, { cells: ['2', '硕士', '乙大学'] }])], errors: [{ checkId: 'education-order', boxless: true }] }),
      );
      const form = progressEventOf(report({ form: true, grids: [list(ATTACHMENTS, [{ cells: ['', '毕业证书.jpg', '2020-07-01', '删除'], actions: ['删除'] }])] }));
      const state = [wrongOrder, form].reduce(reduceProgress, EMPTY_PROGRESS);
      expect(applicationStatuses(state.applications.k).find((s) => s.step === 'education')?.status).toBe('problem');
    });
  });
});
