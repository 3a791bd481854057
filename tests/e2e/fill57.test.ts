import { describe, expect, it } from 'vitest';
import { pagesSession } from './pages-suite';
import { applyAutofill, controlStates, tickOverwrite } from './overlay-driver';
import { N, webForm } from './web-form-pages';

/**
 * Fill 57, in Chromium: autofill on identity and period markup the practice portal does not have —
 * a 证件类型 list or radios the user set to 护照, a 证件类型 shown as plain text beside the
 * 证件号码 box. Driven through the automation contract only
 * (sample profile: 公民身份号码 440106199805120314). Pages hand-made, served on loopback.
 */

const th = (label: string, control: string) => `<tr><th>${label}</th><td>${control}</td></tr>`;
const box = (id: string, extra = '') => `<input type="text" name="${N}${id}" id="${id}"${extra} />`;
const sel = (id: string, options: [string, string][], chosen = '') =>
  `<select name="${N}${id}" id="${id}"><option value="">--请选择--</option>${options.map(([v, t]) => `<option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${t}</option>`).join('')}</select>`;
const ID_TYPES: [string, string][] = [['01', '居民身份证'], ['03', '护照'], ['04', '港澳居民来往内地通行证']];
const basic = (rows: string) => webForm(`<div class="ptitle">基本信息</div><table>
${th('姓名', box('txtXM'))}
${rows}
</table><input type="submit" value="保存并下一步" />`);

const PAGES: Record<string, string> = {
  // 证件类型 a list the user set to 护照 (the account's document), 证件号码 empty.
  'passport-chosen': basic(`${th('证件类型', sel('ddlZJLX', ID_TYPES, '03'))}
${th('证件号码', box('txtZJHM'))}`),
  // The same as radios, 港澳居民来往内地通行证 checked.
  'permit-radios': basic(`${th('证件类型', ID_TYPES.map(([v, t], i) => `<input type="radio" name="${N}rblZJLX" id="rblZJLX_${i}" value="${v}"${v === '04' ? ' checked="checked"' : ''} /><label for="rblZJLX_${i}">${t}</label>`).join(''))}
${th('证件号码', box('txtZJHM'))}`),
  // 证件类型 shown as the cell's text, no control: 护照 beside the 证件号码 box; and a 居民身份证 one.
  'passport-text': basic(`${th('证件类型', '<span id="lblZJLX">护照</span>')}
${th('证件号码', box('txtZJHM'))}`),
  'id-card-text': basic(`<tr><td>证件类型：</td><td>居民身份证</td><td>证件号码：</td><td>${box('txtZJHM')}</td></tr>`),
};

const idRows = (rows: { key: string; result: string }[]) => rows.filter((r) => r.key === 'page.idType' || r.key === 'basic.idNumber').map((r) => [r.key, r.result]);

describe('fill 57: autofill on identity and period markup the practice portal does not have, in Chromium', () => {
  const session = pagesSession(PAGES);

  it('F57-1 证件类型 a list the user set to 护照: without 覆盖 the 公民身份号码 is not written under it, the row says why (it was 已填写 under 护照)', async () => {
    const { tab, frame, rows } = await session.preview('passport-chosen', 'basic-info');
    const idNumber = rows.find(([key]) => key === 'basic.idNumber')!;
    expect(idNumber[2]).toContain('护照');
    const report = await applyAutofill(frame);
    expect(idRows(report)).toEqual([
      ['page.idType', 'skipped'],
      ['basic.idNumber', 'needs-user'],
    ]);
    expect(report.find((r) => r.key === 'basic.idNumber')!.text).toContain('护照');
    expect(await controlStates(frame, ['ddlZJLX', 'txtZJHM'])).toEqual({ ddlZJLX: '护照', txtZJHM: '' });
    await tab.close();
    // 覆盖 ticked on 证件类型: 居民身份证 chosen and the number written with it, both 已填写.
    const again = await session.preview('passport-chosen?2', 'basic-info');
    await tickOverwrite(again.frame, 'page.idType');
    expect(idRows(await applyAutofill(again.frame))).toEqual([
      ['page.idType', 'filled'],
      ['basic.idNumber', 'filled'],
    ]);
    expect(await controlStates(again.frame, ['ddlZJLX', 'txtZJHM'])).toEqual({ ddlZJLX: '居民身份证', txtZJHM: '440106199805120314' });
    await again.tab.close();
  });

  it('F57-1c 证件类型 radios on 港澳居民来往内地通行证: the 公民身份号码 is not written without 覆盖 (it was 已填写)', async () => {
    const { tab, frame } = await session.preview('permit-radios', 'basic-info');
    const report = await applyAutofill(frame);
    expect(idRows(report)).toEqual([
      ['page.idType', 'skipped'],
      ['basic.idNumber', 'needs-user'],
    ]);
    expect(await controlStates(frame, ['rblZJLX_2', 'txtZJHM'])).toEqual({ rblZJLX_2: 'true', txtZJHM: '' });
    await tab.close();
  });

  it('F57-2 证件类型 shown as the cell’s text 护照: the 公民身份号码 is not written into 证件号码 (it was 已填写); beside a text 居民身份证 it is', async () => {
    const passport = await session.preview('passport-text', 'basic-info');
    expect(passport.rows.find(([key]) => key === 'basic.idNumber')![2]).toContain('护照');
    const report = await applyAutofill(passport.frame);
    expect(report.filter((r) => r.key === 'basic.idNumber').map((r) => r.result)).toEqual(['needs-user']);
    expect(await controlStates(passport.frame, ['txtZJHM'])).toEqual({ txtZJHM: '' });
    await passport.tab.close();
    const card = await session.preview('id-card-text', 'basic-info');
    const written = await applyAutofill(card.frame);
    expect(written.filter((r) => r.key === 'basic.idNumber').map((r) => r.result)).toEqual(['filled']);
    expect(await controlStates(card.frame, ['txtZJHM'])).toEqual({ txtZJHM: '440106199805120314' });
    await card.tab.close();
  });
});
