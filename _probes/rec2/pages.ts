// Page builders for rec2 variants.
export const row = (label: string, control: string) => `<tr><td align="right"><font color="red">*</font>${label}：</td><td>${control}</td></tr>`;
export function grid(headers: string[], rows: string[][], attrs = 'border="1" cellspacing="0"'): string {
  const cells = (tag: string, texts: string[]) => texts.map((t) => `<${tag}>${t}</${tag}>`).join('');
  return `<table ${attrs}><tr>${cells('th', headers)}</tr>${rows.map((r) => `<tr>${cells('td', r)}</tr>`).join('')}</table>`;
}
export const sel = (id: string, opts: string[], placeholder = true) =>
  `<select id="${id}" name="ctl00$cph$${id}">${placeholder ? '<option value="">请选择</option>' : ''}${opts.map((o, i) => `<option value="${i + 1}">${o}</option>`).join('')}</select>`;
export const txt = (id: string, value = '', extra = '') => `<input type="text" id="${id}" name="ctl00$cph$${id}" value="${value}" ${extra}/>`;
export const radios = (name: string, opts: string[], checked = -1) =>
  opts.map((o, i) => `<input type="radio" id="${name}_${i}" name="${name}" value="${i + 1}" ${i === checked ? 'checked' : ''}/><label for="${name}_${i}">${o}</label>`).join('');

export function eduForm(o: { seq?: string; start?: string; end?: string; school?: string; startLabel?: string; endLabel?: string; fullTime?: string; degree?: string; level?: string } = {}) {
  return `<table class="form">
${row('记录序号', txt('txtJLXH', o.seq ?? ''))}
${row(o.startLabel ?? '起始年月', txt('txtQSNY', o.start ?? ''))}
${row(o.endLabel ?? '终止年月', txt('txtZZNY', o.end ?? ''))}
${row('毕业学校', txt('txtBYXX', o.school ?? ''))}
${row('所学专业', txt('txtSXZY'))}
${row('学历', o.level ?? sel('ddlXL', ['研究生', '本科', '专科', '中专']))}
${row('学位', o.degree ?? sel('ddlXW', ['博士学位', '硕士学位', '学士学位', '无学位']))}
${row('是否全日制', o.fullTime ?? sel('ddlSFQRZ', ['是', '否']))}
${row('证书编号', txt('txtZSBH'))}
</table><input type="submit" value="保存" /> <input type="submit" value="保存并新增" />`;
}
export const H_EDU = '<h3>学位（学历）教育情况</h3>';
export const H_WORK = '<h3>主要专业技术工作经历</h3>';
export const H_ANN = '<h3>年度考核结果</h3>';
export const H_QUAL = '<h3>专业技术资格历史情况</h3>';
export const H_ACH = '<h3>从事专业技术工作及取得的业绩成果情况</h3>';
export const H_PUB = '<h3>论文、著作、译注、会议论文、专项技术分析报告、实例材料</h3>';

export function workForm(o: { seq?: string; endCell?: string; startLabel?: string; social?: string } = {}) {
  return `<table class="form">
${row('记录序号', txt('txtJLXH', o.seq ?? ''))}
${row('起始时间', txt('txtQSSJ'))}
${row('终止时间', o.endCell ?? txt('txtZZSJ'))}
${row('工作单位', txt('txtGZDW'))}
${row('职务', txt('txtZW'))}
${row('主要工作内容', '<textarea id="txtGZNR" name="txtGZNR"></textarea>')}
${row('是否缴纳社保', o.social ?? sel('ddlSFJNSB', ['是', '否']))}
</table><input type="submit" value="保存" />`;
}
export function annForm(o: { seq?: string; year?: string; result?: string } = {}) {
  return `<table class="form">
${row('记录序号', txt('txtJLXH', o.seq ?? ''))}
${row('考核年度', o.year ?? txt('txtKHND'))}
${row('考核结果', o.result ?? sel('ddlKHJG', ['优秀', '称职', '基本称职', '不称职']))}
</table><input type="submit" value="保存" />`;
}
