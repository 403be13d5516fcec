import type { Localized } from '../i18n/types.js';
import type { MessageKey, Params } from '../i18n/catalogue.js';
import type { Facility, RegionAnswers } from '../generated/region.types.js';
import type { ComponentKey } from '../checklist/components.js';
import type { LifeStage } from '../config/launch.js';
import type { PekpppAssessment } from '../instruments/pekppp.js';

export type CategoryId = 'kelembagaan-regulasi' | 'standar-pelayanan' | 'kapasitas' | 'aksesibilitas' | 'sistem-informasi';
export const CATEGORY_IDS: readonly CategoryId[] = ['kelembagaan-regulasi', 'standar-pelayanan', 'kapasitas', 'aksesibilitas', 'sistem-informasi'];

export type Severity = 'blocker' | 'major' | 'minor';
export const SEVERITIES: readonly Severity[] = ['blocker', 'major', 'minor'];

export type FindingCode =
  | 'checklist-item-open'
  | 'checklist-item-not-started'
  | 'checklist-item-unconfirmed'
  | 'evidence-file-missing'
  | 'launch-date-missing'
  | 'agencies-estimated'
  | 'standard-component-missing'
  | 'standard-components-incomplete'
  | 'counters-overloaded'
  | 'counters-below-needed'
  | 'counters-underused'
  | 'figure-outside-benchmark'
  | 'sizing-on-estimates'
  | 'figures-to-confirm'
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
  /** The agency the finding is about (its id), when it is about one: findings are grouped by it. */
  agency?: string;
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
  /** What the missing part cost, after the severity impact (`score` = 100 x (1 - lost / total)). */
  lost: number;
  counts: SeverityCounts;
  /** Why the category scores what it does, in plain words. */
  reasons: Localized[];
}

export type SeverityCounts = Record<Severity, number>;

/** A checklist item as the review shows it: the region's status beside the reviewer's verdict. */
export interface ReviewedItem {
  id: string;
  title: Localized;
  phase: string;
  status: 'belum' | 'proses' | 'selesai' | 'tidak-berlaku';
  /** Files and links given as evidence. */
  evidence: string[];
  evidenceNote?: string;
  evidenceDate?: string;
  reviewerStatus?: 'sesuai' | 'perlu-perbaikan' | 'tidak-sesuai';
  reviewerNote?: string;
  /** Evidence given and the reviewer said `sesuai`. */
  verified: boolean;
  blocking: boolean;
  confirm: boolean;
}

export interface ChecklistReview {
  items: number;
  applicable: number;
  done: number;
  withEvidence: number;
  reviewed: number;
  verified: number;
  blockingOpen: number;
  /** Items with evidence or a reviewer's verdict, in checklist order (the others add nothing to show). */
  entries: ReviewedItem[];
}

export interface Review {
  region: { name: string; kind: RegionAnswers['region']['kind']; province: string; slug: string; mppName: string; launchStatus: NonNullable<RegionAnswers['mpp']['launchStatus']>; launchDate?: string };
  /** Planned, or operating (launch status, or a launch date before the reference date). */
  stage: LifeStage;
  /** The kit's readiness index, 0-100, whole number: the weighted mean of the category scores. Not an official grade. */
  score: number;
  /** What the index is, so that it is never read as an official grade. */
  scoreLabel: Localized;
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
    /** How much of the sizing rests on estimates or kit defaults: share of the peak load, and counts not given by the region. */
    estimates: { loadOnEstimates: number; handlingMinutes: number; visitorsPerDay: number; plannedCounters: number; agenciesWithoutServices: number };
    /** Share (0-100, whole number) of the services whose demand figures are estimates. */
    estimatesShare: number;
  };
  findings: Finding[];
  /** The checklist's evidence and statuses side by side (deployment folders only). */
  checklist?: ChecklistReview;
  /** PEKPPP pre-assessment: an estimate, never an official score. */
  pekppp: PekpppAssessment;
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
  severityImpact: Record<Severity, number>;
  severityImpactRationale: Localized;
  operating: { standardSeverity: Severity; estimatesSeverity: Severity; rationale: Localized };
  categories: Array<{ id: CategoryId; weight: number; rationale: Localized }>;
  statusCredit: { selesai: number; proses: number; belum: number };
  statusCreditRationale: Localized;
  institutionalPhases: string[];
  institutionalPhasesRationale: Localized;
  standard: { majorComponents: ComponentKey[]; majorSeverity: Severity; otherSeverity: Severity; rationale: Localized };
  capacity: { overloadedSeverity: Severity; belowNeededSeverity: Severity; underusedSeverity: Severity; underusedUtilisation: number; estimatesSeverity: Severity; rationale: Localized };
  checks: ReviewCheck[];
}

/** What one category assessor returns. */
export interface CategoryResult {
  basis: 'answers' | 'checklist';
  met: number;
  total: number;
  /** What the missing part costs after the severity impact (0 <= lost <= total - met). */
  lost: number;
  findings: Finding[];
  reasons: Localized[];
}
