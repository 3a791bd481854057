import { describe, expect, it } from 'vitest';
import { STEP_TABLE, STEPS, stepById } from '../../lib/portal/steps';
import { stepTableSchema, stepTupleTableSchema } from '../../lib/portal/steps.schema';
import { STEP_NEEDS } from '../../lib/portal/step-needs';
import { stepNeedsTableSchema } from '../../lib/portal/step-needs.schema';
import { STEP_TITLES } from '../../lib/portal/step-titles';
import { stepTitlesTableSchema } from '../../lib/portal/step-titles.schema';
import { FIELD_DEPENDS, FIELD_ROWS, FIELD_TABLE, FIELD_TITLES, fieldDictionary, specOf } from '../../lib/fields/dictionary';
import { fieldDependsSchema, fieldTableSchema, fieldTitlesSchema, fieldTupleTableSchema } from '../../lib/fields/dictionary.schema';
import { CHECKS } from '../../lib/checks/registry';
import { checkCatalogueSchema, checkTableSchema } from '../../lib/checks/registry.schema';
import { CHECK_CATALOGUE } from '../../lib/checks/catalogue';
import { ADVICE } from '../../lib/checks/advice';
import { adviceTableSchema } from '../../lib/checks/advice.schema';
import { PHOTO_RULES } from '../../lib/photo/rule-table';
import { photoRuleTableSchema } from '../../lib/photo/rules.schema';
import { ELIGIBILITY_RULES } from '../../lib/eligibility';
import { eligibilityTableSchema } from '../../lib/eligibility.schema';
import { SECTION_STEP, SECTION_TITLE } from '../../lib/fields/sections';
import { sectionStepSchema, sectionTitleSchema } from '../../lib/fields/sections.schema';
import { SPLIT_LISTS } from '../../lib/fill/split-lists';
import { splitListTableSchema } from '../../lib/fill/split-lists.schema';
import { STAND_INS } from '../../lib/fill/stand-ins';
import { standInTableSchema } from '../../lib/fill/stand-ins.schema';
import { PANEL_DATES } from '../../lib/fill/panel-dates';
import { panelDateTableSchema } from '../../lib/fill/panel-dates.schema';

/**
 * The declarative tables are validated here, one zod schema each (the `*.schema.ts` next to
 * the table), instead of at module load: the runtime modules import their schema only as a
 * type, so the content script carries no zod (issue 9). Each table must parse to itself
 * (nothing dropped, nothing defaulted), and a copy with one bad entry must be refused, so a
 * schema that accepts anything fails here too.
 */

/** A deep copy of a table (RegExps and functions kept) with `change` applied. */
function changed<T>(table: T, change: (copy: T) => void): T {
  const copy = structuredCloneKeeping(table) as T;
  change(copy);
  return copy;
}

function structuredCloneKeeping(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredCloneKeeping);
  if (value instanceof RegExp || typeof value === 'function' || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCloneKeeping(v)]));
}

describe('step table (lib/portal/steps.ts)', () => {
  it('parses to itself', () => {
    expect(stepTableSchema.parse(STEPS)).toEqual(STEPS);
  });
  it('refuses a duplicate id, a missing step and a signal that is no RegExp', () => {
    expect(stepTableSchema.safeParse([...STEPS, STEPS[0]!]).success).toBe(false);
    expect(stepTableSchema.safeParse(STEPS.slice(1)).success).toBe(false);
    expect(stepTableSchema.safeParse(changed([...STEPS], (t) => t[3]!.signals.headings.push('(未闭合'))).success).toBe(false);
  });
});

