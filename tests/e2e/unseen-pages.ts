/**
 * Portal pages built the way the practice portal is not, as a copy of the real portal may be:
 * cut down from a robustness probe's hand-made variants (each broke recognition, the checks or
 * autofill before the rule it now exercises). Served by unseen-markup.test.ts. The expectations
 * are what an applicant should see, written from the seed walkthrough, not read off our output.
 */

export interface UnseenPage {
  name: string;
  html: string;
  /** The step the overlay must show. */
  step: string;
  /** Check ids that must be among the findings. */
  findings: string[];
  /** Check ids that must not be among them. */
  absent?: string[];
  /** Profile keys the autofill preview must offer to fill (after importing the sample profile). */
  fills?: string[];
  /** After applying the fill: selector → the option text the select must show. */
  chosen?: Record<string, string>;
  /** Documents of the page's frames, served at `/frame/<name>`; the overlay must be in `form`. A shell holding its menu itself has no `menu` frame. */
  frames?: { menu?: string; form: string };
  /**
   * Profile keys the preview must leave to the user (needs-user) with no 覆盖 tick, and the
   * selector of each field with the value it must still hold after applying with every 覆盖 ticked.
   */
  leftAlone?: { keys: string[]; values: Record<string, string> };
  /**
   * Profile keys the preview must show as already there (skip, no 覆盖 tick: the page holds the
   * value, written its own way), and the selector of each field with the value it must still
   * hold after applying with every 覆盖 ticked.
   */
  same?: { keys: string[]; values: Record<string, string> };
  /** After applying the fill: profile key → the report row's result and a word its text shows. */
  reported?: Record<string, [result: string, word: string]>;
}

