import type { CompletedRegion } from '../../complete/types.js';
import { missingComponents, standardComponent, STANDARD_COMPONENTS } from '../../checklist/components.js';
import { finding } from '../finding.js';
import type { CategoryResult, ReviewWeights } from '../types.js';

/**
 * Standar pelayanan: the 14 components per service (UU 25/2009; PermenPANRB 15/2014). Each missing
 * component named in `weights.standard.majorComponents` is a finding at `services[i].standard.<key>`;
 * the service's other missing components are one finding at `services[i].standard`.
 */
export function assessStandard(region: CompletedRegion, weights: ReviewWeights): CategoryResult {
  const major = new Set(weights.standard.majorComponents);
  const agencyLabel = new Map(region.agencies.map((a) => [a.id, a.shortName ?? a.name]));
  const findings: CategoryResult['findings'] = [];
  let missingTotal = 0;
  region.services.forEach((service, index) => {
    const missing = missingComponents(service);
    missingTotal += missing.length;
    const params = { service: service.name, agency: agencyLabel.get(service.agency) ?? service.agency };
    for (const key of missing.filter((k) => major.has(k))) {
      const label = standardComponent(key).label;
      findings.push(
        finding({
          code: 'standard-component-missing',
          severity: weights.standard.majorSeverity,
          category: 'standar-pelayanan',
          path: `services[${index}].standard.${key}`,
          params: { ...params, key },
          localParams: { id: { component: label.id }, en: { component: label.en } },
        }),
      );
    }
    const others = missing.filter((k) => !major.has(k));
    if (others.length > 0) {
      const labels = others.map((k) => standardComponent(k).label);
      findings.push(
        finding({
          code: 'standard-components-incomplete',
          severity: weights.standard.otherSeverity,
          category: 'standar-pelayanan',
          path: `services[${index}].standard`,
          params: { ...params, count: others.length, keys: others.join(', ') },
          localParams: { id: { components: labels.map((l) => l.id).join('; ') }, en: { components: labels.map((l) => l.en).join('; ') } },
        }),
      );
    }
  });
  const total = region.services.length * STANDARD_COMPONENTS.length;
  return { basis: 'answers', met: total - missingTotal, total, findings };
}
