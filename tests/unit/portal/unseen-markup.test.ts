/**
 * Markup the practice portal does not use but a portal copy may: pages cut down from a
 * robustness probe's hand-made variants, each failing before the rule it tests existed. Read
 * the way the content script reads a live frame (collectSnapshot with the window, so computed
 * styles count), then recognised.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep } from '../../../lib/portal/recognize-step';
import { recognizeFields } from '../../../lib/fields/recognize';

function read(head: string, body: string) {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  const snapshot = collectSnapshot(document, window);
  return { snapshot, step: recognizeStep(snapshot).step };
}

/** Each recognised control's id or name with its key ('?' when none), the way autofill sees them. */
function keysOf(body: string, head = '') {
  const { snapshot, step } = read(head, body);
  return { step, keys: recognizeFields(snapshot, step).map((m) => `${snapshot.controls[m.control]!.id || snapshot.controls[m.control]!.name}=${m.key ?? '?'}`) };
}

const EDUCATION_ROWS = '<tr><td>1</td><td>大学专科</td><td>已上传</td></tr><tr><td>2</td><td>大学本科</td><td>未上传</td></tr>';
const EDUCATION_GRID = { headers: ['记录序号', '学历', '附件'], rows: [{ cells: ['1', '大学专科', '已上传'], actions: [] }, { cells: ['2', '大学本科', '未上传'], actions: [] }] };

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('pages that are no step of the eleven', () => {
  it('继续教育情况 (training hours) is not 学位（学历）教育 (probe 11b item 6)', () => {
    const training = (title: string) => read('', `<div class="ptitle">${title}</div>
      <table><tr><th>序号</th><th>年度</th><th>学习内容</th><th>学时</th></tr><tr><td>1</td><td>2023</td><td>环境监测新标准</td><td>24</td></tr></table>
      <table><tr><td>记录序号：</td><td><input id="a"></td></tr><tr><td>学习内容：</td><td><input id="b"></td></tr>
      <tr><td>培训机构：</td><td><input id="c"></td></tr><tr><td>学时：</td><td><input id="d"></td></tr>
      <tr><td>学习形式：</td><td><select id="e"><option>面授</option><option>网络</option></select></td></tr></table><input type="submit" value="保存">`).step;
    expect(training('继续教育情况')).not.toBe('education');
    expect(training('学位（学历）教育情况')).toBe('education');
  });
});

describe('saved-record lists', () => {
  it('reads a DataGrid whose header row is bold by its inline style (<td> cells)', () => {
    const { snapshot, step } = read('', `<span style="font-weight:bold">学位（学历）教育情况</span>
      <table border="1"><tr style="font-weight:bold"><td>记录序号</td><td>学历</td><td>附件</td></tr>${EDUCATION_ROWS}</table><input type="submit" value="添加">`);
    expect(snapshot.grids).toEqual([EDUCATION_GRID]);
    expect(step).toBe('education');
  });

  it('reads a header row bold by each cell’s style, or by the stylesheet when the rows below are not bold', () => {
    const cells = '<td style="font-weight:700">记录序号</td><td style="font-weight:700">学历</td><td style="font-weight:700">附件</td>';
    expect(read('', `<table><tr>${cells}</tr>${EDUCATION_ROWS}</table>`).snapshot.grids).toEqual([EDUCATION_GRID]);
    const styled = `<table class="dg"><tr class="h"><td>记录序号</td><td>学历</td><td>附件</td></tr>${EDUCATION_ROWS}</table>`;
    expect(read('<style>.dg .h td { font-weight: bold }</style>', styled).snapshot.grids).toEqual([EDUCATION_GRID]);
    // Every row bold: the bold marks nothing, a title only lists have (记录序号) still does.
    expect(read('<style>.dg td { font-weight: bold }</style>', styled).snapshot.grids).toEqual([EDUCATION_GRID]);
    const untitled = styled.replace('<td>记录序号</td>', '<td>第几条</td>');
    expect(read('<style>.dg td { font-weight: bold }</style>', untitled).snapshot.grids).toEqual([]);
  });

  it('keeps a list whose pager row holds a text box ("转到第 [ ] 页"), not a form table with a text area row', () => {
    const pager = '<tr><td colspan="3">共 2 条 转到第<input type="text" size="2" value="1">页</td></tr>';
    expect(read('', `<table border="1"><tr><th>记录序号</th><th>学历</th><th>附件</th></tr>${EDUCATION_ROWS}${pager}</table>`).snapshot.grids).toEqual([EDUCATION_GRID]);
    const form = '<table><tr><th>工作期间奖惩情况</th><th>备注</th></tr><tr><td colspan="2"><textarea name="a"></textarea></td></tr></table>';
    expect(read('', form).snapshot.grids).toEqual([]);
  });
});

