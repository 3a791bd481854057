import { describe, expect, it } from 'vitest';
import { blockingFindings, isHeldButton, portalButtonOf, pressedByUser, redrawnButton } from '../../../lib/content/presubmit';
import { classifyPortalButton, isNextButton } from '../../../lib/page/buttons';

describe('classifyPortalButton', () => {
  it('knows the saving buttons and the attachment uploads, with the portal’s padding', () => {
    for (const text of ['保存', ' 保存并下一步 ', '保存并新增', '暂存']) expect(classifyPortalButton(text), text).toBe('save');
    for (const text of ['上传', '上传附件', '[上传文件]']) expect(classifyPortalButton(text), text).toBe('attach');
  });

  it('knows the wordings portal copies use, with an accelerator key', () => {
    for (const text of ['保存修改', '保存信息', '保存并继续', '保存(S)', '保存（&S）', '确定保存']) expect(classifyPortalButton(text), text).toBe('save');
    // Saving and moving on, however the two are joined; 提交 with 下一步 is this step's save, not 送审.
    for (const text of ['保存，下一步', '保存,下一步', '保存、下一步', '保存并进入下一步', '提交并进入下一步', '提交并下一步']) expect(classifyPortalButton(text), text).toBe('save');
    // A bare 提交 is never pressed for the user: taken as 送审.
    expect(classifyPortalButton('提交')).toBe('submit');
    for (const text of ['确定', '保存照片说明', '上传照片说明', '查看']) expect(classifyPortalButton(text), text).not.toBe('save');
  });

  it('knows a save worded by what it saves, modifying or updating (修改保存, 确认修改, 更新保存…), but not a bare 修改 / 更新 / 确定 / 确认 (breaker 11s: those open records, pick from a chooser, page a list)', () => {
    for (const text of ['修改保存', '修改并保存', '确认修改', '确定修改', '[确认修改]', '更新保存', '保存更新', '确认更新']) expect(classifyPortalButton(text), text).toBe('save');
    for (const text of ['修改', '更新', '确定', '确认', '修改密码', '确认修改密码', '修改记录', '更新数据']) expect(classifyPortalButton(text), text).toBeNull();
  });

  it('knows 送审 and leaves navigation alone', () => {
    for (const text of ['送审', '提交审核', '完成并送审', '提交申报', '保存并提交', '确认提交', '[送审]']) expect(classifyPortalButton(text), text).toBe('submit');
    for (const text of ['保存草稿', '[保存]', '【保存】']) expect(classifyPortalButton(text), text).toBe('save');
    for (const text of ['添加', '返回', '上一步', '浏览...', '删除照片', '上传说明']) expect(classifyPortalButton(text), text).toBeNull();
  });

  it('knows 送审 confirmed or joined to printing as 送审, and 提交 joined to the next step or to saving as a save (breaker 15b item 6)', () => {
    for (const text of ['确认并提交', '确认无误并送审', '确认无误，提交', '提交并送审核', '送审并打印']) expect(classifyPortalButton(text), text).toBe('submit');
    for (const text of ['确认提交并进入下一步', '提交并进入下一步', '提交并保存']) expect(classifyPortalButton(text), text).toBe('save');
  });
});

