import type { AgencyFigure, CompletedRegion, FigureRef, MppFigure, Provenance, ServiceFigure } from './completed-region.js';

/**
 * Reading where a completed region's figures came from (src/complete/ records it): THE functions
 * other modules use, so that "is this an estimate" has one answer everywhere.
 */

/** True when the figure is not the region's own (an estimate or a kit default). */
export function isEstimate(provenance: Provenance): boolean {
  return provenance.kind !== 'diisi';
}

/**
 * True when the figure is the region's own: given, or its own figure it marked `estimate: true`
 * (not a figure the kit estimated or defaulted). Plausibility checks and the old office share read
 * the region's own figures only.
 */
export function isRegionFigure(provenance: Provenance): boolean {
  return provenance.kind === 'diisi' || provenance.from === 'daerah';
}

/**
 * The provenance of one figure of a completed region: THE way other modules (layout, app config,
 * checklist, review, docs, simulation) read where a number came from.
 */
export function provenanceOf(region: Pick<CompletedRegion, 'provenance'>, ref: FigureRef): Provenance {
  if ('mpp' in ref) return region.provenance.mpp[ref.mpp];
  const found = 'agency' in ref ? region.provenance.agencies.get(ref.agency)?.[ref.figure as AgencyFigure] : region.provenance.services.get(ref.service)?.[ref.figure as ServiceFigure];
  if (!found) throw new Error(`no provenance for ${JSON.stringify(ref)}: not a figure of this completed region`);
  return found;
}

/** Counts of a figure's provenance kinds over a collection. */
export interface ProvenanceCount {
  diisi: number;
  perkiraan: number;
  bawaan: number;
  total: number;
}

export function countProvenance(items: Iterable<Provenance>): ProvenanceCount {
  const count: ProvenanceCount = { diisi: 0, perkiraan: 0, bawaan: 0, total: 0 };
  for (const p of items) {
    count[p.kind] += 1;
    count.total += 1;
  }
  return count;
}

/** How many services' `figure` are given, estimated or defaulted. */
export function serviceFigureCount(region: Pick<CompletedRegion, 'provenance' | 'services'>, figure: ServiceFigure): ProvenanceCount {
  return countProvenance(region.services.map((s) => provenanceOf(region, { service: s.id, figure })));
}

/** How many agencies' `figure` are given, estimated or defaulted. */
export function agencyFigureCount(region: Pick<CompletedRegion, 'provenance' | 'agencies'>, figure: AgencyFigure): ProvenanceCount {
  return countProvenance(region.agencies.map((a) => provenanceOf(region, { agency: a.id, figure })));
}

/** The MPP figures that are not the region's own. */
export function estimatedMppFigures(region: Pick<CompletedRegion, 'provenance'>): MppFigure[] {
  return (Object.keys(region.provenance.mpp) as MppFigure[]).filter((f) => isEstimate(region.provenance.mpp[f]));
}

/** A provenance as plain data for YAML/JSON outputs (fresh object, stable key order). */
export function provenanceData(p: Provenance): Provenance {
  return {
    kind: p.kind,
    ...(p.from !== undefined ? { from: p.from } : {}),
    ...(p.entry !== undefined ? { entry: p.entry } : {}),
    ...(p.figureBasis !== undefined ? { figureBasis: p.figureBasis } : {}),
    note: { id: p.note.id, en: p.note.en },
  };
}

/** A count as plain data. */
export function countData(c: ProvenanceCount): Record<string, number> {
  return { diisi: c.diisi, perkiraan: c.perkiraan, bawaan: c.bawaan, total: c.total };
}
