/**
 * What in a heading names the page: help text (提示), brackets, 后再, numbered titles, labelled
 * breadcrumbs; and the series page in a frame against a banner naming it. Cases from breaker 7a
 * (F1–F8, F10, F11: each recognised right before the reverted steps6/frames6 rules or wrong on
 * main) and probe 15 item 6. Read the way the content script reads a live frame (collectSnapshot
 * with the window).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeStep, stepNamedBy } from '../../../lib/portal/recognize-step';
import { shouldMountOverlay } from '../../../lib/content/frame-role';

const row = (label: string, control: string) => `<tr><td>${label}：</td><td>${control}</td></tr>`;
/** A 学历 form whose labels name the step once only (学历). */
const FORM = `<table>${row('入学时间', '<input name="a">')}${row('毕业时间', '<input name="b">')}${row('毕业学校', '<input name="c">')}${row('学历', '<select name="d"><option>大学本科</option></select>')}</table><input type="submit" value="保存">`;
const UPLOAD = `<table>${row('选择文件', '<input type="file" name="f">')}</table><input type="submit" value="上传">`;
const WORKROWS = `${row('起止时间', '<input name="a">')}${row('工作单位', '<input name="b">')}${row('职务', '<input name="c">')}${row('工作内容', '<textarea name="d"></textarea>')}`;
/** A form whose labels name no step alone (one label, 2 points): only a heading can. */
const BARE = `<table>${row('起止时间', '<input name="a">')}${row('备注', '<input name="b">')}</table><input type="submit" value="保存">`;

function read(body: string, top = true) {
  document.body.innerHTML = `<form>${body}</form>`;
  const snapshot = { ...collectSnapshot(document, window), isTopFrame: top };
  return { snapshot, step: recognizeStep(snapshot).step };
}
const stepOf = (body: string, top = true) => read(body, top).step;

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('help text: 提示 only at a heading’s start (breaker 7a F6)', () => {
  it('a title followed by its own 提示, or named for hints, still names its step', () => {
    const PUB = `<table>${row('论文题目', '<input name="a">')}${row('刊物名称', '<input name="b">')}</table><input type="submit" value="保存">`;
    expect(stepOf(`<div class="ptitle">论文、著作 <font color="red">提示：没有可不填</font></div>${PUB}`)).toBe('publications');
    expect(stepOf(`<h3>学历情况提示</h3>${FORM}`)).toBe('education');
  });
  it('help text starting 提示 / 温馨提示 / 友情提示 / 重要提示 names no step', () => {
    for (const text of ['提示：学历情况按时间顺序填写', '温馨提示：学历情况按时间顺序填写', '友情提示：学历情况按时间顺序填写', '重要提示：学历情况按时间顺序填写']) {
      expect(stepOf(`<b>${text}</b>${BARE}`), text).toBe('unknown');
    }
  });
});

describe('brackets go before anything is cut (breaker 7a F5, F10)', () => {
  it('后再 inside a title’s bracketed instruction leaves the title (F10)', () => {
    expect(stepOf(`<div class="ptitle">学位（学历）教育情况（填写完毕后再上传附件）</div>${FORM}`)).toBe('education');
  });
  it('> or → inside a title’s bracketed instruction is no breadcrumb (F5)', () => {
    expect(stepOf(`<div class="ptitle">学位（学历）教育情况（先保存→再上传附件）</div>${FORM}`)).toBe('education');
    expect(stepOf(`<div class="ptitle">学位（学历）教育情况（学历 &gt; 大专的需上传学位证）</div>${FORM}`)).toBe('education');
  });
});

describe('numbered titles: the number never decides (probe 15 item 6)', () => {
  it('第四步：, 第4步, 4., 四、, （四） before a name anchored at its start (学历…, 基本信息) name the step', () => {
    for (const title of ['第四步：学历情况', '第4步 学历情况', '4.学历情况', '四、学历情况', '（四）学历情况', '4、学历情况']) {
      expect(stepOf(`<h3>${title}</h3>${BARE}`), title).toBe('education');
    }
    expect(stepOf(`<h3>第二步：基本信息</h3>${BARE}`)).toBe('basic-info');
  });
});

describe('breadcrumbs: only a labelled line, its last crumb (probe 15 item 6)', () => {
  it('当前位置 / 您的位置 / 您现在的位置 / 所在位置: the last crumb names the step, whatever the separator', () => {
    for (const line of ['当前位置：首页 &gt; 职称申报 &gt; 学历情况', '您的位置：首页 » 网上申报 » 学历情况', '您现在的位置：首页 › 学历情况', '所在位置：首页 → 职称申报 → 学历情况', '当前位置：首页 / 学历情况']) {
      expect(stepOf(`<b>${line}</b>${BARE}`), line).toBe('education');
    }
  });
  it('an earlier crumb names nothing: the last one decides', () => {
    expect(stepOf(`<b>当前位置：学位（学历）教育情况 &gt; 主要专业技术工作经历</b>${BARE}`)).toBe('work-experience');
  });
  it('a numbered last crumb, crumbs as links: the plain last crumb', () => {
    expect(stepOf(`<b>当前位置：<a href="#">首页</a> &gt; <a href="#">网上申报</a> &gt; 第四步：学历情况</b>${BARE}`)).toBe('education');
  });
  it('a trailing record action (新增 / 编辑 / 附件上传) is skipped to the crumb before it (breaker 7a F1)', () => {
    expect(stepOf(`<b>当前位置：首页 &gt; 学位（学历）教育情况 &gt; 新增</b>${FORM}`)).toBe('education');
    expect(stepOf(`<h3>当前位置：首页 &gt; 学位（学历）教育情况 &gt; 编辑</h3>${FORM}`)).toBe('education');
    expect(stepOf(`<b>当前位置：首页 &gt; 学历情况 &gt; 附件上传</b>${UPLOAD}`)).toBe('education');
  });
  it('a title joining step and sub-page with > / → / » but no label is no breadcrumb (breaker 7a F2)', () => {
    expect(stepOf(`<h3>学历—附件上传</h3>${UPLOAD}`)).toBe('education');
    expect(stepOf(`<h3>学历情况 → 附件上传</h3>${UPLOAD}`)).toBe('education');
    expect(stepOf(`<h3>学历情况&gt;&gt;附件上传</h3>${UPLOAD}`)).toBe('education');
    expect(stepOf(`<h3>学位（学历）教育情况 » 附件上传</h3>${UPLOAD}`)).toBe('education');
  });
});