describe('portalButtonOf', () => {
  it('reads 选择申报资格系列’s 选定 as a save (it commits the series: seed 2), and a 选定 on any other page, a chooser’s, as no portal button', () => {
    document.body.innerHTML = '<input type="submit" id="xd" value="选定"><button id="xd2">[选定]</button>';
    expect(portalButtonOf(document.getElementById('xd'), 'select-series')).toMatchObject({ action: 'save', text: '选定' });
    expect(portalButtonOf(document.getElementById('xd2'), 'select-series')).toMatchObject({ action: 'save', text: '选定' });
    for (const step of ['basic-info', 'unknown', 'education'] as const) expect(portalButtonOf(document.getElementById('xd'), step), step).toBeNull();
  });

  it('reads a bare 确定 (确 定) as a save only in a dialog — a role’s, or a layui layer’s with none — holding the step’s record fields (B65-12, spa66 item 4); an alert’s, a login’s, a page’s 确定 is no portal button', () => {
    document.body.innerHTML =
      '<div role="dialog" class="el-dialog"><div class="el-dialog__body"><div class="el-form"><input name="kssj"><input name="jssj"></div></div><div class="el-dialog__footer"><button type="button" id="ok"><span>确 定</span></button></div></div>' +
      '<div class="layui-layer layui-layer-page"><div class="layui-layer-content"><input name="kssj"><input name="jssj"></div><div class="layui-layer-btn"><a class="layui-layer-btn0" id="layer">确定</a></div></div>' +
      '<div role="dialog" class="el-message-box__wrapper"><div class="el-message-box__content">保存成功</div><div class="el-message-box__btns"><button type="button" id="alert"><span>确定</span></button></div></div>' +
      '<div role="dialog"><form><input name="user"><input type="password" name="pwd"></form><button type="button" id="login">确定</button></div>' +
      '<form><input name="kssj"><input name="jssj"><button type="button" id="page">确定</button></form>';
    // The controller's: two or more of the step's fields in the dialog (here: its date boxes).
    const holds = (dialog: Element | null) => dialog && dialog.querySelectorAll('[name$=sj]').length > 1;
    for (const at of ['#ok span', '#layer']) expect(portalButtonOf(document.querySelector(at), 'education', holds), at).toMatchObject({ action: 'save', text: '确定' });
    for (const id of ['alert', 'login', 'page']) expect(portalButtonOf(document.getElementById(id), 'education', holds), id).toBeNull();
    // No reading of the step's fields given (on-demand.js's redrawnButton): no 确定 is a save.
    expect(portalButtonOf(document.getElementById('ok'), 'education')).toBeNull();
  });

  it('reads a bare 确定 as a save in the dialogs libraries draw with no role too — an iView modal, Bootstrap 5’s .modal, an EasyUI window — when they hold the step’s record fields (antd66 IVU66-3)', () => {
    document.body.innerHTML =
      '<div class="ivu-modal-wrap"><div class="ivu-modal"><div class="ivu-modal-content"><div class="ivu-modal-body"><form class="ivu-form"><input name="kssj"><input name="jssj"></form></div><div class="ivu-modal-footer"><button type="button" class="ivu-btn ivu-btn-primary" id="ivu"><span>确定</span></button></div></div></div></div>' +
      '<div class="modal fade show" tabindex="-1"><div class="modal-dialog"><div class="modal-content"><div class="modal-body"><input name="kssj"><input name="jssj"></div><div class="modal-footer"><button type="button" class="btn btn-primary" id="bs">确定</button></div></div></div></div>' +
      '<div class="panel window panel-htop"><div class="panel-header window-header"><div class="panel-title">新增学历</div></div><div class="dialog-content panel-body window-body"><input name="kssj"><input name="jssj"></div><div class="dialog-button"><a href="javascript:void(0)" class="l-btn" id="eu"><span class="l-btn-left"><span class="l-btn-text">确定</span></span></a></div></div>' +
      '<div class="modal"><div class="modal-body">保存成功</div><button type="button" class="btn" id="alert">确定</button></div>';
    const holds = (dialog: Element | null) => dialog && dialog.querySelectorAll('[name$=sj]').length > 1;
    for (const at of ['#ivu span', '#bs', '#eu .l-btn-text']) expect(portalButtonOf(document.querySelector(at), 'education', holds), at).toMatchObject({ action: 'save', text: '确定' });
    // One holding none of the record's fields (an alert) only closes.
    expect(portalButtonOf(document.getElementById('alert'), 'education', holds)).toBeNull();
  });

  it('knows 提交并送审 as 送审, 确认提交并进入下一步 as a save, and 下一步 with a step number before its arrows or bracket (breaker 14b item 6)', () => {
    expect(classifyPortalButton('提交并送审')).toBe('submit');
    expect(classifyPortalButton('确认提交并进入下一步')).toBe('save');
    for (const text of ['下一步(3)>>', '[下一步(3)]', '【下一步（2）】']) expect(isNextButton(text), text).toBe(true);
    expect(classifyPortalButton('[保存(S)]')).toBe('save');
  });

  it('finds the button a click landed in, from an input’s value or a button’s text', () => {
    document.body.innerHTML = '<input type="button" id="a" value="上传照片"><button id="b"><span>保存并下一步</span></button><a id="c">帮助</a>';
    expect(portalButtonOf(document.getElementById('a'), 'unknown')).toMatchObject({ action: 'upload', text: '上传照片' });
    expect(portalButtonOf(document.querySelector('#b span'), 'unknown')).toMatchObject({ action: 'save', text: '保存并下一步' });
    expect(portalButtonOf(document.getElementById('c'), 'unknown')).toBeNull();
  });

  it('takes a bare 上传 on 基本信息 for the photo’s upload, elsewhere for an attachment’s (breaker 22a item 4)', () => {
    document.body.innerHTML = '<input type="file" id="f"><input type="submit" id="u" value="上传"><input type="submit" id="p" value="上传照片">';
    expect(portalButtonOf(document.getElementById('u'), 'basic-info')).toMatchObject({ action: 'upload', text: '上传' });
    expect(portalButtonOf(document.getElementById('u'), 'certificates')).toMatchObject({ action: 'attach' });
    expect(portalButtonOf(document.getElementById('u'), 'unknown')).toMatchObject({ action: 'attach' });
    expect(portalButtonOf(document.getElementById('p'), 'certificates')).toMatchObject({ action: 'upload' });
    // 上传附件 on 基本信息 uploads a scan, not the photo (breaker 23b item 4).
    document.body.insertAdjacentHTML('beforeend', '<input type="submit" id="a" value="上传附件">');
    expect(portalButtonOf(document.getElementById('a'), 'basic-info')).toMatchObject({ action: 'attach' });
    // Decorated, it is still the bare 上传 (breaker 24a item 2).
    for (const text of ['【上传】', '上传(U)', '[上传]', '上传>>']) {
      document.body.innerHTML = `<input type="submit" id="d" value="${text}">`;
      expect(portalButtonOf(document.getElementById('d'), 'basic-info'), text).toMatchObject({ action: 'upload' });
    }
  });

  it('finds LinkButtons, pictures and elements with an onclick, read by their text or their picture’s alt', () => {
    document.body.innerHTML = `<a id="l" href="javascript:__doPostBack('lbtnSave','')">保存</a>
      <a id="p" href="javascript:__doPostBack('lbtnNext','')"><img alt="保存并下一步" src="next.gif"></a>
      <img id="i" alt="保存" src="save.gif" onclick="__doPostBack('imgSave','')">
      <span id="s" onclick="save()">保 存</span>
      <td onclick="pick(this)"><input id="t" type="text" onclick="this.select()"></td>`;
    expect(portalButtonOf(document.getElementById('l'), 'unknown')).toMatchObject({ action: 'save', text: '保存' });
    expect(portalButtonOf(document.querySelector('#p img'), 'unknown')).toMatchObject({ action: 'save', text: '保存并下一步' });
    expect(portalButtonOf(document.getElementById('i'), 'unknown')).toMatchObject({ action: 'save', text: '保存' });
    expect(portalButtonOf(document.getElementById('s'), 'unknown')).toMatchObject({ action: 'save', text: '保存' });
    // A text box with an onclick is no button.
    expect(portalButtonOf(document.getElementById('t'), 'unknown')).toBeNull();
  });

  it('finds a button made so by role or class, whose handler a script added; not a link to another page (gate probe)', () => {
    document.body.innerHTML = `<div id="d" class="btn-save">保存</div><span id="r" role="button">完成并送审</span><div id="x" class="toolBtn"><i></i>暂存</div>
      <a id="m" href="Submit.aspx">完成并送审</a><a id="o" href="Submit.aspx" onclick="return check()">送审</a><a id="e" href="#">保存</a>`;
    expect(portalButtonOf(document.getElementById('d'), 'unknown')).toMatchObject({ action: 'save' });
    expect(portalButtonOf(document.getElementById('r'), 'unknown')).toMatchObject({ action: 'submit' });
    expect(portalButtonOf(document.querySelector('#x i'), 'unknown')).toMatchObject({ action: 'save', text: '暂存' });
    // The menu's link only opens the 完成并送审 page; one with its own onclick may post.
    expect(portalButtonOf(document.getElementById('m'), 'unknown')).toBeNull();
    expect(portalButtonOf(document.getElementById('o'), 'unknown')).toMatchObject({ action: 'submit' });
    expect(portalButtonOf(document.getElementById('e'), 'unknown')).toMatchObject({ action: 'save' });
  });

  it('checks a 下一步 that sends the form (next), not one that only navigates (breaker 11: nor one whose handler goes elsewhere)', () => {
    document.body.innerHTML = `<form><input id="s" type="submit" value="下一步"><button id="b">下一步</button>
      <a id="l" href="javascript:__doPostBack('lbtnNext','')">下一步</a><input id="o" type="button" value="下 一 步" onclick="WebForm_DoPostBackWithOptions(x)">
      <input id="n" type="button" value="下一步" onclick="location.href='Edu.aspx'"><a id="h" href="Edu.aspx">下一步</a><button id="t" type="button">下一步</button>
      <input id="r" type="submit" value="下一步" onclick="location.href='Step3.aspx';return false;"><button id="c" onclick="location.href='Step3.aspx'">下一步</button>
      <input id="w" type="submit" value="下一步" onclick="window.open('Step3.aspx'); return false">
      <input id="f" type="submit" value="下一步" onclick="if (!confirm('确定？')) return false;"><input id="u" type="submit" value="下一步" onclick="saveRelocationInfo()"></form>`;
    // A confirm()'s return false, or "location" inside another name, does not make it navigate (breaker 12).
    for (const id of ['s', 'b', 'l', 'o', 'f', 'u']) expect(portalButtonOf(document.getElementById(id), 'unknown'), id).toMatchObject({ action: 'next' });
    for (const id of ['n', 'h', 't', 'r', 'c', 'w']) expect(portalButtonOf(document.getElementById(id), 'unknown'), id).toBeNull();
    // Held for the page's errors as a save is.
    expect(blockingFindings([{ severity: 'error', checkId: 'required-field' }, { severity: 'warning', checkId: 'unfinished-steps' }], 'next')).toHaveLength(1);
  });

  it('reads a decorated 下一步 as 下一步: brackets round it, arrows after it (breaker 12 leftover)', () => {
    document.body.innerHTML = `<form><input id="a" type="submit" value="[下一步]"><input id="b" type="submit" value="下一步>>">
      <button id="c">下一步 &gt;</button><input id="d" type="submit" value="【下一步】"><input id="e" type="submit" value="下一步 》">
      <input id="f" type="submit" value="保存并下一步>>"><input id="g" type="submit" value="下一步骤说明"></form>`;
    for (const id of ['a', 'b', 'c', 'd', 'e']) expect(portalButtonOf(document.getElementById(id), 'unknown'), id).toMatchObject({ action: 'next' });
    expect(portalButtonOf(document.getElementById('f'), 'unknown')).toMatchObject({ action: 'save' });
    expect(portalButtonOf(document.getElementById('g'), 'unknown')).toBeNull();
  });

  it('reads 下一步 with both brackets and arrows as 下一步: [下一步>>], 【下一步】>> (breaker 13 item 5)', () => {
    document.body.innerHTML = `<form><input id="a" type="submit" value="[下一步>>]"><input id="b" type="submit" value="【下一步】>>">
      <input id="c" type="submit" value="[上一步>>]"></form>`;
    for (const id of ['a', 'b']) expect(portalButtonOf(document.getElementById(id), 'unknown'), id).toMatchObject({ action: 'next' });
    expect(portalButtonOf(document.getElementById('c'), 'unknown')).toBeNull();
  });

  it('reads 下一步 with a step number after it as 下一步: 下一步(3), 下一步（3）', () => {
    document.body.innerHTML = `<form><input id="a" type="submit" value="下一步(3)"><input id="b" type="submit" value="下一步（3）">
      <input id="c" type="submit" value="下一步(3步)"></form>`;
    for (const id of ['a', 'b']) expect(portalButtonOf(document.getElementById(id), 'unknown'), id).toMatchObject({ action: 'next' });
    expect(portalButtonOf(document.getElementById('c'), 'unknown')).toBeNull();
  });

  it('presses for the user anything but a script link or a 送审', () => {
    document.body.innerHTML = `<a id="l" href=" JavaScript:__doPostBack('lbtnSave','')">保存</a><a id="h" href="save.aspx">保存</a><input id="b" type="submit" value="保存">`;
    const held = (id: string, action: 'save' | 'submit') => ({ element: document.getElementById(id)!, text: '保存', action });
    expect(['l', 'h', 'b'].map((id) => pressedByUser(held(id, 'save')))).toEqual([true, false, false]);
    expect(pressedByUser(held('b', 'submit'))).toBe(true);
  });
});

