/**
 * A read-only text box that the page's script turned into a date picker (probe 16 item 2) is a
 * date box the user fills by picking: autofill writes it, and an empty required one is reported
 * (an error, which holds 保存). The sign is what the picker library leaves on the box at run time,
 * which the content script sees after the page's load: jQuery UI's class `hasDatepicker`, laydate's
 * attribute `lay-key`, flatpickr's class `flatpickr-input`. A read-only box without one is the
 * portal's own (left alone), and so is one whose picker was destroyed (its class removed).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { evaluatePage } from '../../../lib/content/evaluate';
import { NO_HINTS } from '../../../lib/portal/recognize-step';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

const profile = profileSchema.parse(sample.profile); // 出生日期 1998-05-12

/** A 基本信息 form whose 出生日期 box is read-only, with `attrs` on it and `hint` after it. */
function page(attrs: string, hint = '') {
  document.body.innerHTML = `<div><b>基本信息</b></div><table>
    <tr><td><span style="color:red">*</span>姓名：</td><td><input id="xm" value="李明远"></td></tr>
    <tr><td><span style="color:red">*</span>出生日期：</td><td><input id="csrq" readonly ${attrs}>${hint}</td></tr>
    </table><input type="submit" value="保存">`;
}

const box = () => document.getElementById('csrq') as HTMLInputElement;

/** What 应用 leaves in 出生日期. */
async function filled(): Promise<string> {
  const snapshot = collectSnapshot(document, window);
  const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
  await applyFill(document, snapshot, plan, { overwrite: new Set() });
  return box().value;
}

/** The required-field findings on the page, as label:severity. */
function requiredFindings(): string[] {
  const snapshot = collectSnapshot(document, window);
  const inputs = { profile: null, photo: null, history: {}, eligibility: null, taught: [], synonyms: [], hints: NO_HINTS };
  return evaluatePage(snapshot, inputs).findings.filter((f) => f.checkId === 'required-field').map((f) => `${f.message}:${f.severity}`);
}

afterEach(() => {
  document.body.innerHTML = '';
});

const MARKERS = [
  ['jQuery UI datepicker', 'class="hasDatepicker"'],
  ['laydate', 'lay-key="1"'],
  ['flatpickr', 'class="form-control flatpickr-input"'],
];

describe('a read-only box the picker library marked at run time is a date box', () => {
  it.each(MARKERS)('%s: 应用 writes the date', async (_, attrs) => {
    page(attrs);
    expect(await filled()).toBe('1998-05-12');
  });

  it.each(MARKERS)('%s: empty and required, it is reported as an error', (_, attrs) => {
    page(attrs);
    expect(requiredFindings()).toEqual([expect.stringMatching(/出生日期.*:error$/)]);
  });

  it('laydate: the page’s own format example is followed', async () => {
    page('lay-key="3"', '（格式：1998年05月12日）');
    expect(await filled()).toBe('1998年05月12日');
  });
});

describe('a read-only box without a picker’s mark is the portal’s own', () => {
  it.each([
    ['no mark', ''],
    ['a destroyed jQuery UI datepicker (class removed)', 'class="form-control"'],
    ['another attribute (data-key), not laydate’s', 'data-key="1"'],
  ])('%s: left alone and not reported', async (_, attrs) => {
    page(attrs);
    expect(requiredFindings()).toEqual([]);
    expect(await filled()).toBe('');
  });
});

/**
 * A read-only picker box already holding a date (breaker 20 F1): on a re-visit the portal shows
 * the date the user picked and saved before, in the box the picker marks. It stays his to change:
 * 覆盖 offered as for any box holding another value, never "只读（门户带出）…到门户修改" (which a
 * build of 36d0b9b said: a box with a value and only a picker's mark was taken for the portal's).
 */
describe('a read-only picker box holding the user’s saved date stays his', () => {
  it.each(MARKERS)('%s: 覆盖 offered, and ticked it writes the profile’s date', async (_, attrs) => {
    page(`${attrs} value="1990-01-01"`);
    const snapshot = collectSnapshot(document, window);
    const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
    const item = plan.items.find((i) => i.key === 'basic.birthDate')!;
    expect([item.action, item.overwrite]).toEqual(['fill', true]);
    await applyFill(document, snapshot, plan, { overwrite: new Set([item.control]) });
    expect(box().value).toBe('1998-05-12');
  });
});