describe('专业技术业绩/成果: a / or 、 inside a title, and a / inside a crumb parted by arrows (probe 18 F1)', () => {
  /** An achievements form whose labels name the step once only (成果…效益): only its title can. */
  const ACHIEVEMENT = `<table>${row('项目（课题）名称', '<input name="a">')}${row('本人在项目中的作用', '<input name="b">')}${row('项目完成情况及效益', '<textarea name="c"></textarea>')}</table><input type="submit" value="保存">`;
  it('the last crumb 专业技术业绩/成果 (arrows part the line) names step 7', () => {
    expect(stepOf(`<div>当前位置：首页 &gt; 职称申报 &gt; 专业技术业绩/成果</div>${ACHIEVEMENT}`)).toBe('achievements');
    expect(stepOf(`<div>您的位置：首页 » 专业技术业绩、成果</div>${ACHIEVEMENT}`)).toBe('achievements');
  });
  it('a title 专业技术业绩/成果, 专业技术业绩（成果）, 专业技术业绩 names step 7', () => {
    for (const title of ['专业技术业绩/成果', '专业技术业绩（成果）', '专业技术业绩', '业绩、成果']) expect(stepOf(`<h3>${title}</h3>${ACHIEVEMENT}`), title).toBe('achievements');
    expect(stepNamedBy('专业技术业绩/成果')).toBe('achievements');
  });
  it('a crumb line parted by / alone is still parted by it', () => {
    expect(stepOf(`<b>当前位置：首页 / 职称申报 / 学历情况</b>${BARE}`)).toBe('education');
  });
});

describe('the series page in a frame against a banner naming it (breaker 7a F4)', () => {
  const inFrame = (body: string) => {
    const { snapshot, step } = read(body, false);
    return { step, mounts: shouldMountOverlay(snapshot, step, { parent: window, top: {} } as unknown as Window) };
  };
  it('a breadcrumb whose crumbs are links (首页 > 职称申报 > 网上申报 > 选择申报资格系列) gets no overlay', () => {
    expect(inFrame('<b>当前位置：<a href="#">首页</a> &gt; <a href="#">职称申报</a> &gt; <a href="#">网上申报</a> &gt; 选择申报资格系列</b>')).toEqual({ step: 'unknown', mounts: false });
  });
  it('a breadcrumb beside account or site links (个人中心 / 注销, 通知公告 / 安全退出 / 操作指南) gets no overlay', () => {
    expect(inFrame('<table><tr><td><b>当前位置：职称申报 &gt; 选择申报资格系列</b></td><td><a href="#">个人中心</a> <a href="#">注销</a></td></tr></table>')).toEqual({ step: 'unknown', mounts: false });
    expect(inFrame('<table><tr><td><b>当前位置：职称申报 &gt; 选择申报资格系列</b></td><td><a href="#">通知公告</a> <a href="#">安全退出</a> <a href="#">操作指南</a></td></tr></table>')).toEqual({ step: 'unknown', mounts: false });
  });
  it('the series page, its heading over links naming series or kinds of application, is the series step in a frame', () => {
    expect(stepOf('<h3>选择申报资格系列</h3><a href="#">工程系列</a> <a href="#">卫生系列</a>', false)).toBe('select-series');
    expect(stepOf('<h3>选择申报资格系列</h3><a href="#">初次职称考核认定</a> <a href="#">职称认定</a>', false)).toBe('select-series');
    expect(stepOf('<h3>选择申报资格系列</h3><a href="#">初级</a> <a href="#">中级</a>', false)).toBe('select-series');
  });
});

describe('guards: rules of the reverted steps6 not taken (breaker 7a F3, F7, F8, F11)', () => {
  it('images of uploaded files name nothing: the 证书、证明材料 list with thumbnails stays step 10 (F3)', () => {
    const list = `<div class="ptitle">证书、证明材料</div><table class="grid"><tr><th>附件类型</th><th>预览</th></tr>${['学历证书', '年度考核表', '论文首页', '工作经历证明']
      .map((t) => `<tr><td>${t}</td><td><img src="u/${t}.jpg" alt="${t}"></td></tr>`)
      .join('')}</table>`;
    expect(stepOf(list)).toBe('certificates');
    expect(stepOf(list, false)).toBe('certificates');
  });

  describe('a frameset’s title is no frame’s heading (F7)', () => {
    /** A frame's window whose parent shows a frameset titled `title` (same origin). */
    function inFrames(title: string): Window {
      const doc = document.implementation.createHTMLDocument(title);
      doc.documentElement.innerHTML = `<head><title>${title}</title></head><frameset rows="60,*"><frame name="topFrame"><frameset cols="220,*"><frame name="leftFrame"><frame name="mainFrame"></frameset></frameset>`;
      return new Proxy(window, {
        get: (w, key) => {
          if (key === 'parent') return { document: doc };
          if (key === 'top') return {};
          const value = Reflect.get(w, key, w);
          return typeof value === 'function' ? value.bind(w) : value;
        },
      });
    }
    const frameStep = (body: string) => {
      document.body.innerHTML = `<form>${body}</form>`;
      return recognizeStep({ ...collectSnapshot(document, inFrames('学位（学历）教育情况')), isTopFrame: false }).step;
    };
    const MENU = ['基本信息', '学位（学历）教育情况', '主要专业技术工作经历', '论文、著作'].map((t) => `<a href="#">${t}</a><br>`).join('') + '<a href="#">退出系统</a>';
    it('the business tree with a search box is no step', () => {
      expect(frameStep(`快速查找：<input name="q"><input type="button" value="查找"><br>${MENU}`)).toBe('unknown');
      expect(frameStep(`<input name="q" placeholder="搜索菜单"><br>${MENU}`)).toBe('unknown');
    });
    it('a work frame that moved on keeps its own step', () => {
      const WORK = `<table>${WORKROWS}</table><input type="submit" value="保存">`;
      expect(frameStep(WORK)).toBe('work-experience');
      document.title = '主要专业技术工作经历';
      expect(frameStep(WORK)).toBe('work-experience');
    });
    it('the banner with a 申报年度 list is no step', () => {
      expect(frameStep('职称业务申报与管理系统 申报年度：<select name="nd"><option>2026</option><option>2025</option></select> <a href="#">退出</a>')).toBe('unknown');
    });
  });

  it('a first-row help sentence naming another step names nothing (F8)', () => {
    expect(stepOf(`<table><tr><td colspan="2">学历教育期间的实习经历不填写</td></tr>${WORKROWS}</table><input type="submit" value="保存">`)).toBe('work-experience');
  });

  it('an image one clicks is no title image: the certificates upload page stays step 10 (F11)', () => {
    const CERT = `<table>${row('附件名称', '<select name="m"><option>学历证书</option></select>')}${row('选择文件', '<input type="file" name="f">')}</table><input type="submit" value="上传">`;
    expect(stepOf(`${CERT}<button type="button" id="next"><img src="next.gif" alt="下一步：完成并送审"></button>`)).toBe('certificates');
    expect(stepOf(`${CERT}<span id="next" style="cursor:pointer"><img src="next.gif" title="进入完成并送审"></span>`)).toBe('certificates');
  });
});

