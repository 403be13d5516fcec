import type { CompletedRegion } from '../config/completed-region.js';
import { STANDARD_COMPONENTS, missingComponents } from '../checklist/components.js';
import type { Lang, Localized } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';

export interface MissingComponentsEntry {
  agency: string;
  agencyName: string;
  service: string;
  serviceName: string;
  /** Component keys not yet set, in the regulation's order. */
  missing: string[];
  /** Their labels {id, en}, same order. */
  labels: Localized[];
}

/**
 * Services whose Standar Pelayanan misses components, for the CLI summary and the region README:
 * only incomplete services, in the answers' order.
 */
export function missingComponentsReport(region: Pick<CompletedRegion, 'agencies' | 'services'>): MissingComponentsEntry[] {
  const names = new Map(region.agencies.map((a) => [a.id, a.name]));
  const labels = new Map(STANDARD_COMPONENTS.map((c) => [c.key as string, { id: c.label.id, en: c.label.en }]));
  return region.services.flatMap((service) => {
    const missing = missingComponents(service);
    if (missing.length === 0) return [];
    return [
      {
        agency: service.agency,
        agencyName: names.get(service.agency) ?? service.agency,
        service: service.id,
        serviceName: service.name,
        missing: [...missing],
        labels: missing.map((key) => labels.get(key) as Localized),
      },
    ];
  });
}

/**
 * Plain-text lines for the CLI summary: one headline, then `- <agency>: <service>: <labels>` per
 * incomplete service. Plain text for a terminal; a Markdown README must escape the names itself.
 */
export function missingComponentsSummary(region: Pick<CompletedRegion, 'agencies' | 'services'>, lang: Lang): string[] {
  const report = missingComponentsReport(region);
  if (region.services.length === 0) return [t(lang, 'appconfig.missing.noServices')];
  if (report.length === 0) return [t(lang, 'appconfig.missing.none')];
  const components = report.reduce((sum, r) => sum + r.missing.length, 0);
  return [
    t(lang, 'appconfig.missing.summary', { services: report.length, total: region.services.length, components }),
    ...report.map((r) => `- ${r.agencyName}: ${r.serviceName}: ${r.labels.map((l) => l[lang]).join('; ')}`),
  ];
}
