import { t, type MessageKey, type Params } from '../i18n/catalogue.js';
import type { Lang, Localized } from '../i18n/types.js';
import type { Figure } from './typical-services.types.js';
import type { AgencyFigure, CompletedRegion, EstimateFrom, FigureRef, MppFigure, Provenance, ServiceFigure } from './types.js';

/** A text in both languages from the message catalogue. */
export function both(key: MessageKey, params?: Params): Localized {
  return { id: t('id', key, params), en: t('en', key, params) };
}

/** Provenance of a figure the region gave. */
export function given(): Provenance {
  return { kind: 'diisi', note: both('provenance.given') };
}

/** Provenance of an estimate resting on `from`. */
export function estimated(from: EstimateFrom, note: Localized, extra: Pick<Provenance, 'entry' | 'figureBasis'> = {}): Provenance {
  return { kind: 'perkiraan', from, ...extra, note };
}

/** Provenance of a kit default. */
export function kitDefault(note: Localized): Provenance {
  return { kind: 'bawaan', note };
}

/** The region's own figure that it marked `estimate: true`. */
export function regionEstimate(): Provenance {
  return estimated('daerah', both('provenance.regionEstimate'));
}

/** How a catalogue figure is justified, in one language: its sources' titles, or the kit's rationale. */
export function figureBasisText(figure: Figure, lang: Lang): string {
  if (figure.basis === 'sumber' && figure.sources) {
    const sources = figure.sources.map((s) => [s.title, s.url ?? s.publisher, s.date].filter(Boolean).join(', ')).join('; ');
    return t(lang, 'provenance.figureSource', { sources });
  }
  return t(lang, 'provenance.figureAssumption', { rationale: figure.rationale[lang] });
}

/** Both languages of `figureBasisText`. */
export function figureBasisDetail(figure: Figure): Localized {
  return { id: figureBasisText(figure, 'id'), en: figureBasisText(figure, 'en') };
}

/** The short basis of a catalogue figure for a note: `bersumber` or `asumsi kit`. */
export function figureBasis(figure: Figure): Localized {
  return both(`provenance.basis.${figure.basis}`);
}

/** True when the figure is not the region's own (an estimate or a kit default). */
export function isEstimate(provenance: Provenance): boolean {
  return provenance.kind !== 'diisi';
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
