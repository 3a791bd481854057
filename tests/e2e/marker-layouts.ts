/**
 * Hand-made page layouts that tempt a field marker onto the page's text or controls: things an
 * IE-era form puts right next to a field (a checkbox's words in a <span>, a label before the
 * box, a radio pair in one cell, a unit after a select, a narrow box between labels), fields at
 * the viewport's edge, a right-to-left page, and fields that scroll out of sight (under a fixed
 * title bar, out of a scrolling box). Each page names a step (基本信息 or 完成并送审) and has
 * required fields left empty, so the overlay mounts and marks them. Used by markers.test.ts.
 */

export interface MarkerLayout {
  name: string;
  html: string;
  /**
   * Page script run after the markers settle that scrolls the marked field out of sight; its
   * marker must then hide. Text, not a function: tsx's helpers do not exist in the page.
   */
  scrollAway?: string;
  /** Page script run once the overlay is up, before the markers are measured (a zoom set after load). */
  afterStart?: string;
  /**
   * Page script run after the markers settle that moves the page's select without any scroll or
   * change in size of the field or the page (content added in a fixed-height box): its marker
   * must move with it.
   */
  shiftField?: string;
}

const STYLE = '<style>body{font:14px SimSun,serif;margin:0} table{border-collapse:collapse;width:100%} td{border:1px solid #9bc;padding:4px} .l{width:140px;text-align:right;background:#eef4fc}</style>';

function page(title: string, body: string, dir = ''): string {
  return `<!doctype html><html${dir ? ` dir="${dir}"` : ''}><head><meta charset="utf-8"><title>${title}</title>${STYLE}</head><body>${body}</body></html>`;
}

/** 基本信息 with three filled fields and `rows` added to its table. */
export function basicInfo(rows: string, before = ''): string {
  return page(
    '基本信息',
    `${before}<h2>基本信息</h2><table>
<tr><td class=l><font color=red>*</font>姓名：</td><td><input name="txtXM" value="李明远"></td></tr>
<tr><td class=l><font color=red>*</font>公民身份号码：</td><td><input name="txtSFZH" value="440106199805120314"></td></tr>
<tr><td class=l><font color=red>*</font>出生日期：</td><td><input name="txtCSRQ" value="1998-05-12"></td></tr>
${rows}</table><input type=button value="保存并下一步">`,
  );
}

/** 完成并送审 with the pledge line and `consent` in the cell under it. */
function submitStep(consent: string, dir = ''): string {
  return page(
    '完成并送审',
    `<h2>完成并送审</h2><table>
<tr><td>本人承诺：所填报的个人信息及提交的证书、证明材料真实、准确、完整，如有弄虚作假，愿承担相应责任。</td></tr>
<tr><td>${consent}</td></tr></table><div style="text-align:center"><input type=button value="送审"></div>`,
    dir,
  );
}

const POLITICAL = '<select name=ddlZZMM><option value="">请选择</option><option>群众</option></select>';
const LONG_PLEDGE = '本人承诺所填报的个人信息及提交的证书、证明材料真实、准确、完整，如有弄虚作假，愿承担相应责任，并同意接受评委会的审查、核实与公示，所填内容以本人签名的纸质材料为准，本人已阅读以上全部内容。';

