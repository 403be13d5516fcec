import type { CompletedRegion } from '../config/completed-region.js';
import { effectiveCounters } from '../config/counters.js';

/** One what-if change: counters added (positive) or removed (negative) for an agency, or one of its counter groups. */
export interface WhatIf {
  agency: string;
  group?: string;
  delta: number;
}

/**
 * The completed region with counters added or removed: a group's `counters`, else the agency's
 * `plannedCounters` (with explicit counters, copies of the agency's last counter are added, or its
 * last counters removed). Never below zero. Pure: returns a copy.
 */
export function applyWhatIf(region: CompletedRegion, changes: readonly WhatIf[]): CompletedRegion {
  const next = structuredClone(region);
  for (const change of changes) {
    const agency = next.agencies.find((a) => a.id === change.agency);
    if (!agency) continue;
    if (change.group !== undefined) {
      const group = agency.counterGroups?.find((g) => g.id === change.group);
      if (group) {
        group.counters = Math.max(0, group.counters + change.delta);
        agency.plannedCounters = Math.max(0, agency.plannedCounters + change.delta);
      }
      continue;
    }
    agency.plannedCounters = Math.max(0, agency.plannedCounters + change.delta);
    if (next.counters && next.counters.length > 0) {
      const own = effectiveCounters(next).filter((c) => c.agency === agency.id);
      if (change.delta < 0) {
        const drop = new Set(own.slice(Math.max(0, own.length + change.delta)).map((c) => c.id));
        next.counters = next.counters.filter((c) => !drop.has(c.id));
      } else if (own.length > 0) {
        const last = own[own.length - 1];
        for (let i = 1; i <= change.delta; i++) next.counters.push({ ...last, id: `${last.id}-tambah-${i}`, priority: false });
      }
    }
  }
  return next;
}
