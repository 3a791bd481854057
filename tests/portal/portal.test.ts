import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileSchema, type Profile } from '../../lib/profile/schema';
import { CHROMIUM_ARGS, CHROMIUM_LAUNCHER } from '../e2e/harness';
import { chooseSeries, login, openStep, postBack } from './drive';
import { fillFields, pickDateWithCalendar } from './fill';
import { controlId, pageOf, UPLOAD_PAGE, type PageDef } from './pages';
import { startPortal, type PortalServer } from './server';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const PHOTOS = join(FIXTURES, 'photos');
const SHOTS = join(import.meta.dirname, '../../artifacts/portal');

const profile: Profile = profileSchema.parse(JSON.parse(readFileSync(join(FIXTURES, 'sample-profile.json'), 'utf8')).profile);

let browser: Browser;
let portal: PortalServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  portal = await startPortal();
  browser = await chromium.launch({ executablePath: CHROMIUM_LAUNCHER, headless: true, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await portal?.close();
});

/** A fresh browser session (own cookie jar = own portal session), logged in, series chosen. */
async function freshSession(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await login(page, portal);
  await chooseSeries(page, '初级');
  return { context, page };
}

function message(frame: Frame, def: PageDef): Promise<string> {
  return frame.locator(`#${controlId(def, 'lblMsg')}`).innerText();
}

function stepPath(frame: Frame): string {
  return new URL(frame.url()).pathname.toLowerCase();
}

