import { describe, expect, it } from 'vitest';
import { waitForStep } from './harness';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates, expectFinding, expectNoFinding, reportRows, startAutofill, tickOverwrite } from './overlay-driver';
import { N, webForm } from './web-form-pages';

/**
 * Breaker 37, in Chromium: autofill on markup the practice portal does not use — labels in <th>,
 * in <label for> and <span>, above the box; code-valued lists whose texts differ from the
 * profile's words; dates in one box (yyyy年MM月dd日, yyyyMMdd, type=date), in year/month lists;
 * radio groups labelled before or after; a readonly box and a disabled one; page scripts that
 * rewrite, empty or mask a value written. Driven through the automation contract only (sample
 * profile). Pages hand-made, served on loopback.
 */

const th = (label: string, control: string) => `<tr><th>${label}</th><td>${control}</td></tr>`;
const sel = (id: string, options: [string, string][], extra = '') =>
  `<select name="${N}${id}" id="${id}"${extra}><option value="">--请选择--</option>${options.map(([v, t]) => `<option value="${v}">${t}</option>`).join('')}</select>`;
const box = (id: string, extra = '') => `<input type="text" name="${N}${id}" id="${id}"${extra} />`;
const radios = (name: string, choices: [id: string, value: string, text: string][], before = false) =>
  choices.map(([id, value, text]) => (before ? `${text}<input type="radio" name="${N}${name}" id="${id}" value="${value}" />` : `<input type="radio" name="${N}${name}" id="${id}" value="${value}" /><label for="${id}">${text}</label>`)).join('');
const years = (from: number, count: number, unit = ''): [string, string][] => Array.from({ length: count }, (_, i) => [String(from + i), `${from + i}${unit}`]);
const months = (unit = ''): [string, string][] => Array.from({ length: 12 }, (_, i) => [String(i + 1).padStart(2, '0'), `${i + 1}${unit}`]);

