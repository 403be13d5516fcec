import type { CompletedRegion } from '../config/completed-region.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import { DEFAULTS } from '../config/defaults.js';
import { lifecycle } from '../config/launch.js';
import { estimatesOf } from '../config/estimates.js';
import { loadChecklistSources } from '../checklist/sources.js';
import { sizeCounters } from '../layout/sizing.js';
import { t, type MessageKey } from '../i18n/catalogue.js';
import { assessPekppp } from '../instruments/pekppp.js';
import { loadInstruments, type Instruments } from '../instruments/load.js';
import { assessInstitutional } from './categories/institutional.js';
import { assessStandard } from './categories/standard.js';
import { assessCapacity } from './categories/capacity.js';
import { runChecks, type CheckContext } from './checks.js';
import { reviewChecklist, missingEvidenceFindings } from './evidence.js';
import { defaultReviewWeights } from './weights.js';
import { roundHalfUp } from '../numbers/round.js';
import { localized } from './reasons.js';
import { sortFindings, severityCounts } from './order.js';
import { CATEGORY_IDS, type CategoryId, type CategoryResult, type CategoryScore, type Review, type ReviewWeights } from './types.js';

export interface ReviewOptions {
  /** The deployment's checklist (checklist/checklist.yaml), when reviewing a deployment folder. */
  checklist?: ChecklistFile;
  /** Evidence files the checklist names that are not in the deployment folder (found by the caller). */
  missingEvidence?: ReadonlyArray<{ item: string; file: string }>;
  /** Weights; default: data/review-weights.yaml. */
  weights?: ReviewWeights;
  /** Instruments; default: data/instruments/. */
  instruments?: Instruments;
  /** The kit's data date (YYYY-MM-DD); default: dataAsOf of data/checklist-catalogue.yaml. */
  dataAsOf?: string;
}

/**
 * The readiness review of one region: the kit's readiness index (0-100, never an official grade),
 * a score per category with its reasons, the findings (blockers first, then by category, then in
 * answers order), the checklist's evidence beside the reviewer's verdicts, and the PEKPPP
 * pre-assessment. Pure apart from reading the shipped data once when none is given.
 */
export function reviewRegion(region: CompletedRegion, options: ReviewOptions = {}): Review {
  const weights = options.weights ?? defaultReviewWeights();
  const instruments = options.instruments ?? loadInstruments();
  const life = lifecycle(region, options.dataAsOf ?? loadChecklistSources().catalogue.dataAsOf);
  const ctx: CheckContext = { region, checklist: options.checklist, weights, stage: life.stage };
  const sizing = sizeCounters(region);
  const estimated = estimatesOf(region);
  const estimates = estimated.summary;
  const notGiven = (c: { total: number; diisi: number }): number => c.total - c.diisi;
  const results: Record<CategoryId, CategoryResult> = {
    'kelembagaan-regulasi': assessInstitutional(ctx),
    'standar-pelayanan': assessStandard(region, weights, life.stage),
    kapasitas: assessCapacity(region, weights, sizing, life.stage, estimated),
    aksesibilitas: runChecks('aksesibilitas', ctx),
    'sistem-informasi': runChecks('sistem-informasi', ctx),
  };
  if (options.checklist && options.missingEvidence?.length) {
    results['kelembagaan-regulasi'].findings.push(...missingEvidenceFindings(options.checklist, options.missingEvidence));
  }
  const weightOf = new Map(weights.categories.map((c) => [c.id, c.weight]));
  let weighted = 0;
  let weightSum = 0;
  const categories: CategoryScore[] = CATEGORY_IDS.map((id) => {
    const result = results[id];
    const coverage = result.total > 0 ? Math.max(0, 1 - result.lost / result.total) : 1;
    const weight = weightOf.get(id) ?? 0;
    weighted += weight * coverage;
    weightSum += weight;
    const key = `review.category.${id}` as MessageKey;
    const minors = result.findings.some((f) => f.severity === 'minor');
    return {
      id,
      title: { id: t('id', key), en: t('en', key) },
      weight,
      score: roundHalfUp(coverage * 100),
      basis: result.basis,
      met: roundHalfUp(result.met, 3),
      total: roundHalfUp(result.total, 3),
      lost: roundHalfUp(result.lost, 3),
      counts: severityCounts(result.findings),
      reasons: minors ? [...result.reasons, localized('review.reason.impact')] : result.reasons,
    };
  });
  const findings = sortFindings(CATEGORY_IDS.flatMap((id) => results[id].findings));
  const standard = results['standar-pelayanan'];
  return {
    region: {
      name: region.region.name,
      kind: region.region.kind,
      province: region.region.province,
      slug: region.region.slug,
      mppName: region.mpp.name,
      launchStatus: region.mpp.launchStatus ?? DEFAULTS.launchStatus,
      ...(region.mpp.launchDate ? { launchDate: region.mpp.launchDate } : {}),
    },
    stage: life.stage,
    score: weightSum > 0 ? roundHalfUp((weighted / weightSum) * 100) : 0,
    scoreLabel: localized('review.scoreLabel'),
    categories,
    counts: severityCounts(findings),
    figures: {
      agencies: region.agencies.length,
      services: region.services.length,
      plannedCounters: sizing.totals.plannedCounters,
      neededCounters: sizing.totals.neededCounters,
      componentsGiven: standard.met,
      componentsTotal: standard.total,
      ...(options.checklist ? { checklistItems: options.checklist.items.length } : {}),
      estimates: {
        loadOnEstimates: estimates.loadOnEstimates,
        handlingMinutes: notGiven(estimates.handlingMinutes),
        visitorsPerDay: notGiven(estimates.visitorsPerDay),
        plannedCounters: notGiven(estimates.plannedCounters),
        agenciesWithoutServices: estimates.agenciesWithoutServices.length,
      },
      estimatesShare: roundHalfUp(estimated.serviceShare * 100),
    },
    findings,
    ...(options.checklist ? { checklist: reviewChecklist(options.checklist) } : {}),
    pekppp: assessPekppp({ region, checklist: options.checklist, stage: life.stage, instrument: instruments.pekppp, mapping: instruments.mapping }),
  };
}
