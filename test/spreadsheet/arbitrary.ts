/**
 * fast-check arbitraries for valid region answers (schema and cross-reference rules hold), with
 * Unicode names (Balinese script, emoji) and hostile names. Reusable: import `regionArbitrary`.
 *
 * Not generated, on purpose: empty optional containers (`counters: []`, `contact: {}`, `standard: {}`,
 * `breaks: []`), whose absence means the same, and carriage returns inside texts (spreadsheet cells
 * keep line breaks as LF only).
 */
import fc from 'fast-check';
import type { Agency, Counter, RegionAnswers, Service } from '../../src/generated/region.types.js';
import { maxPeakFactor } from '../../src/config/demand-rules.js';
import { meanServiceMinutesPerDay } from '../../src/config/hours.js';

export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  'Dinas {A} & "B"',
  '</svg><g>',
  "O'Brien `code`",
  '---',
  '# x',
  '=SUM(A1:A9)',
  '+62 361 123',
  '-1',
  '@pemkab',
  "'=already quoted",
  "''+double",
  '["not","a","list"]',
  'a;b,c|d',
  'ᬩᬥᬸᬂ ᬩᬮᬶ',
  'Layanan 🙏🏽 ramah 😀',
  '  spasi di tepi  ',
  '\\ backslash \\n',
];

const CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ' ', ' ', '.', ',', ';', ':', '/', '(', ')', '<', '>', '{', '}', '[', ']', '"', "'", '`', '=', '+', '-', '@', '#', '|', '\\', '&', '*', '_',
  'ᬅ', 'ᬩ', 'ᬮᬶ', 'ᬓ', '᭟', 'é', 'ñ', '😀', '🙏🏽', '🏛️', '中',
];

const hasVisible = (s: string): boolean => /\S/.test(s);

/** One-line text (`$defs/text`). */
export const textArbitrary = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NAMES) },
    { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength }).filter(hasVisible) },
  );

/** Free text (`$defs/longText`): may hold line breaks and tabs. */
export const longTextArbitrary = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: textArbitrary(60) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...CHARS, '\n', '\t'), minLength: 1, maxLength: 60 }).filter(hasVisible) },
  );

export const idArbitrary: fc.Arbitrary<string> = fc
  .array(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join('-'));

const positive = (max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: 1, max }), fc.double({ min: 0.001, max, noNaN: true, noDefaultInfinity: true }));
const between = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0));