describe('step table as written (lib/portal/steps.ts STEP_TABLE)', () => {
  it('parses to itself', () => {
    expect(stepTupleTableSchema.parse(STEP_TABLE)).toEqual(STEP_TABLE);
  });
  it('refuses an unknown id, a column that is no list of strings, a field key that is none and an eighth column', () => {
    expect(stepTupleTableSchema.safeParse(changed([...STEP_TABLE], (t) => (t[0] = ['no-such-step', []] as never))).success).toBe(false);
    expect(stepTupleTableSchema.safeParse(changed([...STEP_TABLE], (t) => (t[0] = ['login', '登录'] as never))).success).toBe(false);
    expect(stepTupleTableSchema.safeParse(changed([...STEP_TABLE], (t) => (t[0] = ['login', [], [], [], [], [], ['no.such.field']] as never))).success).toBe(false);
    expect(stepTupleTableSchema.safeParse(changed([...STEP_TABLE], (t) => (t[0] = ['login', [], [], [], [], [], [], []] as never))).success).toBe(false);
  });
  it('names the columns in the order the docstring gives, the eleven steps numbered by APPLICATION_STEP_IDS', () => {
    expect(stepById('submit')).toEqual({
      id: 'submit',
      order: 11,
      signals: { headings: ['完成并送审', '送审'], labels: [], actions: ['^送审$', '提交审核'], negative: [], assists: ['^(确认)?提交$|^(确认|提交)送审$'], fields: ['page.consent'] },
    });
    expect(stepById('login').signals.negative).toEqual(['公民身份号码', '认定资格名称']);
    expect(stepById('login').order).toBeUndefined();
    expect(STEPS.map((s) => s.order ?? 0)).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0]);
    expect(stepById('education')).toBe(STEPS[5]);
  });
});

describe('step guidance (lib/portal/step-needs.ts)', () => {
  it('parses to itself', () => {
    expect(stepNeedsTableSchema.parse(STEP_NEEDS)).toEqual(STEP_NEEDS);
  });
  it('refuses a missing step, an unknown step, a step without needs and an empty sentence', () => {
    const { unknown: _dropped, ...withoutUnknown } = STEP_NEEDS;
    expect(stepNeedsTableSchema.safeParse(withoutUnknown).success).toBe(false);
    expect(stepNeedsTableSchema.safeParse({ ...STEP_NEEDS, 'no-such-step': ['说明。'] }).success).toBe(false);
    expect(stepNeedsTableSchema.safeParse({ ...STEP_NEEDS, education: [] }).success).toBe(false);
    expect(stepNeedsTableSchema.safeParse({ ...STEP_NEEDS, education: [...STEP_NEEDS.education, ''] }).success).toBe(false);
  });
});

describe('step titles (lib/portal/step-titles.ts)', () => {
  it('parses to itself', () => {
    expect(stepTitlesTableSchema.parse(STEP_TITLES)).toEqual(STEP_TITLES);
  });
  it('refuses a missing step, an unknown step and an empty title or short title', () => {
    const { unknown: _dropped, ...withoutUnknown } = STEP_TITLES;
    expect(stepTitlesTableSchema.safeParse(withoutUnknown).success).toBe(false);
    expect(stepTitlesTableSchema.safeParse({ ...STEP_TITLES, 'no-such-step': { title: '页面', short: '页面' } }).success).toBe(false);
    expect(stepTitlesTableSchema.safeParse({ ...STEP_TITLES, education: { ...STEP_TITLES.education, title: '' } }).success).toBe(false);
    expect(stepTitlesTableSchema.safeParse({ ...STEP_TITLES, education: { ...STEP_TITLES.education, short: '' } }).success).toBe(false);
  });
});

