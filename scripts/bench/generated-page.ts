import { fieldDictionary } from '../../lib/fields/dictionary';

/** Labels a long government form also carries that are none of ours (they must stay unmatched). */
const DISTRACTORS = ['籍贯', '户口所在地', '证明人', '证明人电话', '备注', '档案编号', '单位地址', '紧急联系人'];

/**
 * A WebForms-style page with `fields` label/field rows for the recognition benchmark: labels
 * cycle through the dictionary's titles and common distractors, two pairs per row, a leading
 * `*` on every third, every fifth a `<select>` with padded options.
 * @param fields number of controls on the page.
 * @returns the page's HTML.
 */
export function generatedFormPage(fields: number): string {
  const labels = [...fieldDictionary().filter((s) => s.steps.includes('basic-info')).map((s) => s.title), ...DISTRACTORS];
  const cells: string[] = [];
  for (let i = 0; i < fields; i++) {
    const label = `${i % 3 === 0 ? '*' : ''}${labels[i % labels.length]}：`;
    const id = `ctl00_ContentPlaceHolder1_TextBox${i}`;
    const name = `ctl00$ContentPlaceHolder1$TextBox${i}`;
    const control =
      i % 5 === 0
        ? `<select id="${id}" name="${name}"><option value="">--请选择--</option><option value="1">&nbsp;选项一</option><option value="2">　选项二</option></select>`
        : `<input type="text" id="${id}" name="${name}" maxlength="50">`;
    cells.push(`<td class="label">${label}</td><td>${control}</td>`);
  }
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 2) rows.push(`<tr>${cells[i]}${cells[i + 1] ?? ''}</tr>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>基本信息</title></head><body>
<form method="post" action="#"><div class="title">基本信息</div><table>${rows.join('')}</table>
<input type="submit" value="保存并下一步"></form></body></html>`;
}
