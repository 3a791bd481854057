/**
 * A record row read from its boxes (a saved list's edit row: lib/page/page-text.ts collectGrids)
 * takes nothing from a list left on its prompt — 请选择, --请选择--, ==请选择==, 请选择…, an empty
 * option — even when the prompt has a value ("0", "-1"), so the row's text never holds 请选择 (the
 * preview naming a listed record, record memory read it; breaker 7c item 11). The prompt rule is
 * the snapshot's own (OptionSnapshot.placeholder).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';

const head = '<tr><th>记录序号</th><th>毕业院校</th><th>学历</th><th>学位</th><th>操作</th></tr>';
const saved = (n: number) => `<tr><td>${n}</td><td>华南理工大学</td><td>大学本科</td><td>学士</td><td><a>编辑</a></td></tr>`;
/** The edit row of record 2 (更新 / 取消): its 学历 list on `prompt` (a value given), its 学位 chosen or not. */
const edited = (prompt: string, degree: string) =>
  `<tr><td><input value="2"></td><td><input value="中山大学"></td><td><select>${prompt}<option value="21">大学本科</option></select></td>` +
  `<td><select><option value="">请选择</option><option value="4"${degree ? ' selected' : ''}>学士</option></select></td><td><a>更新</a> <a>取消</a></td></tr>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('an edit row’s unchosen list contributes nothing to the row’s text', () => {
  it.each([
    '<option value="0">请选择</option>',
    '<option value="-1">--请选择--</option>',
    '<option value="0">==请选择==</option>',
    '<option value="00">请选择…</option>',
    '<option value="0"></option>',
    '<option value="">--请选择--</option>',
  ])('%s', (prompt) => {
    document.body.innerHTML = `<table>${head}${saved(1)}${edited(prompt, 'chosen')}${saved(3)}</table>`;
    expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells)).toEqual([
      ['1', '华南理工大学', '大学本科', '学士', '编辑'],
      ['2', '中山大学', '', '学士', '更新取消'],
      ['3', '华南理工大学', '大学本科', '学士', '编辑'],
    ]);
  });

  it('a row whose lists are all unchosen, one box filled, shows no record (only the number box holds a value)', () => {
    document.body.innerHTML = `<table>${head}${saved(1)}${edited('<option value="-1">--请选择--</option>', '').replace('value="中山大学"', '')}${saved(3)}</table>`;
    expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells[0])).toEqual(['1', '3']);
  });
});