/** An ASP.NET WebForms page: XHTML transitional, one form, a view state. */
function webForm(body: string, head = ''): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>广州市职称业务申报与管理系统</title>${head}</head><body>
<form name="aspnetForm" method="post" action="Default.aspx" id="aspnetForm"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTk0NjQ2MjE5MmRk" /></div>
${body}</form></body></html>`;
}

/** A select with options written the national code tables' way. */
function codeSelect(id: string, options: [value: string, text: string][]): string {
  return `<select name="ctl00$ContentPlaceHolder1$${id}" id="${id}"><option value="">请选择</option>${options.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>`;
}

const row = (label: string, control: string) => `<tr><td align="right"><font color="red">*</font>${label}：</td><td>${control}</td></tr>`;

/** 年度考核结果's saved list as a DataGrid (header bold by style) with a 基本称职 year. */
const ANNUAL_REVIEW_LIST = webForm(`<span style="font-weight:bold">年度考核结果</span>
<table border="1"><tr style="font-weight:bold"><td>记录序号</td><td>考核年度</td><td>考核结果</td></tr><tr><td>1</td><td>2023</td><td>基本称职</td></tr></table>
<input type="submit" value="添加" />`);

/** A DataGrid of saved records (<th> header row). */
function grid(headers: string[], rows: string[][]): string {
  const cells = (tag: string, texts: string[]) => texts.map((t) => `<${tag}>${t}</${tag}>`).join('');
  return `<table border="1" cellspacing="0"><tr>${cells('th', headers)}</tr>${rows.map((r) => `<tr>${cells('td', r)}</tr>`).join('')}</table>`;
}

/** 证书、证明材料's checklist (初次职称考核认定) with `fileCell` in 在岗在职证明材料's 文件 cell; `head` as for webForm. */
function onJobChecklist(fileCell: string, head = ''): string {
  return webForm(`<div class="crumb">当前位置：初次职称考核认定 &gt; 证书、证明材料</div>
${grid(['材料名称', '是否必传', '文件', '操作'], [
  ['在岗在职证明材料', '是', fileCell, '<a href="#">上传</a>'],
  ['其他证书、证明材料', '否', '获奖证书.jpg', '<a href="#">上传</a>'],
])}<input type="submit" value="保存并下一步" />`, head);
}

/** 基本信息 titled as a page title: `rows` in its table, then 保存并下一步; `head` as for webForm. */
function basicInfo(rows: string, head = ''): string {
  return webForm(`<div class="ptitle">基本信息</div><table>
${rows}
</table><input type="submit" value="保存并下一步" />`, head);
}

/** A portal's menu drawn in plain text (<div onclick>, not links), its step-10 entry ending 附件上传 (breaker 23 C). */
const PLAIN_MENU = ['个人基本信息', '学位（学历）教育情况', '主要专业技术工作经历', '证书、证明材料附件上传', '完成并送审']
  .map((t, i) => `<div class="item" onclick="void ${i}">${t}</div>`)
  .join('');

/** A form whose labels name no step (起止时间, 备注): only the page's title or crumb can. */
const NO_STEP_FORM = webForm(`<table>${row('起止时间', '<input type="text" name="ctl00$ContentPlaceHolder1$txtQzsj" id="txtQzsj" />')}${row('备注', '<input type="text" name="ctl00$ContentPlaceHolder1$txtBz" id="txtBz" />')}</table>
<input type="submit" value="保存" />`);

export const UNSEEN_PAGES: UnseenPage[] = [
  {
    // ASP.NET DataGrid: HeaderStyle-Font-Bold renders the header as <tr style="font-weight:bold"> of
    // <td>s; a custom pager row with a "转到第 [ ] 页" text box.
    name: 'education list: DataGrid header bold by style, a pager with a text box',
    step: 'education',
    findings: ['education-order', 'attachment-missing'],
    html: webForm(`<span style="font-weight:bold">学位（学历）教育情况</span>
<table border="1" cellspacing="0"><tr style="color:White;background-color:#006699;font-weight:bold;"><td>记录序号</td><td>学历</td><td>毕业院校</td><td>附件</td><td>操作</td></tr>
<tr><td>1</td><td>大学专科</td><td>广州某职业技术学院</td><td>已上传</td><td><a href="#">修改</a></td></tr>
<tr><td>2</td><td>大学本科</td><td>华南某大学</td><td>未上传</td><td><a href="#">修改</a></td></tr>
<tr><td colspan="5">共 2 条 第 1/1 页 转到第<input type="text" name="ctl00$ContentPlaceHolder1$txtPage" size="2" value="1" />页</td></tr></table>
<input type="submit" name="ctl00$ContentPlaceHolder1$btnAdd" value="添加" />`),
  },
  {
    name: 'annual review list: DataGrid header bold by style, 基本称职',
    step: 'annual-review',
    findings: ['annual-review-disqualifying'],
    html: ANNUAL_REVIEW_LIST,
  },
  {
    // The business tree in a frame of its own, its current entry bold (an ASP.NET TreeView draws
    // the selected node so): one overlay, in the form's frame.
    name: 'a menu frame showing the current step in bold beside the form frame',
    step: 'annual-review',
    findings: ['annual-review-disqualifying'],
    html: '<html><head><title>广州市职称业务申报与管理系统</title></head><body><iframe src="/frame/menu" name="leftFrame" width="240" height="600"></iframe><iframe src="/frame/form" name="mainFrame" width="960" height="600"></iframe></body></html>',
    frames: {
      menu: '<html><body><a href="#">基本信息</a><br><a href="#">学位（学历）教育情况</a><br><a href="#" style="font-weight:bold">年度考核结果</a><br><a href="#">证书、证明材料</a></body></html>',
      form: ANNUAL_REVIEW_LIST,
    },
  },
  {
    // Pages made with the editors of that era name their styles .STYLE1, .STYLE2….
    name: 'certificates: heading bold only through a stylesheet class, empty list',
    step: 'certificates',
    findings: ['on-job-proof-missing'],
    html: webForm(
      `<span class="STYLE1">证书、证明材料</span>
<table border="1"><tr><th>附件名称</th><th>记录序号</th><th>文件名称</th></tr><tr><td colspan="3">暂无记录</td></tr></table>
<input type="submit" value="附件上传" />`,
      '<style type="text/css">.STYLE1 { font-weight: bold; font-size: 14px; }</style>',
    ),
  },
  {
    name: 'education list with a 获取历史数据 button beside the heading',
    step: 'education',
    findings: [],
    html: webForm(`<span style="font-weight:bold">学位（学历）教育情况</span>
<input type="button" value="获取历史数据" /> <input type="submit" value="添加" />`),
  },
  {
    name: '奖惩 and 小结 text areas, each alone in a table under a caption',
    step: 'awards-summary',
    findings: ['awards-empty', 'summary-empty'],
    fills: ['awards', 'workSummary'],
    html: webForm(`<span style="font-weight:bold">工作期间奖惩情况/个人专业技术工作小结</span>
<div class="bt">工作期间奖惩情况</div><table><tr><td><textarea name="ctl00$ContentPlaceHolder1$TextBox1" rows="6" cols="80"></textarea></td></tr></table>
<table><tr><td>个人专业技术工作小结</td></tr></table><table><tr><td><textarea name="ctl00$ContentPlaceHolder1$TextBox2" rows="10" cols="80"></textarea></td></tr></table>
<input type="submit" value="保存并下一步" />`),
  },
  {
    name: '基本信息 with code-table options (1-男, 01-汉族, 中国共产党党员, 本科, 学士学位, 助理工程师（助理级）)',
    step: 'basic-info',
    findings: ['required-field'],
    fills: ['basic.name', 'basic.gender', 'basic.ethnicity', 'basic.politicalStatus', 'basic.highestEducation', 'basic.highestDegree', 'application.qualificationName'],
    chosen: {
      '#ddlXB': '1-男',
      '#ddlMZ': '01-汉族',
      '#ddlZZMM': '中国共产党党员',
      '#ddlZGXL': '本科',
      '#ddlZGXW': '学士学位',
      '#ddlRDZGMC': '助理工程师（助理级）',
    },
    html: webForm(`<table width="100%"><tr><td class="ptitle">&nbsp;基本信息</td></tr></table>
<table class="formtable" border="0" cellspacing="1" cellpadding="4">
${row('姓名', '<input type="text" name="ctl00$ContentPlaceHolder1$txtXM" id="txtXM" />')}
${row('性别', codeSelect('ddlXB', [['1', '1-男'], ['2', '2-女']]))}
${row('民族', codeSelect('ddlMZ', [['01', '01-汉族'], ['02', '02-蒙古族'], ['03', '03-回族']]))}
${row('政治面貌', codeSelect('ddlZZMM', [['01', '中国共产党党员'], ['02', '中国共产党预备党员'], ['03', '中国共产主义青年团团员'], ['13', '群众']]))}
${row('最高学历', codeSelect('ddlZGXL', [['1', '研究生'], ['2', '本科'], ['3', '本科以下']]))}
${row('最高学位', codeSelect('ddlZGXW', [['1', '博士学位'], ['2', '硕士学位'], ['3', '学士学位'], ['9', '无学位']]))}
${row('认定资格名称', codeSelect('ddlRDZGMC', [['0301', '技术员（员级）'], ['0302', '助理工程师（助理级）']]))}
</table><input type="submit" value="保存并下一步" />`),
  },
  {
    // Lists in tab panes: only the shown pane's list is the page; the hidden 年度考核 pane's
    // 基本称职 is not this page's finding.
    name: 'tabs: the education list shown, the annual-review list in a hidden pane',
    step: 'education',
    findings: [],
    absent: ['annual-review-disqualifying'],
    html: webForm(`<div class="tabs"><a href="javascript:void 0" class="on">学位（学历）教育情况</a> | <a href="javascript:void 0">年度考核结果</a></div>
<div id="pane1">${grid(['记录序号', '学历', '毕业院校', '附件', '操作'], [['1', '大学本科', '华南某大学', '2个', '<a href="#">修改</a>']])}</div>
<div id="pane2" style="display:none">${grid(['记录序号', '考核年度', '考核结果'], [['1', '2023', '基本称职']])}</div>
<input type="submit" value="添加" />`),
  },
  {
    // Titles drawn as pictures, the page's only heading.
    name: 'annual-review list titled by an image',
    step: 'annual-review',
    findings: ['annual-review-disqualifying'],
    html: webForm(`<div class="ptitle"><img src="images/t_ndkhjg.gif" alt="年度考核结果" /></div>
${grid(['记录序号', '年度', '结果'], [['1', '2022', '合格'], ['2', '2023', '基本称职']])}<input type="submit" value="添加" />`),
  },
  {
    // The classic layout: the saved photo in a cell spanning the first rows, the file box and
    // 上传照片 in a row below (happy-dom loads no images: only a browser can show this).
    name: '基本信息 with the saved photo in a cell spanning the first rows',
    step: 'basic-info',
    findings: [],
    absent: ['photo-missing'],
    html: basicInfo(`<tr><td align="right">姓名：</td><td><input name="txtXM" type="text" id="txtXM" value="李明远" /></td><td rowspan="3"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="90" height="120" alt="" /></td></tr>
<tr><td align="right">性别：</td><td><input name="txtXB" type="text" id="txtXB" value="男" /></td></tr>
<tr><td align="right">民族：</td><td><input name="txtMZ" type="text" id="txtMZ" value="汉族" /></td></tr>
${row('个人照片', '<input type="file" name="fuPhoto" id="fuPhoto" /><input type="submit" value="上传照片" />')}`),
  },
  {
    // 注册手机 and 工作单位 carried over from the account, read-only: never written, even with 覆盖 ticked.
    name: '基本信息 with read-only boxes the portal filled (注册手机, 工作单位)',
    step: 'basic-info',
    findings: [],
    fills: ['basic.email'],
    leftAlone: { keys: ['basic.mobile', 'basic.employer'], values: { '#txtSJHM': '13800138000', '#txtGZDW': '广州某环境监测有限公司' } },
    html: basicInfo(`${row('手机号码', '<input name="ctl00$ContentPlaceHolder1$txtSJHM" type="text" id="txtSJHM" value="13800138000" readonly="readonly" />（注册手机，如需修改请到账号管理）')}
${row('工作单位', '<input name="ctl00$ContentPlaceHolder1$txtGZDW" type="text" id="txtGZDW" value="广州某环境监测有限公司" readonly="readonly" />')}
${row('电子邮箱', '<input name="ctl00$ContentPlaceHolder1$txtDZYX" type="text" id="txtDZYX" />')}`),
  },
  {
    // An unstyled DataGrid: its header row is plain <td>s, nothing bold (probe round 6); 记录序号 1, 3.
    name: 'qualification history list whose header row is plain cells, with a 记录序号 gap',
    step: 'qualification-history',
    findings: ['record-sequence'],
    html: webForm(`<div class="ptitle">专业技术资格历史情况</div>
<table border="1" cellspacing="0" rules="all"><tr class="tr_bt"><td>记录序号</td><td>资格名称</td><td>取得时间</td><td>操作</td></tr>
<tr><td>1</td><td>技术员</td><td>2019-12-30</td><td><a href="#">修改</a> <a href="#">删除</a></td></tr>
<tr><td>3</td><td>助理工程师</td><td>2021-12-30</td><td><a href="#">修改</a> <a href="#">删除</a></td></tr></table>
<input type="submit" value="添加" />`),
  },
  {
    // The list's header says 是否缴纳社会保险, the record's 否 has no reason (probe round 6).
    name: 'work experience list: 是否缴纳社会保险 否 without a reason',
    step: 'work-experience',
    findings: ['social-insurance-reason'],
    html: webForm(`<div class="ptitle">主要专业技术工作经历</div>
${grid(['记录序号', '起止时间', '工作单位', '是否缴纳社会保险', '未缴纳原因', '附件'], [['1', '2020.07-至今', '广州某环境监测有限公司', '否', '', '社保明细.pdf']])}
<input type="submit" value="添加" />`),
  },
  {
    // An AJAX cascade on a slow server (probe round y): 申报评委会 offers only a hint — with a
    // value — until 认定资格名称 is chosen, then shows 加载中... for 2.5 s before its options.
    name: '基本信息 with 申报评委会 filled by a slow AJAX call after 认定资格名称 changes',
    step: 'basic-info',
    findings: [],
    fills: ['application.qualificationName', 'application.committee', 'basic.name'],
    chosen: { '#ddlZGMC': '助理工程师', '#ddlPWH': '广州市工程系列生态环境专业初级职称评审委员会' },
    html: basicInfo(`${row('认定资格名称', '<select name="ddlZGMC" id="ddlZGMC" onchange="fillPWH(this.value)"><option value="">请选择</option><option value="1">技术员</option><option value="2">助理工程师</option></select>')}
${row('申报评委会', '<select name="ddlPWH" id="ddlPWH"><option value="">请选择</option><option value="99">（请先选择认定资格名称）</option></select>')}
${row('姓名', '<input type="text" name="txtXM" id="txtXM" />')}`,
      `<script>function fillPWH(v) { var s = document.getElementById('ddlPWH'); s.options.length = 0; s.options.add(new Option('加载中...', ''));
  setTimeout(function () { s.options.length = 0; s.options.add(new Option('请选择', '')); if (v) { s.options.add(new Option('广州市工程系列生态环境专业初级职称评审委员会', '01')); s.options.add(new Option('广州市工程系列电子信息专业初级职称评审委员会', '02')); } }, 2500); }</script>`,
    ),
  },
  {
    // A cascade naming titles by their level (breaker 7c item 9): 认定资格名称 offers 初级工程师 /
    // 中级工程师 only once 申报级别 is chosen; the profile's 助理工程师 is 初级工程师, as on a list
    // whose options were there at the preview.
    name: '基本信息 whose 认定资格名称 lists 初级工程师 / 中级工程师 only after 申报级别 is chosen',
    step: 'basic-info',
    findings: [],
    fills: ['application.level', 'application.qualificationName', 'basic.name'],
    chosen: { '#ddlSBJB': '初级', '#ddlZGMC': '初级工程师' },
    html: basicInfo(`${row('申报级别', '<select name="ddlSBJB" id="ddlSBJB" onchange="fillZGMC(this.value)"><option value="">--请选择--</option><option value="1">初级</option><option value="2">中级</option></select>')}
${row('认定资格名称', '<select name="ddlZGMC" id="ddlZGMC"><option value="">--请选择--</option></select>')}
${row('姓名', '<input type="text" name="txtXM" id="txtXM" />')}`,
      `<script>function fillZGMC(v) { setTimeout(function () { var s = document.getElementById('ddlZGMC'); s.options.length = 1;
  if (v) { s.options.add(new Option('初级工程师', '11')); s.options.add(new Option('中级工程师', '12')); } }, 300); }</script>`,
    ),
  },
  {
    // 出生日期 written by the page from 公民身份号码, its own way (breaker 7c item 10): the same day
    // as the profile's is no change since the preview; the row says 已一致 and the page's text stays.
    name: '基本信息 whose 公民身份号码 writes 出生日期 as 19980512',
    step: 'basic-info',
    findings: [],
    fills: ['basic.idNumber', 'basic.birthDate'],
    reported: { 'basic.idNumber': ['filled', '已填'], 'basic.birthDate': ['skipped', '已一致'] },
    same: { keys: [], values: { '#txtCSRQ': '19980512' } },
    html: webForm(
      `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input type="text" name="txtXM" id="txtXM" />')}
${row('公民身份号码', '<input type="text" name="txtSFZH" id="txtSFZH" onchange="document.getElementById(\'txtCSRQ\').value = this.value.substr(6, 8)" />')}
${row('出生日期', '<input type="text" name="txtCSRQ" id="txtCSRQ" />')}
</table><input type="submit" value="保存并下一步" />`,
    ),
  },
  {
    // Saved dates as ASP.NET's DateTime.ToString() renders them and written the page's way
    // (probe rounds 1 and x): the sample's 1998-05-12 and 2020-07(-01) are there already.
    name: '基本信息 with the profile’s dates saved in other formats (1998-5-12 0:00:00, 2020年7月)',
    step: 'basic-info',
    findings: [],
    fills: ['basic.name'],
    same: { keys: ['basic.birthDate', 'basic.workStartDate'], values: { '#txtCSRQ': '1998-5-12 0:00:00', '#txtCJGZ': '2020年7月' } },
    html: basicInfo(`${row('姓名', '<input type="text" name="txtXM" id="txtXM" />')}
${row('出生日期', '<input type="text" name="txtCSRQ" id="txtCSRQ" value="1998-5-12 0:00:00" />')}
${row('参加工作时间', '<input type="text" name="txtCJGZ" id="txtCJGZ" value="2020年7月" />')}`),
  },
  {
    // A GridView edited in the grid: its footer row holds the boxes of the record being added,
    // under the saved record 1 — the boxes take their column headers; record 2 is proposed.
    name: 'education list edited in the grid: a footer insert row under the saved record 1',
    step: 'education',
    findings: [],
    fills: ['education.school', 'education.major', 'education.educationLevel', 'education.degree'],
    chosen: { '#gvEdu_ddlXL': '大学专科', '#gvEdu_ddlXW': '无' },
    html: webForm(`<span style="font-weight:bold">学位（学历）教育情况</span>
<table border="1" id="gvEdu"><tr><th>记录序号</th><th>毕业院校</th><th>所学专业</th><th>学历</th><th>学位</th><th>操作</th></tr>
<tr><td>1</td><td>华南理工大学</td><td>环境工程</td><td>大学本科</td><td>学士</td><td><a href="#">编辑</a></td></tr>
<tr><td><input name="gvEdu$txtXH" id="gvEdu_txtXH" size="3" /></td><td><input name="gvEdu$txtSchool" id="gvEdu_txtSchool" /></td><td><input name="gvEdu$txtMajor" id="gvEdu_txtMajor" /></td>
<td>${codeSelect('gvEdu_ddlXL', [['1', '大学本科'], ['2', '大学专科']])}</td><td>${codeSelect('gvEdu_ddlXW', [['1', '学士'], ['0', '无']])}</td><td><input type="submit" value="保存" /></td></tr></table>`),
  },
  {
    // A 查询 bar above the list: its boxes filter the list, autofill never writes them.
    name: 'education list with a 查询 bar above it and the record form below',
    step: 'education',
    findings: [],
    fills: ['education.school', 'education.educationLevel'],
    leftAlone: { keys: [], values: { '#txtQuerySchool': '' } },
    chosen: { '#ddlQueryXL': '全部', '#ddlXL': '大学专科' },
    html: webForm(`<span style="font-weight:bold">学位（学历）教育情况</span>
<table><tr><td>学校名称：</td><td><input name="txtQuerySchool" id="txtQuerySchool" /></td><td>学历：</td><td><select name="ddlQueryXL" id="ddlQueryXL"><option value="">全部</option><option value="1">大学本科</option><option value="2">大学专科</option></select></td><td><input type="submit" value="查询" /></td></tr></table>
${grid(['记录序号', '毕业院校', '学历'], [['1', '华南理工大学', '大学本科']])}
<table>${row('记录序号', '<input name="txtXH" id="txtXH" />')}${row('毕业院校', '<input name="txtYX" id="txtYX" />')}${row('学历', codeSelect('ddlXL', [['1', '大学本科'], ['2', '大学专科']]))}</table>
<input type="submit" value="保存" />`),
  },
  {
    // Page 2 of a paged GridView: records 11 and 12 are in order, not "from 1".
    name: 'annual review list, page 2 of a paged GridView (records 11, 12)',
    step: 'annual-review',
    findings: [],
    absent: ['record-sequence'],
    html: webForm(`<span style="font-weight:bold">年度考核结果</span>
<table border="1"><tr><th>记录序号</th><th>考核年度</th><th>考核结果</th></tr><tr><td>11</td><td>2023</td><td>合格</td></tr><tr><td>12</td><td>2024</td><td>合格</td></tr>
<tr><td colspan="3"><a href="javascript:__doPostBack('gvKH','Page$1')">1</a> <span>2</span></td></tr></table>
<input type="submit" value="添加" />`),
  },
  {
    // A record's 附件上传 page (misc8 item 2): the uploads numbered by the record each belongs to
    // (1, 1, 2) are files, not a record list out of sequence.
    name: '学历—附件上传 with its files numbered by their record (1, 1, 2)',
    step: 'education',
    findings: [],
    absent: ['record-sequence'],
    html: webForm(`<div class="ptitle">学历—附件上传</div><table>
${row('选择上传附件名称', codeSelect('ddlFJMC', [['1', '学历（学位）证书'], ['2', '学籍验证报告']]))}
${row('记录序号', '<input type="text" name="txtJLXH" id="txtJLXH" />')}
${row('选择上传的文件', '<input type="file" name="FileUpload1" id="FileUpload1" />')}
</table><input type="submit" value="上传" /><input type="submit" value="返回" />
${grid(['附件名称', '记录序号', '文件名称', '操作'], [
  ['学历（学位）证书', '1', '毕业证.jpg', '<a href="#">查看</a> <a href="#">删除</a>'],
  ['学籍验证报告', '1', '学籍报告.pdf', '<a href="#">查看</a> <a href="#">删除</a>'],
  ['学历（学位）证书', '2', '硕士毕业证.jpg', '<a href="#">查看</a> <a href="#">删除</a>'],
])}`),
  },
  {
    // A help picture of the photo rules beside the photo box, linked to its full size (zpyq.png:
    // 照片要求 in pinyin initials; misc8 item 3): no photo is saved yet.
    name: '基本信息 with a help picture of the photo rules (zpyq.png) beside the photo box',
    step: 'basic-info',
    findings: ['photo-missing'],
    html: basicInfo(`${row('姓名', '<input name="txtXM" type="text" id="txtXM" value="李明远" />')}
${row('个人照片', '<input type="file" name="fuPhoto" id="fuPhoto" /><input type="submit" value="上传照片" /> <a href="images/zpyq.png" target="_blank"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="90" height="120" alt="" /></a>')}`),
  },
  {
    // 本人排名 whose value 1 is 非第一作者 (misc8 item 1): rank 1 is 第一作者/独著, by its words.
    name: '论文 form with 本人排名 非第一作者 (value 1) / 第一作者/独著 (value 2)',
    step: 'publications',
    findings: [],
    fills: ['publications.title', 'publications.authorRank'],
    chosen: { '#ddlPM': '第一作者/独著' },
    html: webForm(`<div class="ptitle">论文、著作</div><table>
${row('论文题目', '<input type="text" name="txtTM" id="txtTM" />')}
${row('刊物名称', '<input type="text" name="txtKW" id="txtKW" />')}
${row('本人排名', codeSelect('ddlPM', [['1', '非第一作者'], ['2', '第一作者/独著']]))}
</table><input type="submit" value="保存" />`),
  },
  {
    // 同意 asked as a list on 完成并送审: an error until 同意 is chosen.
    name: '完成并送审 with 同意 asked as a list',
    step: 'submit',
    findings: ['submit-consent'],
    html: webForm(`<span style="font-weight:bold">完成并送审</span>
<table>${row('是否同意', '<select name="ddlTY" id="ddlTY"><option value="">请选择</option><option value="1">同意</option><option value="0">不同意</option></select>')}</table>
<input type="submit" value="送审" />`),
  },
  {
    // The application's choices worded by level and committee shorthand, beside their near misses
    // (breaker 17 items 4, 5), and code tables worded other ways (item 6).
    name: '基本信息 with 初级-助理工程师, …专业初级评委会, 汉族(HA), 中国共产党员, 普通高校本科',
    step: 'basic-info',
    findings: ['required-field'],
    fills: ['basic.ethnicity', 'basic.politicalStatus', 'basic.highestEducation', 'application.qualificationName', 'application.committee'],
    chosen: {
      '#ddlMZ': '汉族(HA)',
      '#ddlZZMM': '中国共产党员',
      '#ddlZGXL': '普通高校本科',
      '#ddlZGMC': '初级-助理工程师',
      '#ddlPWH': '广州市工程系列生态环境专业初级评委会',
    },
    html: basicInfo(`${row('姓名', '<input type="text" name="ctl00$ContentPlaceHolder1$txtXM" id="txtXM" />')}
${row('民族', codeSelect('ddlMZ', [['01', '汉族(HA)'], ['02', '蒙古族(MG)'], ['03', '回族(HU)']]))}
${row('政治面貌', codeSelect('ddlZZMM', [['01', '中国共产党预备党员'], ['02', '中国共产党员'], ['03', '共青团员'], ['13', '群众']]))}
${row('最高学历', codeSelect('ddlZGXL', [['1', '研究生（硕士）'], ['2', '普通高校本科'], ['3', '普通高校专科']]))}
${row('认定资格名称', codeSelect('ddlZGMC', [['1', '员级-技术员'], ['2', '初级-助理工程师'], ['3', '中级-工程师']]))}
${row('申报评委会', codeSelect('ddlPWH', [['1', '广州市工程系列生态环境专业中级评委会'], ['2', '广州市工程系列生态环境专业初级评委会']]))}`),
  },
  {
    // Step 7 named 专业技术业绩/成果 in the breadcrumb only, its labels not the practice portal's
    // (probe 18 F1): the / is part of the last crumb, not a crumb separator.
    name: 'achievements: the breadcrumb 首页 > 职称申报 > 专业技术业绩/成果 over a form labelled its own way',
    step: 'achievements',
    findings: [],
    fills: ['achievements.title', 'achievements.role', 'achievements.result'],
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 专业技术业绩/成果</div><table>
<tr><th>项目（课题）名称</th><td><input type="text" name="ctl00$ContentPlaceHolder1$txtXMMC" id="txtXMMC" /></td></tr>
<tr><th>本人在项目中的作用</th><td><input type="text" name="ctl00$ContentPlaceHolder1$txtZY" id="txtZY" /></td></tr>
<tr><th>项目完成情况及效益</th><td><textarea name="ctl00$ContentPlaceHolder1$txtXY" id="txtXY"></textarea></td></tr>
</table><input type="submit" value="保存" />`),
  },
  {
    // The materials checklist's status column headed 上传情况 (probe 18 F5): 未上传 there is the
    // mandatory material missing.
    name: 'certificates: a materials checklist with an 上传情况 column, 在岗在职证明材料 未上传',
    step: 'certificates',
    findings: ['on-job-proof-missing'],
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 证书、证明材料</div>
${grid(['序号', '材料名称', '上传情况', '操作'], [['1', '在岗在职证明材料', '未上传', '<a href="#">附件上传</a>'], ['2', '其他证书', '已上传', '<a href="#">附件上传</a>']])}
<input type="submit" value="保存并下一步" />`),
  },
  {
    // 个人总结 limited by its label only (（限200字以内）, no maxlength: probe 18 F2): the profile's
    // 271-character 小结 is the user's to shorten, not written for the server to refuse or cut.
    name: 'awards-summary: 个人总结（限200字以内） without a maxlength',
    step: 'awards-summary',
    findings: ['summary-empty'],
    fills: ['awards'],
    leftAlone: { keys: ['workSummary'], values: { '#txtZJ': '' } },
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 奖惩情况及个人总结</div><table>
<tr><th>工作期间奖惩情况</th><td><textarea name="ctl00$ContentPlaceHolder1$txtJC" id="txtJC"></textarea></td></tr>
<tr><th>个人总结<br /><span style="color:red">（限200字以内）</span></th><td><textarea name="ctl00$ContentPlaceHolder1$txtZJ" id="txtZJ" rows="8" cols="60"></textarea></td></tr>
</table><input type="submit" value="保存并下一步" />`),
  },
  {
    // The step named only by the shell around the form's frame (crumbs19 item 2): its breadcrumb
    // over the <iframe>, a menu frame beside it; the form's own labels (起止时间, 备注) name no step.
    name: 'education named only by the breadcrumb of the page around the form’s frame',
    step: 'education',
    findings: [],
    html: `<html><head><title>广州市职称业务申报与管理系统</title></head><body><table width="100%"><tr>
<td valign="top"><iframe src="/frame/menu" name="leftFrame" width="220" height="600"></iframe></td>
<td valign="top"><div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 学历情况</div><iframe src="/frame/form" name="mainFrame" width="960" height="600"></iframe></td></tr></table></body></html>`,
    frames: {
      menu: '<html><body><a href="#">基本信息</a><br><a href="#" style="font-weight:bold">学位（学历）教育情况</a><br><a href="#">主要专业技术工作经历</a><br><a href="#">论文、著作</a></body></html>',
      form: webForm(`<table>
${row('起止时间', '<input type="text" name="ctl00$ContentPlaceHolder1$txtQZSJ" id="txtQZSJ" />')}
${row('备注', '<input type="text" name="ctl00$ContentPlaceHolder1$txtBZ" id="txtBZ" />')}
</table><input type="submit" value="保存" />`),
    },
  },
  {
    // 奖惩情况 asked in two boxes (probe 18): each is step 6's awards, each must read 无。 when
    // empty, and the sample's 无。 goes into both.
    name: 'awards-summary: 奖励情况 and 处分情况 in two boxes',
    step: 'awards-summary',
    findings: ['awards-empty'],
    fills: ['page.rewards', 'page.punishments'],
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 奖惩情况及个人总结</div><table>
<tr><th>奖励情况</th><td><textarea name="ctl00$ContentPlaceHolder1$txtJL" id="txtJL"></textarea></td></tr>
<tr><th>处分情况</th><td><textarea name="ctl00$ContentPlaceHolder1$txtCF" id="txtCF"></textarea></td></tr>
<tr><th>个人专业技术工作小结</th><td><textarea name="ctl00$ContentPlaceHolder1$txtZJ" id="txtZJ" rows="8" cols="60"></textarea></td></tr>
</table><input type="submit" value="保存并下一步" />`),
  },
  {
    // One committee for both levels, its levels listed (初、中级: probe 20 F1), chosen by the
    // user: right for the sample's 初级, no finding, and autofill leaves it as it is.
    name: '基本信息: the user chose the one committee for 初、中级',
    step: 'basic-info',
    findings: [],
    absent: ['committee-level-mismatch'],
    fills: ['basic.name'],
    same: { keys: ['application.committee'], values: { '#ddlPWH': '01' } },
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 基本信息</div><table>
${row('姓名', '<input type="text" name="ctl00$ContentPlaceHolder1$txtXM" id="txtXM" />')}
${row('申报评委会', '<select name="ctl00$ContentPlaceHolder1$ddlPWH" id="ddlPWH"><option value="">请选择</option><option value="01" selected="selected">广州市工程系列生态环境专业初、中级职称评审委员会</option><option value="02">广州市工程系列生态环境专业高级职称评审委员会</option></select>')}
</table><input type="submit" value="保存并下一步" />`),
  },
  {
    // The employer's code labelled by the unit's role (probe 20 F2), a digit mistyped: checked.
    name: '基本信息: 所在单位统一社会信用代码 with a wrong check character',
    step: 'basic-info',
    findings: ['credit-code-checksum'],
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 基本信息</div><table>
${row('姓名', '<input type="text" name="ctl00$ContentPlaceHolder1$txtXM" id="txtXM" value="李明远" />')}
${row('所在单位统一社会信用代码', '<input type="text" name="ctl00$ContentPlaceHolder1$txtDM" id="txtDM" value="91440101MA5CKKK17K" />')}
</table><input type="submit" value="保存并下一步" />`),
  },
  {
    // 刊号 in one box (probe 21 N1): the profile's ISSN and CN written together, named, in the
    // order its label names them.
    name: '论文著作 with one 刊号（ISSN/CN） box',
    step: 'publications',
    findings: [],
    fills: ['publications.title', 'page.journalNo'],
    reported: { 'page.journalNo': ['filled', 'ISSN 1005-1465 / CN 44-1126/X'] },
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 论文著作</div><table>
<tr><th>论文题目</th><td><input type="text" name="ctl00$ContentPlaceHolder1$txtTM" id="txtTM" /></td></tr>
<tr><th>刊物名称</th><td><input type="text" name="ctl00$ContentPlaceHolder1$txtKW" id="txtKW" /></td></tr>
<tr><th>刊号（ISSN/CN）</th><td><input type="text" name="ctl00$ContentPlaceHolder1$txtKH" id="txtKH" /></td></tr>
</table><input type="submit" value="保存" />`),
  },
  {
    // Labels drawn by the style sheet (::before content, no text in the page): the boxes are read
    // by their English ids, a generic last word (Title, Name) past the word naming the field:
    // txtJournalName is the 刊物, not a 姓名 (breaker 24 item 10a).
    name: '论文著作 with labels drawn by CSS, boxes named txtPaperTitle and txtJournalName',
    step: 'publications',
    findings: [],
    fills: ['publications.title', 'publications.venue'],
    html: webForm(`<style>.t::before{content:attr(data-t)}</style><div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 论文著作</div><table>
<tr><td class="t" data-t="论文题目"></td><td><input type="text" name="ctl00$ContentPlaceHolder1$txtPaperTitle" id="txtPaperTitle" /></td></tr>
<tr><td class="t" data-t="刊物名称"></td><td><input type="text" name="ctl00$ContentPlaceHolder1$txtJournalName" id="txtJournalName" /></td></tr>
</table><input type="submit" value="保存" />`),
  },
  {
    // Labels drawn by the style sheet, boxes named by pinyin words: a 名称 of a thing naming no
    // field (获奖名称 txtHjMc, 专利名称 txtZlMc) is no 项目名称; the project's name goes into txtXmMc
    // alone (breaker 25 item 1: all three claimed it, so none was filled).
    name: 'achievements with labels drawn by CSS, boxes named txtXmMc, txtHjMc and txtZlMc',
    step: 'achievements',
    findings: [],
    fills: ['achievements.title'],
    leftAlone: { keys: [], values: { '#txtHjMc': '', '#txtZlMc': '' } },
    html: webForm(`<style>.t::before{content:attr(data-t)}</style><div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 专业技术业绩</div><table>
<tr><td class="t" data-t="项目名称"></td><td><input type="text" name="ctl00$ContentPlaceHolder1$txtXmMc" id="txtXmMc" /></td></tr>
<tr><td class="t" data-t="获奖名称"></td><td><input type="text" name="ctl00$ContentPlaceHolder1$txtHjMc" id="txtHjMc" /></td></tr>
<tr><td class="t" data-t="专利名称"></td><td><input type="text" name="ctl00$ContentPlaceHolder1$txtZlMc" id="txtZlMc" /></td></tr>
</table><input type="submit" value="保存" />`),
  },
  {
    // 刊号 over two boxes of its own, ISSN [ ] CN [ ] in one cell: each filled with its number.
    name: '论文著作 with 刊号：ISSN [ ] CN [ ] in one cell',
    step: 'publications',
    findings: [],
    fills: ['publications.title', 'publications.issn', 'publications.cn'],
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 论文著作</div><table>
<tr><th>论文题目</th><td><input type="text" name="ctl00$ContentPlaceHolder1$txtTM" id="txtTM" /></td></tr>
<tr><th>刊号</th><td>ISSN <input type="text" name="ctl00$ContentPlaceHolder1$txtA" id="txtA" /> CN <input type="text" name="ctl00$ContentPlaceHolder1$txtB" id="txtB" /></td></tr>
</table><input type="submit" value="保存" />`),
  },
  {
    // A 刊号 box beside an ISSN box of its own is the CN, and holding it as the portal saved it
    // (CN44-1126/X) it is 已一致, not 需覆盖 (breaker 23).
    name: '论文著作 with an ISSN box, then a 刊号 box holding CN44-1126/X',
    step: 'publications',
    findings: [],
    fills: ['publications.title', 'publications.issn'],
    same: { keys: ['page.journalNo'], values: { '#txtKH': 'CN44-1126/X' } },
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 论文著作</div><table>
<tr><th>论文题目</th><td><input type="text" name="ctl00$ContentPlaceHolder1$txtTM" id="txtTM" /></td></tr>
<tr><th>ISSN</th><td><input type="text" name="ctl00$ContentPlaceHolder1$txtISSN" id="txtISSN" /></td></tr>
<tr><th>刊号</th><td><input type="text" name="ctl00$ContentPlaceHolder1$txtKH" id="txtKH" value="CN44-1126/X" /></td></tr>
</table><input type="submit" value="保存" />`),
  },
  {
    // Boxes named only by their ids, in capitalised pinyin words (breaker 23): 工作单位名称, 民族名称.
    name: '基本信息 with boxes named only by txtGzDwMc, txtMzMc',
    step: 'basic-info',
    findings: [],
    fills: ['basic.name', 'basic.employer', 'basic.ethnicity'],
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 基本信息</div><table>
${row('姓名', '<input type="text" name="ctl00$ContentPlaceHolder1$txtXM" id="txtXM" />')}
<tr><td></td><td><input type="text" name="ctl00$ContentPlaceHolder1$txtGzDwMc" id="txtGzDwMc" /></td></tr>
<tr><td></td><td><input type="text" name="ctl00$ContentPlaceHolder1$txtMzMc" id="txtMzMc" /></td></tr>
</table><input type="submit" value="保存并下一步" />`),
  },
  // Breadcrumbs whose dashes, bars or welcome bar were in the way (breaker 19 item 2, breaker 8b);
  // the form's own labels (起止时间, 备注) name no step, so only the breadcrumb can.
  {
    name: 'breadcrumb parted by dashes, a bar of links after it parted by |',
    step: 'education',
    findings: [],
    html: webForm(`<div>当前位置：首页 - 职称申报 - 学历情况 | <a href="#">修改密码</a> | <a href="#">退出</a></div><table>
${row('起止时间', '<input type="text" name="txtQZSJ" id="txtQZSJ" />')}${row('备注', '<input type="text" name="txtBZ" id="txtBZ" />')}
</table><input type="submit" value="保存" />`),
  },
  {
    name: 'breadcrumb label, crumbs and a 欢迎您 - 张三 - 退出 bar in three cells',
    step: 'basic-info',
    findings: [],
    html: webForm(`<table width="100%"><tr><td>当前位置：</td><td>首页 &gt; 基本信息</td><td align="right">欢迎您 - 张三 - <a href="#">退出</a></td></tr></table><table>
${row('起止时间', '<input type="text" name="txtQZSJ" id="txtQZSJ" />')}${row('备注', '<input type="text" name="txtBZ" id="txtBZ" />')}
</table><input type="submit" value="保存" />`),
  },
  {
    name: 'breadcrumb label alone among the form’s elements, its crumbs links after it',
    step: 'education',
    findings: [],
    html: webForm(`<span>当前位置：</span><a href="#">首页</a> &gt; <a href="#">学历情况</a><table>
${row('起止时间', '<input type="text" name="txtQZSJ" id="txtQZSJ" />')}${row('备注', '<input type="text" name="txtBZ" id="txtBZ" />')}
</table><input type="submit" value="保存" />`),
  },
  {
    // Breaker 25 item 5: the lone label's crumbs, then an <hr> and the form inside a <center>.
    name: 'breadcrumb label alone, its crumbs links after it, then an <hr> and the form centred in a <center>',
    step: 'education',
    findings: [],
    html: webForm(`<span>当前位置：</span><a href="#">首页</a> &gt; <a href="#">学历情况</a><hr /><center><table>
${row('起止时间', '<input type="text" name="txtQZSJ" id="txtQZSJ" />')}${row('备注', '<input type="text" name="txtBZ" id="txtBZ" />')}
</table><input type="submit" value="保存" /></center>`),
  },
  {
    // Breaker 25 item 1: 学历's upload form (附件类型, a file box) under a last crumb 上传文件, no exact record action.
    name: 'education upload form under the crumb 首页 > 学历情况 > 上传文件: 学历, not 证书、证明材料',
    step: 'education',
    findings: [],
    absent: ['on-job-proof-missing'],
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 学历情况 &gt; 上传文件</div><table>
${row('附件类型', codeSelect('ddlLx', [['1', '毕业证书'], ['2', '学位证书']]))}
<tr><td>选择文件：</td><td><input type="file" name="ctl00$ContentPlaceHolder1$fu" id="fu" /></td></tr>
</table><input type="submit" value="上传" />`),
  },
  {
    // Breaker 23 C: a shell's menu drawn in plain text (<div onclick>, no links), its step-10 entry
    // ending 附件上传, before the crumb over the form's frame; the form's labels name no step.
    name: 'a shell with a plain-text menu ending 证书、证明材料附件上传 and a crumb over a frame of fields no step owns',
    step: 'education',
    findings: [],
    html: `<html><head><title>广州市职称业务申报与管理系统</title></head><body><table><tr><td valign="top">${PLAIN_MENU}</td>
<td valign="top"><div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 学历情况</div><iframe src="/frame/form" name="mainFrame" width="900" height="500"></iframe></td></tr></table></body></html>`,
    frames: { form: NO_STEP_FORM },
  },
  {
    // Breaker 23 C: the same menu in a left column beside the crumb and the form, in one page.
    name: 'a plain-text menu ending 证书、证明材料附件上传 beside a crumb and fields no step owns',
    step: 'education',
    findings: [],
    html: NO_STEP_FORM.replace('<form ', `<div style="float:left;width:200px">${PLAIN_MENU}</div><div style="margin-left:210px"><div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 学历情况</div><form `).replace('</form>', '</form></div>'),
  },
  {
    // Breaker 23 C: 年度考核结果's upload form titled in plain text under that menu: the title, not the menu's entry.
    name: 'annual-review upload form titled in plain text under a plain-text menu ending 证书、证明材料附件上传',
    step: 'annual-review',
    findings: [],
    absent: ['on-job-proof-missing'],
    html: webForm(`${PLAIN_MENU}<div>年度考核结果—附件上传</div><table>
${row('附件类型', codeSelect('ddlLx', [['1', '年度考核表'], ['2', '考核登记表']]))}
<tr><td>文件：</td><td><input type="file" name="ctl00$ContentPlaceHolder1$fu" id="fu" /></td></tr>
</table><input type="submit" value="上传" /> <input type="button" value="返回" />`),
  },
  {
    // Breaker 23 F: a crumb line parted by a dash, the round's year after it.
    name: 'crumb 学历情况 - 2024年度 over fields no step owns',
    step: 'education',
    findings: [],
    html: NO_STEP_FORM.replace('<table>', '<div class="crumb">当前位置：学历情况 - 2024年度</div><table>'),
  },
  {
    // Breaker 23 F2: the crumb's label in an element of its own, link crumbs, then a wizard's bar of steps.
    name: 'a lone crumb label, link crumbs, then a bar of steps ending 完成并送审, over fields no step owns',
    step: 'education',
    findings: [],
    html: NO_STEP_FORM.replace('<table>', '<span>当前位置：</span><a href="#">首页</a> &gt; <a href="#">学历情况</a><div class="steps">基本信息 → 学历情况 → 工作经历 → 论文著作 → 完成并送审</div><table>'),
  },
  {
    // Breaker 24 item 5: a page of its own (修改密码) under a crumb naming a step: no step, so no 基本信息 checks or autofill.
    name: 'a password form under the crumb 首页 > 基本信息 > 修改密码',
    step: 'unknown',
    findings: [],
    html: webForm(`<div class="crumb">当前位置：首页 &gt; 基本信息 &gt; 修改密码</div><table>
${row('原密码', '<input type="password" name="txtOld" id="txtOld" />')}${row('新密码', '<input type="password" name="txtNew" id="txtNew" />')}${row('确认新密码', '<input type="password" name="txtNew2" id="txtNew2" />')}
</table><input type="submit" value="确定" />`),
  },
  {
    // Breaker 24 items 6, 7: a lone crumb label, its crumbs in <em>; an upload form whose file box a 添加文件 button makes.
    name: 'a lone crumb label, its crumbs in <em>, over fields no step owns',
    step: 'education',
    findings: [],
    html: NO_STEP_FORM.replace('<table>', '<span>当前位置：</span><em>首页</em> &gt; <em>学历情况</em><table>'),
  },
  {
    name: 'annual-review upload form titled in plain text, its file box made by a 添加文件 button',
    step: 'annual-review',
    findings: [],
    html: webForm(`<div>年度考核结果—附件上传</div><table>
${row('附件类型', codeSelect('ddlLx', [['1', '年度考核表'], ['2', '考核登记表']]))}
</table><div id="files"></div><input type="button" value="添加文件" onclick="document.getElementById('files').innerHTML = '<input type=file name=fu>'" /> <input type="submit" value="上传" />`),
  },
  {
    // Left 24b item 4: the menu in a layout table's left cell, the crumb over the form in the right one.
    name: 'a plain-text menu and the crumb over the form in the cells of one layout-table row, fields no step owns',
    step: 'education',
    findings: [],
    html: NO_STEP_FORM.replace('<form ', `<table><tr><td valign="top">${PLAIN_MENU}</td><td valign="top"><div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 学历情况</div><form `).replace('</form>', '</form></td></tr></table>'),
  },
  {
    // Left 24b item 1: a page of its own after a dash-parted crumb naming a step: no step, so no 基本信息 checks or autofill.
    name: 'a password form under the dash-parted crumb 首页 - 基本信息 - 修改密码',
    step: 'unknown',
    findings: [],
    html: webForm(`<div class="crumb">当前位置：首页 - 基本信息 - 修改密码</div><table>
${row('原密码', '<input type="password" name="txtOld" id="txtOld" />')}${row('新密码', '<input type="password" name="txtNew" id="txtNew" />')}${row('确认新密码', '<input type="password" name="txtNew2" id="txtNew2" />')}
</table><input type="submit" value="确定" />`),
  },
  {
    name: 'a password form titled 个人基本信息 — 修改密码',
    step: 'unknown',
    findings: [],
    html: webForm(`<div class="ptitle"><b>个人基本信息 — 修改密码</b></div><table>
${row('原密码', '<input type="password" name="txtOld" id="txtOld" />')}${row('新密码', '<input type="password" name="txtNew" id="txtNew" />')}${row('确认新密码', '<input type="password" name="txtNew2" id="txtNew2" />')}
</table><input type="submit" value="确定" />`),
  },
  {
    // A person's name after the step's title only qualifies it (breaker 23 F).
    name: 'a title 学历情况 - 张三 over fields no step owns',
    step: 'education',
    findings: [],
    html: NO_STEP_FORM.replace('<table>', '<h3>学历情况 - 张三</h3><table>'),
  },
  {
    // Left 24b item 2: upload forms with no file box yet, titled in plain text.
    name: 'certificates upload form titled in plain text, its file box made by a <button> 添加文件',
    step: 'certificates',
    findings: [],
    html: webForm(`<div>证书、证明材料附件上传</div><table>
${row('附件类型', codeSelect('ddlLx', [['1', '在岗在职证明材料'], ['2', '学历学位证书']]))}
</table><div id="files"></div><button type="button" onclick="document.getElementById('files').innerHTML = '<input type=file name=fu>'">添加文件</button> <input type="submit" value="上传" />`),
  },
  {
    name: 'annual-review upload form titled in plain text, its file box made by a link drawn as a button (上传附件)',
    step: 'annual-review',
    findings: [],
    html: webForm(`<div>年度考核结果—附件上传</div><table>
${row('附件类型', codeSelect('ddlLx', [['1', '年度考核表'], ['2', '考核登记表']]))}
</table><div id="files"></div><a href="javascript:void(0)" class="layui-btn" onclick="document.getElementById('files').innerHTML = '<input type=file name=fu>'">上传附件</a>`),
  },
  {
    name: 'certificates upload form titled in plain text showing only 附件类型 and 上传',
    step: 'certificates',
    findings: [],
    html: webForm(`<div>证书、证明材料附件上传</div><table>
${row('附件类型', codeSelect('ddlLx', [['1', '在岗在职证明材料'], ['2', '学历学位证书']]))}
</table><input type="submit" value="上传" /> <input type="button" value="返回" />`),
  },
  {
    // Left 24b item 3: the scan's thumbnail loaded lazily, a 1×1 placeholder until the page swaps it in.
    name: 'certificates checklist: 在岗在职证明材料’s scan waiting in data-original behind a 1×1 placeholder',
    step: 'certificates',
    findings: [],
    absent: ['on-job-proof-missing'],
    html: onJobChecklist('<img class="lazy" width="1" height="1" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" data-original="/upload/2024/zm001.jpg" />'),
  },
  {
    // Left 26 item 1: the applicant's name floated right in the crumb's line joins a bare 基本信息 crumb in its text.
    name: 'a crumb 首页 > 基本信息 with 申报人：张三 floated right in its line, over fields no step owns',
    step: 'basic-info',
    findings: [],
    html: NO_STEP_FORM.replace('<table>', '<div class="crumb">当前位置：首页 &gt; 基本信息<span style="float:right">申报人：张三</span></div><table>'),
  },
  {
    // Left 26 item 3: a warning icon named in camelCase alone in the 文件 cell is no file.
    name: 'certificates checklist: 在岗在职证明材料’s 文件 cell holds only the icon iconWarn.png',
    step: 'certificates',
    findings: ['on-job-proof-missing'],
    html: onJobChecklist('<img src="/images/iconWarn.png" />'),
  },
  {
    // Left 26 item 3: a PNG scan whose name starts with a mark's word (cross) beside words no icon's name has is the file.
    name: 'certificates checklist: 在岗在职证明材料’s PNG scan cross_section_01.png under 文件',
    step: 'certificates',
    findings: [],
    absent: ['on-job-proof-missing'],
    html: onJobChecklist('<img src="/upload/2024/cross_section_01.png" width="120" height="90" />'),
  },
];

