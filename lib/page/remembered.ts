/**
 * The one memo pattern of a page reading (lib/page/collect.ts and its helpers keep per-reading
 * caches so a control never repeats a subtree query or a walk: tests/unit/page/scaling.test.ts).
 */

/**
 * The value `memo` holds for `key`, computed by `compute` and kept on its first use. A cache kept
 * across readings (module-level, for pure functions of short page texts that recur in every
 * reading) passes `limit`: it is emptied when it holds that many entries, so it stays small. One
 * function for both: content.js's size budget (issue 9).
 * @param memo a cache (one reading's, or the module's with `limit`). @param key what the value is of.
 * @param compute makes the value; never called again for a key whose value is not `undefined`.
 * @param limit most entries kept; none by default (a cache living for one reading of the page).
 * @returns the kept value.
 */
export function remembered<K, V>(memo: Map<K, V>, key: K, compute: () => V, limit = Infinity): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute();
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
  }
  return value;
}
