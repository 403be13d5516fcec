import type { CompletedRegion } from '../config/completed-region.js';
import { format, type Params } from '../i18n/catalogue.js';
import type { Localized } from '../i18n/types.js';
import type { CatalogueItem } from '../generated/catalogue.types.js';
import type { ChecklistFile, Item } from '../generated/checklist.types.js';
import { evaluateCondition, regionFacts, type Binding } from './conditions.js';
import { lifecycle, type Lifecycle } from '../config/launch.js';
import { scheduleItem } from './operating.js';
import { mergeChecklist, orderItemKeys } from './merge.js';
import { cite, ruleIndex } from './rules.js';
import { loadChecklistSources, type ChecklistSources } from './sources.js';
import { regionTitle } from '../config/region-title.js';

function fill(text: Localized, params: Params): Localized {
  return { id: format(text.id, params), en: format(text.en, params) };
}

/**
 * The checklist the catalogue gives for a region, before the previous statuses are applied: every
 * item that applies, in catalogue order (per-agency items in answers order), status `belum`. For an
 * operating MPP (see config/launch.ts) it is the operating view: items due before the launch are to
 * be confirmed as met, recurring items carry their next due date (see operating.ts).
 */
export function tailorChecklist(region: CompletedRegion, sources: ChecklistSources = loadChecklistSources()): ChecklistFile {
  const facts = regionFacts(region);
  const rules = ruleIndex(sources.rules);
  const life = lifecycle(region, sources.catalogue.dataAsOf);
  const base: Params = { organiser: region.mpp.organiser, region: regionTitle(region.region), mpp: region.mpp.name };
  const items: Item[] = [];
  const phaseOrder = sources.catalogue.phases.map((p) => p.id);
  const byPhase = [...sources.catalogue.items].sort((a, b) => phaseOrder.indexOf(a.phase) - phaseOrder.indexOf(b.phase));
  for (const entry of byPhase) {
    for (const binding of evaluateCondition(entry.appliesWhen, facts)) {
      items.push(itemFor(entry, binding, base, rules, life));
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
  if (life.launch) file.launchDate = life.launch.text;
  if (life.stage === 'operating') file.operating = { reason: life.reason === 'status' ? 'status' : 'launch-date-passed', asOf: life.asOf, asOfSource: life.asOfSource };
  return file;
}

function itemFor(
  entry: CatalogueItem,
  binding: Binding,
  base: Params,
  rules: ReturnType<typeof ruleIndex>,
  life: Lifecycle,
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
  if (entry.recurs) item.recurs = { everyMonths: entry.recurs.everyMonths };
  const schedule = scheduleItem(entry, life);
  if (schedule.dueDate) item.dueDate = schedule.dueDate;
  if (schedule.confirmMet) item.confirmMet = true;
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
