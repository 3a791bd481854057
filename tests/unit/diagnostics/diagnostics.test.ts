import { beforeEach, describe, expect, it } from 'vitest';
import { buildDiagnostics, type ReadableFrameReport } from '../../../lib/diagnostics/build';
import { createRedactor, redactUrl, REMOVED } from '../../../lib/diagnostics/redact';
import { diagnosticsFileName } from '../../../lib/diagnostics/export';
import { addLegacyToken, LEGACY_ATTR } from '../../../lib/compat/flags';

const PERSON = {
  name: '李明远',
  idNumber: '440106199805120314',
  birthDate: '1998-05-12',
  mobile: '13926001234',
  phone: '020-38765432',
  email: 'limingyuan@example.com',
  address: '广州市天河区科韵路16号广州信息港A栋801',
  employer: '广州绿源环境监测技术有限公司',
  creditCode: '91440101MA5CKKK17J',
  postcode: '510665',
};

describe('redaction', () => {
  const redact = createRedactor([PERSON.name, PERSON.employer, '男']);
  it.each([
    ['欢迎您，李明远', `欢迎您，${REMOVED}`],
    ['当前用户：王小二', `当前用户：${REMOVED}`],
    ['身份证 440106199805120314 有效', `身份证 ${REMOVED} 有效`],
    ['手机 139 2600 1234', `手机 ${REMOVED}`],
    ['电话(020)38765432', `电话${REMOVED}`],
    ['邮箱 a.b@example.com', `邮箱 ${REMOVED}`],
    ['代码 91440101MA5CKKK17J', `代码 ${REMOVED}`],
    ['生于 1998年5月12日', `生于 ${REMOVED}`],
    ['证书编号 HJ0457123', `证书编号 HJ${REMOVED}`],
    ['单位：广州绿源环境监测技术有限公司（本部）', `单位：${REMOVED}（本部）`],
  ])('%s → %s', (text, expected) => expect(redact(text)).toBe(expected));

  it('keeps labels, vocabulary and single characters', () => {
    for (const t of ['公民身份号码', '出生日期(yyyy-mm-dd)', '性别', '男', '2023年', '申报人基本信息']) expect(redact(t)).toBe(t);
  });

  it('reduces URLs to scheme, host, path and parameter names', () => {
    expect(redactUrl('https://h.example/vsgzhr/ZCSB/JBXX.aspx?sfzh=440106199805120314&lx=1#top', redact)).toBe(
      'https://h.example/vsgzhr/ZCSB/JBXX.aspx?sfzh=…&lx=…',
    );
    expect(redactUrl('/vsgzhr/u/13926001234/a.aspx', redact, 'http://h.example/x')).toBe(`http://h.example/vsgzhr/u/${REMOVED}/a.aspx`);
    expect(redactUrl('javascript:void(0)', redact)).toBe('javascript:');
  });
});

