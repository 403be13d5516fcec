import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runInterview } from '../../src/interview/interview.js';
import { typicalAgencies } from '../../src/interview/typical-agencies.js';
import { answeredFloorsFit, neededCounters, neededFloor, provisionalRegion } from '../../src/interview/sized-defaults.js';
import { sizeCounters } from '../../src/layout/sizing.js';
import { validateRegion } from '../../src/config/load.js';
import { t } from '../../src/i18n/catalogue.js';
import { scriptedAsk, type Asked } from '../helpers/ask.js';

const minimal = (): Record<string, unknown> => parse(readFileSync('test/fixtures/minimal.yaml', 'utf8'));
const HOSTILE = 'Dinas <Arsip> {A} & "B"';

/** The minimal region with Dukcapil's demand stated high (the MPP-wide visitors a day) and its planned counters left out. */
function busyRegion(): Record<string, unknown> {
  const answers = minimal() as { mpp: Record<string, unknown>; agencies: Array<Record<string, unknown>>; services: Array<Record<string, unknown>> };
  answers.agencies = answers.agencies.map(({ plannedCounters: _p, ...a }) => a);
  answers.services[0].visitorsPerDay = 400;
  return answers;
}

describe('computed answers the interview offers pass the kit\'s own sizing', () => {
  it('planned counters: what Erlang C needs for the stated demand, the least that meets the service level', () => {
    const answers = busyRegion();
    const need = neededCounters(answers, 'dukcapil', 'id');
    // 400 visitors a day at 10 minutes: more than the typical list's starting value of 4.
    expect(need).toBeGreaterThan(4);
    const level = (counters: number): number => {
      const agencies = (answers.agencies as Array<Record<string, unknown>>).map((a) => (a.id === 'dukcapil' ? { ...a, plannedCounters: counters } : a));
      const sizing = sizeCounters(provisionalRegion({ ...answers, agencies }, 'id')!).agencies.find((a) => a.agency === 'dukcapil')!;
      return sizing.planned.serviceLevel;
    };
    expect(level(need!)).toBeGreaterThanOrEqual(0.8);
    expect(level(need! - 1)).toBeLessThan(0.8);
    // Unknown while the answers do not validate yet.
    expect(neededCounters({ ...answers, region: {} }, 'dukcapil', 'id')).toBeUndefined();
  });

  it('floors: sides that hold the floor plan on one or several floors, and smaller ones do not', () => {
    const answers = busyRegion();
    for (const count of [1, 2, 3]) {
      const fit = neededFloor(answers, count, 'id')!;
      expect(fit.neededArea).toBeGreaterThan(0);
      const floors = (width: number, depth: number) => Array.from({ length: count }, (_, i) => ({ id: `lt${i + 1}`, name: `Lantai ${i + 1}`, level: i + 1, width, depth, ...(i === 0 ? { entrance: true } : {}) }));
      const withFloors = (width: number, depth: number) => ({ ...answers, mpp: { ...(answers.mpp as object), floors: floors(width, depth) } });
      expect(answeredFloorsFit(withFloors(fit.width, fit.depth), 'id'), `${count} floors`).toBe(true);
      expect(answeredFloorsFit(withFloors(Math.ceil(fit.width / 3), Math.ceil(fit.depth / 3)), 'id'), `${count} floors, a ninth`).toBe(false);
    }
  });
});

/** The interview answered by script: typical Dukcapil, a hostile custom agency; `extra` answers by question name. */
async function interview(lang: 'id' | 'en', extra: Record<string, unknown>, log: Asked[] = [], today = '2026-06-01') {
  let added = 0;
  return runInterview(
    scriptedAsk({
      region_name: 'Contoh', region_province: 'Bali', mpp_address: 'Jl. Satu', typicalAgencies: ['dukcapil'],
      addAgency: () => (added++ === 0 ? 'ya' : 'tidak'), agencies_name: HOSTILE, services_name: 'Arsip Statis', services_visitorsPerDay: '12,5',
      ...extra,
    }, log),
    lang,
    typicalAgencies(),
    undefined,
    { today },
  );
}

