// A pure function of a string, kept for the strings met lately: every answer reads its evidence's sentences (and
// their words) again, and the reading of a sentence never changes. The store is cleared whole at its bound: simpler
// and cheaper than tracking the least used, and a cleared reading is only worked out again.

/** `work` with its results kept for up to `kept` keys (undefined results too). Callers share a result: never change it. */
export function memoized<T>(work: (key: string) => T, kept: number): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    if (known.size >= kept) known.clear();
    const result = work(key);
    known.set(key, result);
    return result;
  };
}
