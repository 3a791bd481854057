import { esc, jsString, shellHtml } from './render';
import { page, type Reply } from './reply';

/**
 * The practice portal's one IE-only picker: a unit chooser opened with `window.showModalDialog`
 * (removed from Chrome in version 43; spec/portal.md §Pickers says the real portal's choosers
 * may use it). The chooser reads the caller's `window.dialogArguments` (the box's current text
 * as a search keyword) and hands back `window.returnValue = "代码|名称"`, the classic pattern.
 * Units and codes are made up (codes pass the GB 32100 check).
 */

export const MODAL_CHOOSER_PATH = '/vsgzhr/Common/SelectDWK.aspx';

/** Chooser tables by `lx`: 统一社会信用代码 and unit name. */
export const MODAL_CHOOSER_TABLES: Record<string, { title: string; options: { value: string; text: string }[] }> = {
  DW: {
    title: '选择工作单位（单位库）',
    options: [
      { value: '91440101MA59R2K8XR', text: '广州市珠江水质检测中心有限公司' },
      { value: '91440106MA5D3QW419', text: '广州南岭生态环境科技有限公司' },
      { value: '12440100MB2C71905R', text: '广州市环境监测站（练习）' },
    ],
  },
};

/** The chooser page (`SelectDWK.aspx?lx=`): a keyword box filled from dialogArguments, and the list. */
export function modalChooserPage(query: URLSearchParams): Reply {
  const table = MODAL_CHOOSER_TABLES[query.get('lx') ?? ''];
  if (!table) return page(shellHtml({ title: '选择', root: '../', action: 'SelectDWK.aspx', body: '<div class="notice" style="color:red">参数错误！</div>' }));
  const rows = table.options
    .map((o) => `<tr class="gridrow"><td>${esc(o.value)}</td><td><a href="javascript:void(0)" onclick="Pick('${jsString(o.value)}','${jsString(o.text)}')">${esc(o.text)}</a></td></tr>`)
    .join('\n');
  const body = `<div class="ptitle">${esc(table.title)}</div>
<div style="padding:4px">关键字：<input type="text" id="txtKey" class="input" onkeyup="Filter(this.value)" /></div>
<table class="grid" id="gvDW" cellspacing="0" rules="all" border="1" style="width:100%;border-collapse:collapse;">
<tr class="gridhead"><th>统一社会信用代码</th><th>单位名称</th></tr>
${rows}
</table>
<div class="buttons"><input type="button" class="button" value="取消" onclick="window.close()" /></div>
<script type="text/javascript">
function Pick(code, text) {
  window.returnValue = code + '|' + text;
  window.close();
}
function Filter(key) {
  var rows = document.getElementById('gvDW').rows;
  for (var i = 1; i < rows.length; i++) rows[i].style.display = rows[i].cells[1].innerText.indexOf(key) >= 0 ? '' : 'none';
}
var args = window.dialogArguments;
// The caller passes the box's current text; it narrows the list when some unit contains it.
if (args && args.keyword) {
  document.getElementById('txtKey').value = args.keyword;
  if (document.getElementById('gvDW').innerText.indexOf(args.keyword) >= 0) Filter(args.keyword);
}
</script>`;
  return page(shellHtml({ title: table.title, root: '../', action: 'SelectDWK.aspx', body }));
}
