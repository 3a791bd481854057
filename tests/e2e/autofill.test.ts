import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { PortalServer } from '../portal/server';
import { openStep, postBack } from '../portal/drive';
import { clickThatClosesWindow, fillFields, pickWithChooser } from '../portal/fill';
import { controlId, pageOf, UPLOAD_PAGE, type PageDef } from '../portal/pages';
import { profileSchema, type Profile } from '../../lib/profile/schema';
import type { ApplicationStepId } from '../../lib/portal/step-ids';
import { type ExtensionBrowser, type PortalSession, inOverlay, openPopupOver, startPortalSession, waitForStep } from './harness';
import { applyAutofill, norm, previewRows, reportRows, shownValue, startAutofill, tickOverwrite, type ReportItem } from './overlay-driver';

/**
 * Issue 5's browser proof: the sample profile, imported through the options page, fills every
 * step of the practice portal through the overlay's contract hooks only; the values read back
 * from the page equal the profile's, the server accepts every save, and nothing is sent for
 * review. The test plays the user for what the user does: clicking 添加 / 保存 / 保存并下一步,
 * choosing files, and "..." choosers the extension reports as needs-user.
 */

const shots = resolve('artifacts/e2e/autofill');
const PHOTOS = resolve('tests/fixtures/photos');
const SAMPLE = resolve('tests/fixtures/sample-profile.json');

/** One field the profile has a value for on a page: our key, the portal's control id, the value shown. */
interface Expected {
  key: string;
  id: string;
  value: string;
}

const at = (def: PageDef, id: string) => `#${controlId(def, id)}`;

