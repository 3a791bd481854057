/**
 * Steps 6–11 written the way the practice portal is not (probe 21): each page read the way the
 * content script reads a live frame, then recognised and checked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { recognizeFields } from '../../../lib/fields/recognize';
import { findOption } from '../../../lib/fill/plan';
import { normalizeText } from '../../../lib/page/normalize';

/** The step and the findings (`checkId:severity`) of a page body. */
function evaluate(body: string): { step: string; findings: string[] } {
  document.body.innerHTML = body;
  const snapshot = collectSnapshot(document, window);
  const inputs = { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS };
  const { recognition, findings } = evaluatePage(snapshot, inputs);
  return { step: recognition.step, findings: findings.map((f) => `${f.checkId}:${f.severity}`) };
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** Step 10's materials, one row each, the uploaded file's name in a column headed `fileHeader`. */
const materials = (fileHeader: string, proofFile: string) => `<div>当前位置：初次职称考核认定 &gt; 证书、证明材料</div>
<table border="1"><tr><td><b>材料名称</b></td><td><b>是否必传</b></td><td><b>${fileHeader}</b></td><td><b>操作</b></td></tr>
<tr><td>在岗在职证明材料</td><td>是</td><td>${proofFile}</td><td><a href="#">上传</a></td></tr>
<tr><td>其他证书、证明材料</td><td>否</td><td>获奖证书.jpg</td><td><a href="#">上传</a> <a href="#">查看</a> <a href="#">删除</a></td></tr></table>
<input type="submit" value="保存并下一步">`;

describe('probe 21: steps 6–11 on unseen markup', () => {
  it('F1 certificates: an empty 已上传文件 / 上传文件 cell is the material not uploaded', () => {
    for (const header of ['已上传文件', '上传文件', '文件']) {
      expect(evaluate(materials(header, '')), header).toEqual({ step: 'certificates', findings: ['on-job-proof-missing:error'] });
      expect(evaluate(materials(header, '社保明细.pdf')).findings, header).toEqual([]);
    }
  });

  it('breaker 22 F1: a 文件 cell showing the uploaded scan as a thumbnail, or empty beside 上传状态 已上传, is the material uploaded', () => {
    const checklist = (fileCell: string, status: string | null) => `<div>当前位置：初次职称考核认定 &gt; 证书、证明材料</div>
<table border="1"><tr><th>材料名称</th><th>是否必传</th><th>文件</th>${status === null ? '' : '<th>上传状态</th>'}</tr>
<tr><td>在岗在职证明材料</td><td>是</td><td>${fileCell}</td>${status === null ? '' : `<td>${status}</td>`}</tr>
<tr><td>其他证书、证明材料</td><td>否</td><td>${fileCell}</td>${status === null ? '' : `<td>${status}</td>`}</tr></table>
<input type="submit" value="保存并下一步">`;
    const thumbnail = '<img src="/upload/2024/zm001.jpg" width="60" height="40">';
    expect(evaluate(checklist(thumbnail, '已上传')), 'thumbnail, 已上传').toEqual({ step: 'certificates', findings: [] });
    expect(evaluate(checklist(thumbnail, null)).findings, 'thumbnail, no status').toEqual([]);
    expect(evaluate(checklist('', '已上传')).findings, 'empty, 已上传').toEqual([]);
    // An explicit 未上传 stays an error, whatever the file cell shows.
    expect(evaluate(checklist(thumbnail, '未上传')).findings, 'thumbnail, 未上传').toEqual(['on-job-proof-missing:error']);
    expect(evaluate(checklist('', '未上传')).findings, 'empty, 未上传').toEqual(['on-job-proof-missing:error']);
    expect(evaluate(checklist('', null)).findings, 'empty, no status').toEqual(['on-job-proof-missing:error']);
  });

  it('F2 record lists: an attachment cell counting none (附件(0), 附件：0, 0个附件) is a record without evidence', () => {
    const list = (second: string) => `<div>从事专业技术工作及取得的业绩成果情况</div>
<table border="1"><tr><th>记录序号</th><th>项目名称</th><th>本人作用</th><th>附件</th><th>操作</th></tr>
<tr><td>1</td><td>白云区流溪河支流水质例行监测项目</td><td>主要完成人</td><td><a href="#">附件(2)</a></td><td><a href="#">编辑</a></td></tr>
<tr><td>2</td><td>番禺区工业园区大气特征污染物监测项目</td><td>参与人</td><td>${second}</td><td><a href="#">编辑</a></td></tr></table><input type="submit" value="添加">`;
    for (const none of ['<a href="#">附件(0)</a>', '附件（0）', '附件：0', '0个附件', '(0)']) {
      expect(evaluate(list(none)), none).toEqual({ step: 'achievements', findings: ['attachment-missing:error'] });
    }
    for (const some of ['<a href="#">附件(1)</a>', '附件（10）', '监测报告.pdf']) expect(evaluate(list(some)).findings, some).toEqual([]);
  });

  it('breaker 22 F2: a count of none worded otherwise (附件(0)份, 附件(0个), 共0个附件, 附件：0个, 附件数:0) is no attachment; 附件(10), 10个附件, 附件(1)份 are some', () => {
    const list = (second: string) => `<div>从事专业技术工作及取得的业绩成果情况</div>
<table border="1"><tr><th>记录序号</th><th>项目名称</th><th>本人作用</th><th>附件</th><th>操作</th></tr>
<tr><td>1</td><td>白云区流溪河支流水质例行监测项目</td><td>主要完成人</td><td><a href="#">附件(2)</a></td><td><a href="#">编辑</a></td></tr>
<tr><td>2</td><td>番禺区工业园区大气特征污染物监测项目</td><td>参与人</td><td>${second}</td><td><a href="#">编辑</a></td></tr></table><input type="submit" value="添加">`;
    for (const none of ['附件(0)份', '附件（0个）', '共0个附件', '附件：0个', '附件数:0', '<a href="#">附件数：0</a>']) {
      expect(evaluate(list(none)).findings, none).toEqual(['attachment-missing:error']);
    }
    for (const some of ['附件(10)', '附件（20）', '附件：10', '10个附件', '附件(1)份', '共2个附件']) expect(evaluate(list(some)).findings, some).toEqual([]);
  });

  it('F3 an achievements box labelled 业绩项目名称', () => {
    const form = (label: string, id: string) => `<div>当前位置：职称申报 &gt; 业绩成果 &gt; 新增</div><table>
<tr><td><span style="color:red">*</span><span id="lblA">${label}</span></td><td><input type="text" name="ctl00$ContentPlaceHolder1$${id}" id="ctl00_ContentPlaceHolder1_${id}"></td></tr>
<tr><td>本人所起作用</td><td><input type="text" id="txtBrzy"></td></tr></table><input type="submit" value="保存">`;
    const keyOf = (html: string) => {
      document.body.innerHTML = html;
      const snapshot = collectSnapshot(document, window);
      return recognizeFields(snapshot, 'achievements').find((m) => snapshot.controls[m.control]!.id.includes('TextBox3'))?.key;
    };
    expect(keyOf(form('业绩项目名称', 'TextBox3')), '业绩项目名称').toBe('achievements.title');
  });

  it('F4 boxes the page labels only by its title, named by pinyin initials written capitalised (txtJcqk, txtGrxj)', () => {
    document.body.innerHTML = `<div>工作期间奖惩情况/个人专业技术工作小结</div><table><tr><td><textarea name="ctl00$ContentPlaceHolder1$txtJcqk" id="ctl00_ContentPlaceHolder1_txtJcqk"></textarea></td></tr>
<tr><td><textarea name="ctl00$ContentPlaceHolder1$txtGrxj" id="ctl00_ContentPlaceHolder1_txtGrxj"></textarea></td></tr></table><input type="submit" value="保存">`;
    const snapshot = collectSnapshot(document, window);
    expect(recognizeFields(snapshot, 'awards-summary').map((m) => m.key)).toEqual(['awards', 'workSummary']);
  });

  it('F5 step 6 asking 工作总结 / 总结 (its box named txtZj, txtGzzj): the summary, filled and checked as such', () => {
    for (const [label, id] of [['工作总结', 'txtZj'], ['总结', 'txtGzzj'], ['工作总结（限2000字）', 'TextBox2']]) {
      document.body.innerHTML = `<div>奖惩情况及工作总结</div><table><tr><td>奖惩情况</td><td><textarea id="txtJc">无。</textarea></td></tr>
<tr><td><span style="color:red">*</span>${label}</td><td><textarea id="${id}"></textarea></td></tr></table><input type="submit" value="保存">`;
      const snapshot = collectSnapshot(document, window);
      expect(recognizeFields(snapshot, 'awards-summary').map((m) => m.key), label).toEqual(['awards', 'workSummary']);
    }
  });

  it('F6 论文 among 期刊论文 / 会议论文 / 专著: the journal paper, as the seed’s 论文 beside 学术会议宣读的论文', () => {
    const list = (...texts: string[]) => texts.map((text, i) => ({ value: String(i + 1), text, norm: normalizeText(text), disabled: false, selected: false, placeholder: false }));
    expect(findOption(list('期刊论文', '会议论文', '专著', '译著'), '论文')?.text).toBe('期刊论文');
    expect(findOption(list('学术论文', '学术会议论文', '著作'), '论文')?.text).toBe('学术论文');
    expect(findOption(list('期刊论文', '学术会议宣读的论文', '著作'), '会议论文')?.text).toBe('学术会议宣读的论文');
    // The seed's own words stay what they are.
    expect(findOption(list('论文', '会议论文', '著作'), '论文')?.text).toBe('论文');
    expect(findOption(list('论文', '会议论文', '著作'), '会议论文')?.text).toBe('会议论文');
  });

  it('breaker 22 F7: another section’s 附件上传 form titled in plain text (附件类型 + a box labelled 文件) is that section, not step 10', () => {
    const form = (title: string, kinds: string[]) => `${title}<table>
<tr><td>附件类型</td><td><select id="ddlLx"><option value="">--请选择--</option>${kinds.map((k, i) => `<option value="${i + 1}">${k}</option>`).join('')}</select></td></tr>
<tr><td>文件</td><td><input type="file" id="fu"></td></tr></table><input type="submit" value="上传"><input type="button" value="返回">`;
    for (const [heading, kinds, step] of [
      ['年度考核结果—附件上传', ['年度考核表', '考核登记表'], 'annual-review'],
      ['学历—附件上传', ['毕业证', '学位证'], 'education'],
      ['工作经历 上传附件', ['社保缴费明细', '劳动合同'], 'work-experience'],
      ['业绩成果—附件上传', ['项目合同', '验收报告'], 'achievements'],
      ['论文—附件上传', ['论文全文', '刊物封面'], 'publications'],
    ] as const) {
      for (const title of [`<div>${heading}</div>`, `<table><tr><td><span>${heading}</span></td></tr></table>`]) {
        expect(evaluate(form(title, [...kinds])), title).toEqual({ step, findings: [] });
      }
    }
    // Step 10's own, titled so, stays step 10.
    expect(evaluate(form('<div>证书、证明材料—附件上传</div>', ['在岗在职证明材料', '其他证明材料'])).step).toBe('certificates');
  });

  it('F7 step 10’s upload form titled 附件上传, its file box labelled 文件 alone: certificates, 在岗在职证明材料 not yet uploaded', () => {
    const body = `<table><tr><td><span>附件上传</span></td></tr></table><table><tr><td>*<span>材料名称</span></td><td><select id="ddlMc"><option value="">--请选择--</option><option value="1">在岗在职证明材料</option><option value="2">其他证明材料</option></select></td></tr>
<tr><td><span>文件</span></td><td><input type="file" id="fu"></td></tr></table><input type="submit" value="上传">
<table border="1"><tr><th>材料名称</th><th>文件名称</th><th>操作</th></tr><tr><td>其他证明材料</td><td>获奖证书.jpg</td><td><a href="#">删除</a></td></tr></table>`;
    expect(evaluate(body)).toEqual({ step: 'certificates', findings: ['on-job-proof-missing:warning'] });
  });
});

/** Step 10's checklist: 在岗在职证明材料's 文件 cell `fileCell`, a 上传状态 column (headed `statusHeader`) reading `status` unless null. */
const proofChecklist = (fileCell: string, status: string | null, statusHeader = '上传状态') => `<div>当前位置：初次职称考核认定 &gt; 证书、证明材料</div>
<table border="1"><tr><th>材料名称</th><th>是否必传</th><th>文件</th>${status === null ? '' : `<th>${statusHeader}</th>`}<th>操作</th></tr>
<tr><td>在岗在职证明材料</td><td>是</td><td>${fileCell}</td>${status === null ? '' : `<td>${status}</td>`}<td><a href="#">上传</a></td></tr>
<tr><td>其他证书、证明材料</td><td>否</td><td>获奖证书.jpg</td>${status === null ? '' : '<td>已上传</td>'}<td><a href="#">上传</a></td></tr></table>
<input type="submit" value="保存并下一步">`;

/** 业绩成果's list of two records, record 1 with 附件(2), record 2's 附件 cell `second`. */
const achievements = (second: string) => `<div>从事专业技术工作及取得的业绩成果情况</div>
<table border="1"><tr><th>记录序号</th><th>项目名称</th><th>本人作用</th><th>附件</th><th>操作</th></tr>
<tr><td>1</td><td>白云区流溪河支流水质例行监测项目</td><td>主要完成人</td><td><a href="#">附件(2)</a></td><td><a href="#">编辑</a></td></tr>
<tr><td>2</td><td>番禺区工业园区大气特征污染物监测项目</td><td>参与人</td><td>${second}</td><td><a href="#">编辑</a></td></tr></table><input type="submit" value="添加">`;

describe('breaker 23: what a 文件 or 附件 cell shows that is no file', () => {
  it('item 1: a spacer, placeholder, spinner, hidden icon, required mark or warning alone in the 文件 cell is 在岗在职证明材料 not uploaded', () => {
    for (const image of [
      '<img src="/images/blank.gif" width="1" height="1">',
      '<img src="images/spacer.gif">',
      '<img src="/skin/loading.gif">',
      '<img src="/images/icon_pdf.gif" style="display:none">',
      '<img src="/images/nopic.jpg" alt="暂无图片">',
      '<img src="/images/star_red.gif">',
      '<img src="/img/warn.png" title="请上传">',
      '<img src="/images/line.gif" width="120" height="1">',
    ]) {
      expect(evaluate(proofChecklist(image, null)), image).toEqual({ step: 'certificates', findings: ['on-job-proof-missing:error'] });
    }
    // The uploaded scan itself, as a thumbnail or a paper clip opening it, is the material uploaded (breaker 22 F1).
    for (const file of [
      '<img src="/upload/2024/zm001.jpg" width="60" height="40">',
      '<img src="/images/spacer.gif" width="1" height="1"><img src="/upload/2024/zm001.jpg">',
      '<a href="/upload/2024/zm001.pdf"><img src="/images/fujian.gif"></a>',
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="60" height="40">',
    ]) {
      expect(evaluate(proofChecklist(file, null)).findings, file).toEqual([]);
    }
  });

  it('item 1: a 文件 cell saying 未上传 / 无, or showing only the upload action, is no file', () => {
    for (const cell of ['未上传', '无', '<a href="#">上传</a>', '<img src="/images/btn_upload.gif">']) {
      expect(evaluate(proofChecklist(cell, null)).findings, cell).toEqual(['on-job-proof-missing:error']);
    }
  });

  it('item 2: a record list’s 附件 cell showing a cross, a no mark, a spacer or a greyed clip is no attachment', () => {
    for (const image of [
      '<img src="/images/cross.gif">',
      '<img src="/images/no.png">',
      '<img src="/images/spacer.gif" width="1" height="1">',
      '<img src="/images/clip.gif" style="opacity:.3">',
      '<img src="/images/clip_gray.gif">',
    ]) {
      expect(evaluate(achievements(image)).findings, image).toEqual(['attachment-missing:error']);
    }
    for (const clip of ['<a href="#"><img src="/images/fujian.gif"></a>', '<img src="/images/clip.gif" title="查看附件">']) {
      expect(evaluate(achievements(clip)).findings, clip).toEqual([]);
    }
  });

  it('item 3: 已上传 counting none, or 已提交 (the record’s review), beside an empty 文件 cell is no file', () => {
    for (const status of ['已上传0个', '已上传(0)', '已上传：0份', '已上传0/1', '已提交审核', '已提交']) {
      expect(evaluate(proofChecklist('', status)).findings, status).toEqual(['on-job-proof-missing:error']);
    }
    expect(evaluate(proofChecklist('', '已提交', '状态')).findings, '状态 已提交').toEqual(['on-job-proof-missing:error']);
    // A count of the material's files: 0 is none.
    for (const count of ['0', '0个', '附件(0)', '共0份']) expect(evaluate(proofChecklist('', count, '附件数')).findings, `附件数 ${count}`).toEqual(['on-job-proof-missing:error']);
    // Beside the file's name too: a status counting none is the material not uploaded.
    for (const none of ['0个', '未上传文件', '未提交']) expect(evaluate(proofChecklist('社保明细.pdf', none)).findings, none).toEqual(['on-job-proof-missing:error']);
    for (const status of ['已上传', '已上传1个', '已上传(10)', '已上传1/1']) expect(evaluate(proofChecklist('', status)).findings, status).toEqual([]);
  });

  it('item 4: 附件（0/0） and [0] are no attachment; 附件(1/2), 附件(10), 10, 共10个附件 are some', () => {
    for (const none of ['附件（0/0）', '[0]', '附件[0]', '0/1']) expect(evaluate(achievements(none)).findings, none).toEqual(['attachment-missing:error']);
    for (const some of ['附件(1/2)', '附件(10)', '10', '共10个附件', '[2]']) expect(evaluate(achievements(some)).findings, some).toEqual([]);
  });
});

describe('breaker 24: a real uploaded scan in the 文件 cell is a file', () => {
  it('item 1: no-file words in a folder, a handler’s address, another word or a sentence of the title make no placeholder', () => {
    for (const file of [
      '<img src="/FileShow/Default.aspx?id=20240501123">',
      '<img src="/upload/default/2024/05/zm001.jpg">',
      '<img src="/upload/2024/gray_scan.jpg">',
      '<img src="/Files/star/2024/zm001.jpg">',
      '<img src="/upload/2024/x.jpg">',
      '<img src="/upload/2024/05/no.jpg">',
      '<img src="/uploading/2024/zm001.jpg">',
      '<img src="/Empty/upload/zm001.jpg">',
      '<img src="/upload/2024/zm001.jpg" title="点击查看，未上传原件请补交">',
      '<a href="/upload/2024/zm001.jpg" title="点击查看大图"><img src="/upload/2024/zm001.jpg" title="请上传清晰扫描件"></a>',
      '<img src="/upload/2024/nopicture_scan.jpg?v=blank.gif">',
    ]) {
      expect(evaluate(proofChecklist(file, null)).findings, file).toEqual([]);
    }
    // A placeholder's or an icon's own name, or a title saying no file as a whole, is still none.
    for (const none of ['<img src="/images/default.png?v=2">', '<img src="/images/no_photo.jpg">', '<img src="/images/warning.png">', '<img src="/upload/2024/zm001.jpg" title="未上传">', '<img src="/images/tp.gif" alt="文件未上传">']) {
      expect(evaluate(proofChecklist(none, null)).findings, none).toEqual(['on-job-proof-missing:error']);
    }
  });

  it('item 2: a thumbnail in a cell that also holds a script or a style is read by the thumbnail', () => {
    for (const file of [
      '<a href="#" onclick="view(1)"><img src="/upload/2024/zm001.jpg"></a><script>var a=1;</script>',
      '<style>.t{border:0}</style><img class="t" src="/upload/2024/zm001.jpg">',
    ]) {
      expect(evaluate(proofChecklist(file, null)).findings, file).toEqual([]);
    }
    // A script beside a placeholder alone is still no file: its alt 暂无图片 is no file's name.
    expect(evaluate(proofChecklist('<img src="/images/nopic.jpg" alt="暂无图片"><script>var a=1;</script>', null)).findings).toEqual(['on-job-proof-missing:error']);
  });

  it('item 3: a scan’s thumbnail dimmed until hovered or faded in on load is a file; a greyed icon is not', () => {
    for (const file of [
      '<style>.thumb{opacity:.4}.thumb:hover{opacity:1}</style><img class="thumb" src="/upload/2024/zm001.jpg">',
      '<img style="opacity:0" onload="this.style.opacity=1" src="/upload/2024/zm001.jpg">',
      '<img style="opacity:.4" src="/upload/2024/zm001.png" width="120" height="90">',
    ]) {
      expect(evaluate(proofChecklist(file, null)).findings, file).toEqual([]);
    }
    expect(evaluate(proofChecklist('<img src="/images/icon_pdf.png" style="opacity:.3">', null)).findings).toEqual(['on-job-proof-missing:error']);
  });
});

describe('breaker 25: a placeholder is a name of placeholder words alone, an alt or title saying no file, or a greyed icon', () => {
  const missing = (cell: string) => expect(evaluate(proofChecklist(cell, null)).findings, cell).toEqual(['on-job-proof-missing:error']);
  const uploaded = (cell: string) => expect(evaluate(proofChecklist(cell, null)).findings, cell).toEqual([]);

  it('item 2: a placeholder named by its words joined (nopicture, defaultphoto, DefaultPic, blankpic, emptyimg, loadingimg) is no file', () => {
    for (const name of ['nopicture.jpg', 'defaultphoto.jpg', 'DefaultPic.gif', 'blankpic.gif', 'emptyimg.png', 'loadingimg.gif', 'no-image.png', 'default_avatar2.png']) missing(`<img src="/images/${name}">`);
    // Real content beside a placeholder word (an id, a date, a scan) is the uploaded file.
    for (const name of ['default_zm001.jpg', 'blank20240501.jpg', 'nopicture_scan.jpg', 'zm001_default.png']) uploaded(`<img src="/upload/2024/${name}" width="120" height="90">`);
  });

  it('item 3: an alt or title saying no file in words of its own (尚未上传, 暂未上传, 暂无上传, 还没有上传, 未上传图片, 请上传附件, 暂无数据) is no file', () => {
    for (const alt of ['尚未上传', '暂未上传', '暂无上传', '还没有上传', '未上传图片', '暂无数据', '尚未上传照片']) missing(`<img src="/images/zwtp.gif" alt="${alt}">`);
    missing('<img src="/images/zwtp.gif" title="请上传附件">');
    // A sentence about the upload on the scan itself is no such word.
    for (const title of ['请上传清晰扫描件', '未上传原件请补交', '查看附件']) uploaded(`<img src="/upload/2024/zm001.jpg" title="${title}">`);
  });

  it('item 4: a PNG scan whose name puts x or no beside digits (a size, a number) is a file; x, no as a word of an icon’s name is none', () => {
    for (const name of ['zm001_120x90.png', '20240501_160x120.png', 'scan_no1.png', 'No2024001.png']) uploaded(`<img src="/upload/2024/${name}">`);
    for (const name of ['no.png', 'x.gif', 'star_red.gif', 'icon-no.png']) missing(`<img src="/images/${name}">`);
  });

  it('item 5: a greyed icon is small whatever its address (inline GIF, SVG, an icon handler); a greyed scan drawn large is the file', () => {
    for (const src of ['data:image/gif;base64,R0lGODlhEAAQAIAAAP///wAAACH5BAEAAAAALAAAAAAQABAAAAIOhI+py+0Po5y02ouzPgUAOw==', '/images/clip.svg', '/Handler/Icon.ashx?name=clip']) {
      missing(`<img src="${src}" width="16" height="16" style="opacity:.3">`);
    }
    missing('<img src="/images/clip.svg" style="opacity:.3">');
    uploaded('<img src="/Handler/GetFile.ashx?id=20240501" width="120" height="90" style="opacity:.4">');
  });

  it('item 6: a cell’s hidden text (display:none, visibility:hidden) is not what it shows', () => {
    missing('<a href="#" style="display:none">查看</a><span>暂无</span>');
    missing('<span style="display:none">zm001.pdf</span><span>未上传</span>');
    missing('<span style="visibility:hidden">zm001.pdf</span>');
    uploaded('<a href="/upload/2024/zm001.pdf">查看</a> <span style="display:none">暂无</span>');
  });
});

describe('left 24b item 3: a lazy image’s placeholder waits for its file', () => {
  const gif = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
  it.each(['data-src', 'data-original', 'lay-src'])('a 1×1 placeholder or a grey placeholder GIF with its file in %s is the file', (lazy) => {
    expect(evaluate(proofChecklist(`<img width="1" height="1" src="${gif}" ${lazy}="/upload/2024/zm001.jpg">`, null)).findings).toEqual([]);
    expect(evaluate(proofChecklist(`<img src="/images/grey.gif" ${lazy}="/upload/2024/zm001.jpg">`, null)).findings).toEqual([]);
  });
  it('a placeholder without a lazy file, or whose lazy file is itself a placeholder, is still none', () => {
    for (const none of [`<img width="1" height="1" src="${gif}">`, '<img src="/images/grey.gif">', '<img width="1" height="1" src="/images/spacer.gif" data-src="/images/nopic.jpg">']) {
      expect(evaluate(proofChecklist(none, null)).findings, none).toEqual(['on-job-proof-missing:error']);
    }
  });
});

describe('left 26: an alt saying no file with its punctuation; an icon’s name read by whole words', () => {
  const missing = (cell: string) => expect(evaluate(proofChecklist(cell, null)).findings, cell).toEqual(['on-job-proof-missing:error']);
  const uploaded = (cell: string) => expect(evaluate(proofChecklist(cell, null)).findings, cell).toEqual([]);

  it('item 2: an alt or title saying no file with a full stop, an exclamation mark or spaces around it is no file', () => {
    for (const alt of ['暂无图片。', '暂无上传！', ' 未上传 ', '尚未上传…', '暂无图片!']) missing(`<img src="/images/zwtp.gif" alt="${alt}">`);
    missing('<img src="/images/zwtp.gif" title="　请上传附件。">');
    // A sentence ending so is still a sentence on the scan.
    for (const title of ['请上传清晰扫描件。', '未上传原件请补交！']) uploaded(`<img src="/upload/2024/zm001.jpg" title="${title}">`);
  });

  it('item 3: a mark word joined in camelCase, by digits or separators to an icon’s words is an icon mark: no file', () => {
    for (const name of ['iconWarn.png', 'IconError.gif', 'icon_error16.png', 'btnCross.gif', 'starRed.gif', 'ico-x.png', 'clipGray.gif', 'warn_16x16.png']) missing(`<img src="/images/${name}">`);
  });

  it('item 3: a scan whose name holds a mark word beside other words, or its letters inside a word, is a file', () => {
    for (const name of ['cross_section_01.png', 'crossing.png', 'okra.png', 'scan_warning_letter01.png', 'xray_chest.png', 'noise_report.png', 'starlight2024.png']) uploaded(`<img src="/upload/2024/${name}">`);
    // A tick or a delete button says a file is there: no mark of none (the cell reads as the icon's name).
    for (const name of ['ico-ok.png', 'btnDel.gif']) uploaded(`<img src="/images/${name}">`);
  });
});
