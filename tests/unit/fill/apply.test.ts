import { describe, expect, it, vi } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill, reportAfterRedraw, type FillReport } from '../../../lib/fill/apply';
import { CARRY_LIMIT_MS, handleCarriedFill } from '../../../lib/background/carried-fill';
import { CASCADE_WAIT_MS } from '../../../lib/fill/writers/select';
import { canEncode, unencodableChars } from '../../../lib/fill/charset';
import { detectDateFormat, formatDate } from '../../../lib/fill/dates';
import { profileSchema, type Profile } from '../../../lib/profile/schema';
import type { StepId } from '../../../lib/portal/step-ids';

function profile(extra: Record<string, unknown> = {}): Profile {
  return profileSchema.parse({
    label: '测试',
    application: { level: '初级', qualificationName: '助理工程师', committee: '广州市工程系列生态环境专业初级职称评审委员会', specialty: '生态环境监测' },
    basic: { name: '张小明', gender: '男', birthDate: '1992-03-15', idNumber: '440106199203151236', ethnicity: '汉族', workStartDate: '2015-07', mobile: '13800000000', employer: '广州某环境监测有限公司' },
    education: [
      { seq: 1, startDate: '2011-09-01', endDate: '2015-06-30', school: '某某大学', major: '环境工程', educationLevel: '大学本科', degree: '学士', studyMode: '全日制', certificateNo: '105611201505001234' },
      { seq: 2, startDate: '2008-09-01', endDate: '2011-06-30', school: '某某中专', major: '环境监测', educationLevel: '中专', degree: '', studyMode: '全日制', certificateNo: 'ZZ0001' },
    ],
    ...extra,
  });
}

function setup(html: string, step: StepId, p = profile(), recordIndex?: number) {
  document.body.innerHTML = html;
  const snapshot = collectSnapshot(document);
  const matches = recognizeFields(snapshot, step);
  const plan = planFill(snapshot, matches, p, step, recordIndex === undefined ? {} : { recordIndex });
  return { snapshot, matches, plan };
}

/** applyFill with the clock run forward past the writers' longest wait (a cascade's), for a run that waits. */
async function applyWithClock(snapshot: ReturnType<typeof collectSnapshot>, plan: ReturnType<typeof planFill>) {
  vi.useFakeTimers();
  try {
    const done = applyFill(document, snapshot, plan, { overwrite: new Set() });
    await vi.advanceTimersByTimeAsync(CASCADE_WAIT_MS + 1000);
    return await done;
  } finally {
    vi.useRealTimers();
  }
}

const byKey = <T extends { key: string | null }>(items: T[], key: string) => items.find((i) => i.key === key)!;

describe('text writer', () => {
  it('fills with person-like events in order and reads back', async () => {
    const { snapshot, plan } = setup('<table><tr><td>姓名：</td><td><input id="xm"></td></tr></table>', 'basic-info');
    const el = document.getElementById('xm') as HTMLInputElement;
    const events: string[] = [];
    for (const t of ['focus', 'keydown', 'input', 'keyup', 'change', 'blur']) el.addEventListener(t, () => events.push(t));
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(el.value).toBe('张小明');
    expect(byKey(report.items, 'basic.name').result).toBe('filled');
    expect(events).toEqual(['focus', 'keydown', 'input', 'keyup', 'change', 'blur']);
  });

  it('reports failed with the page value when an onchange handler rewrites it', async () => {
    const { snapshot, plan } = setup('<table><tr><td>公民身份号码</td><td><input id="sfzh"></td></tr></table>', 'basic-info');
    const el = document.getElementById('sfzh') as HTMLInputElement;
    el.addEventListener('change', () => (el.value = el.value.slice(0, 15)));
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    const item = byKey(report.items, 'basic.idNumber');
    expect(item.result).toBe('failed');
    expect(item.detail).toContain('440106199203151');
  });

  it('never overwrites a non-empty field unless ticked', async () => {
    const html = '<table><tr><td>姓名</td><td><input id="xm" value="李四"></td></tr></table>';
    let { snapshot, plan } = setup(html, 'basic-info');
    const item = byKey(plan.items, 'basic.name');
    expect(item).toMatchObject({ overwrite: true, outcome: 'conflict', value: '张小明', current: '李四', reason: '页面已有不同内容，勾选后才会覆盖' });
    let report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(byKey(report.items, 'basic.name')).toMatchObject({ result: 'skipped', outcome: 'conflict', value: '张小明', current: '李四' });
    expect((document.getElementById('xm') as HTMLInputElement).value).toBe('李四');
    ({ snapshot, plan } = setup(html, 'basic-info'));
    report = await applyFill(document, snapshot, plan, { overwrite: new Set([item.control]) });
    expect(byKey(report.items, 'basic.name').result).toBe('filled');
  });

  it('fills a box still showing the page\'s prompt (a combo box\'s 请选择, 请输入…) without the overwrite tick (probe9 item 6)', async () => {
    const row = (label: string, value: string) => `<tr><td>${label}</td><td><input id="${label}" value="${value}"></td></tr>`;
    const html = `<table>${row('民族', '请选择')}${row('姓名', '请输入…')}${row('工作单位', '--请选择--')}</table>`;
    const { snapshot, plan } = setup(html, 'basic-info');
    for (const key of ['basic.ethnicity', 'basic.name', 'basic.employer']) expect(byKey(plan.items, key), key).toMatchObject({ action: 'fill', overwrite: false });
    await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect((document.getElementById('民族') as HTMLInputElement).value).toBe('汉族');
  });

  it('does not overwrite what the user typed after the preview was shown', async () => {
    const html = `<table><tr><td>姓名</td><td><input id="xm"></td></tr>
      <tr><td>民族</td><td><select id="mz"><option value="">--请选择--</option><option value="01">汉族</option><option value="03">回族</option></select></td></tr></table>`;
    const { snapshot, plan } = setup(html, 'basic-info');
    expect(byKey(plan.items, 'basic.name')).toMatchObject({ action: 'fill', overwrite: false });
    (document.getElementById('xm') as HTMLInputElement).value = '张三';
    (document.getElementById('mz') as HTMLSelectElement).value = '03';
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(byKey(report.items, 'basic.name').result).toBe('skipped');
    expect(byKey(report.items, 'basic.ethnicity').result).toBe('skipped');
    expect((document.getElementById('xm') as HTMLInputElement).value).toBe('张三');
    expect((document.getElementById('mz') as HTMLSelectElement).value).toBe('03');
  });

  it('flags a value longer than maxlength instead of truncating', async () => {
    const { snapshot, plan } = setup('<table><tr><td>工作单位</td><td><input id="dw" maxlength="5"></td></tr></table>', 'basic-info');
    const item = byKey(plan.items, 'basic.employer');
    expect(item.action).toBe('needs-user');
    expect(item.reason).toBe('超出最大长度 5 字');
    await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect((document.getElementById('dw') as HTMLInputElement).value).toBe('');
  });

  it('refuses characters a GBK page cannot encode', () => {
    const p = profile({ basic: { name: '吉𠮷' } });
    const { snapshot, matches } = setup('<table><tr><td>姓名</td><td><input id="xm"></td></tr></table>', 'basic-info', p);
    const plan = planFill({ ...snapshot, charset: 'GBK' }, matches, p, 'basic-info');
    expect(byKey(plan.items, 'basic.name')).toMatchObject({ action: 'needs-user', reason: '页面编码无法表示字符“𠮷”' });
    const utf = planFill(snapshot, matches, p, 'basic-info');
    expect(byKey(utf.items, 'basic.name').action).toBe('fill');
  });
});