/**
 * 基本信息 with an empty required field, saved by an ASP.NET LinkButton (`href="javascript:
 * __doPostBack(…)"`, which Chrome does not follow when an extension clicks it). The page's
 * __doPostBack counts its calls in `window.postbacks` instead of posting.
 */
export const LINK_BUTTON_PAGE = webForm(
  `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="ctl00$ContentPlaceHolder1$txtXM" type="text" id="txtXM" value="李明远" />')}
${row('电子邮箱', '<input name="ctl00$ContentPlaceHolder1$txtDZYX" type="text" id="txtDZYX" />')}
</table><a id="lbtnSave" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbtnSave','')">保存</a>`,
  '<script type="text/javascript">window.postbacks = 0; function __doPostBack(target, argument) { window.postbacks++; }</script>',
);

/**
 * 基本信息 whose 申报级别 and 申报评委会 are AutoPostBack lists (choosing posts the page back), listed
 * before 姓名 and 手机号码; 认定专业 gets its options only from the redraw. The page's
 * __doPostBack keeps what the form would send, in `window.posted` (name → value), instead of
 * posting.
 */
export const AUTO_POSTBACK_PAGE = basicInfo(`${row('申报级别', `<select name="ddlJB" id="ddlJB" onchange="javascript:setTimeout('__doPostBack(\\'ddlJB\\',\\'\\')', 0)"><option value="">请选择</option><option value="1">初级</option><option value="2">中级</option></select>`)}
${row('申报评委会', `<select name="ddlPWH" id="ddlPWH" onchange="javascript:setTimeout('__doPostBack(\\'ddlPWH\\',\\'\\')', 0)"><option value="">请选择</option><option value="01">广州市工程系列生态环境专业初级职称评审委员会</option></select>`)}
${row('认定专业', '<select name="ddlRDZY" id="ddlRDZY"><option value="">请选择</option></select>')}
${row('姓名', '<input name="txtXM" type="text" id="txtXM" />')}
${row('手机号码', '<input name="txtSJHM" type="text" id="txtSJHM" />')}`,
  `<script type="text/javascript">function __doPostBack(target) {
  var sent = { __EVENTTARGET: target };
  for (var i = 0; i < document.forms[0].elements.length; i++) { var e = document.forms[0].elements[i]; if (e.name) sent[e.name] = e.value; }
  window.posted = sent;
}</script>`,
);