describe('an instruction leading to 送审 names no page (breaker 7a F9)', () => {
  const WORK = `<table>${WORKROWS}</table><input type="submit" value="保存">`;
  const LINES = ['各项信息填写完毕后再送审', '请核对无误后再送审', '填写完成后再点击送审'];
  it('a bold instruction line above a 工作经历 form leaves the form’s fields deciding', () => {
    for (const line of LINES) {
      expect(stepOf(`<b>${line}</b>${WORK}`), line).toBe('work-experience');
      expect(stepOf(`<p><font color="red"><b>${line}</b></font></p>${WORK}`), line).toBe('work-experience');
      expect(stepOf(`<div class="title">${line}</div>${WORK}`), line).toBe('work-experience');
    }
  });
  it('above a form whose fields name no step, it names none either', () => {
    for (const line of LINES) expect(stepOf(`<b>${line}</b>${BARE}`), line).toBe('unknown');
  });
  it('a page whose own title names 送审 is 送审, with or without the instruction', () => {
    const CONSENT = '<input type="checkbox" id="ty"><label for="ty">本人承诺以上信息真实</label><input type="submit" value="提交">';
    expect(stepOf(`<div class="ptitle">完成并送审</div><b>请核对无误后再送审</b>${CONSENT}`)).toBe('submit');
    expect(stepOf(`<b>当前位置：首页 &gt; 完成并送审</b><b>各项信息填写完毕后再送审</b>${CONSENT}`)).toBe('submit');
    // The instruction as the consent page's only title still names it beside its 承诺 box.
    expect(stepOf(`<div class="ptitle">请确认填报信息无误后再送审</div>${CONSENT}`)).toBe('submit');
  });
});

describe('a labelled breadcrumb line neither bold nor styled (breadcrumb item 2)', () => {
  it('当前位置 / 您的位置 / 所在位置 at the top of the page names it by its last crumb', () => {
    expect(stepOf(`<div class="nav">当前位置：首页 &gt; 职称申报 &gt; 学历信息</div>${BARE}`)).toBe('education');
    expect(stepOf(`<table><tr><td>您的位置：个人中心 &gt; 工作经历</td></tr></table>${BARE}`)).toBe('work-experience');
    expect(stepOf(`<span>所在位置: 首页 » 网上申报 » 学历情况</span>${BARE}`)).toBe('education');
    expect(stepOf(`<div>当前位置：<a href="#">首页</a> &gt; <a href="#">职称申报</a> &gt; 学位（学历）教育情况 &gt; 新增</div>${FORM}`)).toBe('education');
    expect(stepOf(`<p>当前位置：首页 &gt; 学历情况 &gt; 附件上传</p>${UPLOAD}`)).toBe('education');
  });
  it('under a banner: the site’s name, the user, a few links above it', () => {
    const banner = '<table><tr><td>广州市职称业务申报与管理系统</td><td>欢迎您，张三</td><td><a href="#">个人中心</a> <a href="#">注销</a></td></tr></table>';
    expect(stepOf(`${banner}<div>当前位置：首页 &gt; 职称申报 &gt; 学历情况</div>${BARE}`)).toBe('education');
  });
  it('not the same words in a help paragraph lower down, nor a label in the middle of a line', () => {
    expect(stepOf(`${BARE}<p>当前位置：首页 &gt; 学历情况</p>`)).toBe('unknown');
    expect(stepOf(`<p>填写说明：页面上方的当前位置：首页 &gt; 学历情况 表示您正在填写的栏目</p>${BARE}`)).toBe('unknown');
  });
  it('a breadcrumb naming only 首页 names nothing', () => {
    expect(stepOf(`<div>当前位置：首页</div>${BARE}`)).toBe('unknown');
    expect(stepOf(`<div>您的位置：首页 &gt; </div>${BARE}`)).toBe('unknown');
  });
});

describe('a consent page titled by its instruction (…后再送审) is 完成并送审 (breaker 8b)', () => {
  const consent = (label: string, button: string) =>
    `<table><tr><td><input type="checkbox" id="ty"><label for="ty">${label}</label></td></tr></table><input type="submit" value="${button}">`;
  it('its consent box in the submit-consent check’s words, or a 提交 / 确认送审 button, gives the instruction company', () => {
    const title = '<div class="ptitle">请确认填报信息无误后再送审</div>';
    expect(stepOf(title + consent('本人确认所填信息真实', '确认送审'))).toBe('submit');
    expect(stepOf(title + consent('确认以上信息无误', '提交'))).toBe('submit');
    expect(stepOf(`<b>各项信息填写完毕后再送审</b>${consent('送审声明：以上信息均真实有效', '确定')}`)).toBe('submit');
    // A box in no consent words: the button alone keeps it company.
    expect(stepOf(title + consent('已核对', '确认送审'))).toBe('submit');
    expect(stepOf(title + consent('已核对', '提交'))).toBe('submit');
  });
  it('a title before the instruction in the same line names the page', () => {
    expect(stepOf(`<div class="ptitle">完成并送审：请核对各项信息，确认无误后再送审</div>${consent('本人确认所填信息真实', '确认')}`)).toBe('submit');
    expect(stepOf(`<b>完成并送审 请核对无误后再送审</b>${consent('本人确认所填信息真实', '确定')}`)).toBe('submit');
    expect(stepOf(`<b>完成并送审 请核对无误后再送审</b>${BARE}`)).toBe('submit');
  });
  it('still no 送审 for the instruction above a 工作经历 form, nor a lone consent box or 提交 (breaker 7a F9)', () => {
    expect(stepOf(`<b>各项信息填写完毕后再送审</b><table>${WORKROWS}</table><input type="submit" value="提交">`)).not.toBe('submit');
    expect(stepOf(`<b>请核对无误后再送审</b><table>${WORKROWS}</table><input type="submit" value="保存">`)).toBe('work-experience');
    expect(stepOf(consent('本人确认所填信息真实', '确定'))).toBe('unknown');
    expect(stepOf(`${BARE.replace('保存', '提交')}`)).toBe('unknown');
  });
});

