/**
 * The text of a thrown value as the user reads it: an error's own message, without the class name
 * `String(error)` puts before it ("RangeError: 设置项 … 的值无效"); a ProfileDbError's message is its
 * userMessage. Anything else thrown (a string, a DOMException-like object) as text.
 * @param error what a `catch` caught.
 * @returns the message, never empty when the error had one.
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
