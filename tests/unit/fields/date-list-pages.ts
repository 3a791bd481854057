/**
 * Pages whose dates are chosen in lists, as robustness probes met them (a year list, then 年, a
 * month list, 月, and sometimes a day list, 日, in one cell; a 终止时间 year list offering 至今).
 * Shared by the recognition, autofill and check tests.
 */
type Option = [value: string, text: string];

export const webForm = (title: string, rows: string) =>
  `<div class="ptitle">${title}</div><table>${rows}</table><input type="submit" value="保存">`;
export const row = (label: string, control: string) => `<tr><td align="right">${label}</td><td>${control}</td></tr>`;
export const sel = (id: string, opts: Option[]) =>
  `<select name="ctl00$cph$${id}" id="${id}">${opts.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>`;

/**
 * Put a page in the document with the given lists chosen (list id → option value). Chosen
 * here, not by `selected` attributes: happy-dom 21 selects the second option of a list parsed
 * with any option marked `selected`.
 */
export function show(html: string, chosen: Record<string, string> = {}): void {
  document.body.innerHTML = `<form>${html}</form>`;
  for (const [id, value] of Object.entries(chosen)) (document.getElementById(id) as HTMLSelectElement).value = value;
}
export const tb = (id: string, value = '') => `<input type="text" name="ctl00$cph$${id}" id="${id}" value="${value}" />`;
const blank: Option = ['', '--'];
export const years = (from: number, to: number): Option[] => [blank, ...Array.from({ length: to - from + 1 }, (_, i) => [String(from + i), String(from + i)] as Option)];
const count = (n: number, pad: boolean): Option[] => [blank, ...Array.from({ length: n }, (_, i) => String(i + 1).padStart(pad ? 2 : 1, '0')).map((s) => [s, s] as Option)];
export const months = count(12, true);
export const monthsNoPad = count(12, false);
export const days = count(31, true);

/** 出生年月：[year]年[month]月 (months 01…12). */
export const birthYearMonth = () =>
  webForm('基本信息', row('姓名：', tb('txtXM')) + row('出生年月：', `${sel('ddlYear', years(1950, 2005))}年${sel('ddlMonth', months)}月`));

/** 出生日期：[year] 年 [month] 月 [day] 日 (months 1…12, days 01…31). */
export const birthYearMonthDay = (fromYear = 1950) =>
  webForm('基本信息', row('姓名：', tb('txtXM')) + row('出生日期：', `${sel('ddlY', years(fromYear, 2005))} 年 ${sel('ddlM', monthsNoPad)} 月 ${sel('ddlD', days)} 日`));

/** 学位（学历）教育情况 with 入学时间 / 毕业时间 as year and month lists. */
export const educationForm = () =>
  webForm(
    '学位（学历）教育情况',
    row('记录序号：', tb('txtJLXH')) +
      row('入学时间：', `${sel('ddlRXN', years(2000, 2025))}年${sel('ddlRXY', monthsNoPad)}月`) +
      row('毕业时间：', `${sel('ddlBYN', years(2000, 2025))}年${sel('ddlBYY', monthsNoPad)}月`) +
      row('毕业院校：', tb('txtBYYX')),
  );

/** 主要专业技术工作经历 with 起始时间 / 终止时间 as year and month lists; the 终止时间 years offer 至今 (value 9999). */
export const workForm = (withUntilNow = true) =>
  webForm(
    '主要专业技术工作经历',
    row('记录序号：', tb('txtJLXH')) +
      row('起始时间：', `${sel('ddlQSN', years(2000, 2025))}年${sel('ddlQSY', months)}月`) +
      row('终止时间：', `${sel('ddlZZN', withUntilNow ? [blank, ['9999', '至今'], ...years(2000, 2025).slice(1)] : years(2000, 2025))}年${sel('ddlZZY', months)}月`) +
      row('工作单位：', tb('txtGZDW')),
  );

/** 基本信息 with a valid 公民身份号码 of someone born 1998-05-12, and 出生日期 in year, month and day lists (or 出生年月 without the day). */
export const basicInfoWithId = (withDay = true) =>
  webForm(
    '基本信息',
    row('姓名：', tb('txtXM', '李明远')) +
      row('公民身份号码：', tb('txtSFZH', '440106199805120314')) +
      row(
        withDay ? '出生日期：' : '出生年月：',
        `${sel('ddlYear', [['1997', '1997'], ['1998', '1998'], ['1999', '1999']])}年${sel('ddlMonth', [['4', '04'], ['5', '05'], ['6', '06']])}月` +
          (withDay ? `${sel('ddlDay', [['11', '11'], ['12', '12'], ['13', '13']])}日` : ''),
      ),
  );
