import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { STEPS } from '../../lib/portal/steps';
import { STEP_NEEDS } from '../../lib/portal/step-needs';
import { STEP_TITLES } from '../../lib/portal/step-titles';
import { ADVICE } from '../../lib/checks/advice';
import { APPLICATION_STEP_IDS, type ApplicationStepId, type StepId } from '../../lib/portal/step-ids';
import { adviceMessagePrefix, localAdvice, localStep, needsMessagePrefix, stepMessageKeys, stepVariantKey } from '../../lib/i18n/steps';
import { attachmentMissing } from '../../lib/checks/attachment-missing';
import { unfinishedSteps } from '../../lib/checks/unfinished-steps';
import { listMessageName, tCount } from '../../lib/i18n/t';
import { installLocale, readLocale } from './i18n-fake';
import { evaluatePhoto } from '../../lib/photo/rules';
import type { JpegInfo, NotJpeg } from '../../lib/photo/inspect';
import { GOOD_JPEG } from './checks/fixtures';

const zh = readLocale('zh_CN');
const en = readLocale('en');
const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

const sources = [...['components', 'lib', 'entrypoints'].flatMap((d) => sourceFiles(join(root, d))), join(root, 'wxt.config.ts')].map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));

/** The advice sentences of one step, in table order. */
const adviceTexts = (id: ApplicationStepId) => ADVICE.filter((a) => a.step === id).map((a) => a.text);
/** Names of the first `count` members of a numbered message list. */
const listNames = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => listMessageName(prefix, i + 1));
const needsNames = (id: StepId) => listNames(needsMessagePrefix(id), STEP_NEEDS[id].length);

/** Prefixes of a step's own message (lib/i18n/steps.ts stepVariantKey): named in code, but no message themselves. */
const VARIANT_PREFIX = { attachmentMissing: 'check_attachment_missing' } as const;
/** The attachment-missing finding of each step the check runs on (lib/checks/attachment-missing.ts). */
const attachmentMissingKeys = (attachmentMissing.steps as readonly StepId[]).map((id) => stepVariantKey(VARIANT_PREFIX.attachmentMissing, id));
/** How each step before 送审 is put right, which the unfinished-steps finding adds (lib/checks/unfinished-steps.ts). */
const unfinishedFixKeys = APPLICATION_STEP_IDS.filter((id) => !(unfinishedSteps.steps ?? []).includes(id)).map((id) => stepVariantKey('check_unfinished_steps_errors', id));

/** Message names derived from the step, needs and advice tables and the steps of a check (lib/i18n/steps.ts), not spelled in code. */
const derivedKeys = new Set<string>([
  ...attachmentMissingKeys,
  ...unfinishedFixKeys,
  ...STEPS.flatMap((s) => {
    const k = stepMessageKeys(s);
    return [k.title, k.short, ...needsNames(s.id)];
  }),
  ...APPLICATION_STEP_IDS.flatMap((id) => listNames(adviceMessagePrefix(id), adviceTexts(id).length)),
]);
/** First words of our message names (`tour_next` → `tour`): a literal starting so is meant as a key. */
const prefixes = [...new Set(Object.keys(zh).filter((k) => !derivedKeys.has(k) && k.includes('_')).map((k) => k.split('_')[0]))];
const keyLiteral = new RegExp(`['"\`]((?:${prefixes.join('|')})_[a-z0-9_]+)['"\`]`, 'g');
const manifestKey = /__MSG_([A-Za-z0-9_@]+)__/g;

function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const { path, text } of sources) {
    for (const m of text.matchAll(keyLiteral)) used.set(m[1]!, path);
    for (const m of text.matchAll(manifestKey)) used.set(m[1]!, path);
    for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) used.set(m[1]!, path);
  }
  // tCount(key, n) reads `<key>_one` for a count of 1.
  for (const [key, path] of [...used]) if (`${key}_one` in zh) used.set(`${key}_one`, path);
  return used;
}

