import type { ComplaintChannel, RegionAnswers } from '../generated/region.types.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { REGION_FIELDS, type SchemaField, type SchemaFields } from '../config/schema-fields.js';
import { slugify, uniqueId } from '../config/slug.js';
import { regionTitle } from '../config/region-title.js';
import type { OpeningHours } from '../config/valid-region.js';
import { round } from '../numbers/round.js';
import { askFields, isAsked, type Answers } from './ask-fields.js';
import { askField, askOne, askYesNo, type Ask } from './questions.js';
import { numberText } from './check-answer.js';
import { askOpeningHours } from './opening-hours.js';
import { askComplaintChannels } from './complaint-channels.js';
import { answeredFloorsFit, neededCounters, neededFloor } from './sized-defaults.js';
import { SECTIONS, sectionKeys, summaryText, type Section } from './summary.js';
import type { TypicalAgency } from './typical-agencies.js';

export type { Ask, Question } from './questions.js';

/** Upper bound of the floor-count question (a sanity limit of the interview, not of the data). */
const MAX_FLOORS = 20;

interface Context {
  ask: Ask;
  lang: Lang;
  fields: SchemaFields;
  /** Today (YYYY-MM-DD): a launch date before it is said to have passed. */
  today: string;
}

export interface InterviewOptions {
  /** Today's date (YYYY-MM-DD); the clock's by default. Only the questions depend on it, never the answers' meaning. */
  today?: string;
}

/** The last day a launch date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` can mean. */
const lastDayOf = (date: string): string => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

/**
 * Whether the MPP already operates, as a yes/no: a launch date in the past is said so and makes
 * "yes" the offered answer; a date to come means planned (not asked).
 */
async function askLaunchStatus(ctx: Context, known: Answers, previous: unknown): Promise<string> {
  const date = typeof known.launchDate === 'string' ? known.launchDate : undefined;
  const past = date !== undefined && lastDayOf(date) < ctx.today;
  if (date !== undefined && !past) return 'planned';
  const offered = previous !== undefined ? previous !== 'planned' : past;
  const message = past ? t(ctx.lang, 'interview.launchPast', { date }) : t(ctx.lang, 'interview.launchOperating');
  return (await askYesNo(ctx.ask, 'mpp_launchStatus', message, offered, ctx.lang)) ? 'operating' : 'planned';
}

/**
 * The floors, asked after the agencies and facilities so that the question can say the floor area
 * the selection needs: how many (within the schema's bounds of the list), then the floor fields the
 * schema asks (width, depth, ...) once for all of them, offering equal floors that hold the floor
 * plan. The width may be left empty while the building is not measured: then no floor is recorded and
 * the complete stage derives one, marked as an estimate. Floors that do not hold the plan are said so.
 */
