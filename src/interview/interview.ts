import type { Agency, Facility, RegionAnswers, Service } from '../config/region.types.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { fieldSchema, promptText, validateField } from './fields.js';
import { slugify, uniqueId } from './slug.js';
import type { TypicalAgency } from './typical-agencies.js';

/** A question in the shape inquirer (and Yeoman's `this.prompt`) takes. */
export interface Question {
  type: 'input' | 'number' | 'list' | 'confirm' | 'checkbox';
  name: string;
  message: string;
  default?: unknown;
  choices?: Array<{ name: string; value: unknown; checked?: boolean }>;
  validate?: (value: unknown) => true | string;
  filter?: (value: unknown) => unknown;
}

export type Ask = (questions: Question[]) => Promise<Record<string, unknown>>;

const toNumber = (value: unknown): unknown => (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : value);

/** A question for a schema field: prompt, kind, choices and validation all come from the schema. */
export function fieldQuestion(path: string, lang: Lang, defaultValue?: unknown, name = path.replace(/\./g, '_')): Question {
  const node = fieldSchema(path);
  const message = promptText(path, lang);
  if (node.enum) {
    return { type: 'list', name, message, default: defaultValue ?? node.default, choices: node.enum.map((v) => ({ name: String(v), value: v })) };
  }
  if (node.type === 'number' || node.type === 'integer') {
    return { type: 'input', name, message, default: defaultValue === undefined ? undefined : String(defaultValue), filter: toNumber, validate: (v) => validateField(path, toNumber(v), lang) };
  }
  return { type: 'input', name, message, default: defaultValue, validate: (v) => validateField(path, v, lang) };
}

/**
 * The same question, but an empty answer means "not known yet": the field stays out of the answers
 * and the kit estimates it, marked, instead of a default being recorded as the region's own figure.
 */
export function optionalQuestion(question: Question): Question {
  return {
    ...question,
    default: question.default,
    validate: (v) => (v === '' || v === undefined || v === null ? true : question.validate ? question.validate(v) : true),
    filter: (v) => (v === '' || v === undefined || v === null ? undefined : question.filter ? question.filter(v) : v),
  };
}

/** `{ [key]: value }` when the value is known, else nothing. */
function known<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>);
}

async function askOne<T>(ask: Ask, question: Question): Promise<T> {
  const answers = await ask([question]);
  return answers[question.name] as T;
}

const FACILITIES = (fieldSchema('facilities').items as { enum?: string[] } | undefined)?.enum ?? [];

/**
 * The interview: region, MPP, agencies (picked from the typical list, then custom ones), their
 * services, building and facilities. Pure: asks through `ask`, returns the answers object.
 */