const numbered = (message: string) => [...message.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('zh_CN and en have the same message names, none empty, all valid names', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [name, entry] of [...Object.entries(zh), ...Object.entries(en)]) {
      expect(name).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), name).not.toBe('');
    }
  });

  it('every message uses the same $1…$9 substitutions in both languages', () => {
    for (const name of Object.keys(zh)) expect(numbered(en[name]!.message), name).toEqual(numbered(zh[name]!.message));
  });

  it('every message name the code uses exists (a missing key fails here)', () => {
    const variantPrefixes: readonly string[] = Object.values(VARIANT_PREFIX);
    const missing = [...usedKeys()]
      .filter(([key]) => !variantPrefixes.includes(key) && (!(key in zh) || !(key in en)))
      .map(([key, path]) => `${key} (${path})`);
    expect(missing).toEqual([]);
  });

  it('a count of exactly 1 reads the singular message in English, any other count the plural; Chinese reads alike', () => {
    installLocale('en');
    expect(tCount('overlay_count_errors', 1)).toBe('1 error');
    expect(tCount('overlay_count_errors', 2)).toBe('2 errors');
    expect(tCount('overlay_count_errors', 0)).toBe('0 errors');
    expect(tCount('fill_apply', 1)).toBe('Fill (1 item)');
    installLocale('zh_CN');
    expect(tCount('overlay_count_errors', 1)).toBe('1 个错误');
    expect(tCount('overlay_count_errors', 3)).toBe('3 个错误');
  });

  it('every "_one" message has its plural, and both say the same in Chinese', () => {
    for (const name of Object.keys(zh).filter((k) => k.endsWith('_one'))) {
      const plural = name.slice(0, -'_one'.length);
      expect(zh[plural]?.message, name).toBe(zh[name]!.message);
      expect(en[plural]?.message, name).toMatch(/\$1/);
    }
  });

  it('every spelled-out message is used somewhere (no dead strings)', () => {
    const used = usedKeys();
    const unused = Object.keys(zh).filter((k) => !derivedKeys.has(k) && !used.has(k) && k !== 'lang');
    expect(unused).toEqual([]);
  });

  it('has every step title, short title and need, the Chinese word for word the step titles and needs tables', () => {
    installLocale('zh_CN');
    for (const step of STEPS) {
      const keys = stepMessageKeys(step);
      expect(zh[keys.title]?.message).toBe(STEP_TITLES[step.id].title);
      expect(zh[keys.short]?.message).toBe(STEP_TITLES[step.id].short);
      // Read as the UI reads them (up to the first missing number): no need missing, none extra.
      expect(localStep(step).needs, step.id).toEqual(STEP_NEEDS[step.id]);
      for (const k of [keys.title, keys.short, ...needsNames(step.id)]) expect(en[k]?.message, k).toMatch(/[A-Za-z]/);
    }
    installLocale('en');
    for (const step of STEPS) expect(localStep(step).needs, step.id).toHaveLength(STEP_NEEDS[step.id].length);
  });

  it('shows each step under its title message, in either language (localStep builds the names itself)', () => {
    for (const locale of ['zh_CN', 'en'] as const) {
      installLocale(locale);
      const messages = locale === 'en' ? en : zh;
      for (const step of STEPS) expect(localStep(step).title, step.id).toBe(messages[stepMessageKeys(step).title]?.message);
    }
    expect(localStep(STEPS.find((s) => s.id === 'basic-info')!).title).toBe('Basic information');
  });

  it("has the attachment-missing finding of every step the check runs on, each with the record's number as $1", () => {
    expect(attachmentMissingKeys).toHaveLength(5);
    // The number twice: the record, then the 记录序号 to choose in the 附件上传 form (newcomer66 F2).
    for (const key of attachmentMissingKeys) {
      expect(numbered(zh[key]?.message ?? ''), key).toEqual(['1', '1']);
      expect(numbered(en[key]?.message ?? ''), key).toEqual(['1', '1']);
    }
  });

  it('has the unfinished-steps advice of every step before 送审, with no substitution of its own', () => {
    expect(unfinishedFixKeys).toHaveLength(10);
    for (const key of unfinishedFixKeys) {
      expect(zh[key]?.message, key).toMatch(/^请回到该步/);
      expect(numbered(en[key]?.message ?? 'missing $1'), key).toEqual([]);
    }
  });

  it('has every advice sentence, the Chinese word for word the advice table', () => {
    installLocale('zh_CN');
    for (const id of APPLICATION_STEP_IDS) expect(localAdvice(id), id).toEqual(adviceTexts(id));
    installLocale('en');
    for (const id of APPLICATION_STEP_IDS) {
      const english = localAdvice(id);
      expect(english, id).toHaveLength(adviceTexts(id).length);
      for (const sentence of english) expect(sentence, id).toMatch(/[A-Za-z]/);
    }
    const adviceNames = Object.keys(zh).filter((k) => k.startsWith('advice_'));
    expect(adviceNames.length).toBe(ADVICE.length);
  });

  it("the photo rules' findings, every kind, are wholly English in an English browser", () => {
    // One file per finding of lib/photo/rules.ts (size in bytes, inspection facts).
    const files: { size: number; info: JpegInfo | NotJpeg }[] = [
      ...['png', 'unknown', 'broken-jpeg'].map((detected) => ({ size: 1000, info: { kind: 'not-jpeg', detected } as NotJpeg })),
      ...[
        { sofMarker: 0xc3 },
        { progressive: true },
        { components: 4, colorTransform: 'cmyk' },
        { components: 1, colorTransform: 'grey' },
        { width: 294, rawWidth: 294 },
        { orientation: 6, rawWidth: 413, rawHeight: 295 },
        { orientation: 3 },
        { width: 600, height: 600, rawWidth: 600, rawHeight: 600 },
      ].map((patch) => ({ size: 40_000, info: { ...GOOD_JPEG, ...patch } as JpegInfo })),
      { size: 512_000, info: GOOD_JPEG },
    ];
    const chinese = files.map((f) => evaluatePhoto(f).findings);
    installLocale('en');
    try {
      const english = files.map((f) => evaluatePhoto(f).findings);
      expect(english.map((fs) => fs.map(({ message, ...rest }) => rest))).toEqual(chinese.map((fs) => fs.map(({ message, ...rest }) => rest)));
      expect(chinese.flat()).toHaveLength(files.length);
      for (const f of english.flat()) {
        expect(f.message).toMatch(/[a-z]{3,} [a-z]{2,}/);
        expect(f.message).not.toMatch(/[\u4e00-\u9fff]/);
      }
    } finally {
      installLocale('zh_CN');
    }
  });

  it('the portal page’s photo hints say where the fixer is: the options page by its title, the popup button that opens it, its button (newcomer 25 item 4)', () => {
    for (const messages of [zh, en]) {
      const page = messages.options_title!.message.split(' · ').at(-1)!;
      for (const key of ['check_photo_fix_hint', 'check_photo_missing_choose', 'check_photo_missing_choose_then_press']) {
        const text = messages[key]!.message;
        for (const part of [`“${page}”`, `“${messages.popup_options!.message}”`, `“${messages.options_photo_fix!.message}”`]) expect(text, key).toContain(part);
      }
    }
  });

  it('the English file is English and the Chinese file Chinese (no copy left untranslated)', () => {
    const untranslated = Object.keys(zh).filter((k) => k !== 'lang' && /[\u4e00-\u9fff]/.test(zh[k]!.message) && en[k]!.message === zh[k]!.message);
    expect(untranslated).toEqual([]);
  });
});
