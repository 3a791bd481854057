import type { FormPost } from './http-body';
import { STEP_PAGES } from './pages';
import { esc, EventValidation, jsString, selectHtml, shellHtml } from './render';
import { page, redirect, type Handled, type Reply } from './reply';
import { issueEventValidation, type Session } from './session';
import { CHOOSER_TABLES, QUALIFICATION_TYPE, textOf, UNIT_SUPERVISOR_TYPE } from './vocab';

/**
 * The pages around the eleven steps: 系统登录, the home menu, 选择申报资格系列 (seed steps 1–2),
 * the frameset with its business tree, and the "..." chooser window.
 */

export const LOGIN_PATH = '/vsgzhr/Login_ZJ2.aspx';
export const HOME_PATH = '/vsgzhr/Home.aspx';
export const SERIES_PATH = '/vsgzhr/ZCSB/SelectZGXL.aspx';
export const MAIN_PATH = '/vsgzhr/ZCSB/Main.aspx';

/** Naming container of the login and series pages (they use the site master page). */
const PREFIX = 'ctl00$ContentPlaceHolder1$';
const name = (id: string) => PREFIX + id;
const cid = (id: string) => name(id).replace(/\$/g, '_');

function withToken(session: Session, ev: EventValidation, build: (token: string) => string): Reply {
  return page(build(issueEventValidation(session, ev.allowed)));
}

// ——— 系统登录 ———

function loginPage(session: Session, error: string): Reply {
  const ev = new EventValidation();
  const body = `<table width="100%" class="top"><tr><td>广州市职称业务申报与管理系统</td></tr></table>
<table align="center" width="420" class="formtable" cellspacing="1" cellpadding="6" style="margin:60px auto 0">
<tr><td colspan="2" class="ptitle" align="center">个人用户登录</td></tr>
<tr><td class="tdl" align="right">用户名：</td><td class="tdr"><input name="${name('txtUserName')}" type="text" id="${cid('txtUserName')}" class="input" maxlength="30" /></td></tr>
<tr><td class="tdl" align="right">密　码：</td><td class="tdr"><input name="${name('txtPwd')}" type="password" id="${cid('txtPwd')}" class="input" maxlength="30" /></td></tr>
<tr><td class="tdl" align="right">验证码：</td><td class="tdr"><input name="${name('txtYZM')}" type="text" id="${cid('txtYZM')}" class="input" style="width:70px" maxlength="4" />
<img id="${cid('imgYZM')}" src="ValidateCode.aspx" alt="验证码" style="vertical-align:middle;cursor:pointer" onclick="this.src='ValidateCode.aspx?r='+Math.random()" title="看不清？换一张" /></td></tr>
<tr><td colspan="2" class="tdr" align="center"><span id="${cid('lblMsg')}" style="color:Red;">${esc(error)}</span></td></tr>
<tr><td colspan="2" class="tdr" align="center"><input type="submit" name="${name('btnLogin')}" value="登录" id="${cid('btnLogin')}" class="button" />
<a href="javascript:alert('练习系统不提供用户注册，任意用户名、密码均可登录。')">用户注册</a></td></tr>
</table>`;
  return withToken(session, ev, (token) => shellHtml({ title: '广州市职称业务申报与管理系统—用户登录', root: '', action: 'Login_ZJ2.aspx', evToken: token, body }));
}

/** 系统登录: any non-empty user name, password and captcha log in (seed step 1). */
export function handleLogin(session: Session, post: FormPost | null): Handled {
  if (!post) return { reply: loginPage(session, '') };
  const user = (post.fields.get(name('txtUserName')) ?? '').trim();
  const errors: string[] = [];
  if (!user) errors.push('请输入用户名！');
  if (!(post.fields.get(name('txtPwd')) ?? '')) errors.push('请输入密码！');
  if (!(post.fields.get(name('txtYZM')) ?? '').trim()) errors.push('请输入验证码！');
  if (errors.length) return { reply: loginPage(session, errors.join(' ')), save: { ok: false, errors } };
  session.user = user;
  return { reply: redirect(HOME_PATH), save: { ok: true, errors: [] } };
}