describe('a breadcrumb in the shell or banner around the content frame names no page there (breaker 8b)', () => {
  const BANNER = '<tr><td>广州市职称业务申报与管理系统</td><td>欢迎您，张三</td></tr>';
  const CRUMB = '<td>当前位置：首页 &gt; 职称申报 &gt; 学历情况</td>';
  const FRAME = '<iframe name="main" width="100%" height="600"></iframe>';
  const mounts = (body: string, top = true) => {
    const { snapshot, step } = read(body, top);
    return { step, mounts: shouldMountOverlay(snapshot, step) };
  };
  it('a 申报年度 list or a search box beside the breadcrumb, over the content <iframe>', () => {
    const year = '<td>申报年度：<select name="nd"><option>2024</option><option>2025</option></select></td>';
    const search = '<td><input type="text" name="kw"><input type="button" value="搜索"></td>';
    for (const bar of [year, search]) expect(mounts(`<table width="100%">${BANNER}<tr>${CRUMB}${bar}</tr></table>${FRAME}`)).toEqual({ step: 'unknown', mounts: false });
  });
  it('a banner frame (not the top) with a search box beside its breadcrumb', () => {
    const banner = `<table width="100%">${BANNER}<tr>${CRUMB}<td>站内搜索：<input type="text" name="kw"><input type="button" value="搜索"></td></tr></table>`;
    expect(stepOf(banner, false)).toBe('unknown');
  });
  it('a breadcrumb row of its own above a bar and the content <iframe>', () => {
    const shell = `<table width="100%">${BANNER}<tr>${CRUMB}</tr><tr><td>申报年度：<select name="nd"><option>2025</option></select></td></tr></table>${FRAME}`;
    expect(mounts(shell)).toEqual({ step: 'unknown', mounts: false });
  });
  it('a breadcrumb over the form in the same cell of a layout table’s row, a menu in the cell beside it, names the form (left 24b item 4)', () => {
    const menu = ['基本信息', '学历情况', '证明材料附件上传'].map((t) => `<div onclick="go()">${t}</div>`).join('');
    expect(stepOf(`<table><tr><td valign="top">${menu}</td><td valign="top"><div>当前位置：首页 &gt; 职称申报 &gt; 学历情况</div>${BARE}</td></tr></table>`)).toBe('education');
    expect(stepOf(`<table><tr><td><div>当前位置：首页 &gt; 学历情况</div><div>${BARE}</div></td></tr></table>`)).toBe('education');
    // A 申报年度 list in the crumb's own cell, its line, is still a banner's bar.
    expect(stepOf(`<table><tr><td>当前位置：首页 &gt; 学历情况 申报年度：<select name="nd"><option>2025</option></select></td></tr></table>${BARE}`)).toBe('unknown');
  });
  it('the page’s own form under a breadcrumb row still takes its name, beside a hidden frame (a closed date picker’s)', () => {
    expect(stepOf(`<table>${BANNER}<tr>${CRUMB}</tr></table>${BARE}`)).toBe('education');
    expect(stepOf(`<table><tr>${CRUMB}</tr></table>${BARE}<div style="display:none"><iframe></iframe></div>`)).toBe('education');
  });
});

describe('breadcrumb labels 您当前的位置 / 当前所在位置, crumbs parted by 》 (breaker 8b finding 9, in part)', () => {
  it('name the page by the last crumb', () => {
    expect(stepOf(`<div>您当前的位置：首页 &gt; 职称申报 &gt; 学历情况</div>${BARE}`)).toBe('education');
    expect(stepOf(`<div>当前所在位置：首页 &gt; 职称申报 &gt; 学历情况</div>${BARE}`)).toBe('education');
    expect(stepOf(`<div>当前位置：首页 》 职称申报 》 学历情况</div>${BARE}`)).toBe('education');
  });
});

describe('breadcrumb markup of portal copies not seen (crumbs19; b8b-top-crumbs.test.ts holds breaker 8b’s three)', () => {
  const ACHIEVEMENT = `<table>${row('项目（课题）名称', '<input name="a">')}${row('本人在项目中的作用', '<input name="b">')}${row('项目完成情况及效益', '<textarea name="c"></textarea>')}</table><input type="submit" value="保存">`;
  it('the label in an element or a cell of its own: the line is the element or row around it', () => {
    expect(stepOf(`<div><b>您的位置：</b>首页 &gt; 职称申报 &gt; 学历情况</div>${BARE}`)).toBe('education');
    expect(stepOf(`<table><tr><td>当前位置：</td><td><a href="#">首页</a> &gt; <a href="#">职称申报</a> &gt; 学历情况</td></tr></table>${BARE}`)).toBe('education');
    expect(stepOf(`<div><span>当前位置：</span><a href="#">首页</a> &gt; <a href="#">学位（学历）教育情况</a> &gt; <a href="#">新增</a></div>${FORM}`)).toBe('education');
  });
  it('a label alone above a menu and the form names nothing: the element around it holds the fields', () => {
    const menu = ['基本信息', '学历情况', '工作经历'].map((t) => `<a href="#">${t}</a>`).join(' ');
    expect(stepOf(`<div><span>当前位置：</span></div>${menu}${BARE}`)).toBe('unknown');
    expect(stepOf(`<div>当前位置：<a href="#">首页</a></div>${BARE}`)).toBe('unknown');
  });
  it('links after a plain last crumb (a bar’s 修改密码 / 退出) are no crumb', () => {
    expect(stepOf(`<div>当前位置：首页 &gt; 职称申报 &gt; 基本信息 <a href="#">修改密码</a> <a href="#">退出</a></div>${BARE}`)).toBe('basic-info');
  });
  it('», ›, →, 〉 and / between crumbs of a plain line', () => {
    for (const sep of ['»', '›', '→', '〉', '/']) {
      const line = `当前位置：首页 ${sep} 职称申报 ${sep} 学历情况`;
      expect(stepOf(`<div>${line}</div>${BARE}`), line).toBe('education');
    }
  });
  it('a dash parts no crumbs (a date or a 欢迎您 - 张三 - 退出 bar in the line: breaker 19 item 2), nor a / inside a crumb parted by arrows', () => {
    expect(stepOf(`<div>当前位置：首页 &gt; 职称申报 &gt; 专业技术业绩-成果</div>${ACHIEVEMENT}`)).toBe('achievements');
    expect(stepOf(`<div>当前位置：首页 / 学历情况<span style="float:right">2026-12-03 星期四</span></div>${BARE}`)).toBe('education');
    expect(stepOf(`<h3>专业技术业绩-成果</h3>${ACHIEVEMENT}`)).toBe('achievements');
  });
});