describe('blockingFindings', () => {
  const findings = [
    { severity: 'error', checkId: 'required-field' },
    { severity: 'error', checkId: 'photo-size' },
    { severity: 'warning', checkId: 'unfinished-steps' },
    { severity: 'warning', checkId: 'photo-dimensions' },
  ];

  it('holds a save back for every error, 送审 also for unsaved steps', () => {
    expect(blockingFindings(findings, 'save').map((f) => f.checkId)).toEqual(['required-field', 'photo-size']);
    expect(blockingFindings(findings, 'submit').map((f) => f.checkId)).toEqual(['required-field', 'photo-size', 'unfinished-steps']);
  });

  it('holds a photo upload back only for the photo’s own errors', () => {
    expect(classifyPortalButton('上传照片')).toBe('upload');
    expect(blockingFindings(findings, 'upload').map((f) => f.checkId)).toEqual(['photo-size']);
    expect(blockingFindings(findings.slice(0, 1), 'upload')).toEqual([]);
  });

  it('holds an attachment upload back only for errors on the page’s fields, not for the saved records’ list (probe 11b item 1)', () => {
    const onPage = [
      { severity: 'error', checkId: 'attachment-missing' },
      { severity: 'error', checkId: 'record-sequence' },
      { severity: 'error', checkId: 'required-field', control: 3 },
      { severity: 'warning', checkId: 'required-field', control: 4 },
    ];
    expect(blockingFindings(onPage, 'attach').map((f) => f.control)).toEqual([3]);
    expect(blockingFindings(onPage.slice(0, 2), 'attach')).toEqual([]);
  });
});