describe('a page script changing a field written earlier', () => {
  it('reports 性别 failed when entering 公民身份号码 makes the page choose the other gender', async () => {
    const { snapshot, plan } = setup(
      '<table><tr><td>性别：</td><td><select id="xb"><option value="">请选择</option><option>男</option><option>女</option></select></td></tr><tr><td>公民身份号码：</td><td><input id="sfzh"></td></tr></table>',
      'basic-info',
      profile({ basic: { ...profile().basic, gender: '女' } }),
    );
    // The portal's script: the ID's 17th digit decides 性别.
    document.getElementById('sfzh')!.addEventListener('change', (e) => {
      const odd = Number((e.target as HTMLInputElement).value.charAt(16)) % 2 === 1;
      (document.getElementById('xb') as HTMLSelectElement).value = odd ? '男' : '女';
    });
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(byKey(report.items, 'basic.gender')).toMatchObject({ result: 'failed', detail: '填写后被页面改为“男”了，请核对档案与页面' });
    expect(byKey(report.items, 'basic.idNumber').result).toBe('filled');
  });
});

describe('a redraw after the fill', () => {
  it('reports a filled field the page emptied by redrawing its form as failed, and nothing else', async () => {
    const form = '<div id="panel"><table><tr><td>姓名：</td><td><input id="xm"></td></tr><tr><td>手机号码：</td><td><input id="sj"></td></tr></table></div>';
    const { snapshot, plan } = setup(form, 'basic-info');
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(reportAfterRedraw(document, snapshot.controls, report)).toBeNull();
    // The partial postback's answer: the form again, the mobile number sent back, the name not.
    document.getElementById('panel')!.innerHTML = '<table><tr><td>姓名：</td><td><input id="xm"></td></tr><tr><td>手机号码：</td><td><input id="sj" value="13800000000"></td></tr></table>';
    const after = reportAfterRedraw(document, snapshot.controls, report)!;
    expect(after.items.map((i) => [i.key, i.result])).toEqual([
      ['basic.name', 'failed'],
      ['basic.mobile', 'filled'],
    ]);
    expect(byKey(after.items, 'basic.name').detail).toContain('页面刷新后此栏又空了');
  });

  it('keeps a box the user emptied himself after the fill 已填写, saying he did, and blames the page only for its own redraw', async () => {
    const form = '<div id="panel"><table><tr><td>姓名：</td><td><input id="xm"></td></tr><tr><td>手机号码：</td><td><input id="sj"></td></tr></table></div>';
    const { snapshot, plan } = setup(form, 'basic-info');
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    const name = document.getElementById('xm') as HTMLInputElement;
    name.value = '';
    const byUser = (el: Element) => el === name;
    const after = reportAfterRedraw(document, snapshot.controls, report, byUser)!;
    expect(after.items.map((i) => [i.key, i.result, i.detail])).toEqual([
      ['basic.name', 'filled', '填写后您自己清空了此栏'],
      ['basic.mobile', 'filled', undefined],
    ]);
    // Reported once: the next re-read changes nothing.
    expect(reportAfterRedraw(document, snapshot.controls, after, byUser)).toBeNull();
    // The page's redraw then empties the mobile box too: that one is the page's doing.
    document.getElementById('panel')!.innerHTML = '<table><tr><td>姓名：</td><td><input id="xm"></td></tr><tr><td>手机号码：</td><td><input id="sj"></td></tr></table>';
    const redrawn = reportAfterRedraw(document, snapshot.controls, after, byUser)!;
    expect(byKey(redrawn.items, 'basic.mobile')).toMatchObject({ result: 'failed', detail: expect.stringContaining('页面刷新后此栏又空了') });
  });
});

describe('charset', () => {
  it('knows GBK, GB2312 and complete charsets', () => {
    expect(canEncode('张小明 ABC 123', 'GBK')).toBe(true);
    expect(unencodableChars('吉𠮷😀', 'gbk')).toEqual(['𠮷', '😀']);
    expect(canEncode('𠮷', 'UTF-8')).toBe(true);
    expect(canEncode('𠮷', 'GB18030')).toBe(true);
    // 镕 (U+9555) is in GBK but not in GB2312.
    expect(canEncode('镕', 'GBK')).toBe(true);
    expect(canEncode('镕', 'gb2312')).toBe(false);
  });
});