describe('a text ending 附件上传 titles only an upload form, and never as a menu entry or a sentence (breaker 23 C)', () => {
  const EDU = `<table>${row('毕业院校', '<input name="a">')}${row('所学专业', '<input name="b">')}${row('毕业时间', '<input name="c">')}</table><input type="submit" value="保存">`;
  const BASIC = `<table>${row('姓名', '<input name="a">')}${row('性别', '<select name="b"><option>男</option><option>女</option></select>')}${row('出生日期', '<input name="c">')}${row('身份证号', '<input name="d">')}</table><input type="submit" value="保存">`;
  const WORK = `<table>${WORKROWS}</table><input type="submit" value="保存">`;
  const CRUMB = '<div>当前位置：首页 &gt; 学历情况</div>';
  // Each page before its form: a hint line, or a plain-text sidebar (<li onclick>, <td onclick>,
  // <span>) whose step-10 entry ends 附件上传; then fields no step owns, or the page's own.
  const pages: [name: string, body: (form: string) => string, step: string, own: string][] = [
    ['hint line under the crumb', (f) => `${CRUMB}<div>提示：请先保存后再进行附件上传</div>${f}`, 'education', EDU],
    ['hint line before the crumb', (f) => `<div style="color:red">注：学历证书请在第10步附件上传</div>${CRUMB}${f}`, 'education', EDU],
    ['plain <li> menu before the crumb', (f) => `<ul class="menu"><li onclick="go(1)">基本信息</li><li onclick="go(2)">学历情况</li><li onclick="go(10)">证明材料附件上传</li></ul>${CRUMB}${f}`, 'education', EDU],
    ['plain <td> menu, no crumb, an h3 title', (f) => `<table><tr><td onclick="go(1)">基本信息</td></tr><tr><td onclick="go(10)">证明材料附件上传</td></tr></table><h3>学历情况</h3>${f}`, 'education', EDU],
    ['plain <span> menu before 个人基本信息’s crumb', (f) => `<div class="left"><span class="item">个人基本信息</span><span class="item">证明材料附件上传</span></div><div>当前位置：首页 &gt; 个人基本信息</div>${f}`, 'basic-info', BASIC],
    ['hint naming step 10 under an h3 title', (f) => `<h3>主要专业技术工作经历</h3><div class="tip">提示：社保缴费证明请在证书、证明材料附件上传</div>${f}`, 'work-experience', WORK],
    ['hint naming step 10 under a bold title', (f) => `<div><b>学位（学历）教育情况</b></div><p>学历学位证书扫描件请在证明材料附件上传</p>${f}`, 'education', EDU],
  ];
  it.each(pages)('%s: the page’s step, its fields no step owns', (_n, body, step) => {
    expect(stepOf(body(BARE))).toBe(step);
  });
  it.each(pages)('%s: the page’s step over its own fields', (_n, body, step, own) => {
    expect(stepOf(body(own))).toBe(step);
  });
  const upload = (kinds: string[]) => `<table>${row('附件类型', `<select name="k"><option value="">--请选择--</option>${kinds.map((k) => `<option>${k}</option>`).join('')}</select>`)}${row('文件', '<input type="file" name="f">')}</table><input type="submit" value="上传">`;
  it('an upload form’s own title, after a plain menu ending 附件上传 or a hint, still names its section', () => {
    const menu = '<ul><li onclick="go(9)">年度考核结果</li><li onclick="go(10)">证明材料附件上传</li></ul>';
    expect(stepOf(`${menu}<div>年度考核结果—附件上传</div>${upload(['年度考核表'])}`)).toBe('annual-review');
    expect(stepOf(`<div>提示：请先选择附件类型后再进行附件上传</div><div>年度考核结果—附件上传</div>${upload(['年度考核表'])}`)).toBe('annual-review');
    // Under a breadcrumb, the crumb names the page whichever comes first.
    expect(stepOf(`<div>学历—附件上传</div><div>当前位置：首页 &gt; 年度考核 &gt; 附件上传</div>${upload(['年度考核表'])}`)).toBe('annual-review');
  });
});

describe('crumbs parted by dashes: the last crumb naming a step, whatever follows it (breaker 23 F)', () => {
  it.each([
    ['a year after the crumb', '当前位置：学历情况 - 2024年度', 'education'],
    ['the site’s name after the crumb', '当前位置：学历情况 - 广州市职称申报系统', 'education'],
    ['the applicant after the crumb', '当前位置：个人基本信息 - 张三', 'basic-info'],
    ['a date after the crumbs', '当前位置：首页 - 学历情况 - 2024-01-01', 'education'],
    ['a phone number after the crumbs', '当前位置：首页 - 学历情况　咨询电话：020-83124567', 'education'],
    ['个人中心 between', '当前位置: 首页 - 个人中心 - 学历情况', 'education'],
    ['a dash inside the only crumb', '当前位置：学历-学位情况', 'education'],
    ['a round’s year before, its batch after', '当前位置：首页 - 2024年度职称申报 - 学历情况（第二批）', 'education'],
    ['a last crumb naming no step after one that does (its record action)', '当前位置：首页 - 工作经历 - 编辑', 'work-experience'],
  ])('%s', (_n, line, step) => {
    expect(stepOf(`<div>${line}</div>${BARE}`)).toBe(step);
  });
  it('a line naming no step names nothing', () => {
    expect(stepOf(`<div>当前位置：首页 - 2024年度 - 广州市职称申报系统</div>${BARE}`)).toBe('unknown');
  });
});

describe('a welcome crumb is no welcome bar (breaker 23 F)', () => {
  it('当前位置：欢迎使用 > 学历情况 names 学历情况; a bar 欢迎您 - 张三 after the crumbs is still cut', () => {
    expect(stepOf(`<div>当前位置：欢迎使用 &gt; 学历情况</div>${BARE}`)).toBe('education');
    expect(stepOf(`<div>当前位置：欢迎 》 学历情况</div>${BARE}`)).toBe('education');
    expect(stepOf(`<div>当前位置：首页 &gt; 工作经历　欢迎您 - 张三 - <a href="#">退出</a></div>${BARE}`)).toBe('work-experience');
  });
});

