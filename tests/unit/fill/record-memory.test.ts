import { describe, expect, it } from 'vitest';
import { rememberRecordSave, savedRecords, savedRecordsAtLoad, type MemoryStore } from '../../../lib/fill/record-memory';
import { buildCtx, grid } from '../checks/ctx';

/** A Map-backed store, plus one that throws like disabled storage. */
function memoryStore(): () => MemoryStore {
  const data = new Map<string, string>();
  const store: MemoryStore = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  return () => store;
}
const formWith = (seq: string) => buildCtx({ step: 'education', fields: [{ key: 'education.seq', value: seq }] });
const listWith = (seqs: string[]) => buildCtx({ step: 'education', grids: [grid(['记录序号', '学校'], seqs.map((s) => [s, '某大学']))] });
const load = (store: () => MemoryStore, ctx: ReturnType<typeof buildCtx>) => {
  const saved = savedRecordsAtLoad(store, ctx.step, ctx.snapshot.grids, ctx.fields.find((f) => f.key === 'education.seq')?.value);
  return saved && [...saved];
};

describe('record memory across postbacks', () => {
  it('confirms a save when the form comes back empty (保存并新增), drops it when it comes back filled', () => {
    const store = memoryStore();
    expect(load(store, formWith(''))).toEqual([]);
    rememberRecordSave(store, 'education', '1');
    expect(load(store, formWith(''))).toEqual([1]);
    rememberRecordSave(store, 'education', '2');
    // The server refused record 2: the form shows it again.
    expect(load(store, formWith('2'))).toEqual([1]);
    // A later load without a pending save keeps what is known.
    expect(load(store, formWith(''))).toEqual([1]);
    // As the fill asks for them later: a pending save is not counted yet.
    rememberRecordSave(store, 'education', '２ ');
    expect(savedRecords(store, 'education')).toEqual(new Set([1]));
    expect(load(store, formWith(''))).toEqual([1, 2]);
    expect(savedRecords(store, 'basic-info')).toEqual(new Set());
  });

  it('takes the page list as the truth whenever it is shown', () => {
    const store = memoryStore();
    rememberRecordSave(store, 'education', '1');
    expect(load(store, formWith(''))).toEqual([1]);
    expect(load(store, listWith(['1', '2', '3']))).toEqual([1, 2, 3]);
    expect(load(store, listWith([]))).toEqual([]);
  });

  it('a notice or an attachments table with a 序号 column is not the list: what is known stays', () => {
    const store = memoryStore();
    rememberRecordSave(store, 'education', '1');
    expect(load(store, formWith(''))).toEqual([1]);
    const notice = buildCtx({ step: 'education', grids: [grid(['序号', '注意事项'], [['1', '学历须从高到低填写'], ['2', '须上传学信网报告']])] });
    expect(load(store, notice)).toEqual([1]);
    const attachments = buildCtx({ step: 'education', grids: [grid(['序号', '附件名称', '操作'], [['1', '毕业证书', '查看'], ['2', '学位证书', '查看'], ['3', '身份证', '查看']])] });
    expect(load(store, attachments)).toEqual([1]);
  });

  it('a paged list counts 1…N when its pager says 共 N 条; without it the saved numbers stay unknown until a whole list is shown', () => {
    const store = memoryStore();
    const page = (seqs: string[], total?: number) => {
      const g = { ...grid(['记录序号', '学校'], seqs.map((s) => [s, '某大学'])), paged: true as const, total };
      return buildCtx({ step: 'education', grids: [g] });
    };
    expect(load(store, page(['11', '12'], 12))).toEqual([11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Page 1 of several, no total: unknown, also on the record form after 添加.
    expect(load(store, page(['1', '2']))).toBeNull();
    expect(load(store, formWith(''))).toBeNull();
    expect(savedRecords(store, 'education')).toBeNull();
    expect(load(store, listWith(['1', '2', '3']))).toEqual([1, 2, 3]);
    expect(load(store, formWith(''))).toEqual([1, 2, 3]);
  });

  it('ignores non-record steps, non-numeric 记录序号 and unavailable storage', () => {
    const store = memoryStore();
    const basic = buildCtx({ step: 'basic-info' });
    expect(load(store, basic)).toEqual([]);
    rememberRecordSave(store, 'education', '甲');
    expect(load(store, formWith(''))).toEqual([]);
    const broken = () => {
      throw new Error('SecurityError');
    };
    expect(() => rememberRecordSave(broken, 'education', '1')).not.toThrow();
    expect(load(broken, formWith(''))).toEqual([]);
  });
});
