import type { CompletedRegion } from '../config/completed-region.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import type { LifeStage } from '../config/launch.js';
import { t } from '../i18n/catalogue.js';
import type { Localized } from '../i18n/types.js';
import { roundHalfUp } from '../numbers/round.js';
import type { PekpppInstrument } from '../generated/instrument.types.js';
import type { PekpppMapping } from '../generated/mapping.types.js';
import { DERIVATIONS, entriesMet, hintLines, itemsByEntry, type Column } from './derive.js';

/**
 * The PEKPPP pre-assessment of one region: each indicator scored where the kit's knowledge supports
 * a level (the region's own statuses for the "self" column, verified items for the reviewer's),
 * the rest left as "isian mandiri" with the evidence the instrument asks for, and an index estimate
 * labelled as such, never as an official score. Pure: the instrument and mapping come in as data.
 */

export interface IndicatorResult {
  no: number;
  aspect: string;
  aspectNo: string;
  aspectTitle: Localized;
  /** Weight inside the aspect (percent). */
  weight: number;
  /** Share of the whole index (percent, 2 decimals). */
  indexWeight: number;
  title: Localized;
  self?: number;
  reviewer?: number;
  /** The level text of the self score, when the instrument gives level texts. */
  levelText?: Localized;
  basis: 'derived' | 'self-fill';
  reason: Localized;
  known: Localized[];
  evidenceAsked: Localized[];
  /** Files and links the region attached to the checklist items this indicator reads. */
  evidenceGiven: string[];
  /** Level texts or evidence list not settled by the sources. */
  toConfirm: boolean;
}

export interface IndexEstimate {
  /** Weighted mean level over the derived indicators (0-5, 2 decimals); absent when none is derived. */
  index?: number;
  grade?: string;
  gradeLabel?: Localized;
  /** The index with every self-fill indicator at 0, and at 5. */
  low: number;
  high: number;
  /** Share of the index weight that is derived (percent, 1 decimal). */
  coverage: number;
  derived: number;
  /** Indicators that carry weight in the index. */
  weighted: number;
}

export interface PekpppAssessment {
  instrument: 'pekppp';
  label: Localized;
  self: IndexEstimate;
  reviewer: IndexEstimate;
  gradesToConfirm: boolean;
  indicators: IndicatorResult[];
}

export interface PekpppInput {
  region: CompletedRegion;
  checklist?: ChecklistFile;
  stage: LifeStage;
  instrument: PekpppInstrument;
  mapping: PekpppMapping;
}

function level(entry: PekpppMapping['indicators'][number] | undefined, input: PekpppInput, column: Column, entries: ReturnType<typeof itemsByEntry>): number | undefined {
  if (!entry) return undefined;
  let result = entry.derive ? DERIVATIONS[entry.derive](input.region, input.stage) : undefined;
  const base = entry.derive !== undefined;
  for (const step of [...(entry.ladder ?? [])].sort((a, b) => a.level - b.level)) {
    if (base && (result === undefined || result < step.level - 1)) break;
    if (entriesMet(entries, step.items, column)) result = Math.max(result ?? 0, step.level);
    else if (base) break;
  }
  return result;
}

function gradeOf(instrument: PekpppInstrument, index: number) {
  return instrument.grades.bands.find((band) => index >= band.min) ?? instrument.grades.bands[instrument.grades.bands.length - 1];
}

function estimate(instrument: PekpppInstrument, results: IndicatorResult[], column: Column): IndexEstimate {
  let derivedWeight = 0;
  let derivedSum = 0;
  let openWeight = 0;
  let derived = 0;
  let weighted = 0;
  for (const r of results) {
    const w = r.indexWeight / 100;
    if (w === 0) continue;
    weighted++;
    const value = r[column];
    if (value === undefined) openWeight += w;
    else {
      derived++;
      derivedWeight += w;
      derivedSum += w * value;
    }
  }
  const out: IndexEstimate = {
    low: roundHalfUp(derivedSum, 2),
    high: roundHalfUp(derivedSum + 5 * openWeight, 2),
    coverage: roundHalfUp(derivedWeight * 100, 1),
    derived,
    weighted,
  };
  if (derivedWeight > 0) {
    out.index = roundHalfUp(derivedSum / derivedWeight, 2);
    const band = gradeOf(instrument, out.index);
    out.grade = band.grade;
    out.gradeLabel = { id: band.label.id, en: band.label.en };
  }
  return out;
}

export function assessPekppp(input: PekpppInput): PekpppAssessment {
  const { instrument, mapping, region, checklist, stage } = input;
  const entries = itemsByEntry(checklist);
  const aspects = new Map(instrument.aspects.map((a) => [a.id, a]));
  const byIndicator = new Map(mapping.indicators.map((m) => [m.indicator, m]));
  const indicators: IndicatorResult[] = instrument.indicators.map((indicator) => {
    const aspect = aspects.get(indicator.aspect)!;
    const entry = byIndicator.get(indicator.no);
    const self = level(entry, input, 'self', entries);
    const reviewer = level(entry, input, 'reviewer', entries);
    const read = new Set([...(entry?.ladder ?? []).flatMap((l) => l.items), ...(entry?.hints?.items ?? [])]);
    const evidenceGiven = [...read].flatMap((id) => (entries.get(id) ?? []).flatMap((item) => [...(item.evidenceProvided?.files ?? []), ...(item.evidenceProvided?.urls ?? [])]));
    const levelText = self !== undefined ? indicator.levels?.texts[self] : undefined;
    return {
      no: indicator.no,
      aspect: aspect.id,
      aspectNo: aspect.no,
      aspectTitle: { id: aspect.title.id, en: aspect.title.en },
      weight: indicator.weight,
      indexWeight: roundHalfUp((aspect.weight * indicator.weight) / 100, 2),
      title: { id: indicator.title.id, en: indicator.title.en },
      ...(self !== undefined ? { self } : {}),
      ...(reviewer !== undefined ? { reviewer } : {}),
      ...(levelText ? { levelText: { id: levelText.id, en: levelText.en } } : {}),
      basis: self !== undefined ? 'derived' : 'self-fill',
      reason: entry ? { id: entry.rationale.id, en: entry.rationale.en } : { id: t('id', 'instrument.selfFill'), en: t('en', 'instrument.selfFill') },
      known: hintLines(entry?.hints, region, checklist, entries, stage, entry?.derive),
      evidenceAsked: indicator.evidence.items.map((e) => ({ id: e.id, en: e.en })),
      evidenceGiven: [...new Set(evidenceGiven)],
      toConfirm: indicator.levels?.toConfirm === true || indicator.evidence.toConfirm === true || indicator.toConfirm === true,
    };
  });
  return {
    instrument: 'pekppp',
    label: { id: t('id', 'instrument.estimateLabel'), en: t('en', 'instrument.estimateLabel') },
    self: estimate(instrument, indicators, 'self'),
    reviewer: estimate(instrument, indicators, 'reviewer'),
    gradesToConfirm: instrument.grades.toConfirm === true,
    indicators,
  };
}