describe('a lone crumb label before a bar of steps: the bar is no crumb (breaker 23 F2)', () => {
  const BAR = '<div class="steps">基本信息 → 学历情况 → 工作经历 → 论文著作 → 完成并送审</div>';
  const EDU = `<table>${row('毕业院校', '<input name="a">')}${row('所学专业', '<input name="b">')}${row('毕业时间', '<input name="c">')}</table><input type="submit" value="保存">`;
  const LINKS = '<span>当前位置：</span><a href="#">首页</a> &gt; <a href="#">学历情况</a>';
  it.each([
    ['a crumb in bold, the bar, education’s fields', `<span>当前位置：</span><b>学历情况</b>${BAR}${EDU}`],
    ['the label alone, the bar, an h3 title', `<h3>学历情况</h3><span>当前位置：</span>${BAR}${BARE}`],
    ['link crumbs, the bar, an h3 title', `<h3>学历情况</h3>${LINKS}${BAR}${BARE}`],
    ['link crumbs, the bar, fields no step owns', `${LINKS}${BAR}${BARE}`],
    ['link crumbs, the bar, education’s fields', `${LINKS}${BAR}${EDU}`],
    ['link crumbs, a <br>, then the bar as text', `${LINKS}<br>基本信息 → 学历情况 → 完成并送审${BARE}`],
  ])('%s', (_n, body) => {
    expect(stepOf(body)).toBe('education');
  });
  it('a plain crumb after the label, then 上一步 >> 下一步 links: the links are no crumbs', () => {
    expect(stepOf(`<span>当前位置：</span><span>学历情况</span> <a href="#">上一步</a> &gt;&gt; <a href="#">下一步</a>${BARE}`)).toBe('education');
  });
});

describe('a last crumb naming a page of its own, under a crumb naming a step, names no step (breaker 24 item 5)', () => {
  const PASSWORD = `<table>${row('原密码', '<input type="password" name="a">')}${row('新密码', '<input type="password" name="b">')}${row('确认新密码', '<input type="password" name="c">')}</table><input type="submit" value="确定">`;
  const NOTES = '<table><tr><th>序号</th><th>审核时间</th><th>审核人</th><th>审核意见</th></tr><tr><td>1</td><td>2024-05-01</td><td>王五</td><td>请补充学历证书</td></tr></table>';
  const MESSAGES = '<table><tr><th>序号</th><th>标题</th><th>发送时间</th><th>状态</th></tr><tr><td>1</td><td>关于补充材料的通知</td><td>2024-05-01</td><td>未读</td></tr></table>';
  const NOTICE = '<p>一、申报人应如实填写……</p><input type="checkbox" name="ok">我已阅读<input type="submit" value="下一步">';
  it.each([
    ['首页 &gt; 基本信息 &gt; 修改密码', PASSWORD],
    ['个人基本信息 / 修改密码', PASSWORD],
    ['基本信息 &gt; 消息中心', MESSAGES],
    ['首页 &gt; 学历情况 &gt; 审核意见', NOTES],
    ['首页 &gt; 学历情况 &gt; 打印预览', `${NOTES}<input type="button" value="打印">`],
    ['首页 &gt; 工作经历 &gt; 打印预览', `${NOTES}<input type="button" value="打印">`],
    ['首页 &gt; 论文、著作 &gt; 申报须知', NOTICE],
  ])('当前位置：%s', (crumbs, body) => {
    expect(stepOf(`<div>当前位置：${crumbs}</div>${body}`)).toBe('unknown');
  });
  it('a record’s action after the step’s crumb still leaves the step (breaker 7a F1)', () => {
    for (const act of ['新增', '编辑', '查看', '附件上传']) expect(stepOf(`<div>当前位置：首页 &gt; 学历情况 &gt; ${act}</div>${BARE}`)).toBe('education');
    expect(stepOf(`<div>当前位置：学历情况 / 编辑</div>${BARE}`)).toBe('education');
  });
});

describe('a dash-parted title naming a page of its own after a step names no step (left 24b item 1)', () => {
  const PASSWORD = `<table>${row('原密码', '<input type="password" name="a">')}${row('新密码', '<input type="password" name="b">')}${row('确认新密码', '<input type="password" name="c">')}</table><input type="submit" value="确定">`;
  const NOTES = '<table><tr><th>序号</th><th>审核时间</th><th>审核人</th><th>审核意见</th></tr><tr><td>1</td><td>2024-05-01</td><td>王五</td><td>请补充学历证书</td></tr></table>';
  const PRINT = `${NOTES}<input type="button" value="打印">`;
  const pages: [title: string, body: string][] = [
    ['基本信息 - 修改密码', PASSWORD],
    ['个人基本信息 — 修改密码', PASSWORD],
    ['学历情况 — 审核意见', NOTES],
    ['学历情况 - 打印预览', PRINT],
    ['工作经历 – 打印预览 - 广州市职称申报系统', PRINT],
    ['学历情况 | 审核意见', NOTES],
  ];
  it.each(pages)('当前位置：%s', (title, body) => {
    expect(stepOf(`<div>当前位置：${title}</div>${body}`)).toBe('unknown');
  });
  it.each(pages)('<h3>%s</h3>', (title, body) => {
    expect(stepOf(`<h3>${title}</h3>${body}`)).toBe('unknown');
  });
  it.each(pages)('<title>%s</title>', (title, body) => {
    document.title = title;
    expect(stepOf(body)).toBe('unknown');
  });
  it.each([
    ['学历情况 - 2024年度', 'education'],
    ['学历情况 - 二〇二四年度', 'education'],
    ['学历情况 - 广州市职称申报系统', 'education'],
    ['学历情况 | 广州市专业技术人员职称服务平台', 'education'],
    ['个人基本信息 - 张三', 'basic-info'],
    ['学历情况 - 2024-01-01', 'education'],
    ['学历情况 - 第二批', 'education'],
    ['工作经历 - 编辑', 'work-experience'],
    ['学历情况 - 附件上传', 'education'],
    ['专业技术业绩-成果', 'achievements'],
  ])('qualifiers and record actions after the step stay passed over: <h3>, <title> %s', (title, step) => {
    expect(stepOf(`<h3>${title}</h3>${BARE}`), 'h3').toBe(step);
    document.title = title;
    expect(stepOf(BARE), 'title').toBe(step);
  });
});

