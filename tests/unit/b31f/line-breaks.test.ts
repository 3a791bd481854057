/**
 * A profile text with line breaks or blanks at its ends, written into a box (breaker 31f F1): the
 * preview shows what the box will hold and 应用 reports it filled — not 失败 for a value the
 * browser itself reshaped (a one-line box drops line breaks; a text area reads \r\n back as \n).
 * Seen on main: 通讯地址 "广州市天河区\n科韵路16号" previewed with its line break, then reported
 * 失败 "页面把值改成了“广州市天河区科韵路16号”"; a text area's "\r\n" previewed as such.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { asBoxHolds, planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import type { StepId } from '../../../lib/portal/step-ids';
import sample from '../../fixtures/sample-profile.json';

const row = (label: string, field: string) => `<tr><td>${label}</td><td>${field}</td></tr>`;

afterEach(() => {
  document.body.innerHTML = '';
});

/** Plans and applies the sample profile, changed by `patch`, on a page of `rows`. */
async function fill(rows: string, step: StepId, patch: (p: typeof sample.profile) => void) {
  const raw = structuredClone(sample.profile);
  patch(raw);
  document.body.innerHTML = `<table>${rows}</table>`;
  const snapshot = collectSnapshot(document, window);
  const plan = planFill(snapshot, recognizeFields(snapshot, step), profileSchema.parse(raw), step);
  const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
  return { plan, report };
}

describe('a profile text with line breaks, written into a box', () => {
  it('a one-line box: the preview shows the lines joined as the box will hold them, and the row is 已填写 with exactly that', async () => {
    const { plan, report } = await fill(row('通讯地址', '<input id="ad">'), 'basic-info', (p) => {
      p.basic.address = '广州市天河区\r\n科韵路16号 \n  信息港A栋801';
    });
    const shown = (document.getElementById('ad') as HTMLInputElement).value;
    expect(plan.items.find((i) => i.key === 'basic.address')).toMatchObject({ action: 'fill', value: shown });
    expect(report.items.find((i) => i.key === 'basic.address')).toMatchObject({ result: 'filled', value: shown });
    expect(shown).toBe('广州市天河区科韵路16号信息港A栋801');
  });

  it('words that are not Chinese are joined by a space, not run together', async () => {
    const { report } = await fill(row('通讯地址', '<input id="ad">'), 'basic-info', (p) => {
      p.basic.address = 'Room 801\nBlock A';
    });
    expect(report.items.find((i) => i.key === 'basic.address')).toMatchObject({ result: 'filled', value: 'Room 801 Block A' });
  });

  it('a text area: the preview and the write keep the lines as the browser does (\\r\\n read back as \\n), without the blanks at the ends', async () => {
    const { plan, report } = await fill(row('个人专业技术工作小结', '<textarea id="s"></textarea>'), 'awards-summary', (p) => {
      p.workSummary = '  第一段。\r\n第二段。\r第三段。\n';
    });
    expect(plan.items.find((i) => i.key === 'workSummary')).toMatchObject({ value: '第一段。\n第二段。\n第三段。' });
    expect(report.items.find((i) => i.key === 'workSummary')).toMatchObject({ result: 'filled' });
    expect((document.getElementById('s') as HTMLTextAreaElement).value).toBe('第一段。\n第二段。\n第三段。');
  });

  it('blanks at a value’s ends are not written (a page trims them on blur; the row would say the page changed it)', async () => {
    const { plan } = await fill(row('姓名', '<input id="xm">'), 'basic-info', (p) => {
      p.basic.name = ' 李明远 ';
    });
    expect(plan.items.find((i) => i.key === 'basic.name')).toMatchObject({ value: '李明远' });
    expect((document.getElementById('xm') as HTMLInputElement).value).toBe('李明远');
  });

  it('asBoxHolds: one-line boxes join lines, other boxes keep them', () => {
    expect(asBoxHolds({ kind: 'text' }, '甲\n乙')).toBe('甲乙');
    expect(asBoxHolds({ kind: 'text' }, 'a\n\nb')).toBe('a b');
    expect(asBoxHolds({ kind: 'text' }, 'a\n（乙）')).toBe('a（乙）');
    expect(asBoxHolds({ kind: 'textarea' }, 'a\r\n\r\nb')).toBe('a\n\nb');
    expect(asBoxHolds({ kind: 'hidden' }, 'a\rb')).toBe('a\nb');
  });
});

describe('a value into a box of type="number" (breaker 31f F3)', () => {
  it('one that is no number (办公电话 020-38765432) is left to the user, not previewed as written: the browser would empty the box', async () => {
    const { plan } = await fill(`${row('办公电话', '<input id="dh" type="number">')}${row('邮政编码', '<input id="yb" type="number">')}`, 'basic-info', () => {});
    expect(plan.items.find((i) => i.key === 'basic.phone')).toMatchObject({ action: 'needs-user', reason: '此栏只能填数字，“020-38765432”填不进去（页面会清空它），请自行填写' });
    expect(plan.items.find((i) => i.key === 'basic.postcode')).toMatchObject({ action: 'fill', value: '510665' });
    expect((document.getElementById('dh') as HTMLInputElement).value).toBe('');
  });
});
