/**
 * 停止填写 while the fill waits for a cascade child's options (breaker pickers20 item 5): the list
 * not yet written and every field after it are reported 已取消 (`cancelled`), not "its options
 * never loaded"; what was written before stays written and is reported so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import { t } from '../../../lib/i18n/t';
import sample from '../../fixtures/sample-profile.json';
import { monthsNoPad, row, sel, show, webForm, years } from '../fields/date-list-pages';

const JUNIOR = '广州市工程系列生态环境专业初级职称评审委员会';
const profile = profileSchema.parse({ label: '测试', application: { qualificationName: '助理工程师', committee: JUNIOR }, basic: { name: '李明远' } });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a fill stopped while a cascade child waits for its options', () => {
  it('reports the parent written, the child and the fields after it 已取消, and writes nothing more', async () => {
    // The title's change empties 申报评委会 to 请选择; the server has not drawn it again yet.
    document.body.innerHTML = `<table>
      <tr><td>认定资格名称</td><td><select id="zgmc" onchange="void 0"><option value="">请选择</option><option value="2">助理工程师</option></select></td></tr>
      <tr><td>申报评委会</td><td><select id="pwh"><option value="">请选择</option><option value="1">${JUNIOR}</option></select></td></tr>
      <tr><td>姓名</td><td><input id="xm" /></td></tr></table>`;
    const committee = document.getElementById('pwh') as HTMLSelectElement;
    document.getElementById('zgmc')!.addEventListener('change', () => committee.options[1]!.remove());
    const snapshot = collectSnapshot(document, window);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 300);
    const started = Date.now();
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set(), signal: stop.signal });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(report.items.map((i) => [i.key, i.result, i.outcome])).toEqual([
      ['application.qualificationName', 'filled', 'filled'],
      ['application.committee', 'skipped', 'cancelled'],
      ['basic.name', 'skipped', 'cancelled'],
    ]);
    expect((document.getElementById('xm') as HTMLInputElement).value).toBe('');
  });
});

describe('a fill stopped while a date’s 日 list waits for its options (breaker 20 F6)', () => {
  it('reports the date written in part, not 已取消: its 年 and 月 are on the page', async () => {
    show(webForm('基本信息', row('出生日期：', `${sel('ddlY', years(1950, 2005))} 年 ${sel('ddlM', monthsNoPad)} 月 ${sel('ddlD', [['', '--']])} 日`) + row('姓名：', '<input id="xm">')));
    const day = document.getElementById('ddlD') as HTMLSelectElement;
    // The page draws the 日 list a while after 月 changes (a postback's redraw).
    document.getElementById('ddlM')!.addEventListener('change', () => {
      setTimeout(() => (day.innerHTML = '<option value="">--</option>' + Array.from({ length: 31 }, (_, i) => `<option value="${i + 1}">${i + 1}日</option>`).join('')), 2000);
    });
    const snapshot = collectSnapshot(document, window);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profileSchema.parse(sample.profile), 'basic-info');
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 300);
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set(), signal: stop.signal });
    const birth = report.items.find((i) => i.key === 'basic.birthDate')!;
    expect((document.getElementById('ddlY') as HTMLSelectElement).value).not.toBe('');
    expect([birth.result, birth.detail]).toEqual(['failed', t('fill_reason_stopped_partway')]);
    expect(report.items.find((i) => i.key === 'basic.name')!.result).toBe('skipped');
    expect((document.getElementById('xm') as HTMLInputElement).value).toBe('');
  });
});