/**
 * 基本信息 whose AutoPostBack 申报级别 really reloads the page: __doPostBack sends the form's
 * values to the same path (as a query, for this test server) and the server draws the page again
 * with them — or, with `echo` false, with every box empty, as a server that drops them would.
 * @param sent the values the last postback sent (the query of the request).
 */
export function reloadingPostBackPage(sent: URLSearchParams, echo: boolean): string {
  const value = (name: string) => (echo ? (sent.get(name) ?? '') : '');
  const option = (name: string, v: string, text: string) => `<option value="${v}"${v !== '' && value(name) === v ? ' selected="selected"' : ''}>${text}</option>`;
  const committees = value('ddlJB') ? option('ddlPWH', '01', '广州市工程系列生态环境专业初级职称评审委员会') : '';
  return webForm(
    `<div class="ptitle">基本信息</div><table>
${row('姓名', `<input name="txtXM" type="text" id="txtXM" value="${value('txtXM')}" />`)}
${row('手机号码', `<input name="txtSJHM" type="text" id="txtSJHM" value="${value('txtSJHM')}" />`)}
${row('申报级别', `<select name="ddlJB" id="ddlJB" onchange="javascript:setTimeout('__doPostBack(\\'ddlJB\\',\\'\\')', 0)">${option('ddlJB', '', '请选择')}${option('ddlJB', '1', '初级')}${option('ddlJB', '2', '中级')}</select>`)}
${row('申报评委会', `<select name="ddlPWH" id="ddlPWH"><option value="">请选择</option>${committees}</select>`)}
</table><input type="submit" value="保存并下一步" />`,
    RELOADING_POSTBACK_SCRIPT,
  );
}

