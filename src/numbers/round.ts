/** Rounds to `digits` decimals, for figures written to files (keeps YAML readable and stable). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Half-up rounding that ignores binary noise (0.845 * 100 = 84.49999... rounds to 85). */
export function roundHalfUp(value: number, digits = 0): number {
  const scale = 10 ** digits;
  const clean = Math.round(value * scale * 1e9) / 1e9;
  return Math.floor(clean + 0.5) / scale;
}
