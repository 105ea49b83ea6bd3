/**
 * Work derived from one analysis (sentence bags, facts, a spin score) is the
 * same every time it is asked for, and a document is asked for it once per
 * pair it is in: kept beside the analysis, and dropped with it.
 */
export function memoised<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/** `memoised` for a derivation that also reads a second object (a lexicon): one cache per second object. */
export function memoisedBy<K extends object, L extends object, V>(compute: (key: K, by: L) => V): (key: K, by: L) => V {
  const caches = new WeakMap<L, (key: K) => V>();
  return (key, by) => {
    let cached = caches.get(by);
    if (!cached) {
      cached = memoised((k: K) => compute(k, by));
      caches.set(by, cached);
    }
    return cached(key);
  };
}