describe('dates', () => {
  it('formats in the page format and refuses a month into a full-date box', async () => {
    const html = `<table>
      <tr><td>出生日期</td><td><input id="a" class="Wdate" onfocus="WdatePicker({dateFmt:'yyyy年MM月dd日'})"></td></tr>
      <tr><td>参加工作时间</td><td><input id="b" class="Wdate" onfocus="WdatePicker()"></td></tr></table>`;
    const { snapshot, plan } = setup(html, 'basic-info');
    expect(byKey(plan.items, 'basic.birthDate')).toMatchObject({ action: 'fill', value: '1992年03月15日' });
    expect(byKey(plan.items, 'basic.workStartDate').action).toBe('needs-user');
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(byKey(report.items, 'basic.birthDate').result).toBe('filled');
    expect((document.getElementById('a') as HTMLInputElement).value).toBe('1992年03月15日');
  });

  it('detects formats from value, placeholder and maxlength', () => {
    const c = (over: object) => ({ value: '', labels: [], maxLength: null, ...over }) as never;
    expect(detectDateFormat(c({ value: '2020-01' }))).toBe('yyyy-MM');
    expect(detectDateFormat(c({ labels: [{ source: 'placeholder', raw: '格式：yyyymmdd', text: '', required: false }] }))).toBe('yyyyMMdd');
    expect(detectDateFormat(c({ maxLength: 7 }))).toBe('yyyy-MM');
    expect(detectDateFormat(c({}))).toBe('yyyy-MM-dd');
    expect(formatDate('2015-07-01', 'yyyy-MM')).toEqual({ ok: true, text: '2015-07' });
    expect(formatDate('2015-07', 'yyyy-MM')).toEqual({ ok: true, text: '2015-07' });
  });

  it('reads the format written after the box: （格式：yyyy/MM/dd）, （如：2020年01月）', () => {
    document.body.innerHTML = `<table>
      <tr><td>终止时间：</td><td><input id="a" name="txtZZSJ">（格式：yyyy/MM/dd）</td></tr>
      <tr><td>取得时间：</td><td><input id="b" name="txtQDSJ"> 如：2020年01月</td></tr>
      <tr><td>起止时间：</td><td><input id="c" name="txtQS"> 至 <input id="d" name="txtZZ"></td></tr></table>`;
    const formats = collectSnapshot(document).controls.map((control) => [control.id, control.hintAfter, detectDateFormat(control)]);
    expect(formats).toEqual([
      ['a', '（格式：yyyy/MM/dd）', 'yyyy/MM/dd'],
      ['b', '如：2020年01月', 'yyyy年MM月'],
      ['c', '至', 'yyyy-MM-dd'],
      ['d', undefined, 'yyyy-MM-dd'],
    ]);
  });

  it('reads a format written only in the label or the column header: 起始年月(yyyy.mm), 终止年月（YYYY年MM月）', () => {
    document.body.innerHTML = `<table>
      <tr><th>起始年月(yyyy.mm)</th><th>终止年月（YYYY年MM月）</th><th>学校</th></tr>
      <tr><td><input id="a" name="txtQSNY"></td><td><input id="b" name="txtZZNY"></td><td><input id="c" name="txtXX"></td></tr></table>`;
    const formats = collectSnapshot(document).controls.map((control) => [control.id, detectDateFormat(control)]);
    expect(formats).toEqual([
      ['a', 'yyyy.MM'],
      ['b', 'yyyy年MM月'],
      ['c', 'yyyy-MM-dd'],
    ]);
    expect(formatDate('2015-09-01', 'yyyy.MM')).toEqual({ ok: true, text: '2015.09' });
  });

  it('the same date written another way is 已一致, at the precision the box shows (probe: 1998/5/12, 2020年7月, DateTime.ToString())', () => {
    const p = profile({ basic: { birthDate: '1998-05-12', workStartDate: '2020-07-01' } });
    const page = (birth: string, work: string) => `<table><tr><td>出生日期：</td><td><input id="a" value="${birth}"></td></tr>
      <tr><td>参加工作时间：</td><td><input id="b" value="${work}"></td></tr></table>`;
    for (const [birth, work] of [
      ['1998/5/12', '2020年7月'],
      ['1998-5-12 0:00:00', '2020/7/1 0:00:00'],
      ['1998年05月12日', '2020.07'],
      ['19980512', '202007'],
    ]) {
      const { plan } = setup(page(birth!, work!), 'basic-info', p);
      expect([byKey(plan.items, 'basic.birthDate'), byKey(plan.items, 'basic.workStartDate')].map((i) => [i.action, i.outcome, i.overwrite, i.current]), `${birth} ${work}`).toEqual([
        ['skip', 'same', false, undefined],
        ['skip', 'same', false, undefined],
      ]);
    }
    // A year-month box compares year and month; a full date compares the day too.
    const { plan } = setup(page('1998/5/13', '2020年8月'), 'basic-info', p);
    expect(byKey(plan.items, 'basic.birthDate')).toMatchObject({ outcome: 'conflict', overwrite: true, value: '1998/5/12', current: '1998/5/13' });
    expect(byKey(plan.items, 'basic.workStartDate')).toMatchObject({ outcome: 'conflict', overwrite: true, value: '2020年7月', current: '2020年8月' });
  });

  it('overwrites a date in the format the box holds it in', async () => {
    const p = profile({ basic: { birthDate: '1998-05-12', workStartDate: '2020-07-01' } });
    const html = `<table><tr><td>出生日期：</td><td><input id="a" value="1990-1-1 0:00:00"></td></tr>
      <tr><td>参加工作时间：</td><td><input id="b" value="2019年9月"></td></tr></table>`;
    const { snapshot, plan } = setup(html, 'basic-info', p);
    expect(byKey(plan.items, 'basic.birthDate')).toMatchObject({ outcome: 'conflict', value: '1998-5-12 0:00:00' });
    expect(byKey(plan.items, 'basic.workStartDate')).toMatchObject({ outcome: 'conflict', value: '2020年7月' });
    await applyFill(document, snapshot, plan, { overwrite: new Set(plan.items.map((i) => i.control)) });
    expect([(document.getElementById('a') as HTMLInputElement).value, (document.getElementById('b') as HTMLInputElement).value]).toEqual(['1998-5-12 0:00:00', '2020年7月']);
  });

  it('a date in a label or hint that is a rule, not an example, is no format (record-step probe)', () => {
    const at = (label: string, hintAfter?: string) =>
      detectDateFormat({ value: '', labels: [{ source: 'cell-left', raw: label, text: '', required: false }], maxLength: null, hintAfter } as never);
    expect(at('入学时间（2019年9月1日后入学须附学信网报告）')).toBe('yyyy-MM-dd');
    expect(at('入学时间(2019-2024年间入学的填写)')).toBe('yyyy-MM-dd');
    expect(at('取得时间', '须在2024年12月31日前')).toBe('yyyy-MM-dd');
    expect(at('取得时间', '（如：2016.09）')).toBe('yyyy.MM');
    expect(at('取得时间', '格式:20160901')).toBe('yyyyMMdd');
  });
});

describe('select writer', () => {
  it('never chooses the placeholder and never sets an option that was not rendered', async () => {
    const html = `<table><tr><td>民族</td><td><select id="mz"><option value="">汉族</option><option value="02">回族</option></select></td></tr>
      <tr><td>政治面貌</td><td><select id="zzmm"><option value="">--请选择--</option><option value="13">群众</option></select></td></tr></table>`;
    const p = profile({ basic: { ethnicity: '汉族', politicalStatus: '中共党员' } });
    const { snapshot, plan } = setup(html, 'basic-info', p);
    expect(byKey(plan.items, 'basic.ethnicity')).toMatchObject({ action: 'needs-user', reason: '页面没有该选项：汉族' });
    expect(byKey(plan.items, 'basic.politicalStatus')).toMatchObject({ action: 'needs-user', reason: '页面没有该选项：中共党员' });
    await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect((document.getElementById('zzmm') as HTMLSelectElement).value).toBe('');
  });

  it('matches by exact text first, then normalised text', async () => {
    const html = `<table><tr><td>性别</td><td><select id="xb"><option value="">请选择</option><option value="1">男&nbsp;</option><option value="2">女</option></select></td></tr></table>`;
    const { snapshot, plan } = setup(html, 'basic-info');
    expect(byKey(plan.items, 'basic.gender')).toMatchObject({ action: 'fill', option: '1' });
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(byKey(report.items, 'basic.gender').result).toBe('filled');
    expect((document.getElementById('xb') as HTMLSelectElement).value).toBe('1');
  });

  it('fills a cascade: the child options arrive 100 ms after the parent changes', async () => {
    const html = `<table><tr><td>申报级别</td><td><select id="jb"><option value="">--请选择--</option><option value="1">初级</option><option value="2">中级</option></select></td></tr>
      <tr><td>认定资格名称</td><td><select id="zgmc"><option value="">--请选择--</option></select></td></tr></table>`;
    document.body.innerHTML = html;
    const parent = document.getElementById('jb') as HTMLSelectElement;
    parent.addEventListener('change', () => {
      setTimeout(() => {
        const child = document.getElementById('zgmc') as HTMLSelectElement;
        const names = parent.value === '1' ? ['技术员', '助理工程师'] : ['工程师'];
        child.innerHTML = '<option value="">--请选择--</option>' + names.map((n, i) => `<option value="z${i}">${n}</option>`).join('');
      }, 100);
    });
    const snapshot = collectSnapshot(document);
    const p = profile();
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), p, 'basic-info');
    expect(plan.items.map((i) => i.key)).toEqual(['application.level', 'application.qualificationName']);
    expect(byKey(plan.items, 'application.qualificationName').action).toBe('fill');
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.map((i) => i.result)).toEqual(['filled', 'filled']);
    expect((document.getElementById('zgmc') as HTMLSelectElement).value).toBe('z1');
  });

  it('reports failed when the cascade delivers other options but not this one', async () => {
    const html = `<table><tr><td>申报级别</td><td><select id="jb"><option value="">--请选择--</option><option value="1">初级</option></select></td></tr>
      <tr><td>认定资格名称</td><td><select id="zgmc"><option value="">--请选择--</option></select></td></tr></table>`;
    document.body.innerHTML = html;
    document.getElementById('jb')!.addEventListener('change', () => {
      (document.getElementById('zgmc') as HTMLSelectElement).innerHTML = '<option value="">--请选择--</option><option value="t">技术员</option>';
    });
    const snapshot = collectSnapshot(document);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile(), 'basic-info');
    const report = await applyWithClock(snapshot, plan);
    expect(byKey(report.items, 'application.qualificationName')).toMatchObject({ result: 'failed', detail: '页面没有该选项：助理工程师' });
  });
});

