import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { labelKeys, labelVariants, nameTokens, pageFieldValues, recognizeFields } from '../../../lib/fields/recognize';
import { fieldDictionary } from '../../../lib/fields/dictionary';
import { ALL_FIELD_KEYS } from '../../../lib/fields/keys';
import { buildFieldMapFile, mappingFromControl, parseFieldMapFile, upsertMapping } from '../../../lib/fields/taught';
import type { StepId } from '../../../lib/portal/step-ids';
import { normalizeText } from '../../../lib/page/normalize';
import { planFill } from '../../../lib/fill/plan';
import { profileSchema } from '../../../lib/profile/schema';

function recognise(html: string, step: StepId, taught = [] as Parameters<typeof recognizeFields>[2]) {
  document.body.innerHTML = html;
  const snap = collectSnapshot(document);
  const matches = recognizeFields(snap, step, taught);
  return { snap, matches, keyOf: (id: string) => matches.find((m) => snap.controls[m.control]!.id === id) };
}

describe('dictionary', () => {
  it('has exactly one row per field key', () => {
    expect(fieldDictionary().map((r) => r.key).sort()).toEqual([...ALL_FIELD_KEYS].sort());
  });
  it('no row’s labels hit its own negatives (headWord reads an id’s words’ labels, the head’s own among them, against the head’s negatives)', () => {
    for (const row of fieldDictionary()) {
      const labels = String(row.labels);
      expect(row.negative.filter((n) => (typeof n === 'string' ? labels.includes(n) : n.test(labels))), row.key).toEqual([]);
    }
  });
});

describe('helpers', () => {
  it('tokenises WebForms names', () => {
    expect(nameTokens('ctl00_ContentPlaceHolder1_txtSFZH', 'ctl00$ContentPlaceHolder1$txtSFZH')).toContain('SFZH');
    expect(nameTokens('', 'txtxm')).toContain('xm');
    expect(nameTokens('txtBirthDate', '')).toEqual(expect.arrayContaining(['Birth', 'BirthDate']));
    // Several words: the whole, and the head word only when the whole names no field (breaker 23).
    expect(nameTokens('txtGzDwMc', '')).toEqual(['GzDwMc', 'GZDW']); // the head Dw with the word before it: 工作单位's GZDW (left 26 item 4)
    expect(nameTokens('txtXmDwMc', '')).toEqual(['XmDwMc', 'Dw']);
    expect(nameTokens('txtByYx', '')).toEqual(['ByYx']);
    expect(nameTokens('', 'TXDZ')).toEqual(['TXDZ']);
  });
  it('strips decorations', () => {
    expect(labelVariants('【姓名】')[0]!.text).toBe('姓名');
    expect(labelVariants('1、姓名(必填)')[0]!.text).toBe('姓名');
    expect(labelVariants('出生日期(yyyy-mm-dd)').map((v) => v.text)).toContain('出生日期');
  });
  it('strips a leading enumerator, the seed\'s ①②③ included (probe9 item 7)', () => {
    // Labels reach labelVariants normalised: NFKC folds ① to "1" and （一） to "(一)".
    for (const label of ['① 记录序号', '1.记录序号', '(1)记录序号', '（一）记录序号', '一、记录序号', '⑵记录序号']) {
      expect(labelVariants(normalizeText(label))[0]!.text, label).toBe('记录序号');
    }
    expect(labelVariants('2024年度考核')[0]!.text).toBe('2024年度考核');
  });
  it('recognises the step-10 upload form labelled with the seed\'s numbering', () => {
    const form = (n: string[]) =>
      `<fieldset><legend>附件上传</legend><label for="ddl">${n[0]}选择上传附件名称</label><select id="ddl"><option value="">--请选择--</option><option>在岗在职证明材料</option></select><label for="x">${n[1]}记录序号</label><input id="x"><label for="fu">${n[2]}选择上传的文件</label><input type="file" id="fu"><input type="submit" value="上传"></fieldset>`;
    const keys = (n: string[]) => ['ddl', 'x', 'fu'].map((id) => recognise(form(n), 'certificates').keyOf(id)?.key);
    expect(keys(['① ', '② ', '③ '])).toEqual(['page.attachmentName', null, 'page.attachmentFile']);
    expect(keys(['① ', '② ', '③ '])).toEqual(keys(['', '', '']));
  });
  it('reads two wordings joined by a slash as either, and the first with the second’s tail (probe 12b item 3)', () => {
    expect(labelVariants('论文/著作名称').map((v) => v.text)).toEqual(['论文/著作名称', '论文', '著作名称', '论文名称']);
    const row = (label: string, id: string) => `<tr><td>${label}：</td><td><input id="${id}"></td></tr>`;
    const pubs = recognise(`<table>${row('论文/著作名称', 'a')}${row('刊物/出版社名称', 'b')}</table>`, 'publications');
    expect(['a', 'b'].map((id) => pubs.keyOf(id)?.key)).toEqual(['publications.title', 'publications.venue']);
    const work = recognise(`<table>${row('项目/课题名称', 'a')}${row('本人排名/角色', 'b')}${row('完成情况/成果', 'c')}</table>`, 'achievements');
    expect(['a', 'b', 'c'].map((id) => work.keyOf(id)?.key)).toEqual(['achievements.title', 'achievements.role', 'achievements.result']);
    // Two fields' wordings name neither: no mobile in the landline's box, no range in the start's (breaker 23b item 3).
    const two = recognise(`<table><tr><td>联系电话/手机：</td><td><input id="p"> <input id="m"></td></tr><tr><td>开始/结束时间：</td><td><input id="s"> - <input id="e"></td></tr><tr><td>单位/地址：</td><td><input id="u"></td></tr></table>`, 'basic-info');
    expect(['p', 'm', 'u'].map((id) => two.keyOf(id)?.key ?? null)).toEqual([null, null, null]);
    expect(['s', 'e'].map((id) => recognise(`<table><tr><td>开始/结束时间：</td><td><input id="s"> - <input id="e"></td></tr></table>`, 'work-experience').keyOf(id)?.key ?? null)).toEqual([null, null]);
    // A date format after a slash is no second wording.
    expect(recognise(`<table>${row('出生日期(yyyy/mm)', 'd')}</table>`, 'basic-info').keyOf('d')?.key).toBe('basic.birthDate');
  });
  it('reads an achievement’s role, result and content said of the project (probe 18 F1’s form)', () => {
    const row = (label: string, id: string) => `<tr><th>${label}</th><td><input id="${id}"></td></tr>`;
    const project = recognise(`<table>${row('项目（课题）名称', 'a')}${row('本人在项目中的作用', 'b')}${row('项目完成情况及效益', 'c')}${row('本人承担的工作', 'd')}</table>`, 'achievements');
    expect(['a', 'b', 'c', 'd'].map((id) => project.keyOf(id)?.key)).toEqual(['achievements.title', 'achievements.role', 'achievements.result', 'achievements.content']);
  });
});