/** The personal home menu after login ("选择职称业务申报", seed step 2). */
export function homePage(session: Session): Reply {
  const body = `<table width="100%" class="top"><tr><td>广州市职称业务申报与管理系统</td><td align="right" style="font-size:12px">欢迎您：${esc(session.user ?? '')}&nbsp;<a href="Logout.aspx" style="color:#fff">退出</a>&nbsp;</td></tr></table>
<table class="formtable" width="600" align="center" cellspacing="1" cellpadding="8" style="margin:40px auto 0">
<tr><td class="ptitle" align="center" colspan="3">个人业务</td></tr>
<tr><td class="tdr" align="center"><a id="lnkZCYWSB" href="ZCSB/SelectZGXL.aspx">职称业务申报</a></td>
<td class="tdr" align="center"><a href="javascript:alert('暂未开放')">职称证书查询</a></td>
<td class="tdr" align="center"><a href="javascript:alert('暂未开放')">修改密码</a></td></tr>
</table>`;
  return page(shellHtml({ title: '个人申报系统', root: '', action: 'Home.aspx', body }));
}

// ——— 选择申报资格系列 ———

const LEVEL_BY_QUERY: Record<string, '初级' | '中级'> = { '1': '初级', '2': '中级' };

function seriesPage(session: Session, query: URLSearchParams, values: { unit: string; type: string; picked: boolean }, error: string): Reply {
  const ev = new EventValidation();
  const jb = query.get('jb') ?? '';
  const level = LEVEL_BY_QUERY[jb];
  const open = level ? '' : ' style="display:none"';
  const tree = `<div class="tree">
<b>职称业务申报与管理系统</b>
<ul>
<li><a href="javascript:void(0)" onclick="Toggle('n1')">初次职称考核认定</a>
  <ul id="n1"${open}>
  <li><a href="javascript:void(0)" onclick="Toggle('n2')">常规流程</a>
    <ul id="n2"${open}>
    <li><a href="SelectZGXL.aspx?jb=1">初级</a></li>
    <li><a href="SelectZGXL.aspx?jb=2">中级</a></li>
    </ul></li>
  </ul></li>
<li><a href="javascript:alert('暂未开放')">职称评审</a></li>
<li><a href="javascript:alert('暂未开放')">职称确认</a></li>
</ul></div>
<script type="text/javascript">function Toggle(id){var e=document.getElementById(id);e.style.display=e.style.display=='none'?'':'none';}</script>`;
  let right = '<div class="notice">请在左侧依次选择“初次职称考核认定”－“常规流程”－“初级”或“中级”。</div>';
  if (level) {
    const radio = name('rblSBZG');
    const value = jb === '1' ? 'CJCCRD' : 'ZJCCRD';
    ev.register(radio, [value]);
    right = `<div class="ptitle">选择申报资格系列</div>
<table class="formtable" width="100%" cellspacing="1" cellpadding="6">
<tr><td class="tdl" align="right">①申报资格：</td><td class="tdr"><input id="${cid('rblSBZG')}_0" type="radio" name="${radio}" value="${value}"${values.picked ? ' checked="checked"' : ''} /><label for="${cid('rblSBZG')}_0">${level}初次职称考核认定</label>
&nbsp;&nbsp;<a href="javascript:alert('系统中暂无您的个人数据。')">数据贡献</a></td></tr>
<tr><td class="tdl" align="right"><font color="red">*</font>②单位主管类型：</td><td class="tdr">${selectHtml(name('ddlDWZGLX'), cid('ddlDWZGLX'), UNIT_SUPERVISOR_TYPE, values.unit, 'ideo', ev)}</td></tr>
<tr><td class="tdl" align="right"><font color="red">*</font>③认定资格类型：</td><td class="tdr">${selectHtml(name('ddlRDZGLX'), cid('ddlRDZGLX'), QUALIFICATION_TYPE, values.type, 'ideo', ev)}</td></tr>
<tr><td class="tdr" colspan="2" align="center"><span id="${cid('lblMsg')}" style="color:Red;">${esc(error)}</span></td></tr>
</table>
<div class="buttons"><input type="submit" name="${name('btnXD')}" value="选定" id="${cid('btnXD')}" class="button" /></div>
<div class="notice" style="color:red">注：若浏览器点击不了“选定”，请更换电脑重新填报。</div>`;
  }
  const body = `<table width="100%" class="top"><tr><td>职称业务申报与管理系统</td><td align="right" style="font-size:12px">当前用户：${esc(session.user ?? '')}&nbsp;</td></tr></table>
<table width="100%" cellspacing="0" cellpadding="0"><tr><td width="220" valign="top" style="border-right:1px solid #b7cde8">${tree}</td><td valign="top" style="padding:8px">${right}</td></tr></table>`;
  return withToken(session, ev, (token) =>
    shellHtml({ title: '选择申报资格系列', root: '../', action: `SelectZGXL.aspx${jb ? `?jb=${encodeURIComponent(jb)}` : ''}`, evToken: token, body }),
  );
}

