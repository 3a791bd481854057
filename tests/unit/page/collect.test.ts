import { describe, expect, it } from 'vitest';
import { collectSnapshot, readPage, resolveControl, withFillFacts } from '../../../lib/page/collect';
import { normalizeText, tidyText } from '../../../lib/page/normalize';
import { noticeElements } from '../../../lib/page/page-text';

const labels = (id: string) => {
  const c = collectSnapshot(document).controls.find((x) => x.id === id)!;
  return Object.fromEntries(c.labels.map((l) => [l.source, l.text]));
};

describe('normalizeText', () => {
  it('folds width, drops all whitespace and decorations', () => {
    expect(normalizeText('＊ 公民身份号码：')).toBe('公民身份号码');
    expect(normalizeText('姓\u3000\u3000名:')).toBe('姓名');
    expect(normalizeText('\u00a0Ｅ－ｍａｉｌ ')).toBe('E-mail');
  });

  it('drops a required star after a label, before or after its colon (probe 10b: findings quoted "民族*")', () => {
    expect(['民族*', '学历：*', '姓名*：', '政治面貌＊'].map(normalizeText)).toEqual(['民族', '学历', '姓名', '政治面貌']);
  });

  it('drops bidirectional controls, which would turn round the overlay sentence quoting the label', () => {
    expect(normalizeText('\u202e工作单位\u202c：')).toBe('工作单位');
    expect(tidyText('\u2067工作单位\u2069 ：')).toBe('工作单位 ：');
  });
});

