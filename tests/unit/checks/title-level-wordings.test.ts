/**
 * Titles named by their level (lists6 item 4): 初级工程师 is 助理工程师 (初级, 助理级), 中级工程师 is
 * 工程师 (中级), 高级工程师 a title of its own (副高级) — for the 认定资格名称 level check, the
 * 申报评委会 level check and autofill's option choice (lib/vocab/qualifiers.ts alias).
 */
import { describe, expect, it } from 'vitest';
import { buildCtx } from './ctx';
import { runChecks } from '../../../lib/checks/registry';
import { findOption } from '../../../lib/fill/plan';
import type { Level } from '../../../lib/profile/schema';

const levelFindings = (level: Level, key: 'application.qualificationName' | 'application.committee', value: string) =>
  runChecks(buildCtx({ step: 'basic-info', fields: [{ key: 'application.level', value: level }, { key, value }] }), { only: ['qualification-level-mismatch', 'committee-level-mismatch'] }).map((f) => f.checkId);
const options = (texts: string[]) => texts.map((text) => ({ value: text, text, norm: text, disabled: false, selected: false, placeholder: false }));

describe('认定资格名称 named by its level', () => {
  it.each([
    ['初级', '初级工程师'],
    ['初级', '01-初级工程师'],
    ['中级', '中级工程师'],
    ['中级', '02.中级工程师'],
  ] as const)('%s: %s fits', (level, name) => {
    expect(levelFindings(level, 'application.qualificationName', name)).toEqual([]);
  });

  it.each([
    ['初级', '中级工程师'],
    ['初级', '高级工程师'],
    ['中级', '初级工程师'],
    ['中级', '高级工程师'],
    ['中级', '助理工程师'],
  ] as const)('%s: %s is another level', (level, name) => {
    expect(levelFindings(level, 'application.qualificationName', name)).toEqual(['qualification-level-mismatch']);
  });
});

describe('申报评委会 named by a title of its level (already so before lists6)', () => {
  it('初级工程师 / 中级工程师 committees serve their level; a 高级工程师 one neither', () => {
    const committee = (title: string) => `广州市工程系列生态环境专业${title}评审委员会`;
    expect(levelFindings('初级', 'application.committee', committee('初级工程师'))).toEqual([]);
    expect(levelFindings('中级', 'application.committee', committee('中级工程师'))).toEqual([]);
    expect(levelFindings('初级', 'application.committee', committee('中级工程师'))).toEqual(['committee-level-mismatch']);
    expect(levelFindings('中级', 'application.committee', committee('初级工程师'))).toEqual(['committee-level-mismatch']);
    for (const level of ['初级', '中级'] as const) expect(levelFindings(level, 'application.committee', committee('高级工程师'))).toEqual(['committee-level-mismatch']);
  });
});

describe('autofill chooses the option naming the profile’s title by its level', () => {
  const byLevel = options(['初级工程师', '中级工程师', '高级工程师']);
  it('助理工程师 → 初级工程师, 工程师 → 中级工程师, 高级工程师 → 高级工程师; 技术员 none (the user’s)', () => {
    expect(findOption(byLevel, '助理工程师')?.text).toBe('初级工程师');
    expect(findOption(byLevel, '工程师')?.text).toBe('中级工程师');
    expect(findOption(byLevel, '高级工程师')?.text).toBe('高级工程师');
    expect(findOption(byLevel, '技术员')).toBeUndefined();
  });
  it('a list naming the titles themselves still gets the title, never its other name', () => {
    const both = options(['助理工程师', '工程师', '中级工程师']);
    expect(findOption(both, '工程师')?.text).toBe('工程师');
    expect(findOption(options(['01-初级工程师', '02-中级工程师']), '工程师')?.text).toBe('02-中级工程师');
  });
});
