import type { CompletedAgency, CompletedRegion } from '../config/completed-region.js';
import type { Condition } from '../generated/catalogue.types.js';
import type { Estimate, Gap } from '../generated/checklist.types.js';
import { estimateFacts, type EstimateFacts } from './estimates.js';
import type { Agency, RegionAnswers } from '../generated/region.types.js';
import { missingComponents } from './components.js';

/**
 * One way a catalogue item applies. A plain condition that holds gives one empty binding; a `per*`
 * condition gives one binding per agency; a condition that fails gives none.
 */
export interface Binding {
  agency?: CompletedAgency;
  /** Services of `agency` with the Standar Pelayanan components they miss. */
  gaps?: Gap[];
  /** The estimated figures of `agency` the item asks to confirm. */
  estimates?: Estimate[];
}

/** Facts about a region the conditions read, computed once per plan. */
export interface RegionFacts {
  region: CompletedRegion;
  facilities: ReadonlySet<string>;
  complaintChannels: ReadonlySet<string>;
  gapsByAgency: ReadonlyMap<string, Gap[]>;
  estimates: EstimateFacts;
}

export function regionFacts(region: CompletedRegion): RegionFacts {
  const gapsByAgency = new Map<string, Gap[]>();
  for (const service of region.services) {
    const missing = missingComponents(service);
    if (missing.length === 0) continue;
    const list = gapsByAgency.get(service.agency) ?? [];
    list.push({ service: service.id, serviceName: service.name, missing });
    gapsByAgency.set(service.agency, list);
  }
  return {
    region,
    facilities: new Set(region.facilities ?? []),
    complaintChannels: new Set((region.mpp.complaintChannels ?? []).map((c) => c.kind)),
    gapsByAgency,
    estimates: estimateFacts(region),
  };
}

const HOLDS: Binding[] = [{}];
const FAILS: Binding[] = [];

function when(test: boolean): Binding[] {
  return test ? HOLDS : FAILS;
}

/** Every combination of two binding lists (agency bindings from the right win). */
function combine(left: Binding[], right: Binding[]): Binding[] {
  const out: Binding[] = [];
  for (const a of left) for (const b of right) out.push({ ...a, ...b });
  return out;
}

function normalName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The organiser listed among the agencies (same name as `mpp.organiser`): never a party to an agreement with itself. */
export function isOrganiser(agency: Agency, region: RegionAnswers): boolean {
  return normalName(agency.name) === normalName(region.mpp.organiser);
}

/** The bindings under which a catalogue condition applies to the region, in answers order. */
export function evaluateCondition(condition: Condition, facts: RegionFacts): Binding[] {
  const { region } = facts;
  if (typeof condition === 'string') {
    switch (condition) {
      case 'always':
        return HOLDS;
      case 'hasLicensingServices':
        return when(region.services.some((s) => s.category === 'perizinan'));
      case 'hasOnlineServices':
        return when(region.services.some((s) => s.online === true));
      case 'multipleFloors':
        return when(region.mpp.floors.length > 1);
      case 'perAgency':
        return region.agencies.map((agency) => ({ agency }));
      case 'perAgencyWithMissingComponents':
        return region.agencies
          .filter((agency) => facts.gapsByAgency.has(agency.id))
          .map((agency) => ({ agency, gaps: facts.gapsByAgency.get(agency.id) }));
      // Estimates and unknowns: one task per agency (or for the MPP) for each figure the region did not give.
      case 'perAgencyWithEstimatedHandling':
        return perAgencyEstimates(region, facts.estimates.handling);
      case 'perAgencyWithEstimatedVisitors':
        return perAgencyEstimates(region, facts.estimates.visitors);
      case 'perAgencyWithEstimatedCounters':
        return perAgencyEstimates(region, facts.estimates.counters);
      case 'perAgencyWithEstimatedKind':
        return perAgencyEstimates(region, facts.estimates.kind);
      case 'perAgencyWithoutServices':
        return region.agencies.filter((agency) => facts.estimates.withoutServices.has(agency.id)).map((agency) => ({ agency }));
      case 'estimatedFloors':
        return when(facts.estimates.floors);
      case 'estimatedOpeningHours':
        return when(facts.estimates.openingHours);
      default:
        return unknownCondition(condition);
    }
  }
  if ('missingFacility' in condition) return when(!facts.facilities.has(condition.missingFacility));
  if ('missingComplaintChannel' in condition) return when(!facts.complaintChannels.has(condition.missingComplaintChannel));
  if ('perAgencyOfKind' in condition) {
    const kinds = new Set<string>(condition.perAgencyOfKind);
    return region.agencies.filter((agency) => kinds.has(agency.kind) && !isOrganiser(agency, region)).map((agency) => ({ agency }));
  }
  if ('hasAgencyKind' in condition) {
    const kinds = new Set<string>(condition.hasAgencyKind);
    return when(region.agencies.some((a) => kinds.has(a.kind)));
  }
  if ('allOf' in condition) {
    return condition.allOf.reduce<Binding[]>((acc, part) => combine(acc, evaluateCondition(part, facts)), HOLDS);
  }
  return unknownCondition(condition);
}

/** One binding per agency that has estimates in `byAgency`, in answers order. */
function perAgencyEstimates(region: CompletedRegion, byAgency: ReadonlyMap<string, Estimate[]>): Binding[] {
  return region.agencies.filter((agency) => byAgency.has(agency.id)).map((agency) => ({ agency, estimates: byAgency.get(agency.id) }));
}

function unknownCondition(condition: never): never {
  throw new Error(`unknown checklist condition: ${JSON.stringify(condition)}`);
}