describe('the interview (scripted)', () => {
  it('names the agency or service each question is about, and offers the counters the queue needs', async () => {
    for (const lang of ['id', 'en'] as const) {
      const log: Asked[] = [];
      const answers = await interview(lang, {}, log);
      const asked = (name: string) => log.filter((a) => a.question.name === name).map((a) => a.question);
      const dukcapil = asked('counters_dukcapil')[0];
      expect(dukcapil.message).toContain('Disdukcapil');
      const { plannedCounters: _p, ...withoutPlan } = answers.agencies[0];
      const need = neededCounters({ ...answers, agencies: [withoutPlan, ...answers.agencies.slice(1)] }, 'dukcapil', lang);
      expect(dukcapil.default).toBe(String(need));
      expect(answers.agencies[0].plannedCounters).toBe(need);
      expect(asked('counters_dinas-arsip-a-b')[0].message).toContain(HOSTILE);
      expect(asked('agencies_kind')[0].message).toContain(HOSTILE);
      expect(asked('services_name')[0].message).toContain(HOSTILE);
      expect(asked('addService')[0].message).toBe(t(lang, 'interview.addService', { agency: HOSTILE }));
      for (const path of ['services_category', 'services_visitorsPerDay', 'services_handlingMinutes']) expect(asked(path)[0].message, path).toContain('Arsip Statis');
      // A decimal comma, and the choices in the run's language.
      expect(answers.services.find((s) => s.name === 'Arsip Statis')?.visitorsPerDay).toBe(12.5);
      expect(asked('agencies_kind')[0].choices?.map((c) => c.name)).toContain(lang === 'id' ? 'Perangkat daerah' : 'Regional office');
      // Every yes/no is the terminal's confirm prompt with the run's words.
      for (const q of log.filter((a) => a.question.type === 'confirm')) expect(q.question.theme).toMatchObject({ keywords: { yes: t(lang, 'interview.yes'), no: t(lang, 'interview.no') } });
      // The usual hours and channels, as offered.
      expect(answers.mpp.openingHours?.monday).toEqual({ open: '08:00', close: '16:00', breaks: [{ start: '12:00', end: '13:00' }] });
      expect(answers.mpp.complaintChannels).toEqual([{ kind: 'sp4n-lapor' }, { kind: 'desk' }]);
      const valid = validateRegion(answers, { lang });
      expect(valid.ok ? [] : valid.issues).toEqual([]);
    }
  });

  it('a launch date in the past is said so and asks whether the MPP operates; a date to come means planned', async () => {
    const log: Asked[] = [];
    const past = await interview('id', { mpp_launchDate: '2025-02', mpp_launchStatus: 'ya' }, log);
    expect(log.find((a) => a.question.name === 'mpp_launchStatus')?.question.message).toBe(t('id', 'interview.launchPast', { date: '2025-02' }));
    expect(past.mpp.launchStatus).toBe('operating');
    const notYet = await interview('id', { mpp_launchDate: '2025-02', mpp_launchStatus: 'tidak' });
    expect(notYet.mpp.launchStatus).toBe('planned');
    const futureLog: Asked[] = [];
    // The same month as today has not passed yet.
    const future = await interview('en', { mpp_launchDate: '2026-06' }, futureLog);
    expect(futureLog.some((a) => a.question.name === 'mpp_launchStatus')).toBe(false);
    expect(future.mpp.launchStatus).toBe('planned');
    const undated = await interview('en', { mpp_launchStatus: 'yes' });
    expect(undated.mpp.launchStatus).toBe('operating');
  });

  it('opening hours: a variant, own hours typed day group by day group, or none yet (the kit\'s default, marked)', async () => {
    expect((await interview('id', { openingHours: 'saturday' })).mpp.openingHours?.saturday).toEqual({ open: '08:00', close: '12:00' });
    expect((await interview('id', { openingHours: 'short-friday' })).mpp.openingHours?.friday).toEqual({ open: '08:00', close: '11:30' });
    expect((await interview('id', { openingHours: 'unknown' })).mpp.openingHours).toBeUndefined();
    const own = await interview('id', { openingHours: 'custom', hours_monday: '07.30-15.30 istirahat 12.00-12.30', hours_friday: '07.30-11.00', hours_saturday: '', hours_sunday: '' });
    expect(own.mpp.openingHours).toEqual({
      monday: { open: '07:30', close: '15:30', breaks: [{ start: '12:00', end: '12:30' }] },
      tuesday: { open: '07:30', close: '15:30', breaks: [{ start: '12:00', end: '12:30' }] },
      wednesday: { open: '07:30', close: '15:30', breaks: [{ start: '12:00', end: '12:30' }] },
      thursday: { open: '07:30', close: '15:30', breaks: [{ start: '12:00', end: '12:30' }] },
      friday: { open: '07:30', close: '11:00' },
    });
  });

  it('complaint channels: the schema\'s kinds with labels, the usual two checked, an address asked where a channel has one', async () => {
    const log: Asked[] = [];
    const answers = await interview('id', { complaintChannels: ['sp4n-lapor', 'email', 'suggestion-box'], complaintChannel_email: 'pengaduan@contoh.go.id' }, log);
    const question = log.find((a) => a.question.name === 'complaintChannels')!.question;
    expect(question.choices?.filter((c) => c.checked).map((c) => c.value)).toEqual(['sp4n-lapor', 'desk']);
    expect(question.choices?.map((c) => c.name)).toContain('Kotak saran');
    expect(log.find((a) => a.question.name === 'complaintChannel_email')?.question.message).toContain('Surel');
    expect(log.some((a) => a.question.name === 'complaintChannel_suggestion-box')).toBe(false);
    expect(answers.mpp.complaintChannels).toEqual([{ kind: 'sp4n-lapor' }, { kind: 'email', value: 'pengaduan@contoh.go.id' }, { kind: 'suggestion-box' }]);
  });

  it('the summary lets a section be asked again, its answers offered, before anything is returned', async () => {
    const log: Asked[] = [];
    const reopen = ['agencies', 'region', 'write'];
    let provinces = 0;
    const answers = await interview('en', {
      summary: () => reopen.shift(),
      region_province: () => (provinces++ === 0 ? 'Bali' : 'Nusa Tenggara Barat'),
      typicalAgencies: (q: { choices?: Array<{ value: unknown; checked?: boolean }> }) => (q.choices?.some((c) => c.checked) ? ['samsat'] : ['dukcapil']),
    }, log);
    const summaries = log.filter((a) => a.question.name === 'summary');
    expect(summaries).toHaveLength(3);
    expect(summaries[0].question.message).toContain(t('en', 'interview.summary.title'));
    expect(summaries[0].question.message).toContain('Disdukcapil');
    // Reopened: the earlier pick offered checked, the region's earlier answers offered.
    const picks = log.filter((a) => a.question.name === 'typicalAgencies');
    expect(picks[1].question.choices?.filter((c) => c.checked).map((c) => c.value)).toEqual(['dukcapil']);
    expect(log.filter((a) => a.question.name === 'region_name')[1].question.default).toBe('Contoh');
    // The agency added by hand is kept when the section is reopened (asked, yes offered).
    expect(log.find((a) => a.question.name === 'keepAgency')?.question).toMatchObject({ message: t('en', 'interview.keepAgency', { name: HOSTILE }), default: true });
    expect(answers.agencies.map((a) => a.id)).toEqual(['samsat', 'dinas-arsip-a-b']);
    expect(summaries[2].question.message).not.toContain(t('en', 'interview.summary.floorsShort'));
    expect(answers.services.filter((s) => s.agency === 'dinas-arsip-a-b').map((s) => s.name)).toEqual(['Arsip Statis']);
    expect(answers.region.province).toBe('Nusa Tenggara Barat');
    // The other sections kept their answers.
    expect(answers.mpp.address).toBe('Jl. Satu');
    expect([...(answers.facilities ?? [])].sort()).toEqual(['complaint-desk', 'information-desk', 'ticket-kiosk', 'waiting-area']);
  });
});