describe('a slow AJAX cascade (probe: 申报评委会 filled 2.5 s after 认定资格名称 changes)', () => {
  /** 认定资格名称 whose onchange fills 申报评委会 after `delay` ms (never when null); the child starts with `hint` only. */
  const cascade = (hint: string, delay: number | null) => {
    document.body.innerHTML = `<table><tr><td>认定资格名称：</td><td><select id="ddlZGMC"><option value="">请选择</option><option value="1">技术员</option><option value="2">助理工程师</option></select></td></tr>
      <tr><td>申报评委会：</td><td><select id="ddlPWH">${hint}</select></td></tr></table>`;
    const child = document.getElementById('ddlPWH') as HTMLSelectElement;
    document.getElementById('ddlZGMC')!.addEventListener('change', () => {
      child.innerHTML = '<option value="">加载中...</option>';
      if (delay !== null)
        setTimeout(() => {
          child.innerHTML = '<option value="">--请选择--</option><option value="01">广州市工程系列生态环境专业初级职称评审委员会</option><option value="02">广州市工程系列电子信息专业初级职称评审委员会</option>';
        }, delay);
    });
    const snapshot = collectSnapshot(document);
    return { snapshot, plan: planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile(), 'basic-info'), child };
  };

  it('a child offering only a hint, with a value or without, waits for its parent: 请先选择…, --请先选择…--, （请先选择…）', () => {
    for (const hint of [
      '<option value="">--请先选择认定资格名称--</option>',
      '<option value="99">--请先选择认定资格名称--</option>',
      '<option value="">请选择</option><option value="99">（请先选择认定资格名称）</option>',
      '<option value="99">请先选择认定资格名称</option>',
    ]) {
      expect(byKey(cascade(hint, 2500).plan.items, 'application.committee'), hint).toMatchObject({ action: 'fill', outcome: 'will-fill', value: '广州市工程系列生态环境专业初级职称评审委员会' });
      expect(byKey(cascade(hint, 2500).plan.items, 'application.committee').current, hint).toBeUndefined();
    }
  });

  it('fills the child when its options arrive 2.5 s later', async () => {
    const { snapshot, plan, child } = cascade('<option value="99">--请先选择认定资格名称--</option>', 2500);
    expect(CASCADE_WAIT_MS).toBeGreaterThanOrEqual(5000);
    const report = await applyWithClock(snapshot, plan);
    expect(report.items.map((i) => [i.key, i.result])).toEqual([
      ['application.qualificationName', 'filled'],
      ['application.committee', 'filled'],
    ]);
    expect(child.value).toBe('01');
  });

  it('leaves the child to the user, saying its options have not loaded, when they never arrive', async () => {
    const { snapshot, plan, child } = cascade('<option value="">--请先选择认定资格名称--</option>', null);
    const report = await applyWithClock(snapshot, plan);
    expect(byKey(report.items, 'application.committee')).toMatchObject({
      result: 'needs-user',
      outcome: 'needs-user',
      detail: '该列表还没有加载出选项（已等 5 秒）：请稍后在页面上选择“广州市工程系列生态环境专业初级职称评审委员会”',
    });
    expect(child.value).toBe('');
  });
});

describe('radio and checkbox writers', () => {
  it('checks the radio whose choice text matches, with click/change', async () => {
    const html = `<table><tr><td>性别</td><td><input type="radio" name="xb" id="m" value="1"><label for="m">男</label><input type="radio" name="xb" id="f" value="2"><label for="f">女</label></td></tr></table>`;
    const { snapshot, plan } = setup(html, 'basic-info');
    const changes: string[] = [];
    document.getElementById('m')!.addEventListener('change', () => changes.push('m'));
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(byKey(report.items, 'basic.gender').result).toBe('filled');
    expect((document.getElementById('m') as HTMLInputElement).checked).toBe(true);
    expect(changes).toEqual(['m']);
  });

  it('reports failed when the page unticks the box again', async () => {
    const html = `<table><tr><td>是否缴纳社保</td><td><input type="checkbox" id="sb"></td></tr>
      <tr><td>记录序号</td><td><input id="xh"></td></tr></table>`;
    const p = profile({ workHistory: [{ seq: 1, employer: 'X', socialInsurancePaid: true }] });
    const { snapshot, plan } = setup(html, 'work-experience', p);
    const box = document.getElementById('sb') as HTMLInputElement;
    box.addEventListener('change', () => setTimeout(() => (box.checked = false)));
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(byKey(report.items, 'workHistory.socialInsurancePaid').result).toBe('failed');
    expect(byKey(report.items, 'workHistory.seq').result).toBe('filled');
  });
});

describe('the consent at 完成并送审', () => {
  it('leaves 同意 to the user as a box or a list: never ticked or chosen for them (seed 3(11))', async () => {
    for (const control of ['<input type="checkbox" id="ty">', '<select id="ty"><option value="">请选择</option><option value="1">同意</option><option value="0">不同意</option></select>']) {
      const { snapshot, plan } = setup(`<h2>完成并送审</h2><table><tr><td>是否同意：</td><td>${control}</td></tr></table><input type="submit" value="送审">`, 'submit');
      expect(byKey(plan.items, 'page.consent'), control).toMatchObject({ action: 'needs-user' });
      await applyFill(document, snapshot, plan, { overwrite: new Set() });
      const el = document.getElementById('ty')!;
      expect(el instanceof HTMLInputElement ? el.checked : (el as HTMLSelectElement).value, control).toBe(el instanceof HTMLInputElement ? false : '');
    }
  });
});