export const MARKER_LAYOUTS: MarkerLayout[] = [
  { name: '同意 in a <span> after the box', html: submitStep('<input id=a type=checkbox name=chkTY><span>同意</span>') },
  { name: '同意 in <font>, then a remark', html: submitStep('<input type=checkbox name=chkTY><font color=black>同意</font>&nbsp;&nbsp;（请阅读后勾选）') },
  { name: 'label before the box, a link after it', html: submitStep('<label for=a>同意</label><input id=a type=checkbox name=chkTY>&nbsp;<a href="#">查看承诺书</a>') },
  { name: 'a long label wrapping over a full-width cell', html: submitStep(`<input id=a type=checkbox name=chkTY><label for=a>${LONG_PLEDGE}</label>`) },
  { name: 'box and label at the right edge', html: submitStep('<div style="text-align:right">请勾选：<input id=a type=checkbox name=chkTY><label for=a>同意</label></div>') },
  { name: 'box at the right edge after a sentence', html: submitStep('<div style="text-align:right">本人已阅读上述承诺并同意<input type=checkbox name=chkTY></div>') },
  { name: 'right-to-left page', html: submitStep('本人承诺属实：<input id=a type=checkbox name=chkTY><label for=a>同意</label>', 'rtl') },
  { name: '同意 / 不同意 radios in one cell', html: submitStep('<input type=radio name=rbTY value=1>同意 <input type=radio name=rbTY value=0>不同意') },
  { name: '性别 radios 男 / 女 in one cell', html: basicInfo('<tr><td class=l><font color=red>*</font>性别：</td><td><input type=radio name=rbXB value=1>男 <input type=radio name=rbXB value=2>女</td></tr>') },
  {
    name: '是 / 否 radios with labels',
    html: basicInfo('<tr><td class=l><font color=red>*</font>是否缴纳社保：</td><td><input type=radio id=y name=rbSB value=1><label for=y>是</label><input type=radio id=n name=rbSB value=0><label for=n>否</label></td></tr>'),
  },
  {
    name: 'select followed by its unit and another select',
    html: basicInfo('<tr><td class=l><font color=red>*</font>参加工作时间：</td><td><select name=ddlN><option value="">--</option><option>2020</option></select>年<select name=ddlY><option value="">--</option><option>7</option></select>月</td></tr>'),
  },
  {
    name: 'narrow boxes between labels in one cell',
    html: basicInfo('<tr><td colspan=2><font color=red>*</font>邮政编码：<input name=txtYZBM style="width:50px"> <font color=red>*</font>手机号码：<input name=txtSJ style="width:50px"></td></tr>'),
  },
  {
    name: 'filled boxes with wrong values',
    html: basicInfo('<tr><td class=l><font color=red>*</font>手机号码：</td><td><input name=txtSJ style="width:120px" value="139260012345678"></td></tr><tr><td class=l>电子邮箱：</td><td><input name=txtEmail style="width:150px" value="limingyuan.example.com"></td></tr>'),
  },
  {
    // Two wrong values side by side at the right edge, a wide gap between them: the first box's
    // marker goes right, into the gap; the second has no room on its right and looks left, into
    // the same gap.
    name: 'two filled boxes at the right edge with a gap between them',
    html: basicInfo('<tr><td class=l>联系方式：</td><td style="text-align:right"><input name=txtSJ title="手机号码" style="width:120px" value="139260012345678">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<input name=txtEmail title="电子邮箱" style="width:150px" value="limingyuan.example.com"></td></tr>'),
  },
  { name: 'select flush with the right edge', html: basicInfo(`<tr><td class=l><font color=red>*</font>政治面貌：</td><td style="text-align:right">${POLITICAL}</td></tr>`) },
  {
    name: 'select scrolled out of a scrolling box',
    html: basicInfo(
      `<tr><td colspan=2><div id=box style="height:60px;overflow:auto;border:1px solid #999"><table><tr><td class=l><font color=red>*</font>政治面貌：</td><td>${POLITICAL}</td></tr></table><div style="height:300px">滚动区域内的说明……</div></div><p>滚动区域下面的页面文字。</p></td></tr>`,
    ),
    scrollAway: "document.getElementById('box').scrollTop = 45",
  },
  {
    // An AJAX notice shown above a field inside a box of fixed height: the field moves, yet
    // nothing scrolls and neither the field nor the page changes size.
    name: 'select moved down by a notice added in a fixed-height box',
    html: basicInfo(
      `<tr><td colspan=2><div style="height:160px;overflow:hidden;border:1px solid #999"><div id=news></div><table><tr><td class=l><font color=red>*</font>政治面貌：</td><td>${POLITICAL}</td></tr></table></div></td></tr>`,
    ),
    shiftField: "document.getElementById('news').innerHTML = '<p style=\"margin:0;height:60px\">通知：系统将于今晚维护。</p>'",
  },
  {
    name: 'select scrolled under a fixed title bar',
    html: basicInfo(
      `<tr><td class=l><font color=red>*</font>政治面貌：</td><td>${POLITICAL}</td></tr><tr><td colspan=2 style="height:1500px">（长页面）</td></tr>`,
      '<div style="position:fixed;top:0;left:0;right:0;height:40px;background:#2b5c9e;color:#fff;z-index:5">广州市职称业务申报与管理系统　固定标题栏</div><div style="height:50px"></div>',
    ),
    scrollAway: "scrollBy(0, document.querySelector('select').getBoundingClientRect().top - 12)",
  },
  {
    // IE-era pages enlarge themselves with CSS zoom (body or a container).
    name: 'the page zoomed to 125 % with CSS zoom',
    html: basicInfo(`<tr><td class=l><font color=red>*</font>政治面貌：</td><td>${POLITICAL}</td></tr><tr><td class=l><font color=red>*</font>手机号码：</td><td><input name=txtSJ style="width:120px" value="139260012345678"></td></tr>`, '<style>body{zoom:1.25}</style>'),
  },
  {
    // `zoom: 80%` on <html> itself, from the page's stylesheet (the overlay undoes it on its host).
    name: 'the page zoomed to 80 % on <html> with CSS zoom',
    html: basicInfo(`<tr><td class=l><font color=red>*</font>政治面貌：</td><td>${POLITICAL}</td></tr><tr><td class=l><font color=red>*</font>手机号码：</td><td><input name=txtSJ style="width:120px" value="139260012345678"></td></tr>`, '<style>html{zoom:80%}</style>'),
  },
  {
    // What a 字体放大 button does, after the overlay is up (breaker 14b item 5).
    name: 'the page zoomed to 150 % on its body after the overlay is up',
    html: basicInfo(`<tr><td class=l><font color=red>*</font>政治面貌：</td><td>${POLITICAL}</td></tr>`),
    afterStart: "document.body.style.zoom = '1.5'",
  },
  {
    name: 'the page scaled to 125 % with a transform on its body',
    html: basicInfo(`<tr><td class=l><font color=red>*</font>政治面貌：</td><td>${POLITICAL}</td></tr>`, '<style>body{transform:scale(1.25);transform-origin:0 0}</style>'),
  },
  {
    name: 'a form table shrunk to 80 % with CSS zoom, scrolled under a fixed title bar',
    html: basicInfo(
      `<tr><td class=l><font color=red>*</font>政治面貌：</td><td>${POLITICAL}</td></tr><tr><td colspan=2 style="height:1500px">（长页面）</td></tr>`,
      '<style>table{zoom:0.8}</style><div style="position:fixed;top:0;left:0;right:0;height:40px;background:#2b5c9e;color:#fff;z-index:5">广州市职称业务申报与管理系统　固定标题栏</div><div style="height:50px"></div>',
    ),
    scrollAway: "scrollBy(0, document.querySelector('select').getBoundingClientRect().top - 12)",
  },
];
