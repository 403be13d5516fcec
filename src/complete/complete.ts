import type { ValidRegion } from '../config/valid-region.js';
import { DEFAULTS } from '../config/defaults.js';
import { effectivePeakFactor } from '../config/arrival-profile.js';
import { round } from '../numbers/round.js';
import { sizeCounters } from '../layout/sizing.js';
import type { Lang } from '../i18n/types.js';
import { DEFAULT_ONLINE_BOOKING_SHARE, DEFAULT_OPENING_HOURS, DEFAULT_PEAK_FACTOR, DEFAULT_SERVICE_LEVEL } from './defaults.js';
import { loadTypicalServices } from './catalogue.js';
import { completeAgencyKind, completePlannedCounters } from './agencies.js';
import { completeServices } from './services.js';
import { deriveFloors } from './floors.js';
import { both, given, kitDefault } from './provenance.js';
import type { AgencyFigure, CompletedAgency, CompletedMpp, CompletedRegion, MppFigure, Provenance } from '../config/completed-region.js';
import type { TypicalServices } from '../generated/typical-services.types.js';

/**
 * The peak factor: given; else, when the region counted its visitors per hour (`mpp.arrivalProfile`),
 * the factor those counts imply (the region's own figure); else the kit default.
 */
function completePeakFactor(mpp: ValidRegion['mpp'], openingHours: CompletedMpp['openingHours']): [number, Provenance] {
  if (mpp.peakFactor === undefined && mpp.arrivalProfile && mpp.arrivalProfile.length > 0) {
    return [round(effectivePeakFactor({ ...mpp, openingHours }), 3), { ...given(), note: both('provenance.peakFactorFromCounts') }];
  }
  return orDefault(mpp.peakFactor, DEFAULT_PEAK_FACTOR, both('provenance.peakFactorDefault'));
}

/** A value the region gave (provenance `diisi`) or the kit's default with its note. */
function orDefault<T>(value: T | undefined, fallback: T, note: Provenance['note']): [T, Provenance] {
  return value !== undefined ? [value, given()] : [structuredClone(fallback), kitDefault(note)];
}

/**
 * The complete stage (DESIGN: load -> validate -> complete -> plan): validated answers in, a region
 * out in which every figure the planning code reads is present and carries its provenance:
 * `diisi` (given), `perkiraan` (estimated, naming from what) or `bawaan` (kit default). In order:
 * MPP defaults (hours, service level, peak factor, online share, launch status); agency kinds
 * (given, else from the name); service figures (given; else the MPP-wide daily visitors split by
 * demand shares; else data/typical-services.yaml; else kit defaults); planned counters (given, else
 * the Erlang C sizing of that demand; none for an agency without any known service); floors (given,
 * else one floor derived from the area programme). Pure (the catalogue is read once by default);
 * the input is not changed. `lang` names a derived floor (the documents' language by default).
 */
export function completeRegion(answers: ValidRegion, catalogue: TypicalServices = loadTypicalServices(), lang: Lang = answers.lang ?? 'id'): CompletedRegion {
  const region = structuredClone(answers);
  const [openingHours, hoursP] = orDefault(region.mpp.openingHours, DEFAULT_OPENING_HOURS, both('provenance.hoursDefault'));
  const [serviceLevel, levelP] = orDefault(region.mpp.serviceLevel, DEFAULT_SERVICE_LEVEL, both('provenance.serviceLevelDefault'));
  const [peakFactor, peakP] = completePeakFactor(region.mpp, openingHours);
  const [onlineBookingShare, onlineP] = orDefault(region.mpp.onlineBookingShare, DEFAULT_ONLINE_BOOKING_SHARE, both('provenance.onlineShareDefault'));
  const [launchStatus, launchP] = orDefault(region.mpp.launchStatus, DEFAULTS.launchStatus, both('provenance.launchStatusDefault'));

  const agencyProvenance = new Map<string, Record<AgencyFigure, Provenance>>();
  const kinds = new Map(region.agencies.map((a) => [a.id, completeAgencyKind(a, catalogue.agencyKinds)]));
  const forMatch = new Map(region.agencies.map((a) => [a.id, { name: a.name, shortName: a.shortName, kind: (kinds.get(a.id) as [CompletedAgency['kind'], Provenance])[0], presence: a.presence }]));
  const mppFigures = { openingHours, peakFactor, dailyVisitors: region.mpp.dailyVisitors, arrivalProfile: region.mpp.arrivalProfile };
  const services = completeServices(region.services, { mpp: mppFigures, agencies: forMatch, catalogue });

  const mpp: CompletedMpp = { ...region.mpp, openingHours, serviceLevel, peakFactor, onlineBookingShare, launchStatus, floors: region.mpp.floors ?? [] };
  const provisional: CompletedRegion = {
    ...region,
    mpp,
    agencies: region.agencies.map((a) => ({ ...a, kind: forMatch.get(a.id)?.kind as CompletedAgency['kind'], plannedCounters: a.plannedCounters ?? 0 })),
    services: services.services,
    provenance: { mpp: {} as CompletedRegion['provenance']['mpp'], agencies: agencyProvenance, services: services.provenance, entries: services.entries },
  };
  const sizing = sizeCounters(provisional);
  const neededBy = new Map(sizing.agencies.map((a) => [a.agency, a.neededCounters]));
  const serviceCount = new Map<string, number>();
  for (const s of region.services) serviceCount.set(s.agency, (serviceCount.get(s.agency) ?? 0) + 1);
  const planned = completePlannedCounters(region.agencies, region.counters, (id) => serviceCount.get(id) ?? 0, (id) => neededBy.get(id) ?? 0);

  const agencies: CompletedAgency[] = provisional.agencies.map((agency) => {
    const [kind, kindP] = kinds.get(agency.id) as [CompletedAgency['kind'], Provenance];
    const [plannedCounters, countersP] = planned.get(agency.id) as [number, Provenance];
    agencyProvenance.set(agency.id, { kind: kindP, plannedCounters: countersP });
    return { ...agency, kind, plannedCounters };
  });
  const withCounters: CompletedRegion = { ...provisional, agencies };
  let floorsP: Provenance = given();
  let completedMpp = mpp;
  if (!region.mpp.floors || region.mpp.floors.length === 0) {
    const derived = deriveFloors(withCounters, lang);
    completedMpp = { ...mpp, floors: derived.floors };
    floorsP = derived.provenance;
  }
  const mppProvenance: Record<MppFigure, Provenance> = {
    openingHours: hoursP,
    serviceLevel: levelP,
    peakFactor: peakP,
    onlineBookingShare: onlineP,
    launchStatus: launchP,
    floors: floorsP,
  };
  return { ...withCounters, mpp: completedMpp, provenance: { mpp: mppProvenance, agencies: agencyProvenance, services: services.provenance, entries: services.entries } };
}