describe('collectSnapshot', () => {
  it('reads every label source', () => {
    document.body.innerHTML = `
      <label for="a">姓名</label><input id="a">
      <label>性别<select id="b"><option>男</option></select></label>
      <span id="cap">民族</span><input id="c" aria-labelledby="cap">
      <table><tr><th colspan="2">学校</th><th>专业</th></tr><tr><td colspan="2"><input id="d"></td><td><input id="e"></td></tr>
        <tr><td>* 学历：</td><td><input id="f"></td><td>学位</td></tr></table>
      <div>邮编：<input id="g"></div>
      <input id="h" title="电话"><input id="i" placeholder="请输入手机">`;
    expect(labels('a')['label-for']).toBe('姓名');
    expect(labels('b')['label-wrap']).toBe('性别');
    expect(labels('c').aria).toBe('民族');
    expect(labels('d')['header-above']).toBe('学校');
    expect(labels('e')['header-above']).toBe('专业');
    expect(labels('f')['cell-left']).toBe('学历');
    expect(labels('g')['text-before']).toBe('邮编');
    expect(labels('h').title).toBe('电话');
    expect(labels('i').placeholder).toBe('请输入手机');
    const f = collectSnapshot(document).controls.find((x) => x.id === 'f')!;
    expect(f.required).toBe(true);
  });

  it('takes no hidden validator’s * after a box for a required mark; a shown * after it still is one', () => {
    document.body.innerHTML = `<table><tr><td>电子邮箱：</td><td><input id="yx"><span id="revEmail" style="color:Red;display:none;">*</span></td></tr>
      <tr><td>邮政编码：</td><td><input id="yb"><span style="color:Red;visibility:hidden;">*</span></td></tr>
      <tr><td>传真：</td><td><input id="cz"><span style="COLOR: red; DISPLAY: none">*</span></td></tr>
      <tr><td>手机号码：</td><td><input id="sj"><span style="color:Red;visibility:hidden;">格式不对</span><font color="red">*</font></td></tr></table>`;
    const snap = collectSnapshot(document);
    const required = (id: string) => snap.controls.find((c) => c.id === id)!.required;
    expect(required('yx')).toBe(false);
    expect(required('yb')).toBe(false);
    expect(required('cz')).toBe(false);
    expect(required('sj')).toBe(true);
  });

  it('takes no validator\'s * hidden by a stylesheet class for a required mark', () => {
    document.body.innerHTML = `<style>.none{display:none} .unseen{visibility:hidden} .red{color:red}</style><table>
      <tr><td>电子邮箱：</td><td><input id="yx"><span class="none">*</span></td></tr>
      <tr><td>邮政编码：</td><td><input id="yb"><span class="unseen">*</span></td></tr>
      <tr><td>手机号码：</td><td><input id="sj"><span class="red">*</span></td></tr></table>`;
    const snap = collectSnapshot(document);
    const required = (id: string) => snap.controls.find((c) => c.id === id)!.required;
    expect([required('yx'), required('yb'), required('sj')]).toEqual([false, false, true]);
  });

  it('takes ※ before or after a label, and （必填） or ※ after the box, for a required mark (probe 13a item 3)', () => {
    document.body.innerHTML = `<table><tr><td><font color="red">※</font>电子邮箱：</td><td><input id="yx"></td></tr>
      <tr><td>邮政编码※：</td><td><input id="yb"></td></tr>
      <tr><td>手机号码：</td><td><input id="sj">（必填）</td></tr>
      <tr><td>通讯地址：</td><td><input id="dz"><font color="red">※</font></td></tr>
      <tr><td>联系电话：</td><td><input id="dh">(必填)</td></tr>
      <tr><td>传真：</td><td><input id="cz">（选填）</td></tr>
      <tr><td colspan="2"><font color="red">※</font>政治面貌：<input id="zz"> 职务：<input id="zw"></td></tr></table>`;
    const snap = collectSnapshot(document);
    const required = (id: string) => snap.controls.find((c) => c.id === id)!.required;
    expect(['yx', 'yb', 'sj', 'dz', 'dh', 'cz', 'zz', 'zw'].map(required)).toEqual([true, true, true, true, true, false, true, false]);
    // The mark is no part of the label's name.
    expect(normalizeText('※电子邮箱：')).toBe('电子邮箱');
    expect(normalizeText('邮政编码※：')).toBe('邮政编码');
  });

  it('keeps the required mark of an inline label that is in its own element (<font>*</font>政治面貌：)', () => {
    document.body.innerHTML = `<table><tr><td colspan="2"><font color="red">*</font>邮政编码：<input id="yb"> <font color="red">*</font>手机号码：<input id="sj"></td></tr>
      <tr><td><font color="red">＊</font> 政治面貌：<select id="zz"><option value="">请选择</option></select></td></tr>
      <tr><td><span>*</span>备注<b>说明</b>：<input id="bz"></td></tr>
      <tr><td>电子邮箱：<input id="yx"></td></tr></table>`;
    const snap = collectSnapshot(document);
    const required = (id: string) => snap.controls.find((c) => c.id === id)!.required;
    expect(required('yb')).toBe(true);
    expect(required('sj')).toBe(true);
    expect(required('zz')).toBe(true);
    // The mark belongs to 备注, not to the text right before the box.
    expect(required('bz')).toBe(false);
    expect(required('yx')).toBe(false);
    expect(labels('sj')['text-before']).toBe('手机号码');
  });

  it('handles two pairs per row, rowspans and radio groups in nested tables', () => {
    document.body.innerHTML = `<table>
      <tr><td rowspan="2">照片</td><td>姓名</td><td><input id="xm"></td><td>性别</td><td><table><tr><td><input type="radio" name="xb" id="x0"><label for="x0">男</label></td><td><input type="radio" name="xb" id="x1"><label for="x1">女</label></td></tr></table></td></tr>
      <tr><td>民族</td><td><input id="mz"></td><td></td><td>籍贯</td><td><input id="jg"></td></tr></table>`;
    expect(labels('xm')['cell-left']).toBe('姓名');
    expect(labels('mz')['cell-left']).toBe('民族');
    expect(labels('jg')['cell-left']).toBe('籍贯');
    const snap = collectSnapshot(document);
    const x1 = snap.controls.find((c) => c.id === 'x1')!;
    expect(x1.groupLabel).toBe('性别');
    expect(x1.choiceText).toBe('女');
  });

  it('reads a choice by the text before its box when every box of the line has its text before it (breaker 12 item 3)', () => {
    document.body.innerHTML = `<table><tr><td>性别</td><td>男<input type="radio" name="xb" id="x0"> 女<input type="radio" name="xb" id="x1"></td></tr>
      <tr><td>是否在职</td><td><input type="radio" name="zz" id="z0">是 <input type="radio" name="zz" id="z1">否</td></tr>
      <tr><td>起止时间</td><td>自<input id="ks"> 至<input id="js"></td></tr></table>`;
    const snap = collectSnapshot(document);
    const choice = (id: string) => snap.controls.find((c) => c.id === id)!.choiceText;
    expect([choice('x0'), choice('x1'), choice('z0'), choice('z1')]).toEqual(['男', '女', '是', '否']);
    // Text boxes are no choices: the last box's label after it stays none.
    expect(labels('js')['text-after']).toBeUndefined();
  });

  it('drops a note in brackets before a choice whole, and reads a choice wholly in brackets as its words (breaker 15b item 2)', () => {
    document.body.innerHTML = `<table><tr><td>性别</td><td><input type="radio" name="xb" id="x0">（男） <input type="radio" name="xb" id="x1">（女）</td></tr>
      <tr><td>是否在职</td><td><input type="radio" name="zz" id="z0">(是) <input type="radio" name="zz" id="z1">(否)</td></tr>
      <tr><td>婚否</td><td><input type="radio" name="hf" id="h0">（1）已婚 <input type="radio" name="hf" id="h1">（2）未婚</td></tr></table>
      <p><input type="checkbox" id="c0">（必选）同意</p><p><input type="checkbox" id="c1">(必选)我已阅读并同意</p><p><input type="checkbox" id="c2">*（请勾选）同意</p>`;
    const snap = collectSnapshot(document);
    const choice = (id: string) => snap.controls.find((c) => c.id === id)!.choiceText;
    expect(['x0', 'x1', 'z0', 'z1', 'h0', 'h1', 'c0', 'c1', 'c2'].map(choice)).toEqual(['男', '女', '是', '否', '已婚', '未婚', '同意', '我已阅读并同意', '同意']);
  });

  it('drops an option\'s number or letter before its words, not the digits of the words (breaker 14b item 3)', () => {
    document.body.innerHTML = `<table><tr><td>是否在职</td><td>1.是<input type="checkbox" id="a0"> 2.否<input type="checkbox" id="a1"></td></tr>
      <tr><td>是否兼职</td><td>A.是 <input type="radio" name="b" id="b0"> B.否 <input type="radio" name="b" id="b1"></td></tr>
      <tr><td>婚否</td><td><input type="radio" name="c" id="c0">A、已婚 <input type="radio" name="c" id="c1">12．未婚</td></tr>
      <tr><td>倍数</td><td><input type="radio" name="d" id="d0">1.5倍 <input type="radio" name="d" id="d1">2倍</td></tr></table>`;
    const snap = collectSnapshot(document);
    const choice = (id: string) => snap.controls.find((c) => c.id === id)!.choiceText;
    expect(['a0', 'a1', 'b0', 'b1', 'c0', 'c1', 'd0', 'd1'].map(choice)).toEqual(['是', '否', '是', '否', '已婚', '未婚', '1.5倍', '2倍']);
  });

  it('drops a star after a choice, and a note in brackets after the last box\'s words; a bracket before another box is the choice\'s (breaker 15b item 7)', () => {
    document.body.innerHTML = `<table><tr><td>是否在职</td><td><input type="checkbox" id="a0">是 <input type="checkbox" id="a1">否 （说明）</td></tr>
      <tr><td>是否兼职</td><td><input type="radio" name="b" id="b0">是 <input type="radio" name="b" id="b1">否（请勾选）</td></tr>
      <tr><td>是否退休</td><td><input type="checkbox" id="c0">是* <input type="checkbox" id="c1">否*</td></tr>
      <tr><td>社保</td><td><input type="radio" name="d" id="d0">是（已缴纳） <input type="radio" name="d" id="d1">否（未缴纳）<br>原因：<input id="yy"></td></tr></table>`;
    const snap = collectSnapshot(document);
    const choice = (id: string) => snap.controls.find((c) => c.id === id)!.choiceText;
    expect(['a0', 'a1', 'b0', 'b1', 'c0', 'c1', 'd0', 'd1'].map(choice)).toEqual(['是', '否', '是', '否', '是', '否', '是（已缴纳）', '否（未缴纳）']);
  });

  it('keeps a bracket naming the option, in any layout; drops the next option\'s number; keeps A、B类 and E.Mail (breaker 17a)', () => {
    document.body.innerHTML = `<table><tr><td>申报级别</td><td><input type="radio" name="a" id="a0">初级（员级）</td><td><input type="radio" name="a" id="a1">初级（助理级）</td></tr>
      <tr><td>职称</td><td><input type="radio" name="b" id="b0">高级（正高）<br><input type="radio" name="b" id="b1">高级（副高）<br><input type="radio" name="b" id="b2">其他（请注明）</td></tr>
      <tr><td>学历</td><td><span><input type="checkbox" id="c0">研究生（博士）</span><span><input type="checkbox" id="c1">研究生（硕士）</span></td></tr>
      <tr><td>是否在职</td><td>1.<input type="radio" name="d" id="d0">是 2.<input type="radio" name="d" id="d1">否</td></tr>
      <tr><td>期刊</td><td><input type="radio" name="e" id="e0">A、B类期刊 <input type="radio" name="e" id="e1">E.Mail</td></tr>
      <tr><td>是否兼职</td><td>1.<input type="radio" name="g" id="g0">是2.<input type="radio" name="g" id="g1">否3、<input type="radio" name="g" id="g2">其他</td></tr></table>`;
    const snap = collectSnapshot(document);
    const choice = (id: string) => snap.controls.find((c) => c.id === id)!.choiceText;
    expect(['a0', 'a1', 'b0', 'b1', 'b2', 'c0', 'c1', 'd0', 'd1', 'e0', 'e1', 'g0', 'g1', 'g2'].map(choice)).toEqual([
      '初级（员级）', '初级（助理级）', '高级（正高）', '高级（副高）', '其他', '研究生（博士）', '研究生（硕士）', '是', '否', 'A、B类期刊', 'E.Mail', '是', '否', '其他',
    ]);
    // Brackets naming the option with 必 / 选 / 请 in other words, and words ending in a capital or a number and a dot (breaker 18a items 4–5).
    document.body.innerHTML = `<table><tr><td>类别</td><td><input type="radio" name="f" id="f0">继续教育（必修）<input type="radio" name="f" id="f1">继续教育（选修）
      <input type="radio" name="f" id="f2">发明专利（申请中）<input type="radio" name="f" id="f3">评审（选聘）<input type="radio" name="f" id="f4">MBA.<input type="radio" name="f" id="f5">GB/T 7714-2015.</td></tr></table>`;
    const more = collectSnapshot(document);
    expect(['f0', 'f1', 'f2', 'f3', 'f4', 'f5'].map((id) => more.controls.find((c) => c.id === id)!.choiceText)).toEqual([
      '继续教育（必修）', '继续教育（选修）', '发明专利（申请中）', '评审（选聘）', 'MBA.', 'GB/T 7714-2015.',
    ]);
  });

  it('reads options, visibility, maxlength, calendars and pickers', () => {
    document.body.innerHTML = `<table><tr><td>学历</td><td><select id="s"><option value="">--请选择--</option><option value="1" selected>大学本科</option><option value="x" disabled>停用</option></select></td></tr>
      <tr><td>日期</td><td><input id="d" class="Wdate" onfocus="WdatePicker({dateFmt:'yyyy-MM'})" readonly maxlength="7"></td></tr>
      <tr><td>民族</td><td><input id="p" readonly><input type="button" value="..."><input type="hidden" id="hidP"></td></tr></table>
      <div style="display:none"><input id="gone"></div><input type="hidden" id="h">`;
    const snap = collectSnapshot(document);
    const get = (id: string) => snap.controls.find((c) => c.id === id)!;
    expect(get('s').options.map((o) => [o.norm, o.placeholder, o.disabled, o.selected])).toEqual([
      ['--请选择--', true, false, false], ['大学本科', false, false, true], ['停用', false, true, false],
    ]);
    expect(get('d')).toMatchObject({ kind: 'date', calendar: true, dateFormat: 'yyyy-MM', maxLength: 7, readOnly: true });
    expect(get('p').pickerButton).toBe(true);
    expect(get('p').pickerCodeIndex).toBe(get('hidP').index);
    expect(get('gone').visible).toBe(false);
    expect(get('h')).toMatchObject({ kind: 'hidden', visible: false });
  });

  it('reads without what only a fill uses in readPage, which withFillFacts adds as collectSnapshot reads it (issue 9)', () => {
    document.body.innerHTML = `<form><table><tr><td>日期</td><td><input id="d" class="Wdate" onfocus="WdatePicker({dateFmt:'yyyy-MM'})"></td></tr>
      <tr><td>月份</td><td><input id="m" type="month"></td></tr>
      <tr><td>终止</td><td><input id="f" onclick="laydate({format: 'yyyy年MM月'})"></td></tr>
      <tr><td>起始</td><td><input id="l"> <img src="calendar.gif" onclick="WdatePicker({el:'l2', dateFmt:'yyyy.MM'})"></td></tr>
      <tr><td>民族</td><td><input id="txtMZ" readonly><input type="button" value="..."><input type="hidden" id="hidMZ"><input type="hidden" id="hidOther"></td></tr>
      <tr><td>单位</td><td><input id="u" readonly><a href="#" onclick="showModalDialog('pick.aspx')">选择</a></td></tr>
      <tr><td>系列</td><td><select id="s" onchange="javascript:setTimeout('__doPostBack(\\'s\\',\\'\\')', 0)"><option>工程</option></select></td></tr>
      <tr><td>身份证</td><td><input id="id" onchange="__doPostBack('id','')"></td></tr></table></form>`;
    const lean = readPage(document);
    for (const c of lean.controls) {
      expect(c.pickerCodeIndex).toBeUndefined();
      expect(c.dateFormat).toBeUndefined();
      expect(c.postsBack).toBeUndefined();
    }
    const full = collectSnapshot(document);
    const get = (id: string) => full.controls.find((c) => c.id === id)!;
    expect(['d', 'm', 'f', 'l'].map((id) => get(id).dateFormat)).toEqual(['yyyy-MM', 'yyyy-MM', 'yyyy年MM月', 'yyyy.MM']);
    expect(get('txtMZ').pickerCodeIndex).toBe(get('hidMZ').index);
    expect(get('u')).toMatchObject({ pickerButton: true, pickerCodeIndex: null });
    expect([get('s').postsBack, get('id').postsBack, get('d').postsBack]).toEqual([true, true, undefined]);
    // The page's charset too (only a fill reads it, lib/fill/charset.ts; and the structure export).
    expect(lean.charset).toBeUndefined();
    expect(full.charset).toBe(document.characterSet);
    expect(withFillFacts(document, lean)).toEqual(full);
    const { charset: _c, ...fullPage } = full;
    expect({ ...fullPage, controls: full.controls.map(({ pickerCodeIndex: _p, dateFormat: _d, postsBack: _b, ...rest }) => rest) }).toEqual(lean);
  });

  it('takes a box marked only by My97’s class Wdate (any case) for a calendar, not a class merely ending in date (probe 8 item 9)', () => {
    document.body.innerHTML = ['Wdate', 'wdate', 'WDATE', 'input Wdate', 'LayDate', 'startDate', 'validate', 'update'].map((c, i) => `<input id="c${i}" class="${c}">`).join('');
    const calendars = collectSnapshot(document).controls.map((c) => c.calendar);
    expect(calendars).toEqual([true, true, true, true, true, true, false, false]);
  });

  it('reads grids, headings, notices and links, and skips our own UI', () => {
    document.body.innerHTML = `<h3>学位（学历）教育情况</h3><p style="color:red">注意：按最高学历从高到低填报</p>
      <table><tr><th>记录序号</th><th>学校</th><th>操作</th></tr><tr><td>1</td><td>某某大学</td><td><a href="#">修改</a><a href="#">删除</a></td></tr><tr><td colspan="3">1 2 3</td></tr></table>
      <table><tr><td>学校</td><td><input id="x"></td></tr></table>
      <div data-zc-root><input id="ours"><h1>助手</h1></div>`;
    const snap = collectSnapshot(document);
    // Its "1 2 3" row is a pager: no record, and the list is one page of several.
    expect(snap.grids).toEqual([{ headers: ['记录序号', '学校', '操作'], rows: [{ cells: ['1', '某某大学', '修改删除'], actions: ['修改', '删除'] }], paged: true }]);
    expect(snap.headings).toContain('学位(学历)教育情况');
    expect(snap.headings).not.toContain('助手');
    expect(snap.notices[0]).toBe('注意:按最高学历从高到低填报');
    expect(snap.links).toEqual(['修改', '删除']);
    expect(snap.controls.map((c) => c.id)).toEqual(['x']);
  });

  it('finds every notice element: red text first, then blocks with 注意, none of ours', () => {
    document.body.innerHTML = `<p id="a"><font color="red">带*为必填项</font></p><div id="b">注意：照片为近期免冠证件照</div>
      <span id="c" style="color:red">带*为必填项</span><td id="d">  </td><div data-zc-root><p style="color:red">注意：助手</p></div>`;
    const found = noticeElements(document, (el) => !!el.closest('[data-zc-root]'));
    // Two notices that read alike are two places on the page; the snapshot keeps the text once.
    expect(found.map((n) => [n.element.tagName, n.text])).toEqual([
      ['FONT', '带*为必填项'],
      ['SPAN', '带*为必填项'],
      ['DIV', '注意:照片为近期免冠证件照'],
    ]);
    expect(collectSnapshot(document).notices).toEqual(['带*为必填项', '注意:照片为近期免冠证件照']);
  });

  it('takes red from class names that say red, <font color> and inline colour, not from words that contain red', () => {
    const reds = ['<span class="red">a</span>', '<span class="tip font-red">b</span>', '<span class="txtRed">c</span>', '<span class="redfont">d</span>', '<font color="#CC0000">e</font>', '<font color="ff0000">f</font>', '<p style="color:#c00">g</p>'];
    const others = ['<td class="required">h</td>', '<div class="bordered">i</div>', '<p class="centered">j</p>', '<font color="#800000">k</font>', '<p style="background-color:red">l</p>', '<span class="hundred">m</span>'];
    document.body.innerHTML = `<table><tr>${[...reds, ...others].map((h) => `<td>${h}</td>`).join('')}</tr></table>`;
    expect(noticeElements(document, () => false).map((n) => n.text)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('with the window, finds red drawn by a stylesheet: one notice per red block, never a block with controls', () => {
    document.head.innerHTML = '<style>.tip { color: #e00 } .form { color: red } .grey { color: #666 }</style>';
    document.body.innerHTML = `<div class="tip" id="tip">附件须加盖公章<br><b>原件</b>须本人签名</div>
      <div class="grey">说明文字</div>
      <table class="form"><tr><td>姓名</td><td><input id="x"></td></tr></table>`;
    const isOurs = () => false;
    // Markup alone says nothing is red: the snapshot's reading stays as it was.
    expect(noticeElements(document, isOurs)).toEqual([]);
    const found = noticeElements(document, isOurs, window);
    expect(found.map((n) => [n.element.id || n.element.tagName, n.text])).toEqual([
      // The <b> inside inherits the red: the block is taken once, with all its words.
      ['tip', '附件须加盖公章原件须本人签名'],
      // Red around a form control: only the text's own cell, not the table.
      ['TD', '姓名'],
    ]);
    document.head.innerHTML = '';
  });

  it('reads a bounded number of computed colours; markup red is found after any number of them', () => {
    document.head.innerHTML = '<style>.tip { color: #e00 }</style>';
    const cells = Array.from({ length: 700 }, (_, i) => `<td>格${i}</td>`).join('');
    document.body.innerHTML = `<div class="tip">页首红字</div><table><tr>${cells}</tr></table><div class="tip">页尾红字</div><font color="red">页尾标记红字</font>`;
    expect(noticeElements(document, () => false, window).map((n) => n.text)).toEqual(['页尾标记红字', '页首红字']);
    document.head.innerHTML = '';
  });

  it('finds a red notice after many cells whose classes merely contain red', () => {
    const cells = Array.from({ length: 80 }, (_, i) => `<td class="bordered">格${i}</td>`).join('');
    document.body.innerHTML = `<table><tr>${cells}</tr></table><p><font color="red">附件须加盖单位公章</font></p>`;
    expect(collectSnapshot(document).notices).toEqual(['附件须加盖单位公章']);
  });

  it('builds selectors that resolve back to the element', () => {
    document.body.innerHTML = `<div><input name="a"><input name="a"></div><input id="dup"><input id="dup"><input type="radio" name="r" value="1"><input type="radio" name="r" value="2">`;
    const snap = collectSnapshot(document);
    const elements = Array.from(document.querySelectorAll('input'));
    snap.controls.forEach((c, i) => expect(resolveControl(document, c)).toBe(elements[i]));
  });

  it('is fast enough: 30 and 1,000 fields (happy-dom times printed)', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `<tr><td>字段${i}：</td><td><input name="ctl00$c$txt${i}"></td><td>选项${i}</td><td><select name="s${i}"><option value="">--请选择--</option><option>甲</option></select></td></tr>`).join('');
    for (const n of [15, 500]) {
      document.body.innerHTML = `<form><table>${rows(n)}</table></form>`;
      collectSnapshot(document);
      const t0 = performance.now();
      const snap = collectSnapshot(document);
      const ms = performance.now() - t0;
      console.log(`collectSnapshot, ${n * 2} fields, happy-dom: ${ms.toFixed(1)} ms`);
      expect(snap.controls.length).toBe(n * 2);
    }
  });
});

describe('a 查询 bar above a list (probe9 item 3)', () => {
  const filters = (html: string) => {
    document.body.innerHTML = html;
    return collectSnapshot(document).controls.filter((c) => c.filter && c.kind !== 'button').map((c) => c.id);
  };
  const R = (l: string, c: string) => `<tr><td>${l}</td><td>${c}</td></tr>`;
  const form = `<table>${R('毕业院校', '<input id="yx">')}${R('学历', '<select id="xl"><option>大学本科</option></select>')}</table>`;
  const list = '<input type="button" value="添加"><table><tr><th>序号</th><th>毕业院校</th></tr><tr><td>1</td><td>华南理工大学</td></tr></table>';

  it('marks the boxes of a table, div or LinkButton bar whose action is 查询 / 检索, not the record form saved by 保存', () => {
    const tableBar = '<table><tr><td>学校名称：</td><td><input id="q1"></td><td><select id="q2"><option>全部</option></select></td><td><input type="button" value="查询"><input type="button" value="添加"></td></tr></table>';
    expect(filters(`${tableBar}${list}${form}<input type="submit" value="保存">`)).toEqual(['q1', 'q2']);
    expect(filters(`<div>${tableBar}${list}${form}<input type="submit" value="保存"></div>`)).toEqual(['q1', 'q2']);
    expect(filters(`<div class="search">关键字 <input id="q1"> <input type="button" value="检索"> <input type="reset" value="重置"></div>${list}<div>${form}<input type="submit" value="保存并新增"></div>`)).toEqual(['q1']);
    // 搜索 is the word of a "..." chooser beside a box, even in a one-row picker table on a page with a list (breaker 12).
    expect(filters(`${list}<table>${R('申报评委会', '<table><tr><td><input id="pwh" readonly></td><td><input type="button" value="搜索"></td></tr></table>')}</table><input type="submit" value="保存">`)).toEqual([]);
    expect(filters(`<table><tr><td>项目名称</td><td><input id="q1"></td><td><a href="javascript:__doPostBack('btnQuery','')">[查询]</a></td></tr></table>${list}`)).toEqual(['q1']);
  });

  it('marks none when the page shows no list: a 查询 bar filters a list (breaker 11 item 2)', () => {
    expect(filters(`<table><tr><td>项目名称</td><td><input id="q1"></td><td><a href="javascript:__doPostBack('btnQuery','')">[查询]</a></td></tr></table>`)).toEqual([]);
    // A 搜索 chooser beside one box in a div (申报评委会), the form's other boxes in a table above it.
    expect(filters(`<table>${R('姓名', '<input id="xm">')}</table><div>申报评委会 <input id="pwh" readonly><input type="button" value="搜索" onclick="openWin()"></div><div><input type="submit" value="保存"></div>`)).toEqual([]);
  });

  it('marks none when the 查询 / 检索 sits beside one box of a form laid out in rows or lines (breaker 11 item 2)', () => {
    const lookup = `<table><tr><td>姓名</td><td><input id="xm"></td><td>公民身份号码</td><td><input id="sfz"></td></tr>${R('工作单位', '<input id="dw"><input type="button" value="查询">')}</table>`;
    for (const page of [`${lookup}<div><input type="submit" value="保存并下一步"></div>`, `${list}${lookup}<input type="submit" value="确定">`, `${list}<div>${lookup}<input type="submit" value="保存并新增"></div>`]) {
      expect(filters(page)).toEqual([]);
    }
    const divForm = (rows: string) => `<div>${rows}<div><label>工作单位</label><input id="dw"><button type="button">检索</button></div></div><div><button type="submit">保存</button></div>`;
    expect(filters(divForm('<div><label>姓名</label><input id="xm"></div><div><label>公民身份号码</label><input id="sfz"></div>'))).toEqual([]);
  });

  it('marks none when the nearest container with a button saves, or holds no 查询, or its 搜索 is the picker of a box in a form table', () => {
    expect(filters(`<div>${form}<input type="button" value="查询"><input type="submit" value="保存"></div>`)).toEqual([]);
    expect(filters(`<div><table><tr><td>毕业院校</td><td><input id="yx"></td></tr></table><input type="button" value="确定"><input type="button" value="清空"></div>`)).toEqual([]);
    expect(filters(`${list}<div><table>${R('工作单位', '<input id="dw"><input type="button" value="搜索">')}${R('职务', '<input id="zw">')}</table></div><input type="submit" value="保存">`)).toEqual([]);
  });
});

describe('collectSnapshot grids', () => {
  it('marks a list with a pager as paged (one place: lib/page/page-text.ts pageOf), with 共 N 条 as its total; the pager row is no record', () => {
    const list = (rows: string) => `<div><table><tr><th>记录序号</th><th>考核年度</th><th>考核结果</th></tr>${rows}</table></div>`;
    const record = '<tr><td>11</td><td>2021</td><td>合格</td></tr>';
    const pagerRow = (cell: string) => `<tr><td colspan="3">${cell}</td></tr>`;
    const grid = (body: string) => {
      document.body.innerHTML = body;
      const [g] = collectSnapshot(document).grids;
      return { rows: g!.rows.length, paged: g!.paged, total: g!.total };
    };
    expect(grid(list(record + pagerRow(`<a href="javascript:__doPostBack('gv','Page$1')">1</a> <span>2</span>`)))).toEqual({ rows: 1, paged: true, total: undefined });
    expect(grid(list(record + pagerRow('首页 上一页 <a>下一页</a> <a>尾页</a>')))).toEqual({ rows: 1, paged: true, total: undefined });
    expect(grid(list(record) + '<div>共 12 条记录 第 2/2 页</div>')).toEqual({ rows: 1, paged: true, total: 12 });
    expect(grid(list(record) + '<span>第1页/共2页</span>')).toEqual({ rows: 1, paged: true, total: undefined });
    // A pager saying all is shown, a 返回首页 link, or no pager: the whole list.
    for (const whole of [list(record) + '<div>共 1 条记录 第 1/1 页</div>', list(record + pagerRow('第1页/共1页')), list(record) + '<div><a>返回首页</a></div>', list(record)]) {
      expect(grid(whole), whole).toEqual({ rows: 1, paged: undefined, total: undefined });
    }
  });

  it('reads only a pager-shaped line after a list, totals in every wording, and a pager of page 1 alone as the whole list (breaker round 11 item 5)', () => {
    const list = (rows: string) => `<div><table><tr><th>记录序号</th><th>考核年度</th><th>考核结果</th></tr>${rows}</table></div>`;
    const records = (n: number) => Array.from({ length: n }, (_, i) => `<tr><td>${i + 1}</td><td>20${10 + i}</td><td>合格</td></tr>`).join('');
    const pagerRow = (cell: string) => `<tr><td colspan="3">${cell}</td></tr>`;
    const grid = (body: string) => {
      document.body.innerHTML = body;
      const [g] = collectSnapshot(document).grids;
      return { rows: g!.rows.length, paged: g!.paged, total: g!.total };
    };
    // A way back, a note naming 上一页, an always-shown pager or a footer stating all the rows, a pager of page 1 alone.
    for (const whole of [
      list(records(2)) + '<div><a href="javascript:history.back()">返回上一页</a></div>',
      list(records(2)) + '<p>注：如需修改上一页内容，请返回上一页。</p>',
      list(records(2)) + '<div>共有记录 2 条 首页 上一页 下一页 尾页</div>',
      list(records(2)) + '<div>共有 2 条记录 <a>下一页</a></div>',
      list(records(2) + pagerRow('共 2 项')),
      list(records(10) + pagerRow('1')),
      // A pager saying there is one page, whatever else it says (breaker 12).
      list(records(2)) + '<div>每页10条 共1页</div>',
      list(records(2)) + '<div>首页 上一页 <span>1</span> 下一页 尾页</div>',
      // Page 1 of 1 whatever other numbers the line holds, a page-size chooser (breaker 14a item 3).
      list(records(2)) + '<div>当前页：1/1 每页20条</div>',
      list(records(2)) + '<div>总记录数：2 页次：1/1 每页显示10条</div>',
      list(records(2)) + '<div>第1/1页 每页10条</div>',
      list(records(2)) + '<div>每页显示10/20/50条</div>',
    ]) {
      expect(grid(whole).paged, whole).toBeUndefined();
    }
    // Still paged: more than the rows stated in these wordings, a second page number, page 1 of 11.
    expect(grid(list(records(2)) + '<div>共有记录 12 条 首页 上一页 <a>下一页</a> 尾页</div>')).toEqual({ rows: 2, paged: true, total: 12 });
    expect(grid(list(records(2) + pagerRow('共 12 项')))).toEqual({ rows: 2, paged: true, total: 12 });
    expect(grid(list(records(10) + pagerRow('1 <a>2</a>')))).toEqual({ rows: 10, paged: true, total: undefined });
    expect(grid(list(records(10)) + '<div>第 1/11 页 <a>下一页</a></div>')).toEqual({ rows: 10, paged: true, total: undefined });
    expect(grid(list(records(10)) + '<div>当前页：1/2 每页10条</div>')).toEqual({ rows: 10, paged: true, total: undefined });
    // Only the page pair beside 页 says 1 page: not a date's "4/1" on the line, nor a page-size chooser's (breaker 15a item 4).
    for (const line of ['页次：1/3 每页10条 更新于2024/1/5', '共3页 第1/3页', '每页 10/20 条 页次 1/3', '页数：2/10 每页：1', '每页10/1条 页次：1/2']) {
      expect(grid(list(records(2)) + `<div>${line}</div>`).paged, line).toBe(true);
    }
    for (const line of ['每页10/20条 页次：1/1', '当前第1/1页 共2条记录 每页显示10/20/50条', '共2条 1/1页', '第1页/共1页 每页10条']) {
      expect(grid(list(records(2)) + `<div>${line}</div>`).paged, line).toBeUndefined();
    }
    // The page pair in brackets, after Page, or right before a page size (breaker 16 item 7, breaker 15a item 4);
    // a date or a score in a row or a line of its own is no pager.
    for (const pages of ['1', '3']) {
      for (const line of ['页码：【1/N】 每页10条 首页 上一页 下一页 尾页', '第[1/N]页 每页20条 首页 尾页', 'Page 1/N 每页20条 上一页 下一页', '1/N 每页10条']) {
        const shown = line.replace('N', pages);
        expect(grid(list(records(2)) + `<div>${shown}</div>`).paged, shown).toBe(pages === '3' || undefined);
        expect(grid(list(records(2) + pagerRow(shown))).paged, shown).toBe(pages === '3' || undefined);
      }
    }
    for (const cell of ['2019/1', '1/2', '得分 1/2']) {
      expect(grid(list(records(2)) + `<div>${cell}</div>`).paged, cell).toBeUndefined();
      expect(grid(list(records(2) + pagerRow(cell))).paged, cell).toBeUndefined();
    }
    expect(grid(list(records(2)) + '<div><a>上一页</a></div>')).toEqual({ rows: 2, paged: true, total: undefined });
    // A pager line with a colon or a comma in it is still a pager (breaker 12).
    expect(grid(list(records(2)) + '<div>页次：1/3 共 25 条</div>')).toEqual({ rows: 2, paged: true, total: 25 });
    expect(grid(list(records(2)) + '<div>共25条记录，当前第1/3页</div>')).toEqual({ rows: 2, paged: true, total: 25 });
    // A page number N/M beside 页 with no total: paged, total unknown; 1/1 is the whole list; a date is no pager.
    for (const pager of ['<div>页次：1/5 <a>下一页</a></div>', '<div>页次：1/5</div>', '<div>当前页：2/3</div>', '<div>1/5页</div>']) {
      expect(grid(list(records(2)) + pager), pager).toEqual({ rows: 2, paged: true, total: undefined });
    }
    expect(grid(list(records(2) + pagerRow('页次：1/5')))).toEqual({ rows: 2, paged: true, total: undefined });
    for (const whole of ['<div>页次：1/1</div>', '<div>更新于 2024/05/06</div>']) expect(grid(list(records(2)) + whole).paged, whole).toBeUndefined();
  });

  it('keeps an empty list (header and a short "no data" row) with no rows, but not a layout table', () => {
    document.body.innerHTML = `
      <table id="g"><tr class="gridhead"><th>附件名称</th><th>记录序号</th></tr><tr><td colspan="2" align="center">暂无记录</td></tr></table>
      <table><tr><th>项目</th><th>说明</th></tr><tr><td colspan="2">这里是一段很长的说明文字，超过了“暂无记录”这类提示应有的长度，所以它是内容而不是空列表。</td></tr></table>`;
    expect(collectSnapshot(document).grids).toEqual([{ headers: ['附件名称', '记录序号'], rows: [] }]);
  });

  it('reads the header row below a caption row spanning the list (已填报的…), not the caption', () => {
    document.body.innerHTML = `<table border="1"><tr><td colspan="4" align="center"><b>已填报的年度考核结果</b></td></tr>
      <tr><th>记录序号</th><th>考核年度</th><th>考核结果</th><th>附件</th></tr>
      <tr><td>1</td><td>2023</td><td>合格</td><td></td></tr><tr><td>3</td><td>2024</td><td>基本称职</td><td></td></tr></table>`;
    expect(collectSnapshot(document).grids).toEqual([{
      headers: ['记录序号', '考核年度', '考核结果', '附件'],
      rows: [{ cells: ['1', '2023', '合格', ''], actions: [] }, { cells: ['3', '2024', '基本称职', ''], actions: [] }],
    }]);
  });

  it('leaves out a totals row under the records (合计 / 小计 / 总计 / 共计 first, also under a blank number): no record (breaker 14a, breaker 15a item 5)', () => {
    const totals = ['<td>合计</td><td>2条</td><td></td>', '<td>小计</td><td>2条</td><td></td>', '<td>总计：</td><td>2条</td><td></td>', '<td>共计</td><td>2条</td><td></td>', '<td></td><td>合计</td><td>2条</td>'];
    for (const row of totals) {
      document.body.innerHTML = `<table><tr><th>记录序号</th><th>毕业院校</th><th>学历</th></tr><tr><td>1</td><td>华南理工大学</td><td>大学本科</td></tr>
        <tr><td>2</td><td>广东环境保护工程职业学院</td><td>大学专科</td></tr><tr style="font-weight:bold">${row}</tr></table>`;
      expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells[0]), row).toEqual(['1', '2']);
    }
  });

  // A WebForms GridView edited in the grid, or with an insert row in its footer (probe 9 item 1).
  const editedList = (editRow: string) => `<table><tr><th>记录序号</th><th>毕业院校</th><th>学历</th><th>操作</th></tr>
    <tr><td>1</td><td>华南理工大学</td><td>大学本科</td><td><a>编辑</a></td></tr>${editRow}</table>`;
  const labelOf = (id: string) => collectSnapshot(document).controls.find((c) => c.id === id)!.labels.map((l) => `${l.source}:${l.text}`);

  it('reads a list with an edit or insert row: the saved rows are the list, the boxes take their column headers', () => {
    for (const action of ['<a>更新</a> <a>取消</a>', '<input type="submit" value="添加">']) {
      document.body.innerHTML = editedList(`<tr><td><input id="xh" value="2"></td><td><input id="yx"></td><td><select id="xl"><option>大学本科</option></select></td><td>${action}</td></tr>`);
      expect(collectSnapshot(document).grids).toEqual([{ headers: ['记录序号', '毕业院校', '学历', '操作'], rows: [{ cells: ['1', '华南理工大学', '大学本科', '编辑'], actions: ['编辑'] }] }]);
      expect([labelOf('xh'), labelOf('yx'), labelOf('xl')]).toEqual([['header-above:记录序号'], ['header-above:毕业院校'], ['header-above:学历']]);
    }
  });

  it('a 登记表 with stacked header rows (header / boxes / header / boxes) stays a form: each box takes the header right above it (breaker 11 item 4)', () => {
    const stacked = (h: (t: string) => string) => `<table><tr>${['姓名', '性别', '出生日期'].map(h).join('')}</tr>
      <tr><td><input id="xm"></td><td><input id="xb"></td><td><input id="cs"></td></tr>
      <tr>${['公民身份号码', '政治面貌', '手机号码'].map(h).join('')}</tr>
      <tr><td><input id="sfz"></td><td><input id="zzmm"></td><td><input id="sj"></td></tr></table>`;
    for (const h of [(t: string) => `<th>${t}</th>`, (t: string) => `<td><b>${t}</b></td>`]) {
      document.body.innerHTML = stacked(h);
      expect(collectSnapshot(document).grids).toEqual([]);
      expect([labelOf('xm'), labelOf('sfz'), labelOf('sj')]).toEqual([['header-above:姓名'], ['header-above:公民身份号码'], ['header-above:手机号码']]);
    }
  });

  it('a row of boxes is an edit row anywhere among the saved rows, also over a pager row, not next to a header row of its own (breaker 12 item 6)', () => {
    const boxes = '<tr><td><input id="xh"></td><td><input id="yx"></td><td><input id="xl"></td><td><a>更新</a></td></tr>';
    const saved = (n: number) => `<tr><td>${n}</td><td>华南理工大学</td><td>大学本科</td><td><a>编辑</a></td></tr>`;
    const head = '<tr><th>记录序号</th><th>毕业院校</th><th>学历</th><th>操作</th></tr>';
    const pager = '<tr><td colspan="4"><span>1</span> <a>2</a></td></tr>';
    for (const [rows, numbers] of [[`${boxes}${saved(2)}`, ['2']], [`${saved(1)}${boxes}${saved(3)}`, ['1', '3']], [`${saved(1)}${boxes}${pager}`, ['1']]] as const) {
      document.body.innerHTML = `<table>${head}${rows}</table>`;
      expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells[0])).toEqual(numbers);
      expect([labelOf('xh'), labelOf('yx')]).toEqual([['header-above:记录序号'], ['header-above:毕业院校']]);
    }
    // Showing a record, with a saved row below it: the record changed in place, read from its boxes (breaker 12 item 9).
    const shown = '<tr><td><input id="xh" value="1"></td><td><input id="yx" value="华南理工大学"></td><td><select id="xl"><option value="">请选择</option><option value="21" selected>大学本科</option></select></td><td><a>更新</a> <a>取消</a></td></tr>';
    document.body.innerHTML = `<table>${head}${shown}${saved(2)}</table>`;
    expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells)).toEqual([['1', '华南理工大学', '大学本科', '更新取消'], ['2', '华南理工大学', '大学本科', '编辑']]);
    // Last, it may be a footer's insert row: no saved record.
    document.body.innerHTML = `<table>${head}${saved(1)}${shown.replace('value="1"', 'value="2"')}${pager}</table>`;
    expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells[0])).toEqual(['1']);
    // An insert row (添加) is no saved record: a top insert row with the portal's next number, or a
    // new record typed there (breaker 14a item 2). Without 添加 or 更新 its number must fall between
    // the saved rows' above and below it (GridView draws the edit row where the record's row stood).
    const inserted = (n: number) => shown.replace('value="1"', `value="${n}"`).replace('更新', '添加');
    const plain = (n: number) => shown.replace('value="1"', `value="${n}"`).replace('<a>更新</a>', '');
    for (const [rows, numbers] of [[`${inserted(2)}${saved(1)}`, ['1']], [`${inserted(3)}${saved(1)}${saved(2)}`, ['1', '2']], [`${inserted(1)}${saved(1)}`, ['1']], [`${saved(1)}${inserted(2)}${saved(3)}`, ['1', '3']], [`${plain(2)}${saved(1)}`, ['1']], [`${saved(1)}${plain(4)}${saved(3)}`, ['1', '3']], [`${saved(1)}${plain(2)}${saved(3)}`, ['1', '2', '3']]] as const) {
      document.body.innerHTML = `<table>${head}${rows}</table>`;
      expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells[0]), rows).toEqual(numbers);
    }
    // Edit mode's 更新 / 取消: the record changed in place in any order, its number read from the
    // 记录序号 column when a command or 选择 column comes first (breaker 15a item 1).
    for (const [rows, numbers] of [[`${saved(3)}${shown.replace('value="1"', 'value="2"')}${saved(1)}`, ['3', '2', '1']], [`${saved(2)}${shown}${saved(3)}`, ['2', '1', '3']]] as const) {
      document.body.innerHTML = `<table>${head}${rows}</table>`;
      expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells[0]), rows).toEqual(numbers);
    }
    // 更新 / 取消 as image buttons (a CommandField of ButtonType Image) read by their alt or title;
    // an image 添加 beside a calendar icon stays an insert row (breaker 16 item 6).
    const images = (attr: string) => `<input type="image" src="update.gif" ${attr}="更新"> <input type="image" src="cancel.gif" ${attr}="取消">`;
    for (const attr of ['alt', 'title']) {
      document.body.innerHTML = `<table>${head}${saved(3)}${shown.replace('value="1"', 'value="2"').replace('<a>更新</a> <a>取消</a>', images(attr))}${saved(1)}</table>`;
      expect(collectSnapshot(document).grids[0]!.rows.map((r) => [r.cells[0], ...r.actions]), attr).toEqual([['3', '编辑'], ['2', '更新', '取消'], ['1', '编辑']]);
    }
    const addImage = '<input type="image" src="calendar.gif" alt="选择日期"> <input type="image" src="add.jpg" alt="添加"> <input type="image" src="cancel.gif" alt="取消">';
    document.body.innerHTML = `<table>${head}${shown.replace('value="1"', 'value="2"').replace('<a>更新</a> <a>取消</a>', addImage)}${saved(3)}${saved(1)}</table>`;
    expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells[0])).toEqual(['3', '1']);
    // 取消 alone, or beside 保存 / 确定, is a new record's row too; 更新 alone is no edit mode (breaker 16 item 1):
    // such a row keeps the number rule, and a new record's next number at the top is none.
    for (const actions of ['<a>保存</a> <a>取消</a>', '<a>确定</a> <a>取消</a>', '<a>更新</a>']) {
      document.body.innerHTML = `<table>${head}${shown.replace('value="1"', 'value="3"').replace('<a>更新</a> <a>取消</a>', actions)}${saved(1)}${saved(2)}</table>`;
      expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells[0]), actions).toEqual(['1', '2']);
    }
    const row = (first: string, n: string, school: string) => `<tr><td>${first}</td><td>${n}</td><td>${school}</td><td>大学本科</td></tr>`;
    const editedRow = (first: string) => row(first, '<input value="2">', '<input value="华南理工大学">').replace('<td>大学本科</td>', '<td><input value="大学本科"></td>');
    for (const [column, savedFirst, editFirst] of [['操作', '<a>编辑</a> <a>删除</a>', '<a>更新</a> <a>取消</a>'], ['选择', '<input type="checkbox">', '<input type="checkbox">']] as const) {
      document.body.innerHTML = `<table><tr><th>${column}</th><th>记录序号</th><th>毕业院校</th><th>学历</th></tr>${row(savedFirst, '1', '华南理工大学')}${editedRow(editFirst)}${row(savedFirst, '3', '华南理工大学')}</table>`;
      expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells[1]), column).toEqual(['1', '2', '3']);
    }
    // A prompt-less list parsed selected (happy-dom gives it a value and selectedIndex -1) reads by its value, throwing nothing.
    document.body.innerHTML = `<table>${head}<tr><td><input value="2"></td><td><input></td><td><select><option value="21" selected>大学本科</option></select></td><td><a>添加</a></td></tr>${saved(1)}</table>`;
    expect(collectSnapshot(document).grids[0]!.rows.map((r) => r.cells[0])).toEqual(['1']);
    // Under a header row of its own: a 登记表's stacked rows, not a list.
    document.body.innerHTML = `<table>${head}${saved(1)}<tr><th>记录序号</th><th>毕业院校</th><th>学历</th><th>操作</th></tr>${boxes}</table>`;
    expect(collectSnapshot(document).grids).toEqual([]);
  });

  it('a table whose rows with boxes are label | box rows stays a form, under a header row too', () => {
    document.body.innerHTML = `<table><tr><th>项目</th><th>内容</th></tr><tr><td>身份证号</td><td>440101199001011234</td></tr>
      <tr><td>毕业院校</td><td><input id="yx"></td></tr></table>`;
    expect(collectSnapshot(document).grids).toEqual([]);
    expect(labelOf('yx')).toEqual(['cell-left:毕业院校', 'header-above:440101199001011234']);
    // A row with boxes in a minority of its cells is no edit row: the table is a form's layout.
    document.body.innerHTML = editedList('<tr><td>2</td><td>广东环境保护工程职业学院</td><td><input id="xl"></td><td><a>更新</a></td></tr>');
    expect(collectSnapshot(document).grids).toEqual([]);
  });
});