describe('field dictionary (lib/fields/dictionary.ts)', () => {
  it('parses to itself', () => {
    expect(fieldTableSchema.parse(FIELD_ROWS)).toEqual(FIELD_ROWS);
  });
  it('refuses a label not written in normalised form (full-width letters, a trailing colon)', () => {
    expect(fieldTableSchema.safeParse(changed([...FIELD_ROWS], (t) => (t[0]!.labels = ['姓名：']))).success).toBe(false);
    expect(fieldTableSchema.safeParse(changed([...FIELD_ROWS], (t) => (t[0]!.labels = ['ＩＤ号']))).success).toBe(false);
  });
  it('refuses a lower-case pinyin token, a duplicate key and a record key on another step', () => {
    expect(fieldTableSchema.safeParse(changed([...FIELD_ROWS], (t) => (t[0]!.pinyin = ['sbjb']))).success).toBe(false);
    expect(fieldTableSchema.safeParse([...FIELD_ROWS, FIELD_ROWS[0]!]).success).toBe(false);
    const educationRow = FIELD_ROWS.findIndex((r) => r.key.startsWith('education.'));
    expect(fieldTableSchema.safeParse(changed([...FIELD_ROWS], (t) => (t[educationRow]!.steps = ['basic-info']))).success).toBe(false);
  });
  it('keeps the cascading lists beside the rows, refusing one that comes back to itself (申报级别 depending on 申报评委会, which depends on it)', () => {
    expect(fieldDependsSchema(FIELD_ROWS).parse(FIELD_DEPENDS)).toEqual(FIELD_DEPENDS);
    expect(specOf('application.committee').dependsOn).toEqual(['application.qualificationName', 'application.level']);
    expect(specOf('application.level').dependsOn).toBeUndefined();
    expect(fieldDependsSchema(FIELD_ROWS).safeParse({ ...FIELD_DEPENDS, 'application.level': ['application.committee'] }).success).toBe(false);
    expect(fieldDependsSchema(FIELD_ROWS).safeParse({ ...FIELD_DEPENDS, 'application.level': ['application.specialty'] }).success).toBe(true);
    expect(fieldDependsSchema(FIELD_ROWS).safeParse({ ...FIELD_DEPENDS, 'application.level': [] }).success).toBe(false);
    expect(fieldDependsSchema(FIELD_ROWS).safeParse({ ...FIELD_DEPENDS, 'no.such': ['application.level'] }).success).toBe(false);
  });
  it('takes a missing title from the first label, and refuses titles missing one for a row whose first label is a pattern', () => {
    const untitled = FIELD_ROWS.findIndex((r) => FIELD_TITLES[r.key] === undefined);
    expect(fieldDictionary()[untitled]!.title).toBe(FIELD_ROWS[untitled]!.labels[0]);
    expect(specOf('page.reviewGroup').title).toBe('申报（评审）专业组');
    expect(fieldTitlesSchema(FIELD_ROWS).parse(FIELD_TITLES)).toEqual(FIELD_TITLES);
    const patterned = changed([...FIELD_ROWS], (t) => (t[untitled] = { ...t[untitled]!, labels: [/姓名/] }));
    expect(fieldTitlesSchema(patterned).safeParse(FIELD_TITLES).success).toBe(false);
    expect(fieldTitlesSchema(patterned).safeParse({ ...FIELD_TITLES, [FIELD_ROWS[untitled]!.key]: '名' }).success).toBe(true);
    expect(fieldTitlesSchema(FIELD_ROWS).safeParse({ ...FIELD_TITLES, 'no.such': '名' }).success).toBe(false);
    expect(fieldTitlesSchema(FIELD_ROWS).safeParse({ ...FIELD_TITLES, 'page.consent': '' }).success).toBe(false);
  });
});

