/** Growable numeric sample (waits), kept as a typed array. */
export class Sample {
  private data = new Float64Array(16);
  length = 0;
  sum = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
    this.sum += value;
  }
  mean(): number | null {
    return this.length > 0 ? this.sum / this.length : null;
  }
  /** Nearest-rank percentile (deterministic, no interpolation). */
  percentile(p: number): number | null {
    if (this.length === 0) return null;
    const sorted = this.data.slice(0, this.length).sort();
    return sorted[Math.min(this.length - 1, Math.max(0, Math.ceil(p * this.length) - 1))];
  }
  values(): Float64Array {
    return this.data.subarray(0, this.length);
  }
  countAbove(limit: number): number {
    let n = 0;
    for (let i = 0; i < this.length; i++) if (this.data[i] > limit + 1e-12) n++;
    return n;
  }
}

/** Time-weighted distribution of a count (people waiting): minutes spent at each value. */
export class TimeHistogram {
  private bins = new Float64Array(8);
  total = 0;
  weighted = 0;
  add(value: number, minutes: number): void {
    if (minutes <= 0) return;
    if (value >= this.bins.length) {
      let size = this.bins.length;
      while (size <= value) size *= 2;
      const grown = new Float64Array(size);
      grown.set(this.bins);
      this.bins = grown;
    }
    this.bins[value] += minutes;
    this.total += minutes;
    this.weighted += value * minutes;
  }
  mean(): number {
    return this.total > 0 ? this.weighted / this.total : 0;
  }
  /** The smallest value v with at least share p of the time at or below v. */
  percentile(p: number): number {
    if (this.total <= 0) return 0;
    let cumulative = 0;
    for (let v = 0; v < this.bins.length; v++) {
      cumulative += this.bins[v];
      if (cumulative >= p * this.total - 1e-9) return v;
    }
    return this.bins.length - 1;
  }
}

/**
 * Tracks a count over time (people waiting at one agency, or in the building) and adds each stretch
 * to the histogram of the clock hour it falls in (split at hour boundaries).
 */
export class HourlyCount {
  value = 0;
  private since = 0;
  constructor(readonly hours: Map<number, TimeHistogram>) {}
  reset(time: number): void {
    this.value = 0;
    this.since = time;
  }
  private flush(time: number): void {
    let from = this.since;
    while (from < time - 1e-12) {
      const hour = Math.floor(from / 60 + 1e-12);
      const to = Math.min(time, (hour + 1) * 60);
      let histogram = this.hours.get(hour);
      if (!histogram) {
        histogram = new TimeHistogram();
        this.hours.set(hour, histogram);
      }
      histogram.add(this.value, to - from);
      from = to;
    }
    this.since = time;
  }
  change(time: number, delta: number): void {
    this.flush(time);
    this.value += delta;
  }
  close(time: number): void {
    this.flush(time);
  }
}
