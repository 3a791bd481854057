/** gate7 probe pages: pre-submit control shapes and step-recognition variants. */

/** Instrumentation: every page effect goes to window.acts (never navigates). */
export const INSTR = `<script type="text/javascript">
window.acts = [];
function act(x) { window.acts.push(x); }
function __doPostBack(t, a) { act('postback:' + t); }
window.confirm = function (m) { act('confirm:' + m); return true; };
HTMLFormElement.prototype.submit = function () { act('form.submit'); };
document.addEventListener('submit', function (e) { var s = e.submitter; act('submit:' + (s ? (s.value || s.alt || s.title || s.textContent || s.tagName) : 'none')); e.preventDefault(); });
</script>`;

export function webForm(body: string, head = '', title = '广州市职称业务申报与管理系统'): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>${title}</title>${INSTR}${head}</head><body>
<form name="aspnetForm" method="post" action="Default.aspx" id="aspnetForm"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk0NjQ2MjE5MmRk" /></div>
${body}</form></body></html>`;
}

export const row = (label: string, control: string, req = true) =>
  `<tr><td align="right">${req ? '<font color="red">*</font>' : ''}${label}：</td><td>${control}</td></tr>`;

/** 基本信息 fields; bad=true → wrong ID checksum (an error). */
export function basicFields(bad: boolean): string {
  return `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="ctl00$ContentPlaceHolder1$txtXM" type="text" id="txtXM" value="李明远" />')}
${row('公民身份号码', `<input name="ctl00$ContentPlaceHolder1$txtSFZH" type="text" id="txtSFZH" value="${bad ? '440106199805120315' : '440106199805120314'}" />`)}
</table>`;
}

export const basicPage = (bad: boolean, buttons: string, head = '') => webForm(`${basicFields(bad)}\n${buttons}`, head);

/** 完成并送审 with 同意 unticked (submit-consent error) or ticked. */
export function submitPage(agreed: boolean, buttons: string): string {
  return webForm(`<div class="ptitle">完成并送审</div>
<p>本人承诺所填报信息及上传材料真实有效。</p>
<input type="checkbox" id="chkTY" name="chkTY" ${agreed ? 'checked="checked"' : ''} /><label for="chkTY">同意</label>
<br/>${buttons}`);
}

export function grid(headers: string[], rows: string[][]): string {
  const cells = (tag: string, texts: string[]) => texts.map((t) => `<${tag}>${t}</${tag}>`).join('');
  return `<table border="1" cellspacing="0"><tr>${cells('th', headers)}</tr>${rows.map((r) => `<tr>${cells('td', r)}</tr>`).join('')}</table>`;
}

export const STEP_NAMES = [
  '获取历史数据', '基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '主要专业技术工作经历',
  '工作期间奖惩情况/个人专业技术工作小结', '从事专业技术工作及取得的业绩成果情况',
  '论文、著作、译注、会议论文、专项技术分析报告、实例材料', '年度考核结果', '证书、证明材料', '完成并送审',
];
