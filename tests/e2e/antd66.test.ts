import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pagesSession } from './pages-suite';
import { applyAutofill, expectFinding, findings } from './overlay-driver';
import { ANTD66_PAGES } from './antd66-pages';
import { inOverlay } from './harness';
import { resolve } from 'node:path';

/**
 * antd66, in Chromium: portal copies drawn with Ant Design Vue 1.x or iView / View UI
 * (tests/e2e/antd66-pages.ts), through the automation contract only, with the sample profile.
 * The pages' window.model stands in for the app's model: what a fill leaves there is what the
 * app would save.
 */
describe('antd66: Ant Design Vue 1.x and iView portal copies, in Chromium', () => {
  const session = pagesSession(ANTD66_PAGES);
  const NO_RETRY = { retry: 0 };

  /** The app's model. */
  const model = (tab: Page) => tab.evaluate(() => (window as unknown as { model: Record<string, string> }).model);
  /** The buttons pressed that reached the app. */
  const saves = (tab: Page) => tab.evaluate(() => (window as unknown as { saves: string[] }).saves);

  it('ANTD66-1 基本信息 under ant-steps (label[title], the star a class, 手机号码： with its colon): recognised; 用档案填写本页 fills the text boxes and the ant-radio-group into the app’s model', async () => {
    const { tab, frame } = await session.preview('antd-basic', 'basic-info');
    const report = await applyAutofill(frame);
    const result = Object.fromEntries(report.map((r) => [r.key, r.result]));
    expect(result).toMatchObject({ 'basic.name': 'filled', 'basic.gender': 'filled', 'basic.mobile': 'filled', 'basic.email': 'filled' });
    expect(await model(tab)).toMatchObject({ xm: '李明远', xb: '男', sjhm: '13926001234', email: 'limingyuan@example.com' });
    await tab.close();
  });

  it('ANTD66-2 antd’s date picker (a read-only ant-calendar-picker-input the panel fills): the fill reaches the app’s model, as a date typed in the panel does (it wrote the box only: 已填写 shown, the app kept no date)', NO_RETRY, async () => {
    const { tab, frame } = await session.preview('antd-basic', 'basic-info');
    const report = await applyAutofill(frame);
    expect(report.filter((r) => r.key === 'basic.birthDate').map((r) => r.result)).toEqual(['filled']);
    expect((await model(tab)).csrq).toBe('1998-05-12');
    expect(await tab.inputValue('#csrq')).toBe('1998-05-12');
    await tab.close();
  });

  it.fails('ANTD66-3 repro: an ant-select (no native <select>: 民族, 最高学历) is no field to the fill: not in the preview, nothing picked from its drop-down', NO_RETRY, async () => {
    const { tab, frame, rows } = await session.preview('antd-basic', 'basic-info');
    try {
      expect(rows.map(([key]) => key)).toEqual(expect.arrayContaining(['basic.ethnicity', 'basic.highestEducation']));
      await applyAutofill(frame);
      expect(await model(tab)).toMatchObject({ mz: '汉族', zgxl: '大学本科' });
    } finally {
      await tab.close();
    }
  });

  it('ANTD66-4 a required 姓名 left empty whose star is a class drawn by CSS (antd’s label ant-form-item-required, iView’s item ivu-form-item-required) is required-field (it got no finding)', NO_RETRY, async () => {
    for (const path of ['antd-basic', 'ivu-basic']) {
      const { tab, frame } = await session.openAt(path, 'basic-info');
      try {
        const required = async () => (await findings(frame)).filter((f) => f.checkId === 'required-field').map((f) => f.field);
        await expect.poll(required, { timeout: 5_000, message: path }).toContain('姓名');
      } finally {
        await tab.close();
      }
    }
  });

  it('ANTD66-5 保 存 (antd’s space between two characters) is held by the wrong 公民身份号码; 提 交 on 完成并送审 by the unticked ant-checkbox pledge', async () => {
    const basic = await session.openAt('antd-basic', 'basic-info');
    await expectFinding(basic.frame, 'id-number-checksum', 'error');
    await basic.tab.locator('button[data-act=save] span').click();
    await inOverlay(basic.frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
    expect(await saves(basic.tab)).toEqual([]);
    await basic.tab.close();
    const submit = await session.openAt('antd-submit', 'submit');
    await expectFinding(submit.frame, 'submit-consent', 'error');
    await submit.tab.locator('button[data-act=submit] span').click();
    await inOverlay(submit.frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
    expect(await saves(submit.tab)).toEqual([]);
    await submit.tab.close();
  });

  for (const lib of ['antd', 'ivu']) {
    it(`ANTD66-6 ${lib}: 学历 saved as record 1 in a ${lib === 'antd' ? 'fixed-header ant-table' : 'ivu-table'} (header and rows two tables): the fill plans record 2; saved 1, 3 is record-sequence`, async () => {
      const { tab, frame, rows } = await session.preview(`${lib}-education`, 'education');
      expect(rows.find(([key]) => key === 'education.school')?.[2]).toContain('广东环境保护工程职业学院');
      await applyAutofill(frame);
      expect((await model(tab)).jlxh).toBe('2');
      await tab.close();
      const gap = await session.openAt(`${lib}-education-gap`, 'education');
      await expectFinding(gap.frame, 'record-sequence', 'error');
      await gap.tab.close();
    });
  }

  it('IVU66-1 iView 基本信息 (ivu-form-item labels with ：, ivu-steps): recognised; the text boxes and the ivu-date-picker box filled into the model; 保存 held by the wrong 公民身份号码', async () => {
    const { tab, frame } = await session.preview('ivu-basic', 'basic-info');
    await applyAutofill(frame);
    expect(await model(tab)).toMatchObject({ xm: '李明远', csrq: '1998-05-12', sjhm: '13926001234' });
    expect((await findings(frame)).map((f) => f.checkId)).toContain('id-number-checksum');
    await tab.locator('button[data-act=save] span').click();
    await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
    expect(await saves(tab)).toEqual([]);
    await tab.close();
  });

  it.fails('IVU66-2 repro: an ivu-select (民族; filterable or not) is no field to the fill: not in the preview, nothing picked from its list', NO_RETRY, async () => {
    for (const path of ['ivu-basic', 'ivu-basic-search']) {
      const { tab, frame, rows } = await session.preview(path, 'basic-info');
      try {
        expect(rows.map(([key]) => key)).toContain('basic.ethnicity');
        await applyAutofill(frame);
        expect((await model(tab)).mz).toBe('汉族');
      } finally {
        await tab.close();
      }
    }
  });

  it('ANTD66-7 个人照片 chosen in antd’s Upload (its file box hidden in span.ant-upload, opened by 上传照片): a CMYK JPEG is photo-color-depth', async () => {
    const { tab, frame } = await session.openAt('antd-photo', 'basic-info');
    await tab.setInputFiles('#zp', resolve('tests/fixtures/photos/cmyk.jpg'));
    await expectFinding(frame, 'photo-color-depth', 'error');
    await tab.close();
  });

  // iView's modal has no role=dialog: its 确定 is taken for no save (lib/content/presubmit.ts portalButtonOf).
  for (const [lib, test, name] of [['antd', it, 'ANTD66-8 学历’s next record in an ant-modal (role=dialog), its 确 定'], ['ivu', it, 'IVU66-3 学历’s next record in an ivu-modal (no role), its 确定']] as const) {
    test(`${name} with 终止时间 before 起始时间: record-period-order, and the dialog’s save is held`, NO_RETRY, async () => {
      const { tab, frame } = await session.openAt(`${lib}-modal`, 'education');
      try {
        await expectFinding(frame, 'record-period-order', 'error');
        await tab.locator('button[data-act=ok] span').click();
        await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
        expect(await saves(tab)).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});