/** 选择申报资格系列: level from the tree, ① 申报资格, ② 单位主管类型, ③ 认定资格类型, 选定. */
export function handleSeries(session: Session, query: URLSearchParams, post: FormPost | null): Handled {
  const blank = { unit: '', type: '', picked: false };
  if (!post) return { reply: seriesPage(session, query, blank, '') };
  const level = LEVEL_BY_QUERY[query.get('jb') ?? ''];
  const values = {
    unit: post.fields.get(name('ddlDWZGLX')) ?? '',
    type: post.fields.get(name('ddlRDZGLX')) ?? '',
    picked: post.fields.has(name('rblSBZG')),
  };
  const errors: string[] = [];
  if (!level) errors.push('请先选择申报级别！');
  if (!values.picked) errors.push('请选择申报资格！');
  if (!values.unit) errors.push('请选择单位主管类型！');
  if (!values.type) errors.push('请选择认定资格类型！');
  if (errors.length || !level) return { reply: seriesPage(session, query, values, errors.join(' ')), save: { ok: false, errors } };
  session.series = { level, unitSupervisorType: values.unit, qualificationType: values.type };
  return { reply: redirect(MAIN_PATH), save: { ok: true, errors: [] } };
}

// ——— frameset ———

/** The frameset after the series is chosen: banner, business tree (leftFrame), content (mainFrame). */
export function mainPage(): Reply {
  return page(`<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Frameset//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-frameset.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>职称业务申报与管理系统</title></head>
<frameset rows="60,*" frameborder="no" border="0" framespacing="0">
  <frame src="Top.aspx" name="topFrame" id="topFrame" scrolling="no" noresize="noresize" />
  <frameset cols="260,*" frameborder="yes" border="2" framespacing="2">
    <frame src="LeftTree.aspx" name="leftFrame" id="leftFrame" scrolling="auto" />
    <frame src="Welcome.aspx" name="mainFrame" id="mainFrame" scrolling="auto" />
  </frameset>
</frameset>
</html>`);
}

/** The banner frame. */
export function topPage(session: Session): Reply {
  const s = session.series;
  const body = `<table width="100%" class="top" cellpadding="0" cellspacing="0"><tr><td>职称业务申报与管理系统</td>
<td align="right" style="font-size:12px">${s ? `${esc(s.level)}初次职称考核认定　` : ''}用户：${esc(session.user ?? '')}&nbsp;<a href="../Logout.aspx" target="_top" style="color:#fff">退出</a>&nbsp;</td></tr></table>`;
  return page(shellHtml({ title: 'top', root: '../', action: 'Top.aspx', body }));
}

