import { t, type MessageKey } from '../i18n/catalogue.js';
import type { Lang, Localized } from '../i18n/types.js';
import { standardComponent, type ComponentKey } from '../checklist/components.js';
import { severityCounts } from './order.js';
import { groupThousands } from '../i18n/thousands.js';
import { CATEGORY_IDS, type CategoryId, type Finding, type Review, type SeverityCounts } from './types.js';

/**
 * Findings grouped the way a consultant reads them: by category, then by agency, with counts and a
 * headline per category ("Standar pelayanan: 152 layanan, 2.118 komponen belum tercatat; terbanyak:
 * ..."), instead of one row per component. Pure; renderers fold the details.
 */
export interface AgencyGroup {
  /** The agency's id; absent for findings not about one agency. */
  agency?: string;
  label: string;
  counts: SeverityCounts;
  findings: Finding[];
  /** The findings as rows to read: one per service for missing Standar Pelayanan components, else one per finding. */
  rows: FindingRow[];
}

export interface FindingRow {
  severity: Finding['severity'];
  path: string;
  source: Finding['source'];
  message: string;
  fix: string;
  /** Findings folded into this row. */
  count: number;
}

const SEVERITY_ORDER = ['blocker', 'major', 'minor'] as const;

/** One row per service for its missing components (worst severity first), other findings one row each. */
function rowsOf(findings: readonly Finding[], lang: Lang): FindingRow[] {
  const rows: FindingRow[] = [];
  const byService = new Map<string, { row: FindingRow; labels: string[]; service: string }>();
  for (const f of findings) {
    const service = /^(services\[\d+\])\.standard/.exec(f.path)?.[1];
    if (!service || (f.code !== 'standard-component-missing' && f.code !== 'standard-components-incomplete')) {
      rows.push({ severity: f.severity, path: f.path, source: f.source, message: f.message[lang], fix: f.fix[lang], count: 1 });
      continue;
    }
    const labels = f.code === 'standard-component-missing' ? [standardComponent(String(f.params.key) as ComponentKey).label[lang]] : String(f.params.keys).split(', ').map((k) => standardComponent(k as ComponentKey).label[lang]);
    const entry = byService.get(service);
    if (entry) {
      entry.labels.push(...labels);
      entry.row.count++;
      if (f.code === 'standard-components-incomplete') entry.row.fix = f.fix[lang];
      if (SEVERITY_ORDER.indexOf(f.severity) < SEVERITY_ORDER.indexOf(entry.row.severity)) entry.row.severity = f.severity;
      continue;
    }
    const row: FindingRow = { severity: f.severity, path: `${service}.standard`, source: f.source, message: '', fix: f.fix[lang], count: 1 };
    byService.set(service, { row, labels, service: String(f.params.service) });
    rows.push(row);
  }
  for (const { row, labels, service } of byService.values()) row.message = t(lang, 'review.group.serviceRow', { service, count: labels.length, components: labels.join('; ') });
  return rows;
}

export interface CategoryGroup {
  category: CategoryId;
  title: string;
  headline: string;
  counts: SeverityCounts;
  total: number;
  agencies: AgencyGroup[];
}

function componentCounts(findings: readonly Finding[]): Map<ComponentKey, number> {
  const counts = new Map<ComponentKey, number>();
  for (const f of findings) {
    const keys = f.code === 'standard-component-missing' ? [String(f.params.key)] : f.code === 'standard-components-incomplete' ? String(f.params.keys).split(', ') : [];
    for (const key of keys) counts.set(key as ComponentKey, (counts.get(key as ComponentKey) ?? 0) + 1);
  }
  return counts;
}

function headline(category: CategoryId, findings: readonly Finding[], agencies: number, lang: Lang): string {
  const title = t(lang, `review.category.${category}` as MessageKey);
  const counts = componentCounts(findings);
  if (category === 'standar-pelayanan' && counts.size > 0) {
    const services = new Set(findings.map((f) => /^services\[\d+\]/.exec(f.path)?.[0]).filter(Boolean)).size;
    const components = [...counts.values()].reduce((a, b) => a + b, 0);
    const top = [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 3)
      .map(([key, n]) => `${standardComponent(key).label[lang]} (${groupThousands(n, lang)})`)
      .join(', ');
    return t(lang, 'review.group.standard', { category: title, services, components: groupThousands(components, lang), top });
  }
  const c = severityCounts(findings);
  return t(lang, agencies > 0 ? 'review.group.headline' : 'review.group.headlineGeneral', { category: title, count: findings.length, blockers: c.blocker, majors: c.major, minors: c.minor, agencies });
}

/** Groups in category order; inside, the general findings first, then agencies by count (high first), then name. */
export function groupFindings(review: Pick<Review, 'findings'>, lang: Lang): CategoryGroup[] {
  const groups: CategoryGroup[] = [];
  for (const category of CATEGORY_IDS) {
    const findings = review.findings.filter((f) => f.category === category);
    if (findings.length === 0) continue;
    const byAgency = new Map<string, Finding[]>();
    for (const f of findings) {
      const key = f.agency ?? '';
      byAgency.set(key, [...(byAgency.get(key) ?? []), f]);
    }
    const agencies: AgencyGroup[] = [...byAgency].map(([agency, list]) => ({
      ...(agency ? { agency } : {}),
      label: agency ? String(list[0].params.agency ?? agency) : t(lang, 'review.group.general'),
      counts: severityCounts(list),
      findings: list,
      rows: rowsOf(list, lang),
    }));
    agencies.sort((a, b) => Number(a.agency !== undefined) - Number(b.agency !== undefined) || b.findings.length - a.findings.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    const named = agencies.filter((a) => a.agency !== undefined).length;
    groups.push({
      category,
      title: t(lang, `review.category.${category}` as MessageKey),
      headline: headline(category, findings, named, lang),
      counts: severityCounts(findings),
      total: findings.length,
      agencies,
    });
  }
  return groups;
}

export type { Localized };
