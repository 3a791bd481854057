/**
 * Breaker 63, repro only (not fixed here: lib/portal/steps.ts is another helper's this round). A
 * 学历 record form titled 学习经历 — the word other portals use for this step (seed: the applicant's
 * record steps) — with labels few enough that the labels alone do not name it is no step: the
 * education checks do not run, autofill offers its record nothing, and a 学历 list is read as
 * 基本信息's 最高学历. `it.fails` marks the open problem: it passes while the page is read so, and
 * fails — to be turned into `it` — once 学习经历 names the education step.
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

describe('B63-4 (repro, open) a record form titled 学习经历', () => {
  const rows = [
    row('起止时间', `${box('txtKS')}至${box('txtJS')}`) + row('学校', box('txtXX')) + row('专业', box('txtZY')) + row('学历', '<select id="ddlXL" name="ddlXL"><option value="">请选择</option><option>大学本科</option><option>大学专科</option></select>') + row('证明人', box('txtZMR')),
    row('入学时间', box('txtKS')) + row('毕业时间', box('txtJS')) + row('毕业学校', box('txtXX')) + row('专业', box('txtZY')),
  ];

  it.fails('is the education step, as the same form titled 学历教育情况 is', () => {
    for (const r of rows) expect(stepOf('学习经历', r)).toBe('education');
  });

  it('the same form titled 学位（学历）教育情况 is the education step (so only the title is not read)', () => {
    for (const r of rows) expect(stepOf('学位（学历）教育情况', r)).toBe('education');
  });
});
