/** Rounds to `digits` decimals, for figures written to files (keeps YAML readable and stable). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