/** A __doPostBack that sends the form's values to the same path, as a query (for the test server). */
const RELOADING_POSTBACK_SCRIPT = `<script type="text/javascript">function __doPostBack(target) {
  var sent = new URLSearchParams({ __EVENTTARGET: target });
  for (var i = 0; i < document.forms[0].elements.length; i++) { var e = document.forms[0].elements[i]; if (e.name && e.name !== '__VIEWSTATE') sent.set(e.name, e.value); }
  location.href = location.pathname + '?' + sent.toString();
}</script>`;

/**
 * 基本信息 whose 公民身份号码 is an AutoPostBack text box (ASP.NET `<asp:TextBox AutoPostBack>`, so
 * the server can work out 出生日期 and 性别), second of five boxes: its change really reloads the
 * page, which the server draws again with the values sent.
 * @param sent the values the last postback sent (the query of the request).
 */
export function textPostBackPage(sent: URLSearchParams): string {
  const box = (id: string, extra = '') => `<input name="${id}" type="text" id="${id}" value="${sent.get(id) ?? ''}" ${extra}/>`;
  return webForm(
    `<div class="ptitle">基本信息</div><table>
${row('姓名', box('txtXM'))}
${row('公民身份号码', box('txtSFZH', `onchange="javascript:setTimeout('__doPostBack(\\'txtSFZH\\',\\'\\')', 0)" `))}
${row('手机号码', box('txtSJHM'))}
${row('电子邮箱', box('txtDZYX'))}
${row('通讯地址', box('txtTXDZ'))}
</table><input type="submit" value="保存并下一步" />`,
    RELOADING_POSTBACK_SCRIPT,
  );
}

/** 申报评委会 as the server draws it: `committees` (value, text) after its 请选择. */
const committeeList = (committees: [value: string, text: string][]) => codeSelect('ddlPWH', committees).replace('name="ctl00$ContentPlaceHolder1$ddlPWH"', 'name="ddlPWH"');

/**
 * 基本信息 whose 认定资格名称 has the server draw 申报评委会 again 200 ms after it changes, as an
 * UpdatePanel's partial postback answers: a new list in place of the old one (same id and name),
 * on 请选择, offering the committee of the title's level only (probe 17 item 7). Served first with
 * both committees.
 */
export const REDRAWN_COMMITTEE_PAGE = basicInfo(`${row('姓名', '<input name="txtXM" type="text" id="txtXM" />')}
${row('认定资格名称', '<select name="ddlZGMC" id="ddlZGMC" onchange="redrawPWH(this.value)"><option value="">请选择</option><option value="1">技术员</option><option value="2">助理工程师</option><option value="3">工程师</option></select>')}
${row('申报评委会', `<span id="upPWH">${committeeList([['01', '广州市工程系列生态环境专业初级职称评审委员会'], ['02', '广州市工程系列生态环境专业中级职称评审委员会']])}</span>`)}`,
  `<script type="text/javascript">var lists = ${JSON.stringify({
    first: committeeList([['01', '广州市工程系列生态环境专业初级职称评审委员会']]),
    second: committeeList([['02', '广州市工程系列生态环境专业中级职称评审委员会']]),
  })};
function redrawPWH(v) { setTimeout(function () { document.getElementById('upPWH').innerHTML = v === '3' ? lists.second : lists.first; }, 200); }</script>`,
);

/**
 * 基本信息 whose 申报级别 → 认定资格名称 → 申报评委会 is a chain: the level's change draws only the
 * titles again, the title's change only the committee, each at once (breaker 22). Served with
 * every title and both committees.
 */
export const CASCADE_CHAIN_PAGE = basicInfo(`${row('姓名', '<input name="txtXM" id="txtXM" />')}
${row('申报级别', '<select name="ddlJB" id="ddlJB" onchange="jbChange()"><option value="">请选择</option><option value="1">初级</option><option value="2">中级</option></select>')}
${row('认定资格名称', '<select name="ddlZGMC" id="ddlZGMC" onchange="zgChange()"><option value="">请选择</option><option value="1">技术员</option><option value="2">助理工程师</option><option value="3">工程师</option></select>')}
${row('申报评委会', `<span id="upPWH">${committeeList([['01', '广州市工程系列生态环境专业初级职称评审委员会'], ['02', '广州市工程系列生态环境专业中级职称评审委员会']])}</span>`)}`,
  `<script type="text/javascript">function jbChange() { document.getElementById('ddlZGMC').innerHTML = '<option value="">请选择</option><option value="1">技术员</option><option value="2">助理工程师</option>'; }
function zgChange() { document.getElementById('upPWH').innerHTML = ${JSON.stringify(committeeList([['01', '广州市工程系列生态环境专业初级职称评审委员会']]))}; }</script>`,
);

/**
 * 基本信息 whose 申报级别's change draws the level's titles at once with the first one (技术员)
 * chosen by the page, and has the server draw 申报评委会 again 200 ms later: 认定资格名称 is then
 * not written (需覆盖), and the committee must still wait for its redraw (left 23).
 */
export const CASCADE_PICKED_TITLE_PAGE = basicInfo(`${row('姓名', '<input name="txtXM" id="txtXM" />')}
${row('申报级别', '<select name="ddlJB" id="ddlJB" onchange="jbChange()"><option value="">请选择</option><option value="1">初级</option><option value="2">中级</option></select>')}
${row('认定资格名称', '<select name="ddlZGMC" id="ddlZGMC" onchange="zgChange()"><option value="">请选择</option><option value="1">技术员</option><option value="2">助理工程师</option><option value="3">工程师</option></select>')}
${row('申报评委会', `<span id="upPWH">${committeeList([['01', '广州市工程系列生态环境专业初级职称评审委员会'], ['02', '广州市工程系列生态环境专业中级职称评审委员会']])}</span>`)}`,
  `<script type="text/javascript">var junior = ${JSON.stringify(committeeList([['01', '广州市工程系列生态环境专业初级职称评审委员会']]))};
function jbChange() { document.getElementById('ddlZGMC').innerHTML = '<option value="">请选择</option><option value="1" selected="selected">技术员</option><option value="2">助理工程师</option><option value="3">工程师</option>'; setTimeout(function () { document.getElementById('upPWH').innerHTML = junior; }, 200); }
function zgChange() { document.getElementById('upPWH').innerHTML = junior; }</script>`,
);

/**
 * 基本信息 whose 认定资格名称 has the server draw 申报评委会 again, a server that is slow to answer:
 * the list is emptied to 请选择 at once and drawn again only after 30 s, so the fill waits for its
 * options (breaker pickers20 item 5: the user must be able to stop it there). 电子邮箱 comes after.
 */
export const STALLED_CASCADE_PAGE = basicInfo(`${row('认定资格名称', '<select name="ddlZGMC" id="ddlZGMC" onchange="redrawPWH()"><option value="">请选择</option><option value="1">技术员</option><option value="2">助理工程师</option><option value="3">工程师</option></select>')}
${row('申报评委会', `<span id="upPWH">${committeeList([['01', '广州市工程系列生态环境专业初级职称评审委员会']])}</span>`)}
${row('电子邮箱', '<input name="txtDZYX" type="text" id="txtDZYX" />')}`,
  `<script type="text/javascript">var later = ${JSON.stringify(committeeList([['01', '广州市工程系列生态环境专业初级职称评审委员会']]))};
function redrawPWH() { document.getElementById('upPWH').innerHTML = ${JSON.stringify(committeeList([]))}; setTimeout(function () { document.getElementById('upPWH').innerHTML = later; }, 30000); }</script>`,
);

/**
 * 基本信息 whose 认定资格名称 has a slow government server draw 申报评委会 again, 2.5 s after it
 * changes (left 24), the page showing the redraw under way meanwhile by `sign`: the list emptied to
 * 请选择 (`emptied`), disabled (`disabled`), or kept while an ASP.NET UpdateProgress shows 请稍候
 * (`progress`), or nothing (`none`). The list drawn anew offers the title's committee only, on 请选择.
 * `fixed`: the page disables the list on its prompt and never draws it again (it needs no
 * committee for the title: breaker 26 F9b). `redrawMs`: the server's delay, 2.5 s unless given.
 */
export function slowCascadePage(sign: string, redrawMs = 2500): string {
  const disable = "document.getElementById('ddlPWH').disabled = true;";
  const begin = {
    emptied: "document.getElementById('ddlPWH').options.length = 1;",
    disabled: disable,
    progress: "document.getElementById('ctl00_UpdateProgress1').style.display = 'block';",
    none: '',
    fixed: disable,
  }[sign];
  const redraw = sign === 'fixed' ? '' : `setTimeout(function () { document.getElementById('upPWH').innerHTML = later; document.getElementById('ctl00_UpdateProgress1').style.display = 'none'; }, ${redrawMs});`;
  return webForm(
    `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="txtXM" type="text" id="txtXM" />')}
${row('认定资格名称', '<select name="ddlZGMC" id="ddlZGMC" onchange="javascript:redrawPWH()"><option value="">请选择</option><option value="1">技术员</option><option value="2">助理工程师</option><option value="3">工程师</option></select>')}
${row('申报评委会', `<span id="upPWH">${committeeList([['01', '广州市工程系列生态环境专业初级职称评审委员会'], ['02', '广州市工程系列生态环境专业中级职称评审委员会']])}</span>`)}
</table><div id="ctl00_UpdateProgress1" style="display:none;" role="status" aria-hidden="true">请稍候...</div><input type="submit" value="保存并下一步" />`,
    `<script type="text/javascript">var later = ${JSON.stringify(committeeList([['01', '广州市工程系列生态环境专业初级职称评审委员会']]))};
function redrawPWH() { ${begin} ${redraw} }</script>`,
  );
}