describe('pickers and files', () => {
  it('leaves a picker box with a hidden code to the user, fills a typable box beside a button', async () => {
    const html = `<table>
      <tr><td>民族</td><td><input id="mz" readonly><input type="button" value="..."><input type="hidden" id="hidMZ"></td></tr>
      <tr><td>工作单位</td><td><input id="dw"><input type="button" value="选择"></td></tr>
      <tr><td>个人照片</td><td><input type="file" id="zp"></td></tr></table>`;
    const { snapshot, plan } = setup(html, 'basic-info');
    const mz = snapshot.controls.find((c) => c.id === 'mz')!;
    expect(mz.pickerButton).toBe(true);
    expect(snapshot.controls[mz.pickerCodeIndex!]!.id).toBe('hidMZ');
    expect(byKey(plan.items, 'basic.ethnicity')).toMatchObject({ action: 'needs-user', reason: '请点击旁边的选择按钮（如“...”或“选择”）选取' });
    expect(byKey(plan.items, 'page.photo')).toMatchObject({ action: 'needs-user', reason: '请手动选择文件' });
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(byKey(report.items, 'basic.employer').result).toBe('filled');
    expect((document.getElementById('mz') as HTMLInputElement).value).toBe('');
    expect((document.getElementById('hidMZ') as HTMLInputElement).value).toBe('');
  });

  it('leaves a read-only box beside a "..." / 选择 button to the user wherever its code field is: form end, none (probe 8 item 1)', () => {
    const html = `<form><table>
      <tr><td>认定专业：</td><td><input id="txtRDZY" name="ctl00$cph$txtRDZY" readonly="readonly"><input type="button" value="..." onclick="SelectZY()"></td></tr>
      <tr><td>工作单位：</td><td><input id="txtGZDW" readonly><input type="button" value="选择"></td></tr>
      <tr><td>出生日期：</td><td><input id="txtCSRQ" readonly onclick="WdatePicker()"><img src="cal.gif" onclick="WdatePicker()"></td></tr></table>
      <input type="hidden" id="hfRDZY" name="ctl00$cph$hfRDZY"></form>`;
    const { snapshot, plan } = setup(html, 'basic-info');
    expect(snapshot.controls.find((c) => c.id === 'txtRDZY')!.pickerCodeIndex).toBeNull();
    expect(byKey(plan.items, 'application.specialty')).toMatchObject({ action: 'needs-user', reason: '请点击旁边的选择按钮（如“...”或“选择”）选取' });
    expect(byKey(plan.items, 'basic.employer')).toMatchObject({ action: 'needs-user', reason: '请点击旁边的选择按钮（如“...”或“选择”）选取' });
    // A calendar box is written by its calendar, not a chooser.
    expect(byKey(plan.items, 'basic.birthDate')).toMatchObject({ action: 'fill', value: '1992-03-15' });
  });

  it('finds a calendar button past a validator\'s hidden * and takes no help link for a chooser (breaker 9 item 7)', () => {
    const html = `<form><table>
      <tr><td>出生日期：</td><td><input id="csrq" readonly="readonly"><span style="color:Red;visibility:hidden;">*</span><input type="button" value="..." onclick="popUpCalendar(this,document.all.csrq,'yyyy-mm-dd')"></td></tr>
      <tr><td>参加工作时间：</td><td><input id="cjgzsj" readonly> <span style="display:none">请选择日期</span> <input type="button" value="选择" onclick="showDate('cjgzsj')"></td></tr>
      <tr><td>手机号码：</td><td><input id="sj" readonly> <a href="#" onclick="window.open('help.htm')">填写说明</a></td></tr>
      <tr><td>工作单位：</td><td><input id="gzdw" readonly> <a href="#" onclick="window.open('dw.aspx')"><img src="search.gif"></a></td></tr>
      <tr><td>公民身份号码：</td><td><input id="sfzh"> 户籍：<input id="hj"><img src="calendar.gif" onclick="WdatePicker({el:'hj'})"></td></tr></table></form>`;
    const { snapshot, plan } = setup(html, 'basic-info');
    const get = (id: string) => snapshot.controls.find((c) => c.id === id)!;
    expect(get('csrq').calendar).toBe(true);
    expect(byKey(plan.items, 'basic.birthDate')).toMatchObject({ action: 'fill', value: '1992-03-15' });
    expect(get('cjgzsj').calendar).toBe(true);
    expect(byKey(plan.items, 'basic.workStartDate').reason).not.toBe('请点击旁边的选择按钮（如“...”或“选择”）选取');
    // A link opening help or an unnamed icon is no "..." chooser: the read-only box stays the portal's.
    expect(get('sj').pickerButton).toBe(false);
    expect(byKey(plan.items, 'basic.mobile').reason).not.toBe('请点击旁边的选择按钮（如“...”或“选择”）选取');
    expect(get('gzdw').pickerButton).toBe(false);
    // The calendar icon belongs to the box right before it, not to an earlier field's box.
    expect(get('sfzh').calendar).toBe(false);
  });
});

describe('a box followed by icons that open no calendar (breaker 10 item 6)', () => {
  it.each([
    '<a onclick="showHelp()"><img src="help.gif"></a> <img src="images/update.gif" onclick="refreshUnit()">',
    '<span>*</span> <input type="image" src="images/btn_update.gif" onclick="save()">',
    '<img src="images/update.gif" onclick="refreshUnit()">',
    '<a href="#" onclick="window.open(\'help.htm\')">填写说明</a><img src="calendar.gif" onclick="WdatePicker()">',
  ])('工作单位 %s stays a text box and is filled', (after) => {
    const { snapshot, plan } = setup(`<form><table><tr><td>工作单位</td><td><input id="dw"> ${after}</td></tr></table></form>`, 'basic-info');
    expect(snapshot.controls.find((c) => c.id === 'dw')).toMatchObject({ kind: 'text', calendar: false });
    expect(byKey(plan.items, 'basic.employer')).toMatchObject({ action: 'fill', value: '广州某环境监测有限公司' });
  });

  it('a calendar icon named by date as a word still is one', () => {
    for (const src of ['images/date.gif', 'btn_date.png', 'icoDate.gif', 'Calendar.png']) {
      const { snapshot } = setup(`<table><tr><td>出生日期</td><td><input id="csrq"><img src="${src}" onclick="show(this)"></td></tr></table>`, 'basic-info');
      expect(snapshot.controls.find((c) => c.id === 'csrq')!.calendar, src).toBe(true);
    }
  });
});

describe('a read-only box beside a chooser that does not say exactly "..." (breaker 10 item 1)', () => {
  const CHOOSERS = [
    '<input type="button" value="选择评委会" onclick="selectX()">',
    '<input type="button" value="请选择">',
    '<a id="lbtn" href="javascript:__doPostBack(\'lbtn\',\'\')">选择</a>',
    '<a href="#" onclick="openWin(\'selectX.aspx\')">选择</a>',
    '<a href="javascript:selectX()">[选择]</a>',
    '<img src="select.gif" alt="选择" onclick="pick()">',
    '<input type="image" src="select.gif" onclick="selectX()">',
    '<img src="images/search.gif" onclick="showModalDialog(\'selectX.aspx\')">',
  ];
  it.each(CHOOSERS)('%s is the chooser: 申报评委会 and 工作单位 ask the user to pick', (btn) => {
    const html = `<form><table>
      <tr><td>*申报评委会</td><td><input id="pwh" readonly>${btn}</td></tr>
      <tr><td>*工作单位</td><td><input id="dw" readonly>${btn}</td></tr></table></form>`;
    const { snapshot, plan } = setup(html, 'basic-info');
    for (const id of ['pwh', 'dw']) expect(snapshot.controls.find((c) => c.id === id)!.pickerButton, id).toBe(true);
    expect(byKey(plan.items, 'basic.employer')).toMatchObject({ action: 'needs-user', reason: '请点击旁边的选择按钮（如“...”或“选择”）选取' });
  });
});

