/** gate7 step-recognition variants. `expect`: the right data-step-id ('|' alternatives; '(no overlay)' = nothing mounted). */
import { grid, row, STEP_NAMES, webForm } from './pages';

export interface SV {
  id: string;
  expect: string;
  html: string;
  extra?: Record<string, string>;
}

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const menuLinks = (current: number, style: 'plain' | 'font' | 'b') =>
  `<table class="menu" width="200" style="float:left">${STEP_NAMES.map((n, i) => {
    const inner = style === 'font' ? `<font size="2">${n}</font>` : style === 'b' && i === current ? `<b>${n}</b>` : n;
    return `<tr><td><a href="#">${i + 1}.${inner}</a></td></tr>`;
  }).join('')}</table>`;

const ANNUAL_GRID = grid(['记录序号', '考核年度', '考核结果', '附件'], [['1', '2023', '合格', '已上传']]);
const QUAL_GRID = grid(['记录序号', '资格名称', '取得时间', '证书编号', '操作'], [['1', '技术员', '2021-12-30', 'GZ2021-HJ-0457', '<a href="#">修改</a>']]);

export const STEPV: SV[] = [
  { id: 'S01 title only in <title> (年度考核结果), grid with plain headers 年度/结果', expect: 'annual-review',
    html: webForm(`${grid(['记录序号', '年度', '结果'], [['1', '2023', '合格']])}<input type="submit" value="添加" />`, '', '年度考核结果') },
  { id: 'S02 title only in <title> (基本信息 - 广州市职称…), fields', expect: 'basic-info',
    html: webForm(`<table>${row('姓名', '<input name="txtXM" />')}${row('性别', '<select name="ddlXB"><option>男</option><option>女</option></select>')}${row('出生日期', '<input name="txtCSRQ" />')}</table><input type="submit" value="保存并下一步" />`, '', '基本信息 - 广州市职称业务申报与管理系统') },
  { id: 'S03 heading as bare image alt (not in a title class), annual list 年度/结果', expect: 'annual-review',
    html: webForm(`<p align="center"><img src="${GIF}" width="200" height="30" alt="年度考核结果" /></p>${grid(['记录序号', '年度', '结果'], [['1', '2023', '合格']])}<input type="submit" value="添加" />`) },
  { id: 'S04 heading as image alt inside a <td background> banner, 证书、证明材料 empty list', expect: 'certificates',
    html: webForm(`<table width="100%"><tr><td background="${GIF}" height="30"><img src="${GIF}" width="160" height="24" alt="证书、证明材料" /></td></tr></table><table border="1"><tr><td colspan="3">暂无记录</td></tr></table><input type="submit" value="附件上传" /> <input type="submit" value="保存并下一步" />`) },
  { id: 'S05 heading inside fieldset legend (学位（学历）教育情况)', expect: 'education',
    html: webForm(`<fieldset><legend>学位（学历）教育情况</legend>${grid(['序号', '起止年月', '学校', '专业'], [['1', '2016.09-2020.06', '华南理工大学', '环境工程']])}<input type="submit" value="添加" /></fieldset>`) },
  { id: 'S06 breadcrumb only 当前位置：首页 > 个人申报 > 基本信息, fields w/o heading', expect: 'basic-info',
    html: webForm(`<div class="location">当前位置：首页 &gt; 个人申报 &gt; 基本信息</div><table>${row('姓名', '<input name="txtXM" />')}${row('身份证号', '<input name="txtSFZH" />')}${row('民族', '<input name="txtMZ" />')}</table><input type="submit" value="保存并下一步" />`) },
  { id: 'S07 breadcrumb only (… > 专业技术资格历史情况), empty list 暂无记录 + 添加', expect: 'qualification-history',
    html: webForm(`<div class="location">当前位置：首页 &gt; 个人申报 &gt; 专业技术资格历史情况</div><table border="1"><tr><td>暂无记录</td></tr></table><input type="submit" value="添加" /> <input type="submit" value="保存并下一步" />`) },
  { id: 'S08 breadcrumb in class=title (当前位置：…>年度考核结果) + grid', expect: 'annual-review',
    html: webForm(`<div class="title">当前位置：首页 &gt; 个人申报 &gt; 年度考核结果</div>${ANNUAL_GRID}<input type="submit" value="添加" />`) },
  { id: 'S09 same-frame menu of all eleven (plain links) + form heading 专业技术资格历史情况 + grid', expect: 'qualification-history',
    html: webForm(`${menuLinks(2, 'plain')}<div style="margin-left:220px"><div class="ptitle">专业技术资格历史情况</div>${QUAL_GRID}<input type="submit" value="添加" /></div>`) },
  { id: 'S10 same-frame menu with <font size=2> links (all eleven) + education grid', expect: 'education',
    html: webForm(`${menuLinks(3, 'font')}<div style="margin-left:220px"><div class="ptitle">学位（学历）教育情况</div>${grid(['记录序号', '学历', '毕业院校'], [['1', '大学本科', '华南理工大学']])}<input type="submit" value="添加" /></div>`) },
  { id: 'S11 same-frame menu <font size=2> + 年度考核 empty list (暂无记录)', expect: 'annual-review',
    html: webForm(`${menuLinks(8, 'font')}<div style="margin-left:220px"><div class="ptitle">年度考核结果</div><table border="1"><tr><td>暂无记录</td></tr></table><input type="submit" value="添加" /></div>`) },
  { id: 'S12 same-frame menu, current item <b>, page 完成并送审', expect: 'submit',
    html: webForm(`${menuLinks(10, 'b')}<div style="margin-left:220px"><div class="ptitle">完成并送审</div><input type="checkbox" id="c" /><label for="c">同意</label><input type="submit" value="送审" /></div>`) },
  { id: 'S13 application list (我的申报): grid 姓名/身份证号/认定资格名称/申报评委会/状态/操作', expect: 'unknown|(no overlay)',
    html: webForm(`<div class="ptitle">我的申报</div>${grid(['序号', '姓名', '身份证号', '申报系列', '认定资格名称', '申报评委会', '申报状态', '操作'], [['1', '李明远', '440106199805120314', '工程系列', '助理工程师', '广州市工程系列生态环境专业初级职称评审委员会', '已送审', '<a href="#">查看</a>'], ['2', '李明远', '440106199805120314', '工程系列', '技术员', '广州市工程系列生态环境专业初级职称评审委员会', '审核通过', '<a href="#">查看</a>']])}<input type="submit" value="新增申报" />`, '', '申报列表') },
  { id: 'S14 error page 系统繁忙，请稍后再试 + 返回', expect: 'unknown|(no overlay)',
    html: `<html><head><title>系统提示</title></head><body><div class="title"><b>系统提示</b></div><p style="color:red">系统繁忙，请稍后再试！</p><input type="button" value="返回" onclick="history.back()" /></body></html>` },
  { id: 'S15 error page naming the step (保存失败：基本信息 …) with a 返回 button', expect: 'unknown|(no overlay)',
    html: `<html><head><title>错误</title></head><body><h3>操作失败</h3><p><b>保存基本信息时发生错误：系统繁忙，请稍后再试。</b></p><input type="button" value="返回" /></body></html>` },
  { id: 'S16 ASP.NET yellow screen (Server Error in /vsgzhr)', expect: 'unknown|(no overlay)',
    html: `<html><head><title>Runtime Error</title></head><body bgcolor="white"><span><H1>Server Error in '/vsgzhr' Application.<hr width=100% size=1 color=silver></H1><h2> <i>Runtime Error</i> </h2></span><b> Description: </b>An application error occurred on the server.</body></html>` },
  { id: 'S17 login variant: 证件号码 / 登录密码 / 验证码 + image 登录', expect: 'login',
    html: webForm(`<div class="title">个人用户登录</div><table>${row('证件号码', '<input name="txtZJHM" />', false)}${row('登录密码', '<input type="password" name="txtMM" />', false)}${row('验证码', '<input name="txtYZM" size="6" /><img src="' + GIF + '" width="60" height="20" alt="看不清？换一张" />', false)}</table><input type="image" src="${GIF}" width="80" height="24" alt="登录" /> <a href="#">新用户注册</a> <a href="#">忘记密码</a>`, '', '广州市职称业务申报与管理系统') },
  { id: 'S18 login variant: only placeholders (no labels), button 登 录', expect: 'login',
    html: webForm(`<div class="login-box"><input name="u" placeholder="请输入用户名" /><br/><input type="password" name="p" placeholder="请输入密码" /><br/><input name="c" placeholder="验证码" /><br/><input type="submit" value="登 录" /></div>`, '', '用户登录') },
  { id: 'S19 read-only 查看 page of a submitted application (all sections, text only)', expect: 'unknown|(no overlay)',
    html: webForm(`<div class="title">申报材料查看（已送审）</div>
<b>基本信息</b><table border="1"><tr><td>姓名</td><td>李明远</td><td>公民身份号码</td><td>440106199805120314</td></tr><tr><td>认定资格名称</td><td>助理工程师</td><td>申报评委会</td><td>广州市工程系列生态环境专业初级职称评审委员会</td></tr></table>
<b>专业技术资格历史情况</b>${QUAL_GRID}
<b>学位（学历）教育情况</b>${grid(['记录序号', '学历', '毕业院校', '附件'], [['1', '大学本科', '华南理工大学', '未上传']])}
<b>主要专业技术工作经历</b>${grid(['记录序号', '起止时间', '工作单位', '是否缴纳社保'], [['1', '2020.07-至今', '广州绿源环境监测技术有限公司', '是']])}
<b>工作期间奖惩情况</b><p>无。</p><b>个人专业技术工作小结</b><p>……</p>
<b>年度考核结果</b>${grid(['记录序号', '考核年度', '考核结果'], [['1', '2023', '基本称职']])}
<b>证书、证明材料</b>${grid(['附件名称', '记录序号', '文件名称'], [['学历证书', '1', 'a.pdf']])}
<input type="button" value="打印" /> <input type="button" value="返回" />`) },
  { id: 'S20 read-only 基本信息 after 送审 (readonly inputs, 已送审 notice)', expect: 'basic-info|unknown|(no overlay)',
    html: webForm(`<div class="ptitle">基本信息</div><p style="color:red">您的申报材料已送审，不能再修改！</p><table>${row('姓名', '<input name="txtXM" readonly="readonly" value="李明远" />')}${row('公民身份号码', '<input name="txtSFZH" readonly="readonly" value="440106199805120314" />')}${row('认定资格名称', '<input name="txtZG" readonly="readonly" value="助理工程师" />')}</table><input type="button" value="返回" />`) },
  { id: 'S21 achievements form with a bold notice mentioning 论文/刊物', expect: 'achievements',
    html: webForm(`<div class="ptitle">从事专业技术工作及取得的业绩成果情况</div><p><font color="red"><b>注：发表的论文、刊物文章请在第8项填报，不在此处填报。</b></font></p><table>${row('记录序号', '<input name="txtJLXH" />')}${row('项目名称', '<input name="txtXMMC" />')}${row('本人角色', '<input name="txtBRJS" />')}${row('主要内容', '<textarea name="txtZYNR"></textarea>')}</table><input type="submit" value="保存" /><input type="submit" value="返回" />`) },
  { id: 'S22 work-experience list with bold notice naming 证书、证明材料', expect: 'work-experience',
    html: webForm(`<div class="ptitle">主要专业技术工作经历</div><p><b>无法获取社保信息的，请在“证书、证明材料”中上传在岗在职证明材料。</b></p>${grid(['记录序号', '起止时间', '工作单位', '职务'], [['1', '2020.07-至今', '广州绿源环境监测技术有限公司', '技术员']])}<input type="submit" value="添加" />`) },
  { id: 'S23 heading with step number prefix 二、基本信息 (few labels)', expect: 'basic-info',
    html: webForm(`<h3>（2）基本信息</h3><table>${row('姓名', '<input name="txtXM" />')}${row('手机号码', '<input name="txtSJHM" />')}</table><input type="submit" value="保存并下一步" />`) },
  { id: 'S24 banner with welcome text mentioning 登录 + education empty list (暂无记录)', expect: 'education',
    html: webForm(`<div><b>欢迎您，李明远！上次登录时间：2024-05-01 10:20</b></div><div class="ptitle">学位（学历）教育情况</div><table border="1"><tr><td>暂无记录</td></tr></table><input type="submit" value="添加" /> <input type="submit" value="保存并下一步" />`) },
  { id: 'S25 fetch-history page: heading 获取历史数据 as image alt + link 资格评审人员基本信息', expect: 'fetch-history',
    html: webForm(`<div class="ptitle"><img src="${GIF}" width="160" height="24" alt="获取历史数据" /></div><p>如有历史数据，可点击下面的链接获取信息。</p><a href="#">资格评审人员基本信息</a> <input type="submit" value="保存并下一步" />`) },
  { id: 'S26 frameset-like: menu frame (all 11) + form frame titled only by <title> 证书、证明材料, upload form', expect: 'certificates',
    html: `<html><head><title>广州市职称业务申报与管理系统</title></head><body><iframe src="/z/menu" name="left" width="200" height="500"></iframe><iframe src="/z/form" name="main" width="900" height="500"></iframe></body></html>`,
    extra: { 'z/menu': `<html><body>${STEP_NAMES.map((n) => `<a href="#">${n}</a><br>`).join('')}</body></html>`, 'z/form': webForm(`<table>${row('附件名称', '<select name="ddlFJMC"><option>在岗在职证明材料</option><option>其他</option></select>')}${row('记录序号', '<input name="txtJLXH" />')}${row('选择文件', '<input type="file" name="fu" />')}</table><input type="submit" value="上传" /> <input type="submit" value="返回" />`, '', '证书、证明材料') } },
  { id: 'S27 portal home after login: news list naming steps, 职称业务申报 links', expect: 'unknown|(no overlay)',
    html: webForm(`<div class="title">广州市职称业务申报与管理系统</div><b>通知公告</b><ul><li><a href="#">关于2024年度工程系列生态环境专业初次职称考核认定的通知</a></li><li><a href="#">个人申报“基本信息”填报说明</a></li><li><a href="#">“证书、证明材料”上传要求</a></li></ul><a href="#">职称业务申报</a> <a href="#">修改密码</a> <a href="#">退出登录</a>`) },
  { id: 'S28 submit page: heading in <title> only, 本人承诺 + 同意 + 送审 as <a>', expect: 'submit',
    html: webForm(`<p>本人承诺：所填报信息真实、准确。</p><input type="checkbox" id="c" /><label for="c">同意</label> <a href="javascript:__doPostBack('btnSS','')">送审</a>`, '', '完成并送审') },
  { id: 'S29 control for S24: education empty list without the 登录 banner', expect: 'education',
    html: webForm(`<div class="ptitle">学位（学历）教育情况</div><table border="1"><tr><td>暂无记录</td></tr></table><input type="submit" value="添加" /> <input type="submit" value="保存并下一步" />`) },
  { id: 'S30 same-frame menu items in <td class="menuTitle"> + 年度考核结果 empty list', expect: 'annual-review',
    html: webForm(`<table width="200" style="float:left">${STEP_NAMES.map((n) => `<tr><td class="menuTitle"><a href="#">${n}</a></td></tr>`).join('')}</table><div style="margin-left:220px"><div class="ptitle">年度考核结果</div><table border="1"><tr><td>暂无记录</td></tr></table><input type="submit" value="添加" /></div>`) },
  { id: 'S31 same-frame menu <font size=2> + 基本信息 full form (labels)', expect: 'basic-info',
    html: webForm(`${menuLinks(1, 'font')}<div style="margin-left:220px"><div class="ptitle">基本信息</div><table>${row('姓名', '<input name="txtXM" />')}${row('公民身份号码', '<input name="txtSFZH" />')}${row('出生日期', '<input name="txtCSRQ" />')}</table><input type="submit" value="保存并下一步" /></div>`) },
  { id: 'S32 achievements list (no form) with bold notice: 论文请在第8项填报', expect: 'achievements',
    html: webForm(`<div class="ptitle">从事专业技术工作及取得的业绩成果情况</div><p><b>注意：论文、著作请在第8项填报。</b></p>${grid(['记录序号', '项目名称', '本人角色', '附件'], [['1', '某河涌水质监测', '负责人', '已上传']])}<input type="submit" value="添加" />`) },
  { id: 'S33 numbered heading “(2)基本信息” with full labels', expect: 'basic-info',
    html: webForm(`<div class="ptitle">（2）基本信息</div><table>${row('姓名', '<input name="txtXM" />')}${row('公民身份号码', '<input name="txtSFZH" />')}${row('出生日期', '<input name="txtCSRQ" />')}</table><input type="submit" value="保存并下一步" />`) },
];