/**
 * 基本信息 in an UpdatePanel whose partial postback (triggered by the AutoPostBack 申报级别) is
 * answered after 800 ms with the form as first served: every box empty again, as a server that
 * does not send the posted values back would draw it.
 */
export const UPDATE_PANEL_PAGE = webForm(
  `<div class="ptitle">基本信息</div><div id="UpdatePanel1"><table>
${row('姓名', '<input name="txtXM" type="text" id="txtXM" />')}
${row('手机号码', '<input name="txtSJHM" type="text" id="txtSJHM" />')}
${row('申报级别', `<select name="ddlJB" id="ddlJB" onchange="javascript:setTimeout('__doPostBack(\\'ddlJB\\',\\'\\')', 0)"><option value="">请选择</option><option value="1">初级</option><option value="2">中级</option></select>`)}
</table></div><input type="submit" value="保存并下一步" />`,
  `<script type="text/javascript">var firstServed;
document.addEventListener('DOMContentLoaded', function () { firstServed = document.getElementById('UpdatePanel1').innerHTML; });
function __doPostBack() { setTimeout(function () { document.getElementById('UpdatePanel1').innerHTML = firstServed; }, 800); }</script>`,
);


/**
 * A content frame as tall as its page beside a menu, the outer page scrolling (portal layouts
 * with an auto-height iframe): 基本信息 with an empty required field and many rows, 保存并下一步
 * at the end, about 2,600 pixels down.
 */
export const TALL_FRAME_PAGES = {
  outer: `<!DOCTYPE html><html><head><meta charset="utf-8" /><title>广州市职称业务申报与管理系统</title></head>
<body style="margin:0"><div style="height:60px;background:#2a5c9a;color:#fff">职称业务申报与管理系统</div>
<table style="width:100%" cellspacing="0"><tr><td style="width:200px;vertical-align:top"><a href="#">基本信息</a><br /><a href="#">学位（学历）教育情况</a></td>
<td style="vertical-align:top"><iframe name="content" src="/tall-frame/form" style="width:100%;height:2600px;border:0" scrolling="no"></iframe></td></tr></table></body></html>`,
  form: webForm(`<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="txtXM" type="text" id="txtXM" />')}
${Array.from({ length: 60 }, (_, i) => `<tr><td align="right">备注${i + 1}：</td><td><input name="txtBZ${i}" type="text" /></td></tr>`).join('\n')}
</table><input type="submit" id="btnSave" value="保存并下一步" />`),
};

/**
 * 学位（学历）教育情况 with its saved list above the form and no 记录序号 column in the list (the
 * list names 华南理工大学 2016.09–2020.06, the sample's record 1), an attachments table numbered
 * 序号 1–3 (not the list: its numbers are not 记录序号), the form laid out as one row
 * under column headers, the date format given only in those headers, 全日制 asked as 是否全日制
 * and 学位 offering 无学位.
 */
export const EDUCATION_UNNUMBERED_PAGE = webForm(`<div class="ptitle">学位（学历）教育情况</div>
<table border="1" cellspacing="0"><tr style="font-weight:bold"><td>毕业院校</td><td>起止年月</td><td>学历</td><td>操作</td></tr>
<tr><td>华南理工大学</td><td>2016.09-2020.06</td><td>大学本科</td><td><a href="#">修改</a> <a href="#">删除</a></td></tr></table>
<table border="1" cellspacing="0"><tr style="font-weight:bold"><td>序号</td><td>附件名称</td><td>操作</td></tr>
<tr><td>1</td><td>华南理工大学毕业证书</td><td><a href="#">查看</a></td></tr><tr><td>2</td><td>学位证书</td><td><a href="#">查看</a></td></tr><tr><td>3</td><td>学信网学历证书电子注册备案表</td><td><a href="#">查看</a></td></tr></table>
<table border="1" cellspacing="0"><tr><th>记录序号</th><th>起始年月(yyyy.mm)</th><th>终止年月(yyyy.mm)</th><th>毕业院校</th><th>是否全日制</th><th>学位</th></tr>
<tr><td><input name="txtJLXH" id="txtJLXH" size="3" /></td><td><input name="txtQSNY" id="txtQSNY" size="8" /></td><td><input name="txtZZNY" id="txtZZNY" size="8" /></td>
<td><input name="txtBYYX" id="txtBYYX" /></td>
<td><select name="ddlSFQRZ" id="ddlSFQRZ"><option value="">--请选择--</option><option value="1">是</option><option value="0">否</option></select></td>
<td><select name="ddlXW" id="ddlXW"><option value="">--请选择--</option><option value="3">学士学位</option><option value="2">硕士学位</option><option value="9">无学位</option></select></td></tr></table>
<input type="submit" value="保存并新增" /> <input type="submit" value="返回" />`);

/** 工作经历 with a □至今 box beside 终止时间 (the sample's job is still held). */
export const WORK_UNTIL_NOW_PAGE = webForm(`<div class="ptitle">工作经历</div><table>
${row('记录序号', '<input name="txtJLXH" id="txtJLXH" />')}
${row('起始时间', '<input name="txtQSSJ" id="txtQSSJ" />')}
${row('终止时间', '<input name="txtZZSJ" id="txtZZSJ" /> <input type="checkbox" name="chkZJ" id="chkZJ" /><label for="chkZJ">至今</label>')}
${row('工作单位', '<input name="txtGZDW" id="txtGZDW" />')}
</table><input type="submit" value="保存" />`);

/** 工作经历 asking the whole period in one box, with the page's own example. */
export const WORK_PERIOD_BOX_PAGE = webForm(`<div class="ptitle">工作经历</div><table>
${row('记录序号', '<input name="txtJLXH" id="txtJLXH" />')}
${row('起止年月', '<input name="txtQZNY" id="txtQZNY" />（如：2015.07-2018.06，至今填写“至今”）')}
${row('工作单位', '<input name="txtGZDW" id="txtGZDW" />')}
</table><input type="submit" value="保存" />`);

/**
 * 工作经历 asking the period in one box after a compact example, and 是否缴纳社保 with a starred
 * 未缴纳社保原因 that only 否 asks for (probe 17 items 1 and 2).
 */
export const WORK_PERIOD_COMPACT_PAGE = webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${row('记录序号', '<input name="txtJLXH" id="txtJLXH" />')}
${row('起止年月', '<input name="txtQZ" id="txtQZ" />（格式：201509-201906）')}
${row('工作单位', '<input name="txtGZDW" id="txtGZDW" />')}
${row('是否缴纳社保', '<select name="ddlSB" id="ddlSB"><option value="">--请选择--</option><option value="1">是</option><option value="0">否</option></select>')}
${row('未缴纳社保原因', '<input name="txtYY" id="txtYY" />')}
</table><input type="submit" value="保存" />`);

/**
 * 主要专业技术工作经历 whose 未缴纳社保原因 row is hidden until 是否缴纳社保 = 否 is chosen: the
 * list's onchange shows it (spec/portal.md step 5; probe 20 F5).
 */
export const REVEALED_REASON_PAGE = webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${row('记录序号', '<input name="txtJLXH" id="txtJLXH" />')}
${row('工作单位', '<input name="txtGZDW" id="txtGZDW" />')}
${row('是否缴纳社保', '<select name="ddlSB" id="ddlSB" onchange="showReason(this)"><option value="">--请选择--</option><option value="1">是</option><option value="0">否</option></select>')}
<tr id="trYY" style="display:none"><td align="right"><font color="red">*</font>未缴纳社保原因：</td><td><textarea name="txtYY" id="txtYY" rows="2"></textarea></td></tr>
</table><input type="submit" value="保存" />
<script>function showReason(list) { document.getElementById('trYY').style.display = list.value === '0' ? '' : 'none'; }</script>`);

/**
 * The same form with 未缴纳社保原因 shown all along but disabled until 是否缴纳社保 = 否 is chosen:
 * the list's onchange enables it (breaker 22).
 */
export const ENABLED_REASON_PAGE = webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${row('记录序号', '<input name="txtJLXH" id="txtJLXH" />')}
${row('工作单位', '<input name="txtGZDW" id="txtGZDW" />')}
${row('是否缴纳社保', '<select name="ddlSB" id="ddlSB" onchange="enableReason(this)"><option value="">--请选择--</option><option value="1">是</option><option value="0">否</option></select>')}
${row('未缴纳社保原因', '<textarea name="txtYY" id="txtYY" rows="2" disabled="disabled"></textarea>')}
</table><input type="submit" value="保存" />
<script>function enableReason(list) { document.getElementById('txtYY').disabled = list.value !== '0'; }</script>`);

/**
 * The same form with 未缴纳社保原因 a list of the portal's reasons, hidden and holding only 请选择
 * until 是否缴纳社保 = 否 is chosen: the list's onchange shows the row and, as an AJAX call answers,
 * fills its options 200 ms later (breaker 22 #9); `stalled` never fills them.
 */
export function loadingReasonPage(stalled: boolean): string {
  return webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${row('记录序号', '<input name="txtJLXH" id="txtJLXH" />')}
${row('工作单位', '<input name="txtGZDW" id="txtGZDW" />')}
${row('是否缴纳社保', '<select name="ddlSB" id="ddlSB" onchange="showReason(this)"><option value="">--请选择--</option><option value="1">是</option><option value="0">否</option></select>')}
<tr id="trYY" style="display:none"><td align="right"><font color="red">*</font>未缴纳社保原因：</td><td><select name="ddlYY" id="ddlYY"><option value="">--请选择--</option></select></td></tr>
</table><input type="submit" value="保存" />
<script>function showReason(list) {
  document.getElementById('trYY').style.display = list.value === '0' ? '' : 'none';
  if (${!stalled}) setTimeout(function () { document.getElementById('ddlYY').innerHTML = '<option value="">--请选择--</option><option value="1">单位未为本人缴纳，本人以灵活就业人员身份自行参保</option><option value="2">其他</option>'; }, 200);
}</script>`);
}

/**
 * 完成并送审 with 同意 not ticked: the final button says 完成并送审 and asks the page's own
 * 确定送审吗？; a 保存 drawn as a `<div class="btn-save">` whose handler a script added (it counts
 * its runs in `window.saves`); the menu's link to this page.
 */
export const SUBMIT_WORDED_PAGE = webForm(
  `<div class="ptitle">完成并送审</div>
<p>本人承诺所填报的信息及提供的材料真实、准确。</p>
<input type="checkbox" name="chkTY" id="chkTY" /><label for="chkTY">本人已阅读并同意</label>
<div id="divSave" class="btn-save" style="display:inline-block;border:1px solid #999;padding:2px 8px">保存</div>
<input type="submit" name="btnSubmit" id="btnSubmit" value="完成并送审" onclick="return confirm('确定送审吗？');" />
<p><a id="menuLink" href="/submit-worded?again=1">完成并送审</a></p>`,
  `<script type="text/javascript">window.saves = 0;
document.addEventListener('DOMContentLoaded', function () { document.getElementById('divSave').addEventListener('click', function () { window.saves++; }); });</script>`,
);

/**
 * 基本信息 with 电子邮箱 (required) empty and two 下一步: a submit button, which sends the form (the
 * server keeps the page, then moves on), and a button that only opens the next page; and a save
 * worded 确认修改, as a record form's may be. The form's sends are counted in `window.sends`
 * instead of posting; `window.opened` counts the other.
 */
export const NEXT_BUTTONS_PAGE = webForm(
  `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="ctl00$ContentPlaceHolder1$txtXM" type="text" id="txtXM" value="李明远" />')}
${row('电子邮箱', '<input name="ctl00$ContentPlaceHolder1$txtDZYX" type="text" id="txtDZYX" />')}
</table><input type="submit" name="btnNext" id="btnNext" value="下一步" />
<input type="button" id="btnGo" value="下一步" onclick="window.opened++;" />
<input type="submit" name="btnConfirm" id="btnConfirm" value="确认修改" />`,
  `<script type="text/javascript">window.sends = 0; window.opened = 0;
document.addEventListener('DOMContentLoaded', function () { document.forms[0].addEventListener('submit', function (e) { e.preventDefault(); window.sends++; }); });</script>`,
);

/** A list of numbers as a portal draws one: a `--` prompt, then `from`…`to`, padded to `pad` digits; `chosen` marked selected. */
function numberList(id: string, from: number, to: number, pad: number, chosen?: number): string {
  const options = Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(pad, '0'));
  return `<select name="ctl00$ContentPlaceHolder1$${id}" id="${id}"><option value="">--</option>${options
    .map((n) => `<option value="${n}"${Number(n) === chosen ? ' selected="selected"' : ''}>${n}</option>`)
    .join('')}</select>`;
}

/**
 * 基本信息 whose dates are chosen in lists: 出生日期 as [year] 年 [month] 月 [day] 日 (months not
 * padded), showing 1998-5-13 against a 公民身份号码 of 1998-05-12 (the sample's); 参加工作时间 as
 * [year]年[month]月 (months 01…12), empty.
 */