describe('redrawnButton', () => {
  /** Holds `selector`'s button as the dialog does, then lets the page redraw `#up` with `html`. */
  function holdThenRedraw(selector: string, html: string) {
    const element = document.querySelector<HTMLElement>(selector)!;
    const held = portalButtonOf(element, 'basic-info')!;
    document.getElementById('up')!.innerHTML = html;
    return held;
  }
  const page = (buttons: string) => `<div id="up">${buttons}</div><input type="submit" id="btnSave" name="ctl00$btnSave" value="保存">`;

  it('finds the same server control again by its id, else its name, with its text and action (probe 13b item 2, breaker 27b item 2)', () => {
    document.body.innerHTML = page('<span>剩余 1200 秒</span><input type="submit" id="btnRec" name="ctl00$btnRec" value="保存">');
    let held = holdThenRedraw('#btnRec', '<span>剩余 1199 秒</span><input type="submit" id="btnRec" name="ctl00$btnRec" value="保存">');
    expect(redrawnButton(held, 'basic-info', document)?.id).toBe('btnRec');
    document.body.innerHTML = page('<input type="submit" name="ctl00$btnRec" value="保存">');
    held = holdThenRedraw('[name="ctl00$btnRec"]', '<input type="submit" name="ctl00$btnRec" value="保存">');
    expect(redrawnButton(held, 'basic-info', document)?.getAttribute('name')).toBe('ctl00$btnRec');
  });

  it('never takes another control: of the same text, of a copied id, of the same name in another form, or the same id now saying 送审 (breaker 26b item 4, breaker 28 item 2)', () => {
    document.body.innerHTML = page('<input type="submit" id="btnRec" name="ctl00$btnRec" value="保存">');
    expect(redrawnButton(holdThenRedraw('#btnRec', ''), 'basic-info', document)).toBeNull();
    document.body.innerHTML = page('<input type="submit" id="btnRec" value="保存">');
    expect(redrawnButton(holdThenRedraw('#btnRec', '<input type="submit" id="btnRec" value="送审">'), 'basic-info', document)).toBeNull();
    document.body.innerHTML = page('<input type="submit" id="btnRec" value="保存">');
    expect(redrawnButton(holdThenRedraw('#btnRec', '<input type="submit" id="btnRec" value="保存"><input type="submit" id="btnRec" value="保存">'), 'basic-info', document)).toBeNull();
    // Two IE-era forms, each with its name="Submit": the record editor's form closes.
    document.body.innerHTML = `<form name="edit" action="edit.asp"><input type="submit" name="Submit" value="保存"></form><form name="main" action="main.asp"><input type="submit" name="Submit" value="保存"></form>`;
    const held = portalButtonOf(document.querySelector<HTMLElement>('form[name="edit"] input')!, 'basic-info')!;
    document.querySelector('form[name="edit"]')!.remove();
    expect(redrawnButton(held, 'basic-info', document)).toBeNull();
  });
});

describe('isHeldButton', () => {
  it('is the held button, or the same control redrawn with its form, never the same name in another form', () => {
    document.body.innerHTML = `<form id="f1" action="a.aspx"><div id="up"><input type="submit" name="ctl00$btnTJ" value="送审"></div></form>`;
    const held = portalButtonOf(document.querySelector<HTMLElement>('input')!, 'submit')!;
    expect(isHeldButton(held, held)).toBe(true);
    document.getElementById('up')!.innerHTML = '<input type="submit" name="ctl00$btnTJ" value="送审">';
    expect(isHeldButton(held, portalButtonOf(document.querySelector<HTMLElement>('input')!, 'submit')!)).toBe(true);
    const heldWithForm = (() => {
      document.body.innerHTML = `<form id="f1" action="a.aspx"><input type="submit" name="ctl00$btnTJ" value="送审"></form>`;
      return portalButtonOf(document.querySelector<HTMLElement>('input')!, 'submit')!;
    })();
    document.body.innerHTML = `<form id="f2" action="b.aspx"><input type="submit" name="ctl00$btnTJ" value="送审"></form>`;
    expect(isHeldButton(heldWithForm, portalButtonOf(document.querySelector<HTMLElement>('input')!, 'submit')!)).toBe(false);
  });
});