describe('autofill on the practice portal', () => {
  let session: PortalSession;
  let portal: PortalServer;
  let browser: ExtensionBrowser;
  let page: Page;
  let profile: Profile;
  /** Nothing in this walk may raise a confirm (送审 asks twice): the session dismisses and records any. */
  let dialogs: string[];
  const results: Record<string, Record<string, number>> = {};

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    profile = profileSchema.parse(JSON.parse(await readFile(SAMPLE, 'utf8')).profile);
    session = await startPortalSession({ profileFile: SAMPLE });
    ({ portal, browser, page, dialogs } = session);
  });

  afterAll(async () => {
    console.log(`autofill results per step: ${JSON.stringify(results)}`);
    await session?.close();
  });

  function tally(step: string, report: ReportItem[]): void {
    const counts = (results[step] ??= {});
    for (const item of report) counts[item.result] = (counts[item.result] ?? 0) + 1;
  }

  /**
   * The report has no failure and every expected key is `filled`, or 已一致 when the page itself
   * wrote the same value before we reached the field (出生日期 from 公民身份号码, written first); the
   * page shows the profile's values.
   */
  async function expectFilled(frame: Frame, def: PageDef, report: ReportItem[], expected: readonly Expected[]): Promise<void> {
    expect(report.filter((r) => r.result === 'failed')).toEqual([]);
    const filled = new Set(report.filter((r) => r.result === 'filled' || (r.result === 'skipped' && r.text.includes('已一致'))).map((r) => r.key));
    expect(expected.map((e) => e.key).filter((k) => !filled.has(k)), JSON.stringify(report)).toEqual([]);
    for (const e of expected) expect(await shownValue(frame, at(def, e.id)), e.key).toBe(norm(e.value));
  }

  /** Clicks a portal button that posts back and asserts the server kept the post. */
  async function saveAccepted(frame: Frame, def: PageDef, button: string): Promise<void> {
    const before = portal.saves().length;
    await postBack(frame, at(def, button));
    const posted = portal.saves().slice(before);
    expect(posted.length).toBeGreaterThan(0);
    expect(posted.map((s) => ({ ok: s.ok, errors: s.errors }))).toEqual(posted.map(() => ({ ok: true, errors: [] })));
  }

  /** 保存并下一步: the server accepts, the next step loads and its red message label is empty. */
  async function saveAndNext(frame: Frame, def: PageDef, next: ApplicationStepId): Promise<void> {
    await saveAccepted(frame, def, def.buttons.next);
    const nextDef = pageOf(next);
    expect(new URL(frame.url()).pathname.toLowerCase()).toBe(`/vsgzhr/${nextDef.path}`.toLowerCase());
    expect((await frame.locator(at(nextDef, 'lblMsg')).innerText()).trim()).toBe('');
    await waitForStep(frame, next);
  }

  /** 附件上传 → name → 记录序号 → file → 上传 → 返回, as the user does (files are the user's job). */
  async function upload(frame: Frame, def: PageDef, name: string, seq: number): Promise<void> {
    await postBack(frame, at(def, def.buttons.upload));
    await fillFields(frame, UPLOAD_PAGE, UPLOAD_PAGE.fields, { FJMC: name, JLXH: String(seq) });
    await frame.setInputFiles(at(UPLOAD_PAGE, 'FileUpload1'), resolve(PHOTOS, 'ok.jpg'));
    await saveAccepted(frame, UPLOAD_PAGE, UPLOAD_PAGE.buttons.upload);
    expect(await frame.locator(at(UPLOAD_PAGE, 'lblMsg')).innerText()).toBe('上传成功！');
    await postBack(frame, at(UPLOAD_PAGE, UPLOAD_PAGE.buttons.back));
  }

  /**
   * A record step: 添加, then per profile row autofill (the overlay picks the row the page
   * expects next), the test completes needs-user pickers, then 保存并新增 / 保存.
   */
  async function recordStep(
    step: ApplicationStepId,
    rows: readonly Expected[][],
    opts: { pickers?: (row: number) => { id: string; text: string }[]; attachment?: string } = {},
  ): Promise<Frame> {
    const def = pageOf(step);
    const frame = await openStep(page, step);
    await waitForStep(frame, step);
    await postBack(frame, at(def, def.buttons.add));
    for (const [i, expected] of rows.entries()) {
      await waitForStep(frame, step);
      const preview = await startAutofill(frame);
      // The row the page expects next: 记录序号 i + 1 (the preview's record chooser).
      expect(await inOverlay(frame, '.zc-record-pick select').inputValue()).toBe(String(i));
      expect(preview.filter((r) => r.action === 'fill').map((r) => r.key)).toEqual(expect.arrayContaining(expected.map((e) => e.key)));
      if (i === 0) await page.screenshot({ path: `${shots}/${step}-preview.png` });
      const report = await applyAutofill(frame);
      tally(step, report);
      for (const picker of opts.pickers?.(i) ?? []) {
        const item = report.find((r) => r.key === picker.id);
        expect(item?.result, picker.id).toBe('needs-user');
      }
      if (i === 0) await page.screenshot({ path: `${shots}/${step}-report.png` });
      await expectFilled(frame, def, report, expected);
      for (const picker of opts.pickers?.(i) ?? []) {
        await pickWithChooser(frame, `${at(def, pickerControl(def, picker.id))} ~ input.btnpick`, picker.text);
      }
      const last = i === rows.length - 1;
      await saveAccepted(frame, def, last ? def.buttons.save : def.buttons.saveAdd);
      expect(await frame.locator(at(def, 'lblMsg')).innerText()).toBe('保存成功！');
    }
    expect(await frame.locator(`${at(def, 'gvList')} tr`).count()).toBe(rows.length + 1);
    if (opts.attachment) for (let seq = 1; seq <= rows.length; seq++) await upload(frame, def, opts.attachment, seq);
    return frame;
  }

  /** The portal control id of a picker from the key the test names it by (`series` → 系列). */
  function pickerControl(def: PageDef, key: string): string {
    const map: Record<string, string> = { 'qualificationHistory.series': 'XL' };
    const field = def.fields.find((f) => f.key === map[key]);
    if (!field) throw new Error(`no picker for ${key}`);
    return field.id;
  }

  it('获取历史数据: nothing to fill, the preview says so', async () => {
    const def = pageOf('fetch-history');
    const frame = await openStep(page, 'fetch-history');
    await waitForStep(frame, 'fetch-history');
    const preview = await startAutofill(frame);
    expect(preview.filter((r) => r.action === 'fill')).toEqual([]);
    // Applying writes nothing and reports so.
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.result === 'filled')).toEqual([]);
    // No history is fetched (the applicant has none to take over): 下一步.
    await saveAndNext(frame, def, 'basic-info');
  });

  it('基本信息: fills every field, leaves a value the user typed unless ticked, server accepts', async () => {
    const def = pageOf('basic-info');
    const frame = page.frame({ name: 'mainFrame' })!;
    const b = profile.basic;
    const a = profile.application;
    const expected: Expected[] = [
      { key: 'basic.name', id: 'txtXM', value: b.name },
      { key: 'basic.gender', id: 'ddlXB', value: b.gender },
      { key: 'basic.idNumber', id: 'txtSFZH', value: b.idNumber },
      { key: 'basic.birthDate', id: 'txtCSRQ', value: b.birthDate },
      { key: 'basic.ethnicity', id: 'ddlMZ', value: b.ethnicity },
      { key: 'basic.politicalStatus', id: 'ddlZZMM', value: b.politicalStatus },
      { key: 'basic.workStartDate', id: 'txtCJGZSJ', value: b.workStartDate },
      { key: 'basic.employer', id: 'txtGZDW', value: b.employer },
      { key: 'basic.employerCreditCode', id: 'txtTYXYDM', value: b.employerCreditCode },
      { key: 'basic.currentPost', id: 'txtXCSZY', value: b.currentPost },
      { key: 'basic.phone', id: 'txtLXDH', value: b.phone },
      { key: 'basic.mobile', id: 'txtSJHM', value: b.mobile },
      { key: 'basic.email', id: 'txtDZYX', value: b.email },
      { key: 'basic.postcode', id: 'txtYZBM', value: b.postcode },
      { key: 'basic.address', id: 'txtTXDZ', value: b.address },
      { key: 'basic.highestEducation', id: 'ddlZGXL', value: b.highestEducation },
      { key: 'basic.highestDegree', id: 'ddlZGXW', value: b.highestDegree },
      { key: 'application.qualificationName', id: 'ddlRDZGMC', value: a.qualificationName },
      { key: 'application.committee', id: 'ddlSBPWH', value: a.committee },
      // Cascade: the list is rebuilt when 申报评委会 changes, so it is filled after it.
      { key: 'application.specialty', id: 'ddlRDZY', value: a.specialty },
    ];

    // The user already typed another name: autofill must not overwrite it unticked.
    await frame.fill(at(def, 'txtXM'), '王小明');
    let preview = await startAutofill(frame);
    expect(preview.find((r) => r.key === 'basic.name')).toMatchObject({ action: 'fill', overwrite: true });
    expect(preview.find((r) => r.key === 'page.reviewGroup')?.action).toBe('skip');
    expect(preview.find((r) => r.key === 'page.photo')?.action).toBe('needs-user');
    await page.screenshot({ path: `${shots}/basic-info-preview.png` });
    // The rows scroll, and a good number of them are in sight at once, not a small slice (1366×768:
    // 1½ of 22 rows), though the panel keeps clear of the fields it lists (newcomer 66, preview 68:
    // rows of one line in the room below the form; lib/overlay/preview-dock.ts, preview67.test.ts).
    const room = await inOverlay(frame, '.zc-body').evaluate((body) => {
      const view = body.getBoundingClientRect();
      const foot = body.querySelector('[data-testid="zc-autofill-preview"] > .zc-actions')!.getBoundingClientRect().top;
      const rows = Array.from(body.querySelectorAll('[data-testid="zc-autofill-preview-item"]'), (row) => row.getBoundingClientRect());
      return { shown: body.clientHeight, rows: body.scrollHeight, inSight: rows.filter((r) => r.top >= view.top - 1 && r.bottom <= foot + 1).length };
    });
    expect(room.rows).toBeGreaterThan(room.shown);
    expect(room.inSight).toBeGreaterThanOrEqual(4);
    let report = await applyAutofill(frame);
    tally('basic-info', report);
    expect(report.find((r) => r.key === 'basic.name')?.result).toBe('skipped');
    // The summary counts every row once, under the result the row shows (the skipped 姓名 too).
    const count = (result: string) => report.filter((r) => r.result === result).length;
    expect(count('skipped')).toBeGreaterThan(0);
    expect(await inOverlay(frame, '[data-testid="zc-autofill-report"] [role="status"]').innerText()).toBe(
      `填写结果：已填写 ${count('filled')} 项，未填写 ${count('skipped')} 项，需您处理 ${count('needs-user')} 项，失败 ${count('failed')} 项。`,
    );
    expect(await frame.inputValue(at(def, 'txtXM'))).toBe('王小明');
    await expectFilled(frame, def, report, expected.filter((e) => e.key !== 'basic.name'));
    await page.screenshot({ path: `${shots}/basic-info-report.png` });

    // Ticked, it is overwritten; everything else already holds the profile's value.
    preview = await startAutofill(frame);
    expect(preview.filter((r) => r.action === 'fill').map((r) => r.key)).toEqual(['basic.name']);
    await tickOverwrite(frame, 'basic.name');
    await page.screenshot({ path: `${shots}/basic-info-overwrite-ticked.png` });
    const second = await applyAutofill(frame);
    expect(second.find((r) => r.key === 'basic.name')?.result).toBe('filled');
    // He then empties 姓名 himself: no redraw of the page's, the row stays 已填写 and says so (newcomer 25 item 2).
    await frame.fill(at(def, 'txtXM'), '');
    await expect.poll(async () => (await reportRows(frame)).find((r) => r.key === 'basic.name')?.text, { timeout: 5_000 }).toContain('填写后您自己清空了此栏');
    expect((await reportRows(frame)).map((r) => r.result)).not.toContain('failed');
    await inOverlay(frame, '[data-testid="zc-autofill-report"]').screenshot({ path: `${shots}/basic-info-user-emptied.png` });
    await frame.fill(at(def, 'txtXM'), b.name);
    await expectFilled(frame, def, [...report.filter((r) => r.key !== 'basic.name'), ...second], expected);
    // 申报（评审）专业组 stays empty (seed step 3(2)).
    expect(await frame.inputValue(at(def, 'txtZYZ'))).toBe('');

    // The photo is the user's job.
    await frame.setInputFiles(at(def, 'fuZP'), resolve(PHOTOS, 'ok.jpg'));
    await saveAndNext(frame, def, 'qualification-history');
  });

  it('专业技术资格历史情况: one record, 系列 chosen by the user in the chooser', async () => {
    const def = pageOf('qualification-history');
    const rows = profile.qualificationHistory.map((r) => [
      { key: 'qualificationHistory.seq', id: 'txtJLXH', value: String(r.seq) },
      { key: 'qualificationHistory.name', id: 'txtZGMC', value: r.name },
      { key: 'qualificationHistory.specialty', id: 'txtZY', value: r.specialty },
      { key: 'qualificationHistory.obtainedDate', id: 'txtQDSJ', value: r.obtainedDate },
      { key: 'qualificationHistory.certificateNo', id: 'txtZSBH', value: r.certificateNo },
      { key: 'qualificationHistory.approvedBy', id: 'txtSPDW', value: r.approvedBy },
    ]);
    const frame = await recordStep('qualification-history', rows, {
      pickers: (i) => [{ id: 'qualificationHistory.series', text: profile.qualificationHistory[i]!.series }],
      attachment: '专业技术资格证书',
    });
    await saveAndNext(frame, def, 'education');
  });

  it('学位（学历）教育情况: two records in the profile order', async () => {
    const def = pageOf('education');
    const rows = profile.education.map((r) => [
      { key: 'education.seq', id: 'TextBox1', value: String(r.seq) },
      { key: 'education.startDate', id: 'TextBox2', value: r.startDate },
      { key: 'education.endDate', id: 'TextBox3', value: r.endDate },
      { key: 'education.school', id: 'TextBox4', value: r.school },
      { key: 'education.major', id: 'TextBox5', value: r.major },
      { key: 'education.educationLevel', id: 'DropDownList1', value: r.educationLevel },
      { key: 'education.degree', id: 'DropDownList2', value: r.degree },
      { key: 'education.studyMode', id: 'DropDownList3', value: r.studyMode },
      { key: 'education.certificateNo', id: 'TextBox6', value: r.certificateNo },
    ]);
    const frame = await recordStep('education', rows, { attachment: '学历（学位）证书' });
    await saveAndNext(frame, def, 'work-experience');
  });

  it('主要专业技术工作经历: an ongoing job (终止时间 left empty = 至今)', async () => {
    const def = pageOf('work-experience');
    const rows = profile.workHistory.map((r) => [
      { key: 'workHistory.seq', id: 'txtXH', value: String(r.seq) },
      { key: 'workHistory.startDate', id: 'txtKSSJ', value: r.startDate },
      ...(r.endDate ? [{ key: 'workHistory.endDate', id: 'txtJSSJ', value: r.endDate }] : []),
      { key: 'workHistory.employer', id: 'txtGZDW', value: r.employer },
      { key: 'workHistory.post', id: 'txtZW', value: r.post },
      { key: 'workHistory.duties', id: 'txtGZNR', value: r.duties },
      { key: 'workHistory.socialInsurancePaid', id: 'rblSFJNSB', value: r.socialInsurancePaid ? '是' : '否' },
      ...(r.noSocialInsuranceReason ? [{ key: 'workHistory.noSocialInsuranceReason', id: 'txtWJNYY', value: r.noSocialInsuranceReason }] : []),
    ]);
    const frame = await recordStep('work-experience', rows);
    expect(await frame.locator(at(def, 'gvList')).innerText()).toContain(profile.workHistory[0]!.employer);
    await saveAndNext(frame, def, 'awards-summary');
  });

  it('奖惩情况 / 工作小结', async () => {
    const def = pageOf('awards-summary');
    const frame = page.frame({ name: 'mainFrame' })!;
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    tally('awards-summary', report);
    await expectFilled(frame, def, report, [
      { key: 'awards', id: 'txtJCQK', value: profile.awards },
      { key: 'workSummary', id: 'txtGZXJ', value: profile.workSummary },
    ]);
    await page.screenshot({ path: `${shots}/awards-summary-report.png` });
    await saveAndNext(frame, def, 'achievements');
  });

  it('业绩成果: two records', async () => {
    const def = pageOf('achievements');
    const rows = profile.achievements.map((r) => [
      { key: 'achievements.seq', id: 'txtJLXH', value: String(r.seq) },
      { key: 'achievements.startDate', id: 'txtQSSJ', value: r.startDate },
      ...(r.endDate ? [{ key: 'achievements.endDate', id: 'txtZZSJ', value: r.endDate }] : []),
      { key: 'achievements.title', id: 'txtXMMC', value: r.title },
      { key: 'achievements.role', id: 'ddlBRJS', value: r.role },
      { key: 'achievements.content', id: 'txtZYNR', value: r.content },
      { key: 'achievements.result', id: 'txtCG', value: r.result },
    ]);
    const frame = await recordStep('achievements', rows, { attachment: '业绩成果佐证材料' });
    await saveAndNext(frame, def, 'publications');
  });

  it('论文、著作: one record', async () => {
    const def = pageOf('publications');
    const rows = profile.publications.map((r) => [
      { key: 'publications.seq', id: 'txtJLXH', value: String(r.seq) },
      { key: 'publications.kind', id: 'ddlLB', value: r.kind },
      { key: 'publications.title', id: 'txtTM', value: r.title },
      { key: 'publications.venue', id: 'TextBox3', value: r.venue },
      { key: 'publications.issn', id: 'txtISSN', value: r.issn },
      { key: 'publications.cn', id: 'txtCN', value: r.cn },
      { key: 'publications.publishedDate', id: 'txtFBSJ', value: r.publishedDate },
      { key: 'publications.authorRank', id: 'txtBRPM', value: String(r.authorRank) },
    ]);
    const frame = await recordStep('publications', rows, { attachment: '论文（封面页、目录页、正文页）' });
    await saveAndNext(frame, def, 'annual-review');
  });

  it('年度考核结果: four years, 记录序号 1–4', async () => {
    const def = pageOf('annual-review');
    const rows = profile.annualReviews.map((r, i) => [
      { key: 'annualReviews.seq', id: 'txtJLXH', value: String(i + 1) },
      { key: 'annualReviews.year', id: 'ddlND', value: String(r.year) },
      { key: 'annualReviews.result', id: 'ddlKHJG', value: r.result },
    ]);
    const frame = await recordStep('annual-review', rows, { attachment: '年度考核表' });
    await page.screenshot({ path: `${shots}/annual-review-saved.png` });
    await saveAndNext(frame, def, 'certificates');
  });

  it('证书、证明材料: nothing to fill; the user uploads 在岗在职证明材料', async () => {
    const def = pageOf('certificates');
    const frame = page.frame({ name: 'mainFrame' })!;
    const preview = await startAutofill(frame);
    expect(preview.filter((r) => r.action === 'fill')).toEqual([]);
    await upload(frame, def, '在岗在职证明材料', 1);
    await saveAndNext(frame, def, 'submit');
  });

  it('完成并送审: 同意 is left to the user, nothing is sent for review', async () => {
    const frame = page.frame({ name: 'mainFrame' })!;
    const preview = await startAutofill(frame);
    expect(preview.filter((r) => r.action === 'fill')).toEqual([]);
    expect(preview.find((r) => r.key === 'page.consent')?.action).toBe('needs-user');
    expect(await frame.isChecked(at(pageOf('submit'), 'chkTY'))).toBe(false);
    await page.screenshot({ path: `${shots}/submit-preview.png` });
    expect(portal.submissions()).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('the popup\'s 填写本页 starts the autofill preview in the active tab', async () => {
    // The user empties 工作期间奖惩情况, then presses the popup's button.
    const def = pageOf('awards-summary');
    const frame = await openStep(page, 'awards-summary');
    await waitForStep(frame, 'awards-summary');
    await frame.fill(at(def, 'txtJCQK'), '');
    // The real popup page, opened as a background tab of the portal's window (openPopupOver).
    const popup = await openPopupOver(browser, page);
    // The message reached the overlay (the popup closes itself only on success).
    await clickThatClosesWindow(popup, '[data-testid="zc-popup-autofill"]');
    await inOverlay(frame, '[data-testid="zc-autofill-preview"]').waitFor({ timeout: 10_000 });
    const rows = await previewRows(frame);
    expect(rows.find((r) => r.key === 'awards')?.action).toBe('fill');
    await page.screenshot({ path: `${shots}/popup-preview.png` });
    const report = await applyAutofill(frame);
    expect(report.find((r) => r.key === 'awards')?.result).toBe('filled');
    expect(await frame.inputValue(at(def, 'txtJCQK'))).toBe(profile.awards);
    expect(portal.submissions()).toEqual([]);
  });
});