describe('tab panes and empty lists', () => {
  it('leaves out the lists and headings of tab panes not shown', () => {
    const tabs = `<div><a href="#" class="on">学位（学历）教育情况</a> | <a href="#">年度考核结果</a></div>
      <div id="p1"><table border="1"><tr><th>记录序号</th><th>学历</th><th>毕业院校</th></tr><tr><td>1</td><td>大学本科</td><td>华南理工大学</td></tr></table></div>
      <div id="p2" style="display:none"><h3>年度考核结果</h3><table border="1"><tr><th>记录序号</th><th>考核年度</th><th>考核结果</th></tr><tr><td>1</td><td>2023</td><td>基本称职</td></tr></table></div>
      <input type="submit" value="添加">`;
    const { snapshot, step } = read('', tabs);
    expect(snapshot.grids).toEqual([{ headers: ['记录序号', '学历', '毕业院校'], rows: [{ cells: ['1', '大学本科', '华南理工大学'], actions: [] }] }]);
    expect(snapshot.headings).not.toContain('年度考核结果');
    expect(step).toBe('education');
  });

  it('reads "没有记录" in the first cell with the others empty as an empty list, not a record', () => {
    const head = '<tr><th>记录序号</th><th>工作单位</th><th>操作</th></tr>';
    expect(read('', `<table>${head}<tr><td>没有记录</td><td></td><td></td></tr></table>`).snapshot.grids).toEqual([{ headers: ['记录序号', '工作单位', '操作'], rows: [] }]);
    // A record with one filled cell stays a record.
    expect(read('', `<table>${head}<tr><td>1</td><td></td><td></td></tr></table>`).snapshot.grids[0]!.rows).toHaveLength(1);
  });
});