export const DATE_LISTS_PAGE = basicInfo(`${row('姓名', '<input name="txtXM" id="txtXM" />')}
${row('公民身份号码', '<input name="txtSFZH" id="txtSFZH" value="440106199805120314" />')}
${row('出生日期', `${numberList('ddlCSN', 1950, 2005, 4, 1998)} 年 ${numberList('ddlCSY', 1, 12, 1, 5)} 月 ${numberList('ddlCSR', 1, 31, 2, 13)} 日`)}
${row('参加工作时间', `${numberList('ddlGZN', 2000, 2025, 4)}年${numberList('ddlGZY', 1, 12, 2)}月`)}`);

/**
 * 基本信息 with 电子邮箱 empty whose 保存 sits in an UpdatePanel the page redraws (an ASP.NET AJAX
 * Timer's countdown beside it; here `window.redraw(html)`, called by the test, replaces the panel's
 * content). The form's sends are counted in `window.sent`, by the sending button's id (probe 13b item 2).
 */
export const REDRAWN_SAVE_PAGE = webForm(
  `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="ctl00$ContentPlaceHolder1$txtXM" type="text" id="txtXM" value="李明远" />')}
${row('电子邮箱', '<input name="ctl00$ContentPlaceHolder1$txtDZYX" type="text" id="txtDZYX" />')}
</table><div id="upButtons"><span>剩余时间：1200秒</span> <input type="submit" name="ctl00$ContentPlaceHolder1$btnSave" value="保存" id="btnSave" /></div>`,
  `<script type="text/javascript">window.sent = []; window.redraw = function (html) { document.getElementById('upButtons').innerHTML = html; };
document.addEventListener('submit', function (e) { e.preventDefault(); window.sent.push(e.submitter ? e.submitter.id : 'none'); });</script>`,
);

/**
 * 基本信息 with 电子邮箱 empty whose visible 保存 (type=button) clicks the hidden server 保存 by script
 * after its own check, and whose rows sit in a Panel with that 保存 as its DefaultButton (Enter in
 * a box clicks it by script, ASP.NET's WebForm_FireDefaultButton). Sends are counted as on
 * REDRAWN_SAVE_PAGE (probe 13b item 3).
 */
/**
 * Saves and submits driven by the page's own scripts after the pre-submit dialog (breaker 29 items 1
 * and 2): a LinkButton 保存 (async: the page stays) whose success box offers 现在提交送审, its 确定
 * clicking the hidden server 送审 (`save-then-offer`); a visible 保存并提交 whose script clicks the
 * hidden 保存, then the hidden 送审 (`save-and-submit`). Sends are counted in `window.sent`.
 */
function scriptedSavePage(controls: string): string {
  return webForm(
    `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="ctl00$ContentPlaceHolder1$txtXM" type="text" id="txtXM" value="李明远" />')}
${row('电子邮箱', '<input name="ctl00$ContentPlaceHolder1$txtDZYX" type="text" id="txtDZYX" />')}
</table>${controls}
<input type="submit" name="ctl00$ContentPlaceHolder1$btnSave" value="保存" id="btnSave" style="display:none" />
<input type="submit" name="ctl00$ContentPlaceHolder1$btnTJ" value="送审" id="btnTJ" style="display:none" />`,
    `<script type="text/javascript">window.sent = [];
document.addEventListener('submit', function (e) { e.preventDefault(); window.sent.push(e.submitter ? e.submitter.id : 'none'); });
function __doPostBack(target) { window.sent.push(target); document.getElementById('savedBox').hidden = false; }</script>`,
  );
}
export const SCRIPTED_SAVE_PAGES = {
  'save-then-offer': scriptedSavePage(`<a id="lbtnSave" href="javascript:__doPostBack('lbtnSave','')">保存</a>
<div id="savedBox" class="layui-layer" hidden>保存成功！是否现在提交送审？<a href="javascript:;" id="savedBoxOk" onclick="document.getElementById('savedBox').hidden = true; document.getElementById('btnTJ').click();">确定</a></div>`),
  'save-and-submit': scriptedSavePage(`<input type="button" value="保存并提交" id="btnBCTJ" onclick="document.getElementById('btnSave').click(); document.getElementById('btnTJ').click();" />`),
};

export const HIDDEN_SAVE_PAGE = webForm(
  `<div class="ptitle">基本信息</div><div id="pnlForm" onkeypress="javascript:return WebForm_FireDefaultButton(event, 'btnSave')"><table>
${row('姓名', '<input name="ctl00$ContentPlaceHolder1$txtXM" type="text" id="txtXM" value="李明远" />')}
${row('电子邮箱', '<input name="ctl00$ContentPlaceHolder1$txtDZYX" type="text" id="txtDZYX" />')}
</table></div><input type="button" value="保存" id="btnSaveShow" onclick="if (document.getElementById('txtXM').value) document.getElementById('btnSave').click();" />
<input type="submit" name="ctl00$ContentPlaceHolder1$btnSave" value="保存" id="btnSave" style="display:none" />
<input type="button" value="提交送审" id="btnTJShow" onclick="document.getElementById('btnTJ').click();" />
<input type="submit" name="ctl00$ContentPlaceHolder1$btnTJ" value="送审" id="btnTJ" style="display:none" />
<a id="lnkTJ" href="javascript:setTimeout(function () { document.getElementById('btnTJ').click(); }, 100)">提交送审</a>
<input type="button" value="提交送审" id="btnBoxTJ" onclick="document.getElementById('confirmBox').hidden = false;" />
<div id="confirmBox" class="layui-layer" hidden>确定提交吗？提交后不能修改。<a href="javascript:;" id="confirmBoxOk" onclick="document.getElementById('confirmBox').hidden = true; document.getElementById('btnTJ').click();">确定</a></div>`,
  `<script type="text/javascript">window.sent = [];
document.addEventListener('submit', function (e) { e.preventDefault(); window.sent.push(e.submitter ? e.submitter.id : 'none'); });
function WebForm_FireDefaultButton(event, target) {
  if (event.keyCode == 13 && event.target.tagName.toLowerCase() != 'textarea') { document.getElementById(target).click(); return false; }
  return true;
}</script>`,
);

/**
 * 基本信息 whose read-only date boxes the page's script turns into pickers at load, leaving the
 * libraries' marks on them (probe 16 item 2): 出生日期 gets jQuery UI's class `hasDatepicker` on
 * DOMContentLoaded, 参加工作时间 laydate's attribute `lay-key` a moment after load (as Layui does
 * once its laydate module has loaded). No handler, class or icon in the markup says calendar.
 * Sends are counted in `window.sent`.
 */
export const PICKER_MARKS_PAGE = webForm(
  `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="txtXM" id="txtXM" value="李明远" />')}
${row('出生日期', '<input name="txtCSRQ" id="txtCSRQ" readonly="readonly" />')}
${row('参加工作时间', '<input name="txtGZSJ" id="txtGZSJ" readonly="readonly" />')}
</table><input type="submit" name="btnSave" value="保存" id="btnSave" />`,
  `<script type="text/javascript">window.sent = [];
document.addEventListener('DOMContentLoaded', function () { document.getElementById('txtCSRQ').classList.add('hasDatepicker'); });
window.onload = function () { setTimeout(function () { document.getElementById('txtGZSJ').setAttribute('lay-key', '1'); }, 500); };
document.addEventListener('submit', function (e) { e.preventDefault(); window.sent.push(e.submitter ? e.submitter.id : 'none'); });</script>`,
);

/**
 * 基本信息 whose 参加工作时间 is a laydate year picker, set up by
 * the page's `laydate.render` call (a stand-in for the library that leaves its `lay-key` on the
 * box, as laydate does), its box read-only (breaker pickers20 item 3).
 */
export const LAYDATE_TYPES_PAGE = webForm(
  `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="txtXM" id="txtXM" value="李明远" />')}
${row('参加工作时间', '<input name="txtGZSJ" id="txtGZSJ" class="layui-input" readonly="readonly" />')}
</table><input type="submit" name="btnSave" value="保存" id="btnSave" />`,
  `<script type="text/javascript">var laydate = { render: function (o) { document.querySelector(o.elem).setAttribute('lay-key', '1'); } };
window.onload = function () { laydate.render({ elem: '#txtGZSJ', type: 'year' }); };</script>`,
);

/**
 * 基本信息 whose laydate boxes the page's render calls name otherwise than `elem: '#id'` (breaker
 * laydate21): 参加工作时间 a year picker given as an element (getElementById), its `done` callback
 * with braces and quotes before its `type`; 出生日期 a month picker set up as `elem: this` inside
 * `lay(…).each`, the boxes chosen by name. The stand-ins for laydate and lay leave laydate's `lay-key`.
 */
export const LAYDATE_ELEMS_PAGE = webForm(
  `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="txtXM" id="txtXM" value="李明远" />')}
${row('出生日期', '<input name="txtCSRQ" id="txtCSRQ" class="layui-input" readonly="readonly" />')}
${row('参加工作时间', '<input name="txtGZSJ" id="txtGZSJ" class="layui-input" readonly="readonly" />')}
</table><span id="tip"></span><input type="submit" name="btnSave" value="保存" id="btnSave" />`,
  `<script type="text/javascript">var laydate = { render: function (o) { (typeof o.elem === 'string' ? document.querySelector(o.elem) : o.elem).setAttribute('lay-key', '1'); } };
var lay = function (s) { return { each: function (f) { document.querySelectorAll(s).forEach(function (el, i) { f.call(el, i, el); }); } }; };
window.onload = function () {
  laydate.render ({ done: function (value) { if (value) { document.getElementById('tip').textContent = "}'{"; } }, elem: document.getElementById('txtGZSJ'), type: 'year' });
  lay('input[name="txtCSRQ"]').each(function () { laydate.render({ elem: this, type: 'month' }); });
};</script>`,
);

/**
 * 基本信息 whose page script strips quotes with regex literals (`/'/g` before the calls, `/["']/g`
 * in a `done` callback), makes every .layui-input a month picker, then renders 参加工作时间 again
 * with laydate's defaults, which laydate keeps: a day picker (breaker 22).
 */
export const LAYDATE_REGEX_PAGE = webForm(
  `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="txtXM" id="txtXM" value="李明远" />')}
${row('出生日期', '<input name="txtCSRQ" id="txtCSRQ" class="layui-input" readonly="readonly" />')}
${row('参加工作时间', '<input name="txtGZSJ" id="txtGZSJ" class="layui-input" readonly="readonly" />')}
</table><input type="submit" name="btnSave" value="保存" id="btnSave" />`,
  `<script type="text/javascript">var laydate = { render: function (o) { document.querySelectorAll(o.elem).forEach(function (el) { el.setAttribute('lay-key', '1'); }); } };
function clean(s) { return s.replace(/'/g, ''); }
window.onload = function () {
  laydate.render({ elem: '.layui-input', type: 'month', done: function (v) { this.elem.value = v.replace(/["']/g, ''); } });
  laydate.render({ elem: '#txtGZSJ' });
};</script>`,
);

/**
 * 基本信息 whose page script is minified into one inline line of ~140 KB (property names survive:
 * layui.laydate.render) after the form, 参加工作时间 made a month picker as `this` in lay(…).each
 * (breaker 22): read in one pass, the page is not frozen for seconds.
 */
export const LAYDATE_MINIFIED_PAGE = webForm(
  `<div class="ptitle">基本信息</div><table>
${row('姓名', '<input name="txtXM" id="txtXM" value="李明远" />')}
${row('参加工作时间', '<input name="txtGZSJ" id="txtGZSJ" class="layui-input ym" readonly="readonly" />')}
</table><input type="submit" name="btnSave" value="保存" id="btnSave" />
<script>var $=function(){return{on:function(){}}},g=function(){},lay=function(s){return{each:function(f){document.querySelectorAll(s).forEach(function(e){f.call(e)})}}},layui={use:function(m,f){f()},laydate:{render:function(o){o.elem.setAttribute("lay-key","1")}}};</script>
<script>!function(){${Array.from({ length: 3000 }, (_, i) => `$("#f${i}").on("click",function(){g('a${i}')});`).join('')}layui.use("laydate",function(){lay(".ym").each(function(){layui.laydate.render({elem:this,type:"month"})})})}();</script>`,
);

/**
 * 学位（学历）教育情况's record form asking the period in one read-only box that the page's
 * `laydate.render({range: true})` call makes a range picker (a stand-in for the library, leaving
 * its `lay-key`): laydate writes both dates there joined by " - " (breaker pickers20 item 3).
 */
export const LAYDATE_RANGE_PAGE = webForm(
  `<div class="ptitle">学位（学历）教育情况</div><table>
${row('记录序号', '<input name="txtJLXH" id="txtJLXH" />')}
${row('起止时间', '<input name="txtQZSJ" id="txtQZSJ" class="layui-input" readonly="readonly" />')}
${row('毕业院校', '<input name="txtBYYX" id="txtBYYX" />')}
</table><input type="submit" value="保存" />`,
  `<script type="text/javascript">var laydate = { render: function (o) { document.querySelector(o.elem).setAttribute('lay-key', '1'); } };
window.onload = function () { laydate.render({ elem: '#txtQZSJ', range: true }); };</script>`,
);

/**
 * 完成并送审 whose own checklist says each step is done by 是 / 否 under 是否完成 (probe 18 F3):
 * every step 是 but 年度考核结果 否, 同意 ticked.
 */
