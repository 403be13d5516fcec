import type { Agency, Facility, RegionAnswers, Service } from '../generated/region.types.js';
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
  const address = await askOne<string>(ask, fieldQuestion('mpp.address', lang));
  const launchDate = await askOne<string>(ask, {
    ...fieldQuestion('mpp.launchDate', lang),
    validate: (v) => (v === '' || v === undefined ? true : validateField('mpp.launchDate', v, lang)),
  });
  const targetShare = await askOne<number>(ask, fieldQuestion('mpp.serviceLevel.targetShare', lang, 0.8));
  const maxWaitMinutes = await askOne<number>(ask, fieldQuestion('mpp.serviceLevel.maxWaitMinutes', lang, 15));
  const floorCount = await askOne<number>(ask, { type: 'input', name: 'floorCount', message: t(lang, 'interview.floorCount'), default: '1', filter: toNumber, validate: (v) => (Number.isInteger(toNumber(v)) && (toNumber(v) as number) >= 1 && (toNumber(v) as number) <= 20 ? true : t(lang, 'interview.floorCount')) });
  const width = await askOne<number>(ask, fieldQuestion('mpp.floors.width', lang, 30, 'floorWidth'));
  const depth = await askOne<number>(ask, fieldQuestion('mpp.floors.depth', lang, 20, 'floorDepth'));

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
    const counters = await askOne<number>(ask, fieldQuestion('agencies.plannedCounters', lang, entry.defaultCounters, `counters_${entry.id}`));
    const id = uniqueId(entry.id, agencyIds);
    agencies.push({ id, name: entry.name.id, kind: entry.kind, plannedCounters: counters, estimate: true });
    for (const s of entry.services) {
      services.push({ id: uniqueId(s.id, serviceIds), agency: id, name: s.name.id, category: s.category ?? 'non-perizinan', visitorsPerDay: s.visitorsPerDay, handlingMinutes: s.handlingMinutes, estimate: true });
    }
  }
  while (await askOne<boolean>(ask, { type: 'confirm', name: 'addAgency', message: t(lang, agencies.length ? 'interview.addAnotherAgency' : 'interview.addAgency'), default: agencies.length === 0 })) {
    const agencyName = await askOne<string>(ask, fieldQuestion('agencies.name', lang));
    const agencyKind = await askOne<Agency['kind']>(ask, fieldQuestion('agencies.kind', lang));
    const counters = await askOne<number>(ask, fieldQuestion('agencies.plannedCounters', lang, 1));
    const id = uniqueId(slugify(agencyName, 'instansi'), agencyIds);
    agencies.push({ id, name: agencyName, kind: agencyKind, plannedCounters: counters });
    do {
      const serviceName = await askOne<string>(ask, fieldQuestion('services.name', lang));
      const visitors = await askOne<number>(ask, fieldQuestion('services.visitorsPerDay', lang, 20));
      const minutes = await askOne<number>(ask, fieldQuestion('services.handlingMinutes', lang, 10));
      services.push({ id: uniqueId(slugify(serviceName, 'layanan'), serviceIds), agency: id, name: serviceName, visitorsPerDay: visitors, handlingMinutes: minutes });
    } while (await askOne<boolean>(ask, { type: 'confirm', name: 'addService', message: t(lang, 'interview.addService'), default: false }));
  }

  const facilities = await askOne<Facility[]>(ask, {
    type: 'checkbox',
    name: 'facilities',
    message: promptText('facilities', lang),
    choices: FACILITIES.map((f) => ({ name: t(lang, `facility.${f}` as never), value: f, checked: ['information-desk', 'ticket-kiosk', 'waiting-area', 'complaint-desk'].includes(f) })),
  });

  const floors = Array.from({ length: floorCount }, (_, i) => ({ id: `lt${i + 1}`, name: `Lantai ${i + 1}`, level: i + 1, width, depth, ...(i === 0 ? { entrance: true } : {}) }));
  const day = { open: '08:00', close: '15:00', breaks: [{ start: '12:00', end: '13:00' }] };
  return {
    schemaVersion: 1,
    lang,
    region: { name, kind, province, slug },
    mpp: {
      name: mppName,
      organiser,
      address,
      ...(launchDate ? { launchDate } : {}),
      launchStatus: 'planned',
      openingHours: { monday: day, tuesday: day, wednesday: day, thursday: day, friday: { open: '08:00', close: '11:30' } },
      floors,
      serviceLevel: { targetShare, maxWaitMinutes },
      complaintChannels: [{ kind: 'sp4n-lapor' }, { kind: 'desk' }],
    },
    agencies,
    services,
    facilities: facilities ?? [],
  };
}
