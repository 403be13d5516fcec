import type { RegionAnswers } from '../generated/region.types.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { REGION_FIELDS, type SchemaFields } from '../config/schema-fields.js';
import { slugify, uniqueId } from '../config/slug.js';
import { COLLECTION, type Item, type ItemKind } from '../grow/kinds.js';
import { askFields } from './ask-fields.js';
import { askField, askOne, askYesNo, type Ask, type Choice } from './questions.js';
import { neededCounters } from './sized-defaults.js';

/** The region's agencies as choices (`Name (id)`). */
const agencyChoices = (region: RegionAnswers): Choice[] => region.agencies.map((a) => ({ name: `${a.name} (${a.id})`, value: a.id }));

/**
 * Asks for one new item in the existing deployment's terms: the fields of the item the schema asks
 * (its prompts and required fields, in schema order), with the references to the region's agencies,
 * services and floors offered as choices. Ids are derived from names later (addItem); a counter's id
 * is offered. Pure: asks through `ask`.
 */
export async function askItem(kind: ItemKind, region: RegionAnswers, ask: Ask, lang: Lang, fields: SchemaFields = REGION_FIELDS): Promise<Item> {
  const item = fields.itemsOf(fields.get(COLLECTION[kind]));
  const serviceItem = fields.itemsOf(fields.get('services'));
  if (!item || !serviceItem) throw new Error(`no schema items for ${kind}`);
  // Each question names the item it is about: the agency being added, the service, its agency.
  const named = (owner: string | undefined) => (field: { key: string }, known: Record<string, unknown>): string | undefined =>
    field.key === 'name' ? owner : typeof known.name === 'string' ? known.name : undefined;
  if (kind === 'agency') {
    const agency = await askFields(ask, fields, item, lang, { derived: ['id', 'plannedCounters'], item: named(undefined) });
    const owner = String(agency.shortName ?? agency.name ?? '');
    const services: Item[] = [];
    do services.push(await askFields(ask, fields, serviceItem, lang, { derived: ['id', 'agency'], item: named(owner) }));
    while (await askYesNo(ask, 'addService', t(lang, 'interview.addService', { agency: owner }), false, lang));
    // Its counters last, offering what its queue needs within the region (as the interview does).
    const id = uniqueId(slugify(String(agency.name ?? ''), 'instansi'), new Set(region.agencies.flatMap((a) => (a.id ? [a.id] : []))));
    const need = neededCounters({ ...region, agencies: [...region.agencies, { ...agency, id }], services: [...region.services, ...services.map((s) => ({ ...s, agency: id }))] }, id, lang);
    const planned = await askField(ask, fields.get('agencies[].plannedCounters'), fields, lang, { name: 'agencies_plannedCounters', item: owner, default: need, optional: true });
    return { ...agency, ...(typeof planned === 'number' ? { plannedCounters: planned } : {}), services };
  }
  const agency = await askOne<string>(ask, { type: 'select', name: 'agency', message: t(lang, 'grow.prompt.agency'), choices: agencyChoices(region) });
  const owner = region.agencies.find((a) => a.id === agency);
  if (kind === 'service') return askFields(ask, fields, serviceItem, lang, { given: { agency }, derived: ['id'], item: named(owner?.shortName ?? owner?.name) });
  const own = region.services.filter((s) => s.agency === agency);
  const services = await askOne<string[]>(ask, {
    type: 'checkbox',
    name: 'services',
    message: t(lang, 'grow.prompt.counterServices'),
    choices: own.map((s) => ({ name: `${s.name} (${s.id})`, value: s.id, checked: true })),
  });
  const counters = region.counters ?? [];
  const suggested = uniqueId(`${agency}-${counters.filter((c) => c.agency === agency).length + 1}`, new Set(counters.map((c) => c.id)));
  const floors = region.mpp.floors ?? [];
  return askFields(ask, fields, item, lang, {
    given: { agency, services },
    suggest: (field) => (field.key === 'id' ? suggested : undefined),
    // With one floor there is nothing to choose (an empty choice list is not asked).
    choices: { floor: floors.length > 1 ? floors.map((f) => ({ name: `${f.name} (${f.id})`, value: f.id })) : [] },
    nameOf: (field) => field.key,
    item: (field, known) => (field.key === 'id' ? undefined : typeof known.id === 'string' ? known.id : undefined),
  });
}