describe('the summary', () => {
  it('says when the floors no longer hold the plan (after the agencies were changed)', async () => {
    const { summaryText } = await import('../../src/interview/summary.js');
    const { REGION_FIELDS } = await import('../../src/config/schema-fields.js');
    const answers = busyRegion();
    const small = { ...answers, mpp: { ...(answers.mpp as object), floors: [{ id: 'lt1', name: 'Lantai 1', level: 1, width: 8, depth: 6, entrance: true }] } };
    for (const lang of ['id', 'en'] as const) {
      expect(summaryText(small, lang, REGION_FIELDS)).toContain(t(lang, 'interview.summary.floorsShort'));
      const fit = neededFloor(answers, 1, lang)!;
      const roomy = { ...answers, mpp: { ...(answers.mpp as object), floors: [{ id: 'lt1', name: 'Lantai 1', level: 1, width: fit.width, depth: fit.depth, entrance: true }] } };
      const text = summaryText(roomy, lang, REGION_FIELDS);
      expect(text).not.toContain(t(lang, 'interview.summary.floorsShort'));
      // Counters left empty are said to be the kit's estimate, never shown as the region's figure.
      expect(text).toContain(t(lang, 'interview.summary.agency', { name: 'Samsat', services: 1, counters: t(lang, 'interview.summary.estimated') }));
    }
  });
});

describe('the questions of mpp add (scripted)', () => {
  it('name the new agency and its services, and offer the counters its queue needs within the region', async () => {
    const { askItem } = await import('../../src/interview/ask-item.js');
    const { withDerivedIds } = await import('../../src/config/identify.js');
    const region = withDerivedIds(minimal() as never, 'id');
    const log: Asked[] = [];
    const item = await askItem('agency', region, scriptedAsk({ agencies_name: HOSTILE, services_name: 'Arsip Statis', services_visitorsPerDay: '300', services_handlingMinutes: '10', addService: 'tidak' }, log), 'id');
    const counters = log.find((a) => a.question.name === 'agencies_plannedCounters')!.question;
    expect(counters.message).toBe(`Jumlah loket untuk ${HOSTILE} (kosongkan agar kit memperkirakan)?`);
    expect(log.find((a) => a.question.name === 'services_handlingMinutes')?.question.message).toContain('Arsip Statis');
    const need = Number(counters.default);
    expect(need).toBeGreaterThan(1);
    expect(item).toMatchObject({ name: HOSTILE, plannedCounters: need, services: [{ name: 'Arsip Statis', visitorsPerDay: 300, handlingMinutes: 10 }] });
  });
});
