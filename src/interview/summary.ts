import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { SchemaFields } from '../config/schema-fields.js';
import { regionTitle } from '../config/region-title.js';
import type { OpeningHours } from '../config/valid-region.js';
import { round } from '../numbers/round.js';
import type { Answers } from './ask-fields.js';
import { describeHours } from './opening-hours.js';
import { answeredFloorsFit, neededFloor } from './sized-defaults.js';

/** The interview's sections, in the order asked; the summary offers each to be asked again. */
export const SECTIONS = ['region', 'mpp', 'agencies', 'facilities', 'floors'] as const;
export type Section = (typeof SECTIONS)[number];

/** Top-level answers of the sections that are not the region's (every other top-level field is asked with the region). */
const OWN_KEYS: Partial<Record<Section, readonly string[]>> = { mpp: ['mpp'], agencies: ['agencies', 'services', 'counters'], facilities: ['facilities'], floors: [] };

/** The top-level answers a section asks: its own, or for the region every one no other section asks. */
export function sectionKeys(section: Section, fields: SchemaFields): string[] {
  const own = OWN_KEYS[section];
  if (own) return [...own];
  const claimed = new Set(Object.values(OWN_KEYS).flat());
  return fields.propertiesOf(fields.root).map((f) => f.key).filter((key) => !claimed.has(key));
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** Labels of enum values (the values themselves when the schema has no label). */
function labels(fields: SchemaFields, path: string, values: readonly unknown[], lang: Lang): string {
  return values.map((v) => fields.label(path, v as string)[lang]).join(', ');
}

/** One line per section, in the run's language: what the answers say, and which figures the kit will estimate. */
export function summaryLines(answers: Answers, lang: Lang, fields: SchemaFields): Array<{ section: Section; text: string }> {
  const estimated = t(lang, 'interview.summary.estimated');
  const region = (answers.region ?? {}) as Answers;
  const mpp = (answers.mpp ?? {}) as Answers;
  const agencies = (answers.agencies ?? []) as Answers[];
  const services = (answers.services ?? []) as Answers[];
  const level = mpp.serviceLevel as Answers | undefined;
  const mppParts = [
    text(mpp.name),
    mpp.launchDate !== undefined
      ? t(lang, 'interview.summary.launch', { date: text(mpp.launchDate), status: fields.label('mpp.launchStatus', text(mpp.launchStatus ?? 'planned'))[lang] })
      : t(lang, 'interview.summary.noDate'),
    t(lang, 'interview.summary.hours', { hours: mpp.openingHours ? describeHours(mpp.openingHours as OpeningHours, lang) : estimated }),
    t(lang, 'interview.summary.channels', { channels: labels(fields, 'mpp.complaintChannels[].kind', ((mpp.complaintChannels ?? []) as Answers[]).map((c) => c.kind), lang) || '-' }),
    ...(level ? [t(lang, 'interview.summary.serviceLevel', { share: round(Number(level.targetShare) * 100, 1), minutes: text(level.maxWaitMinutes) })] : []),
    t(lang, 'interview.summary.visitors', { visitors: mpp.dailyVisitors !== undefined ? text(mpp.dailyVisitors) : estimated }),
  ];
  const agencyLines = agencies.map((a) => t(lang, 'interview.summary.agency', {
    name: text(a.shortName ?? a.name),
    services: services.filter((s) => s.agency === a.id).length,
    counters: a.plannedCounters !== undefined ? text(a.plannedCounters) : estimated,
  }));
  const floors = (mpp.floors ?? []) as Answers[];
  const need = neededFloor(answers, Math.max(1, floors.length), lang);
  const floorText = [
    floors.length > 0 ? t(lang, 'interview.summary.floors', { count: floors.length, width: text(floors[0].width), depth: text(floors[0].depth) }) : estimated,
    ...(need ? [t(lang, 'interview.summary.floorsNeed', { area: round(need.neededArea, 0) })] : []),
    // After agencies or facilities were changed, floors that no longer hold the plan are said so.
    ...(floors.length > 0 && !answeredFloorsFit(answers, lang) ? [t(lang, 'interview.summary.floorsShort')] : []),
  ].join('; ');
  return [
    { section: 'region', text: t(lang, 'interview.summary.region', { title: regionTitle({ kind: text(region.kind), name: text(region.name) }), province: text(region.province) }) },
    { section: 'mpp', text: mppParts.join('; ') },
    { section: 'agencies', text: agencyLines.join('\n    ') },
    { section: 'facilities', text: labels(fields, 'facilities', (answers.facilities ?? []) as unknown[], lang) || '-' },
    { section: 'floors', text: floorText },
  ];
}

/** The summary shown before anything is written: a title, then each section's name and answers. */
export function summaryText(answers: Answers, lang: Lang, fields: SchemaFields): string {
  const lines = summaryLines(answers, lang, fields).map((line) => {
    const name = t(lang, `interview.section.${line.section}`);
    return line.section === 'agencies' ? `  ${name}:\n    ${line.text}` : `  ${name}: ${line.text}`;
  });
  return [t(lang, 'interview.summary.title'), ...lines].join('\n');
}
