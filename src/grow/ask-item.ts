import type { ValidRegion } from '../config/valid-region.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { fieldQuestion, optionalQuestion, type Ask, type Question } from '../interview/interview.js';
import { uniqueId } from '../interview/slug.js';
import type { Item, ItemKind } from './kinds.js';

async function one<T>(ask: Ask, question: Question): Promise<T> {
  const answers = await ask([question]);
  return answers[question.name] as T;
}

function agencyQuestion(region: ValidRegion, lang: Lang): Question {
  return { type: 'list', name: 'agency', message: t(lang, 'grow.prompt.agency'), choices: region.agencies.map((a) => ({ name: `${a.name} (${a.id})`, value: a.id })) };
}

async function askService(ask: Ask, lang: Lang, agency?: string): Promise<Item> {
  const name = await one<string>(ask, fieldQuestion('services.name', lang));
  // Empty when not known yet: the kit estimates them, marked, with a checklist task to measure them.
  const visitorsPerDay = await one<number | undefined>(ask, optionalQuestion(fieldQuestion('services.visitorsPerDay', lang)));
  const handlingMinutes = await one<number | undefined>(ask, optionalQuestion(fieldQuestion('services.handlingMinutes', lang)));
  const category = await one<string>(ask, fieldQuestion('services.category', lang));
  return {
    ...(agency ? { agency } : {}),
    name,
    category,
    ...(visitorsPerDay !== undefined ? { visitorsPerDay } : {}),
    ...(handlingMinutes !== undefined ? { handlingMinutes } : {}),
  };
}

/**
 * Asks for one new item in the existing deployment's terms (its agencies, services, floors). Questions
 * come from the schema (`x-prompt`, enums, validation) through fieldQuestion. Ids are derived from
 * names later (addItem). Pure: asks through `ask`.
 */
export async function askItem(kind: ItemKind, region: ValidRegion, ask: Ask, lang: Lang): Promise<Item> {
  if (kind === 'agency') {
    const name = await one<string>(ask, fieldQuestion('agencies.name', lang));
    const agencyKind = await one<string>(ask, fieldQuestion('agencies.kind', lang));
    const plannedCounters = await one<number | undefined>(ask, optionalQuestion(fieldQuestion('agencies.plannedCounters', lang)));
    const services: Item[] = [];
    do services.push(await askService(ask, lang));
    while (await one<boolean>(ask, { type: 'confirm', name: 'addService', message: t(lang, 'grow.prompt.addService'), default: false }));
    return { name, kind: agencyKind, ...(plannedCounters !== undefined ? { plannedCounters } : {}), services };
  }
  if (kind === 'service') {
    const agency = await one<string>(ask, agencyQuestion(region, lang));
    return askService(ask, lang, agency);
  }
  const agency = await one<string>(ask, agencyQuestion(region, lang));
  const own = region.services.filter((s) => s.agency === agency);
  const services = await one<string[]>(ask, {
    type: 'checkbox',
    name: 'services',
    message: t(lang, 'grow.prompt.counterServices'),
    choices: own.map((s) => ({ name: `${s.name} (${s.id})`, value: s.id, checked: true })),
  });
  const taken = new Set((region.counters ?? []).map((c) => c.id));
  const suggested = uniqueId(`${agency}-${(region.counters ?? []).filter((c) => c.agency === agency).length + 1}`, taken);
  const id = await one<string>(ask, { ...fieldQuestion('counters.id', lang, suggested), name: 'id' });
  const priority = await one<boolean>(ask, { type: 'confirm', name: 'priority', message: t(lang, 'grow.prompt.counterPriority'), default: false });
  const floors = region.mpp.floors ?? [];
  const floor = floors.length > 1
    ? await one<string>(ask, { type: 'list', name: 'floor', message: t(lang, 'grow.prompt.floor'), choices: floors.map((f) => ({ name: `${f.name} (${f.id})`, value: f.id })) })
    : undefined;
  return { id, agency, services, priority, ...(floor ? { floor } : {}) };
}
