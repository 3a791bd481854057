/**
 * A value the page changes a moment after the fill reported it (an AJAX check answering, a
 * validator on a timer, an UpdatePanel drawing the server's value back): the report, watched
 * after the fill (reportAfterRedraw), says what the page shows, as it does for a value the page
 * empties (breaker 31f F2). Seen on main: reportAfterRedraw answered null — the row still said
 * 已填写 “李明远” while the box showed “李明”, and 已填写 “男” while the list showed 女.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill, reportAfterRedraw } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

const profile = profileSchema.parse(sample.profile);
const row = (label: string, field: string) => `<tr><td>${label}</td><td>${field}</td></tr>`;
const PAGE = `<table>${row('姓名', '<input id="xm">')}${row('性别', '<select id="xb"><option value="">请选择</option><option value="1">男</option><option value="2">女</option></select>')}${row('出生日期', '<input id="cs">')}${row('通讯地址', '<input id="dz">')}</table>`;

afterEach(() => {
  document.body.innerHTML = '';
});

async function filled() {
  document.body.innerHTML = PAGE;
  const snapshot = collectSnapshot(document, window);
  const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
  const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
  expect(report.items.filter((i) => i.result === 'filled').map((i) => i.key)).toEqual(['basic.name', 'basic.gender', 'basic.birthDate', 'basic.address']);
  return { snapshot, report };
}
const box = (id: string) => document.getElementById(id) as HTMLInputElement;

describe('the report after the fill, when the page changes a value it wrote', () => {
  it('a box and a list the page set to other values: their rows say 失败 with what the page shows; the others stay 已填写', async () => {
    const { snapshot, report } = await filled();
    box('xm').value = '李明';
    (document.getElementById('xb') as HTMLSelectElement).selectedIndex = 2;
    const after = reportAfterRedraw(document, snapshot.controls, report);
    const row = (key: string) => after?.items.find((i) => i.key === key);
    expect(row('basic.name')).toMatchObject({ result: 'failed', detail: '填写后被页面改为“李明”了，请核对档案与页面' });
    expect(row('basic.gender')).toMatchObject({ result: 'failed', detail: '填写后被页面改为“女”了，请核对档案与页面' });
    expect(row('basic.address')).toMatchObject({ result: 'filled' });
  });

  it('the same day in the page’s own format, or a value he typed himself, is no change the page made', async () => {
    const { snapshot, report } = await filled();
    box('cs').value = '1998/5/12';
    expect(reportAfterRedraw(document, snapshot.controls, report)).toBeNull();
    box('dz').value = '广州市天河区';
    expect(reportAfterRedraw(document, snapshot.controls, report, (el) => el === box('dz'))).toBeNull();
  });
});
