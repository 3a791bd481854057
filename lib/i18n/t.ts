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

/** The language the UI is shown in, for `<html lang>`: `zh-CN` or `en`. */
export function uiLanguage(): 'zh-CN' | 'en' {
  return t('lang') === 'en' ? 'en' : 'zh-CN';
}