describe('field dictionary as written (lib/fields/dictionary.ts FIELD_TABLE)', () => {
  it('parses to itself, and names its columns: the labels and the tokens split, the steps from the group, absent columns filled in', () => {
    expect(fieldTupleTableSchema.parse(FIELD_TABLE)).toEqual(FIELD_TABLE);
    expect(specOf('basic.name')).toMatchObject({ pinyin: ['XM', 'SBRXM', 'XINGMING'], english: ['name', 'realname', 'fullname', 'xingming', 'username'], kinds: ['text'], negative: [], steps: ['basic-info'] });
    expect(specOf('page.rewards')).toMatchObject({ pinyin: [], english: [], kinds: ['text', 'textarea'] });
    expect(specOf('education.startDate')).toMatchObject({ range: 'start', steps: ['education'] });
    expect(specOf('page.journalNo').parts).toEqual(['publications.issn', 'publications.cn']);
    expect(specOf('application.level').steps).toEqual(['select-series', 'basic-info']);
    expect(FIELD_ROWS.map((r) => r.key)).toEqual(fieldDictionary().map((r) => r.key));
  });
  it('refuses a token of mixed case or too short, a stray space, an unknown extra column, an empty group, and labels side by side not one space apart or not normalised', () => {
    const withTokens = (tokens: string) => changed([...FIELD_TABLE], (t) => (t[0] = [t[0]![0], [[t[0]![1][0]![0], t[0]![1][0]![1], tokens]]]));
    expect(fieldTupleTableSchema.safeParse(withTokens('SBJB level')).success).toBe(true);
    expect(fieldTupleTableSchema.safeParse(withTokens('')).success).toBe(true);
    for (const bad of ['Level', 'SBJB lv', 'SBJB  level', 'SBJB ', 'S'])
      expect(fieldTupleTableSchema.safeParse(withTokens(bad)).success, bad).toBe(false);
    expect(fieldTupleTableSchema.safeParse(changed([...FIELD_TABLE], (t) => (t[0] = [t[0]![0], [[...t[0]![1][0]!.slice(0, 5), { title: '级别' }] as never]]))).success).toBe(false);
    expect(fieldTupleTableSchema.safeParse(changed([...FIELD_TABLE], (t) => (t[0] = [t[0]![0], []]))).success).toBe(false);
    const withLabels = (labels: string) => changed([...FIELD_TABLE], (t) => (t[0] = [t[0]![0], [[t[0]![1][0]![0], [labels], t[0]![1][0]![2]]]]));
    expect(fieldTupleTableSchema.safeParse(withLabels('申报级别 申报等级')).success).toBe(true);
    for (const bad of ['申报级别  申报等级', '申报级别 申报等级：', ' 申报级别'])
      expect(fieldTupleTableSchema.safeParse(withLabels(bad)).success, bad).toBe(false);
    expect(specOf('basic.politicalStatus').labels).toEqual(['政治面貌', '政治面目', '党派']);
  });
});

describe('check registry metadata (lib/checks/registry.ts)', () => {
  it('parses', () => {
    expect(checkTableSchema.safeParse(CHECKS).success).toBe(true);
  });
  it('refuses a duplicate id, a missing run function and an unknown step', () => {
    expect(checkTableSchema.safeParse([...CHECKS, CHECKS[0]!]).success).toBe(false);
    expect(checkTableSchema.safeParse([{ ...CHECKS[0]!, run: undefined }]).success).toBe(false);
    expect(checkTableSchema.safeParse([{ ...CHECKS[0]!, steps: ['no-such-step'] }]).success).toBe(false);
  });
  it('has a catalogue entry (title, source) for every check, in the registry order', () => {
    expect(checkCatalogueSchema(CHECKS).parse(CHECK_CATALOGUE)).toEqual(CHECK_CATALOGUE);
  });
  it('refuses a catalogue with a check missing, out of order, or without a source', () => {
    const schema = checkCatalogueSchema(CHECKS);
    expect(schema.safeParse(CHECK_CATALOGUE.slice(1)).success).toBe(false);
    expect(schema.safeParse([CHECK_CATALOGUE[1], CHECK_CATALOGUE[0], ...CHECK_CATALOGUE.slice(2)]).success).toBe(false);
    expect(schema.safeParse([{ ...CHECK_CATALOGUE[0]!, source: '' }, ...CHECK_CATALOGUE.slice(1)]).success).toBe(false);
  });
});

describe('advice table (lib/checks/advice.ts)', () => {
  it('parses to itself', () => {
    expect(adviceTableSchema.parse(ADVICE)).toEqual(ADVICE);
  });
  it('refuses an entry without text or on a page that is no application step', () => {
    expect(adviceTableSchema.safeParse([{ ...ADVICE[0]!, text: '' }]).success).toBe(false);
    expect(adviceTableSchema.safeParse([{ ...ADVICE[0]!, step: 'login' }]).success).toBe(false);
  });
});

describe('photo rules (lib/photo/rules.ts)', () => {
  it('parses to itself', () => {
    expect(photoRuleTableSchema.parse(PHOTO_RULES)).toEqual(PHOTO_RULES);
  });
  it('refuses a fractional size and another colour depth', () => {
    expect(photoRuleTableSchema.safeParse({ ...PHOTO_RULES, maxBytes: 499.5 }).success).toBe(false);
    expect(photoRuleTableSchema.safeParse({ ...PHOTO_RULES, components: 4 }).success).toBe(false);
  });
});

