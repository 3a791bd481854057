import { describe, expect, it } from 'vitest';
import { progressEventOf } from '../../lib/progress/report';

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
});
