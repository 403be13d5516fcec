import type { CompletedRegion } from '../../config/completed-region.js';
import type { LifeStage } from '../../config/launch.js';
import { estimatesOf, type Estimates } from '../../config/estimates.js';
import { sizeCounters } from '../../layout/sizing.js';
import type { SizingResult } from '../../layout/types.js';
import { finding } from '../finding.js';
import { roundHalfUp } from '../../numbers/round.js';
import { impact } from '../checks.js';
import { localized } from '../reasons.js';
import type { CategoryResult, ReviewWeights } from '../types.js';

/**
 * Kapasitas: planned counters against the Erlang C need per agency (the layout's sizing).
 * Coverage = sum of min(planned, needed) / sum of needed, counting only the region's own planned
 * counters. An agency whose planned count is the kit's estimate (or a default) has nothing to compare:
 * - a planned MPP gets no credit for it and loses its share at `capacity.estimatesSeverity` (major):
 *   a sizing that rests on estimates is a real risk until the figures are measured;
 * - an operating MPP has its counters; the kit does not know them: a gap in the kit's data, not
 *   evidence of too few counters, so its share costs only `operating.estimatesSeverity` (minor).
 * A finding points at `agencies[i].plannedCounters`, or at `counters` when the answers list counters
 * explicitly (then `plannedCounters` is not used and the fix is in the counters list). When any of
 * the load or the planned counters rests on estimates, one finding says how much and what to record
 * (`sizing-on-estimates` before the launch, `figures-to-confirm` once operating).
 */
export function assessCapacity(
  region: CompletedRegion,
  weights: ReviewWeights,
  sizing: SizingResult = sizeCounters(region),
  stage: LifeStage = 'planned',
  estimated: Estimates = estimatesOf(region),
): CategoryResult {
  const explicit = (region.counters?.length ?? 0) > 0;
  const operating = stage === 'operating';
  const estimatesSeverity = operating ? weights.operating.estimatesSeverity : weights.capacity.estimatesSeverity;
  const share = roundHalfUp(sizing.targetShare * 100, 1);
  const findings: CategoryResult['findings'] = [];
  let met = 0;
  let total = 0;
  let lost = 0;
  sizing.agencies.forEach((a, index) => {
    total += a.neededCounters;
    if (estimated.agencies.has(a.agency)) {
      lost += a.neededCounters * impact(weights, estimatesSeverity);
      return;
    }
    const short = a.neededCounters - Math.min(a.plannedCounters, a.neededCounters);
    met += Math.min(a.plannedCounters, a.neededCounters);
    const path = explicit ? 'counters' : `agencies[${index}].plannedCounters`;
    const params = { agency: a.label, agencyId: a.agency, planned: a.plannedCounters, needed: a.neededCounters };
    const where = { category: 'kapasitas' as const, path, agency: a.agency };
    if (a.offeredLoad > 0 && a.plannedCounters <= a.offeredLoad) {
      findings.push(finding({ ...where, code: 'counters-overloaded', severity: weights.capacity.overloadedSeverity, params: { ...params, load: roundHalfUp(a.offeredLoad, 2) } }));
      lost += short * impact(weights, weights.capacity.overloadedSeverity);
    } else if (a.plannedCounters < a.neededCounters) {
      findings.push(finding({ ...where, code: 'counters-below-needed', severity: weights.capacity.belowNeededSeverity, params: { ...params, share, minutes: sizing.maxWaitMinutes } }));
      lost += short * impact(weights, weights.capacity.belowNeededSeverity);
    } else if (a.plannedCounters > a.neededCounters && a.planned.utilisation !== null && a.planned.utilisation < weights.capacity.underusedUtilisation) {
      findings.push(finding({ ...where, code: 'counters-underused', severity: weights.capacity.underusedSeverity, params: { ...params, utilisation: roundHalfUp(a.planned.utilisation * 100) } }));
    }
  });
  // Plausibility: figures far outside published operating figures (data/benchmarks.yaml), as the sizing
  // reports them; listed for the consultant, not counted in the score.
  for (const w of sizing.warnings) {
    if (w.code !== 'outside-benchmark') continue;
    findings.push(finding({ code: 'figure-outside-benchmark', severity: weights.capacity.underusedSeverity, category: 'kapasitas', path: w.path ?? 'services', params: { subject: String(w.params.subject) }, localParams: { id: { detail: w.message.id }, en: { detail: w.message.en } } }));
  }
  const summary = estimated.summary;
  const notGiven = (c: { total: number; diisi: number }): number => c.total - c.diisi;
  const counts = {
    percent: roundHalfUp(summary.loadOnEstimates * 100),
    handling: notGiven(summary.handlingMinutes),
    visitors: notGiven(summary.visitorsPerDay),
    services: summary.handlingMinutes.total,
    counters: notGiven(summary.plannedCounters),
    agencies: summary.plannedCounters.total,
  };
  if (summary.loadOnEstimates > 0 || counts.counters > 0) {
    findings.push(finding({ code: operating ? 'figures-to-confirm' : 'sizing-on-estimates', severity: estimatesSeverity, category: 'kapasitas', path: 'services', params: counts }));
  }
  const reasons = [localized('review.reason.counters', { planned: sizing.totals.plannedCounters, needed: sizing.totals.neededCounters })];
  if (estimated.agencies.size > 0 || estimated.services.size > 0) {
    reasons.push(localized('review.reason.countersEstimated', { agencies: estimated.agencies.size, services: estimated.services.size, total: region.services.length, percent: counts.percent }));
    reasons.push(localized(operating ? 'review.reason.operatingCapacity' : 'review.reason.plannedCapacity'));
  }
  return { basis: 'answers', met, total, lost, findings, reasons };
}
