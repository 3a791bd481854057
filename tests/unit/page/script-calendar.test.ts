/**
 * A read-only date box whose calendar the page attaches by script (My97's `WdatePicker({el})` set
 * in an onload: nothing in the box's markup says so) is the user's to fill through the calendar,
 * not the portal's (probe 16 item 2): autofill writes it, and an empty required one is reported.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

const profile = profileSchema.parse(sample.profile);

/** A 工作经历 record form; 起始时间 read-only with no calendar in its markup, 出生日期 read-only beside it. */
const FORM = `<b>主要专业技术工作经历</b><table border=1>
<tr><td><font color=red>*</font>记录序号</td><td><input name="ctl00$ContentPlaceHolder1$txtJLXH" id="xh" value="1"></td></tr>
<tr><td><font color=red>*</font>起始时间</td><td><input name="ctl00$ContentPlaceHolder1$txtQSSJ" id="qssj" readonly></td></tr>
<tr><td><font color=red>*</font>工作单位</td><td><input name="ctl00$ContentPlaceHolder1$txtGZDW" id="gzdw" value="广州绿源环境监测技术有限公司"></td></tr>
<tr><td colspan=2><input type=submit value="保存" name="ctl00$ContentPlaceHolder1$btnBC"></td></tr></table>`;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a read-only date box with a calendar attached by script (probe 16 item 2)', () => {
  it('is read as a calendar box; a read-only 出生日期 or 工作单位 stays the portal’s', () => {
    document.body.innerHTML = `${FORM}<input id="csrq" readonly value="1998-05-12"><label for="csrq">出生日期：</label>
      <table><tr><td>出生年月：</td><td><input id="csny" readonly></td></tr><tr><td>申报单位：</td><td><input id="sbdw" readonly></td></tr></table>`;
    const byId = (id: string) => collectSnapshot(document, window).controls.find((c) => c.id === id)!;
    expect(byId('qssj')).toMatchObject({ kind: 'date', calendar: true, readOnly: true });
    expect(byId('csrq')).toMatchObject({ kind: 'text', calendar: false });
    expect(byId('csny')).toMatchObject({ kind: 'text', calendar: false });
    expect(byId('sbdw')).toMatchObject({ kind: 'text', calendar: false });
  });

  it('is reported when empty and required once the record is started, and autofill writes it', () => {
    document.body.innerHTML = FORM;
    const snapshot = collectSnapshot(document, window);
    const inputs = { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS };
    const { findings, recognition } = evaluatePage(snapshot, inputs);
    expect(recognition.step).toBe('work-experience');
    expect(findings.filter((f) => f.checkId === 'required-field').map((f) => f.message).join()).toContain('起始时间');
    const plan = planFill(snapshot, recognizeFields(snapshot, 'work-experience'), profile, 'work-experience');
    expect(plan.items.find((i) => i.key === 'workHistory.startDate')).toMatchObject({ action: 'fill' });
  });
});
