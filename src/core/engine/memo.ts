/**
 * A cache of one: the value computed for the last key. Rules ask for the same per-draft facts many
 * times while they check one draft, and drafts are checked one after another, so one slot serves
 * every hit a WeakMap would, without a WeakMap's cost: V8 walks weak tables on every young-generation
 * collection, and a batch makes one every few drafts.
 */
export function lastOf<K, V>(compute: (key: K) => V): (key: K) => V {
  let filled = false;
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (!filled || key !== lastKey) {
      filled = true;
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue as V;
  };
}
