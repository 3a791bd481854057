import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { formatDate } from '../../../lib/fill/dates';
import { profileSchema } from '../../../lib/profile/schema';
import type { StepId } from '../../../lib/portal/step-ids';
import { installLocale } from '../i18n-fake';

/**
 * Autofill's per-field reasons (the preview's and the report's) are in the browser's language
 * (public/_locales `fill_reason_*`): the same page planned and filled in an English browser gives
 * the same rows with English reasons; the portal's own words they quote stay Chinese.
 */

const profile = profileSchema.parse({
  label: '测试',
  application: { level: '初级', qualificationName: '助理工程师', committee: '广州市工程系列生态环境专业初级职称评审委员会', specialty: '生态环境监测' },
  basic: { name: '张小明', gender: '男', ethnicity: '汉族', politicalStatus: '中共党员', mobile: '13800000000', postcode: '510000', employer: '广州某环境监测有限公司', email: '' },
  workHistory: [{ seq: 1, startDate: '2015-07-01', endDate: null, employer: '广州某环境监测有限公司', post: '技术员', duties: '', socialInsurancePaid: true, noSocialInsuranceReason: '' }],
});

/**
 * One control per kind of reason: a "..." chooser, a file, a list without the value, a too-short
 * box, a differing value, a portal-held box, an empty profile value, and a box the page removes
 * between the preview and the fill (#yb, see fill).
 */
const BASIC_INFO = `<table>
  <tr><td>民族</td><td><input id="mz" readonly><input type="button" value="..."><input type="hidden" id="hidMZ"></td></tr>
  <tr><td>个人照片</td><td><input type="file" id="zp"></td></tr>
  <tr><td>政治面貌</td><td><select id="zzmm"><option value="">--请选择--</option><option value="13">群众</option></select></td></tr>
  <tr><td>工作单位</td><td><input id="dw" maxlength="5"></td></tr>
  <tr><td>姓名</td><td><input id="xm" value="李四"></td></tr>
  <tr><td>手机号码</td><td><input id="sj" value="13900000000" disabled></td></tr>
  <tr><td>电子邮箱</td><td><input id="yx"></td></tr>
  <tr><td>邮政编码</td><td><input id="yb"></td></tr>
</table>`;

/** 工作经历 with no record in the profile for the form (record 2 of 1), so every field says why. */
const WORK_HISTORY = `<table>
  <tr><td>工作单位</td><td><input id="dw"></td></tr>
  <tr><td>起始时间</td><td><input id="qs"></td></tr>
</table>`;

/** The preview's rows (what and why) and the report's, for one page; the page drops #yb after the preview. */
async function fill(html: string, step: StepId, recordIndex?: number) {
  document.body.innerHTML = html;
  const snapshot = collectSnapshot(document);
  const plan = planFill(snapshot, recognizeFields(snapshot, step), profile, step, recordIndex === undefined ? {} : { recordIndex });
  document.getElementById('yb')?.remove();
  const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
  return { plan: plan.items.map((i) => ({ key: i.key, action: i.action, reason: i.reason })), report: report.items.map((i) => ({ key: i.key, result: i.result, detail: i.detail })) };
}

/** Chinese outside the portal's words quoted in “…” (and outside parentheses naming them). */
const unquotedChinese = (text: string) => /[\u4e00-\u9fff]/.test(text.replace(/“[^”]*”/g, '').replace(/\([^)]*\)/g, ''));

afterEach(() => installLocale('zh_CN'));

describe("autofill's reasons in the browser's language", () => {
  it.each([
    ['basic-info', BASIC_INFO, undefined],
    ['work-experience', WORK_HISTORY, 1],
  ] as const)('%s: the same rows in an English browser, every reason in English', async (step, html, recordIndex) => {
    const chinese = await fill(html, step, recordIndex);
    // The removed box is reported by applyFill itself, not by the plan.
    if (step === 'basic-info') expect(chinese.report.find((r) => r.key === 'basic.postcode')?.detail).toBe('页面已变化，找不到该栏');
    installLocale('en');
    const english = await fill(html, step, recordIndex);
    expect(english.plan.map(({ reason, ...rest }) => rest)).toEqual(chinese.plan.map(({ reason, ...rest }) => rest));
    expect(english.report.map(({ detail, ...rest }) => rest)).toEqual(chinese.report.map(({ detail, ...rest }) => rest));
    const pairs = [...chinese.plan.map((r, i) => [r.reason, english.plan[i]!.reason]), ...chinese.report.map((r, i) => [r.detail, english.report[i]!.detail])];
    const explained = pairs.filter(([zh]) => zh !== undefined);
    expect(explained.length).toBeGreaterThan(step === 'basic-info' ? 10 : 1);
    for (const [zh, en] of explained) {
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en, zh).toMatch(/[A-Za-z]{3,} [a-z]{2,}/);
      expect(unquotedChinese(en!), en).toBe(false);
    }
  });

  it('a profile date the page cannot take says why in English', () => {
    installLocale('en');
    expect(formatDate('2015-07', 'yyyy-MM-dd')).toEqual({ ok: false, reason: 'The profile has only the year and month (2015-07), but the page asks for a full date; please complete it, then fill again' });
    expect(formatDate('July 2015', 'yyyy-MM-dd')).toEqual({ ok: false, reason: 'The date “July 2015” in the profile is not written correctly' });
  });
});
