/**
 * Breaker 63 B63-4: a 学历 record form titled 学习经历 — a word other portals use for this step —
 * with labels few enough that the labels alone do not name it was no step: the education checks
 * did not run, autofill offered its record nothing, and a 学历 list was read as 基本信息's 最高学历.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep, NO_HINTS } from '../../../lib/portal/recognize-step';

afterEach(() => {
  document.body.innerHTML = '';
});

const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
const box = (id: string) => `<input type="text" name="${id}" id="${id}" />`;

/** The step the page's reading names. */
function stepOf(title: string, rows: string): string {
  document.body.innerHTML = `<form><div class="ptitle">${title}</div><table>${rows}</table><input type="submit" value="保存" /></form>`;
  return recognizeStep(collectSnapshot(document, window), NO_HINTS).step;
}

describe('B63-4 a record form titled 学习经历, 学习简历, 教育经历 or 教育背景', () => {
  const rows = [
    row('起止时间', `${box('txtKS')}至${box('txtJS')}`) + row('学校', box('txtXX')) + row('专业', box('txtZY')) + row('学历', '<select id="ddlXL" name="ddlXL"><option value="">请选择</option><option>大学本科</option><option>大学专科</option></select>') + row('证明人', box('txtZMR')),
    row('入学时间', box('txtKS')) + row('毕业时间', box('txtJS')) + row('毕业学校', box('txtXX')) + row('专业', box('txtZY')),
  ];

  it('is the education step, as the same form titled 学历教育情况 is', () => {
    for (const title of ['学习经历', '学习简历', '教育经历', '教育背景', '个人学习经历（从大学填起）']) for (const r of rows) expect(stepOf(title, r)).toBe('education');
  });

  it('继续教育经历 (a training record) is not', () => {
    for (const r of rows) expect(stepOf('继续教育经历', r)).not.toBe('education');
  });

  it('the same form titled 学位（学历）教育情况 is the education step (so only the title is not read)', () => {
    for (const r of rows) expect(stepOf('学位（学历）教育情况', r)).toBe('education');
  });
});
