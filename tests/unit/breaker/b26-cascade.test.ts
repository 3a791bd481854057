/**
 * Breaker 26, left 24a (lib/fill/cascade-redraw.ts): the watch observes attributes (style,
 * class, disabled, hidden) and waits up to CASCADE_WAIT_MS while a progress element "new since the
 * write" is drawn before the list is redrawn, or the list is disabled. (A list the page disables on
 * its prompt for good still costs CASCADE_WAIT_MS: it looks like a slow redraw under way.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';

const JUNIOR = '广州市工程系列生态环境专业初级职称评审委员会';
const MIDDLE = '广州市工程系列生态环境专业中级职称评审委员会';
const profile = profileSchema.parse({ label: '测试', application: { qualificationName: '助理工程师', committee: JUNIOR }, basic: { name: '李明远' } });
const list = (id: string, texts: readonly string[]) =>
  `<select id="${id}" name="${id}"><option value="">请选择</option>${texts.map((text, i) => `<option value="${i + 1}">${text}</option>`).join('')}</select>`;
const select = (id: string) => document.getElementById(id) as HTMLSelectElement;
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

function page(inPanel = '', extra = ''): void {
  document.body.innerHTML = `<table><tr><td>认定资格名称</td><td>${list('zgmc', ['技术员', '助理工程师', '工程师'])}</td></tr>
<tr><td>申报评委会</td><td><span id="up">${list('pwh', [JUNIOR, MIDDLE])}${inPanel}</span></td></tr>
<tr><td>姓名</td><td><input id="xm" /></td></tr></table>${extra}`;
  select('zgmc').setAttribute('onchange', 'redraw(this.value)');
}

async function fill() {
  const snapshot = collectSnapshot(document, window);
  const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
  const start = performance.now();
  const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
  return { report, ms: performance.now() - start };
}
const committee = (r: Awaited<ReturnType<typeof fill>>['report']) => r.items.find((i) => i.key === 'application.committee');
afterEach(() => { document.body.innerHTML = ''; });

describe('breaker 26: cascade waits (left 24a)', () => {
  it('the change handler greys the child list (a class) and the list is rebuilt 600 ms later: written in the new list', async () => {
    page();
    select('zgmc').addEventListener('change', () => {
      select('pwh').className = 'dim';
      setTimeout(() => (document.getElementById('up')!.innerHTML = list('pwh', [JUNIOR])), 600);
    });
    const { report } = await fill();
    await wait(800);
    expect(committee(report)).toMatchObject({ result: 'filled' });
    expect(select('pwh').selectedOptions[0]?.text).toBe(JUNIOR);
  });

  it('a status element always shown inside the redrawn panel (a new element after each redraw) does not hold the fill for 5 s', async () => {
    page('<span class="progress-note">填报进度：2/11</span>');
    select('zgmc').addEventListener('change', () => {
      setTimeout(() => (document.getElementById('up')!.innerHTML = `${list('pwh', [JUNIOR])}<span class="progress-note">填报进度：2/11</span>`), 300);
    });
    const { report, ms } = await fill();
    expect(committee(report)).toMatchObject({ result: 'filled' });
    expect(ms).toBeLessThan(2000);
  }, 10_000);
});
