import type { CompletedRegion } from '../../config/completed-region.js';
import type { LifeStage } from '../../config/launch.js';
import { missingComponents, standardComponent, STANDARD_COMPONENTS } from '../../checklist/components.js';
import { finding } from '../finding.js';
import { impact } from '../checks.js';
import { localized } from '../reasons.js';
import type { CategoryResult, ReviewWeights, Severity } from '../types.js';

/**
 * Standar pelayanan: the 14 components per service (UU 25/2009; PermenPANRB 15/2014). Each missing
 * component named in `weights.standard.majorComponents` is a finding at `services[i].standard.<key>`;
 * the service's other missing components are one finding at `services[i].standard`. For an operating
 * MPP a component the answers do not record is a gap in the kit's data: `weights.operating.standardSeverity`.
 */
export function assessStandard(region: CompletedRegion, weights: ReviewWeights, stage: LifeStage = 'planned'): CategoryResult {
  const major = new Set(weights.standard.majorComponents);
  const operating = stage === 'operating';
  const majorSeverity: Severity = operating ? weights.operating.standardSeverity : weights.standard.majorSeverity;
  const otherSeverity: Severity = operating ? weights.operating.standardSeverity : weights.standard.otherSeverity;
  const agencyLabel = new Map(region.agencies.map((a) => [a.id, a.shortName ?? a.name]));
  const findings: CategoryResult['findings'] = [];
  let missingTotal = 0;
  let lost = 0;
  let complete = 0;
  region.services.forEach((service, index) => {
    const missing = missingComponents(service);
    if (missing.length === 0) complete++;
    missingTotal += missing.length;
    const params = { service: service.name, agency: agencyLabel.get(service.agency) ?? service.agency };
    const keyMissing = missing.filter((k) => major.has(k));
    lost += keyMissing.length * impact(weights, majorSeverity);
    for (const key of keyMissing) {
      const label = standardComponent(key).label;
      findings.push(
        finding({
          code: 'standard-component-missing',
          severity: majorSeverity,
          category: 'standar-pelayanan',
          path: `services[${index}].standard.${key}`,
          agency: service.agency,
          params: { ...params, key },
          localParams: { id: { component: label.id }, en: { component: label.en } },
        }),
      );
    }
    const others = missing.filter((k) => !major.has(k));
    lost += others.length * impact(weights, otherSeverity);
    if (others.length > 0) {
      const labels = others.map((k) => standardComponent(k).label);
      findings.push(
        finding({
          code: 'standard-components-incomplete',
          severity: otherSeverity,
          category: 'standar-pelayanan',
          path: `services[${index}].standard`,
          agency: service.agency,
          params: { ...params, count: others.length, keys: others.join(', ') },
          localParams: { id: { components: labels.map((l) => l.id).join('; ') }, en: { components: labels.map((l) => l.en).join('; ') } },
        }),
      );
    }
  });
  const total = region.services.length * STANDARD_COMPONENTS.length;
  const reasons = [localized('review.reason.components', { given: total - missingTotal, total, complete, services: region.services.length })];
  if (operating && missingTotal > 0) reasons.push(localized('review.reason.operatingStandard'));
  return { basis: 'answers', met: total - missingTotal, total, lost, findings, reasons };
}
