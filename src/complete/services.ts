import type { Agency, Mpp } from '../generated/region.types.js';
import type { AgencyKind, OpeningHours, ValidService } from '../config/valid-region.js';
import { visitorsFromPeak } from '../config/demand.js';
import { round } from '../numbers/round.js';
import { DEFAULT_DEMAND_SHARE, DEFAULT_HANDLING_MINUTES } from './defaults.js';
import { matchService, type AgencyForMatch, type ServiceMatch } from './match.js';
import { both, estimated, figureBasis, figureBasisDetail, given, kitDefault, regionEstimate } from './provenance.js';
import type { CatalogueEntryUse, CompletedService, Provenance, ServiceFigure } from '../config/completed-region.js';
import type { TypicalServices } from '../generated/typical-services.types.js';

type ServiceProvenance = Record<ServiceFigure, Provenance>;

function catalogueNote(key: 'provenance.handlingCatalogue' | 'provenance.categoryCatalogue', match: ServiceMatch): Provenance['note'] {
  const basis = figureBasis(match.entry.handlingMinutes);
  return {
    id: both(key, { label: match.entry.label.id, basis: basis.id }).id,
    en: both(key, { label: match.entry.label.en, basis: basis.en }).en,
  };
}

function completeCategory(service: ValidService, match: ServiceMatch | undefined): [CompletedService['category'], Provenance] {
  if (service.category !== undefined) return [service.category, given()];
  if (match) return [match.entry.category, estimated('katalog', catalogueNote('provenance.categoryCatalogue', match), { entry: match.entry.id })];
  return ['non-perizinan', kitDefault(both('provenance.categoryDefault'))];
}

function completeHandling(service: ValidService, match: ServiceMatch | undefined): [number, Provenance] {
  if (service.handlingMinutes !== undefined) return [service.handlingMinutes, service.estimate === true ? regionEstimate() : given()];
  if (service.stages && service.stages.length > 0) {
    // Stages in series: their minutes add up to the service's handling minutes (the cross-rules check it when both are given).
    const sum = round(service.stages.reduce((total, stage) => total + stage.handlingMinutes, 0), 2);
    return [sum, service.estimate === true ? regionEstimate() : { ...given(), note: both('provenance.handlingFromStages') }];
  }
  if (match) {
    const figure = match.entry.handlingMinutes;
    return [figure.value, estimated('katalog', catalogueNote('provenance.handlingCatalogue', match), { entry: match.entry.id, figureBasis: figure.basis })];
  }
  return [DEFAULT_HANDLING_MINUTES, kitDefault(both('provenance.handlingDefault', { minutes: DEFAULT_HANDLING_MINUTES }))];
}

/** Demand weight of a service that gives no visitors: its entry's share, split among the region's services of that entry. */
interface Weight {
  share: number;
  match?: ServiceMatch;
}

function percent(x: number): number {
  return round(x * 100, 1);
}

export interface ServicesContext {
  mpp: Pick<Mpp, 'dailyVisitors' | 'arrivalProfile'> & { openingHours: OpeningHours; peakFactor: number };
  agencies: ReadonlyMap<string, AgencyForMatch & { kind: AgencyKind } & Pick<Agency, 'presence'>>;
  catalogue: TypicalServices;
}

/**
 * Every service with category, handling minutes and visitors per day, and where each came from, in
 * the order of data/typical-services.yaml's rule: the region's own figure; else the MPP-wide daily
 * visitors split by demand shares; else the catalogue entry the service matches; else the kit
 * default. Pure.
 */
