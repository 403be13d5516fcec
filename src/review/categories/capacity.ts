import type { RegionAnswers } from '../../config/region.types.js';
import { sizeCounters } from '../../layout/sizing.js';
import type { SizingResult } from '../../layout/types.js';
import { finding } from '../finding.js';
import { roundHalfUp } from '../round.js';
import type { CategoryResult, ReviewWeights } from '../types.js';

/**
 * Kapasitas: planned counters against the Erlang C need per agency (the layout's sizing).
 * Coverage = sum of min(planned, needed) / sum of needed. A finding points at
 * `agencies[i].plannedCounters`, or at `counters` when the answers list counters explicitly
 * (then `plannedCounters` is not used and the fix is in the counters list).
 */
export function assessCapacity(region: RegionAnswers, weights: ReviewWeights, sizing: SizingResult = sizeCounters(region)): CategoryResult {
  const explicit = (region.counters?.length ?? 0) > 0;
  const share = roundHalfUp(sizing.targetShare * 100, 1);
  const findings: CategoryResult['findings'] = [];
  let met = 0;
  let total = 0;
  sizing.agencies.forEach((a, index) => {
    met += Math.min(a.plannedCounters, a.neededCounters);
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
  // Plausibility: figures far outside published operating figures (data/benchmarks.yaml), as the sizing reports them.
  for (const w of sizing.warnings) {
    if (w.code !== 'outside-benchmark') continue;
    findings.push(finding({ code: 'figure-outside-benchmark', severity: weights.capacity.underusedSeverity, category: 'kapasitas', path: w.path ?? 'services', params: { subject: String(w.params.subject) }, localParams: { id: { detail: w.message.id }, en: { detail: w.message.en } } }));
  }
  return { basis: 'answers', met, total, findings };
}