async function askFloors(ctx: Context, answers: Answers, previous: Answers[] | undefined): Promise<Answers[] | undefined> {
  const field = ctx.fields.get('mpp.floors');
  const floorItem = ctx.fields.itemsOf(field);
  if (!floorItem) return undefined;
  const bounds = { minimum: Math.max(1, field.minItems ?? 1), maximum: field.maxItems ?? MAX_FLOORS };
  const one = neededFloor(answers, 1, ctx.lang);
  const count = Number(
    await askOne<string | number>(ctx.ask, {
      type: 'input',
      name: 'floorCount',
      message: [t(ctx.lang, 'interview.floorCount'), ...(one ? [t(ctx.lang, 'interview.floorNeed', { area: round(one.neededArea, 0) })] : [])].join(' '),
      default: String(previous?.length ?? bounds.minimum),
      validate: (v) => (Number.isInteger(Number(v)) && Number(v) >= bounds.minimum && Number(v) <= bounds.maximum ? true : numberText('integer', bounds, ctx.lang)),
    }),
  );
  const floors = Number.isInteger(count) && count >= bounds.minimum ? count : bounds.minimum;
  const fit = neededFloor(answers, floors, ctx.lang);
  const derived = ['id', 'name', 'level', 'entrance'];
  const first = ctx.fields.propertiesOf(floorItem).find((f) => !derived.includes(f.key) && isAsked(f, ctx.fields));
  let offered: Answers | undefined = previous?.[0];
  for (;;) {
    const start = offered;
    const measured = first ? await askField(ctx.ask, first, ctx.fields, ctx.lang, { optional: true, default: start?.[first.key] ?? (fit as Answers | undefined)?.[first.key] }) : undefined;
    if (first && measured === undefined) return undefined;
    const shared = await askFields(ctx.ask, ctx.fields, floorItem, ctx.lang, {
      derived,
      given: first ? { [first.key]: measured } : {},
      // The other side offered so that the floor keeps the area that fits.
      suggest: (f, known) => {
        if (start?.[f.key] !== undefined) return start[f.key];
        if (!fit || f.key !== 'depth' || typeof known.width !== 'number') return (fit as Answers | undefined)?.[f.key];
        return Math.max(fit.depth, Math.ceil((fit.width * fit.depth) / known.width));
      },
    });
    const list = Array.from({ length: floors }, (_, i) => ({ id: `lt${i + 1}`, name: `Lantai ${i + 1}`, level: i + 1, ...shared, ...(i === 0 ? { entrance: true } : {}) }));
    const withFloors = { ...answers, mpp: { ...(answers.mpp as Answers), floors: list } };
    if (!fit || answeredFloorsFit(withFloors, ctx.lang)) return list;
    const keep = await askYesNo(ctx.ask, 'floorsKeep', t(ctx.lang, 'interview.floorTooSmall', {
      count: floors, width: String(shared.width), depth: String(shared.depth), area: round(fit.neededArea, 0), fitWidth: fit.width, fitDepth: fit.depth,
    }), false, ctx.lang);
    if (keep) return list;
    offered = { width: fit.width, depth: fit.depth };
  }
}

/** The name an agency's questions use: its short name, else its name. */
const agencyLabel = (agency: Answers): string => String(agency.shortName ?? agency.name ?? '');

/** The planned counters of an agency, offering what its queue needs (or the answer being changed). */
async function askCounters(ctx: Context, field: SchemaField, agency: Answers, offered: number | undefined): Promise<number | undefined> {
  const value = await askField(ctx.ask, field, ctx.fields, ctx.lang, { name: `counters_${String(agency.id)}`, item: agencyLabel(agency), default: offered, optional: true });
  return typeof value === 'number' ? value : undefined;
}

/** One service of an agency: the fields of a service the schema asks, naming the agency, then the service. */
function askService(ctx: Context, agency: Answers): Promise<Answers> {
  const item = ctx.fields.itemsOf(ctx.fields.get('services'));
  if (!item) return Promise.resolve({ agency: agency.id });
  return askFields(ctx.ask, ctx.fields, item, ctx.lang, {
    given: { agency: agency.id },
    derived: ['id'],
    item: (f, known) => (f.key === 'name' ? agencyLabel(agency) : typeof known.name === 'string' ? known.name : undefined),
  });
}

/**
 * Agencies picked from the typical list (with their typical services by name and category), then
 * custom ones with their services. Typical figures are not copied in: a figure left empty is
 * estimated by the complete stage, with its source, and marked. Planned counters are asked after an
 * agency's services, offering what Erlang C needs for the demand stated (or estimated) so far.
 */
