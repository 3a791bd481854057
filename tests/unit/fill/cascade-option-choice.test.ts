/**
 * A cascade's child list, planned before its options loaded, is chosen by the same rules as a
 * list whose options the preview saw (lib/fill/plan.ts findOption, used by the select writer):
 * a title named by its level (初级工程师 is 助理工程师, lib/vocab/qualifiers.ts alias), a code
 * before the text — never only by equal text (breaker 7c item 9).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../../lib/page/collect';
import { recognizeFields } from '../../../lib/fields/recognize';
import { planFill } from '../../../lib/fill/plan';
import { applyFill } from '../../../lib/fill/apply';
import { profileSchema } from '../../../lib/profile/schema';

const row = (label: string, field: string) => `<tr><td>${label}</td><td>${field}</td></tr>`;
const sel = (id: string) => document.getElementById(id) as HTMLSelectElement;
const options = (texts: readonly string[]) => ['<option value="">--请选择--</option>', ...texts.map((text, i) => `<option value="z${i + 1}">${text}</option>`)].join('');

/** 申报级别 and 认定资格名称; the latter's `titles` are there at once, or put in by 申报级别's onchange 30 ms later (a cascade). */
async function fill(level: '初级' | '中级', name: string, titles: readonly string[], cascade: boolean | 'before-apply') {
  const profile = profileSchema.parse({ label: '测试', application: { level, qualificationName: name }, basic: { name: '李明远' } });
  const levels = '<option value="">--请选择--</option><option value="1">初级</option><option value="2">中级</option>';
  document.body.innerHTML = `<table>${row('申报级别', `<select id="jb">${levels}</select>`)}${row('认定资格名称', `<select id="zgmc">${options(cascade ? [] : titles)}</select>`)}</table>`;
  if (cascade === true) sel('jb').addEventListener('change', () => setTimeout(() => (sel('zgmc').innerHTML = options(titles)), 30));
  const snapshot = collectSnapshot(document, window);
  const plan = planFill(snapshot, recognizeFields(snapshot, 'basic-info'), profile, 'basic-info');
  // He chose 申报级别 himself after the preview: the child's options are in before 应用.
  if (cascade === 'before-apply') sel('zgmc').innerHTML = options(titles);
  const report = await applyFill(document, snapshot, plan, { overwrite: new Set() });
  const row_ = report.items.find((i) => i.key === 'application.qualificationName');
  return { chosen: sel('zgmc').selectedOptions[0]?.text, result: row_?.result };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('认定资格名称 whose options load only after 申报级别 (a cascade)', () => {
  it.each([
    ['初级', '助理工程师', ['初级工程师', '中级工程师'], '初级工程师'],
    ['中级', '工程师', ['初级工程师', '中级工程师', '高级工程师'], '中级工程师'],
    ['初级', '助理工程师', ['01-技术员', '02-助理工程师'], '02-助理工程师'],
    ['初级', '助理工程师', ['技术员', '助理工程师（助理级）'], '助理工程师（助理级）'],
  ] as const)('%s %s among %j: chooses %s, as when the options were there at the preview', async (level, name, titles, expected) => {
    expect(await fill(level, name, titles, false)).toEqual({ chosen: expected, result: 'filled' });
    expect(await fill(level, name, titles, true)).toEqual({ chosen: expected, result: 'filled' });
  });

  it('options the page loaded between the preview and 应用 are chosen by the same rules, not called replaced', async () => {
    expect(await fill('初级', '助理工程师', ['初级工程师', '中级工程师'], 'before-apply')).toEqual({ chosen: '初级工程师', result: 'filled' });
  });

  it('a list naming both the title and its other name gets the title; one naming neither is not chosen', async () => {
    expect(await fill('中级', '工程师', ['助理工程师', '工程师', '中级工程师'], true)).toEqual({ chosen: '工程师', result: 'filled' });
    expect(await fill('初级', '助理工程师', ['技术员', '高级工程师'], true)).toEqual({ chosen: '--请选择--', result: 'failed' });
  });
});