describe('a value typed across boxes of one cell', () => {
  const phone = (boxes: string, p = profile({ basic: { name: '张小明', phone: '020-38765432-123' } })) =>
    setup(`<table><tr><td>姓名：</td><td><input id="xm"></td></tr><tr><td>办公电话：</td><td>${boxes}</td></tr></table>`, 'basic-info', p);

  it('办公电话 [区号]-[号码](-[分机]): each part into its box, never the whole number into the 区号 box (probe 8 item 7)', async () => {
    const { snapshot, plan } = phone('<input id="qh" size="4">-<input id="dh" size="10">-<input id="fj" size="4">');
    expect(byKey(plan.items, 'basic.phone')).toMatchObject({ action: 'fill', value: '020-38765432-123', parts: [{ text: '020' }, { text: '38765432' }, { text: '123' }] });
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(byKey(report.items, 'basic.phone').result).toBe('filled');
    expect(['qh', 'dh', 'fj'].map((id) => (document.getElementById(id) as HTMLInputElement).value)).toEqual(['020', '38765432', '123']);
  });

  it('a 分机 box the profile has no part for is left empty; a number without its 区号 is the user’s; a page showing the parts is 已一致', () => {
    const two = profile({ basic: { name: '张小明', phone: '020-38765432' } });
    expect(byKey(phone('<input id="qh">-<input id="dh">-<input id="fj">', two).plan.items, 'basic.phone')).toMatchObject({ action: 'fill', parts: [{ text: '020' }, { text: '38765432' }] });
    const bare = profile({ basic: { name: '张小明', phone: '38765432' } });
    expect(byKey(phone('<input id="qh" maxlength="4">-<input id="dh">', bare).plan.items, 'basic.phone')).toMatchObject({ action: 'needs-user', reason: '档案中的“38765432”无法按页面分开的 2 格填写，请手动填写' });
    expect(byKey(phone('<input id="qh" maxlength="3">-<input id="dh">', profile({ basic: { name: '张小明', phone: '0755-38765432' } })).plan.items, 'basic.phone')).toMatchObject({ action: 'needs-user' });
    expect(byKey(phone('<input id="qh" value="020">-<input id="dh" value="38765432">', two).plan.items, 'basic.phone')).toMatchObject({ action: 'skip', outcome: 'same' });
    expect(byKey(phone('<input id="qh" value="020">-<input id="dh" value="12345678">', two).plan.items, 'basic.phone')).toMatchObject({ outcome: 'conflict', overwrite: true });
  });

  it('the parts parted by a bracket or by the next part’s name: ([区号])[号码], 区号[ ]号码[ ]分机[ ] (probe 8 item 7)', () => {
    const two = profile({ basic: { name: '张小明', phone: '020-38765432' } });
    for (const boxes of ['(<input id="qh" size="4">)<input id="dh" size="10">', '区号<input id="qh" size="4">号码<input id="dh" size="10">']) {
      expect(byKey(phone(boxes, two).plan.items, 'basic.phone'), boxes).toMatchObject({ action: 'fill', parts: [{ text: '020' }, { text: '38765432' }] });
    }
    const named = '区号：<input id="qh">号码：<input id="dh">分机号：<input id="fj">';
    expect(byKey(phone(named).plan.items, 'basic.phone')).toMatchObject({ action: 'fill', parts: [{ text: '020' }, { text: '38765432' }, { text: '123' }] });
  });

  it('办公电话 [ ]分机[ ]: the 分机 box is the extension, never a part of the number — the whole number goes into the phone box, 分机 stays empty (breaker 14b item 2)', async () => {
    const two = profile({ basic: { name: '张小明', phone: '020-38765432' } });
    for (const boxes of ['<input id="dh">分机<input id="fj">', '<input id="dh"> 分机号 <input id="fj">', '<input id="dh"> 分机：<input id="fj" maxlength="6">']) {
      const { snapshot, plan } = phone(boxes, two);
      const item = byKey(plan.items, 'basic.phone');
      expect(item, boxes).toMatchObject({ action: 'fill', value: '020-38765432' });
      expect(item.parts, boxes).toBeUndefined();
      expect(snapshot.controls[item.control]!.id, boxes).toBe('dh');
      expect(plan.items.filter((i) => snapshot.controls[i.control]!.id === 'fj' && i.action === 'fill'), boxes).toEqual([]);
      await applyFill(document, snapshot, plan, { overwrite: new Set() });
      expect(['dh', 'fj'].map((id) => (document.getElementById(id) as HTMLInputElement).value), boxes).toEqual(['020-38765432', '']);
    }
  });

  it('a phone box too short for 区号-号码 is the user\'s: a box of 11 may be checked as a mobile, one of 8 may want the 号码 alone (breaker 15b item 4)', () => {
    const two = profile({ basic: { name: '张小明', phone: '020-38765432' } });
    for (const boxes of ['<input id="dh" maxlength="11">分机<input id="fj" maxlength="6">', '<input id="dh" maxlength="8">分机<input id="fj">', '<input id="dh" maxlength="11">']) {
      expect(byKey(phone(boxes, two).plan.items, 'basic.phone'), boxes).toMatchObject({ action: 'needs-user', value: '020-38765432' });
    }
  });

  it('区号 already holding the profile\'s 020 (a default) is no conflict: the number box is simply filled (breaker 14b item 2)', () => {
    const two = profile({ basic: { name: '张小明', phone: '020-38765432' } });
    for (const boxes of ['区号<input id="qh" value="020">号码<input id="dh">', '<input id="qh" value="020">-<input id="dh">']) {
      const item = byKey(phone(boxes, two).plan.items, 'basic.phone');
      expect(item, boxes).toMatchObject({ action: 'fill', outcome: 'will-fill', parts: [{ text: '020' }, { text: '38765432' }] });
      expect(item.overwrite, boxes).toBeFalsy();
    }
  });

  const birth = (boxes: string) => setup(`<table><tr><td>姓名：</td><td><input id="xm"></td></tr><tr><td>出生年月：</td><td>${boxes}</td></tr></table>`, 'basic-info');

  it('出生年月 [年]年[月]月(/[日]日): the date’s parts into the boxes, never the whole date into the year box (probe 8 item 8)', async () => {
    const { snapshot, plan } = birth('<input id="n" size="4">年<input id="y" size="2">月');
    expect(byKey(plan.items, 'basic.birthDate')).toMatchObject({ action: 'fill', value: '1992-03', parts: [{ text: '1992' }, { text: '03' }] });
    await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(['n', 'y'].map((id) => (document.getElementById(id) as HTMLInputElement).value)).toEqual(['1992', '03']);
    expect(byKey(birth('<input id="n">年<input id="y">月<input id="r">日').plan.items, 'basic.birthDate')).toMatchObject({ action: 'fill', value: '1992-03-15', parts: [{ text: '1992' }, { text: '03' }, { text: '15' }] });
    expect(byKey(birth('<input id="n" value="1992">年<input id="y" value="3">月').plan.items, 'basic.birthDate')).toMatchObject({ action: 'skip', outcome: 'same' });
  });

  it('起止时间：[ ]年[ ]月 至 [ ]年[ ]月, as boxes or lists: the start’s year and month, then the end’s', () => {
    const list = (id: string, values: string[]) => `<select id="${id}"><option value="">请选择</option>${values.map((v) => `<option>${v}</option>`).join('')}</select>`;
    const years = ['2010', '2011', '2012', '2013', '2014', '2015'];
    const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
    const layouts = {
      boxes: '<input id="a" size="4">年<input id="b" size="2">月 至 <input id="c" size="4">年<input id="d" size="2">月',
      lists: `${list('a', years)}年${list('b', months)}月 至 ${list('c', years)}年${list('d', months)}月`,
    };
    for (const [layout, cell] of Object.entries(layouts)) {
      const { snapshot, matches, plan } = setup(`<table><tr><td>学校：</td><td><input id="xx"></td></tr><tr><td>起止时间：</td><td>${cell}</td></tr></table>`, 'education', profile(), 0);
      const keyOf = (id: string) => matches.find((m) => snapshot.controls[m.control]!.id === id)!.key;
      expect(['a', 'b', 'c', 'd'].map(keyOf), layout).toEqual(['education.startDate', null, 'education.endDate', null]);
      const texts = (key: string) => { const item = byKey(plan.items, key); return (item.parts ?? item.lists)!.map((p) => [snapshot.controls[p.control]!.id, p.text]); };
      expect(texts('education.startDate'), layout).toEqual([['a', '2011'], ['b', '09']]);
      expect(texts('education.endDate'), layout).toEqual([['c', '2015'], ['d', '06']]);
    }
  });

  it('a period in two boxes ([起]-[止]) is no date in parts: the dash is no date unit', () => {
    const { plan } = setup('<table><tr><td>工作单位：</td><td><input id="dw"></td></tr><tr><td>参加工作时间：</td><td><input id="a">-<input id="b"></td></tr></table>', 'basic-info');
    expect(byKey(plan.items, 'basic.workStartDate').parts).toBeUndefined();
  });
});

