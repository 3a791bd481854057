import type { Frame, Page } from 'playwright-core';
import type { ApplicationStepId } from '../../lib/portal/step-ids';
import { pageOf } from './pages';
import type { PortalServer } from './server';
import { QUALIFICATION_TYPE, UNIT_SUPERVISOR_TYPE } from './vocab';

/**
 * Playwright helpers that walk a browser page through the practice portal the way a user does
 * (clicking links and buttons, never posting directly), for the portal's own tests, the
 * extension's browser tests and the demo.
 */

const ID_PREFIX = 'ctl00_ContentPlaceHolder1_';
/** 认定资格类型 this product serves (seed step 2: "认定资格类型"选定"工程技术人员"). */
const ENGINEERING = QUALIFICATION_TYPE.find((o) => o.text === '工程技术人员') ?? { value: '', text: '' };

/**
 * Logs in: opens the portal root, types a user name, password and captcha answer, clicks 登录
 * and waits for the home menu.
 * @param user the user name to log in as (any non-empty text; default "practice").
 * @throws when the home page does not load within Playwright's navigation timeout.
 */
export async function login(page: Page, portal: PortalServer, user = 'practice'): Promise<void> {
  await page.goto(`${portal.url}/`);
  await page.fill(`#${ID_PREFIX}txtUserName`, user);
  await page.fill(`#${ID_PREFIX}txtPwd`, 'practice');
  await page.fill(`#${ID_PREFIX}txtYZM`, 'ABCD');
  await Promise.all([page.waitForURL(/\/vsgzhr\/Home\.aspx$/i), page.click(`#${ID_PREFIX}btnLogin`)]);
}

/**
 * Chooses 选择申报资格系列 after login: 职称业务申报 → 初次职称考核认定 → 常规流程 → `level`,
 * ① the 初次职称考核认定 radio, ② 单位主管类型, ③ 认定资格类型 = 工程技术人员, 选定; waits
 * for the frameset.
 * @param unitSupervisorType text of one 单位主管类型 option (default 非公有制经济组织).
 * @throws Error when `unitSupervisorType` is not an option of the portal.
 */
export async function chooseSeries(page: Page, level: '初级' | '中级', unitSupervisorType = '非公有制经济组织'): Promise<void> {
  const unit = UNIT_SUPERVISOR_TYPE.find((o) => o.text === unitSupervisorType);
  if (!unit) throw new Error(`单位主管类型 has no option ${unitSupervisorType}`);
  if (!/SelectZGXL\.aspx/i.test(page.url())) {
    await Promise.all([page.waitForURL(/SelectZGXL\.aspx/i), page.click('a:text-is("职称业务申报")')]);
  }
  // The tree starts collapsed, or expanded when a level was already picked.
  const levelLink = page.locator(`a:text-is("${level}")`);
  for (const node of ['初次职称考核认定', '常规流程']) {
    const link = page.locator(`a:text-is("${node}")`);
    if (!(await levelLink.isVisible()) && (await link.isVisible())) await link.click();
  }
  await Promise.all([page.waitForURL(/SelectZGXL\.aspx\?jb=/i), levelLink.click()]);
  await page.check(`input[type=radio][name$="rblSBZG"]`);
  await page.selectOption(`#${ID_PREFIX}ddlDWZGLX`, unit.value);
  await page.selectOption(`#${ID_PREFIX}ddlRDZGLX`, ENGINEERING.value);
  await Promise.all([page.waitForURL(/Main\.aspx$/i), page.click(`#${ID_PREFIX}btnXD`)]);
  await page.waitForLoadState('load');
}

/**
 * The content frame (`mainFrame`) of the frameset.
 * @throws Error when the page is not showing the frameset.
 */
export function contentFrame(page: Page): Frame {
  const frame = page.frame({ name: 'mainFrame' });
  if (!frame) throw new Error('no content frame (mainFrame): is the page on Main.aspx?');
  return frame;
}

/**
 * Opens a step by clicking its link in the business tree (leftFrame).
 * @param stepId a step id of spec/portal.md (fetch-history … submit).
 * @returns the content frame once the step's page has loaded in it.
 * @throws Error when the frameset is not shown or the page does not load.
 */
export async function openStep(page: Page, stepId: ApplicationStepId | string): Promise<Frame> {
  const def = pageOf(stepId as ApplicationStepId);
  const tree = page.frame({ name: 'leftFrame' });
  if (!tree) throw new Error('no business tree frame (leftFrame): is the page on Main.aspx?');
  const frame = contentFrame(page);
  const fileName = (def.path.split('/').pop() ?? '').toLowerCase();
  const loaded = page.waitForEvent('framenavigated', (f) => f === frame && new URL(f.url()).pathname.toLowerCase().endsWith(`/${fileName}`));
  await tree.click(`a[target=mainFrame]:text-is("${def.title}")`);
  await loaded;
  await frame.waitForLoadState('load');
  return frame;
}

/**
 * Clicks a control that posts the form (or navigates) inside `frame` and waits for the new
 * document to load in that same frame.
 * @param selector a Playwright selector inside the frame.
 * @throws when no navigation happens within Playwright's timeout.
 */
export async function postBack(frame: Frame, selector: string): Promise<void> {
  const page = frame.page();
  const navigated = page.waitForEvent('framenavigated', (f) => f === frame);
  await frame.click(selector);
  await navigated;
  await frame.waitForLoadState('load');
}