const PAGES: Record<string, string> = {
  // Labels in <th>; code-valued lists with 汉族 + a trailing space, 中共党员（含预备党员）; dates as 年月日 and yyyyMMdd; a value typed by the user; a disabled box.
  th: webForm(`<div class="ptitle">基本信息</div><table>
${th('*姓名', box('txtXM'))}
${th('*性别', radios('rblXB', [['rblXB_0', '1', '男'], ['rblXB_1', '2', '女']]))}
${th('*出生日期', box('txtCSRQ', ' placeholder="yyyy年MM月dd日"'))}
${th('*民族', sel('ddlMZ', [['01', '汉族 '], ['02', '蒙古族']]))}
${th('*政治面貌', sel('ddlZZMM', [['01', '中共党员（含预备党员）'], ['03', '共青团员'], ['13', '群众']]))}
${th('*参加工作时间', box('txtCJGZSJ', ' placeholder="yyyyMMdd" maxlength="8"'))}
${th('*工作单位', box('txtGZDW', ' value="手写的单位"'))}
${th('*邮政编码', box('txtYZBM', ' disabled="disabled"'))}
</table><input type="submit" value="保存并下一步" />`),
  // <label for> and <span> labels with full-width spaces, radios labelled BEFORE their inputs, a label row above its box, a readonly picker box, type=date / type=month.
  spans: webForm(`<div class="ptitle">基本信息</div>
<div><label for="a1">姓　名：</label>${box('a1')}</div>
<div><span>性　别：</span>${radios('sex', [['s1', 'M', '男'], ['s2', 'F', '女']], true)}</div>
<div><span>出生日期：</span><input type="date" name="${N}dt" id="dt" /></div>
<table><tr><td>民族：</td></tr><tr><td>${box('mz')}</td></tr>
<tr><td>参加工作时间：</td></tr><tr><td>${box('gz', ' readonly="readonly" onclick="void 0"')}</td></tr></table>
<div><span>电子邮箱：</span>${box('em', ' value="old@example.com"')}</div>
<div><span>联系地址：</span><textarea name="${N}addr" id="addr"></textarea></div>
<input type="submit" value="保存" />`),
  // A list setting the full party member against the one on probation.
  party: webForm(`<div class="ptitle">基本信息</div><table>
${th('姓名：', box('txtXM'))}
${th('政治面貌：', sel('ddlZZMM', [['02', '中国共产党预备党员'], ['01', '中国共产党正式党员'], ['13', '群众']]))}
</table><input type="submit" value="保存并下一步" />`),
  // Page scripts rewriting what is written: into the same value their own way, or into another (or a number into groups).
  rewrites: webForm(`<div class="ptitle">基本信息</div><table>
${th('出生日期', box('txtCSRQ', ` placeholder="yyyy年MM月dd日" onchange="var m=/^(\\d{4})年(\\d{2})月(\\d{2})日$/.exec(this.value);if(m)this.value=m[1]+'-'+m[2]+'-'+m[3]"`))}
${th('工作单位', box('txtGZDW', ` onchange="this.value=this.value+' '"`))}
${th('通讯地址', box('txtDZ', ` onchange="this.value=this.value.replace('广州市','广州市 ')"`))}
${th('手机号码', box('txtSJHM', ` onchange="this.value=this.value.replace(/^(\\d{3})(\\d{4})(\\d{4})$/,'$1 $2 $3')"`))}
${th('公民身份号码', box('txtSFZH', ` onchange="this.value=this.value.slice(0,15)"`))}
${th('电子邮箱', box('txtYX', ` onblur="if(!/^\\S+@\\S+\\.cn$/.test(this.value)) this.value=''"`))}
</table><input type="submit" value="保存并下一步" />`),
  // A validator on a timer: a moment after the change it spaces 工作单位's words, groups the mobile number, cuts 通讯地址.
  later: webForm(`<div class="ptitle">基本信息</div><table>
${th('工作单位', box('txtGZDW', ` onchange="var s=this;setTimeout(function(){s.value=s.value.replace('广州','广州 ')},200)"`))}
${th('手机号码', box('txtSJHM', ` onchange="var s=this;setTimeout(function(){s.value=s.value.replace(/^(\\d{3})(\\d{4})(\\d{4})$/,'$1 $2 $3')},200)"`))}
${th('通讯地址', box('txtDZ', ` onchange="var s=this;setTimeout(function(){s.value=s.value.slice(0,4)},200)"`))}
</table><input type="submit" value="保存并下一步" />`),
  // 工作经历: 起止时间 in two yyyy-MM boxes, 是否缴纳社保 answered 是（已缴纳） / 否（未缴纳）.
  work: webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${th('记录序号', box('txtJLXH'))}
${th('起止时间', box('txtQS', ' placeholder="yyyy-MM"') + ' 至 ' + box('txtZZ', ' placeholder="yyyy-MM"'))}
${th('工作单位', box('txtGZDW'))}
${th('是否缴纳社保', sel('ddlSB', [['Y', '是（已缴纳）'], ['N', '否（未缴纳）']]))}
</table><input type="submit" value="保存" />`),
  // 是否缴纳社保 answered 是（已缴纳） / 否（未缴纳）, with its 未缴纳社保原因 box.
  insurance: webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${th('记录序号', box('txtJLXH', ' value="1"'))}
${th('工作单位', box('txtGZDW', ' value="广州绿源环境监测技术有限公司"'))}
${th('是否缴纳社保', sel('ddlSB', [['Y', '是（已缴纳）'], ['N', '否（未缴纳）']]))}
${th('未缴纳社保原因', box('txtYY'))}
</table><input type="submit" value="保存" />`),
  // 出生年月 in year and month lists, 性别 radios: the user answers them himself between the preview and 应用.
  lists: webForm(`<div class="ptitle">基本信息</div><table>
${th('出生年月', sel('ddlY', years(1980, 30)) + '年' + sel('ddlM', months()) + '月')}
${th('性别', radios('rblXB', [['rblXB_0', '1', '男'], ['rblXB_1', '2', '女']]))}
</table><input type="submit" value="保存并下一步" />`),
  // 学历教育: 入学时间 in year + month lists whose options carry their units, 毕业时间 yyyy.MM.dd, 学习形式 radios.
  education: webForm(`<div class="ptitle">学位（学历）教育情况</div><table>
${th('记录序号', box('txtJLXH'))}
${th('入学时间', sel('ddlRXN', years(2010, 15, '年')) + sel('ddlRXY', months('月')))}
${th('毕业时间', box('txtBYSJ', ' placeholder="yyyy.MM.dd"'))}
${th('毕业院校', box('txtYX'))}
${th('学历', sel('ddlXL', [['1', '研究生'], ['2', '大学本科'], ['3', '大学专科']]))}
${th('学位', sel('ddlXW', [['0', '无'], ['4', '学士'], ['3', '硕士']]))}
${th('学习形式', radios('rbXS', [['rbXS1', '1', '全日制'], ['rbXS2', '2', '非全日制']]))}
</table><input type="submit" value="保存" />`),
};

