import type { Counter } from '../generated/region.types.js';
import type { CompletedRegion, CompletedService } from '../config/completed-region.js';
import { DEFAULTS } from '../config/defaults.js';
import { openDays, serviceMinutes } from '../config/hours.js';
import { visitorsPerDay } from '../config/demand.js';
import type { Quota } from '../generated/app-config.types.js';
import { provenanceData, provenanceOf } from '../config/provenance.js';

/** Guard against binary drift when a split share times minutes lands just below an integer. */
const EPSILON = 1e-9;

/** Rounds to 4 decimals for display in the config (the quota uses the unrounded share). */
function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/**
 * How much of each counter goes to each service it serves. A counter serving one service gives it
 * all its time; a counter serving several is split by each service's daily workload
 * (visitors per day at the MPP x handling minutes), or equally when every workload is zero.
 * Returns service id -> sum of shares over the counters serving it (a fractional counter count).
 */
export function counterShares(
  counters: ReadonlyArray<Pick<Counter, 'id' | 'services'>>,
  services: ReadonlyArray<CompletedService>,
  region: Pick<CompletedRegion, 'mpp' | 'agencies' | 'provenance'>,
): Map<string, { share: number; counters: string[] }> {
  const byId = new Map(services.map((s) => [s.id, s]));
  const agencyById = new Map(region.agencies.map((a) => [a.id, a]));
  const workload = (id: string): number => {
    const s = byId.get(id);
    return s ? visitorsPerDay(s, region, agencyById.get(s.agency)) * s.handlingMinutes : 0;
  };
  const out = new Map<string, { share: number; counters: string[] }>(services.map((s) => [s.id, { share: 0, counters: [] }]));
  for (const counter of counters) {
    const served = counter.services.filter((id) => byId.has(id));
    if (served.length === 0) continue;
    const total = served.reduce((sum, id) => sum + workload(id), 0);
    for (const id of served) {
      const entry = out.get(id) as { share: number; counters: string[] };
      entry.share += total > 0 ? workload(id) / total : 1 / served.length;
      entry.counters.push(counter.id);
    }
  }
  return out;
}

/**
 * Daily ticket quota per service and open weekday:
 * total = floor(counter share x service minutes of the day / handling minutes);
 * online = floor(total x onlineBookingShare), 0 when the service says `online: false`;
 * walkIn = total - online. `counters` are the agency counters (not the shared priority counter).
 */
export function dailyQuotas(
  region: Pick<CompletedRegion, 'mpp' | 'agencies' | 'services' | 'provenance'>,
  counters: ReadonlyArray<Pick<Counter, 'id' | 'services'>>,
): Quota[] {
  const share = region.mpp.onlineBookingShare ?? DEFAULTS.onlineBookingShare;
  const shares = counterShares(counters, region.services, region);
  const days = openDays(region.mpp);
  return region.services.map((service) => {
    const { share: counterShare, counters: serving } = shares.get(service.id) as { share: number; counters: string[] };
    const onlineBooking = service.online !== false;
    return {
      service: service.id,
      agency: service.agency,
      handlingMinutes: service.handlingMinutes,
      handlingMinutesProvenance: provenanceData(provenanceOf(region, { service: service.id, figure: 'handlingMinutes' })),
      visitorsPerDay: service.visitorsPerDay,
      visitorsPerDayProvenance: provenanceData(provenanceOf(region, { service: service.id, figure: 'visitorsPerDay' })),
      counterShare: round4(counterShare),
      countersServing: serving,
      onlineBooking,
      perDay: days.map(({ day, schedule }) => {
        const minutes = serviceMinutes(schedule);
        const total = Math.max(0, Math.floor((counterShare * minutes) / service.handlingMinutes + EPSILON));
        const online = onlineBooking ? Math.floor(total * share + EPSILON) : 0;
        return { day, serviceMinutes: minutes, total, online, walkIn: total - online };
      }),
    };
  });
}