describe('a lone crumb label whose crumbs follow in any inline tag (breaker 24 item 6)', () => {
  it.each(['em', 'label', 'small', 'u', 'cite', 'nobr', 'big', 'li'])('<span>当前位置：</span><%s>首页</…> &gt; <…>学历情况</…>', (tag) => {
    expect(stepOf(`<span>当前位置：</span><${tag}>首页</${tag}> &gt; <${tag}>学历情况</${tag}>${BARE}`)).toBe('education');
  });
  it('crumbs parted by an arrow image and a &gt;', () => {
    expect(stepOf(`<span>当前位置：</span><a href="#">首页</a><img src="arrow.gif"> &gt; <label>学历情况</label>${BARE}`)).toBe('education');
  });
  it('a block after the label ends its line: a menu in a <div> or <p> is no crumb', () => {
    expect(stepOf(`<span>当前位置：</span><p>基本信息 &gt; 学历情况</p>${BARE}`)).toBe('unknown');
  });
});

describe('an upload form’s title: its file box made on click, a label beside a file box, a strip of entries (breaker 24 items 7–9)', () => {
  const KIND = row('附件类型', '<select name="k"><option value="">--请选择--</option><option>年度考核表</option></select>');
  it('a 添加文件 button making the file box on click makes an upload form (item 7)', () => {
    expect(stepOf(`<div>年度考核结果—附件上传</div><table>${KIND}</table><input type="button" value="添加文件" onclick="add()"><input type="submit" value="上传">`)).toBe('annual-review');
  });
  it.each([
    ['a <button> 添加文件', '<button type="button" onclick="add()">添加文件</button><input type="submit" value="上传">'],
    ['a link drawn as a button, 上传附件', '<a href="javascript:add()" class="btn btn-primary">上传附件</a><input type="submit" value="上传">'],
    ['a layui link 点击上传', '<a href="javascript:;" class="layui-btn">点击上传</a>'],
    ['only a 上传 submit', '<input type="submit" value="上传">'],
    ['only a <button>上传</button>', '<button>上传</button>'],
  ])('an upload form with no file box yet: %s (left 24b item 2)', (_n, buttons) => {
    expect(stepOf(`<div>证书、证明材料附件上传</div><table>${KIND}</table>${buttons}`)).toBe('certificates');
    expect(stepOf(`<div>年度考核结果—附件上传</div><table>${KIND}</table>${buttons}`)).toBe('annual-review');
  });
  it('a menu’s plain link 上传附件, or a 保存 form, makes no upload form: a plain entry ending 附件上传 stays a menu’s (breaker 23 C)', () => {
    const EDU = `<table>${row('毕业院校', '<input name="a">')}${row('所学专业', '<input name="b">')}</table><input type="submit" value="保存">`;
    const menu = '<ul><li onclick="go(2)">学历情况</li><li onclick="go(10)">证明材料附件上传</li></ul><a href="#">上传附件</a> <a href="#">添加文件</a>';
    expect(stepOf(`${menu}<h3>学历情况</h3>${BARE}`)).toBe('education');
    expect(stepOf(`${menu}${EDU}`)).toBe('education');
    expect(stepOf(`<ul><li onclick="go(10)">证明材料附件上传</li></ul><table>${KIND}</table><input type="submit" value="保存">`)).toBe('unknown');
  });
  it.each(['学历学位证书附件上传', '年度考核表上传附件'])('a first row labelled %s beside its file box is a label, not the title (item 8)', (label) => {
    expect(stepOf(`<div class="title">证书、证明材料附件上传</div><table><tr><td>${label}</td><td><input type="file" name="f1"></td></tr><tr><td>在岗在职证明材料</td><td><input type="file" name="f2"></td></tr></table><input type="submit" value="上传">`)).toBe('certificates');
  });
  it('a plain-text menu of <div>s whose entry ends 附件上传, before the title <div>, is no strip: the title stands (breaker 23 C)', () => {
    const menu = ['个人基本信息', '证书、证明材料附件上传', '完成并送审'].map((t) => `<div onclick="go()">${t}</div>`).join('');
    expect(stepOf(`${menu}<div>年度考核结果—附件上传</div><table>${KIND}${row('文件', '<input type="file" name="f">')}</table><input type="submit" value="上传">`)).toBe('annual-review');
  });
  it('a tab strip of entries ending 附件上传 after the title is a menu (item 9)', () => {
    expect(stepOf(`<div>年度考核结果—附件上传</div><div class="tabs"><span class="on">年度考核附件上传</span> <span>学历附件上传</span> <span>证书附件上传</span></div><table>${KIND}${row('文件', '<input type="file" name="f">')}</table><input type="submit" value="上传">`)).toBe('annual-review');
  });
});

