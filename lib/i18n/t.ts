/**
 * The extension's UI strings go through the browser's own i18n mechanism: `_locales/zh_CN`
 * (default, `default_locale` in the manifest) and `_locales/en`, both in public/ so WXT copies
 * them into every build. The browser picks the language from its UI language; Simplified
 * Chinese is used for any language we do not ship.
 *
 * Keys are the zh_CN file's names: a key missing there does not type-check, and
 * tests/unit/i18n.test.ts fails when the two files differ or the code uses an unknown key.
 */
export type MessageKey = keyof typeof import('../../public/_locales/zh_CN/messages.json');

type GetMessage = (name: string, substitutions?: string[]) => string;

/**
 * One UI string in the browser's language.
 * @param key a message name from public/_locales/zh_CN/messages.json.
 * @param substitutions values for `$1`…`$9` in the message, in order (numbers are formatted
 *   with `String`).
 * @returns the localised text; the browser returns `""` for an unknown key (the unit test
 *   prevents that), never throws in an extension context.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return (browser.i18n.getMessage as GetMessage)(key, substitutions.map(String));
}

/** Messages that have a `<key>_one` companion for a count of exactly 1 (see tCount). */
export type CountedMessageKey = { [K in MessageKey]: `${K}_one` extends MessageKey ? K : never }[MessageKey];

/**
 * A message about a count, in the browser's language: `<key>_one` when `count` is 1 ("1
 * error"), `<key>` otherwise ("3 errors"). The browser's i18n has no plural rules; Chinese needs
 * none, so there the two messages read alike.
 * @param key a message whose `$1` is the count; its `_one` companion must exist (the type says so).
 * @param count the number put in as `$1`.
 * @param more the substitutions after it, `$2`….
 * @returns the localised text.
 */
export function tCount(key: CountedMessageKey, count: number, ...more: (string | number)[]): string {
  return t(count === 1 ? (`${key}_one` as MessageKey) : key, count, ...more);
}

/**
 * The name of member `n` of a numbered message list: `<prefix>_<n>`.
 * @param prefix the list's prefix (`step_basic_info_need`, `advice_education`).
 * @param n the member's number, from 1.
 */
export function listMessageName(prefix: string, n: number): string {
  return `${prefix}_${n}`;
}

/**
 * A numbered list of UI strings — `<prefix>_1`, `<prefix>_2`, … — in the browser's language,
 * read up to the first number the locale file lacks. The list's length lives only in the
 * locale files, so code that shows the list needs no copy of its source table (issue 9). The
 * names are built at run time, hence a plain `string` prefix rather than a MessageKey; that
 * every list is complete is checked by tests/unit/i18n.test.ts against its source table.
 * @param prefix the list's prefix (`step_basic_info_need`, `advice_education`).
 * @returns the texts in order; `[]` when `<prefix>_1` does not exist. The browser returns `""`
 *   for an unknown name and no message is empty (the unit test), so `""` ends the list.
 */
export function tList(prefix: string): string[] {
  const texts: string[] = [];
  for (;;) {
    const text = t(listMessageName(prefix, texts.length + 1) as MessageKey);
    if (text === '') return texts;
    texts.push(text);
  }
}

/** The language the UI is shown in, for `<html lang>`: `zh-CN` or `en`. */
export function uiLanguage(): 'zh-CN' | 'en' {
  return t('lang') === 'en' ? 'en' : 'zh-CN';
}
