import type { CompletedRegion } from '../complete/types.js';
import type { ChecklistFile } from '../checklist/checklist.types.js';
import { DEFAULTS } from '../config/defaults.js';
import { sizeCounters } from '../layout/sizing.js';
import { estimateSummary } from '../complete/summary.js';
import { t, type MessageKey } from '../i18n/catalogue.js';
import { assessInstitutional } from './categories/institutional.js';
import { assessStandard } from './categories/standard.js';
import { assessCapacity } from './categories/capacity.js';
import { runChecks, type CheckContext } from './checks.js';
import { defaultReviewWeights } from './weights.js';
import { roundHalfUp } from './round.js';
import { sortFindings, severityCounts } from './order.js';
import { CATEGORY_IDS, type CategoryId, type CategoryResult, type CategoryScore, type Review, type ReviewWeights } from './types.js';

export interface ReviewOptions {
  /** The deployment's checklist (checklist/checklist.yaml), when reviewing a deployment folder. */
  checklist?: ChecklistFile;
  /** Weights; default: data/review-weights.yaml. */
  weights?: ReviewWeights;
}

/**
 * The readiness review of one region: a score of 0-100, a score per category and the findings
 * (blockers first, then by category, then in answers order). Pure apart from reading the shipped
 * weights once when none are given; the same input gives the same review.
 */
export function reviewRegion(region: CompletedRegion, options: ReviewOptions = {}): Review {
  const weights = options.weights ?? defaultReviewWeights();
  const ctx: CheckContext = { region, checklist: options.checklist, weights };
  const sizing = sizeCounters(region);
  const estimates = estimateSummary(region);
  const notGiven = (c: { total: number; diisi: number }): number => c.total - c.diisi;
  const results: Record<CategoryId, CategoryResult> = {
    'kelembagaan-regulasi': assessInstitutional(ctx),
    'standar-pelayanan': assessStandard(region, weights),
    kapasitas: assessCapacity(region, weights, sizing, estimates),
    aksesibilitas: runChecks('aksesibilitas', ctx),
    'sistem-informasi': runChecks('sistem-informasi', ctx),
  };
  const weightOf = new Map(weights.categories.map((c) => [c.id, c.weight]));
  let weighted = 0;
  let weightSum = 0;
  const categories: CategoryScore[] = CATEGORY_IDS.map((id) => {
    const result = results[id];
    const coverage = result.total > 0 ? result.met / result.total : 1;
    const weight = weightOf.get(id) ?? 0;
    weighted += weight * coverage;
    weightSum += weight;
    const key = `review.category.${id}` as MessageKey;
    return {
      id,
      title: { id: t('id', key), en: t('en', key) },
      weight,
      score: roundHalfUp(coverage * 100),
      basis: result.basis,
      met: roundHalfUp(result.met, 3),
      total: roundHalfUp(result.total, 3),
      counts: severityCounts(result.findings),
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
    score: weightSum > 0 ? roundHalfUp((weighted / weightSum) * 100) : 0,
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
    },
    findings,
  };
}