describe('eligibility rules (lib/eligibility.ts)', () => {
  it('parses to itself', () => {
    expect(eligibilityTableSchema.parse(ELIGIBILITY_RULES)).toEqual(ELIGIBILITY_RULES);
  });
  it('refuses an education level outside the vocabulary and negative months', () => {
    expect(eligibilityTableSchema.safeParse([{ ...ELIGIBILITY_RULES[0]!, education: ['小学'] }]).success).toBe(false);
    expect(eligibilityTableSchema.safeParse([{ ...ELIGIBILITY_RULES[0]!, minMonths: -12 }]).success).toBe(false);
  });
});

describe('record sections (lib/fields/sections.ts)', () => {
  it('parse to themselves', () => {
    expect(sectionStepSchema.parse(SECTION_STEP)).toEqual(SECTION_STEP);
    expect(sectionTitleSchema.parse(SECTION_TITLE)).toEqual(SECTION_TITLE);
  });
  it('refuse two sections on one step, a missing section and an empty title', () => {
    expect(sectionStepSchema.safeParse({ ...SECTION_STEP, education: SECTION_STEP.workHistory }).success).toBe(false);
    const { education: _dropped, ...withoutEducation } = SECTION_STEP;
    expect(sectionStepSchema.safeParse(withoutEducation).success).toBe(false);
    expect(sectionTitleSchema.safeParse({ ...SECTION_TITLE, education: '' }).success).toBe(false);
  });
});

describe('split-list table (lib/fill/split-lists.ts)', () => {
  it('parses to itself', () => {
    expect(splitListTableSchema.parse(SPLIT_LISTS)).toEqual(SPLIT_LISTS);
  });
  it('refuses a selector the browser cannot parse, a class name with a dot, an unknown field and an empty table', () => {
    expect(splitListTableSchema.safeParse(changed([...SPLIT_LISTS], (t) => (t[0] = { ...t[0]!, header: ':scope > (' }))).success).toBe(false);
    expect(splitListTableSchema.safeParse(changed([...SPLIT_LISTS], (t) => (t[0] = { ...t[0]!, hidden: '.layui-hide' }))).success).toBe(false);
    expect(splitListTableSchema.safeParse(changed([...SPLIT_LISTS], (t) => (t[0] = { ...t[0]!, extra: 'x' } as never))).success).toBe(false);
    expect(splitListTableSchema.safeParse([]).success).toBe(false);
  });
});

describe('stand-in table (lib/fill/stand-ins.ts)', () => {
  it('parses to itself', () => {
    expect(standInTableSchema.parse(STAND_INS)).toEqual(STAND_INS);
  });
  it('refuses a selector the browser cannot parse, an entry without its value attribute, an unknown field and an empty table', () => {
    expect(standInTableSchema.safeParse(changed([...STAND_INS], (t) => (t[1] = { ...t[1]!, shown: 'span >' }))).success).toBe(false);
    const { entryValue: _dropped, ...withoutValue } = STAND_INS[0]!;
    expect(standInTableSchema.safeParse(changed([...STAND_INS], (t) => (t[0] = withoutValue))).success).toBe(false);
    expect(standInTableSchema.safeParse(changed([...STAND_INS], (t) => (t[2] = { ...t[2]!, extra: 'x' } as never))).success).toBe(false);
    expect(standInTableSchema.safeParse([]).success).toBe(false);
  });
});

describe('panel-date table (lib/fill/panel-dates.ts)', () => {
  it('parses to itself', () => {
    expect(panelDateTableSchema.parse(PANEL_DATES)).toEqual(PANEL_DATES);
  });
  it('refuses a selector the browser cannot parse, an unknown field and an empty table', () => {
    expect(panelDateTableSchema.safeParse([{ ...PANEL_DATES[0]!, input: 'input >' }]).success).toBe(false);
    expect(panelDateTableSchema.safeParse([{ ...PANEL_DATES[0]!, extra: 'x' }]).success).toBe(false);
    expect(panelDateTableSchema.safeParse([]).success).toBe(false);
  });
});
