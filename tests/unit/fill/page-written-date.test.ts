/**
 * 出生日期 written by the page from 公民身份号码, in the page's own format (19900102, 1990-1-2,
 * 1990年01月02日, 1990/01/02): the same day written another way is no change since the preview —
 * no stale preview, no 已被修改 row, no 页面随后改为 — and the row says 已一致; another date still
 * counts as changed (breaker 7c item 10).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill, changedSincePreview } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';
import sample from '../../fixtures/sample-profile.json';

const profile = profileSchema.parse(sample.profile); // 出生日期 1998-05-12, 公民身份号码 440106199805120314
const ID = '<tr><td>公民身份号码：</td><td><input id="sfz"></td></tr>';
const BIRTH = '<tr><td>出生日期：</td><td><input id="csrq"></td></tr>';
const box = (id: string) => document.getElementById(id) as HTMLInputElement;
const birthRow = <T extends { key: string | null }>(items: readonly T[]): T => items.find((i) => i.key === 'basic.birthDate')!;

/** The page's onchange of 公民身份号码 writes 出生日期 as `written`. */
function page(order: 'id-first' | 'birth-first', written: string) {
  document.body.innerHTML = `<table><tr><td>姓名：</td><td><input id="xm"></td></tr>${order === 'id-first' ? ID + BIRTH : BIRTH + ID}</table>`;
  box('sfz').addEventListener('change', () => (box('csrq').value = written));
  const snapshot = collectSnapshot(document, window);
  return { snapshot, plan: planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info') };
}

afterEach(() => {
  document.body.innerHTML = '';
});

const SAME_DAY = ['19980512', '1998-5-12', '1998年05月12日', '1998/05/12', '1998-05-12'];
const OTHER_DAY = ['19980513', '1998-5-2', '1998年06月12日'];

describe('the page writes 出生日期 from the ID between the preview and 应用 (he typed the ID)', () => {
  it.each(SAME_DAY)('%s: the preview is not stale, the row says 已一致 and the page’s text stays', async (written) => {
    const { snapshot, plan } = page('id-first', written);
    expect(birthRow(plan.items)).toMatchObject({ action: 'fill', outcome: 'will-fill' });
    box('sfz').value = '440106199805120314';
    box('sfz').dispatchEvent(new Event('change'));
    expect(changedSincePreview(document, plan, collectSnapshot(document, window), new Set())).toBe(false);
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(birthRow(report.items)).toMatchObject({ result: 'skipped', outcome: 'same' });
    expect(box('csrq').value).toBe(written);
  });

  it.each(OTHER_DAY)('%s: another date is a change (stale preview, the row kept as his)', async (written) => {
    const { snapshot, plan } = page('id-first', written);
    box('sfz').value = '440106199805120314';
    box('sfz').dispatchEvent(new Event('change'));
    expect(changedSincePreview(document, plan, collectSnapshot(document, window), new Set())).toBe(true);
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(birthRow(report.items)).toMatchObject({ result: 'skipped', outcome: 'conflict' });
    expect(box('csrq').value).toBe(written);
  });
});

describe('应用 writes the ID and the page writes 出生日期 from it', () => {
  it.each(SAME_DAY)('ID first, page writes %s: 已一致, not 已被修改', async (written) => {
    const { snapshot, plan } = page('id-first', written);
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(birthRow(report.items)).toMatchObject({ result: 'skipped', outcome: 'same' });
    expect(box('csrq').value).toBe(written);
  });

  it.each(SAME_DAY)('出生日期 first, rewritten as %s by the ID’s onchange: still filled, not 页面随后改为', async (written) => {
    const { snapshot, plan } = page('birth-first', written);
    const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
    expect(birthRow(report.items)).toMatchObject({ result: 'filled', outcome: 'filled' });
  });

  it.each(OTHER_DAY)('another date %s still counts: kept as a conflict (ID first), failed (出生日期 first)', async (written) => {
    const first = page('id-first', written);
    expect(birthRow((await applyFill(document, first.snapshot, first.plan, { overwrite: new Set() })).items)).toMatchObject({ result: 'skipped', outcome: 'conflict' });
    const second = page('birth-first', written);
    const report = await applyFill(document, second.snapshot, second.plan, { overwrite: new Set() });
    expect(birthRow(report.items)).toMatchObject({ result: 'failed', outcome: 'failed' });
    expect(birthRow(report.items).detail).toContain(written);
  });
});
