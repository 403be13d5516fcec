import type { RegionAnswers } from '../generated/region.types.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { REGION_FIELDS, type SchemaField, type SchemaFields } from '../config/schema-fields.js';
import { slugify, uniqueId } from '../config/slug.js';
import { regionTitle } from '../config/region-title.js';
import { askFields, isAsked, type Answers } from './ask-fields.js';
import { askField, askOne, type Ask } from './questions.js';
import { numberText } from './check-answer.js';
import type { TypicalAgency } from './typical-agencies.js';

export type { Ask, Question } from './questions.js';

/**
 * What the interview starts a region with, rather than asking: the complaint channels every MPP has
 * (SP4N-LAPOR!, the national channel, and a desk). Opening hours are not asked and not invented: the
 * complete stage uses the kit's default hours, marked, with a checklist task to set them.
 */
const STARTING_CHANNELS = [{ kind: 'sp4n-lapor' }, { kind: 'desk' }];
/** Upper bound of the floor-count question (a sanity limit of the interview, not of the data). */
const MAX_FLOORS = 20;

interface Context {
  ask: Ask;
  lang: Lang;
  fields: SchemaFields;
}

/**
 * The floors: how many (within the schema's bounds of the list), then the floor fields the schema asks
 * (width, depth, ...) once for all of them. The first of them may be left empty while the building is
 * not measured: then no floor is recorded and the complete stage derives one from the area programme,
 * marked as an estimate.
 */
async function askFloors(ctx: Context, field: SchemaField): Promise<Answers[] | undefined> {
  const bounds = { minimum: Math.max(1, field.minItems ?? 1), maximum: field.maxItems ?? MAX_FLOORS };
  const count = Number(
    await askOne<string | number>(ctx.ask, {
      type: 'input',
      name: 'floorCount',
      message: t(ctx.lang, 'interview.floorCount'),
      default: String(bounds.minimum),
      validate: (v) => (Number.isInteger(Number(v)) && Number(v) >= bounds.minimum && Number(v) <= bounds.maximum ? true : numberText('integer', bounds, ctx.lang)),
    }),
  );
  const floorItem = ctx.fields.itemsOf(field);
  if (!floorItem) return undefined;
  const derived = ['id', 'name', 'level', 'entrance'];
  const first = ctx.fields.propertiesOf(floorItem).find((f) => !derived.includes(f.key) && isAsked(f, ctx.fields));
  const measured = first ? await askField(ctx.ask, first, ctx.fields, ctx.lang, { optional: true }) : undefined;
  if (first && measured === undefined) return undefined;
  const shared = await askFields(ctx.ask, ctx.fields, floorItem, ctx.lang, { derived, given: first ? { [first.key]: measured } : {} });
  return Array.from({ length: Number.isInteger(count) && count >= bounds.minimum ? count : bounds.minimum }, (_, i) => ({
    id: `lt${i + 1}`,
    name: `Lantai ${i + 1}`,
    level: i + 1,
    ...shared,
    ...(i === 0 ? { entrance: true } : {}),
  }));
}

/** One service of an agency: the fields of a service the schema asks. */
function askService(ctx: Context, agency: string): Promise<Answers> {
  const item = ctx.fields.itemsOf(ctx.fields.get('services'));
  if (!item) return Promise.resolve({ agency });
  return askFields(ctx.ask, ctx.fields, item, ctx.lang, { given: { agency }, derived: ['id'] });
}

/**
 * Agencies picked from the typical list (with their typical services by name and category), then
 * custom ones. Typical figures are not copied in: a figure left empty is estimated by the complete
 * stage, with its source, and marked.
 */
async function askAgencies(ctx: Context, typical: readonly TypicalAgency[], root: Answers): Promise<Answers[]> {
  const { ask, lang, fields } = ctx;
  const agencies: Answers[] = [];
  const services: Answers[] = [];
  const agencyIds = new Set<string>();
  const serviceIds = new Set<string>();
  const planned = fields.get('agencies[].plannedCounters');
  const picked = await askOne<string[] | undefined>(ask, {
    type: 'checkbox',
    name: 'typicalAgencies',
    message: t(lang, 'interview.pickAgencies'),
    choices: typical.map((a) => ({ name: a.name[lang], value: a.id })),
  });
  for (const entry of typical.filter((a) => (picked ?? []).includes(a.id))) {
    const plannedCounters = await askField(ask, planned, fields, lang, { name: `counters_${entry.id}` });
    const id = uniqueId(entry.id, agencyIds);
    agencies.push({ id, name: entry.name.id, ...(entry.shortName ? { shortName: entry.shortName } : {}), kind: entry.kind, ...(plannedCounters !== undefined ? { plannedCounters } : {}) });
    for (const s of entry.services) {
      services.push({ id: uniqueId(s.id, serviceIds), agency: id, name: s.name.id, ...(s.category ? { category: s.category } : {}) });
    }
  }
  const agencyItem = fields.itemsOf(fields.get('agencies'));
  while (agencyItem && (await askOne<boolean>(ask, { type: 'confirm', name: 'addAgency', message: t(lang, agencies.length ? 'interview.addAnotherAgency' : 'interview.addAgency'), default: agencies.length === 0 }))) {
    const agency = await askFields(ask, fields, agencyItem, lang, { derived: ['id'] });
    const id = uniqueId(slugify(String(agency.name ?? ''), 'instansi'), agencyIds);
    agencies.push({ id, ...agency });
    do {
      const service = await askService(ctx, id);
      services.push({ id: uniqueId(slugify(String(service.name ?? ''), 'layanan'), serviceIds), ...service });
    } while (await askOne<boolean>(ask, { type: 'confirm', name: 'addService', message: t(lang, 'interview.addService'), default: false }));
  }
  root.services = services;
  return agencies;
}

/**
 * The interview: every field the region schema asks (its `x-prompt`s and required fields, in schema
 * order), with the agencies picked from the typical list and custom ones with their services. Pure:
 * asks through `ask`, returns the answers (validated by the caller). `fields` is the region schema's
 * unless a test hands another.
 */
export async function runInterview(ask: Ask, lang: Lang, typical: readonly TypicalAgency[], fields: SchemaFields = REGION_FIELDS): Promise<RegionAnswers> {
  const ctx: Context = { ask, lang, fields };
  const answers = await askFields(ask, fields, fields.root, lang, {
    suggest: (field, known, root) => {
      const region = (root.region ?? {}) as Answers;
      if (field.path === 'lang') return lang;
      if (field.path === 'region.slug') return slugify(String(known.name ?? ''), 'daerah');
      if (field.path === 'mpp.name') return `Mal Pelayanan Publik ${regionTitle({ kind: String(region.kind ?? ''), name: String(region.name ?? '') })}`;
      if (field.path === 'mpp.organiser') return `DPMPTSP ${regionTitle({ kind: String(region.kind ?? ''), name: String(region.name ?? '') })}`;
      return undefined;
    },
    steps: {
      'mpp.openingHours': async () => undefined,
      'mpp.floors': (field) => askFloors(ctx, field),
      'mpp.complaintChannels': async () => structuredClone(STARTING_CHANNELS),
      agencies: (_field, _known, root) => askAgencies(ctx, typical, root),
      // Filled with the agencies (each custom agency's services are asked with it).
      services: async (_field, _known, root) => root.services,
      // Counters follow each agency's planned count until the region defines them in mpp.yaml.
      counters: async () => undefined,
    },
  });
  return answers as unknown as RegionAnswers;
}
