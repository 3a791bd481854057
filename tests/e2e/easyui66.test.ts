import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pagesSession } from './pages-suite';
import { applyAutofill, expectFinding, findings } from './overlay-driver';
import { DEGREES, EASYUI66_PAGES, EDUCATION, ETHNICITIES, GENDERS, POLITICAL } from './easyui66-pages';
import { inOverlay } from './harness';
import sample from '../fixtures/sample-profile.json';

/**
 * easyui66, in Chromium: 职称申报 steps on a portal built with jQuery EasyUI, as its parser leaves the
 * page (tests/e2e/easyui66-pages.ts: hidden originals, `span.textbox` boxes with a hidden
 * `textbox-value`, combobox panels on `<body>`, easyui-tabs, `a.l-btn` link buttons, a datagrid, a
 * filebox), driven through the automation contract only, with the sample profile.
 */
describe('easyui66: a portal built with jQuery EasyUI, in Chromium', () => {
  const session = pagesSession(EASYUI66_PAGES);
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