describe('controls the page will not let us write (probe: readonly-disabled-prefilled)', () => {
  const p = profile({ basic: { name: '李明远', gender: '男', birthDate: '1998-05-12', email: 'a@example.com', mobile: '13926001234' } });
  const html = `<table>
    <tr><td>出生日期：</td><td><input id="csrq" value="1998-05-12" disabled></td></tr>
    <tr><td>性别：</td><td><select id="xb" disabled><option value="">请选择</option><option value="2" selected>女</option><option value="1">男</option></select></td></tr>
    <tr><td>姓名：</td><td><input id="xm" value="李明远" disabled></td></tr>
    <tr><td>电子邮箱：</td><td><input id="yx" disabled></td></tr>
    <tr><td>手机号码：</td><td><input id="sj" value="13800000000" readonly></td></tr></table>`;

  it('a disabled control showing the profile’s value is 已一致; one showing another is the user’s to check, as a read-only one; an empty one is skipped', async () => {
    const { snapshot, plan } = setup(html, 'basic-info', p);
    const rows = ['basic.birthDate', 'basic.gender', 'basic.name', 'basic.email', 'basic.mobile'].map((k) => {
      const i = byKey(plan.items, k);
      return [k, i.action, i.outcome, i.overwrite, i.reason];
    });
    expect(rows).toEqual([
      ['basic.birthDate', 'skip', 'same', false, undefined],
      ['basic.gender', 'needs-user', 'needs-user', false, '此栏已禁用（门户带出），与档案不同：请核对档案，或按页面提示到门户修改'],
      ['basic.name', 'skip', 'same', false, undefined],
      ['basic.email', 'skip', 'skipped', false, '此栏已禁用'],
      ['basic.mobile', 'needs-user', 'needs-user', false, '此栏只读（门户带出），与档案不同：请核对档案，或按页面提示到门户修改'],
    ]);
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set(plan.items.map((i) => i.control)) });
    expect(byKey(report.items, 'basic.birthDate')).toMatchObject({ result: 'skipped', outcome: 'same' });
    expect((document.getElementById('xb') as HTMLSelectElement).value).toBe('2');
  });
});

describe('record steps', () => {
  const form = `<table class="grid"><tr><th>记录序号</th><th>学校</th><th>操作</th></tr><tr><td>1</td><td>某某大学</td><td><a>修改</a></td></tr></table>
    <table><tr><td>记录序号</td><td><input id="xh"></td><td>学校名称</td><td><input id="xx"></td></tr>
    <tr><td>起止时间</td><td colspan="3"><input id="qs"> 至 <input id="zz"></td></tr></table>`;

  it('takes the next row whose 记录序号 is not yet saved', () => {
    const { plan } = setup(form, 'education');
    expect(plan).toMatchObject({ recordIndex: 1, recordSection: 'education', recordCount: 2 });
    expect(byKey(plan.items, 'education.seq').value).toBe('2');
    expect(byKey(plan.items, 'education.school')).toMatchObject({ value: '某某中专', source: '档案 · 学历 第 2 条 · 学校' });
    expect(byKey(plan.items, 'education.startDate').value).toBe('2008-09-01');
    expect(byKey(plan.items, 'education.endDate').value).toBe('2011-06-30');
  });

  it('honours an explicit record index and never presses a button', async () => {
    const { snapshot, plan } = setup(form + '<input type="submit" id="saveNew" value="保存并新增">', 'education', profile(), 0);
    let clicked = false;
    document.getElementById('saveNew')!.addEventListener('click', () => (clicked = true));
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(report.items.every((i) => i.result === 'filled')).toBe(true);
    // Record 1 is listed already: the chosen row is saved again as the next number, not as a second 1.
    expect((document.getElementById('xh') as HTMLInputElement).value).toBe('2');
    expect((document.getElementById('xx') as HTMLInputElement).value).toBe('某某大学');
    expect(clicked).toBe(false);
  });
});

describe('至今 beside 终止时间 (a null end date)', () => {
  const jobs = profile({
    workHistory: [
      { seq: 1, startDate: '2012-07-01', endDate: '2015-06-30', employer: '某某设计院', post: '助理' },
      { seq: 2, startDate: '2015-07-01', endDate: null, employer: '广州某环境监测有限公司', post: '技术员' },
    ],
  });
  const page = (untilNow: string) => `<table>
    <tr><td>工作单位</td><td><input id="dw"></td></tr>
    <tr><td>起始时间</td><td><input id="qs"></td></tr>
    <tr><td>终止时间</td><td><input id="zz"> ${untilNow}</td></tr></table>`;
  const box = (id: string) => document.getElementById(id) as HTMLInputElement;

  it('ticks □至今 and leaves the date empty for the job still held', async () => {
    const { snapshot, plan } = setup(page('<input type="checkbox" id="zj"><label for="zj">至今</label>'), 'work-experience', jobs, 1);
    expect(byKey(plan.items, 'workHistory.endDate')).toMatchObject({ action: 'skip', reason: '选了“至今”，终止时间留空' });
    const untilNow = plan.items.find((i) => i.label === '至今')!;
    expect(untilNow).toMatchObject({ action: 'fill', value: '是', source: '档案 · 工作经历 第 2 条 · 终止时间（至今）' });
    // In page order: after the date box it sits beside.
    expect(plan.items.map((i) => i.label).slice(-2)).toEqual(['终止时间', '至今']);
    await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(box('zj').checked).toBe(true);
    expect(box('zz').value).toBe('');
    expect(box('dw').value).toBe('广州某环境监测有限公司');
  });

  it('chooses 是 in a 是否至今 list or radio list; 否 and the date for a job that ended', () => {
    const list = page('</td></tr><tr><td>是否至今</td><td><select id="sf"><option value="">请选择</option><option value="1">是</option><option value="0">否</option></select>');
    expect(setup(list, 'work-experience', jobs, 1).plan.items.find((i) => i.label === '至今')).toMatchObject({ action: 'fill', option: '1' });
    const ended = setup(list, 'work-experience', jobs, 0).plan;
    expect(ended.items.find((i) => i.label === '至今')).toMatchObject({ action: 'fill', option: '0' });
    expect(byKey(ended.items, 'workHistory.endDate')).toMatchObject({ action: 'fill', value: '2015-06-30' });
    const radios = page('</td></tr><tr><td>是否至今</td><td><input type="radio" name="sfzj" id="y" value="Y"><label for="y">是</label><input type="radio" name="sfzj" id="n" value="N"><label for="n">否</label>');
    expect(setup(radios, 'work-experience', jobs, 1).plan.items.find((i) => i.label === '至今')).toMatchObject({ action: 'fill', option: 'Y' });
  });

  it('◉至今 ○截止 in the 终止时间 cell: 至今 for the job still held, the other for one that ended; “至今(请勾选)”', () => {
    const pair = page('<input type="radio" name="zt" id="zj" value="1"><label for="zj">至今</label><input type="radio" name="zt" id="jz" value="2"><label for="jz">截止</label>');
    expect(setup(pair, 'work-experience', jobs, 1).plan.items.find((i) => i.label === '至今')).toMatchObject({ action: 'fill', option: '1', value: '至今' });
    expect(setup(pair, 'work-experience', jobs, 0).plan.items.find((i) => i.label === '至今')).toMatchObject({ action: 'fill', option: '2', value: '截止' });
    const asked = page('<input type="checkbox" id="zj"><label for="zj">至今(请勾选)</label>');
    expect(setup(asked, 'work-experience', jobs, 1).plan.items.find((i) => i.label === '至今')).toMatchObject({ action: 'fill', option: 'true' });
    // Bracketed whole (the words required-field reads too: lib/fields/dictionary.ts UNTIL_NOW_LABEL).
    const bracketed = page('<input type="checkbox" id="zj"><label for="zj">（至今）</label>');
    expect(setup(bracketed, 'work-experience', jobs, 1).plan.items.find((i) => i.label === '至今')).toMatchObject({ action: 'fill', option: 'true' });
  });

  it('asks before taking away a 至今 tick the page has on a job the profile says ended', () => {
    const { plan } = setup(page('<input type="checkbox" id="zj" checked><label for="zj">至今</label>'), 'work-experience', jobs, 0);
    expect(plan.items.find((i) => i.label === '至今')).toMatchObject({ action: 'needs-user', reason: '档案中该段经历已于 2015-06-30 结束，页面勾选了“至今”，请核对' });
  });
});