export const SUBMIT_CHECKLIST_YES_NO_PAGE = webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 完成并送审</div>
${grid(['序号', '填报项目', '是否完成'], ['获取历史数据', '基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '主要专业技术工作经历', '工作期间奖惩情况/个人专业技术工作小结', '专业技术业绩成果', '论文著作', '年度考核结果', '证书、证明材料'].map((item, i) => [String(i + 1), item, item === '年度考核结果' ? '否' : '是']))}
<input type="checkbox" name="ctl00$ContentPlaceHolder1$chkTY" id="chkTY" checked="checked" /><label for="chkTY">同意</label>
<input type="submit" value="送审" id="btnSubmit" />`);

/**
 * 完成并送审 whose 本人承诺 box the applicant has already ticked (probe 21 N3): his consent is given,
 * and autofill shows it so (已一致), neither as his to do nor as anything it writes.
 */
export const SUBMIT_CONSENT_GIVEN_PAGE = webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 完成并送审</div><table>
${row('本人承诺', '<input type="checkbox" name="ctl00$ContentPlaceHolder1$chkCN" id="chkCN" checked="checked" /><label for="chkCN">本人承诺以上信息真实、准确</label>')}
</table><input type="submit" value="送审" id="btnSubmit" />`);

/**
 * A saved 年度考核 record reopened: its 考核年度 box shows 2021年度, the portal's way of writing the
 * profile's 2021 (probe 18 F4), its 考核结果 not chosen yet.
 */
export const REVIEW_YEAR_WRITTEN_PAGE = webForm(`<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 年度考核结果 &gt; 编辑</div><table>
<tr><th>记录序号</th><td><input type="text" name="ctl00$ContentPlaceHolder1$txtJLXH" id="txtJLXH" value="1" /></td></tr>
<tr><th>考核年度</th><td><input type="text" name="ctl00$ContentPlaceHolder1$txtKHND" id="txtKHND" value="2021年度" /></td></tr>
<tr><th>考核结果</th><td>${codeSelect('ddlKHJG', [['01', '01-优秀'], ['02', '02-称职'], ['03', '03-基本称职'], ['04', '04-不称职']])}</td></tr>
</table><input type="submit" value="保存" />`);

/** A ContentPlaceHolder text box (WebForms id and name), as steps 6–11's pages below write them. */
const placeholderBox = (id: string, tag: 'input' | 'textarea' = 'input') =>
  tag === 'input' ? `<input type="text" name="ctl00$ContentPlaceHolder1$${id}" id="ctl00_ContentPlaceHolder1_${id}" />` : `<textarea name="ctl00$ContentPlaceHolder1$${id}" id="ctl00_ContentPlaceHolder1_${id}" rows="6" cols="70"></textarea>`;

/**
 * Steps 6–11 as probe 21 wrote them, each of which the extension got wrong before the rule it now
 * exercises (served one to a tab by unseen-steps6-11.test.ts, so no list seen on another page
 * tells autofill a record is saved).
 */
export const STEPS_6_11_PAGES: UnseenPage[] = [
  {
    // F1: the materials checklist's files in a column headed 已上传文件, empty for the material.
    name: 'certificates: one row per material, 在岗在职证明材料 with an empty 已上传文件 cell',
    step: 'certificates',
    findings: ['on-job-proof-missing'],
    html: webForm(`<div class="crumb">当前位置：初次职称考核认定 &gt; 证书、证明材料</div>
<table border="1"><tr><td><b>材料名称</b></td><td><b>是否必传</b></td><td><b>已上传文件</b></td><td><b>操作</b></td></tr>
<tr><td>在岗在职证明材料</td><td>是</td><td></td><td><a href="#">上传</a></td></tr>
<tr><td>其他证书、证明材料</td><td>否</td><td>获奖证书.jpg</td><td><a href="#">上传</a> <a href="#">查看</a> <a href="#">删除</a></td></tr></table>
<input type="submit" value="保存并下一步" />`),
  },
  {
    // F2: the attachment column counts each record's files; record 2 has none (附件(0)).
    name: 'achievements list: 附件(2) on record 1, 附件(0) on record 2',
    step: 'achievements',
    findings: ['attachment-missing'],
    html: webForm(`<span style="font-weight:bold">从事专业技术工作及取得的业绩成果情况</span>
${grid(['记录序号', '项目名称', '本人作用', '附件', '操作'], [
  ['1', '白云区流溪河支流水质例行监测项目', '主要完成人', '<a href="#">附件(2)</a>', '<a href="#">编辑</a> <a href="#">删除</a>'],
  ['2', '番禺区工业园区大气特征污染物监测项目', '参与人', '<a href="#">附件(0)</a>', '<a href="#">编辑</a> <a href="#">删除</a>'],
])}<input type="submit" value="添加" />`),
  },
  {
    // F3: the project's box labelled 业绩项目名称 (its pinyin name written capitalised, txtXmmc).
    name: 'achievements form: 业绩项目名称, 起止时间 in one box, 本人所起作用, 取得成果',
    step: 'achievements',
    findings: [],
    fills: ['achievements.seq', 'achievements.title', 'achievements.role', 'achievements.result'],
    html: webForm(`<div class="crumb">当前位置：职称申报 &gt; 业绩成果 &gt; 新增</div><table>
${row('记录序号', placeholderBox('txtJlxh'))}${row('起止时间', `${placeholderBox('txtQzsj')}（例：2021.03-2022.12）`)}
${row('业绩项目名称', placeholderBox('txtXmmc'))}${row('本人所起作用', placeholderBox('txtBrzy'))}
${row('工作内容', placeholderBox('txtGznr', 'textarea'))}${row('取得成果', placeholderBox('txtQdcg', 'textarea'))}
</table><input type="submit" value="保存" />`),
  },
  {
    // F4: two boxes under the page's title alone, named by pinyin initials written capitalised.
    name: 'awards-summary: two unlabelled boxes under the title, named txtJcqk and txtGrxj',
    step: 'awards-summary',
    findings: ['awards-empty', 'summary-empty'],
    fills: ['awards', 'workSummary'],
    html: webForm(`<span style="font-weight:bold">工作期间奖惩情况/个人专业技术工作小结</span>
<table><tr><td>${placeholderBox('txtJcqk', 'textarea')}</td></tr><tr><td>${placeholderBox('txtGrxj', 'textarea')}</td></tr></table>
<input type="submit" value="保存并下一步" />`),
  },
  {
    // F5: the summary asked as 工作总结 under a title of the step's own wording.
    name: 'awards-summary titled 奖惩情况及工作总结: 奖惩情况 and *工作总结, both empty',
    step: 'awards-summary',
    findings: ['awards-empty', 'summary-empty'],
    absent: ['required-field'],
    fills: ['awards', 'workSummary'],
    html: webForm(`<span style="font-weight:bold">奖惩情况及工作总结</span><table>
${row('奖惩情况', placeholderBox('txtJc', 'textarea'))}${row('工作总结', placeholderBox('txtZj', 'textarea'))}
</table><input type="submit" value="保存" />`),
  },
  {
    // breaker 22 #12: 奖惩情况总结 is the awards (not the summary), 任现职以来工作总结 the summary.
    name: 'awards-summary worded 奖惩情况总结 / 任现职以来工作总结, both empty',
    step: 'awards-summary',
    findings: ['awards-empty', 'summary-empty'],
    absent: ['required-field'],
    fills: ['awards', 'workSummary'],
    html: webForm(`<span style="font-weight:bold">工作期间奖惩情况/个人专业技术工作小结</span><table>
${row('奖惩情况总结', placeholderBox('txtJczj', 'textarea'))}${row('任现职以来工作总结', placeholderBox('txtRxzyl', 'textarea'))}
</table><input type="submit" value="保存" />`),
  },
  {
    // F6: 类别 offering 期刊论文 beside 会议论文: the profile's 论文 is the journal paper.
    name: 'publications form: 类别 期刊论文 / 会议论文 / 专著 / 译著',
    step: 'publications',
    findings: [],
    fills: ['publications.kind', 'publications.title', 'publications.venue'],
    chosen: { '#ctl00_ContentPlaceHolder1_ddlLb': '期刊论文' },
    html: webForm(`<div class="crumb">当前位置：职称申报 &gt; 论文、著作</div><table>
${row('类别', codeSelect('ddlLb', [['1', '期刊论文'], ['2', '会议论文'], ['3', '专著'], ['4', '译著']]).replace('id="ddlLb"', 'id="ctl00_ContentPlaceHolder1_ddlLb"'))}
${row('论文（著作）题目', placeholderBox('txtTm'))}${row('发表刊物', placeholderBox('txtKw'))}
</table><input type="submit" value="保存" />`),
  },
  {
    // F7: step 10's upload form titled 附件上传 alone, its file box labelled 文件.
    name: 'certificates upload form titled 附件上传: 材料名称 offering 在岗在职证明材料, a box labelled 文件',
    step: 'certificates',
    findings: ['on-job-proof-missing'],
    html: webForm(`<span style="font-weight:bold">附件上传</span><table>
${row('材料名称', codeSelect('ddlMc', [['1', '在岗在职证明材料'], ['2', '其他证明材料']]))}
<tr><td>文件：</td><td><input type="file" name="ctl00$ContentPlaceHolder1$fu" id="fu" /></td></tr>
</table><input type="submit" value="上传" /> <input type="submit" value="返回" />
${grid(['材料名称', '文件名称', '操作'], [['其他证明材料', '获奖证书.jpg', '<a href="#">删除</a>']])}`),
  },
  {
    // Breaker 22 F1: each material's uploaded scan shown as a thumbnail (an image, no link, no text) under 文件.
    name: 'certificates checklist: 在岗在职证明材料 shown as a thumbnail under 文件, 上传状态 已上传',
    step: 'certificates',
    findings: [],
    absent: ['on-job-proof-missing'],
    html: webForm(`<div class="crumb">当前位置：初次职称考核认定 &gt; 证书、证明材料</div>
${grid(['材料名称', '是否必传', '文件', '上传状态'], ['在岗在职证明材料', '其他证书、证明材料'].map((name, i) => [name, i ? '否' : '是', '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="60" height="40" />', '已上传']))}
<input type="submit" value="保存并下一步" />`),
  },
  {
    // Breaker 23 item 1: 在岗在职证明材料 not uploaded, its 文件 cell holding only the table's 1×1 spacer gif.
    name: 'certificates checklist: 在岗在职证明材料’s 文件 cell holds only a 1×1 spacer gif',
    step: 'certificates',
    findings: ['on-job-proof-missing'],
    html: onJobChecklist('<img src="/images/spacer.gif" width="1" height="1" />'),
  },
  {
    // Breaker 23 item 2: a record without files shows the list's paper clip greyed out by a class of the page's stylesheet.
    name: 'achievements list: record 2’s 附件 cell shows the paper clip greyed out (opacity .3 from a stylesheet)',
    step: 'achievements',
    findings: ['attachment-missing'],
    html: webForm(`<span style="font-weight:bold">从事专业技术工作及取得的业绩成果情况</span>
${grid(['记录序号', '项目名称', '本人作用', '附件', '操作'], [
  ['1', '白云区流溪河支流水质例行监测项目', '主要完成人', '<a href="#"><img src="/images/clip.gif" width="16" height="16" /></a>', '<a href="#">编辑</a>'],
  ['2', '番禺区工业园区大气特征污染物监测项目', '参与人', '<img class="off" src="/images/clip.gif" width="16" height="16" />', '<a href="#">编辑</a>'],
])}<input type="submit" value="添加" />`, '<style type="text/css">.off { opacity: .3; }</style>'),
  },
  {
    // Breaker 24 items 1–2: the scan's thumbnail kept under a folder named default, its name holding gray, a script beside it in the cell.
    name: 'certificates checklist: 在岗在职证明材料’s scan /upload/default/…/gray_scan.jpg under 文件, a script in its cell',
    step: 'certificates',
    findings: [],
    absent: ['on-job-proof-missing'],
    html: onJobChecklist('<img src="/upload/default/2024/05/gray_scan.jpg" width="60" height="40" /><script type="text/javascript">var zcThumb = 1;</script>'),
  },
  {
    // Breaker 24 item 3: the scans' thumbnails dimmed by the page's stylesheet until hovered: a thumbnail, not a greyed icon.
    name: 'certificates checklist: 在岗在职证明材料’s PNG thumbnail dimmed by a stylesheet (opacity .4, 1 on hover)',
    step: 'certificates',
    findings: [],
    absent: ['on-job-proof-missing'],
    html: onJobChecklist('<img class="thumb" src="/upload/2024/zm001.png" width="60" height="40" />', '<style type="text/css">.thumb { opacity: .4; } .thumb:hover { opacity: 1; }</style>'),
  },
  {
    // Breaker 22 F7: 年度考核结果's 附件上传 form titled in a plain cell, 附件类型 and a box labelled 文件, no file yet.
    name: 'annual-review upload form titled 年度考核结果—附件上传 in plain text: 附件类型, a box labelled 文件',
    step: 'annual-review',
    findings: [],
    absent: ['on-job-proof-missing'],
    html: webForm(`<table><tr><td><span>年度考核结果—附件上传</span></td></tr></table><table>
${row('附件类型', codeSelect('ddlLx', [['1', '年度考核表'], ['2', '考核登记表']]))}
<tr><td>文件：</td><td><input type="file" name="ctl00$ContentPlaceHolder1$fu" id="fu" /></td></tr>
</table><input type="submit" value="上传" /> <input type="button" value="返回" />`),
  },
];