export async function runInterview(ask: Ask, lang: Lang, typical: TypicalAgency[]): Promise<RegionAnswers> {
  const name = await askOne<string>(ask, fieldQuestion('region.name', lang));
  const kind = await askOne<'kabupaten' | 'kota'>(ask, fieldQuestion('region.kind', lang));
  const province = await askOne<string>(ask, fieldQuestion('region.province', lang));
  const slug = await askOne<string>(ask, fieldQuestion('region.slug', lang, slugify(name, 'daerah')));
  const title = `${kind === 'kota' ? 'Kota' : 'Kabupaten'} ${name}`;
  const mppName = await askOne<string>(ask, fieldQuestion('mpp.name', lang, `Mal Pelayanan Publik ${title}`));
  const organiser = await askOne<string>(ask, fieldQuestion('mpp.organiser', lang, `DPMPTSP ${title}`));
  const address = await askOne<string | undefined>(ask, optionalQuestion(fieldQuestion('mpp.address', lang)));
  const launchDate = await askOne<string>(ask, {
    ...fieldQuestion('mpp.launchDate', lang),
    validate: (v) => (v === '' || v === undefined ? true : validateField('mpp.launchDate', v, lang)),
  });
  const targetShare = await askOne<number>(ask, fieldQuestion('mpp.serviceLevel.targetShare', lang, 0.8));
  const maxWaitMinutes = await askOne<number>(ask, fieldQuestion('mpp.serviceLevel.maxWaitMinutes', lang, 15));
  const floorCount = await askOne<number>(ask, { type: 'input', name: 'floorCount', message: t(lang, 'interview.floorCount'), default: '1', filter: toNumber, validate: (v) => (Number.isInteger(toNumber(v)) && (toNumber(v) as number) >= 1 && (toNumber(v) as number) <= 20 ? true : t(lang, 'interview.floorCount')) });
  // Empty when the building is not measured yet: the kit then derives a floor from the area programme, marked.
  const width = await askOne<number | undefined>(ask, optionalQuestion(fieldQuestion('mpp.floors.width', lang, undefined, 'floorWidth')));
  const depth = width === undefined ? undefined : await askOne<number | undefined>(ask, optionalQuestion(fieldQuestion('mpp.floors.depth', lang, undefined, 'floorDepth')));

  const agencies: Agency[] = [];
  const services: Service[] = [];
  const agencyIds = new Set<string>();
  const serviceIds = new Set<string>();
  const picked = await askOne<string[]>(ask, {
    type: 'checkbox',
    name: 'typicalAgencies',
    message: t(lang, 'interview.pickAgencies'),
    choices: typical.map((a) => ({ name: a.name[lang], value: a.id })),
  });
  for (const entry of typical.filter((a) => (picked ?? []).includes(a.id))) {
    // Typical figures are not copied in: the kit estimates what the region leaves empty, with its sources, marked.
    const counters = await askOne<number | undefined>(ask, optionalQuestion(fieldQuestion('agencies.plannedCounters', lang, undefined, `counters_${entry.id}`)));
    const id = uniqueId(entry.id, agencyIds);
    agencies.push({ id, name: entry.name.id, kind: entry.kind, ...known('plannedCounters', counters) });
    for (const s of entry.services) {
      services.push({ id: uniqueId(s.id, serviceIds), agency: id, name: s.name.id, category: s.category ?? 'non-perizinan' });
    }
  }
  while (await askOne<boolean>(ask, { type: 'confirm', name: 'addAgency', message: t(lang, agencies.length ? 'interview.addAnotherAgency' : 'interview.addAgency'), default: agencies.length === 0 })) {
    const agencyName = await askOne<string>(ask, fieldQuestion('agencies.name', lang));
    const agencyKind = await askOne<Agency['kind']>(ask, fieldQuestion('agencies.kind', lang));
    const counters = await askOne<number | undefined>(ask, optionalQuestion(fieldQuestion('agencies.plannedCounters', lang)));
    const id = uniqueId(slugify(agencyName, 'instansi'), agencyIds);
    agencies.push({ id, name: agencyName, kind: agencyKind, ...known('plannedCounters', counters) });
    do {
      const serviceName = await askOne<string>(ask, fieldQuestion('services.name', lang));
      const visitors = await askOne<number | undefined>(ask, optionalQuestion(fieldQuestion('services.visitorsPerDay', lang)));
      const minutes = await askOne<number | undefined>(ask, optionalQuestion(fieldQuestion('services.handlingMinutes', lang)));
      services.push({ id: uniqueId(slugify(serviceName, 'layanan'), serviceIds), agency: id, name: serviceName, ...known('visitorsPerDay', visitors), ...known('handlingMinutes', minutes) });
    } while (await askOne<boolean>(ask, { type: 'confirm', name: 'addService', message: t(lang, 'interview.addService'), default: false }));
  }

  const facilities = await askOne<Facility[]>(ask, {
    type: 'checkbox',
    name: 'facilities',
    message: promptText('facilities', lang),
    choices: FACILITIES.map((f) => ({ name: t(lang, `facility.${f}` as never), value: f, checked: ['information-desk', 'ticket-kiosk', 'waiting-area', 'complaint-desk'].includes(f) })),
  });

  const floors =
    width === undefined || depth === undefined
      ? undefined
      : Array.from({ length: floorCount }, (_, i) => ({ id: `lt${i + 1}`, name: `Lantai ${i + 1}`, level: i + 1, width, depth, ...(i === 0 ? { entrance: true } : {}) }));
  // Opening hours are not asked: the kit's default hours are used, marked, with a checklist task to set them.
  return {
    schemaVersion: 1,
    lang,
    region: { name, kind, province, slug },
    mpp: {
      name: mppName,
      organiser,
      ...known('address', address),
      ...(launchDate ? { launchDate } : {}),
      launchStatus: 'planned',
      ...known('floors', floors),
      serviceLevel: { targetShare, maxWaitMinutes },
      complaintChannels: [{ kind: 'sp4n-lapor' }, { kind: 'desk' }],
    },
    agencies,
    services,
    facilities: facilities ?? [],
  };
}