describe('a field asked as a question', () => {
  it('answers 是否全日制 with 是 for a 全日制 record (list, radio pair), 否 for 非全日制', async () => {
    const list = `<table><tr><td>学校名称</td><td><input id="xx"></td></tr>
      <tr><td>是否全日制</td><td><select id="qrz"><option value="">--请选择--</option><option value="1">是</option><option value="0">否</option></select></td></tr></table>`;
    const { snapshot, plan } = setup(list, 'education', profile(), 0);
    expect(byKey(plan.items, 'education.studyMode')).toMatchObject({ action: 'fill', value: '是', option: '1', source: '档案 · 学历 第 1 条 · 学习形式（全日制）' });
    await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect((document.getElementById('qrz') as HTMLSelectElement).value).toBe('1');
    const partTime = profile({ education: [{ seq: 1, school: '某某大学', educationLevel: '大学本科', studyMode: '非全日制' }] });
    const radios = `<table><tr><td>是否全日制</td><td><input type="radio" name="qrz" id="y" value="Y"><label for="y">是</label><input type="radio" name="qrz" id="n" value="N"><label for="n">否</label></td></tr></table>`;
    expect(byKey(setup(radios, 'education', partTime, 0).plan.items, 'education.studyMode')).toMatchObject({ action: 'fill', option: 'N' });
    // A lone box in a row asking it.
    const box = `<table><tr><td>是否全日制</td><td><input type="checkbox" id="chkQRZ"><label for="chkQRZ">全日制</label></td></tr></table>`;
    expect(byKey(setup(box, 'education', profile(), 0).plan.items, 'education.studyMode')).toMatchObject({ action: 'fill', option: 'true' });
    // A list of the words themselves is filled with the word.
    const words = `<table><tr><td>学习形式</td><td><select id="xs"><option>全日制</option><option>非全日制</option></select></td></tr></table>`;
    expect(byKey(setup(words, 'education', partTime, 0).plan.items, 'education.studyMode')).toMatchObject({ value: '非全日制' });
  });
});

describe('a list that reloads the page (AutoPostBack)', () => {
  const form = `<table><tr><td>姓名：</td><td><input id="xm"></td></tr><tr><td>手机号码：</td><td><input id="sj"></td></tr>
    <tr><td>申报级别：</td><td><select id="jb" onchange="javascript:setTimeout('__doPostBack(\\'jb\\',\\'\\')', 0)"><option value="">请选择</option><option>初级</option></select></td></tr>
    <tr><td>申报评委会：</td><td><select id="pwh"><option value="">请选择</option><option>广州市工程系列生态环境专业初级职称评审委员会</option></select></td></tr></table>`;

  it('hands over the report as it will stand just before writing the list, the boxes already written', async () => {
    const { snapshot, plan } = setup(form, 'basic-info');
    let carried: { report: FillReport; name: string; level: string } | null = null;
    const report = await applyFill(document, snapshot, plan, {
      overwrite: new Set(),
      onPostBack: (r) => {
        carried = { report: r, name: (document.getElementById('xm') as HTMLInputElement).value, level: (document.getElementById('jb') as HTMLSelectElement).value };
      },
    });
    expect(carried).not.toBeNull();
    const { report: handed, name, level } = carried!;
    expect([name, level]).toEqual(['张小明', '']);
    expect(handed.items.map((i) => [i.key, i.result])).toEqual([
      ['basic.name', 'filled'],
      ['basic.mobile', 'filled'],
      ['application.level', 'filled'],
      ['application.committee', 'needs-user'],
    ]);
    // The rows as the user reads them; the report alone notes what each control showed once done (FillReportItem.shown, for the watch after it).
    expect(report.items.map(({ shown: _watch, ...row }) => row)).toEqual(handed.items);
  });

  it('the background gives a carried report once, to the same frame on the page posted to, within CARRY_LIMIT_MS', () => {
    const fill = { step: 'basic-info', to: ['https://rsj.example.cn/Apply/BaseInfo.aspx?id=1', 'https://rsj.example.cn/Apply/BaseInfo.aspx'], controls: [], report: { items: [] } };
    const frame = { tab: { id: 7 } as never, frameId: 2, url: 'https://rsj.example.cn/apply/baseinfo.aspx?id=1&__EVENTTARGET=ddlJB' };
    expect(handleCarriedFill({ type: 'fill:carry', fill }, frame, 1_000)).toBeNull();
    expect(handleCarriedFill({ type: 'fill:carried' }, { ...frame, frameId: 0 }, 1_500)).toBeNull();
    expect(handleCarriedFill({ type: 'fill:carried' }, frame, 2_000)).toEqual(fill);
    expect(handleCarriedFill({ type: 'fill:carried' }, frame, 2_500)).toBeNull();
    handleCarriedFill({ type: 'fill:carry', fill }, frame, 10_000);
    expect(handleCarriedFill({ type: 'fill:carried' }, frame, 10_000 + CARRY_LIMIT_MS)).toBeNull();
    // Taken back by a page that stayed.
    handleCarriedFill({ type: 'fill:carry', fill }, frame, 20_000);
    expect(handleCarriedFill({ type: 'fill:drop' }, frame, 21_000)).toBeNull();
    expect(handleCarriedFill({ type: 'fill:carried' }, frame, 21_500)).toBeNull();
    // The frame went to another page (the postback never left, the user followed a link): not
    // there, and not kept for later either.
    handleCarriedFill({ type: 'fill:carry', fill }, frame, 30_000);
    expect(handleCarriedFill({ type: 'fill:carried' }, { ...frame, url: 'https://rsj.example.cn/Apply/Education.aspx' }, 30_500)).toBeNull();
    expect(handleCarriedFill({ type: 'fill:carried' }, frame, 31_000)).toBeNull();
    handleCarriedFill({ type: 'fill:carry', fill }, frame, 40_000);
    expect(handleCarriedFill({ type: 'fill:carried' }, { ...frame, url: 'http://rsj.example.cn/Apply/BaseInfo.aspx' }, 40_500)).toBeNull();
  });
});

