/**
 * Step27 item 2 (lib/fields/recognize.ts): txtUserName is 姓名 by its id on a 基本信息 form
 * (breaker 26 F7), but the user name of a login box, right before a password box, is the account's:
 * no field of the applicant's, so autofill never writes his name into a login form and no check
 * reads it as 姓名. Before the fix such a txtUserName, labelled by no text or only a placeholder, was
 * basic.name on a page read as `unknown` and on 基本信息 (a bar above the form: the autofill planned
 * to write the name into it); a label naming no field (用户名：) already kept it from 姓名.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { evaluatePage } from '../../../lib/content/evaluate';
import { planFill } from '../../../lib/fill/plan';
import { profileSchema } from '../../../lib/profile/schema';
import type { StepId } from '../../../lib/portal/step-ids';
import sample from '../../fixtures/sample-profile.json';
import { installLocale } from '../i18n-fake';

const profile = profileSchema.parse(sample.profile);
const PASSWORD = '<input type="password" id="txtPassword" name="txtPassword">';
const CODE = '<input id="txtYzm" name="txtYzm">';
const user = (attrs = '') => `<input id="txtUserName" name="txtUserName"${attrs}>`;

/** The page's keys by control id as recognised on `step` (the page's own step when none is given), the
 * controls the autofill would write, and the fields the checks flag. */
function keysOn(body: string, step?: StepId) {
  document.body.innerHTML = `<form>${body}</form>`;
  const snapshot = collectSnapshot(document, window);
  const inputs = { profile, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: {} };
  const page = evaluatePage(snapshot, inputs);
  const on = step ?? page.recognition.step;
  const matches = step ? recognizeFields(snapshot, step) : page.matches;
  // A control recognizeFields leaves out (a login's user name, a 查询 bar's box) has no key.
  const keys = Object.fromEntries(snapshot.controls.map((c) => [c.id, matches.find((m) => m.control === c.index)?.key ?? null]));
  const planned = planFill(snapshot, matches, profile, on).items.filter((i) => i.action === 'fill').map((i) => snapshot.controls[i.control]!.id);
  return { step: page.recognition.step, keys, planned, findings: page.findings.map((f) => f.field) };
}

describe('a user name box right before a password box is no 姓名', () => {
  beforeEach(() => installLocale());

  it.each([
    ['by its id alone', `<div>${user()} ${PASSWORD} ${CODE}</div><input type="submit" value="进入系统">`],
    ['with placeholders only', `<div>${user(' placeholder="请输入用户名"')} <input type="password" id="txtPwd" placeholder="请输入密码"> ${CODE}</div><input type="submit" value="进入系统">`],
  ])('%s, on a page no heading names (unknown)', (_, body) => {
    const page = keysOn(body, 'unknown');
    expect(page.keys.txtUserName).toBeNull();
    expect(page.planned).not.toContain('txtUserName');
    expect(page.findings).not.toContain('basic.name');
  });

  it('on a 基本信息 page, in a bar above the form (placeholders only)', () => {
    const row = (label: string, box: string) => `<tr><td>${label}</td><td>${box}</td></tr>`;
    const bar = `<div>${user(' placeholder="用户名"')} <input type="password" id="txtPwd" placeholder="登录密码"></div>`;
    const page = keysOn(`${bar}<h3>基本信息</h3><table>${row('公民身份号码', '<input id="txtSfzh">')}${row('手机号码', '<input id="txtSjhm">')}</table><input type="submit" value="保存">`);
    expect(page.step).toBe('basic-info');
    expect(page.keys.txtUserName).toBeNull();
    expect(page.planned).toEqual(['txtSfzh', 'txtSjhm']);
    expect(page.findings).not.toContain('basic.name');
  });

  it('on the login page (step login)', () => {
    const page = keysOn(`<h3>用户登录</h3><div>${user()} ${PASSWORD} ${CODE}</div><input type="submit" value="登录">`);
    expect(page.step).toBe('login');
    expect(page.keys.txtUserName).toBeNull();
    expect(page.planned).toEqual([]);
  });

  it('on a registration form: the account’s user name is none, the 姓名 asked after the passwords is', () => {
    const row = (label: string, box: string) => `<tr><td>${label}</td><td>${box}</td></tr>`;
    const body = `<table>${row('', user())}${row('', PASSWORD)}${row('', '<input type="password" id="txtPassword2">')}${row('姓名', '<input id="txtXm">')}${row('公民身份号码', '<input id="txtSfzh">')}</table><input type="submit" value="注册">`;
    const { keys } = keysOn(body, 'unknown');
    expect([keys.txtUserName, keys.txtXm, keys.txtSfzh]).toEqual([null, 'basic.name', 'basic.idNumber']);
  });
});

describe('txtUserName stays 姓名 where no password box follows it', () => {
  beforeEach(() => installLocale());

  it.each([
    ['basic-info', '<h3>基本信息</h3>'],
    ['unknown', ''],
  ] as const)('on a 基本信息-like form (read as %s)', (step, heading) => {
    const row = (label: string, box: string) => `<tr><td>${label}</td><td>${box}</td></tr>`;
    const body = `${heading}<table>${row('', user())}${row('性别', '<select id="ddlXb"><option>男</option><option>女</option></select>')}${row('公民身份号码', '<input id="txtSfzh">')}${row('出生日期', '<input id="txtCsrq">')}</table><input type="submit" value="保存">`;
    const page = keysOn(body, step);
    expect(page.keys.txtUserName).toBe('basic.name');
    expect(page.planned).toContain('txtUserName');
  });
});

describe('a hidden input between the user name and the password box (left 29 item 2)', () => {
  beforeEach(() => installLocale());

  it.each([
    ['one hidden input', '<input type="hidden" name="hidKey" value="a1">'],
    ['two hidden inputs', '<input type="hidden" name="hidKey" value="a1"><input type="hidden" name="__EVENTTARGET" value="">'],
  ])('%s between them: the user name is still no 姓名', (_, hidden) => {
    const page = keysOn(`<div>${user()} ${hidden} ${PASSWORD} ${CODE}</div><input type="submit" value="进入系统">`, 'unknown');
    expect(page.keys.txtUserName).toBeNull();
    expect(page.planned).not.toContain('txtUserName');
  });

  it('a hidden input after a 姓名 box with no password box after it leaves 姓名 alone', () => {
    const row = (label: string, box: string) => `<tr><td>${label}</td><td>${box}</td></tr>`;
    const body = `<h3>基本信息</h3><table>${row('', `${user()}<input type="hidden" name="hidXm">`)}${row('公民身份号码', '<input id="txtSfzh">')}</table><input type="submit" value="保存">`;
    expect(keysOn(body, 'basic-info').keys.txtUserName).toBe('basic.name');
  });
});
