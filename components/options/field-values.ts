import type { FieldKind } from '../../lib/profile/editor-sections';

/**
 * Between stored values and the text an input shows. An input that cannot become the stored type
 * (year "二〇一九") is kept as typed, so the schema's inline message names the problem instead of
 * the page silently dropping what the user wrote.
 */

/**
 * The text an input shows for a stored value.
 * @param kind the field kind
 * @param value the stored value (string, number, boolean, null or undefined)
 */
export function displayValue(kind: FieldKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (kind === 'bool') return value === true ? '是' : value === false ? '否' : String(value);
  return String(value);
}

/**
 * The value to store for what the user typed or chose.
 * @param kind the field kind
 * @param text the input's text
 * @returns the value; `undefined` for an empty optional number (the key is then removed)
 */
export function storedValue(kind: FieldKind, text: string): unknown {
  switch (kind) {
    case 'int':
      return /^\s*\d+\s*$/.test(text) ? Number(text) : text;
    case 'optional-int':
      if (text.trim() === '') return undefined;
      return /^\s*\d+\s*$/.test(text) ? Number(text) : text;
    case 'bool':
      return text === '是';
    case 'open-end':
      return text.trim() === '' ? null : text;
    default:
      return text;
  }
}

/**
 * Sets a property on a copy of an object, removing it when the value is undefined.
 * @param target the object (not changed)
 * @param key property name
 * @param value new value
 */
export function withValue<T extends object>(target: T, key: string, value: unknown): T {
  const copy: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy as T;
}