/** Drops keys whose value is undefined. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const nonEmpty = <T extends object>(value: T): T | undefined => (Object.keys(value).length > 0 ? value : undefined);

const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

const dayScheduleArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 22 * 60 }), fc.integer({ min: 1, max: 12 * 60 }), fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 2 }))
  .map(([open, length, cuts]) => {
    const close = Math.min(open + length, 23 * 60 + 59);
    const breaks: Array<{ start: string; end: string }> = [];
    let cursor = open;
    for (const cut of cuts) {
      const start = cursor + 1 + Math.floor(((close - cursor) * cut) / 300);
      const end = start + 1 + Math.floor(((close - start) * cut) / 300);
      if (end >= close || start >= close) break;
      breaks.push({ start: hhmm(start), end: hhmm(end) });
      cursor = end;
    }
    return compact({ open: hhmm(open), close: hhmm(close), breaks: breaks.length > 0 ? breaks : undefined });
  });

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const FACILITIES = ['information-desk', 'ticket-kiosk', 'priority-counter', 'lactation-room', 'ramp', 'elevator', 'cctv', 'braille-information'] as const;
const CHANNELS = ['sp4n-lapor', 'desk', 'phone', 'whatsapp', 'email', 'web', 'social-media', 'suggestion-box'] as const;

const standardArbitrary = fc
  .record(
    {
      requirements: fc.array(longTextArbitrary(), { minLength: 1, maxLength: 3 }),
      procedure: fc.array(longTextArbitrary(), { minLength: 1, maxLength: 3 }),
      completionTime: longTextArbitrary(),
      fee: fc.oneof(
        fc.record({ amount: fc.integer({ min: 0, max: 5_000_000 }) }),
        fc.record({ note: longTextArbitrary() }),
        fc.record({ amount: fc.integer({ min: 0, max: 5_000_000 }), note: longTextArbitrary() }),
        fc.record({ text: longTextArbitrary(), note: longTextArbitrary() }),
        fc.record({ amount: fc.integer({ min: 0, max: 5_000_000 }), text: longTextArbitrary() }),
      ),
      product: longTextArbitrary(),
      complaints: longTextArbitrary(),
      legalBasis: fc.array(longTextArbitrary(), { minLength: 1, maxLength: 3 }),
      facilities: longTextArbitrary(),
      staffCompetence: longTextArbitrary(),
      internalSupervision: longTextArbitrary(),
      staffCount: fc.integer({ min: 1, max: 50 }),
      serviceGuarantee: longTextArbitrary(),
      securityGuarantee: longTextArbitrary(),
      performanceEvaluation: longTextArbitrary(),
    },
    { requiredKeys: [] },
  )
  .map((standard) => nonEmpty(standard));

const demandArbitrary = fc.oneof(
  fc.record({ visitorsPerDay: between(0, 2000) }),
  fc.record({ peakArrivalsPerHour: between(0, 300) }),
  // Both given: the peak hour never holds more than the day's visitors (a validation rule).
  fc.record({ visitorsPerDay: between(0, 2000), peakArrivalsPerHour: between(0, 300) }).map((d) => ({ ...d, visitorsPerDay: d.visitorsPerDay > 0 ? Math.max(d.visitorsPerDay, d.peakArrivalsPerHour) : 0 })),
);

const serviceBodyArbitrary = fc.record({
  name: textArbitrary(),
  category: optional(fc.constantFrom('perizinan' as const, 'non-perizinan' as const)),
  demand: demandArbitrary,
  handlingMinutes: positive(120),
  online: optional(fc.boolean()),
  estimate: optional(fc.boolean()),
  source: optional(longTextArbitrary()),
  standard: standardArbitrary,
});

const agencyBodyArbitrary = fc.record({
  name: textArbitrary(),
  shortName: optional(textArbitrary(20)),
  kind: fc.constantFrom('opd' as const, 'instansi-vertikal' as const, 'bumn' as const, 'bumd' as const, 'swasta' as const, 'kantor-bersama' as const, 'badan-hukum-publik' as const, 'organisasi-profesi' as const, 'lainnya' as const),
  plannedCounters: fc.integer({ min: 0, max: 20 }),
  withPrefix: fc.boolean(),
  estimate: optional(fc.boolean()),
  confirmed: optional(fc.boolean()),
  source: optional(longTextArbitrary()),
  serviceCount: fc.integer({ min: 1, max: 3 }),
  counterCount: fc.integer({ min: 0, max: 2 }),
});

const floorArbitrary = (id: string): fc.Arbitrary<RegionAnswers['mpp']['floors'][number]> =>
  fc
    .record({ name: textArbitrary(), level: fc.integer({ min: -5, max: 50 }), width: positive(1000), depth: positive(1000), entrance: optional(fc.boolean()) })
    .map((floor) => compact({ id, ...floor }));

const wordArbitrary = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 8 });

const regionPartArbitrary = fc.record({
  $schema: optional(fc.constantFrom('../schemas/region.schema.json', 'https://mpp-kit.local/schemas/region.schema.json')),
  lang: optional(fc.constantFrom('id' as const, 'en' as const)),
  region: fc.record({ name: textArbitrary(), kind: fc.constantFrom('kabupaten' as const, 'kota' as const), province: textArbitrary(), slug: idArbitrary }),
  mppName: textArbitrary(),
  organiser: textArbitrary(),
  address: textArbitrary(60),
  launchDay: optional(fc.integer({ min: 0, max: 20000 })),
  launchStatus: optional(fc.constantFrom('planned' as const, 'launched' as const)),
  phone: optional(textArbitrary(20)),
  email: optional(wordArbitrary.map((w) => `${w}@example.org`)),
  website: optional(wordArbitrary.map((w) => `https://example.org/${w}`)),
  days: fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 }),
  schedules: fc.array(dayScheduleArbitrary, { minLength: 7, maxLength: 7 }),
  floorIds: fc.uniqueArray(idArbitrary, { minLength: 1, maxLength: 3 }),
  targetShare: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
  maxWaitMinutes: positive(480),
  peakFactor: optional(between(1, 5)),
  dailyVisitors: optional(fc.integer({ min: 0, max: 5000 })),
  onlineBookingShare: optional(between(0, 1)),
  complaintChannels: optional(fc.array(fc.record({ kind: fc.constantFrom(...CHANNELS), value: optional(textArbitrary(30)) }), { minLength: 1, maxLength: 3 })),
  facilities: optional(fc.uniqueArray(fc.constantFrom(...FACILITIES), { minLength: 1, maxLength: 5 })),
  agencies: fc.uniqueArray(fc.tuple(idArbitrary, agencyBodyArbitrary), { minLength: 1, maxLength: 4, selector: ([id]) => id }),
});

/** A valid RegionAnswers (passes the schema and the cross-reference rules). */
export const regionArbitrary: fc.Arbitrary<RegionAnswers> = regionPartArbitrary.chain((part) => {
  const serviceTotal = part.agencies.reduce((sum, [, a]) => sum + a.serviceCount, 0);
  const counterTotal = part.agencies.reduce((sum, [, a]) => sum + a.counterCount, 0);
  return fc
    .record({
      floors: fc.tuple(...part.floorIds.map((id) => floorArbitrary(id))),
      serviceIds: fc.uniqueArray(idArbitrary, { minLength: serviceTotal, maxLength: serviceTotal }),
      services: fc.array(serviceBodyArbitrary, { minLength: serviceTotal, maxLength: serviceTotal }),
      counterIds: fc.uniqueArray(idArbitrary, { minLength: counterTotal, maxLength: counterTotal }),
      counterPicks: fc.array(fc.record({ take: fc.integer({ min: 1, max: 3 }), priority: optional(fc.boolean()), floor: optional(fc.nat()) }), { minLength: counterTotal, maxLength: counterTotal }),
    })
    .map(({ floors, serviceIds, services: bodies, counterIds, counterPicks }): RegionAnswers => {
      const agencies: Agency[] = [];
      const services: Service[] = [];
      const counters: Counter[] = [];
      part.agencies.forEach(([id, body], index) => {
        agencies.push(compact({
          id, name: body.name, shortName: body.shortName, kind: body.kind, plannedCounters: body.plannedCounters,
          ticketPrefix: body.withPrefix ? String.fromCharCode(65 + index) + 'Q' : undefined, estimate: body.estimate,
          confirmed: body.confirmed, source: body.source,
        }));
        const own: string[] = [];
        for (let n = 0; n < body.serviceCount; n++) {
          const s = bodies[services.length];
          const serviceId = serviceIds[services.length];
          own.push(serviceId);
          services.push(compact({
            id: serviceId, agency: id, name: s.name, category: s.category, ...s.demand, handlingMinutes: s.handlingMinutes,
            online: s.online, estimate: s.estimate, source: s.source, standard: s.standard,
          }) as Service);
        }
        for (let n = 0; n < body.counterCount; n++) {
          const pick = counterPicks[counters.length];
          counters.push(compact({
            id: counterIds[counters.length], agency: id, services: own.slice(0, Math.min(pick.take, own.length)), priority: pick.priority,
            floor: pick.floor === undefined ? undefined : floors[pick.floor % floors.length].id,
          }));
        }
      });
      const openingHours = Object.fromEntries(part.days.map((day) => [day, part.schedules[WEEKDAYS.indexOf(day)]]));
      // The peak hour cannot hold more than the day's visitors: keep the peak factor within the mean service hours.
      const maxFactor = maxPeakFactor(meanServiceMinutesPerDay({ openingHours } as RegionAnswers['mpp']) / 60);
      const peakFactor = part.peakFactor === undefined ? (maxFactor < 2 ? maxFactor : undefined) : Math.min(part.peakFactor, maxFactor);
      const contact = nonEmpty(compact({ phone: part.phone, email: part.email, website: part.website }));
      return compact({
        $schema: part.$schema,
        schemaVersion: 1 as const,
        lang: part.lang,
        region: part.region,
        mpp: compact({
          name: part.mppName, organiser: part.organiser, address: part.address,
          launchDate: part.launchDay === undefined ? undefined : new Date(Date.UTC(2000, 0, 1) + part.launchDay * 86400000).toISOString().slice(0, 10),
          launchStatus: part.launchStatus, contact, openingHours, floors,
          serviceLevel: { targetShare: part.targetShare, maxWaitMinutes: part.maxWaitMinutes },
          peakFactor, onlineBookingShare: part.onlineBookingShare, dailyVisitors: part.dailyVisitors,
          complaintChannels: part.complaintChannels?.map((c) => compact(c)),
        }),
        agencies,
        services,
        counters: counters.length > 0 ? counters : undefined,
        facilities: part.facilities,
      });
    });
});
