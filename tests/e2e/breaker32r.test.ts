import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PagesSession, sampleProfileFileWith, inOverlay, startPagesSession, waitForStep } from './harness';
import { N, row, webForm } from './web-form-pages';
import { applyAutofill, findings, startAutofill } from './overlay-driver';
import { LAYUI_STUB } from './layui-stub';

/**
 * Breaker 32r, in Chromium: the walkthrough's record conventions on pages the practice portal
 * does not have. The sample applicant, his 奖惩情况 typed 暂无 (none, in other words than 无。).
 */



const results = (id: string) => `<select name="${N}${id}" id="${id}"><option value="">请选择</option><option value="1">优秀</option><option value="2">称职</option><option value="3">基本称职</option><option value="4">不称职</option></select>`;

const PAGES: Record<string, string> = {
  awards: webForm(`<div class="ptitle">工作期间奖惩情况/个人专业技术工作小结</div><table>
${row('工作期间奖惩情况', `<textarea name="${N}txtJCQK" rows="4" cols="60" id="txtJCQK"></textarea>`)}
${row('个人专业技术工作小结', `<textarea name="${N}txtGRZJ" rows="8" cols="60" id="txtGRZJ"></textarea>`)}
</table><input type="submit" value="保存并下一步" />`),
  work: webForm(`<div class="ptitle">主要专业技术工作经历</div><table>
${row('记录序号', `<input name="${N}txtXH" type="text" id="txtXH" />`)}
${row('起始时间', `<input name="${N}txtQSSJ" type="text" id="txtQSSJ" />`)}
${row('终止时间', `<input name="${N}txtZZSJ" type="text" id="txtZZSJ" /><span style="color:red">（不填表示至今）</span>`)}
${row('工作单位', `<input name="${N}txtGZDW" type="text" id="txtGZDW" />`)}
</table><input type="submit" value="保存并新增" /><input type="submit" value="保存" />`),
  review: webForm(`<div class="ptitle">年度考核结果</div><table>
${[2021, 2022, 2023, 2024].map((y) => row(`${y}年度考核结果`, results(`ddl${y}`))).join('\n')}
</table><input type="submit" value="保存" />`),
  layui: webForm(`<div class="ptitle">基本信息</div><div class="layui-form"><table>
${row('姓名', `<input name="${N}txtXM" type="text" id="txtXM" class="layui-input" />`)}
${row('性别', `<input type="radio" name="${N}rblXB" value="男" title="男" id="rbM" /><input type="radio" name="${N}rblXB" value="女" title="女" id="rbF" />`)}
</table></div><input type="submit" value="保存并下一步" />`, LAYUI_STUB).replace('</form>', '</form><script>form.render();</script>'),
};

/** Private-use characters (icon-font glyphs). */
const GLYPH = /[\ue000-\uf8ff]/;

describe('breaker 32r: the walkthrough’s record conventions on unseen pages, in Chromium', () => {
  let session: PagesSession;
  beforeAll(async () => {
    const profileFile = sampleProfileFileWith((p) => {
      p.label = '李明远 · 暂无奖惩';
      p.awards = '暂无';
    });
    session = await startPagesSession((path) => PAGES[path.split('?')[0]!], { profileFile });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('B32r-E1 a 奖惩情况 of 暂无 goes into the box as 无。, and the awards-empty check is then satisfied', async () => {
    const { tab, frame } = await session.open('awards');
    await waitForStep(frame, 'awards-summary');
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    expect(await frame.locator('#txtJCQK').inputValue()).toBe('无。');
    expect(report.find((r) => r.key === 'awards')).toMatchObject({ result: 'filled' });
    await expect.poll(async () => (await findings(frame)).filter((f) => f.checkId === 'awards-empty')).toEqual([]);
    await tab.close();
  });

  it('B32r-E2 a job still held: the end date the page says to leave empty for 至今 stays empty, the rest is written', async () => {
    const { tab, frame } = await session.open('work');
    await waitForStep(frame, 'work-experience');
    await startAutofill(frame);
    const report = await applyAutofill(frame);
    expect(await frame.locator('#txtZZSJ').inputValue()).toBe('');
    expect(await frame.locator('#txtGZDW').inputValue()).not.toBe('');
    expect(report.find((r) => r.key === 'workHistory.endDate')?.result).not.toBe('filled');
    await tab.close();
  });

  it('B32r-E3 a row per year (2021年度考核结果 [▼]): each year gets its own result in the list’s words', async () => {
    const { tab, frame } = await session.open('review');
    await waitForStep(frame, 'annual-review');
    await startAutofill(frame);
    await applyAutofill(frame);
    const chosen = async (id: string) => frame.locator(`#${id}`).evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]!.text);
    expect([await chosen('ddl2021'), await chosen('ddl2022'), await chosen('ddl2023'), await chosen('ddl2024')]).toEqual(['称职', '称职', '优秀', '称职']);
    await tab.close();
  });

  it('B32r-E4 a layui radio: the preview and the report show 男 without layui’s icon glyph', async () => {
    const { tab, frame } = await session.open('layui');
    await waitForStep(frame, 'basic-info');
    await startAutofill(frame);
    const preview = await inOverlay(frame, '[data-testid="zc-autofill-preview-item"][data-key="basic.gender"]').textContent();
    expect(preview).toContain('男');
    expect(preview).not.toMatch(GLYPH);
    const report = await applyAutofill(frame);
    expect(await frame.locator('#rbM').isChecked()).toBe(true);
    const gender = report.find((r) => r.key === 'basic.gender')!;
    expect(gender).toMatchObject({ result: 'filled' });
    expect(gender.text).toContain('男');
    expect(gender.text).not.toMatch(GLYPH);
    await tab.close();
  });
});
