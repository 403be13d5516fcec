import type { CompletedRegion } from '../../complete/types.js';
import { sizeCounters } from '../../layout/sizing.js';
import type { SizingResult } from '../../layout/types.js';
import { finding } from '../finding.js';
import { roundHalfUp } from '../round.js';
import { isEstimate, provenanceOf } from '../../complete/provenance.js';
import type { EstimateSummary } from '../../complete/summary.js';
import { estimateSummary } from '../../complete/summary.js';
import type { CategoryResult, ReviewWeights } from '../types.js';

/**
 * Kapasitas: planned counters against the Erlang C need per agency (the layout's sizing).
 * Coverage = sum of min(planned, needed) / sum of needed, where planned counters that are still the
 * kit's estimate (not the region's plan) count for nothing. A finding points at
 * `agencies[i].plannedCounters`, or at `counters` when the answers list counters explicitly
 * (then `plannedCounters` is not used and the fix is in the counters list). When any of the load
 * rests on estimated figures, one finding says how much.
 */
export function assessCapacity(
  region: CompletedRegion,
  weights: ReviewWeights,
  sizing: SizingResult = sizeCounters(region),
  estimates: EstimateSummary = estimateSummary(region),
): CategoryResult {
  const explicit = (region.counters?.length ?? 0) > 0;
  const share = roundHalfUp(sizing.targetShare * 100, 1);
  const findings: CategoryResult['findings'] = [];
  let met = 0;
  let total = 0;
  sizing.agencies.forEach((a, index) => {
    const planByRegion = !isEstimate(provenanceOf(region, { agency: a.agency, figure: 'plannedCounters' }));
    met += planByRegion ? Math.min(a.plannedCounters, a.neededCounters) : 0;
    total += a.neededCounters;
    const path = explicit ? 'counters' : `agencies[${index}].plannedCounters`;
    const params = { agency: a.label, agencyId: a.agency, planned: a.plannedCounters, needed: a.neededCounters };
    if (a.offeredLoad > 0 && a.plannedCounters <= a.offeredLoad) {
      findings.push(finding({ code: 'counters-overloaded', severity: weights.capacity.overloadedSeverity, category: 'kapasitas', path, params: { ...params, load: roundHalfUp(a.offeredLoad, 2) } }));
    } else if (a.plannedCounters < a.neededCounters) {
      findings.push(finding({ code: 'counters-below-needed', severity: weights.capacity.belowNeededSeverity, category: 'kapasitas', path, params: { ...params, share, minutes: sizing.maxWaitMinutes } }));
    } else if (a.plannedCounters > a.neededCounters && a.planned.utilisation !== null && a.planned.utilisation < weights.capacity.underusedUtilisation) {
      findings.push(finding({ code: 'counters-underused', severity: weights.capacity.underusedSeverity, category: 'kapasitas', path, params: { ...params, utilisation: roundHalfUp(a.planned.utilisation * 100) } }));
    }
  });
  if (estimates.any && (estimates.loadOnEstimates > 0 || estimates.plannedCounters.diisi < estimates.plannedCounters.total)) {
    const notGiven = (c: { total: number; diisi: number }): number => c.total - c.diisi;
    findings.push(
      finding({
        code: 'sizing-on-estimates',
        severity: weights.capacity.estimatesSeverity,
        category: 'kapasitas',
        path: 'services',
        params: {
          percent: roundHalfUp(estimates.loadOnEstimates * 100),
          handling: notGiven(estimates.handlingMinutes),
          visitors: notGiven(estimates.visitorsPerDay),
          services: estimates.handlingMinutes.total,
          counters: notGiven(estimates.plannedCounters),
          agencies: estimates.plannedCounters.total,
        },
      }),
    );
  }
  return { basis: 'answers', met, total, findings };
}
