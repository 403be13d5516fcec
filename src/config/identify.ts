import type { RegionAnswers } from '../generated/region.types.js';
import type { ValidRegion } from './valid-region.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { slugify, uniqueId } from './slug.js';
import type { RuleViolation } from './cross-rules.js';

/** A name compared with another: Unicode-normalized, case and inner spacing ignored. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Ids of a collection: those given are kept; a missing one is derived from the name, never taking a given id. */
function identify<T extends { id?: string; name: string }>(items: readonly T[], fallback: string): Array<T & { id: string }> {
  const taken = new Set<string>();
  for (const item of items) if (item.id !== undefined) taken.add(item.id);
  return items.map((item) => (item.id !== undefined ? (item as T & { id: string }) : { ...item, id: uniqueId(slugify(item.name, fallback), taken) }));
}

/**
 * Derives what the answers may leave out because a name gives it: the region slug, agency and
 * service ids (as `mpp add` and the CSV import do: accents dropped, lower case, hyphens, `-2` on a
 * clash), and resolves a service's `agency` written as the agency's name (or short name) to its id.
 * A name that fits several agencies is reported; an agency that fits none is left for the
 * cross-reference rules (unknown agency). Pure; the input is not changed.
 */
export function identifyRegion(answers: RegionAnswers, lang: Lang): { region: ValidRegion; violations: RuleViolation[] } {
  const violations: RuleViolation[] = [];
  const agencies = identify(answers.agencies ?? [], 'instansi');
  const ids = new Set(agencies.map((a) => a.id));
  const byName = new Map<string, string[]>();
  for (const agency of agencies) {
    for (const name of new Set([agency.name, agency.shortName].filter((n): n is string => n !== undefined).map(nameKey))) {
      const known = byName.get(name);
      if (known) known.push(agency.id);
      else byName.set(name, [agency.id]);
    }
  }
  const services = identify(answers.services ?? [], 'layanan').map((service, index) => {
    if (typeof service.agency !== 'string' || ids.has(service.agency)) return service;
    const matches = [...new Set(byName.get(nameKey(service.agency)) ?? [])];
    if (matches.length === 1) return { ...service, agency: matches[0] };
    if (matches.length > 1) {
      violations.push({ segments: ['services', index, 'agency'], code: 'ambiguous-agency', message: t(lang, 'rule.ambiguousAgency', { name: service.agency, ids: matches.join(', ') }) });
    }
    return service;
  });
  const region = { ...answers.region, slug: answers.region?.slug ?? slugify(answers.region?.name ?? '', 'daerah') };
  return { region: { ...answers, region, agencies, services } as ValidRegion, violations };
}

/**
 * Answers as read from a file (not validated yet) with their missing identifiers derived, so that a
 * command naming an item by id (`mpp remove`, `mpp add --replace`) sees the ids validation will give;
 * data whose shape does not allow it comes back unchanged, for the validator to report. Pure.
 */
export function withDerivedIds(answers: RegionAnswers, lang: Lang): RegionAnswers {
  try {
    return identifyRegion(answers, lang).region as RegionAnswers;
  } catch {
    return answers;
  }
}
