import { describe, expect, it } from 'vitest';
import { sequenceColumn } from '../../../lib/fields/record-lists';

const list = (...headers: string[]) => ({ headers, rows: [] });

describe('sequenceColumn', () => {
  it('finds the number column of a list under any of the dictionary’s 记录序号 names', () => {
    expect(sequenceColumn(list('记录序号', '考核年度', '考核结果'))).toBe(0);
    expect(sequenceColumn(list('排序号', '考核年度', '考核结果'))).toBe(0);
    expect(sequenceColumn(list('考核年度', '顺序号'))).toBe(1);
    expect(sequenceColumn(list('序\u00a0号', '考核年度'))).toBe(0);
    expect(sequenceColumn(list('考核年度', '考核结果', '附件'))).toBe(-1);
  });

  it('takes 记录序号 before a column numbering the rows', () => {
    expect(sequenceColumn(list('序号', '记录序号', '学历'))).toBe(1);
    expect(sequenceColumn(list('序号', '记录序号(必填)', '学历'))).toBe(1);
  });
});
