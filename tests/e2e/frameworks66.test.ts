import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mergePages, pagesSession } from './pages-suite';
import { applyAutofill, expectFinding, findings, typeAndWaitForReading } from './overlay-driver';
import { SPA66_PAGES } from './spa66-pages';
import { ANTD66_PAGES } from './antd66-pages';
import { DEGREES, EASYUI66_PAGES, EDUCATION, ETHNICITIES, GENDERS, POLITICAL } from './easyui66-pages';
import { BAD_ID } from './b65-pages';
import { inOverlay, waitForStep } from './harness';
import sample from '../fixtures/sample-profile.json';

// Round 66's portal copies drawn with other front-end libraries (a single-page hub, Ant Design Vue
// and iView, jQuery EasyUI), in one Chromium: each copy's pages (tests/e2e/<name>66-pages.ts)
// served together, each copy's cases in a describe block of their own. spa66 first: its
// pre-submit dialogs are the first the session opens, as they were in a file of their own.

const session = pagesSession(mergePages(SPA66_PAGES, ANTD66_PAGES, EASYUI66_PAGES));

/**
 * spa66, in Chromium: what round 65's helpers left on the newer hub drawn as a single-page
 * application and on boxes beside the application (tests/e2e/spa66-pages.ts), through the
 * automation contract only, with the sample profile.
 */
