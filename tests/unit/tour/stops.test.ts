import { beforeAll, describe, expect, it, vi } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage, type EvaluationInputs } from '../../../lib/content/evaluate';
import { stepById } from '../../../lib/portal/steps';
import { buildTourStops, type TourStop } from '../../../lib/tour/stops';
import { locateTarget } from '../../../lib/tour/locate';
import { localAdvice, localStep } from '../../../lib/i18n/steps';
import { isApplicationStep } from '../../../lib/portal/step-ids';
import { installLocale } from '../i18n-fake';

const INPUTS: EvaluationInputs = { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: {} };

// A page written for this test in a plain modern style (labels, a fieldset, <button>s), unlike
// the practice portal's table markup: the tour must come from what any page shows.
const BASIC_INFO = `
<main>
  <h1 class="page-title">个人基本信息</h1>
  <p>请如实填写。</p>
  <p><span style="color:red">注意说明：带“*”的为必填项。</span></p>
  <table>
    <tr><td><label for="n">* 姓名</label></td><td><input id="n" name="name"></td></tr>
    <tr><td><label for="id">* 公民身份号码</label></td><td><input id="id" name="idcard" value="440106199203151235"></td></tr>
    <tr><td><label for="q">认定资格名称</label></td><td><select id="q" name="zgmc"><option value="">请选择</option><option>技术员</option><option>助理工程师</option></select></td></tr>
    <tr><td><label for="m">手机号码</label></td><td><input id="m" name="mobile"></td></tr>
    <tr><td><label for="p">个人照片</label></td><td><input id="p" type="file" name="photo"></td></tr>
  </table>
  <button type="button">保存并下一步</button>
  <a href="#help">帮助</a>
</main>`;

const RECORDS = `
<div>
  <h2>学历教育情况</h2>
  <div class="toolbar"><input type="button" value="添加"><input type="button" value="附件上传"></div>
  <table>
    <tr><th>毕业院校</th><td><input name="school"></td><th>所学专业</th><td><input name="major"></td></tr>
    <tr><th>学历</th><td><select name="xl"><option value="">请选择</option><option>大学本科</option></select></td><th>学位</th><td><select name="xw"><option value="">请选择</option><option>学士</option></select></td></tr>
  </table>
  <input type="button" value="保存并新增"><input type="button" value="保存并下一步">
</div>`;

function stopsFor(html: string): TourStop[] {
  document.body.innerHTML = html;
  const snapshot = collectSnapshot(document, window);
  const evaluation = evaluatePage(snapshot, INPUTS);
  const step = stepById(evaluation.recognition.step);
  return buildTourStops({
    step,
    text: localStep(step),
    advice: isApplicationStep(step.id) ? localAdvice(step.id) : [],
    snapshot,
    matches: evaluation.matches,
    findings: evaluation.findings,
  });
}

const byId = (stops: TourStop[], id: TourStop['id']) => stops.find((s) => s.id === id);

describe('tour stops from what the page shows', () => {
  beforeAll(() => installLocale('zh_CN'));

  it('basic info: heading, recognised fields, the photo upload, then 保存并下一步', () => {
    const stops = stopsFor(BASIC_INFO);
    expect(stops.map((s) => s.id)).toEqual(['intro', 'fields', 'attachments', 'save']);
    const [intro, fields, attachments, save] = stops as [TourStop, TourStop, TourStop, TourStop];
    expect(intro.title).toBe('第 2 步：基本信息');
    expect(intro.target.heading).toBe('个人基本信息');
    // The intro highlights the red 注意说明 with the heading, so its popover goes below both.
    expect(intro.target.notices).toEqual(['注意说明:带“*”的为必填项。']);
    // happy-dom lays nothing out: every element gets a box, as in a browser.
    const box = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 100, 20));
    expect(locateTarget(document, intro.target, () => null).map((el) => el.tagName)).toEqual(['H1', 'SPAN']);
    box.mockRestore();
    // The step table's general sentences stay at the intro…
    expect(intro.lines).toContain('先看页面上方红字的注意说明。');
    // …the sentence quoting a field goes to the fields, the photo's to the attachments, 保存's to save.
    expect(fields.lines.some((l) => l.startsWith('“认定资格名称”'))).toBe(true);
    expect(attachments.lines.some((l) => l.startsWith('“个人照片”必须上传'))).toBe(true);
    expect(save.lines).toContain('填完点击“保存并下一步”。');
    expect(save.target.actions).toEqual(['保存并下一步']);
    // Field stop: the recognised controls' titles, and the current problem on the ID number.
    expect(fields.lines[0]).toContain('公民身份号码');
    expect(fields.target.controls.length).toBeGreaterThanOrEqual(4);
    expect(fields.lines.some((l) => l.includes('个问题'))).toBe(true);
    // The file input is an attachment, not a field; the advice on the photo is with it.
    expect(attachments.target.controls).toHaveLength(1);
    expect(attachments.lines.some((l) => l.includes('一寸电子证件照'))).toBe(true);
  });

  it('a record step: 添加 first, fields, 附件上传 with what to attach, then the save buttons', () => {
    const stops = stopsFor(RECORDS);
    expect(stops.map((s) => s.id)).toEqual(['intro', 'actions', 'fields', 'attachments', 'save']);
    expect(byId(stops, 'actions')?.target.actions).toEqual(['添加']);
    expect(byId(stops, 'attachments')?.target.actions).toEqual(['附件上传']);
    expect(byId(stops, 'attachments')?.lines.some((l) => l.includes('学信网'))).toBe(true);
    expect(byId(stops, 'save')?.target.actions).toEqual(['保存并新增', '保存并下一步']);
    // 保存并新增 is quoted with 添加 in the first sentence, which goes to the 添加 stop (first quote wins).
    expect(byId(stops, 'actions')?.lines[0]).toContain('“添加”');
  });

  it('a page with nothing recognisable still has an intro stop', () => {
    const stops = stopsFor('<p>欢迎</p>');
    expect(stops).toHaveLength(1);
    expect(stops[0]?.id).toBe('intro');
    expect(stops[0]?.target.heading).toBeNull();
    expect(stops[0]?.lines.length).toBeGreaterThan(0);
  });

  it('speaks English when the browser does', () => {
    installLocale('en');
    try {
      const stops = stopsFor(BASIC_INFO);
      expect(stops[0]?.title).toBe('Step 2: Basic information');
      expect(byId(stops, 'save')?.lines.at(-1)).toMatch(/never saves for you/);
    } finally {
      installLocale('zh_CN');
    }
  });
});
