import type { AgencyKind } from '../config/valid-region.js';
import type { AgencyKindRule, Service as TypicalService, TypicalServices } from '../generated/typical-services.types.js';
import { oncePerObject } from '../config/once.js';

/**
 * The matching rule of data/typical-services.yaml (documented at the top of that file): names are
 * compared normalized, keywords match whole words, the longest matched keyword wins, then the
 * earlier entry; a service no keyword matches takes its agency's fallback entry.
 */

/** Accents dropped, lower case, every run of characters other than letters and digits one space. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A normalized name between spaces: whole words are then found with a plain `includes`. */
const padded = (name: string): string => ` ${name} `;

/** Each keyword list of the catalogue padded once (matching 150 services against it padded each keyword thousands of times). */
const paddedKeywords = oncePerObject((keywords: readonly string[]): readonly string[] => keywords.map(padded));

/** Whether `keyword` (normalized) occurs in `name` (normalized) as whole words. */
export function containsWords(name: string, keyword: string): boolean {
  return padded(name).includes(padded(keyword));
}

/** Words of a normalized text (single spaces between words). */
function wordCount(text: string): number {
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) words++;
  return words;
}

/** Longer keywords are more specific: more words first, then more letters. */
function longer(a: string, b: string): boolean {
  const words = wordCount(a) - wordCount(b);
  return words !== 0 ? words > 0 : a.length > b.length;
}

/** The longest keyword of `keywords` found in a padded name, if any. */
function longestMatchIn(paddedName: string, keywords: readonly string[] | undefined): string | undefined {
  if (!keywords) return undefined;
  const pads = paddedKeywords(keywords);
  let best: string | undefined;
  for (let i = 0; i < keywords.length; i++) {
    if (paddedName.includes(pads[i]) && (best === undefined || longer(keywords[i], best))) best = keywords[i];
  }
  return best;
}

export interface AgencyForMatch {
  name: string;
  shortName?: string;
  kind?: AgencyKind;
}

export interface ServiceMatch {
  entry: TypicalService;
  /** The keyword that decided (a service keyword, or the agency keyword of a fallback entry). */
  keyword: string;
  /** Matched through the agency's fallback entry, not the service's own name. */
  viaAgency: boolean;
}

/** `paddedAgency`: the agency's normalized name and short name, padded. */
function agencyFits(entry: TypicalService, paddedAgency: string, kind: AgencyKind | undefined): string | true | undefined {
  if (entry.agencyKinds && entry.agencyKinds.length > 0 && (kind === undefined || !entry.agencyKinds.includes(kind))) return undefined;
  if (!entry.agencyKeywords || entry.agencyKeywords.length === 0) return true;
  return longestMatchIn(paddedAgency, entry.agencyKeywords);
}

/** The catalogue entry a service matches, or undefined (kit defaults apply). Pure. */
export function matchService(serviceName: string, agency: AgencyForMatch, catalogue: TypicalServices): ServiceMatch | undefined {
  const name = padded(normalizeName(serviceName));
  const agencyName = padded(normalizeName([agency.name, agency.shortName ?? ''].join(' ')));
  let best: ServiceMatch | undefined;
  for (const entry of catalogue.services) {
    const keyword = longestMatchIn(name, entry.keywords);
    if (keyword === undefined || agencyFits(entry, agencyName, agency.kind) === undefined) continue;
    if (!best || longer(keyword, best.keyword)) best = { entry, keyword, viaAgency: false };
  }
  if (best) return best;
  for (const entry of catalogue.services) {
    if (!entry.agencyFallback) continue;
    const fits = agencyFits(entry, agencyName, agency.kind);
    if (typeof fits !== 'string') continue;
    if (!best || longer(fits, best.keyword)) best = { entry, keyword: fits, viaAgency: true };
  }
  return best;
}

/** The agency kind an agency's name suggests, with the deciding keyword, or undefined. Pure. */
export function matchAgencyKind(agency: Pick<AgencyForMatch, 'name' | 'shortName'>, rules: readonly AgencyKindRule[]): { rule: AgencyKindRule; keyword: string } | undefined {
  const name = padded(normalizeName([agency.name, agency.shortName ?? ''].join(' ')));
  let best: { rule: AgencyKindRule; keyword: string } | undefined;
  for (const rule of rules) {
    const keyword = longestMatchIn(name, rule.keywords);
    if (keyword !== undefined && (!best || longer(keyword, best.keyword))) best = { rule, keyword };
  }
  return best;
}
