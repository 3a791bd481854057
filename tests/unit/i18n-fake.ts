import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** One locale file as the browser reads it: name → { message, placeholders? }. */
export type LocaleMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** Reads public/_locales/<locale>/messages.json. */
export function readLocale(locale: 'zh_CN' | 'en'): LocaleMessages {
  return JSON.parse(readFileSync(resolve(__dirname, '../../public/_locales', locale, 'messages.json'), 'utf8')) as LocaleMessages;
}

/**
 * `getMessage` as Chrome and Firefox implement it for our files: named placeholders
 * (`$NAME$` → their `content`), then `$1`…`$9` → substitutions, `$$` → `$`; unknown names → "".
 */
export function formatMessage(messages: LocaleMessages, name: string, substitutions: string | string[] = []): string {
  const entry = messages[name];
  if (!entry) return '';
  const subs = Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, placeholder: string) => {
    const content = entry.placeholders?.[placeholder.toLowerCase()]?.content;
    return content ?? whole;
  });
  text = text.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
  return text;
}

/**
 * Gives WXT's fake browser (unit tests) a working `i18n.getMessage` for one locale, so
 * components render the same texts as in the browser.
 */
export function installLocale(locale: 'zh_CN' | 'en' = 'zh_CN'): void {
  const messages = readLocale(locale);
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) =>
    formatMessage(messages, name, substitutions)) as typeof fakeBrowser.i18n.getMessage;
}
