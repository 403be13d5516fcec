import type { Localized } from '../i18n/types.js';
import type { MessageKey, Params } from '../i18n/catalogue.js';
import type { Facility } from '../config/region.types.js';
import type { ComponentKey } from '../checklist/components.js';

export type CategoryId = 'kelembagaan-regulasi' | 'standar-pelayanan' | 'kapasitas' | 'aksesibilitas' | 'sistem-informasi';
export const CATEGORY_IDS: readonly CategoryId[] = ['kelembagaan-regulasi', 'standar-pelayanan', 'kapasitas', 'aksesibilitas', 'sistem-informasi'];

export type Severity = 'blocker' | 'major' | 'minor';
export const SEVERITIES: readonly Severity[] = ['blocker', 'major', 'minor'];

export type FindingCode =
  | 'checklist-item-open'
  | 'checklist-item-not-started'
  | 'launch-date-missing'
  | 'agencies-estimated'
  | 'standard-component-missing'
  | 'standard-components-incomplete'
  | 'counters-overloaded'
  | 'counters-below-needed'
  | 'counters-underused'
  | 'figure-outside-benchmark'
  | 'facility-missing'
  | 'complaint-channel-missing'
  | 'sp4n-lapor-missing'
  | 'online-booking-off'
  | 'online-services-missing'
  | 'skm-not-started';

/** One gap or risk, located by a field path in the answers (or, `source: checklist`, in checklist.yaml). */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  category: CategoryId;
  /** Which file the path points into. */
  source: 'answers' | 'checklist';
  /** Field path, e.g. `services[3].standard.fee`, `agencies[0].plannedCounters`, `facilities`. */
  path: string;
  key: MessageKey;
  fixKey: MessageKey;
  params: Params;
  message: Localized;
  fix: Localized;
}

export interface CategoryScore {
  id: CategoryId;
  title: Localized;
  weight: number;
  /** 0-100, whole number (coverage x 100, rounded half up). */
  score: number;
  /** Where the category was judged from. */
  basis: 'answers' | 'checklist';
  /** What was counted: `met` of `total` (components, counters, check weights or checklist credit). */
  met: number;
  total: number;
  counts: SeverityCounts;
}

export type SeverityCounts = Record<Severity, number>;

export interface Review {
  region: { name: string; kind: 'kabupaten' | 'kota'; province: string; slug: string; mppName: string; launchStatus: 'planned' | 'launched'; launchDate?: string };
  /** 0-100, whole number: the weighted mean of the category scores. */
  score: number;
  categories: CategoryScore[];
  counts: SeverityCounts;
  figures: {
    agencies: number;
    services: number;
    plannedCounters: number;
    neededCounters: number;
    componentsGiven: number;
    componentsTotal: number;
    checklistItems?: number;
  };
  findings: Finding[];
}

// ---------------------------------------------------------------- weights (data/review-weights.yaml)

export interface ReviewCheck {
  id: string;
  category: CategoryId;
  facility?: Facility;
  onlyWhen?: 'multipleFloors';
  weight: number;
  severity: Severity;
  rationale: Localized;
}

export interface ReviewWeights {
  schemaVersion: 1;
  categories: Array<{ id: CategoryId; weight: number; rationale: Localized }>;
  statusCredit: { selesai: number; proses: number; belum: number };
  statusCreditRationale: Localized;
  institutionalPhases: string[];
  institutionalPhasesRationale: Localized;
  standard: { majorComponents: ComponentKey[]; majorSeverity: Severity; otherSeverity: Severity; rationale: Localized };
  capacity: { overloadedSeverity: Severity; belowNeededSeverity: Severity; underusedSeverity: Severity; underusedUtilisation: number; rationale: Localized };
  checks: ReviewCheck[];
}

/** What one category assessor returns. */
export interface CategoryResult {
  basis: 'answers' | 'checklist';
  met: number;
  total: number;
  findings: Finding[];
}
