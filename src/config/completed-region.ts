import type { DaySchedule, Floor, Mpp } from '../generated/region.types.js';
import type { AgencyKind, LaunchStatus, OpeningHours, ServiceCategory, ServiceLevel, ValidAgency, ValidRegion, ValidService } from './valid-region.js';
import type { Localized } from '../i18n/types.js';

/**
 * Where a figure the kit uses came from:
 * - `diisi`: given by the region in its answers;
 * - `perkiraan`: estimated, `from` naming what it rests on;
 * - `bawaan`: the kit's default (src/complete/defaults.ts), used when nothing better is known.
 */
export type ProvenanceKind = 'diisi' | 'perkiraan' | 'bawaan';

/**
 * What an estimate rests on:
 * - `daerah`: the region's own figure, marked `estimate: true` in its answers;
 * - `pengunjung-mpp`: the region's MPP-wide daily visitors (`mpp.dailyVisitors`) split by demand shares;
 * - `katalog`: a typical-service entry of data/typical-services.yaml (`entry`);
 * - `perhitungan-loket`: the Erlang C counter sizing on the completed demand;
 * - `program-ruang`: the area programme (the floor that would fit);
 * - `nama-instansi`: the agency's name (agency kind).
 */
export type EstimateFrom = 'daerah' | 'pengunjung-mpp' | 'katalog' | 'perhitungan-loket' | 'program-ruang' | 'nama-instansi';

export interface Provenance {
  kind: ProvenanceKind;
  /** What an estimate rests on (kind `perkiraan` only). */
  from?: EstimateFrom;
  /** The typical-service entry used (data/typical-services.yaml), when one was. */
  entry?: string;
  /** Whether that entry's figure is read from a source (`sumber`) or a kit assumption (`asumsi-kit`). */
  figureBasis?: 'sumber' | 'asumsi-kit';
  /** One line a person reads: where the figure came from, in both languages. */
  note: Localized;
}

/** Figures of the MPP the kit completes, in the order outputs list them. */
export const MPP_FIGURES = ['openingHours', 'serviceLevel', 'peakFactor', 'onlineBookingShare', 'floors', 'launchStatus'] as const;
export type MppFigure = (typeof MPP_FIGURES)[number];
/** Figures of an agency the kit completes. */
export type AgencyFigure = 'kind' | 'plannedCounters';
/** Figures of a service the kit completes. */
export type ServiceFigure = 'category' | 'handlingMinutes' | 'visitorsPerDay';

/** A typical-service entry an estimate used, with how its figures are justified (for the outputs' source lists). */
export interface CatalogueEntryUse {
  entry: string;
  label: Localized;
  handlingMinutes: { value: number; basis: 'sumber' | 'asumsi-kit'; detail: Localized };
  demandShare: { value: number; basis: 'sumber' | 'asumsi-kit'; detail: Localized };
}

/** Provenance of every completed figure, by owner. Read it through `provenanceOf`. */
export interface ProvenanceMap {
  mpp: Readonly<Record<MppFigure, Provenance>>;
  agencies: ReadonlyMap<string, Readonly<Record<AgencyFigure, Provenance>>>;
  services: ReadonlyMap<string, Readonly<Record<ServiceFigure, Provenance>>>;
  /** The catalogue entries the estimates used, in catalogue order. */
  entries: readonly CatalogueEntryUse[];
}

/** One figure of a completed region, as `provenanceOf` takes it. */
export type FigureRef =
  | { mpp: MppFigure }
  | { agency: string; figure: AgencyFigure }
  | { service: string; figure: ServiceFigure };

export type CompletedAgency = ValidAgency & { kind: AgencyKind; plannedCounters: number };
export type CompletedService = ValidService & { category: ServiceCategory; handlingMinutes: number; visitorsPerDay: number };

export interface CompletedMpp extends Mpp {
  openingHours: OpeningHours;
  serviceLevel: ServiceLevel;
  peakFactor: number;
  onlineBookingShare: number;
  floors: Floor[];
  launchStatus: LaunchStatus;
}

/**
 * A region the planning code reads: the validated answers with every figure the kit needs present
 * (given, estimated or defaulted), and the provenance of each. Produced only by `completeRegion`.
 */
export interface CompletedRegion extends Omit<ValidRegion, 'mpp' | 'agencies' | 'services'> {
  mpp: CompletedMpp;
  agencies: CompletedAgency[];
  services: CompletedService[];
  provenance: ProvenanceMap;
}

export type { DaySchedule };
