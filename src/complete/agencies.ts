import type { AgencyKind, ValidAgency } from '../config/valid-region.js';
import type { AgencyKindRule } from '../generated/typical-services.types.js';
import { matchAgencyKind } from './match.js';
import { both, estimated, given, kitDefault, regionEstimate } from './provenance.js';
import type { Provenance } from '../config/completed-region.js';

/** The agency's kind: given, else estimated from its name by the catalogue's keyword rules, else `lainnya`. Pure. */
export function completeAgencyKind(agency: ValidAgency, rules: readonly AgencyKindRule[]): [AgencyKind, Provenance] {
  if (agency.kind !== undefined) return [agency.kind, given()];
  const found = matchAgencyKind(agency, rules);
  if (found) {
    return [found.rule.kind, estimated('nama-instansi', both('provenance.kindByName', { keyword: found.keyword }))];
  }
  return ['lainnya', kitDefault(both('provenance.kindDefault'))];
}

/**
 * Planned counters of each agency and where the number came from: the explicit `counters` of the
 * answers (counted), or the agency's `plannedCounters`; an agency without any known service takes no
 * counter until its services are listed; every other agency takes the counters its queue needs
 * (`needed`, from the Erlang C sizing of the completed demand), and at least the counters of its
 * counter groups. Pure.
 */
export function completePlannedCounters(
  agencies: readonly ValidAgency[],
  explicitCounters: ReadonlyArray<{ agency: string }> | undefined,
  servicesOf: (agency: string) => number,
  needed: (agency: string) => number,
): Map<string, [number, Provenance]> {
  const out = new Map<string, [number, Provenance]>();
  const explicit = explicitCounters && explicitCounters.length > 0;
  const explicitCount = new Map<string, number>();
  for (const c of explicitCounters ?? []) explicitCount.set(c.agency, (explicitCount.get(c.agency) ?? 0) + 1);
  for (const agency of agencies) {
    if (explicit) out.set(agency.id, [explicitCount.get(agency.id) ?? 0, given()]);
    else if (agency.plannedCounters !== undefined) out.set(agency.id, [agency.plannedCounters, agency.estimate === true ? regionEstimate() : given()]);
    else if (servicesOf(agency.id) === 0) out.set(agency.id, [0, kitDefault(both('provenance.countersNoServices'))]);
    else {
      // Counter groups the region gave are part of its counters: the estimate never has fewer.
      const grouped = (agency.counterGroups ?? []).reduce((sum, g) => sum + g.counters, 0);
      const queue = needed(agency.id);
      out.set(agency.id, grouped > queue ? [grouped, estimated('perhitungan-loket', both('provenance.countersAtLeastGroups'))] : [queue, estimated('perhitungan-loket', both('provenance.countersSizing'))]);
    }
  }
  return out;
}