describe('step headings and tie-breaks', () => {
  it('a heading the page shows goes before the document title: a 获取历史数据 page titled 资格评审人员基本信息 (probe 10b)', () => {
    const list = `<table border="1"><tr style="font-weight:bold"><td>姓名</td><td>身份证号</td><td>评审年度</td><td>评审结果</td><td>操作</td></tr>
      <tr><td>李明远</td><td>440106199805120314</td><td>2021</td><td>技术员</td><td><a href="javascript:__doPostBack('gv','Select$0')">获取</a></td></tr></table>`;
    const page = (heading: string) => `<table><tr><td class="ptitle">${heading}</td></tr></table>${list}`;
    expect(read('<title>资格评审人员基本信息</title>', page('获取历史数据')).step).toBe('fetch-history');
    // The other way round, and a title the page repeats, name the page as before.
    expect(read('<title>获取历史数据</title>', page('资格评审人员基本信息')).step).toBe('basic-info');
    expect(read('<title>获取历史数据</title>', page('获取历史数据')).step).toBe('fetch-history');
    // A site-wide title that a banner repeats is named once: it does not outweigh the page's own heading (breaker 18a item 1).
    const work = '<div class="title">资格评审人员基本信息</div><h3>工作经历</h3><table><tr><td>单位</td><td><input id="a"></td></tr></table><input type="submit" value="保存">';
    expect(read('<title>资格评审人员基本信息</title>', work).step).not.toBe('basic-info');
  });

  it('a numbered heading “（2）基本信息” names its step; a banner’s “上次登录时间” names no login page (gate probe)', () => {
    const basic = `<h3>（2）基本信息</h3><table><tr><td>姓名：</td><td><input name="txtXM"></td></tr><tr><td>手机号码：</td><td><input name="txtSJHM"></td></tr></table><input type="submit" value="保存并下一步">`;
    expect(read('', basic).step).toBe('basic-info');
    const education = `<div><b>欢迎您，李明远！上次登录时间：2024-05-01 10:20</b></div><div class="ptitle">学位（学历）教育情况</div>
      <table border="1"><tr><td>暂无记录</td></tr></table><input type="submit" value="添加"> <input type="submit" value="保存并下一步">`;
    expect(read('', education).step).toBe('education');
  });

  it('a menu in the form’s frame whose links are drawn in <font size> is no heading; a bold notice naming 刊物 does not rule out 业绩成果 (gate probe)', () => {
    const steps = ['获取历史数据', '基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '主要专业技术工作经历', '奖惩情况及个人工作小结',
      '从事专业技术工作及取得的业绩成果情况', '论文、著作', '年度考核结果', '证书、证明材料', '完成并送审'];
    const menu = `<table width="200" style="float:left">${steps.map((t, i) => `<tr><td><a href="#">${i + 1}.<font size="2">${t}</font></a></td></tr>`).join('')}</table>`;
    const reviews = `${menu}<div style="margin-left:220px"><div class="ptitle">年度考核结果</div><table border="1"><tr><td>暂无记录</td></tr></table><input type="submit" value="添加"></div>`;
    expect(read('', reviews).step).toBe('annual-review');
    const achievements = `<div class="ptitle">从事专业技术工作及取得的业绩成果情况</div><font color="red"><b>注：发表的论文、刊物文章请在第8项填报，此处只填项目、课题等成果。</b></font>
      <table><tr><td>项目名称</td><td><input name="txtXMMC"></td></tr><tr><td>本人作用</td><td><input name="txtBRZY"></td></tr><tr><td>起止时间</td><td><input name="txtQS"> 至 <input name="txtZZ"></td></tr></table>`;
    expect(read('', achievements).step).toBe('achievements');
  });

  it('a list of applications (姓名 | 身份证号 | 认定资格名称 | 申报评委会) is no step; a list of saved records still names its step', () => {
    const applications = `<div>我的申报</div><table border="1"><tr><th>姓名</th><th>身份证号</th><th>认定资格名称</th><th>申报评委会</th><th>申报状态</th><th>操作</th></tr>
      <tr><td>李明远</td><td>440106199805120314</td><td>助理工程师</td><td>广州市工程系列生态环境专业初级职称评审委员会</td><td>未送审</td><td><a href="#">查看</a></td></tr></table>`;
    expect(read('', applications).step).toBe('unknown');
    const records = `<table border="1"><tr><th>记录序号</th><th>学校名称</th><th>学历</th><th>起止时间</th></tr><tr><td>1</td><td>华南理工大学</td><td>大学本科</td><td>2016.09-2020.06</td></tr></table><input type="submit" value="添加">`;
    expect(read('', records).step).toBe('education');
  });

  it('a read-only view of the whole application (查看) is no step; the same sections with a form to edit are', () => {
    const sections = `<h3>基本信息</h3><table><tr><td>姓名</td><td><span>李明远</span></td><td>公民身份号码</td><td>440106199805120314</td></tr></table>
      <h3>专业技术资格历史情况</h3><table border="1"><tr><th>资格名称</th><th>取得时间</th><th>审批单位</th><th>附件</th></tr><tr><td>技术员</td><td>2021-07</td><td>广州市人社局</td><td>未上传</td></tr></table>
      <h3>学位（学历）教育情况</h3><table border="1"><tr><th>记录序号</th><th>学校名称</th><th>学历</th></tr><tr><td>1</td><td>华南理工大学</td><td>大学本科</td></tr></table>
      <h3>年度考核结果</h3><table border="1"><tr><th>考核年度</th><th>考核结果</th></tr><tr><td>2023</td><td>合格</td></tr></table>`;
    expect(read('', `${sections}<input type="button" value="打印"><input type="button" value="返回">`).step).toBe('unknown');
    // Read-only boxes are still a view.
    expect(read('', `${sections}<input name="txtXM" value="李明远" readonly><input name="txtSFZ" disabled>`).step).toBe('unknown');
    // A tab strip of sections above a form the user fills is not.
    const form = `<b>基本信息</b><b>学位（学历）教育情况</b><b>年度考核结果</b><h2>基本信息</h2>
      <table><tr><td>姓名</td><td><input name="txtXM"></td></tr><tr><td>公民身份号码</td><td><input name="txtSFZ"></td></tr><tr><td>认定资格名称</td><td><select name="ddlZG"><option>助理工程师</option></select></td></tr></table>`;
    expect(read('', form).step).toBe('basic-info');
    // A list page under a strip naming every step in bold cells is its own step (breaker probe).
    const strip = `<table><tr>${['基本信息', '学位（学历）教育情况', '工作经历', '专业技术资格', '年度考核结果', '证书、证明材料'].map((s, i) => `<td style="font-weight:bold">${i + 1}.${s}</td>`).join('')}</tr></table>`;
    const list = `<div class="ptitle">工作经历</div><table border="1"><tr style="font-weight:bold"><td>记录序号</td><td>起始时间</td><td>终止时间</td><td>工作单位</td><td>操作</td></tr>
      <tr><td>1</td><td>2020.07</td><td>至今</td><td>广州绿源环境监测技术有限公司</td><td><a href="#">修改</a></td></tr></table><input type="submit" value="添加">`;
    expect(read('', strip + list).step).toBe('work-experience');
    const shown = `<div class="ptitle">基本信息</div>${strip}<table><tr><td>姓名：</td><td>李明远</td></tr><tr><td>公民身份号码：</td><td>440106199805120314</td></tr></table><input type="submit" value="修改">`;
    expect(read('', shown).step).toBe('basic-info');
  });

  it('takes a heading made bold by a stylesheet class (.STYLE1) on a page with a list', () => {
    const { snapshot, step } = read('<style>.STYLE1 { font-weight: bold }</style>', `<span class="STYLE1">证书、证明材料</span>
      <table border="1"><tr><th>附件名称</th><th>记录序号</th><th>文件名称</th></tr><tr><td colspan="3">暂无记录</td></tr></table><input type="submit" value="附件上传">`);
    expect(snapshot.headings).toContain('证书、证明材料');
    expect(step).toBe('certificates');
  });

  it('never takes a bold link, nor styled text in a frame without a form (a menu)', () => {
    const menu = '<style>.on { font-weight: bold } .big { font-size: 24px }</style>';
    expect(read(menu, '<a class="on" href="#">基本信息</a><a href="#">学位（学历）教育情况</a>').snapshot.headings).toEqual([]);
    expect(read(menu, '<div class="big">基本信息</div><a href="#">学位（学历）教育情况</a>').snapshot.headings).toEqual([]);
    expect(read(menu, '<a class="on" href="#">基本信息</a><div class="big">个人信息</div><input name="x">').snapshot.headings).toEqual(['个人信息']);
  });

  it('a menu in the form’s frame whose cells are titled (<td class="menuTitle"><a>…</a></td>) names no step (gate probe)', () => {
    const menu = ['基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '工作经历', '年度考核结果'].map((s) => `<tr><td class="menuTitle"><a href="#">${s}</a></td></tr>`).join('');
    const form = `<table><tr><td>学校名称</td><td><input name="txtXXMC"></td></tr><tr><td>学历</td><td><select name="ddlXL"><option>大学本科</option></select></td></tr><tr><td>所学专业</td><td><input name="txtZY"></td></tr></table>`;
    const { snapshot, step } = read('', `<table><tr><td><table>${menu}</table></td><td><h3>学位（学历）教育情况</h3>${form}<input type="submit" value="保存"></td></tr></table>`);
    expect(snapshot.headings).toEqual(['学位(学历)教育情况']);
    expect(step).toBe('education');
  });

  it('a menu frame showing its current step in bold is a menu, not that step', () => {
    expect(read('', '<a href="#">基本信息</a><br><b>年度考核结果</b>').step).toBe('unknown');
    expect(read('', '<a href="#">基本信息</a><br><a href="#" style="font-weight:bold">年度考核结果</a>').step).toBe('unknown');
    // A landing page naming only its own step is still that step.
    expect(read('', '<h2>选择申报资格系列</h2><p>请先选择申报的资格系列。</p>').step).toBe('select-series');
  });

  it('a button naming another step does not tie with the heading naming this one', () => {
    const { step } = read('', '<span style="font-weight:bold">学位（学历）教育情况</span><input type="button" value="获取历史数据"><input type="submit" value="添加">');
    expect(step).toBe('education');
    // Two headings naming two steps stay a tie: no answer.
    expect(read('', '<h2>学位（学历）教育情况</h2><h2>年度考核结果</h2><input type="submit" value="添加">').step).toBe('unknown');
  });
});

describe('labels and buttons', () => {
  it('a 业绩成果 project\'s 完成时间 / 结题时间 is its end date (breaker 12)', () => {
    const page = (label: string) => `<div class="ptitle">从事专业技术工作及取得的业绩成果情况</div><table><tr><td>项目名称</td><td><input name="txtXMMC"></td></tr>
      <tr><td>开始时间</td><td><input name="txtKS"></td></tr><tr><td>${label}</td><td><input name="txtEnd"></td></tr></table><input type="submit" value="保存">`;
    for (const label of ['完成时间', '结题时间']) expect(keysOf(page(label)).keys).toEqual(['txtXMMC=achievements.title', 'txtKS=achievements.startDate', 'txtEnd=achievements.endDate']);
  });

  it('labels a text area alone in its table by the caption just before the table', () => {
    const cases = ['<table><tr><td>工作期间奖惩情况</td></tr></table>', '<div class="bt">工作期间奖惩情况</div>', '工作期间奖惩情况<br>'];
    for (const caption of cases) {
      const { snapshot } = read('', `<b>工作期间奖惩情况/个人专业技术工作小结</b>${caption}<table><tr><td><textarea name="TextBox1"></textarea></td></tr></table>`);
      expect(snapshot.controls[0]!.labels.map((l) => [l.source, l.text]), caption).toEqual([['header-above', '工作期间奖惩情况']]);
    }
    // A control with a label of its own, or not the first of its table, takes no caption.
    const { snapshot } = read('', '<div>主要经历</div><table><tr><td>单位：</td><td><input name="a"></td></tr><tr><td><input name="b"></td></tr></table>');
    expect(snapshot.controls.map((c) => c.labels.map((l) => l.text))).toEqual([['单位'], []]);
  });

  it('reads titles and labels drawn as pictures by their alt text', () => {
    const list = `<div class="ptitle"><img src="t.gif" alt="年度考核结果"></div>
      <table border="1"><tr><th>记录序号</th><th>考核年度</th><th>考核结果</th></tr><tr><td>1</td><td>2023</td><td>合格</td></tr></table><input type="submit" value="添加">`;
    expect(read('', list).step).toBe('annual-review');
    const form = `<div class="ptitle"><img alt="基本信息"></div><table>
      <tr><td><img src="xm.gif" alt="姓名"></td><td><input id="TextBox1"></td><td><img src="sfzh.gif" alt="公民身份号码"></td><td><input id="TextBox2"></td></tr></table>`;
    expect(keysOf(form)).toEqual({ step: 'basic-info', keys: ['TextBox1=basic.name', 'TextBox2=basic.idNumber'] });
  });

  it('a text box followed by a date box in the same cell is no calendar', () => {
    const { snapshot } = read('', '<table><tr><td>公民身份号码：<input id="t2">&nbsp;出生日期：<input id="t3" onfocus="WdatePicker()"><img src="cal.gif" onclick="WdatePicker({el:\'t3\'})"></td></tr></table>');
    expect(snapshot.controls.map((c) => [c.id, c.calendar])).toEqual([['t2', false], ['t3', true]]);
  });

  it('a radio list’s choices (男/女) do not speak against its pinyin name', () => {
    const radios = '<input id="rblXB_0" type="radio" name="rblXB" value="1"><label for="rblXB_0">男</label><input id="rblXB_1" type="radio" name="rblXB" value="2"><label for="rblXB_1">女</label>';
    expect(keysOf(`<h3>基本信息</h3><table><tr><td></td><td>${radios}</td></tr></table>`).keys).toEqual(['rblXB_0=basic.gender', 'rblXB_1=basic.gender']);
  });

  it('takes a placeholder’s 全称 and a bare 名称 on the qualification-history step', () => {
    expect(keysOf('<h3>基本信息</h3><input id="TextBox4" placeholder="工作单位全称">').keys).toEqual(['TextBox4=basic.employer']);
    expect(keysOf('<h3>专业技术资格历史情况</h3><table><tr><td>*名称：</td><td><input id="TextBox2"></td></tr></table>').keys).toEqual(['TextBox2=qualificationHistory.name']);
  });

  it('reads an image button’s alt text as its text', () => {
    const { snapshot } = read('', '<input type="image" src="ss.gif" alt="送审"><input type="image" src="x.gif" title="保存">');
    expect(snapshot.controls.map((c) => c.buttonText)).toEqual(['送审', '保存']);
  });
});

describe('menus, banners and framesets around the form (probe 15 items 1, 4)', () => {
  const STEPS = ['获取历史数据', '基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '主要专业技术工作经历', '工作期间奖惩情况/个人专业技术工作小结',
    '从事专业技术工作及取得的业绩成果情况', '论文、著作、译注、会议论文、专项技术分析报告、实例材料', '年度考核结果', '证书、证明材料', '完成并送审'];
  /** The business tree, its current entry as bold plain text, the others links. */
  const currentText = (current: string) => `<table>${STEPS.map((s) => (s === current ? `<tr><td style="font-weight:bold">${s}</td></tr>` : `<tr><td><a href="/x">${s}</a></td></tr>`)).join('')}</table>`;
  /** The same snapshot as a frame inside another. */
  const inFrame = (body: string) => recognizeStep({ ...read('', body).snapshot, isTopFrame: false }).step;

  it('a menu whose current entry is bold text is a menu though a 退出系统 button sits beside it', () => {
    const exit = '<input type="button" value="退出系统">';
    expect(read('', exit + currentText('学位（学历）教育情况')).step).toBe('unknown');
    expect(inFrame(exit + currentText('基本信息'))).toBe('unknown');
  });

  it('a column of buttons or image buttons naming the steps is a menu, not 获取历史数据', () => {
    expect(read('', STEPS.map((s, i) => `<input type="button" value="${i + 1}.${s}"><br>`).join('')).step).toBe('unknown');
    expect(read('', STEPS.map((s, i) => `<input type="image" name="ib${i}" src="m${i}.gif" alt="${s}"><br>`).join('')).step).toBe('unknown');
  });

  it('a banner frame’s breadcrumb, a frameset’s title and the shell around the content frame name no step', () => {
    expect(inFrame('<b>当前位置：职称申报 &gt; 学位（学历）教育情况</b> <a href="#">修改密码</a> <a href="#">退出</a>')).toBe('unknown');
    expect(read('<title>广州市职称业务申报与管理系统—学位（学历）教育情况</title>', '<iframe name="mainFrame"></iframe>').step).toBe('unknown');
    expect(read('', '<b>当前位置：职称申报 &gt; 学位（学历）教育情况</b><input type="button" value="退出系统"><iframe name="mainFrame"></iframe>').step).toBe('unknown');
  });

  it('a menu whose current entry is a link (class="cur", drawn red) beside 修改密码 / 退出系统 links is a menu, in a frame or not', () => {
    const account = '<a href="#">修改密码</a> <a href="#">退出系统</a>';
    for (const current of ['<a class="cur" href="#">学位（学历）教育情况</a>', '<a href="#" style="color:red">学位（学历）教育情况</a>', '<a href="#"><b>学位（学历）教育情况</b></a>']) {
      const menu = `<table>${STEPS.map((s) => `<tr><td>${s === '学位（学历）教育情况' ? current : `<a href="/x">${s}</a>`}</td></tr>`).join('')}</table>${account}`;
      expect(read('', menu).step, current).toBe('unknown');
      expect(inFrame(menu), current).toBe('unknown');
    }
  });

  it('the series page, a heading over a list of links, is the series step in a frame too; a banner naming it is not (breaker 31c item 5)', () => {
    const series = '<h3>选择申报资格系列</h3><ul><li><a href="#">工程系列</a></li><li><a href="#">卫生系列</a></li><li><a href="#">教育系列</a></li></ul>';
    expect(read('', series).step).toBe('select-series');
    expect(inFrame(series)).toBe('select-series');
    expect(inFrame('<table><tr><td class="title">选择申报资格系列</td></tr><tr><td><a href="#">初次职称考核认定</a></td></tr><tr><td><a href="#">常规流程</a></td></tr></table>')).toBe('select-series');
    expect(inFrame('<b>当前位置：职称申报 &gt; 选择申报资格系列</b>')).toBe('unknown');
    expect(inFrame('<b>当前位置：职称申报 &gt; 选择申报资格系列</b> <a href="#">首页</a> <a href="#">修改密码</a> <a href="#">退出系统</a>')).toBe('unknown');
  });

  it('keeps the 获取历史数据 page of buttons only, in a frame too, and a page under a strip of every step', () => {
    const history = (buttons: string) => `<div class="ptitle">获取历史数据</div><table><tr><td>获取内容：</td><td>${buttons}</td></tr></table><input type="submit" value="下一步">`;
    for (const buttons of ['<input type="submit" value="资格评审人员基本信息">', '<input type="submit" value="获取历史数据"> <input type="submit" value="资格评审人员基本信息">']) {
      expect(read('', history(buttons)).step).toBe('fetch-history');
      expect(inFrame(history(buttons))).toBe('fetch-history');
    }
    const strip = STEPS.map((s, i) => `<a href="#">${i + 1}.${s}</a>`).join(' ');
    expect(inFrame(strip + history('<input type="submit" value="资格评审人员基本信息">'))).toBe('fetch-history');
    expect(read('', '<h2>选择申报资格系列</h2><p>请先选择申报的资格系列。</p>').step).toBe('select-series');
  });

  it('the shell around the content frame with a 快速查找 box beside its breadcrumb names no step (breaker 31c item 2)', () => {
    const shell = (search: string) => `<form><b>当前位置：职称申报 &gt; 学位（学历）教育情况</b> 快速查找：<input name="q"> ${search}<input type="button" value="退出系统">
      <a href="#">基本信息</a> <a href="#">学位（学历）教育情况</a> <iframe name="mainFrame"></iframe></form>`;
    expect(read('', shell('<input type="button" value="查找">')).step).toBe('unknown');
    expect(read('', shell('<input type="button" value="查询">')).step).toBe('unknown');
    // A step's page holding a frame (its upload panel) with one box to fill still names its step.
    expect(read('', '<div class="ptitle">学位（学历）教育情况</div>学历：<input name="xl"> <input type="submit" value="保存"><iframe name="uploadFrame"></iframe>').step).toBe('education');
  });

  it('a 获取历史数据 page with one 获取… button per section is that page, not a menu (breaker 31c item 5)', () => {
    const page = '<form><div class="ptitle">获取历史数据</div><input type="button" value="获取基本信息"><input type="button" value="获取学位（学历）教育情况"><input type="button" value="获取主要专业技术工作经历"><input type="submit" value="下一步"></form>';
    expect(read('', page).step).toBe('fetch-history');
    expect(inFrame(page)).toBe('fetch-history');
  });
});
