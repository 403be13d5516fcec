/**
 * A function of an object, computed once per object. For the pure functions asked many times about
 * one region in a run (its sizing, its estimates): regions are never changed once made (every stage
 * builds new objects), so the same object gives the same answer, and callers only read it.
 */
export function oncePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
