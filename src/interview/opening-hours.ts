import type { DaySchedule } from '../generated/region.types.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import type { OpeningHours } from '../config/valid-region.js';
import { WEEKDAYS, type Weekday } from '../config/defaults.js';
import { DEFAULT_OPENING_HOURS } from '../complete/defaults.js';
import { askOne, type Ask } from './questions.js';

/**
 * The opening-hours question: the usual week (the kit's default hours, Monday to Friday), its two
 * common variants (a Friday that ends at midday, a Saturday morning; offered as shapes to pick, not
 * as any region's published hours), hours set by the person day group by day group, or none yet (the
 * complete stage then uses the default hours, marked, with a checklist task). Pure.
 */

type Hours = Partial<Record<Weekday, DaySchedule>>;

const MON_THU: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday'];

/** The usual week with Friday (or Saturday) changed. */
const withDays = (days: Hours): OpeningHours => ({ ...structuredClone(DEFAULT_OPENING_HOURS), ...days }) as OpeningHours;

/** The ready-made weeks offered, by id (the first is the offered answer). */
export const HOURS_PRESETS: ReadonlyArray<{ id: string; hours: OpeningHours }> = [
  { id: 'weekdays', hours: withDays({}) },
  { id: 'short-friday', hours: withDays({ friday: { open: '08:00', close: '11:30' } }) },
  { id: 'saturday', hours: withDays({ saturday: { open: '08:00', close: '12:00' } }) },
];

const dayName = (day: Weekday, lang: Lang): string => t(lang, `appconfig.day.${day}`);

/** `08:00-16:00 (istirahat 12:00-13:00)`. */
function scheduleText(day: DaySchedule, lang: Lang): string {
  const breaks = (day.breaks ?? []).map((b) => `${t(lang, 'interview.hours.break')} ${b.start}-${b.end}`);
  return `${day.open}-${day.close}${breaks.length > 0 ? ` (${breaks.join(', ')})` : ''}`;
}

/** `Senin-Kamis 08:00-16:00 (istirahat 12:00-13:00); Jumat 08:00-11:30`: days in a row with the same hours grouped. */
export function describeHours(hours: OpeningHours, lang: Lang): string {
  const days = hours as Hours;
  const groups: Array<{ first: Weekday; last: Weekday; text: string }> = [];
  for (const day of WEEKDAYS) {
    const schedule = days[day];
    if (!schedule) continue;
    const text = scheduleText(schedule, lang);
    const previous = groups[groups.length - 1];
    const adjacent = previous && WEEKDAYS.indexOf(previous.last) === WEEKDAYS.indexOf(day) - 1;
    if (previous && adjacent && previous.text === text) previous.last = day;
    else groups.push({ first: day, last: day, text });
  }
  if (groups.length === 0) return t(lang, 'interview.hours.closed');
  return groups.map((g) => `${dayName(g.first, lang)}${g.first === g.last ? '' : `-${dayName(g.last, lang)}`} ${g.text}`).join('; ');
}

/**
 * One day group's hours typed as text: opening and closing time, then a break within them if any
 * (`08.00-16.00 istirahat 12.00-13.00`, `8:00 - 16:00`); '' is closed (null). Undefined when the text
 * is no such hours (times out of order, a break outside the hours).
 */
export function parseDayHours(text: string): DaySchedule | null | undefined {
  if (text.trim() === '') return null;
  const times = [...text.matchAll(/(\d{1,2})[.:](\d{2})/g)].map(([, h, m]) => ({ h: Number(h), m: Number(m) }));
  if ((times.length !== 2 && times.length !== 4) || times.some((x) => x.h > 23 || x.m > 59)) return undefined;
  if (text.replace(/(\d{1,2})[.:](\d{2})/g, '').replace(/[-–\s,;()]|istirahat|break/gi, '') !== '') return undefined;
  const minutes = times.map((x) => x.h * 60 + x.m);
  const clock = times.map((x) => `${String(x.h).padStart(2, '0')}:${String(x.m).padStart(2, '0')}`);
  if (minutes[0] >= minutes[1]) return undefined;
  if (times.length === 2) return { open: clock[0], close: clock[1] };
  if (!(minutes[0] < minutes[2] && minutes[2] < minutes[3] && minutes[3] < minutes[1])) return undefined;
  return { open: clock[0], close: clock[1], breaks: [{ start: clock[2], end: clock[3] }] };
}

/** `08:00-16:00 istirahat 12:00-13:00`: a day's hours as the question offers them again. */
function typedHours(day: DaySchedule | undefined, lang: Lang): string {
  if (!day) return '';
  const brk = day.breaks?.[0];
  return `${day.open}-${day.close}${brk ? ` ${t(lang, 'interview.hours.break')} ${brk.start}-${brk.end}` : ''}`;
}

/** Hours set by hand: Monday to Thursday, Friday, Saturday (and Sunday), each offered from `start`. */
async function askOwnHours(ask: Ask, lang: Lang, start: Hours): Promise<OpeningHours | undefined> {
  const groups: ReadonlyArray<readonly Weekday[]> = [MON_THU, ['friday'], ['saturday'], ['sunday']];
  const hours: Hours = {};
  for (const days of groups) {
    const label = days.length > 1 ? `${dayName(days[0], lang)}-${dayName(days[days.length - 1], lang)}` : dayName(days[0], lang);
    const answer = await askOne<string | undefined>(ask, {
      type: 'input',
      name: `hours_${days[0]}`,
      message: t(lang, 'interview.hours.days', { days: label }),
      default: typedHours(start[days[0]], lang) || undefined,
      validate: (value) => (parseDayHours(String(value ?? '')) === undefined ? t(lang, 'interview.invalid.hours') : true),
    });
    const schedule = parseDayHours(String(answer ?? ''));
    if (schedule) for (const day of days) hours[day] = structuredClone(schedule);
  }
  return Object.keys(hours).length > 0 ? (hours as OpeningHours) : undefined;
}

/**
 * Asks the opening hours: a ready-made week, own hours, or none yet (undefined: the kit's default,
 * marked). `previous` (the answer being changed, when a section is reopened) is offered again.
 */
export async function askOpeningHours(ask: Ask, lang: Lang, previous?: { hours?: OpeningHours }): Promise<OpeningHours | undefined> {
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  const preset = !previous ? HOURS_PRESETS[0].id : !previous.hours ? 'unknown' : (HOURS_PRESETS.find((p) => same(p.hours, previous.hours))?.id ?? 'custom');
  const choice = await askOne<string>(ask, {
    type: 'select',
    name: 'openingHours',
    message: t(lang, 'interview.hours'),
    default: preset,
    choices: [
      ...HOURS_PRESETS.map((p) => ({ name: describeHours(p.hours, lang), value: p.id })),
      { name: t(lang, 'interview.hours.custom'), value: 'custom' },
      { name: t(lang, 'interview.hours.unknown'), value: 'unknown' },
    ],
  });
  if (choice === 'unknown') return undefined;
  if (choice === 'custom') return askOwnHours(ask, lang, (previous?.hours ?? DEFAULT_OPENING_HOURS) as Hours);
  return structuredClone((HOURS_PRESETS.find((p) => p.id === choice) ?? HOURS_PRESETS[0]).hours);
}