describe('buildDiagnostics', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute(LEGACY_ATTR);
    document.title = `基本信息 - ${PERSON.name}`;
    document.body.innerHTML = `
      <div class="top">欢迎您，${PERSON.name}　推荐使用IE8 及以上浏览器</div>
      <h2>基本信息</h2>
      <form id="aspnetForm" name="aspnetForm" method="post" action="JBXX.aspx?id=${PERSON.idNumber}">
        <input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">
        <table>
          <tr><td>*姓名：</td><td><input id="txtXM" name="txtXM" value="${PERSON.name}"></td>
              <td>性别：</td><td><select id="ddlXB" name="ddlXB"><option value="">--请选择--</option><option value="1" selected>男</option><option value="2">女</option></select></td></tr>
          <tr><td>公民身份号码：</td><td><input id="txtSFZH" name="txtSFZH" value="${PERSON.idNumber}"></td>
              <td>出生日期：</td><td><input id="txtCSRQ" name="txtCSRQ" class="Wdate" readonly value="${PERSON.birthDate}"></td></tr>
          <tr><td>手机号码：</td><td><input id="txtSJHM" name="txtSJHM" value="${PERSON.mobile}"></td>
              <td>联系电话：</td><td><input id="txtLXDH" name="txtLXDH" value="${PERSON.phone}"></td></tr>
          <tr><td>电子邮箱：</td><td><input id="txtDZYX" name="txtDZYX" value="${PERSON.email}"></td>
              <td>邮政编码：</td><td><input id="txtYZBM" name="txtYZBM" value="${PERSON.postcode}"></td></tr>
          <tr><td>工作单位：</td><td><input id="txtGZDW" name="txtGZDW" value="${PERSON.employer}"><input type="hidden" id="hidDW" value="${PERSON.creditCode}"></td>
              <td>通讯地址：</td><td><textarea id="txtTXDZ" name="txtTXDZ">${PERSON.address}</textarea></td></tr>
          <tr><td>已保存：</td><td><span>${PERSON.name}（${PERSON.mobile}）</span></td></tr>
        </table>
        <table class="grid"><tr><th>记录序号</th><th>姓名</th><th>操作</th></tr><tr><td>1</td><td>${PERSON.name}</td><td><a href="#">修改</a></td></tr></table>
        <input type="submit" id="btnBCXYB" name="btnBCXYB" value="保存并下一步">
      </form>`;
  });

  it('describes the structure and leaves out every value', () => {
    addLegacyToken(document, 'showModalDialog');
    const report = buildDiagnostics(document, { now: new Date('2024-12-01T08:00:00Z') });
    const json = JSON.stringify(report);
    for (const [what, value] of Object.entries(PERSON)) expect(json.includes(value), what).toBe(false);
    expect(json).not.toContain('38765432');
    expect(json).not.toContain('wEPDwUK');

    expect(report.format).toBe('zc-page-structure');
    expect(report.createdAt).toBe('2024-12-01T08:00:00.000Z');
    const frame = report.frames[0] as ReadableFrameReport;
    expect(frame.readable).toBe(true);
    expect(frame.legacy).toEqual(['showModalDialog']);
    expect(frame.needsIe).toBe(true);
    expect(frame.forms).toEqual([{ id: 'aspnetForm', name: 'aspnetForm', method: 'post', action: 'http://localhost:3000/JBXX.aspx?id=…', enctype: '' }]);
    const byId = new Map(frame.fields.map((f) => [f.id, f]));
    expect(byId.get('txtSFZH')).toMatchObject({ tag: 'input', type: 'text', name: 'txtSFZH', hasValue: true });
    expect(byId.get('txtSFZH')!.labels.map((l) => l.text)).toContain('公民身份号码：');
    expect(byId.get('txtSFZH')!.recognised.key).toBe('basic.idNumber');
    expect(byId.get('ddlXB')!.options.map((o) => o.text)).toEqual(['--请选择--', '男', '女']);
    expect(byId.has('hidDW')).toBe(false);
    expect(frame.buttons.map((b) => b.text)).toEqual(['保存并下一步']);
    expect(frame.grids).toEqual([{ headers: ['记录序号', '姓名', '操作'], rowCount: 1, rowActions: ['修改'] }]);
    expect(frame.step.id).toBe('basic-info');
    expect(frame.title).toBe(`基本信息 - ${REMOVED}`);
  });

  it('says a list or a choice is answered, never which option: the chosen one is a value (probe 12a item 6)', () => {
    document.body.innerHTML = `<table>
      <tr><td>性别：</td><td><input type="radio" name="rbXB" id="m" checked><label for="m">男</label><input type="radio" name="rbXB" id="f"><label for="f">女</label></td></tr>
      <tr><td>政治面貌：</td><td><input type="checkbox" id="p1" name="cblZZMM$0"><label for="p1">群众</label><input type="checkbox" id="p2" name="cblZZMM$1" checked><label for="p2">中共党员</label></td></tr>
      <tr><td>民族：</td><td><select id="mz"><option value="">请选择</option><option selected>汉族</option><option>回族</option></select></td></tr>
      <tr><td>学位：</td><td><select id="xw"><option value="">请选择</option><option>学士</option></select></td></tr></table>`;
    const frame = buildDiagnostics(document).frames[0] as ReadableFrameReport;
    const byId = new Map(frame.fields.map((f) => [f.id, f]));
    // Both boxes of a group read the same, so the file does not tell 男 from 女.
    expect(['m', 'f', 'p1', 'p2', 'mz', 'xw'].map((id) => byId.get(id)!.hasValue)).toEqual([true, true, true, true, true, false]);
    const json = JSON.stringify(frame);
    expect(json).not.toMatch(/"(checked|selected)"/);
    // Boxes with names of their own, or none, in one row answer one question (breaker 23b item 6).
    document.body.innerHTML = `<table><tr><td>是否缴纳社保：</td><td><input type="radio" id="y" name="rbYes" checked>是<input type="radio" id="n" name="rbNo">否</td></tr>
      <tr><td>同意：</td><td><input type="checkbox" id="a"></td></tr><tr><td>性别：</td><td><input type="radio" id="m">男<input type="radio" id="f" checked>女</td></tr></table>`;
    const rows = new Map((buildDiagnostics(document).frames[0] as ReadableFrameReport).fields.map((f) => [f.id, f.hasValue]));
    expect(['y', 'n', 'a', 'm', 'f'].map((id) => rows.get(id))).toEqual([true, true, false, true, true]);
    // A RadioButtonList puts each item in a row of its own table: its name groups them (breaker 24a item 3).
    document.body.innerHTML = `<table><tr><td>性别：</td><td><table id="rblXB"><tr><td><input type="radio" id="rblXB_0" name="rblXB">男</td></tr><tr><td><input type="radio" id="rblXB_1" name="rblXB" checked>女</td></tr></table></td></tr></table>`;
    const list = new Map((buildDiagnostics(document).frames[0] as ReadableFrameReport).fields.map((f) => [f.id, f.hasValue]));
    expect([list.get('rblXB_0'), list.get('rblXB_1')]).toEqual([true, true]);
  });

  it('names the export file by host and local time only', () => {
    expect(diagnosticsFileName('https://gzrsj.rsj.gz.gov.cn/vsgzhr/x.aspx?sfzh=1', new Date(2024, 11, 1, 9, 5))).toBe(
      '页面结构-gzrsj.rsj.gz.gov.cn-20241201-0905.json',
    );
  });
});