describe('spa66: the pre-submit dialog across a step change, an empty el-table, a side box’s 提交, a dialog’s 确定', () => {
  /** Presses the app's button with `text` in its step's button bar, by its span, as a user does. */
  const press = (tab: Page, text: string) => tab.locator('.step-buttons button span', { hasText: text }).click();
  /** What the page's buttons sent (the app's window.saves). */
  const saves = (tab: Page) => tab.evaluate(() => (window as unknown as { saves: string[] }).saves);

  it('SPA66-1 学历’s 保存 held by its backwards period, then 下一步 while the dialog stands: Vue patches 工作经历 into the same elements, and the dialog closes (its 仍然保存 pressed 工作经历’s 保存, the button reused)', async () => {
    const { tab, frame } = await session.openAt('spa-patch-period#/step/4', 'education');
    try {
      await expectFinding(frame, 'record-period-order', 'error');
      await press(tab, '保存');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      await press(tab, '下一步');
      await expect.poll(() => tab.evaluate(() => (window as unknown as { patched?: number }).patched)).toBe(5);
      await expect.poll(() => inOverlay(frame, '[data-testid="zc-presubmit"]').count(), { timeout: 5_000 }).toBe(0);
      await waitForStep(frame, 'work-experience');
      expect(await saves(tab)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('SPA66-1 (before a re-read) the app draws 工作经历 into the same elements as he presses 仍然保存 (its listener runs before ours): nothing is pressed, the notice says the step changed (it pressed 工作经历’s 保存, the button reused)', async () => {
    const { tab, frame } = await session.openAt('spa-patch-period#/step/4', 'education');
    try {
      await expectFinding(frame, 'record-period-order', 'error');
      await press(tab, '保存');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      // The router's step 5 patched in at his press, in the same dispatch: no re-read can come between.
      await tab.evaluate(() =>
        window.addEventListener(
          'click',
          () => {
            history.pushState(null, '', '#/step/5');
            (window as unknown as { render: () => void }).render();
          },
          { capture: true, once: true },
        ),
      );
      await inOverlay(frame, '[data-testid="zc-presubmit-continue"]').click();
      expect(await tab.evaluate(() => (window as unknown as { patched?: number }).patched)).toBe(5);
      await waitForStep(frame, 'work-experience');
      expect(await saves(tab)).toEqual([]);
      await expect.poll(() => inOverlay(frame, '.zc-notice').allTextContents()).toContainEqual(expect.stringMatching(/换到了另一步|another step/));
    } finally {
      await tab.close();
    }
  });

  it('SPA66-1 (drawn anew) the same by hash routes whose steps are drawn anew: the dialog closes with its step', async () => {
    const { tab, frame } = await session.openAt('spa-hash-period#/step/4', 'education');
    try {
      await expectFinding(frame, 'record-period-order', 'error');
      await press(tab, '保存');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      await press(tab, '下一步');
      await expect.poll(() => tab.locator('.card-title').textContent()).toBe('工作经历');
      await expect.poll(() => inOverlay(frame, '[data-testid="zc-presubmit"]').count(), { timeout: 5_000 }).toBe(0);
      await waitForStep(frame, 'work-experience');
      expect(await saves(tab)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('SPA66-1 (control) the page re-read on the same step while the dialog stands (he types in 所学专业): the dialog stays, and its 仍然保存 presses 学历’s 保存', async () => {
    const { tab, frame } = await session.openAt('spa-patch-period#/step/4', 'education');
    try {
      await expectFinding(frame, 'record-period-order', 'error');
      await press(tab, '保存');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      await typeAndWaitForReading(frame, () => tab.fill('[data-model="sxzy"]', '环境工程'));
      expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(1);
      await inOverlay(frame, '[data-testid="zc-presubmit-continue"]').click();
      await expect.poll(() => saves(tab)).toEqual(['save:4']);
    } finally {
      await tab.close();
    }
  });

  it('SPA66-2 学历’s el-table with no record (暂无数据 drawn beside its rows’ table), 新增’s record form numbered 2: record-sequence says the first record is 1', async () => {
    const { tab, frame } = await session.open('edu-dialog-empty-2');
    try {
      await tab.click('#add');
      await waitForStep(frame, 'education');
      await expectFinding(frame, 'record-sequence', 'warning');
    } finally {
      await tab.close();
    }
  });

  it('SPA66-2 (control) the same numbered 1 (the form read: its backwards period is record-period-order): no record-sequence', async () => {
    const { tab, frame } = await session.open('edu-dialog-empty-1');
    try {
      await tab.click('#add');
      await waitForStep(frame, 'education');
      await expectFinding(frame, 'record-period-order', 'error');
      expect((await findings(frame)).map((f) => f.checkId)).not.toContain('record-sequence');
    } finally {
      await tab.close();
    }
  });

  /** Records the presses that reach the page's own listeners (after ours, in the capture phase, let them through). */
  const heard = (tab: Page) =>
    tab.evaluate(() => {
      const w = window as unknown as { heard: string[] };
      w.heard = [];
      document.addEventListener('click', (e) => w.heard.push((e.target as Element).closest('button')?.textContent ?? ''));
    });

  it('SPA66-3 基本信息 with a wrong ID number: the 在线咨询 box’s own 提交 beside it goes through (it was held as 送审)', async () => {
    const { tab, frame } = await session.openAt('basic-consult', 'basic-info');
    try {
      await typeAndWaitForReading(frame, () => tab.fill('#txtSFZH', BAD_ID));
      await expectFinding(frame, 'id-number-checksum', 'error');
      await heard(tab);
      await tab.click('.side button');
      expect(await tab.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual(['提交']);
      expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
    } finally {
      await tab.close();
    }
  });

  it('SPA66-3 (control) the same page’s 保存, the application’s, is held', async () => {
    const { tab, frame } = await session.openAt('basic-consult', 'basic-info');
    try {
      await typeAndWaitForReading(frame, () => tab.fill('#txtSFZH', BAD_ID));
      await expectFinding(frame, 'id-number-checksum', 'error');
      await heard(tab);
      await tab.click('#btnSave');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      expect(await tab.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    } finally {
      await tab.close();
    }
  });
  it.each([
    ['edu-layer-period', 'a layui page layer (.layui-layer, no role)'],
    ['edu-dialog-noform-period', 'an el-dialog whose boxes are in no <form>'],
  ])('SPA66-4 (%s) the record form in %s, its 终止时间 before its 起始时间: its 确 定 is held as 保存 is (it went through)', async (page) => {
    const { tab, frame } = await session.open(page);
    try {
      await tab.click('#add');
      await waitForStep(frame, 'education');
      await expectFinding(frame, 'record-period-order', 'error');
      await tab.click('#ok');
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      expect(await saves(tab)).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it.each([
    ['a re-login dialog (用户名, 密码 in a <form>)', 'edu-dialog-period-login', 'login-ok'],
    ['a search dialog (关键字 in a <form>)', 'edu-dialog-period-search', 'search-ok'],
  ])('SPA66-4 %s over the same record form with its error: its 确定 goes through (it was held: a dialog holding a form)', async (_, page, ok) => {
    const { tab, frame } = await session.open(page);
    try {
      await tab.click('#add');
      await waitForStep(frame, 'education');
      await expectFinding(frame, 'record-period-order', 'error');
      await tab.click(`#${ok}`);
      expect(await saves(tab)).toEqual([ok]);
      expect(await inOverlay(frame, '[data-testid="zc-presubmit"]').count()).toBe(0);
    } finally {
      await tab.close();
    }
  });
});

/**
 * antd66, in Chromium: portal copies drawn with Ant Design Vue 1.x or iView / View UI
 * (tests/e2e/antd66-pages.ts), through the automation contract only, with the sample profile.
 * The pages' window.model stands in for the app's model: what a fill leaves there is what the
 * app would save.
 */
describe('antd66: Ant Design Vue 1.x and iView portal copies, in Chromium', () => {
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

/**
 * easyui66, in Chromium: 职称申报 steps on a portal built with jQuery EasyUI, as its parser leaves the
 * page (tests/e2e/easyui66-pages.ts: hidden originals, `span.textbox` boxes with a hidden
 * `textbox-value`, combobox panels on `<body>`, easyui-tabs, `a.l-btn` link buttons, a datagrid, a
 * filebox), driven through the automation contract only, with the sample profile.
 */
describe('easyui66: a portal built with jQuery EasyUI, in Chromium', () => {
  const basic = sample.profile.basic;
  const NO_RETRY = { retry: 0 };

  /** What the form would post: its fields by name (FormData of `#ff`). */
  const posted = (tab: Page) =>
    tab.evaluate(() => Object.fromEntries([...new FormData(document.getElementById('ff') as HTMLFormElement)].map(([k, v]) => [k, String(v)])));
  /** Each EasyUI box's visible text and its hidden value, by the value's name. */
  const shownAndValue = (tab: Page) =>
    tab.$$eval('span.textbox', (spans) =>
      Object.fromEntries(spans.map((s) => [s.querySelector<HTMLInputElement>('input.textbox-value')!.name, [s.querySelector<HTMLInputElement>('input.textbox-text')!.value, s.querySelector<HTMLInputElement>('input.textbox-value')!.value]])),
    );
  const code = (list: [string, string][], text: string) => list.find(([, t]) => t === text)![0];
  const stepOf = async (path: string) => {
    const { tab, frame } = await session.open(path);
    await inOverlay(frame, '[data-testid="zc-step"]').waitFor({ timeout: 10_000 });
    return { tab, frame, step: () => inOverlay(frame, '[data-testid="zc-step"]').getAttribute('data-step-id') };
  };

  it('(control) 基本信息 in easyui-tabs, label cells: the step is basic-info; the textboxes, numberboxes and dateboxes are filled, each box’s visible text and hidden textbox-value agree, and the form would post the profile’s values (dates typed 1998-05-12)', async () => {
    const { tab, frame, rows } = await session.preview('basic-table', 'basic-info');
    try {
      expect(rows.map(([key]) => key)).toEqual(expect.arrayContaining(['basic.name', 'basic.idNumber', 'basic.birthDate', 'basic.workStartDate', 'basic.mobile', 'basic.postcode']));
      const report = await applyAutofill(frame);
      const result = (key: string) => report.find((r) => r.key === key)?.result;
      for (const key of ['basic.name', 'basic.birthDate', 'basic.idNumber', 'basic.workStartDate', 'basic.employer', 'basic.mobile', 'basic.address', 'basic.postcode']) expect(result(key), key).toBe('filled');
      expect(await posted(tab)).toMatchObject({ xm: basic.name, csrq: basic.birthDate, sfzh: basic.idNumber, cjgzsj: basic.workStartDate, gzdw: basic.employer, sjhm: basic.mobile, txdz: basic.address, yzbm: basic.postcode });
      const boxes = await shownAndValue(tab);
      for (const name of ['xm', 'csrq', 'sfzh', 'cjgzsj', 'gzdw', 'sjhm', 'txdz', 'yzbm']) expect(boxes[name]![0], name).toBe(boxes[name]![1]);
    } finally {
      await tab.close();
    }
  });

  it('EU-1 the comboboxes (性别, 民族, 政治面貌, 最高学历, 最高学位: a read-only text, a hidden textbox-value, the list in a panel on <body>) are chosen from their lists: filled, the form would post their codes and show their texts (they were skipped as 此栏只读，由门户填写 and posted empty; fixed: lib/fill/combo-lists.ts reads them as their hidden lists and chooses in their panels)', NO_RETRY, async () => {
    const { tab, frame } = await session.preview('basic-table', 'basic-info');
    try {
      const report = await applyAutofill(frame);
      const lists = ['basic.gender', 'basic.ethnicity', 'basic.politicalStatus', 'basic.highestEducation', 'basic.highestDegree'];
      expect(lists.map((key) => [key, report.find((r) => r.key === key)?.result])).toEqual(lists.map((key) => [key, 'filled']));
      const wanted = {
        xb: [basic.gender, code(GENDERS, basic.gender)],
        mz: [basic.ethnicity, code(ETHNICITIES, basic.ethnicity)],
        zzmm: [basic.politicalStatus, code(POLITICAL, basic.politicalStatus)],
        zgxl: [basic.highestEducation, code(EDUCATION, basic.highestEducation)],
        zgxw: [basic.highestDegree, code(DEGREES, basic.highestDegree)],
      };
      expect(await shownAndValue(tab)).toMatchObject(wanted);
      expect(await posted(tab)).toMatchObject(Object.fromEntries(Object.entries(wanted).map(([name, [, value]]) => [name, value])));
    } finally {
      await tab.close();
    }
  });

  it('EU-2 required comboboxes (a red * after 性别：, 民族：…) left empty are required-field, as the text boxes beside them are (the read-only combo text was read as the portal’s own: no finding, 保存 not held for them)', NO_RETRY, async () => {
    const { tab, frame } = await stepOf('basic-table');
    try {
      const required = async () => (await findings(frame)).filter((f) => f.checkId === 'required-field').map((f) => f.field);
      await expect.poll(required, { timeout: 5_000 }).toContain('姓名');
      expect(await required()).toEqual(expect.arrayContaining(['性别', '民族', '政治面貌', '最高学历', '最高学位']));
    } finally {
      await tab.close();
    }
  });

  it('EU-3 基本信息 laid out as EasyUI’s form demo draws it (div.fitem > label + the hidden original + span.textbox): the step is basic-info and its fields are read with their labels, the empty required ones required-field (it was unknown: the hidden original input between the label and the box cut the label off)', NO_RETRY, async () => {
    const { tab, frame, step } = await stepOf('basic-fitem');
    try {
      await expect.poll(step, { timeout: 5_000 }).toBe('basic-info');
      // Each box, a combobox's too, takes its label and the red * in it: left empty, required-field.
      const required = async () => (await findings(frame)).filter((f) => f.checkId === 'required-field').map((f) => f.field);
      await expect.poll(required, { timeout: 5_000 }).toEqual(expect.arrayContaining(['姓名', '性别', '公民身份号码', '民族', '工作单位']));
    } finally {
      await tab.close();
    }
  });

  it('(control) 保存 as an a.easyui-linkbutton (a.l-btn > span.l-btn-left > span.l-btn-text) pressed with required boxes empty: held, the dialog naming required-field, the form not posted', async () => {
    const { tab, frame } = await stepOf('basic-table');
    try {
      await expectFinding(frame, 'required-field', 'error');
      await tab.locator('#btnSave').click();
      await inOverlay(frame, '[data-testid="zc-presubmit"]').waitFor({ timeout: 5_000 });
      expect(await inOverlay(frame, '[data-testid="zc-presubmit-finding"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-check-id')))).toContain('required-field');
      expect(tab.url()).not.toMatch(/posted/);
    } finally {
      await tab.close();
    }
  });

  it('(control) saved records in an easyui-datagrid (header and body in separate tables, td[field] > div.datagrid-cell): the step is education; 记录序号 1, 3 is record-sequence and 大学专科 before 大学本科 is education-order, as in a plain table', async () => {
    for (const path of ['education-grid', 'education-table']) {
      const { tab, frame, step } = await stepOf(path);
      try {
        expect(await step()).toBe('education');
        await expectFinding(frame, 'record-sequence', 'error');
        await expectFinding(frame, 'education-order', 'error');
      } finally {
        await tab.close();
      }
    }
  });

  it('(control) 个人照片 as an easyui-filebox (its file box moved off-screen inside span.filebox): none chosen is photo-missing; a CMYK JPEG chosen is photo-color-depth', async () => {
    const { tab, frame } = await stepOf('photo-filebox');
    try {
      await expectFinding(frame, 'photo-missing', 'error');
      await tab.setInputFiles('#filebox_file_id_1', resolve('tests/fixtures/photos/cmyk.jpg'));
      await expect.poll(async () => (await findings(frame)).map((f) => f.checkId), { timeout: 5_000 }).toContain('photo-color-depth');
    } finally {
      await tab.close();
    }
  });
});
