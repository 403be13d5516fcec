import type { CompletedRegion } from '../config/completed-region.js';
import type { Lang } from '../i18n/types.js';
import { renderTemplate } from '../render/templates.js';
import type { MissingComponentsEntry } from './missing.js';
import { STANDARD_PAGES_DIR } from './pages.js';

/** Where the deployment lists the Standar Pelayanan components not yet set (linked from the README and the run's summary). */
export const COMPLETENESS_PATH = `${STANDARD_PAGES_DIR}/KELENGKAPAN.md`;

/** One agency's counts: its services, those incomplete, and the components they miss. */
export interface AgencyCompleteness {
  id: string;
  name: string;
  services: number;
  incomplete: number;
  components: number;
  entries: MissingComponentsEntry[];
}

/** The counts per agency, in the answers' order (agencies without services included). Pure. */
export function completenessByAgency(region: Pick<CompletedRegion, 'agencies' | 'services'>, missing: readonly MissingComponentsEntry[]): AgencyCompleteness[] {
  return region.agencies.map((agency) => {
    const entries = missing.filter((m) => m.agency === agency.id);
    return {
      id: agency.id,
      name: agency.name,
      services: region.services.filter((s) => s.agency === agency.id).length,
      incomplete: entries.length,
      components: entries.reduce((sum, m) => sum + m.missing.length, 0),
      entries,
    };
  });
}

/**
 * `app/standar-pelayanan/KELENGKAPAN.md` in `lang`: a table of counts per agency, then per agency
 * the incomplete services with the components they miss. Every name passes the `md` helper.
 */
export function renderCompletenessPage(region: Pick<CompletedRegion, 'agencies' | 'services'>, missing: readonly MissingComponentsEntry[], lang: Lang): string {
  const agencies = completenessByAgency(region, missing).map((a) => ({
    ...a,
    entries: a.entries.map((e) => ({ serviceName: e.serviceName, labelsText: e.labels.map((l) => l[lang]).join('; ') })),
  }));
  return renderTemplate('appconfig/completeness.md.hbs', {
    lang,
    agencies,
    services: region.services.length,
    incomplete: missing.length,
    components: missing.reduce((sum, m) => sum + m.missing.length, 0),
  });
}