function expectAt(frame: Frame, def: PageDef): void {
  expect(stepPath(frame)).toBe(`/vsgzhr/${def.path}`.toLowerCase());
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

/** 添加 → fill → 保存并新增 … → 保存 for each record, then checks the grid shows them. */
async function addRecords(frame: Frame, def: PageDef, rows: Record<string, string>[], screenshotName?: string): Promise<void> {
  const btn = (id: string) => `#${controlId(def, id)}`;
  await postBack(frame, btn(def.buttons.add));
  for (const [i, row] of rows.entries()) {
    await fillFields(frame, def, def.fields, row);
    if (i === 0 && screenshotName) await shot(frame.page(), screenshotName);
    const last = i === rows.length - 1;
    await postBack(frame, btn(last ? def.buttons.save : def.buttons.saveAdd));
    expect(await message(frame, def)).toBe('保存成功！');
  }
  const gridRows = await frame.locator(`#${controlId(def, 'gvList')} tr`).count();
  expect(gridRows).toBe(rows.length + 1);
}

/** 附件上传 → ① name ② 记录序号 ③ file ④ 上传 ⑤ 返回 (seed 3(10)). */
async function uploadAttachment(frame: Frame, def: PageDef, name: string, seq: string, file: string): Promise<void> {
  await postBack(frame, `#${controlId(def, def.buttons.upload)}`);
  expectAt(frame, UPLOAD_PAGE);
  await fillFields(frame, UPLOAD_PAGE, UPLOAD_PAGE.fields, { FJMC: name, JLXH: seq });
  await frame.setInputFiles(`#${controlId(UPLOAD_PAGE, 'FileUpload1')}`, file);
  await postBack(frame, `#${controlId(UPLOAD_PAGE, UPLOAD_PAGE.buttons.upload)}`);
  expect(await message(frame, UPLOAD_PAGE)).toBe('上传成功！');
  await postBack(frame, `#${controlId(UPLOAD_PAGE, UPLOAD_PAGE.buttons.back)}`);
  expectAt(frame, def);
}

const date = (d: string | null | undefined) => d ?? '';

describe('practice portal in Chromium', () => {
  it('walks login → series → the eleven steps → 送审, keeping values across postbacks', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}:${d.message()}`);
      void d.accept();
    });
    await page.goto(`${portal.url}/`);
    await shot(page, '00-login');
    await login(page, portal, 'limingyuan');
    await shot(page, '00-home');
    await page.goto(`${portal.url}/vsgzhr/ZCSB/SelectZGXL.aspx?jb=1`);
    await shot(page, '00-series');
    await chooseSeries(page, '初级');
    await shot(page, '00-main');
    const p = profile;
    const b = p.basic;

    // (1) 获取历史数据
    let frame = await openStep(page, 'fetch-history');
    const history = pageOf('fetch-history');
    await postBack(frame, `#${controlId(history, 'btnZGPSRYJBXX')}`);
    expect(await message(frame, history)).toContain('获取历史数据成功');
    await shot(page, '01-fetch-history');
    await postBack(frame, `#${controlId(history, history.buttons.next)}`);

    // (2) 基本信息: the history record is there; the ID's onchange fills 出生日期 and 性别.
    const basic = pageOf('basic-info');
    expectAt(frame, basic);
    const id = (fieldId: string) => `#${controlId(basic, fieldId)}`;
    expect(await frame.inputValue(id('txtXM'))).toBe('李明远');
    await frame.fill(id('txtSFZH'), '');
    await frame.locator(id('txtSFZH')).blur();
    await frame.$eval(id('txtCSRQ'), (el) => ((el as HTMLInputElement).value = ''));
    await frame.fill(id('txtSFZH'), b.idNumber);
    await frame.locator(id('txtSFZH')).blur();
    expect(await frame.inputValue(id('txtCSRQ'))).toBe(b.birthDate);
    expect(await frame.inputValue(id('ddlXB'))).toBe('1');
    await pickDateWithCalendar(frame, id('txtCJGZSJ'), b.workStartDate);
    expect(await frame.inputValue(id('txtCJGZSJ'))).toBe(b.workStartDate);
    await fillFields(frame, basic, basic.fields, {
      XM: b.name, MZ: b.ethnicity, ZZMM: b.politicalStatus, GZDW: b.employer,
      TYXYDM: b.employerCreditCode, XCSZY: b.currentPost, LXDH: b.phone, SJHM: b.mobile, DZYX: b.email,
      YZBM: b.postcode, TXDZ: b.address, ZGXL: b.highestEducation, ZGXW: b.highestDegree,
      RDZGMC: p.application.qualificationName, SBPWH: p.application.committee,
    });
    // Cascade: 认定专业 options come from the committee just chosen.
    const specialties = await frame.$$eval(`${id('ddlRDZY')} option`, (os) => os.map((o) => o.textContent?.trim()));
    expect(specialties).toEqual(['--请选择--', '生态环境工程', '生态环境管理与咨询', '生态环境监测']);
    await fillFields(frame, basic, basic.fields, { RDZY: p.application.specialty });
    await frame.setInputFiles(id('fuZP'), join(PHOTOS, 'ok.jpg'));
    await shot(page, '02-basic-info');
    await postBack(frame, id(basic.buttons.next));

    // (3) 专业技术资格历史情况, with a "..." chooser for 系列 and a certificate scan.
    const qual = pageOf('qualification-history');
    expectAt(frame, qual);
    await addRecords(frame, qual, p.qualificationHistory.map((r) => ({
      seq: String(r.seq), ZGMC: r.name, XL: r.series, ZY: r.specialty, QDSJ: r.obtainedDate, ZSBH: r.certificateNo, SPDW: r.approvedBy,
    })), '03-qualification-history-form');
    await uploadAttachment(frame, qual, '专业技术资格证书', '1', join(PHOTOS, 'ok.jpg'));
    await shot(page, '03-qualification-history');
    await postBack(frame, `#${controlId(qual, qual.buttons.next)}`);

    // (4) 学位（学历）教育情况
    const edu = pageOf('education');
    expectAt(frame, edu);
    await addRecords(frame, edu, p.education.map((r) => ({
      seq: String(r.seq), QSSJ: r.startDate, ZZSJ: r.endDate, BYYX: r.school, SXZY: r.major,
      XL: r.educationLevel, XW: r.degree, XXXS: r.studyMode, ZSBH: r.certificateNo,
    })), '04-education-form');
    await uploadAttachment(frame, edu, '学历（学位）证书', '1', join(PHOTOS, 'ok.jpg'));
    await shot(page, '04-education');
    await postBack(frame, `#${controlId(edu, edu.buttons.next)}`);

    // (5) 主要专业技术工作经历
    const work = pageOf('work-experience');
    expectAt(frame, work);
    await addRecords(frame, work, p.workHistory.map((r) => ({
      seq: String(r.seq), QSSJ: r.startDate, ZZSJ: date(r.endDate), GZDW: r.employer, ZW: r.post, GZNR: r.duties,
      SFJNSB: r.socialInsurancePaid ? '是' : '否',
      // The reason box is enabled only after 否 is chosen (its onclick handler).
      ...(r.socialInsurancePaid ? {} : { WJNYY: r.noSocialInsuranceReason }),
    })), '05-work-experience-form');
    await shot(page, '05-work-experience');
    await postBack(frame, `#${controlId(work, work.buttons.next)}`);

    // (6) 工作期间奖惩情况 / 个人专业技术工作小结 (no naming container on this page)
    const awards = pageOf('awards-summary');
    expectAt(frame, awards);
    await fillFields(frame, awards, awards.fields, { JCQK: p.awards, GZXJ: p.workSummary });
    await shot(page, '06-awards-summary');
    await postBack(frame, `#${controlId(awards, awards.buttons.next)}`);

    // (7) 业绩成果
    const ach = pageOf('achievements');
    expectAt(frame, ach);
    await addRecords(frame, ach, p.achievements.map((r) => ({
      seq: String(r.seq), QSSJ: r.startDate, ZZSJ: date(r.endDate), XMMC: r.title, BRJS: r.role, ZYNR: r.content, CG: r.result,
    })), '07-achievements-form');
    await uploadAttachment(frame, ach, '业绩成果佐证材料', '1', join(PHOTOS, 'ok.jpg'));
    await shot(page, '07-achievements');
    await postBack(frame, `#${controlId(ach, ach.buttons.next)}`);

    // (8) 论文、著作…
    const pub = pageOf('publications');
    expectAt(frame, pub);
    await addRecords(frame, pub, p.publications.map((r) => ({
      seq: String(r.seq), LB: r.kind, TM: r.title, KWMC: r.venue, ISSN: r.issn, CN: r.cn, FBSJ: r.publishedDate, BRPM: String(r.authorRank ?? ''),
    })), '08-publications-form');
    await shot(page, '08-publications');
    await postBack(frame, `#${controlId(pub, pub.buttons.next)}`);

    // (9) 年度考核结果
    const review = pageOf('annual-review');
    expectAt(frame, review);
    await addRecords(frame, review, p.annualReviews.map((r, i) => ({ seq: String(i + 1), ND: String(r.year), KHJG: r.result })), '09-annual-review-form');
    await shot(page, '09-annual-review');
    await postBack(frame, `#${controlId(review, review.buttons.next)}`);

    // (10) 证书、证明材料: 保存并下一步 is refused until 在岗在职证明材料 is uploaded.
    const certs = pageOf('certificates');
    expectAt(frame, certs);
    await postBack(frame, `#${controlId(certs, certs.buttons.next)}`);
    expect(await message(frame, certs)).toContain('在岗在职证明材料');
    await uploadAttachment(frame, certs, '在岗在职证明材料', '1', join(PHOTOS, 'ok.jpg'));
    await shot(page, '10-certificates');
    await postBack(frame, `#${controlId(certs, certs.buttons.next)}`);

    // Work survives a reload of the whole frameset.
    await page.reload();
    frame = await openStep(page, 'basic-info');
    expect(await frame.inputValue(id('txtXM'))).toBe(b.name);
    expect(await frame.inputValue(id('txtCJGZSJ'))).toBe(b.workStartDate);
    expect(await frame.$eval(id('ddlRDZY'), (el) => (el as HTMLSelectElement).selectedOptions[0]?.text.trim())).toBe(p.application.specialty);
    expect(await frame.locator(id('imgZP')).count()).toBe(1);
    frame = await openStep(page, 'education');
    expect(await frame.locator(`#${controlId(edu, 'gvList')}`).innerText()).toContain(p.education[1]?.school ?? '?');

    // (11) 完成并送审: refused without 同意; then 同意 + 送审 with its confirm and result alert.
    frame = await openStep(page, 'submit');
    const submit = pageOf('submit');
    await postBack(frame, `#${controlId(submit, 'btnSS')}`);
    expect(await message(frame, submit)).toContain('同意');
    expect(portal.submissions()).toHaveLength(0);
    await frame.check(`#${controlId(submit, 'chkTY')}`);
    await shot(page, '11-submit');
    await postBack(frame, `#${controlId(submit, 'btnSS')}`);
    expect(await message(frame, submit)).toBe('送审成功！');
    await shot(page, '11-submitted');
    expect(portal.submissions()).toEqual([expect.objectContaining({ user: 'limingyuan' })]);
    expect(dialogs.filter((d) => d.startsWith('confirm:'))).toHaveLength(2);
    expect(dialogs).toContain('alert:送审成功！');
    await context.close();
  });

  it('rejects a select value that was never rendered (event validation)', async () => {
    const { context, page } = await freshSession();
    const frame = await openStep(page, 'basic-info');
    const basic = pageOf('basic-info');
    const mz = `#${controlId(basic, 'ddlMZ')}`;
    await frame.$eval(mz, (el) => {
      const select = el as HTMLSelectElement;
      select.add(new Option('火星族', '99'));
      select.value = '99';
    });
    await frame.fill(`#${controlId(basic, 'txtXM')}`, '测试');
    const before = portal.saves().length;
    await postBack(frame, `#${controlId(basic, basic.buttons.next)}`);
    expect(await frame.locator('body').innerText()).toContain('无效的回发或回调参数');
    await shot(page, 'event-validation');
    const saves = portal.saves().slice(before);
    expect(saves).toEqual([expect.objectContaining({ ok: false, errors: ['无效的回发或回调参数。'] })]);
    // Nothing of the refused post was kept.
    const again = await openStep(page, 'basic-info');
    expect(await again.inputValue(`#${controlId(basic, 'txtXM')}`)).toBe('');
    await context.close();
  });

  it('applies the photo rules on upload', async () => {
    const { context, page } = await freshSession();
    const frame = await openStep(page, 'basic-info');
    const basic = pageOf('basic-info');
    const cases: [string, string][] = [
      ['cmyk.jpg', '24位RGB真彩色'],
      ['grey.jpg', '24位RGB真彩色'],
      ['png-renamed.jpg', 'jpg格式'],
      ['too-large.jpg', '500K'],
      ['too-small.jpg', '像素不能小于'],
    ];
    for (const [file, expected] of cases) {
      await frame.setInputFiles(`#${controlId(basic, 'fuZP')}`, join(PHOTOS, file));
      await postBack(frame, `#${controlId(basic, 'btnSCZP')}`);
      expect(await message(frame, basic), file).toContain(expected);
      expect(await frame.locator(`#${controlId(basic, 'imgZP')}`).count(), file).toBe(0);
    }
    await shot(page, 'photo-rejected');
    await frame.setInputFiles(`#${controlId(basic, 'fuZP')}`, join(PHOTOS, 'ok.jpg'));
    await postBack(frame, `#${controlId(basic, 'btnSCZP')}`);
    expect(await message(frame, basic)).toBe('照片上传成功！');
    expect(await frame.locator(`#${controlId(basic, 'imgZP')}`).count()).toBe(1);
    await context.close();
  });

  it('validates required fields and the ID number like the portal', async () => {
    const { context, page } = await freshSession();
    const frame = await openStep(page, 'basic-info');
    const basic = pageOf('basic-info');
    await frame.fill(`#${controlId(basic, 'txtXM')}`, '李明远');
    await frame.$eval(`#${controlId(basic, 'txtSFZH')}`, (el) => ((el as HTMLInputElement).value = '440106199805120315'));
    await postBack(frame, `#${controlId(basic, basic.buttons.next)}`);
    const text = await message(frame, basic);
    expect(text).toContain('公民身份号码校验位不正确');
    expect(text).toContain('请选择民族');
    expect(text).toContain('请上传个人照片');
    // The posted value is rendered back; the page did not move on.
    expectAt(frame, basic);
    expect(await frame.inputValue(`#${controlId(basic, 'txtXM')}`)).toBe('李明远');
    await shot(page, 'validation-errors');
    await context.close();
  });

  it('edits and deletes record rows, and asks for a reason when 社保 was not paid', async () => {
    const { context, page } = await freshSession();
    page.on('dialog', (d) => void d.accept());
    let frame = await openStep(page, 'annual-review');
    const review = pageOf('annual-review');
    await addRecords(frame, review, [
      { seq: '1', ND: '2023', KHJG: '合格' },
      { seq: '2', ND: '2024', KHJG: '合格' },
    ]);
    const grid = `#${controlId(review, 'gvList')}`;
    await postBack(frame, `${grid} tr:nth-child(3) input[value="修改"]`);
    expect(await frame.inputValue(`#${controlId(review, 'txtJLXH')}`)).toBe('2');
    await fillFields(frame, review, review.fields, { KHJG: '优秀' });
    await postBack(frame, `#${controlId(review, review.buttons.save)}`);
    await postBack(frame, `${grid} tr:nth-child(2) input[value="删除"]`);
    expect(await message(frame, review)).toBe('删除成功！');
    expect((await frame.locator(grid).innerText()).replace(/\s+/g, ' ')).toContain('2 2024 优秀');
    expect(await frame.locator(`${grid} tr`).count()).toBe(2);

    frame = await openStep(page, 'work-experience');
    const work = pageOf('work-experience');
    await postBack(frame, `#${controlId(work, work.buttons.add)}`);
    await fillFields(frame, work, work.fields, {
      seq: '1', QSSJ: '2020-07-01', GZDW: '某单位', ZW: '技术员', GZNR: '采样分析', SFJNSB: '否',
    });
    await postBack(frame, `#${controlId(work, work.buttons.save)}`);
    expect(await message(frame, work)).toContain('未缴纳社保原因必须填写');
    await fillFields(frame, work, work.fields, { WJNYY: '单位在外市参保' });
    await postBack(frame, `#${controlId(work, work.buttons.save)}`);
    expect(await message(frame, work)).toBe('保存成功！');
    await context.close();
  });
});
