/**
 * unseen69, in happy-dom: pages as an ASP.NET WebForms portal copy we never saw might draw them —
 * record dates in unlabelled boxes known by their ids alone (rxrq / byrq, txtEnrollDate /
 * txtGraduateDate, txtRxSj / txtBySj, wcsj), the step named only by a SiteMapPath, 性别 as a
 * RadioButtonList laid out in a table (RepeatDirection=Horizontal), labels in a <caption> or a
 * <legend>, a record list whose 操作 column holds <input type=image> 修改 / 删除 — read the way the
 * content script reads a frame (tests/unit/checks/checks-on.ts) and planned with the sample profile
 * (tests/unit/fill/page-markup.ts). What is wrong and not cheap is kept as `it.fails`, saying why.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checksOn } from '../checks/checks-on';
import { planPage, title } from '../fill/page-markup';
import { collectSnapshot } from '../../../lib/page/collect';
import type { StepId } from '../../../lib/portal/step-ids';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The fill's items on `html` (put in a form) planned for `step`: `id:key:action:value`. */
const planned = (html: string, step: StepId) => {
  const { plan, snapshot } = planPage(`<form>${html}</form>`, step);
  return plan.items.map((i) => `${snapshot.controls[i.control]!.id}:${i.key}:${i.action}:${i.value ?? ''}`);
};

/** 学位（学历）教育情况 with a 毕业院校 box and two unlabelled date boxes with these ids. */
const educationBoxes = (start: string, end: string) =>
  `${title('学位（学历）教育情况')}<table><tr><td><input id="txtSchool" name="txtSchool"></td><td><input id="${start}" name="${start}"></td><td><input id="${end}" name="${end}"></td></tr></table><input type="submit" value="保存">`;

describe('unseen69: record dates in unlabelled boxes known by their ids alone', () => {
  it.each([
    ['rxrq', 'byrq'],
    ['txtEnrollDate', 'txtGraduateDate'],
    ['txtRxSj', 'txtBySj'],
    ['ctl00_cph_txtRXRQ', 'ctl00_cph_txtBYRQ'],
  ])('学历 %s / %s are the record’s 入学 and 毕业 dates, filled from the profile (main: recognised as nothing, needs-user)', (start, end) => {
    expect(planned(educationBoxes(start, end), 'education')).toEqual(['txtSchool:education.school:fill:华南理工大学', `${start}:education.startDate:fill:2016-09-01`, `${end}:education.endDate:fill:2020-06-30`]);
  });

  it('业绩 kssj / wcsj (开始时间 / 完成时间) are the project’s start and end dates (main: wcsj recognised as nothing)', () => {
    const page = `${title('从事专业技术工作及取得的业绩成果情况')}<table><tr><td>项目名称</td><td><input id="xmmc" name="xmmc"></td></tr><tr><td><input id="kssj" name="kssj"></td><td><input id="wcsj" name="wcsj"></td></tr></table><input type="submit" value="保存">`;
    expect(planned(page, 'achievements')).toEqual(['xmmc:achievements.title:fill:白云区流溪河支流水质例行监测项目', 'kssj:achievements.startDate:fill:2021-03-01', 'wcsj:achievements.endDate:fill:2022-12-31']);
  });

  it('the checks read them too: 入学 2020-09 after 毕业 2016-06 is record-period-order (main: no finding)', () => {
    expect(checksOn(educationBoxes('rxsj', 'bysj'), { txtSchool: '华南理工大学', rxsj: '2020-09', bysj: '2016-06' }).findings).toEqual(['record-period-order:error:education.endDate']);
  });
});

/** 学历 rows labelled in the cell before each box, in `before` (what names the step) and a table. */
const educationPage = (before: string, caption = '') =>
  `${before}<table>${caption}<tr><td>毕业院校</td><td><input id="yx" name="yx"></td></tr><tr><td>入学时间</td><td><input id="ks" name="ks"></td></tr><tr><td>毕业时间</td><td><input id="js" name="js"></td></tr></table><input type="submit" value="保存">`;
const backwards = { yx: '华南理工大学', ks: '2020-09', js: '2016-06' };

