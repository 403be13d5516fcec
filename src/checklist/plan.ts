import type { CompletedRegion } from '../complete/types.js';
import { format, type Params } from '../i18n/catalogue.js';
import type { Localized } from '../i18n/types.js';
import type { CatalogueItem } from './catalogue.types.js';
import type { ChecklistFile, Item } from './checklist.types.js';
import { evaluateCondition, regionFacts, type Binding } from './conditions.js';
import { dueDate, isIsoDate } from './dates.js';
import { mergeChecklist, orderItemKeys } from './merge.js';
import { cite, ruleIndex } from './rules.js';
import { loadChecklistSources, type ChecklistSources } from './sources.js';

function fill(text: Localized, params: Params): Localized {
  return { id: format(text.id, params), en: format(text.en, params) };
}

function regionTitle(region: CompletedRegion): string {
  return `${region.region.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${region.region.name}`;
}

/**
 * The checklist the catalogue gives for a region, before the previous statuses are applied: every
 * item that applies, in catalogue order (per-agency items in answers order), status `belum`.
 */
export function tailorChecklist(region: CompletedRegion, sources: ChecklistSources = loadChecklistSources()): ChecklistFile {
  const facts = regionFacts(region);
  const rules = ruleIndex(sources.rules);
  const launchDate = region.mpp.launchDate && isIsoDate(region.mpp.launchDate) ? region.mpp.launchDate : undefined;
  const base: Params = { organiser: region.mpp.organiser, region: regionTitle(region), mpp: region.mpp.name };
  const items: Item[] = [];
  const phaseOrder = sources.catalogue.phases.map((p) => p.id);
  const byPhase = [...sources.catalogue.items].sort((a, b) => phaseOrder.indexOf(a.phase) - phaseOrder.indexOf(b.phase));
  for (const entry of byPhase) {
    for (const binding of evaluateCondition(entry.appliesWhen, facts)) {
      items.push(itemFor(entry, binding, base, rules, launchDate));
    }
  }
  const file: ChecklistFile = {
    schemaVersion: 1,
    region: {
      name: region.region.name,
      kind: region.region.kind,
      slug: region.region.slug,
      mpp: region.mpp.name,
      organiser: region.mpp.organiser,
    },
    phases: sources.catalogue.phases.map((p) => ({ id: p.id, title: { id: p.title.id, en: p.title.en } })),
    items,
  };
  if (launchDate) file.launchDate = launchDate;
  return file;
}

function itemFor(
  entry: CatalogueItem,
  binding: Binding,
  base: Params,
  rules: ReturnType<typeof ruleIndex>,
  launchDate: string | undefined,
): Item {
  const params: Params = { ...base };
  if (binding.agency) {
    params.agency = binding.agency.name;
    params.agencyId = binding.agency.id;
  }
  if (binding.gaps) params.count = binding.gaps.length;
  if (binding.estimates) params.count = binding.estimates.length;
  const item: Item = {
    id: binding.agency ? `${entry.id}/${binding.agency.id}` : entry.id,
    phase: entry.phase,
    title: fill(entry.title, params),
    explanation: fill(entry.explanation, params),
    legalBasis: entry.legalBasis.map((id) => cite(rules, id)),
    ownerRole: fill(entry.ownerRole, params),
    evidence: fill(entry.evidence, params),
    blocksLaunch: entry.blocksLaunch,
    dueWeeksBefore: entry.dueWeeksBefore,
    applies: true,
    status: 'belum',
  };
  if (binding.agency) item.subject = { kind: 'agency', id: binding.agency.id, name: binding.agency.name };
  if (binding.gaps) item.gaps = binding.gaps.map((g) => ({ service: g.service, serviceName: g.serviceName, missing: [...g.missing] }));
  if (binding.estimates) item.estimates = binding.estimates.map((e) => ({ ...e, note: { id: e.note.id, en: e.note.en } }));
  if (entry.examples && entry.examples.length > 0) item.examples = entry.examples.map((id) => cite(rules, id));
  if (launchDate) item.dueDate = dueDate(launchDate, entry.dueWeeksBefore);
  return orderItemKeys(item);
}

/**
 * The region's checklist: the tailored items with the statuses and notes of `previous` (matched by
 * item id); items of `previous` that no longer apply are kept as `tidak-berlaku`.
 */
export function planChecklist(
  region: CompletedRegion,
  previous?: ChecklistFile,
  sources: ChecklistSources = loadChecklistSources(),
): ChecklistFile {
  return mergeChecklist(tailorChecklist(region, sources), previous);
}
