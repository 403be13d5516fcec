/** A binary min-heap of events ordered by time, then by insertion (ties broken deterministically). */
export interface SimEvent {
  time: number;
  seq: number;
  kind: number;
  a: number;
  b: number;
  c: number;
}

export class EventQueue {
  private items: SimEvent[] = [];
  private counter = 0;
  get size(): number {
    return this.items.length;
  }
  push(time: number, kind: number, a = 0, b = 0, c = 0): void {
    const event: SimEvent = { time, seq: this.counter++, kind, a, b, c };
    const items = this.items;
    let i = items.length;
    items.push(event);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(event, items[parent])) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = event;
  }
  pop(): SimEvent | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        let best = last;
        if (l < items.length && before(items[l], best)) {
          m = l;
          best = items[l];
        }
        if (r < items.length && before(items[r], best)) m = r;
        if (m === i) break;
        items[i] = items[m];
        i = m;
      }
      items[i] = last;
    }
    return top;
  }
}

function before(x: SimEvent, y: SimEvent): boolean {
  return x.time < y.time || (x.time === y.time && x.seq < y.seq);
}