describe('unseen69: the step named by a breadcrumb or a caption only', () => {
  it('an ASP.NET SiteMapPath, 首页 > 职称申报 > 学位（学历）教育情况 in spans and links, no 当前位置： label: the step is 学历 and its checks run (main: unknown, no finding)', () => {
    const crumbs = `<span id="ctl00_SiteMapPath1"><a href="#ctl00_SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" height="0" width="0" src="/WebResource.axd?d=x" style="border-width:0px;" /></a><span><a href="/Default.aspx">首页</a></span><span> &gt; </span><span><a href="/Apply.aspx">职称申报</a></span><span> &gt; </span><span>学位（学历）教育情况</span><a id="ctl00_SiteMapPath1_SkipLink"></a></span>`;
    expect(checksOn(educationPage(crumbs), backwards)).toEqual({ step: 'education', findings: ['record-period-order:error:education.endDate'] });
  });

  it('(control) a breadcrumb labelled 当前位置：, and a table’s <caption>, name the step', () => {
    expect(checksOn(educationPage('<div class="crumb">当前位置：首页 &gt; 职称申报 &gt; 学位（学历）教育情况</div>'), backwards).step).toBe('education');
    expect(checksOn(educationPage('', '<caption>学位（学历）教育情况</caption>'), backwards).step).toBe('education');
  });
});

describe('unseen69: choices and labels as WebForms draws them', () => {
  /** 性别 as a RadioButtonList with RepeatDirection=Horizontal: a table, one cell per choice. */
  const rbl = (checked: number) =>
    `<table id="rblXB" border="0"><tr>${['男', '女'].map((t, i) => `<td><input id="rblXB_${i}" type="radio" name="ctl00$cph$rblXB" value="${i + 1}"${i === checked ? ' checked="checked"' : ''} /><label for="rblXB_${i}">${t}</label></td>`).join('')}</tr></table>`;
  /** 基本信息 with that list and a 出生日期 box taking a My97 date in 年月日. */
  const basic = (checked: number) =>
    `${title('基本信息')}<table><tr><td>姓名</td><td><input id="xm" name="xm"></td></tr><tr><td>公民身份号码</td><td><input id="sfzh" name="sfzh"></td></tr><tr><td>性别</td><td>${rbl(checked)}</td></tr>
<tr><td>出生日期</td><td><input id="csrq" name="csrq" class="Wdate" onfocus="WdatePicker({dateFmt:'yyyy年MM月dd日'})"></td></tr></table><input type="submit" value="保存">`;
  const applicant = { xm: '李明远', sfzh: '440106199805120314', csrq: '1998年05月12日' };

  it('(control) 性别 as a horizontal RadioButtonList: the checks read it (女 for a man’s number: id-gender-mismatch; 男: none), the fill ticks 男 and writes 出生日期 as the picker’s dateFmt says', () => {
    expect(checksOn(basic(1), applicant).findings).toEqual(['id-gender-mismatch:error:basic.gender']);
    expect(checksOn(basic(0), applicant).findings).toEqual([]);
    expect(planned(basic(-1), 'basic-info')).toEqual(['xm:basic.name:fill:李明远', 'sfzh:basic.idNumber:fill:440106199805120314', 'rblXB_0:basic.gender:fill:男', 'csrq:basic.birthDate:fill:1998年05月12日']);
  });

  it('(control) 性别 and 出生日期 labelled by a <fieldset>’s <legend>: the fill ticks 男 and writes the date', () => {
    const page = `${title('基本信息')}<table><tr><td>姓名</td><td><input id="xm" name="xm"></td></tr></table><fieldset><legend>性别</legend><input type="radio" id="x1" name="xb" value="1"><label for="x1">男</label><input type="radio" id="x2" name="xb" value="2"><label for="x2">女</label></fieldset><fieldset><legend>出生日期</legend><input id="csrq" name="csrq"></fieldset><input type="submit" value="保存">`;
    expect(planned(page, 'basic-info')).toEqual(['xm:basic.name:fill:李明远', 'x1:basic.gender:fill:男', 'csrq:basic.birthDate:fill:1998-05-12']);
  });

  it('(control) a GridView whose last column 操作 holds <input type=image> 修改 / 删除: a list of one record, its actions read by their alt, no finding', () => {
    const list = `${title('学位（学历）教育情况')}<table id="gv" border="1"><tr><th>序号</th><th>毕业院校</th><th>所学专业</th><th>入学时间</th><th>毕业时间</th><th>操作</th></tr><tr><td>1</td><td>华南理工大学</td><td>环境工程</td><td>2016-09</td><td>2020-06</td><td><input type="image" name="gv$ctl02$ibEdit" src="edit.gif" alt="修改"><input type="image" name="gv$ctl02$ibDel" src="del.gif" alt="删除" onclick="return confirm('确定删除？');"></td></tr></table>`;
    document.body.innerHTML = `<form>${list}</form>`;
    expect(collectSnapshot(document).grids).toEqual([{ headers: ['序号', '毕业院校', '所学专业', '入学时间', '毕业时间', '操作'], rows: [{ cells: ['1', '华南理工大学', '环境工程', '2016-09', '2020-06', '修改'], actions: ['修改', '删除'] }] }]);
    expect(checksOn(list)).toEqual({ step: 'education', findings: [] });
  });
});
