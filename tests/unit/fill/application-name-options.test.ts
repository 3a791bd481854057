/**
 * 认定资格名称 and 申报评委会 options: autofill chooses the option the level checks accept, read
 * the same way (lib/vocab/application-names.ts), and never one they refuse (breaker 17 items 4, 5:
 * 初级-助理工程师 and …专业初级评委会 passed the checks yet autofill left them to the user).
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../lib/page/normalize';
import type { OptionSnapshot } from '../../../lib/page/snapshot';
import { findOption } from '../../../lib/fill/plan';
import { runChecks } from '../../../lib/checks/registry';
import { buildCtx } from '../checks/ctx';

const options = (...texts: string[]): OptionSnapshot[] =>
  texts.map((text, i) => ({ value: String(i + 1), text, norm: normalizeText(text), disabled: false, selected: false, placeholder: false }));
const chosen = (texts: string[], wanted: string) => findOption(options(...texts), wanted)?.text;

/** The findings of the two level checks on a 初级 application showing `value` in the field `key`. */
const junior = (key: 'application.qualificationName' | 'application.committee', value: string) =>
  runChecks(buildCtx({ headings: ['初级初次职称考核认定'], fields: [{ key, value }] }), { only: ['qualification-level-mismatch', 'committee-level-mismatch'] }).map((f) => f.checkId);

const ASSISTANT = '助理工程师';
const COMMITTEE = '广州市工程系列生态环境专业初级职称评审委员会';

describe('认定资格名称: the option naming the profile’s title, in the words the check reads', () => {
  it.each([
    [['员级-技术员', '初级-助理工程师', '中级-工程师'], '初级-助理工程师'],
    [['员级-技术员', '助理级-助理工程师', '中级-工程师'], '助理级-助理工程师'],
    [['员级：技术员', '助理级：助理工程师', '中级：工程师'], '助理级：助理工程师'],
    [['工程技术人员-技术员', '工程技术人员-助理工程师', '工程技术人员-工程师'], '工程技术人员-助理工程师'],
    [['技术员（生态环境）', '助理工程师（生态环境）', '工程师（生态环境）'], '助理工程师（生态环境）'],
    [['生态环境技术员', '生态环境助理工程师', '生态环境工程师'], '生态环境助理工程师'],
    [['员级', '助理级', '中级'], '助理级'],
  ])('%j → %s, which the check accepts', (texts, expected) => {
    expect(chosen(texts, ASSISTANT)).toBe(expected);
    expect(junior('application.qualificationName', expected)).toEqual([]);
  });

  it('工程师 is 中级-工程师, never 初级-助理工程师 (a whole title, not a word inside another)', () => {
    expect(chosen(['初级-助理工程师', '中级-工程师'], '工程师')).toBe('中级-工程师');
  });

  it('near misses stay the user’s: another title or a bare 初级 (技术员 or 助理工程师) is never chosen', () => {
    expect(chosen(['员级-技术员', '中级-工程师'], ASSISTANT)).toBeUndefined();
    expect(chosen(['初级', '中级'], ASSISTANT)).toBeUndefined();
    expect(chosen(['初级-技术员', '中级-工程师'], ASSISTANT)).toBeUndefined();
    // Two options naming the title: neither.
    expect(chosen(['初级-助理工程师', '助理工程师（生态环境）'], ASSISTANT)).toBeUndefined();
  });

  it('a bracket naming another title’s grade is refused by both: 助理工程师（员级）', () => {
    expect(chosen(['助理工程师（员级）', '工程师（中级）'], ASSISTANT)).toBeUndefined();
    expect(junior('application.qualificationName', '助理工程师（员级）')).toEqual(['qualification-level-mismatch']);
  });

  it('a bracket naming no grade is no mismatch for the check (工程系列, 环保, 考核认定, 2020版: breaker 17o item 1); autofill chooses only a bracket naming the field', () => {
    for (const bracket of ['工程系列', '环保', '考核认定', '初次认定', '2020版', '农业']) {
      expect(junior('application.qualificationName', `助理工程师（${bracket}）`), bracket).toEqual([]);
      expect(chosen([`技术员（${bracket}）`, `助理工程师（${bracket}）`, `工程师（${bracket}）`], ASSISTANT), bracket).toBeUndefined();
    }
    expect(junior('application.qualificationName', '工程师（中级）')).toEqual(['qualification-level-mismatch']);
  });
});

describe('申报评委会: the committee serving the profile’s level, as the check reads it', () => {
  const level = (word: string, tail = '职称评审委员会') => `广州市工程系列生态环境专业${word}${tail}`;
  it.each([
    [[level('初级', '评委会'), level('中级', '评委会')], level('初级', '评委会')],
    [['广州市生态环境专业初级职称评审委员会', '广州市生态环境专业中级职称评审委员会'], '广州市生态环境专业初级职称评审委员会'],
    [['广州市工程技术系列生态环境专业初级职称评审委员会', '广州市工程技术系列生态环境专业中级职称评审委员会'], '广州市工程技术系列生态环境专业初级职称评审委员会'],
    [[`${level('初级')}（2020）`, `${level('中级')}（2020）`], `${level('初级')}（2020）`],
    [[level('初中级')], level('初中级')],
    // Probe 20 F1: the one committee for both levels, its levels written apart.
    [[level('初、中级'), level('高级')], level('初、中级')],
    [[level('中初级'), level('高级')], level('中初级')],
  ])('%j → %s, which the check accepts', (texts, expected) => {
    expect(chosen(texts, COMMITTEE)).toBe(expected);
    expect(junior('application.committee', expected)).toEqual([]);
  });

  it('the 中级 profile gets the 中级 committee of the same list', () => {
    expect(chosen([level('初级', '评委会'), level('中级', '评委会')], level('中级'))).toBe(level('中级', '评委会'));
  });

  it('near misses stay the user’s: the other level alone, another specialty, two committees for the level', () => {
    expect(chosen([level('中级', '评委会')], COMMITTEE)).toBeUndefined();
    expect(chosen(['广州市工程系列电子专业初级职称评审委员会', level('中级')], COMMITTEE)).toBeUndefined();
    expect(chosen([level('初级', '评委会'), `${level('初级')}（2020）`], COMMITTEE)).toBeUndefined();
    expect(chosen([level('初级', '评委会'), level('初中级')], COMMITTEE)).toBeUndefined();
  });

  it('never another place’s committee, nor a revoked one (breaker 17o item 3)', () => {
    expect(chosen(['广东省工程系列生态环境专业初级职称评审委员会', '广东省工程系列生态环境专业中级职称评审委员会'], COMMITTEE)).toBeUndefined();
    expect(chosen([`${level('初级')}（已撤销）`, level('中级')], COMMITTEE)).toBeUndefined();
    expect(chosen([`${level('初级')}（已撤销）`, level('初级', '评委会')], COMMITTEE)).toBe(level('初级', '评委会'));
  });
});
