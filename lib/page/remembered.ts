/**
 * The one memo pattern of a page reading (lib/page/collect.ts and its helpers keep per-reading
 * caches so a control never repeats a subtree query or a walk: tests/unit/page/scaling.test.ts).
 */

/**
 * The value `memo` holds for `key`, computed by `compute` and kept on its first use.
 * @param memo a cache living for one reading of the page. @param key what the value is of.
 * @param compute makes the value; never called again for a key whose value is not `undefined`.
 * @returns the kept value.
 */
export function remembered<K, V>(memo: Map<K, V>, key: K, compute: () => V): V {
  let value = memo.get(key);
  if (value === undefined) memo.set(key, (value = compute()));
  return value;
}

/**
 * `remembered` for a cache kept across readings (module-level, for pure functions of short page
 * texts that recur in every reading): emptied when it holds `limit` entries, so it stays small.
 * @param limit most entries kept. Other parameters and result as for `remembered`.
 */
export function rememberedUpTo<K, V>(memo: Map<K, V>, key: K, limit: number, compute: () => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = compute();
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
  }
  return value;
}