describe('recognizeFields', () => {
  it('gives a key two controls claim to the shown one, not to a hidden copy (unseen-markup probe)', () => {
    const { keyOf } = recognise(
      `<table><tr style="display:none"><td>姓名：</td><td><input id="txtXM_old"></td></tr><tr><td>姓名：</td><td><input id="txtXM"></td></tr>
      <tr><td>电子邮箱：</td><td><input id="txtYX2" style="visibility:hidden;width:0"><input id="txtYX"></td></tr></table>`,
      'basic-info',
    );
    expect(keyOf('txtXM')?.key).toBe('basic.name');
    expect(keyOf('txtXM_old')?.key).toBeNull();
    expect(keyOf('txtYX')?.key).toBe('basic.email');
    expect(keyOf('txtYX2')?.key).toBeNull();
  });

  it('tells confusable pairs apart by label and step', () => {
    const html = `<table><tr><td>工作单位</td><td><input id="a"></td></tr><tr><td>联系电话</td><td><input id="b"></td></tr>
      <tr><td>手机号码</td><td><input id="c"></td></tr><tr><td>申报（评审）专业组</td><td><select id="d"></select></td></tr>
      <tr><td>认定专业</td><td><select id="e"></select></td></tr></table>`;
    const basic = recognise(html, 'basic-info');
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => basic.keyOf(id)!.key)).toEqual(['basic.employer', 'basic.phone', 'basic.mobile', 'page.reviewGroup', 'application.specialty']);
    expect(recognise(html, 'work-experience').keyOf('a')!.key).toBe('workHistory.employer');
    const cert = `<table><tr><td>证书编号</td><td><input id="n"></td></tr><tr><td>取得时间</td><td><input id="t"></td></tr></table>`;
    expect(recognise(cert, 'qualification-history').keyOf('n')!.key).toBe('qualificationHistory.certificateNo');
    expect(recognise(cert, 'education').keyOf('n')!.key).toBe('education.certificateNo');
    expect(recognise(cert, 'qualification-history').keyOf('t')!.key).toBe('qualificationHistory.obtainedDate');
    expect(recognise(cert, 'basic-info').keyOf('t')!.key).toBeNull();
    // A bracket saying which telephone is meant (labels are read after NFKC: （） are ()).
    const phones = recognise(`<table><tr><td>联系电话（手机）</td><td><input id="m"></td></tr><tr><td>联系电话（办公）</td><td><input id="o"></td></tr></table>`, 'basic-info');
    expect(['m', 'o'].map((id) => phones.keyOf(id)!.key)).toEqual(['basic.mobile', 'basic.phone']);
    expect(recognise(`<p>联系方式(手机)：<input id="m"></p>`, 'basic-info').keyOf('m')!.key).toBe('basic.mobile');
  });

  it('reads the employer’s 统一社会信用代码 however the unit is named, never another unit’s (probe 20 F2)', () => {
    const box = (label: string) => recognise(`<table><tr><td>${label}：</td><td><input id="c"></td></tr></table>`, 'basic-info').keyOf('c')?.key ?? null;
    for (const label of ['所在单位统一社会信用代码', '用人单位统一社会信用代码', '工作单位社会信用代码', '现工作单位统一社会信用代码', '社会统一信用代码', '单位统一社会信用代码'])
      expect(box(label), label).toBe('basic.employerCreditCode');
    for (const label of ['主管单位统一社会信用代码', '上级单位统一社会信用代码', '组织机构代码']) expect(box(label), label).toBeNull();
  });
  it('reads a request in brackets right after the box with its label: 联系电话：[ ]（请填写手机号码） is 手机号码 (probe 8 item 11)', () => {
    const row = (hint: string) => recognise(`<table><tr><td>联系电话：</td><td><input id="t"><span>${hint}</span></td></tr></table>`, 'basic-info').keyOf('t')!.key;
    expect(row('（请填写手机号码）')).toBe('basic.mobile');
    expect(row('(请输入手机号)')).toBe('basic.mobile');
    // A hint that names nothing else, or is no request, leaves the label as it is.
    expect(row('（请填写区号）')).toBe('basic.phone');
    expect(row('（格式：020-12345678）')).toBe('basic.phone');
    expect(row('')).toBe('basic.phone');
  });

  it('reads a label written after its box when nothing labels the box and it is last in its cell: [ ] 姓名', () => {
    const { keyOf, snap } = recognise(`<table><tr><td><input id="a"> 姓名</td></tr><tr><td><select id="b"><option>男</option></select> 性别</td></tr>
      <tr><td>出生年月</td><td><input id="y">年<input id="m">月</td></tr><tr><td><input id="age"> 岁</td></tr>
      <tr><td><input id="n1"> 民族 <input id="n2"></td></tr><tr><td><input id="q">（请填写手机号码）</td></tr></table>`, 'basic-info');
    expect(keyOf('a')!.key).toBe('basic.name');
    expect(keyOf('b')!.key).toBe('basic.gender');
    // A unit after a box names no field nor takes a label's place; a text between two boxes is the second's, never the first's.
    expect(['y', 'age', 'n1'].map((id) => keyOf(id)!.key)).toEqual(['basic.birthDate', null, null]);
    expect(snap.controls.find((c) => c.id === 'n1')!.labels).toEqual([]);
    // A request in brackets after a box is no label of its own.
    expect(keyOf('q')!.key).toBeNull();
    // A box labelled before it keeps that label: the text after it is its hint, not a second label.
    expect(recognise(`<table><tr><td>姓名</td><td><input id="a"> 性别</td></tr></table>`, 'basic-info').keyOf('a')!.key).toBe('basic.name');
  });

  it('offers a text area under a caption line both the caption and a text after it: the one naming a field wins', () => {
    const { keyOf } = recognise(`<div>工作期间奖惩情况</div><table><tr><td><textarea id="r"></textarea> 限500字以内</td></tr></table>`, 'awards-summary');
    expect(keyOf('r')!.key).toBe('awards');
  });

  it.each([
    ['奖惩情况总结', '个人专业技术工作小结'],
    ['奖惩情况', '任现职以来工作总结'],
    ['奖惩及表彰情况', '总结'],
    ['奖惩总结', '任现职以来专业技术工作总结'],
  ])('工作期间奖惩情况/个人专业技术工作小结 worded %s / %s: the awards, then the summary (breaker 22 #12)', (awards, summary) => {
    const { keyOf } = recognise(
      `<div>工作期间奖惩情况/个人专业技术工作小结</div><table><tr><td>${awards}</td><td><textarea id="a"></textarea></td></tr><tr><td>${summary}</td><td><textarea id="s"></textarea></td></tr></table>`,
      'awards-summary',
    );
    expect([keyOf('a')?.key, keyOf('s')?.key]).toEqual(['awards', 'workSummary']);
  });

  it('labels folded into one pattern each (left 23, to keep content.js in budget) still name their fields', () => {
    const named = {
      awards: ['工作期间奖惩情况', '奖惩情况', '奖惩', '奖惩信息', '工作期间奖惩', '奖励和处分情况', '何时何地受过何种奖励或处分'],
      workSummary: ['个人专业技术工作小结', '专业技术工作小结', '工作小结', '个人小结', '个人总结', '个人工作总结', '个人工作小结', '专业技术工作总结', '个人专业技术工作总结', '小结', '工作总结', '总结'],
      'page.awardsYesNo': ['有无奖惩', '有无奖惩情况', '是否有奖惩'],
      'page.photo': ['个人照片', '照片', '上传照片', '上传个人照片', '证件照', '本人照片', '个人近照', '电子照片', '照片上传', '相片'],
      'workHistory.socialInsurancePaid': ['是否缴纳社保', '是否缴纳社会保险', '是否购买社保', '缴纳社保', '是否参保', '是否缴交社保', '社保缴纳情况', '是否有社保', '社保'],
      'workHistory.noSocialInsuranceReason': ['未缴纳社保原因', '未缴纳原因', '不缴纳原因', '未缴纳社保的原因', '没有缴纳社保原因', '未缴纳社会保险原因', '原因', '未参保原因', '原因说明', '未缴社保原因'],
    };
    for (const [key, labels] of Object.entries(named)) for (const label of labels) expect(labelKeys(label), label).toEqual([key]);
  });

  it('labels folded into patterns (breaker 23, to pay for reading ids by their head word) still name their fields', () => {
    const named = {
      'application.committee': ['申报评委会', '评委会', '评审委员会', '评委会名称', '申报评审委员会', '评审委员会名称', '申报评审委员会名称', '评审机构'],
      'basic.idNumber': ['公民身份号码', '身份证号', '身份证号码', '身份证', '证件号码', '身份证件号码', '公民身份证号码', '公民身份证号', '居民身份证号码', '证件号', '身份证件号'],
      'qualificationHistory.obtainedDate': ['取得时间', '取得日期', '取得资格时间', '获得时间', '获得日期', '批准时间', '批准日期', '发证日期', '发证时间', '评审通过时间', '取得资格日期', '资格取得时间', '取得年月'],
      'qualificationHistory.approvedBy': ['审批单位', '批准单位', '审批机关', '发证单位', '批准机关', '发证机关', '审批部门', '评审单位', '发证机构', '批准部门'],
      'publications.publishedDate': ['发表时间', '出版时间', '发表日期', '出版日期', '发表/出版时间', '刊出时间', '发表年月', '出版年月', '宣读时间'],
      'application.level': ['申报级别', '级别', '申报等级', '资格级别', '职称级别', '评审级别', '认定级别', '申报层级', '层级'],
      'application.specialty': ['认定专业', '申报专业', '认定专业名称', '申报专业名称', '拟认定专业'],
      'basic.workStartDate': ['参加工作时间', '参加工作日期', '参加工作年月', '参加工作', '参加工作年份', '开始工作时间', '工作起始时间'],
      'education.studyMode': ['学习形式', '学习方式', '教育形式', '学习性质', '办学形式', '教育类型', '学习类型', '是否全日制'],
      'achievements.role': ['本人角色', '担任角色', '本人作用', '承担角色', '本人所起作用', '角色', '本人担任角色', '承担任务', '本人承担角色', '所起作用', '本人在项目中的作用', '在项目中的作用', '本人在项目中的角色', '在项目中的角色'],
      'achievements.content': ['主要内容', '项目内容', '本人承担的主要工作', '业绩内容', '内容', '项目简介', '本人主要工作', '成果简介', '本人承担主要工作', '本人承担的工作', '本人承担工作'],
      'achievements.result': ['取得成果', '成果', '成效', '取得的成效', '取得的成果', '取得成效', '完成情况', '取得的业绩', '成果及效益', '取得效益', '业绩成果', '完成情况及效益', '项目完成情况及效益', '取得的成果及效益'],
      'publications.issn': ['ISSN', 'ISSN号', '国际标准刊号', '国际刊号', 'ISSN刊号', '国际标准连续出版物号', '国际标准刊号ISSN'],
      'publications.cn': ['CN', 'CN号', '国内统一刊号', '统一刊号', '国内刊号', 'CN刊号', '国内统一连续出版物号', '国内统一刊号CN'],
    };
    for (const [key, labels] of Object.entries(named)) for (const label of labels) expect(labelKeys(label), label).toEqual([key]);
    // Shared with another step's row, as before: 评审专业 (资格历史), 证书编号 / 证书号 / 证书号码 (资格历史's
    // certificate), 担任职务 (工作经历's 职务), 工作内容 / 主要工作内容 (工作经历's duties), 结果 (年度考核).
    for (const label of ['担任职务', '工作内容', '主要工作内容', '结果']) expect(labelKeys(label), label).toHaveLength(2);
    expect(labelKeys('评审专业')).toEqual(['application.specialty', 'qualificationHistory.specialty']);
    for (const label of ['证书编号', '毕业证书编号', '学历证书编号', '证书号', '毕业证书号', '毕业证号', '学历证书号', '证书号码', '毕业证编号']) {
      expect(labelKeys(label), label).toContain('education.certificateNo');
    }
  });

  it('prefers no answer: two equal claimants are both ambiguous, unknown labels get no key', () => {
    const { keyOf } = recognise(`<table><tr><td>姓名</td><td><input id="a"></td></tr><tr><td>姓名</td><td><input id="b"></td></tr>
      <tr><td>籍贯</td><td><input id="c" name="txtXM"></td></tr></table>`, 'basic-info');
    expect(keyOf('a')).toMatchObject({ key: null, ambiguous: ['basic.name'] });
    expect(keyOf('b')).toMatchObject({ key: null, ambiguous: ['basic.name'] });
    expect(keyOf('c')!.key).toBeNull();
  });

  it('uses pinyin names when there is no label at all', () => {
    const { keyOf } = recognise(`<input id="ctl00_c_txtSFZH" name="ctl00$c$txtSFZH">`, 'basic-info');
    expect(keyOf('ctl00_c_txtSFZH')!.key).toBe('basic.idNumber');
  });

  it('reads capitalised pinyin whole, never by a two-letter half among other words (breaker 22 F4)', () => {
    const keys = (html: string, step: StepId) => {
      const { snap, matches } = recognise(`<table>${html}</table>`, step);
      return Object.fromEntries(matches.map((m) => [snap.controls[m.control]!.id, m.key]));
    };
    const box = (id: string) => `<tr><td></td><td><input id="${id}"></td></tr>`;
    // 毕业时间 (By + Sj) is no 手机 (SJ); 参加工作时间 in two halves is read whole; 手机 alone or 手机号码 in halves is.
    expect(keys(box('txtBySj'), 'basic-info')).toEqual({ txtBySj: null });
    expect(keys(box('txtCjgzSj'), 'basic-info')).toEqual({ txtCjgzSj: 'basic.workStartDate' });
    expect(keys(box('txtSj'), 'basic-info')).toEqual({ txtSj: 'basic.mobile' });
    expect(keys(box('txtSjHm'), 'basic-info')).toEqual({ txtSjHm: 'basic.mobile' });
    // English words around a Cn: no CN 刊号; a box named for it alone still is.
    expect(keys(box('txtAuthorNameCn'), 'publications')['txtAuthorNameCn']).not.toBe('publications.cn');
    expect(keys(box('ddlLangZhCn'), 'publications')['ddlLangZhCn']).not.toBe('publications.cn');
    expect(keys(box('txtCn'), 'publications')).toEqual({ txtCn: 'publications.cn' });
  });

  it.each([
    // A compound names its field by its last word (刊物CN, 现任职务), past a word naming nothing (刊号
    // of CN刊号), a 名称 after initials (工作单位名称 is the 单位) and Cn as a language (breaker 23).
    ['txtGzDwMc', 'basic-info', 'basic.employer'],
    ['txtMzMc', 'basic-info', 'basic.ethnicity'],
    ['txtXrZw', 'work-experience', 'workHistory.post'],
    ['txtQkCn', 'publications', 'publications.cn'],
    ['txtCnKh', 'publications', 'publications.cn'],
    ['txtKwCn', 'publications', 'publications.cn'],
    ['txtJournalCn', 'publications', 'publications.cn'],
    ['txtUserSj', 'basic-info', 'basic.mobile'],
    // 时间 after initials is that one's date, no 手机: 毕业时间, the record's end since unseen69 gave the
    // dates BYSJ (an id known by that alone); English ids stay as they read.
    ['txtBySj', 'education', 'education.endDate'],
    ['txtIdNo', 'basic-info', 'basic.idNumber'],
    ['ddlOrgCode', 'basic-info', null],
    ['hidIsOk', 'basic-info', null],
    ['txtAuthorNameCn', 'publications', null],
    ['ddlLangZhCn', 'publications', null],
  ] as const)('reads the id %s on %s by its compound’s head word: %s (breaker 23)', (id, step, want) => {
    const { snap, matches } = recognise(`<table><tr><td></td><td><input id="${id}" name="${id}"></td></tr></table>`, step);
    expect(matches.find((m) => snap.controls[m.control]!.id === id)?.key ?? null).toBe(want);
  });

  it.each([
    // A generic last word (Name, Title) names what kind of value the compound is: the word before
    // is read; with none naming a field, the generic word is (txtPaperTitle: a title; breaker 24).
    ['txtSchoolName', 'education', 'education.school'],
    ['txtMajorName', 'education', 'education.major'],
    ['txtMajorName', 'qualification-history', 'qualificationHistory.specialty'],
    ['txtJournalName', 'publications', 'publications.venue'],
    ['txtPaperTitle', 'achievements', 'achievements.title'],
    ['txtPaperTitle', 'publications', 'publications.title'],
    ['txtDutyName', 'work-experience', 'workHistory.post'],
    // A word before the head naming a field the head's row excludes (邮箱 / 单位 / 手机 for 地址 and
    // 电话): no 地址 or 电话 of the applicant's; the word before's field when its own labels name it
    // with the head's word (邮箱地址, 移动电话: left 24), none else (单位地址 is no 工作单位).
    ['txtEmailAddr', 'basic-info', 'basic.email'],
    ['txtYxDz', 'basic-info', 'basic.email'],
    ['txtDwDz', 'basic-info', null],
    ['txtMobilePhone', 'basic-info', 'basic.mobile'],
    ['txtSjHm', 'basic-info', 'basic.mobile'],
    ['txtLxDz', 'basic-info', 'basic.address'],
    // A 名称 of a thing naming no field is no field, not the page's title (会议, 获奖, 证书, 荣誉名称;
    // breaker 25 item 1); a publisher's name is the 出版社 (CBS: breaker 25 item 4); a mailing
    // address (Mail without E, with Addr) is the 通讯地址 (breaker 25 item 3).
    ['txtHyMc', 'publications', null],
    ['txtRyMc', 'publications', null],
    ['txtHjMc', 'achievements', null],
    ['txtZsMc', 'achievements', null],
    ['txtCbsMc', 'publications', 'publications.venue'],
    ['txtMailAddr', 'basic-info', 'basic.address'],
  ] as const)('reads the id %s on %s past a generic or excluded word: %s (breaker 24)', (id, step, want) => {
    const { snap, matches } = recognise(`<table><tr><td></td><td><input id="${id}" name="${id}"></td></tr></table>`, step);
    expect(matches.find((m) => snap.controls[m.control]!.id === id)?.key ?? null).toBe(want);
  });

  it.each([
    ['ddlDeclareSpecialty', 'basic-info', 'application.specialty'],
    ['ddlApplySpecialty', 'basic-info', 'application.specialty'],
    ['txtStudySpecialty', 'education', 'education.major'],
  ] as const)('reads %s on %s as %s: a row of the head word excluding another’s label (所学) drops none (breaker 25 item 2)', (id, step, want) => {
    const { snap, matches } = recognise(`<table><tr><td></td><td><select id="${id}" name="${id}"><option value="">--请选择--</option><option>环境工程</option></select></td></tr></table>`, step);
    expect(matches.find((m) => snap.controls[m.control]!.id === id)?.key ?? null).toBe(want);
  });

  it.each([
    ['txtStudySpecialty', 'basic-info', null],
    ['txtStudySpecialty', 'education', 'education.major'],
    ['txtStudyMajor', 'basic-info', null],
    ['txtGraduateSpecialty', 'basic-info', null],
    ['txtGraduateSpecialty', 'education', 'education.major'],
    ['txtSxSpecialty', 'basic-info', null],
    ['txtXxSpecialty', 'basic-info', null],
    ['txtXxSpecialty', 'education', 'education.major'],
    ['txtBySpecialty', 'education', 'education.major'],
    ['ddlSbSpecialty', 'basic-info', 'application.specialty'],
    ['ddlApplySpecialty', 'basic-info', 'application.specialty'],
  ] as const)('reads %s on %s as %s: the word before Specialty, joined to one of a row’s words, chooses that row (left 26 item 4)', (id, step, want) => {
    const { snap, matches } = recognise(`<table><tr><td></td><td><select id="${id}" name="${id}"><option value="">--请选择--</option><option>环境工程</option></select></td></tr></table>`, step);
    expect(matches.find((m) => snap.controls[m.control]!.id === id)?.key ?? null).toBe(want);
  });

  it('labels drawn by CSS: the 项目名称 box txtXmMc keeps 项目名称 beside 获奖名称 txtHjMc and 专利名称 txtZlMc (breaker 25 item 1)', () => {
    const box = (id: string) => `<tr><td></td><td><input id="${id}" name="${id}"></td></tr>`;
    const { snap, matches } = recognise(`<table>${box('txtXmMc')}${box('txtHjMc')}${box('txtZlMc')}</table><input type="submit" value="保存">`, 'achievements');
    expect(Object.fromEntries(matches.map((m) => [snap.controls[m.control]!.id, m.key]))).toEqual({ txtXmMc: 'achievements.title', txtHjMc: null, txtZlMc: null });
  });

  it.each([
    ['邮箱', 'txtEmailAddr', 'basic-info', 'basic.email'],
    ['邮箱地址', 'txtYxDz', 'basic-info', 'basic.email'],
    ['手机', 'txtMobilePhone', 'basic-info', 'basic.mobile'],
    ['学校', 'txtSchoolName', 'education', 'education.school'],
    ['刊物', 'txtJournalName', 'publications', 'publications.venue'],
  ] as const)('beside its label %s, %s on %s is %s (breaker 24)', (label, id, step, want) => {
    const { snap, matches } = recognise(`<table><tr><td>${label}</td><td><input id="${id}" name="${id}"></td></tr></table>`, step);
    expect(matches.find((m) => snap.controls[m.control]!.id === id)?.key ?? null).toBe(want);
  });

  it('applies taught mappings for the host and step', () => {
    const html = `<table><tr><td>申报人证件</td><td><input id="zj"></td></tr></table>`;
    document.body.innerHTML = html;
    const snap = collectSnapshot(document);
    const url = snap.url;
    const host = new URL(url).hostname;
    const m = mappingFromControl(host, 'basic-info', snap.controls[0]!, 'basic.idNumber');
    const taught = upsertMapping([], m);
    expect(recognizeFields(snap, 'basic-info', { taught })[0]).toMatchObject({ key: 'basic.idNumber', taught: true });
    expect(recognizeFields(snap, 'education', { taught })[0]!.key).toBeNull();
    const file = buildFieldMapFile(host, taught);
    const parsed = parseFieldMapFile(JSON.stringify(file));
    expect(parsed.ok && parsed.file.mappings).toEqual(taught);
    expect(JSON.stringify(file)).not.toContain('value');
    const bad = parseFieldMapFile(JSON.stringify({ ...file, mappings: [{ ...m, key: 'basic.nope' }] }));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors[0]).toMatch(/^mappings\[0\]\.key/);
    const syn = recognizeFields(snap, 'basic-info', { synonyms: [{ key: 'basic.idNumber', label: '申报人证件' }] });
    expect(syn[0]!.key).toBe('basic.idNumber');
  });

  it('leaves a field the user taught as no profile field unrecognised, so autofill leaves it out (teach: 不是档案里的项目)', () => {
    // A contact person's box the dictionary takes for the applicant's 姓名.
    const html = `<table><tr><td>单位联系人</td><td>姓名 <input id="lxr"></td><td>电话 <input id="lxrdh"></td></tr></table>`;
    document.body.innerHTML = html;
    const snap = collectSnapshot(document);
    const host = new URL(snap.url).hostname;
    const before = recognizeFields(snap, 'basic-info');
    expect(before.map((m) => m.key)).toContain('basic.name');
    const wrong = snap.controls[before.findIndex((m) => m.key === 'basic.name')]!;
    const taught = [mappingFromControl(host, 'basic-info', wrong, null)];
    const after = recognizeFields(snap, 'basic-info', { taught });
    expect(after[wrong.index]).toMatchObject({ key: null, taught: true, ambiguous: [] });
    expect(after.filter((m) => m.key === 'basic.name')).toHaveLength(0);
    const profile = profileSchema.parse({ label: '测试', basic: { name: '张小明' } });
    expect(planFill(snap, after, profile, 'basic-info').items.map((i) => i.control)).not.toContain(wrong.index);
    // Kept through a 导出 / 导入 of the field map.
    const parsed = parseFieldMapFile(JSON.stringify(buildFieldMapFile(host, taught)));
    expect(parsed.ok && parsed.file.mappings[0]!.key).toBeNull();
  });

  it('lets a pack synonym override the dictionary label it disagrees with (probe 12a item 3)', () => {
    const html = `<table><tr><td>联系电话：</td><td><input id="ctl00_main_txtLXDH" name="ctl00$main$txtLXDH"></td></tr>
      <tr><td>紧急联系电话：</td><td><input id="jj"></td></tr></table>`;
    expect(recognise(html, 'basic-info').keyOf('ctl00_main_txtLXDH')!.key).toBe('basic.phone');
    const synonyms = [{ key: 'basic.mobile' as const, label: '联系电话' }, { key: 'basic.phone' as const, label: '紧急联系电话' }];
    const { keyOf } = recognise(html, 'basic-info', { synonyms });
    expect(keyOf('ctl00_main_txtLXDH')).toMatchObject({ key: 'basic.mobile', ambiguous: [] });
    // The user's word beats the dictionary's negative (紧急) too.
    expect(keyOf('jj')!.key).toBe('basic.phone');
  });

  it('lets a pack synonym of another step’s field leave this step’s label alone (breaker 23b item 2)', () => {
    const html = `<table><tr><td>项目名称：</td><td><input id="t"></td></tr><tr><td>结果：</td><td><input id="r"></td></tr></table>`;
    const synonyms = [{ key: 'annualReviews.result' as const, label: '结果' }];
    expect(recognise(html, 'achievements', { synonyms }).keyOf('r')!.key).toBe('achievements.result');
    expect(recognise(html, 'annual-review', { synonyms }).keyOf('r')!.key).toBe('annualReviews.result');
  });

  it('finds a taught control by its ASP.NET id tail when the master page renamed its container, if only one control has it (probe 12a item 4)', () => {
    const page = (prefix: string, extra = '') => `<table><tr><td>供职机构</td><td><input id="${prefix}TextBox9" name="${prefix.replaceAll('_', '$')}TextBox9"></td></tr>
      <tr><td>联系电话</td><td><input id="${prefix}txtLXDH" name="${prefix.replaceAll('_', '$')}txtLXDH"></td></tr>
      <tr><td>性别</td><td><input type="radio" id="${prefix}rblXB_0" name="${prefix.replaceAll('_', '$')}rblXB" value="男"><input type="radio" id="${prefix}rblXB_1" name="${prefix.replaceAll('_', '$')}rblXB" value="女"></td></tr>${extra}</table>`;
    document.body.innerHTML = page('ctl00_cph_');
    const taughtOn = collectSnapshot(document);
    const host = new URL(taughtOn.url).hostname;
    const [employer, mobile, gender] = taughtOn.controls;
    const taught = [
      mappingFromControl(host, 'basic-info', employer!, 'basic.employer'),
      mappingFromControl(host, 'basic-info', mobile!, 'basic.mobile'),
      mappingFromControl(host, 'basic-info', gender!, 'basic.gender'),
    ];
    const keys = (html: string) => recognise(html, 'basic-info', { taught }).matches.map((m) => `${m.key}${m.taught ? '*' : ''}`);
    expect(keys(page('ctl00_ContentPlaceHolder1_'))).toEqual(['basic.employer*', 'basic.mobile*', 'basic.gender*', 'basic.gender*']);
    // Two controls with the tail TextBox9: neither is the taught one.
    expect(keys(page('ctl00_ContentPlaceHolder1_', `<tr><td>备注</td><td><input id="ctl00_side_TextBox9"></td></tr>`))[0]).toBe('null');
    // The exact id still wins over a tail.
    expect(keys(page('ctl00_cph_', `<tr><td>备注</td><td><input id="ctl00_side_TextBox9"></td></tr>`))).toEqual(['basic.employer*', 'basic.mobile*', 'basic.gender*', 'basic.gender*', 'null']);
  });

  it('takes an editor suite’s inner box by its last two parts, never by the one letter every such box ends in (breaker 23b item 5)', () => {
    const box = (id: string, label: string) => `<tr><td>${label}</td><td><input id="${id}"></td></tr>`;
    document.body.innerHTML = `<table>${box('ctl00_cph_deCSRQ_I', '日期A')}${box('ctl00_cph_cbMZ_I', '代码B')}</table>`;
    const taughtOn = collectSnapshot(document);
    const taught = [mappingFromControl(new URL(taughtOn.url).hostname, 'basic-info', taughtOn.controls[0]!, 'basic.birthDate')];
    const keyOf = (html: string, id: string) => recognise(`<table>${html}</table>`, 'basic-info', { taught }).keyOf(id)?.key ?? null;
    expect(keyOf(box('ctl00_ContentPlaceHolder1_deCSRQ_I', '日期A') + box('ctl00_ContentPlaceHolder1_cbMZ_I', '代码B'), 'ctl00_ContentPlaceHolder1_deCSRQ_I')).toBe('basic.birthDate');
    // The taught box is gone: the only other _I box is not it.
    expect(keyOf(box('ctl00_ContentPlaceHolder1_cbMZ_I', '代码B'), 'ctl00_ContentPlaceHolder1_cbMZ_I')).toBeNull();
    // A two-letter pinyin id is a tail (breaker 24a item 6).
    document.body.innerHTML = `<table>${box('ctl00_cph_XM', '称谓A')}</table>`;
    const pinyin = collectSnapshot(document);
    const taughtXM = [mappingFromControl(new URL(pinyin.url).hostname, 'basic-info', pinyin.controls[0]!, 'basic.name')];
    expect(recognise(`<table>${box('ctl00_ContentPlaceHolder1_XM', '称谓A')}</table>`, 'basic-info', { taught: taughtXM }).keyOf('ctl00_ContentPlaceHolder1_XM')?.key).toBe('basic.name');
  });

  it('reports page values by key', () => {
    const { snap, matches } = recognise(`<table><tr><td>性别</td><td><input type="radio" name="xb" id="m"><label for="m">男</label><input type="radio" name="xb" id="f" checked><label for="f">女</label></td></tr>
      <tr><td>学历</td><td><select id="xl"><option value="">请选择</option><option selected>大学本科</option></select></td></tr>
      <tr><td>政治面貌</td><td><select id="zz"><option value="" selected>--请选择--</option><option>群众</option></select></td></tr></table>`, 'basic-info');
    const values = pageFieldValues(snap, matches);
    expect(values.map((v) => [v.key, v.value])).toEqual([['basic.gender', '女'], ['basic.highestEducation', '大学本科'], ['basic.politicalStatus', '']]);
  });

  it('recognises the consent at 完成并送审 asked as 是否同意 / 本人同意 / 同意以上承诺, and no other 是否… box (probe 8 item 19)', () => {
    const consentOf = (html: string) => {
      const { snap, matches } = recognise(html, 'submit');
      return snap.controls.map((c) => `${c.id}=${matches.find((m) => m.control === c.index)?.key ?? '-'}`);
    };
    expect(consentOf(`<table><tr><td>是否同意：</td><td><input type="checkbox" id="chk"/></td></tr></table>`)).toEqual(['chk=page.consent']);
    expect(consentOf(`<table><tr><td>本人同意：</td><td><input type="checkbox" id="chk"/></td></tr></table>`)).toEqual(['chk=page.consent']);
    expect(consentOf(`<p><input type="checkbox" id="chk"/><label for="chk">同意以上承诺</label></p>`)).toEqual(['chk=page.consent']);
    expect(consentOf(`<table><tr><td>是否同意：</td><td><input type="radio" id="y" name="ty" value="1"/><label for="y">是</label><input type="radio" id="n" name="ty" value="0"/><label for="n">否</label></td></tr></table>`)).toEqual(['y=page.consent', 'n=page.consent']);
    expect(consentOf(`<table><tr><td>是否同意：</td><td><select id="ddl"><option value="">请选择</option><option>同意</option><option>不同意</option></select></td></tr></table>`)).toEqual(['ddl=page.consent']);
    expect(consentOf(`<table><tr><td>是否同意调剂：</td><td><input type="checkbox" id="a"/></td></tr><tr><td>是否公开：</td><td><input type="checkbox" id="b"/></td></tr><tr><td>是否不同意：</td><td><input type="checkbox" id="c"/></td></tr></table>`)).toEqual(['a=-', 'b=-', 'c=-']);
  });

  it('takes the consent only from a consent-like label: not from a 同意 choice under another question, nor from 承诺期限 / 承诺事项 / 同意调剂 (breaker 12, breaker 13)', () => {
    const keysOf = (html: string) => {
      const { snap, matches } = recognise(`<h2>完成并送审</h2>${html}`, 'submit');
      return snap.controls.map((c) => `${c.id}=${matches.find((m) => m.control === c.index)?.key ?? '-'}`);
    };
    const radios = `<input type="radio" id="y" name="r"/><label for="y">同意</label><input type="radio" id="n" name="r"/><label for="n">不同意</label>`;
    const list = (options: string) => `<select id="s"><option value="">请选择</option>${options}</select>`;
    const row = (label: string, control: string) => `<table><tr><td>${label}</td><td>${control}</td></tr></table>`;
    for (const label of ['单位审核意见', '承诺事项', '同意调剂']) expect(keysOf(row(label, radios)), label).toEqual(['y=-', 'n=-']);
    expect(keysOf(row('承诺期限', list('<option>一年</option><option>两年</option>')))).toEqual(['s=-']);
    expect(keysOf(row('承诺事项', list('<option>遵守纪律</option><option>其他</option>')))).toEqual(['s=-']);
    expect(keysOf(row('同意调剂', list('<option>是</option><option>否</option>')))).toEqual(['s=-']);
    // Consent-like labels still are: 本人承诺 [◯同意 ◯不同意], a box after 确认以上信息无误 / 我已阅读并同意…, 承诺：…
    expect(keysOf(row('本人承诺', radios))).toEqual(['y=page.consent', 'n=page.consent']);
    expect(keysOf(`<input type="checkbox" id="c"/><label for="c">确认以上信息无误</label>`)).toEqual(['c=page.consent']);
    expect(keysOf(row('本人承诺：所填报信息真实准确', '<input type="checkbox" id="c"/>'))).toEqual(['c=page.consent']);
    expect(keysOf(row('我已阅读并同意', list('<option>同意</option><option>不同意</option>')))).toEqual(['s=page.consent']);
  });
});