async function askAgencies(ctx: Context, typical: readonly TypicalAgency[], root: Answers, previous: Answers | undefined): Promise<{ agencies: Answers[]; services: Answers[] }> {
  const { ask, lang, fields } = ctx;
  const agencies: Answers[] = [];
  const services: Answers[] = [];
  const agencyIds = new Set<string>();
  const serviceIds = new Set<string>();
  const planned = fields.get('agencies[].plannedCounters');
  const before = (previous?.agencies ?? []) as Answers[];
  const picked = await askOne<string[] | undefined>(ask, {
    type: 'checkbox',
    name: 'typicalAgencies',
    message: t(lang, 'interview.pickAgencies'),
    choices: typical.map((a) => ({ name: a.name[lang], value: a.id, checked: before.some((b) => b.id === a.id) })),
  });
  const chosen = typical.filter((a) => (picked ?? []).includes(a.id));
  for (const entry of chosen) {
    const id = uniqueId(entry.id, agencyIds);
    agencies.push({ id, name: entry.name.id, ...(entry.shortName ? { shortName: entry.shortName } : {}), kind: entry.kind });
    for (const s of entry.services) {
      services.push({ id: uniqueId(s.id, serviceIds), agency: id, name: s.name.id, ...(s.category ? { category: s.category } : {}) });
    }
  }
  for (const agency of agencies) {
    const kept = before.find((b) => b.id === agency.id)?.plannedCounters;
    const need = neededCounters({ ...root, agencies, services }, String(agency.id), lang);
    const counters = await askCounters(ctx, planned, agency, typeof kept === 'number' ? kept : need);
    if (counters !== undefined) agency.plannedCounters = counters;
  }
  // Reopened: each agency added by hand is kept (with its services) unless the person drops it.
  const typicalIds = new Set(typical.map((a) => a.id));
  for (const agency of before.filter((b) => !typicalIds.has(String(b.id)))) {
    if (!(await askYesNo(ask, 'keepAgency', t(lang, 'interview.keepAgency', { name: agencyLabel(agency) }), true, lang))) continue;
    const id = uniqueId(String(agency.id), agencyIds);
    agencies.push({ ...agency, id });
    for (const service of ((previous?.services ?? []) as Answers[]).filter((s) => s.agency === agency.id)) {
      services.push({ ...service, id: uniqueId(String(service.id), serviceIds), agency: id });
    }
  }
  const agencyItem = fields.itemsOf(fields.get('agencies'));
  while (agencyItem && (await askYesNo(ask, 'addAgency', t(lang, agencies.length ? 'interview.addAnotherAgency' : 'interview.addAgency'), agencies.length === 0, lang))) {
    const asked = await askFields(ask, fields, agencyItem, lang, {
      derived: ['id', 'plannedCounters'],
      item: (f, known) => (f.key === 'name' ? undefined : typeof known.name === 'string' ? known.name : undefined),
    });
    const agency: Answers = { id: uniqueId(slugify(String(asked.name ?? ''), 'instansi'), agencyIds), ...asked };
    agencies.push(agency);
    do {
      const service = await askService(ctx, agency);
      services.push({ id: uniqueId(slugify(String(service.name ?? ''), 'layanan'), serviceIds), ...service });
    } while (await askYesNo(ask, 'addService', t(lang, 'interview.addService', { agency: agencyLabel(agency) }), false, lang));
    const counters = await askCounters(ctx, planned, agency, neededCounters({ ...root, agencies, services }, String(agency.id), lang));
    if (counters !== undefined) agency.plannedCounters = counters;
  }
  return { agencies, services };
}

/** A value of the answers by a field path without lists (`mpp.serviceLevel.targetShare`). */
function valueAt(answers: Answers | undefined, path: string): unknown {
  let current: unknown = answers;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Answers)[key];
  }
  return current;
}