describe('what follows the step’s crumb is the step’s page unless it names a page of its own (breaker 25 items 1–4)', () => {
  /** A section's upload form: a kind list and a file box (labels naming no step but 证书、证明材料's). */
  const KINDS = `<table>${row('附件类型', '<select name="k"><option value="">--请选择--</option><option>毕业证书</option><option>学位证书</option></select>')}${row('选择文件', '<input type="file" name="f">')}</table><input type="submit" value="上传">`;
  it.each(['上传文件', '附件', '上传', '附件管理', '材料上传', '上传学历证书'])('首页 > 学历情况 > %s over an upload form is 学历, not 证书、证明材料 (item 1)', (last) => {
    expect(stepOf(`<div>当前位置：首页 &gt; 学历情况 &gt; ${last}</div>${KINDS}`)).toBe('education');
    expect(stepOf(`<div>您的位置: 首页 &gt; 学历情况 &gt; ${last}</div>${KINDS}`)).toBe('education');
  });
  it.each(['新增学历', '新增/修改', '新增记录', '编辑学历信息', '详细信息', '查看 - 张三'])('首页 > 学历情况 > %s (item 2)', (last) => {
    expect(stepOf(`<div>当前位置：首页 &gt; 学历情况 &gt; ${last}</div>${BARE}`)).toBe('education');
    expect(stepOf(`<div>当前位置：首页 &gt; 学历情况 &gt; ${last}</div>${FORM}`)).toBe('education');
  });
  it('a record’s page under slash-parted crumbs: 申报 / 论文著作 / 新增论文', () => {
    expect(stepOf(`<div>当前位置：申报 / 论文著作 / 新增论文</div>${BARE}`)).toBe('publications');
  });
  it.each(['申报人：张三', '今天是：2024年5月1日', '用户：张三'])('the crumb line with %s on its right (item 3)', (right) => {
    expect(stepOf(`<div>当前位置：首页 &gt; 学历情况 <span style="float:right">${right}</span></div>${BARE}`)).toBe('education');
  });
  it.each(['申报人：张三', '张三', '2024年5月1日', '今天是：2024年5月1日'])('a bare 基本信息 crumb with %s right-floated beside it (left 26 item 1)', (right) => {
    expect(stepOf(`<div class="crumb">当前位置：首页 &gt; 基本信息<span style="float:right">${right}</span></div>${BARE}`)).toBe('basic-info');
  });
  it('a page of its own joined to the step’s crumb names no step: 当前位置：首页 > 基本信息修改密码', () => {
    expect(stepOf(`<div>当前位置：首页 &gt; 基本信息<span>修改密码</span></div>${BARE}`)).toBe('unknown');
  });
  it.each(['首页 / 专业技术业绩/成果', '首页 / 专业技术业绩/成果 / 新增', '申报 / 专业技术业绩/成果 / 编辑'])('您的位置：%s: a slash inside the step’s own name (item 4)', (crumbs) => {
    expect(stepOf(`<div>您的位置：${crumbs}</div>${BARE}`)).toBe('achievements');
  });
  const LIST = (heads: string[], cells: string[]) => `<table><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr><tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr></table>`;
  it.each([
    ['首页 &gt; 学历情况 &gt; 消息中心', LIST(['序号', '标题', '发送时间', '状态'], ['1', '关于补充学历证书的通知', '2024-05-01', '未读'])],
    ['基本信息 &gt; 个人中心', `${LIST(['项目', '内容'], ['登录账号', 'zhangsan'])}<a href="#">修改密码</a>`],
    ['首页 &gt; 论文著作 &gt; 操作指南', '<p>一、论文著作按发表时间填写……</p><p>二、每篇论文须上传附件。</p>'],
    ['首页 &gt; 工作经历 &gt; 系统公告', LIST(['序号', '公告标题', '发布时间'], ['1', '2024年度职称申报工作通知', '2024-05-01'])],
    ['首页 &gt; 年度考核 &gt; 帮助', '<p>年度考核结果按年度填写。</p>'],
    ['首页 / 学历情况 / 系统公告', LIST(['序号', '标题', '发布时间'], ['1', '申报通知', '2024-05-01'])],
    ['首页 &gt; 学历情况 &gt; 审核意见 &gt; 张三', LIST(['序号', '审核时间', '审核意见'], ['1', '2024-05-01', '请补充'])],
  ])('a page of its own after the step’s crumb names no step: 当前位置：%s', (crumbs, body) => {
    expect(stepOf(`<div>当前位置：${crumbs}</div>${body}`)).toBe('unknown');
  });
});

describe('a lone crumb label’s line ends at any block holding the form (breaker 25 item 5)', () => {
  const LABEL = '<span>当前位置：</span><a href="#">首页</a> &gt; <a href="#">学历情况</a>';
  it.each([
    ['a <center> holding the form', `<center>${BARE}</center>`],
    ['a <fieldset> holding the form', `<fieldset>${BARE}</fieldset>`],
    ['a <section> holding the form', `<section>${BARE}</section>`],
    ['an <article> holding the form', `<article>${BARE}</article>`],
    ['an <hr> then a <center> holding the form', `<hr><center>${BARE}</center>`],
    ['a <nav> of other steps', `<nav><a href="#">基本信息</a> <a href="#">论文著作</a></nav>${BARE}`],
  ])('crumbs followed by %s', (_, rest) => {
    expect(stepOf(`${LABEL}${rest}`)).toBe('education');
  });
});

describe('only a button adding or choosing a file makes an upload form: a 查看文件 / 下载文件 on a list makes none (breaker 25 item 6)', () => {
  const MENU = ['个人基本信息', '学历情况', '证书、证明材料附件上传', '完成并送审'].map((t) => `<div onclick="go()">${t}</div>`).join('');
  const LIST = (button: string) => `<table border="1"><tr><th>序号</th><th>入学时间</th><th>毕业时间</th><th>毕业院校</th><th>学历</th><th>操作</th></tr>
<tr><td>1</td><td>2012-09</td><td>2016-06</td><td>中山大学</td><td>大学本科</td><td>${button}</td></tr></table><input type="button" value="新增">`;
  it.each(['查看文件', '下载文件', '文件下载', '导出文件'])('a plain-text menu entry ending 附件上传 above an untitled 学历 list with a %s button', (value) => {
    expect(stepOf(`${MENU}${LIST(`<input type="button" value="${value}" onclick="v(1)">`)}`)).toBe('education');
    expect(stepOf(`${MENU}<b>学历情况</b>${LIST(`<input type="button" value="${value}" onclick="v(1)">`)}`)).toBe('education');
  });
});

describe('a one-row upload form’s row label is its only name (breaker 25 item 7)', () => {
  it.each([
    ['年度考核结果附件上传', 'annual-review'],
    ['学历证书附件上传', 'education'],
  ])('%s | [file] [上传]', (label, step) => {
    expect(stepOf(`<table><tr><td>${label}</td><td><input type="file" name="f"> <input type="submit" value="上传"></td></tr></table>`)).toBe(step);
  });
  it('a title above the one row still names the page', () => {
    expect(stepOf(`<div>证书、证明材料附件上传</div><table><tr><td>学历证书附件上传</td><td><input type="file" name="f"> <input type="submit" value="上传"></td></tr></table>`)).toBe('certificates');
  });
});

describe('a crumb after the step’s is a place, a part after a dash a qualifier (breaker 26 F1, F2)', () => {
  it.each([
    ['首页 &gt; 学历情况 &gt; 填写说明', 'unknown'],
    ['首页 / 工作经历 / 获奖情况', 'unknown'],
    ['首页 &gt; 年度考核 &gt; 考核须知', 'unknown'],
    ['首页 &gt; 学历情况 &gt; 2024年度', 'education'],
    ['首页 &gt; 学历情况 &gt; 录入 - 张三', 'education'],
    ['首页 &gt; 论文著作 &gt; 维护论文信息', 'publications'],
  ])('当前位置：%s', (crumbs, step) => {
    expect(stepOf(`<div>当前位置：${crumbs}</div>${BARE}`)).toBe(step);
  });
  it.each(['学历情况 - 已提交', '学历情况 - 填写说明', '学历情况 | 广州市人力资源和社会保障局'])('<h3>%s</h3> is the step', (title) => {
    expect(stepOf(`<h3>${title}</h3>${BARE}`)).toBe('education');
  });
});