export function completeServices(services: readonly ValidService[], ctx: ServicesContext): { services: CompletedService[]; provenance: Map<string, ServiceProvenance>; entries: CatalogueEntryUse[] } {
  const matches = services.map((s) => {
    const agency = ctx.agencies.get(s.agency);
    return agency ? matchService(s.name, agency, ctx.catalogue) : undefined;
  });
  const perEntry = new Map<string, number>();
  for (const m of matches) if (m) perEntry.set(m.entry.id, (perEntry.get(m.entry.id) ?? 0) + 1);

  const givenVisitors = services.map((s): [number, Provenance] | undefined => {
    if (s.visitorsPerDay !== undefined) return [s.visitorsPerDay, s.estimate === true ? regionEstimate() : given()];
    if (s.peakArrivalsPerHour === undefined) return undefined;
    const provenance = s.estimate === true ? regionEstimate() : { ...given(), note: both('provenance.visitorsFromPeak') };
    return [round(visitorsFromPeak(s.peakArrivalsPerHour, { mpp: ctx.mpp }, ctx.agencies.get(s.agency)), 2), provenance];
  });
  const weights = services.map((_, i): Weight | undefined => {
    if (givenVisitors[i]) return undefined;
    const match = matches[i];
    return match ? { share: match.entry.demandShare.value / (perEntry.get(match.entry.id) ?? 1), match } : { share: DEFAULT_DEMAND_SHARE };
  });
  const daily = ctx.mpp.dailyVisitors;
  const givenTotal = givenVisitors.reduce((sum, g) => sum + (g ? g[0] : 0), 0);
  const weightTotal = weights.reduce((sum, w) => sum + (w ? w.share : 0), 0);
  const reference = ctx.catalogue.referenceDailyVisitors.value;

  const visitors = services.map((_, i): [number, Provenance] => {
    const fixed = givenVisitors[i];
    if (fixed) return fixed;
    const w = weights[i] as Weight;
    const label = (lang: 'id' | 'en'): string => w.match?.entry.label[lang] ?? both('provenance.defaultLabel')[lang];
    if (daily !== undefined) {
      const fraction = weightTotal > 0 ? w.share / weightTotal : 0;
      const value = round(Math.max(0, daily - givenTotal) * fraction, 2);
      const params = { percent: percent(fraction), daily };
      return [value, estimated('pengunjung-mpp', { id: both('provenance.visitorsSplit', { ...params, label: label('id') }).id, en: both('provenance.visitorsSplit', { ...params, label: label('en') }).en }, w.match ? { entry: w.match.entry.id } : {})];
    }
    const value = round(w.share * reference, 2);
    if (!w.match) return [value, kitDefault(both('provenance.visitorsDefault', { share: percent(w.share), reference }))];
    const figure = w.match.entry.demandShare;
    const basis = figureBasis(figure);
    const params = { share: percent(w.share), reference };
    return [
      value,
      estimated(
        'katalog',
        { id: both('provenance.visitorsCatalogue', { ...params, label: label('id'), basis: basis.id }).id, en: both('provenance.visitorsCatalogue', { ...params, label: label('en'), basis: basis.en }).en },
        { entry: w.match.entry.id, figureBasis: figure.basis },
      ),
    ];
  });

  const provenance = new Map<string, ServiceProvenance>();
  const completed = services.map((service, i): CompletedService => {
    const [category, categoryProvenance] = completeCategory(service, matches[i]);
    const [handlingMinutes, handlingProvenance] = completeHandling(service, matches[i]);
    const [visitorsPerDay, visitorsProvenance] = visitors[i];
    provenance.set(service.id, { category: categoryProvenance, handlingMinutes: handlingProvenance, visitorsPerDay: visitorsProvenance });
    return { ...service, category, handlingMinutes, visitorsPerDay };
  });
  const used = new Set<string>();
  // The entries whose figures an estimate used (a category alone does not list an entry).
  for (const p of provenance.values()) for (const f of [p.handlingMinutes, p.visitorsPerDay]) if (f.entry) used.add(f.entry);
  const entries = ctx.catalogue.services
    .filter((e) => used.has(e.id))
    .map((e): CatalogueEntryUse => ({
      entry: e.id,
      label: { id: e.label.id, en: e.label.en },
      handlingMinutes: { value: e.handlingMinutes.value, basis: e.handlingMinutes.basis, detail: figureBasisDetail(e.handlingMinutes) },
      demandShare: { value: e.demandShare.value, basis: e.demandShare.basis, detail: figureBasisDetail(e.demandShare) },
    }));
  return { services: completed, provenance, entries };
}