describe('breaker 37: autofill on unseen markup, in Chromium', () => {
  const session = pagesSession(PAGES);

  /** Opens `path`, waits for `step`, previews (ticking every 覆盖 when `overwrite`) and applies. @returns preview and report as [key, action/result]. */
  async function fill(path: string, step: string, overwrite: boolean) {
    const { tab, frame } = await session.open(path);
    await waitForStep(frame, step);
    const preview = await startAutofill(frame);
    if (overwrite) for (const row of preview) if (row.overwrite) await tickOverwrite(frame, row.key);
    const report = await applyAutofill(frame);
    return { tab, frame, preview: preview.map((r) => [r.key, r.action]), report: report.map((r) => [r.key, r.result]) };
  }

  it('B37-1 labels in <th>, code lists worded otherwise, dates as 年月日 and yyyyMMdd: each written in the page’s form; the user’s value kept without 覆盖; a disabled box skipped', async () => {
    const { tab, frame, report } = await fill('th', 'basic-info', false);
    expect(report).toEqual([
      ['basic.name', 'filled'], ['basic.gender', 'filled'], ['basic.birthDate', 'filled'], ['basic.ethnicity', 'filled'], ['basic.politicalStatus', 'filled'],
      ['basic.workStartDate', 'filled'], ['basic.employer', 'skipped'], ['basic.postcode', 'skipped'],
    ]);
    expect(await controlStates(frame, ['txtXM', 'rblXB_0', 'rblXB_1', 'txtCSRQ', 'ddlMZ', 'ddlZZMM', 'txtCJGZSJ', 'txtGZDW', 'txtYZBM'])).toEqual({
      txtXM: '李明远', rblXB_0: 'true', rblXB_1: 'false', txtCSRQ: '1998年05月12日', ddlMZ: '汉族', ddlZZMM: '中共党员（含预备党员）', txtCJGZSJ: '20200701', txtGZDW: '手写的单位', txtYZBM: '',
    });
    await tab.close();
  });

  it('B37-2 <label for> and <span> labels, radios labelled before, a label row above its box, type=date: written; a readonly picker box left to the page', async () => {
    const { tab, frame, report } = await fill('spans', 'basic-info', true);
    expect(report).toEqual([
      ['basic.name', 'filled'], ['basic.gender', 'filled'], ['basic.birthDate', 'filled'], ['basic.ethnicity', 'filled'], ['basic.workStartDate', 'skipped'],
      ['basic.email', 'filled'], ['basic.address', 'filled'],
    ]);
    expect(await controlStates(frame, ['a1', 's1', 's2', 'dt', 'mz', 'gz', 'em', 'addr'])).toEqual({
      a1: '李明远', s1: 'true', s2: 'false', dt: '1998-05-12', mz: '汉族', gz: '', em: 'limingyuan@example.com', addr: '广州市天河区科韵路16号广州信息港A栋801',
    });
    await tab.close();
  });

  it('B37-3 中国共产党正式党员 beside 中国共产党预备党员 is the profile’s 中共党员 (it was left to the user: 页面没有该选项)', async () => {
    const { tab, frame, preview, report } = await fill('party', 'basic-info', false);
    expect(preview).toContainEqual(['basic.politicalStatus', 'fill']);
    expect(report).toContainEqual(['basic.politicalStatus', 'filled']);
    expect(await controlStates(frame, ['ddlZZMM'])).toEqual({ ddlZZMM: '中国共产党正式党员' });
    await tab.close();
  });

  it('B37-4 a value the page rewrites its own way (the date, words with a space) is 已填写; one it cuts or empties, or a number it groups (the preview’s 写法不同), is 失败', async () => {
    const { tab, frame, report } = await fill('rewrites', 'basic-info', false);
    expect(report).toEqual([
      ['basic.birthDate', 'filled'], ['basic.employer', 'filled'], ['basic.address', 'filled'], ['basic.mobile', 'failed'], ['basic.idNumber', 'failed'], ['basic.email', 'failed'],
    ]);
    expect(await controlStates(frame, ['txtCSRQ', 'txtGZDW', 'txtDZ', 'txtSJHM', 'txtSFZH', 'txtYX'])).toEqual({
      txtCSRQ: '1998-05-12', txtGZDW: '广州绿源环境监测技术有限公司 ', txtDZ: '广州市 天河区科韵路16号广州信息港A栋801', txtSJHM: '139 2600 1234', txtSFZH: '440106199805120', txtYX: '',
    });
    // Still so once the page has settled.
    await tab.waitForTimeout(500);
    expect((await reportRows(frame)).map((r) => [r.key, r.result])).toEqual(report);
    await tab.close();
  });

  it('B37-4b words a timer spaces a moment after the fill stay 已填写; a number it groups or a text it cuts turn 失败', async () => {
    const { tab, frame, report } = await fill('later', 'basic-info', false);
    expect(report).toEqual([['basic.employer', 'filled'], ['basic.mobile', 'filled'], ['basic.address', 'filled']]);
    const settled = [['basic.employer', 'filled'], ['basic.mobile', 'failed'], ['basic.address', 'failed']];
    await expect.poll(async () => (await reportRows(frame)).map((r) => [r.key, r.result]), { timeout: 5_000 }).toEqual(settled);
    await tab.waitForTimeout(500);
    expect((await reportRows(frame)).map((r) => [r.key, r.result])).toEqual(settled);
    expect(await controlStates(frame, ['txtGZDW', 'txtSJHM', 'txtDZ'])).toEqual({ txtGZDW: '广州 绿源环境监测技术有限公司', txtSJHM: '139 2600 1234', txtDZ: '广州市天' });
    await tab.close();
  });

  it('B37-6 是否缴纳社保 answered 是（已缴纳） / 否（未缴纳）: the profile’s 是 chosen (it was left to the user: 页面没有该选项：是)', async () => {
    const { tab, frame, preview, report } = await fill('work', 'work-experience', false);
    expect(preview).toContainEqual(['workHistory.socialInsurancePaid', 'fill']);
    expect(report).toEqual([
      ['workHistory.seq', 'filled'], ['workHistory.startDate', 'filled'], ['workHistory.endDate', 'skipped'], ['workHistory.employer', 'filled'], ['workHistory.socialInsurancePaid', 'filled'],
    ]);
    expect(await controlStates(frame, ['txtJLXH', 'txtQS', 'txtZZ', 'ddlSB'])).toEqual({ txtJLXH: '1', txtQS: '2020-07', txtZZ: '', ddlSB: '是（已缴纳）' });
    await tab.close();
  });

  it('B37-8 是否缴纳社保 answered 否（未缴纳） with no reason: social-insurance-reason’s error, gone with 是（已缴纳） (it said nothing: 否（未缴纳） was no 否)', async () => {
    const { tab, frame } = await session.open('insurance');
    await waitForStep(frame, 'work-experience');
    await tab.selectOption('#ddlSB', 'N');
    await expectFinding(frame, 'social-insurance-reason', 'error');
    await tab.selectOption('#ddlSB', 'Y');
    await expectNoFinding(frame, 'social-insurance-reason');
    await tab.close();
  });

  it('B37-7 lists and radios the user answers after the preview are kept, the rows saying what they show (1999, not 1999-请选择)', async () => {
    const { tab, frame } = await session.open('lists');
    await waitForStep(frame, 'basic-info');
    expect((await startAutofill(frame)).map((r) => [r.key, r.action])).toEqual([['basic.birthDate', 'fill'], ['basic.gender', 'fill']]);
    await tab.selectOption('#ddlY', '1999');
    await tab.check('#rblXB_1');
    const report = await applyAutofill(frame);
    expect(report.map((r) => [r.key, r.result])).toEqual([['basic.birthDate', 'skipped'], ['basic.gender', 'skipped']]);
    expect(report[0]!.text).toContain('页面现为：1999已有不同值');
    expect(report[1]!.text).toContain('页面现为：女');
    expect(await controlStates(frame, ['ddlY', 'ddlM', 'rblXB_0', 'rblXB_1'])).toEqual({ ddlY: '1999', ddlM: '--请选择--', rblXB_0: 'false', rblXB_1: 'true' });
    await tab.close();
  });

  it('B37-5 学历教育 with 入学时间 in year and month lists (units in the options), 毕业时间 yyyy.MM.dd, 学习形式 radios', async () => {
    const { tab, frame, report } = await fill('education', 'education', false);
    expect(report.every(([, result]) => result === 'filled')).toBe(true);
    expect(await controlStates(frame, ['txtJLXH', 'ddlRXN', 'ddlRXY', 'txtBYSJ', 'txtYX', 'ddlXL', 'ddlXW', 'rbXS1', 'rbXS2'])).toEqual({
      txtJLXH: '1', ddlRXN: '2016年', ddlRXY: '9月', txtBYSJ: '2020.06.30', txtYX: '华南理工大学', ddlXL: '大学本科', ddlXW: '学士', rbXS1: 'true', rbXS2: 'false',
    });
    await tab.close();
  });
});
