import { randomInt } from 'node:crypto';

/**
 * Static assets of the practice portal: the stylesheet, the shared page script (choosers,
 * ID-number handler, cascade, counters) and a small yyyy-MM-dd calendar in the manner of the
 * My97 `WdatePicker` the real system family uses (own code, same call shape). Written in ES5
 * style because the real pages target IE8.
 */

export const STYLE_CSS = `
body { font-family: "SimSun", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 12px; margin: 0; background: #fff; color: #000; }
.titlebar { background: #dbe8f7; border-bottom: 2px solid #5b8cc8; }
.ptitle { font-size: 14px; font-weight: bold; color: #1f4e8c; height: 28px; }
.series { padding: 4px 8px; color: #333; background: #f3f7fc; }
.notice { padding: 6px 8px; line-height: 18px; }
.msg { padding: 2px 8px; min-height: 16px; }
.formtable { background: #b7cde8; margin: 4px 0; }
.formtable td, .formtable th { background: #fff; padding: 4px; }
.formtable .tdl { background: #eef4fb; white-space: nowrap; }
.formtable .thead th { background: #dbe8f7; font-weight: normal; }
.input { width: 180px; border: 1px solid #7f9db9; height: 18px; }
.readonly { background: #f4f4f4; }
.Wdate { width: 110px; border: 1px solid #7f9db9; height: 18px; background: #fff url(data:image/gif;base64,R0lGODlhAQABAAAAACw=) no-repeat right; }
textarea { border: 1px solid #7f9db9; font-size: 12px; }
.button { border: 1px solid #5b8cc8; background: #e4eefa; padding: 2px 10px; margin: 2px 4px; cursor: pointer; }
.btnpick { padding: 0 4px; }
.buttons { text-align: center; padding: 8px; }
.grid { margin: 4px 0; }
.grid th { background: #dbe8f7; font-weight: normal; padding: 3px; }
.grid td { padding: 3px; text-align: center; }
.gridalt td { background: #f6f9fd; }
.tip { color: #666; }
.tree { padding: 6px; line-height: 22px; }
.tree a { color: #1f4e8c; text-decoration: none; }
.tree a:hover { text-decoration: underline; }
.tree ul { margin: 0; padding-left: 16px; list-style: none; }
.top { background: #2b5d9c; color: #fff; font-size: 18px; font-weight: bold; height: 56px; padding-left: 12px; }
.zc-cal { position: absolute; z-index: 999; background: #fff; border: 1px solid #7f9db9; padding: 4px; font-size: 12px; box-shadow: 2px 2px 4px #999; }
.zc-cal td { text-align: center; padding: 2px 4px; cursor: pointer; }
.zc-cal td.day:hover { background: #dbe8f7; }
.zc-cal td.sel { background: #5b8cc8; color: #fff; }
`;

export const COMMON_JS = `
// 公共脚本
function $id(id) { return document.getElementById(id); }

// "..." 选择窗口：选中后回写显示文本与代码
function OpenChooser(lx, textId, codeId) {
  var url = '/vsgzhr/Common/SelectDM.aspx?lx=' + encodeURIComponent(lx) + '&t=' + encodeURIComponent(textId) + '&h=' + encodeURIComponent(codeId);
  window.open(url, 'chooser', 'width=460,height=420,left=200,top=120,scrollbars=yes,resizable=yes');
}

// "..." 单位库选择：模态对话框（showModalDialog 只有 IE 有），返回 "代码|名称"
function OpenModalChooser(lx, textId, codeId) {
  var args = { keyword: $id(textId).value };
  var r = window.showModalDialog('/vsgzhr/Common/SelectDWK.aspx?lx=' + encodeURIComponent(lx), args, 'dialogWidth:480px;dialogHeight:400px;center:yes;status:no;resizable:no');
  if (r) {
    var p = String(r).split('|');
    if ($id(codeId)) $id(codeId).value = p[0];
    $id(textId).value = p[1];
  }
}

// 公民身份号码改变时，自动带出出生日期与性别
function SFZHChange(el) {
  var v = (el.value || '').replace(/\\s/g, '').toUpperCase();
  el.value = v;
  if (v == '') return;
  if (!/^\\d{17}[\\dX]$/.test(v)) { alert('公民身份号码格式不正确！'); return; }
  var birth = v.substr(6, 4) + '-' + v.substr(10, 2) + '-' + v.substr(12, 2);
  var csrq = $id(el.id.replace('txtSFZH', 'txtCSRQ'));
  if (csrq) csrq.value = birth;
  var xb = $id(el.id.replace('txtSFZH', 'ddlXB'));
  if (xb) xb.value = (parseInt(v.charAt(16), 10) % 2 == 1) ? '1' : '2';
}

// 申报评委会改变时，重新加载认定专业
function SBPWHChange(sel) {
  var zy = $id(sel.id.replace('ddlSBPWH', 'ddlRDZY'));
  if (!zy || typeof ZY_BY_PWH == 'undefined') return;
  while (zy.options.length > 0) zy.remove(0);
  zy.options.add(new Option('--请选择--', ''));
  var list = ZY_BY_PWH[sel.value] || [];
  for (var i = 0; i < list.length; i++) {
    zy.options.add(new Option('\\u00a0\\u00a0' + list[i][1] + '\\u00a0', list[i][0]));
  }
}

// 是否缴纳社保：选“否”时才可填写未缴纳原因
function SFJNSBChange() {
  var radios = document.getElementsByTagName('input');
  var no = false, found = false, reason = null;
  for (var i = 0; i < radios.length; i++) {
    var r = radios[i];
    if (r.type == 'radio' && /rblSFJNSB$/.test(r.name)) { found = true; if (r.checked && r.value == '0') no = true; }
  }
  var areas = document.getElementsByTagName('textarea');
  for (var j = 0; j < areas.length; j++) if (/txtWJNYY$/.test(areas[j].id)) reason = areas[j];
  if (!found || !reason) return;
  reason.disabled = !no;
  reason.style.backgroundColor = no ? '#fff' : '#eee';
}

// 文本域剩余字数
function CountLeft(el) {
  var span = $id(el.id + '_left');
  var max = parseInt(el.getAttribute('maxlength'), 10);
  if (span && max) span.innerHTML = String(max - el.value.length);
}

if (window.addEventListener) window.addEventListener('load', SFJNSBChange);
`;