/** Asks one section; `answers` are the answers so far (the section's own left out), `previous` the section's answers when it is reopened. */
async function askSection(ctx: Context, section: Section, typical: readonly TypicalAgency[], answers: Answers, previous: Answers | undefined): Promise<Answers> {
  const { ask, lang, fields } = ctx;
  if (section === 'floors') {
    const floors = await askFloors(ctx, answers, (valueAt(previous, 'mpp.floors') as Answers[] | undefined) ?? undefined);
    const { floors: _old, ...mpp } = answers.mpp as Answers;
    return { ...answers, mpp: floors ? { ...mpp, floors } : mpp };
  }
  if (section === 'agencies') {
    const { agencies, services } = await askAgencies(ctx, typical, answers, previous);
    return { ...answers, agencies, services };
  }
  const keys = sectionKeys(section, fields);
  const others = fields.propertiesOf(fields.root).map((f) => f.key).filter((key) => !keys.includes(key));
  return askFields(ask, fields, fields.root, lang, {
    given: answers,
    derived: others,
    suggest: (field, known, root) => {
      const before = previous ? valueAt(previous, field.path) : undefined;
      if (before !== undefined && field.kind !== 'object') return before;
      const region = (root.region ?? {}) as Answers;
      if (field.path === 'lang') return lang;
      if (field.path === 'region.slug') return slugify(String(known.name ?? ''), 'daerah');
      if (field.path === 'mpp.name') return `Mal Pelayanan Publik ${regionTitle({ kind: String(region.kind ?? ''), name: String(region.name ?? '') })}`;
      if (field.path === 'mpp.organiser') return `DPMPTSP ${regionTitle({ kind: String(region.kind ?? ''), name: String(region.name ?? '') })}`;
      return undefined;
    },
    steps: {
      // Asked in their own section, once the selection they must hold is known.
      'mpp.floors': async () => valueAt(previous, 'mpp.floors'),
      'mpp.openingHours': async () => askOpeningHours(ask, lang, previous ? { hours: valueAt(previous, 'mpp.openingHours') as OpeningHours | undefined } : undefined),
      'mpp.complaintChannels': async () => askComplaintChannels(ask, lang, fields, valueAt(previous, 'mpp.complaintChannels') as ComplaintChannel[] | undefined),
      'mpp.launchStatus': async (_field, known) => askLaunchStatus(ctx, known, valueAt(previous, 'mpp.launchStatus')),
    },
  });
}

/** The answers without a section's own (a reopened section is asked afresh, its old answers offered). */
function withoutSection(answers: Answers, section: Section, fields: SchemaFields): Answers {
  if (section === 'floors') {
    const { floors: _floors, ...mpp } = (answers.mpp ?? {}) as Answers;
    return { ...answers, mpp };
  }
  const keys = sectionKeys(section, fields);
  return Object.fromEntries(Object.entries(answers).filter(([key]) => !keys.includes(key)));
}

/**
 * The interview: every field the region schema asks (its `x-prompt`s and required fields, in schema
 * order), in sections (the region; the MPP with its opening hours, complaint channels and launch;
 * the agencies picked from the typical list and custom ones with their services; the facilities; the
 * floors, last, as they must hold the rest), then a summary from which any section can be asked
 * again before anything is written. Pure: asks through `ask`, returns the answers (validated by the
 * caller). `fields` is the region schema's unless a test hands another.
 */
export async function runInterview(ask: Ask, lang: Lang, typical: readonly TypicalAgency[], fields: SchemaFields = REGION_FIELDS, options: InterviewOptions = {}): Promise<RegionAnswers> {
  const ctx: Context = { ask, lang, fields, today: options.today ?? new Date().toISOString().slice(0, 10) };
  let answers: Answers = {};
  for (const section of SECTIONS) answers = await askSection(ctx, section, typical, answers, undefined);
  for (;;) {
    const next = await askOne<string>(ask, {
      type: 'select',
      name: 'summary',
      message: `${summaryText(answers, lang, fields)}\n${t(lang, 'interview.summary.next')}`,
      default: 'write',
      choices: [
        { name: t(lang, 'interview.summary.write'), value: 'write' },
        ...SECTIONS.map((s) => ({ name: t(lang, 'interview.summary.reopen', { section: t(lang, `interview.section.${s}`) }), value: s })),
      ],
    });
    const section = SECTIONS.find((s) => s === next);
    if (!section) break;
    answers = await askSection(ctx, section, typical, withoutSection(answers, section, fields), answers);
  }
  return answers as unknown as RegionAnswers;
}
