/**
 * Step recognition on pages a breaker probe (round 8) found misread: a record step's 附件上传
 * page, a note saying where else to enter something, a list page under a strip of every step.
 * Read the way the content script reads a live frame (collectSnapshot with the window).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep, NO_HINTS } from '../../../lib/portal/recognize-step';
import { evaluatePage } from '../../../lib/content/evaluate';

function read(body: string) {
  document.body.innerHTML = `<form>${body}</form>`;
  const snapshot = collectSnapshot(document, window);
  return { snapshot, step: recognizeStep(snapshot).step };
}

/** The checks' findings on the page (no profile: only what the page shows). */
function findingsOn(body: string): string[] {
  const { snapshot } = read(body);
  const ev = evaluatePage(snapshot, { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS });
  return ev.findings.map((f) => `${f.checkId}:${f.severity}`);
}

const row = (label: string, control: string) => `<tr><td>${label}</td><td>${control}</td></tr>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a 附件上传 page', () => {
  /** The upload form every record step opens (seed 3(3)(4)(7)(8)(9)): 记录序号, file, 上传/返回, the files so far. */
  const uploadForm = (heading: string, rows = '') => `<div class="ptitle">${heading}</div><table>${row('记录序号：', '<input id="xh" value="2" readonly>')}${rows}${row('选择文件：', '<input type="file" id="fu">')}</table>
    <input type="submit" value="上传"><input type="button" value="返回">
    <table border="1"><tr><th>文件名称</th><th>上传时间</th></tr><tr><td>2024年度考核表.pdf</td><td>2024-11-02</td></tr></table>`;

  it('is the record step its heading names, not 证书、证明材料', () => {
    expect(read(uploadForm('年度考核结果—附件上传')).step).toBe('annual-review');
    expect(read(uploadForm('学历—附件上传')).step).toBe('education');
    expect(read(uploadForm('资格历史—附件上传')).step).toBe('qualification-history');
    expect(findingsOn(uploadForm('年度考核结果—附件上传'))).not.toContain('on-job-proof-missing:error');
  });

  it('is no step when only 附件上传 names it and it offers no 附件名称 (step 10’s own chooser)', () => {
    expect(read(uploadForm('附件上传')).step).toBe('unknown');
    expect(findingsOn(uploadForm('附件上传'))).toEqual([]);
    // Its list of files headed 附件名称 is no chooser: a list under an upload form names no step.
    const named = uploadForm('附件上传').replace('<th>文件名称</th>', '<th>附件名称</th>');
    expect(read(named).step).toBe('unknown');
    expect(findingsOn(named)).toEqual([]);
    const chooser = row('选择上传附件名称：', '<select id="mc"><option>在岗在职证明材料</option><option>其他证书、证明材料</option></select>');
    expect(read(uploadForm('附件上传', chooser)).step).toBe('certificates');
    expect(read(uploadForm('附件上传', chooser).replace('选择文件', '选择上传的文件')).step).toBe('certificates');
  });

  it('is 证书、证明材料 by its chooser whatever the dictionary calls the chooser and the file box (breaker 9 item 8)', () => {
    const chooser = (label: string) => row(`${label}：`, '<select id="mc"><option>在岗在职证明材料</option><option>其他证书、证明材料</option></select>');
    for (const file of ['上传附件', '附件', '选择附件', '文件路径', '选择上传的文件']) {
      for (const name of ['附件类型', '材料名称', '材料类型', '附件名称']) {
        const page = uploadForm('附件上传', chooser(name)).replace('选择文件', file);
        expect(read(page).step, `${name} / ${file}`).toBe('certificates');
        // A record step's heading still names its own upload page.
        expect(read(page.replace('>附件上传<', '>年度考核结果—附件上传<')).step, `${name} / ${file}`).toBe('annual-review');
      }
      // Without the chooser, the file box alone names no step.
      expect(read(uploadForm('附件上传').replace('选择文件', file)).step, file).toBe('unknown');
    }
  });
});

describe('a note saying where else to enter something', () => {
  const achievements = (title: string, note: string) => `<div class="ptitle">${title}</div><p><b>${note}</b></p>
    <table border="1"><tr><th>记录序号</th><th>起止时间</th><th>项目名称</th><th>附件</th></tr><tr><td>1</td><td>2021-03至2022-12</td><td>流溪河监测项目</td><td>查看</td></tr></table>
    <input type="submit" value="保存并下一步">`;

  it('rules out what it names and never names the page', () => {
    const note = '注：论文、著作请在第8项“论文著作”中填报。';
    expect(read(achievements('专业技术工作业绩', note)).step).toBe('achievements');
    // Under a title naming no step, the note alone makes no 论文著作 page, nor do columns like its fields.
    expect(read(achievements('工作情况', note)).step).not.toBe('publications');
    const ranked = achievements('工作情况', note).replace('<th>附件</th>', '<th>本人排名</th><th>发表时间</th>').replace('<td>查看</td>', '<td>1</td><td>2022-12</td>');
    expect(read(ranked).step).not.toBe('publications');
    // The same words as a title, not sending anywhere, still name the step.
    expect(read(achievements('论文、著作', '注：请按发表时间顺序填写。')).step).toBe('publications');
  });

  it('sends elsewhere only by a numbered step or another step’s name: a note on the page’s own fields keeps its step', () => {
    const page = (title: string, note: string, rows: string) => `<h2>${title}</h2><b>${note}</b><table>${rows}</table><input type="submit" value="保存">`;
    const annual = (note: string) => page('年度考核结果', note, row('记录序号', '<input id="xh">') + row('年度', '<input id="nd">') + row('考核结果', '<select id="jg"><option>合格</option></select>'));
    expect(read(annual('注：请在下列栏目中填写任现职以来的年度考核结果')).step).toBe('annual-review');
    expect(read(annual('请在以下栏目中逐年填写年度考核结果')).step).toBe('annual-review');
    const summary = (note: string) => page('工作期间奖惩情况/个人专业技术工作小结', note, row('工作期间奖惩情况', '<textarea id="jc"></textarea>') + row('个人专业技术工作小结', '<textarea id="xj"></textarea>'));
    expect(read(summary('请在该页面内填写工作期间奖惩情况及个人专业技术工作小结（限1500字）')).step).toBe('awards-summary');
    expect(read(summary('请在当前页面栏目中填写个人专业技术工作小结')).step).toBe('awards-summary');
    // Another step's name as the place still sends elsewhere and rules that step out.
    const note = '注：论文请到“论文著作”栏中填写。';
    expect(read(achievements('专业技术工作业绩', note)).step).toBe('achievements');
    expect(read(achievements('工作情况', note)).step).not.toBe('publications');
  });
});

describe('a list page under a strip of every step', () => {
  const STEP_TITLES = ['获取历史数据', '基本信息', '专业技术资格历史情况', '学位（学历）教育情况', '主要专业技术工作经历', '工作期间奖惩情况/个人专业技术工作小结', '从事专业技术工作及取得的业绩成果情况', '论文著作', '年度考核结果', '证书、证明材料', '完成并送审'];
  const strip = `<table class="tabs"><tr>${STEP_TITLES.map((s, i) => `<td><a href="Step${i + 1}.aspx">${i + 1}.${s}</a></td>`).join('')}</tr></table>`;

  it('is step 10 by its list of materials (附件名称 | 文件名): a link naming a step leads there, it is no action of this page', () => {
    const certificates = `${strip}<input type="button" value="附件上传"><table border="1"><tr><th>附件名称</th><th>记录序号</th><th>文件名</th></tr>
      <tr><td>在岗在职证明材料</td><td>1</td><td>sb.pdf</td></tr></table><input type="submit" value="保存并下一步">`;
    expect(recognizeStep(read(certificates).snapshot).evidence!.join()).not.toContain('获取历史数据');
    expect(read(certificates).step).toBe('certificates');
    expect(findingsOn(certificates)).toEqual([]);
  });
});

describe('the series page (选择申报资格系列)', () => {
  const select = (options: string[]) => `<select>${['请选择', ...options].map((o) => `<option>${o}</option>`).join('')}</select>`;
  /** The series page as a copy may word it: its rows are 认定资格类型, 申报级别 and the two 基本信息 also asks. */
  const seriesPage = (heading: string) => `<div class="ptitle">${heading}</div><table>
    ${row('*认定资格类型：', select(['工程技术人员']))}${row('*申报级别：', select(['初级', '中级']))}
    ${row('*认定资格名称：', select(['技术员', '助理工程师']))}${row('*申报评委会：', select(['广州市工程系列生态环境专业初级职称评审委员会']))}
    </table><input type="submit" value="确定">`;

  it('is select-series under any wording of its heading, though 认定资格名称 and 申报评委会 are 基本信息’s too (probe 13a item 2)', () => {
    for (const heading of ['选择申报系列', '选择申报资格系列', '申报系列选择', '申报资格系列选择', '申报资格系列']) expect(read(seriesPage(heading)).step, heading).toBe('select-series');
    // 基本信息 asks for the same two (seed 3(2)): with its own rows it stays 基本信息.
    const basic = `<div class="ptitle">基本信息</div><table>${row('*姓名：', '<input>')}${row('*公民身份号码：', '<input>')}
      ${row('*认定资格名称：', select(['技术员']))}${row('*申报评委会：', select(['广州市工程系列生态环境专业初级职称评审委员会']))}</table><input type="submit" value="保存">`;
    expect(read(basic).step).toBe('basic-info');
  });
});

describe('a help sentence naming another step (probe 15 item 3)', () => {
  /** A 工作经历 form whose labels alone fall short of the threshold: only a name can decide. */
  const weakWork = `<table>${['记录序号', '起始时间', '终止时间', '工作单位', '从事何种专业技术工作', '职务', '证明人'].map((l, i) => row(`${l}：`, `<input id="w${i}">`)).join('')}</table><input type="submit" value="保存">`;
  const weakEducation = `<table>${['毕业学校', '专业', '起止时间'].map((l, i) => row(`${l}：`, `<input id="e${i}">`)).join('')}${row('学历层次：', '<select id="xl"><option>大学本科</option></select>')}</table><input type="submit" value="保存">`;
  const note = (text: string) => `<p><font color="red"><b>${text}</b></font></p>`;

  it('never decides the step: a quoted name, 请先…, …后再…, 不能…, a sentence’s end, a 注意/注 note', () => {
    for (const text of ['请先完成“学位（学历）教育情况”后再填写本页', '注意：请先填写“个人基本信息”，再填写本页', '请先填写个人基本信息', '学历教育情况填写完毕后再填写本页', '请先完成「论文、著作」']) {
      expect(read(note(text) + weakWork).step, text).toBe('unknown');
    }
    for (const text of ['请先完成“论文、著作”后再填写本页', '注意：提交送审后不能修改，请认真核对', '送审前请核对。', '注意：送审后信息将锁定', '注：送审后信息将锁定']) {
      expect(read(note(text) + weakEducation).step, text).toBe('unknown');
    }
  });

  it('leaves the page’s own title deciding (t8, t12, t17)', () => {
    expect(read(`<div class="ptitle">主要专业技术工作经历</div>${note('请先完成“学位（学历）教育情况”后再填写本页')}${weakWork}`).step).toBe('work-experience');
    expect(read(`<div class="ptitle">学位（学历）教育情况</div>${note('注意：提交送审后不能修改，请认真核对')}${weakEducation}`).step).toBe('education');
    expect(read(`<div class="ptitle">完成并送审</div>${note('注意：提交送审后不能修改，请认真核对')}<input type="checkbox" id="ty">同意<input type="submit" value="送审">`).step).toBe('submit');
  });

  it('a heading of help text (提示 / 说明 / 注意 / 温馨提示) names no step, though it asks nothing (fix32e)', () => {
    for (const text of ['提示：学历情况按时间顺序填写', '说明：学历教育情况按由高到低填写', '温馨提示：学位（学历）教育情况按时间顺序填写', '注意事项：学历教育情况按时间顺序填写']) {
      expect(read(`<h3>${text}</h3>${weakWork}`).step, text).toBe('unknown');
      expect(read(`<div class="ptitle">主要专业技术工作经历</div><h3>${text}</h3>${weakWork}`).step, text).toBe('work-experience');
    }
  });

  it('what comes after 后再 is done later, on another page: 本页保存后再填写论文、著作 names no step (fix32e)', () => {
    for (const text of ['本页保存后再填写论文、著作', '保存后再填写学位（学历）教育情况']) {
      expect(read(note(text) + weakWork).step, text).toBe('unknown');
      expect(read(`<div class="ptitle">主要专业技术工作经历</div>${note(text)}${weakWork}`).step, text).toBe('work-experience');
    }
  });
});

describe('a title with an instruction in brackets or after 后再 (breaker 31c item 1)', () => {
  const titled = (title: string) => `<div class="ptitle">${title}</div><table>${row('内容：', '<textarea id="x"></textarea>')}</table><input type="submit" value="保存">`;

  it('still names its step: a bracketed part, or what comes before 后再, is the sentence and names nothing', () => {
    const cases: Record<string, string> = {
      '个人专业技术工作小结（请简要填写）': 'awards-summary',
      '工作期间奖惩情况（无则填“无”）': 'awards-summary',
      '年度考核情况（请按年度填写）': 'annual-review',
      '学位（学历）教育情况。': 'education',
      '完成并送审（送审后不能修改）': 'submit',
      '完成并送审（请先完成“论文、著作”）': 'submit',
    };
    for (const [title, step] of Object.entries(cases)) expect(read(titled(title)).step, title).toBe(step);
  });

  it('keeps 完成并送审 pages whose send button is not 送审 (their 同意 box checked before sending)', () => {
    const consent = (title: string, agree: string, send: string) => `<div class="ptitle">${title}</div><input type="checkbox" id="ty"><label for="ty">${agree}</label><input type="submit" value="${send}">`;
    expect(read(consent('请确认填报信息无误后再送审', '本人承诺以上信息真实', '提交')).step).toBe('submit');
    expect(read(consent('完成并送审（请仔细核对！）', '我已阅读并同意', '确认提交')).step).toBe('submit');
  });
});

describe('a message sending him to log in (probe 15 item 7)', () => {
  const message = (text: string) => `<table><tr><td class="title">系统提示</td></tr><tr><td><font color="red"><b>${text}</b></font></td></tr></table><input type="button" value="重新登录">`;

  it('is no login page: the login heading needs a password box or a login label', () => {
    for (const text of ['登录超时或未登录，请重新登录', '登录已超时', '您尚未登录']) expect(read(message(text)).step, text).toBe('unknown');
    expect(read(`<h2>用户登录</h2><input id="u"><input type="password" id="p"><input type="submit" value="确定">`).step).toBe('login');
    expect(read(`<h2>用户登录</h2><table>${row('用户名：', '<input id="u">')}${row('口令：', '<input id="p">')}</table><input type="submit" value="确定">`).step).toBe('login');
  });
});

describe('a login form labelled only by placeholders (probe 15 item 6c)', () => {
  const login = (user: string, password: string, captcha: string, send: string) =>
    `<div class="login"><input id="u" placeholder="${user}"><input type="password" id="p" placeholder="${password}"><input id="c" placeholder="${captcha}"><img src="code.aspx" alt="">${send}</div>`;

  it('is the login page, whatever its button says', () => {
    for (const send of ['<input type="submit" value="登 录">', '<button type="button">立即登录</button>', '<a href="#">登录系统</a>', '<input type="image" src="login.gif">']) {
      expect(read(login('用户名', '密码', '验证码', send)).step, send).toBe('login');
      expect(read(login('请输入用户名', '请输入密码', '请输入验证码', send)).step, `请输入… ${send}`).toBe('login');
      expect(read(login('用户名/身份证号', '请输入登录密码', '验证码', send)).step, `用户名/身份证号 ${send}`).toBe('login');
    }
  });
});

describe('a tab strip or wizard with every section in the page (probe 15 item 2)', () => {
  it('is the section shown: the fields of hidden sections do not vote', () => {
    const basic = ['姓名', '公民身份号码', '出生日期', '政治面貌', '参加工作时间'].map((l, i) => row(`${l}：`, `<input id="b${i}">`)).join('');
    const work = ['记录序号', '起始时间', '终止时间', '工作单位', '职务'].map((l, i) => row(`${l}：`, `<input id="w${i}">`)).join('');
    const page = `<div id="sec0" style="display:none"><div class="ptitle">第一步：基本信息</div><table>${basic}</table></div>
      <div id="sec1"><div class="ptitle">第三步：主要专业技术工作经历</div><table>${work}</table><input type="button" value="上一步"></div>`;
    expect(read(page).step).toBe('work-experience');
  });
});