export const CALENDAR_JS = `
// 日期控件：WdatePicker({el: 输入框, dateFmt: 'yyyy-MM-dd'})
(function () {
  var box = null;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function close() { if (box && box.parentNode) box.parentNode.removeChild(box); box = null; }
  function setValue(el, text) {
    el.value = text;
    var ev = document.createEvent('HTMLEvents');
    ev.initEvent('change', true, false);
    el.dispatchEvent(ev);
    close();
  }
  function draw(el, year, month) {
    var cur = /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(el.value || '');
    var html = '<table cellspacing="0"><tr><td colspan="7"><select class="zc-y">';
    for (var y = 1950; y <= 2035; y++) html += '<option value="' + y + '"' + (y == year ? ' selected' : '') + '>' + y + '年</option>';
    html += '</select><select class="zc-m">';
    for (var m = 1; m <= 12; m++) html += '<option value="' + m + '"' + (m == month ? ' selected' : '') + '>' + m + '月</option>';
    html += '</select></td></tr><tr><td>日</td><td>一</td><td>二</td><td>三</td><td>四</td><td>五</td><td>六</td></tr><tr>';
    var first = new Date(year, month - 1, 1).getDay();
    var days = new Date(year, month, 0).getDate();
    for (var i = 0; i < first; i++) html += '<td></td>';
    for (var d = 1; d <= days; d++) {
      var sel = cur && +cur[1] == year && +cur[2] == month && +cur[3] == d;
      html += '<td class="day' + (sel ? ' sel' : '') + '" data-d="' + d + '">' + d + '</td>';
      if ((first + d) % 7 == 0 && d < days) html += '</tr><tr>';
    }
    html += '</tr><tr><td colspan="3" class="zc-clear">清空</td><td></td><td colspan="3" class="zc-today">今天</td></tr></table>';
    box.innerHTML = html;
    box.querySelector('.zc-y').onchange = function () { draw(el, +this.value, month); };
    box.querySelector('.zc-m').onchange = function () { draw(el, year, +this.value); };
    box.querySelector('.zc-clear').onclick = function () { setValue(el, ''); };
    box.querySelector('.zc-today').onclick = function () { var t = new Date(); setValue(el, t.getFullYear() + '-' + pad(t.getMonth() + 1) + '-' + pad(t.getDate())); };
    var cells = box.querySelectorAll('td.day');
    for (var k = 0; k < cells.length; k++) {
      cells[k].onclick = function () { setValue(el, year + '-' + pad(month) + '-' + pad(+this.getAttribute('data-d'))); };
    }
  }
  window.WdatePicker = function (opts) {
    var el = (opts && opts.el) || (window.event && (window.event.srcElement || window.event.target));
    if (!el) return;
    close();
    var cur = /^(\\d{4})-(\\d{2})-\\d{2}$/.exec(el.value || '');
    var now = new Date();
    box = document.createElement('div');
    box.className = 'zc-cal';
    var r = el.getBoundingClientRect();
    box.style.left = (r.left + window.pageXOffset) + 'px';
    box.style.top = (r.bottom + window.pageYOffset + 2) + 'px';
    document.body.appendChild(box);
    draw(el, cur ? +cur[1] : now.getFullYear(), cur ? +cur[2] : now.getMonth() + 1);
    setTimeout(function () {
      document.addEventListener('mousedown', function out(e) {
        if (box && !box.contains(e.target) && e.target !== el) { close(); document.removeEventListener('mousedown', out); }
      });
    }, 0);
  };
})();
`;

/**
 * A fake captcha: four random digits/letters drawn as an SVG with noise lines. The server
 * accepts any non-empty answer (the captcha is never automated, spec/portal.md step 1).
 * @returns SVG text (image/svg+xml), 80×26 px.
 */
export function captchaSvg(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const chars = Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]);
  const glyphs = chars
    .map((c, i) => `<text x="${8 + i * 17}" y="${19 + randomInt(4)}" transform="rotate(${randomInt(-15, 16)} ${14 + i * 17} 14)" font-family="monospace" font-size="18" fill="#${randomInt(0x30, 0x90).toString(16).repeat(3)}">${c}</text>`)
    .join('');
  const lines = Array.from({ length: 4 }, () => `<line x1="${randomInt(80)}" y1="${randomInt(26)}" x2="${randomInt(80)}" y2="${randomInt(26)}" stroke="#9ab" />`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="80" height="26" viewBox="0 0 80 26"><rect width="80" height="26" fill="#eef3e4"/>${lines}${glyphs}</svg>`;
}