/** The business tree frame: one link per step, target mainFrame (TreeView-like markup). */
export function leftTreePage(session: Session): Reply {
  const nodes = STEP_PAGES.map((p, i) => {
    const file = p.path.split('/').pop() ?? p.path;
    return `<tr><td style="width:20px"></td><td><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="16" height="1" alt="" /></td><td><a class="TreeView1_0" href="${esc(file)}" target="mainFrame" id="TreeView1t${i + 2}">${esc(p.title)}</a></td></tr>`;
  });
  const body = `<div class="tree">
<div class="ptitle">${esc(session.series ? `${session.series.level}初次职称考核认定` : '')}</div>
<table cellpadding="0" cellspacing="0" style="border-width:0;" id="TreeView1">
<tr><td colspan="3"><a class="TreeView1_0" href="javascript:void(0)" id="TreeView1t0">个人信息填报</a></td></tr>
${nodes.join('\n')}
<tr><td colspan="3"><a class="TreeView1_0" href="SelectZGXL.aspx" target="_top" id="TreeView1t1">重新选择申报资格系列</a></td></tr>
</table>
</div>`;
  return page(shellHtml({ title: '业务树', root: '../', action: 'LeftTree.aspx', body }));
}

/** The content frame's first page. */
export function welcomePage(session: Session): Reply {
  const s = session.series;
  const line = s
    ? `当前申报：${s.level}初次职称考核认定　单位主管类型：${textOf(UNIT_SUPERVISOR_TYPE, s.unitSupervisorType)}　认定资格类型：${textOf(QUALIFICATION_TYPE, s.qualificationType)}`
    : '';
  const body = `<div class="ptitle">欢迎使用职称业务申报与管理系统</div>
<div class="series">${esc(line)}</div>
<div class="notice" style="color:red">填报各项前请先看上方的注意说明（红色字体）。2-11共10项个人信息需申报人填报，每一项填写完点击“保存并下一步”。请点击左侧的填报项目开始填报。</div>`;
  return page(shellHtml({ title: '欢迎', root: '../', action: 'Welcome.aspx', body }));
}

/** The "..." chooser window (`Common/SelectDM.aspx?lx=&t=&h=`): writes text and code back to its opener. */
export function chooserPage(query: URLSearchParams): Reply {
  const table = CHOOSER_TABLES[query.get('lx') ?? ''];
  const textId = query.get('t') ?? '';
  const codeId = query.get('h') ?? '';
  if (!table) return page(shellHtml({ title: '选择', root: '../', action: 'SelectDM.aspx', body: '<div class="notice" style="color:red">参数错误！</div>' }));
  const rows = table.options
    .map((o) => `<tr class="gridrow"><td>${esc(o.value)}</td><td><a href="javascript:void(0)" onclick="Pick('${jsString(o.value)}','${jsString(o.text)}')">${esc(o.text)}</a></td></tr>`)
    .join('\n');
  const body = `<div class="ptitle">${esc(table.title)}</div>
<div style="padding:4px">关键字：<input type="text" id="txtKey" class="input" onkeyup="Filter(this.value)" /></div>
<table class="grid" id="gvDM" cellspacing="0" rules="all" border="1" style="width:100%;border-collapse:collapse;">
<tr class="gridhead"><th>代码</th><th>名称</th></tr>
${rows}
</table>
<div class="buttons"><input type="button" class="button" value="清空" onclick="Pick('','')" /><input type="button" class="button" value="关闭" onclick="window.close()" /></div>
<script type="text/javascript">
var T = '${jsString(textId)}', H = '${jsString(codeId)}';
function Pick(code, text) {
  var w = window.opener;
  if (!w || w.closed) { alert('请从申报页面打开此窗口！'); return; }
  var t = w.document.getElementById(T), h = w.document.getElementById(H);
  if (t) t.value = text;
  if (h) h.value = code;
  window.close();
}
function Filter(key) {
  var rows = document.getElementById('gvDM').rows;
  for (var i = 1; i < rows.length; i++) rows[i].style.display = rows[i].cells[1].innerText.indexOf(key) >= 0 ? '' : 'none';
}
</script>`;
  return page(shellHtml({ title: table.title, root: '../', action: 'SelectDM.aspx', body }));
}
