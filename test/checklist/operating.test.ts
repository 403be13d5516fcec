import { describe, expect, it } from 'vitest';
import { planChecklist } from '../../src/checklist/plan.js';
import { addMonths, nextDueDate, scheduleItem } from '../../src/checklist/operating.js';
import { checklistValidators } from '../../src/checklist/schemas.js';
import { summarizeChecklist } from '../../src/checklist/summary.js';
import { loadChecklistSources } from '../../src/checklist/sources.js';
import { lifecycle, parseLaunchDate } from '../../src/config/launch.js';
import { loadRegionText } from '../../src/config/load.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import type { CompletedRegion } from '../../src/config/completed-region.js';
import { minimalRegion, readYaml } from './helpers.js';
import { done } from '../helpers/complete.js';

const DATA_AS_OF = loadChecklistSources().catalogue.dataAsOf;

/** The minimal answers with an edit, validated and completed as a deployment plans them. */
function region(edit: (r: RegionAnswers) => void): CompletedRegion {
  const r = readYaml<RegionAnswers>('test/fixtures/minimal.yaml');
  edit(r);
  return done(r);
}

function validate(yamlLaunch: string): { ok: boolean; messages: string[] } {
  const text = `schemaVersion: 1
region: { name: Contoh, kind: kota, province: Jawa Barat, slug: contoh }
mpp:
  name: MPP Kota Contoh
  organiser: DPMPTSP
  address: Jl. Contoh
  launchDate: ${yamlLaunch}
  openingHours: { monday: { open: "08:00", close: "15:00" } }
  floors: [{ id: lt1, name: Lantai 1, level: 1, width: 20, depth: 20, entrance: true }]
  serviceLevel: { targetShare: 0.8, maxWaitMinutes: 15 }
agencies: [{ id: a, name: Dinas A, kind: opd, plannedCounters: 1 }]
services: [{ id: s, agency: a, name: Layanan, visitorsPerDay: 10, handlingMinutes: 5 }]
`;
  const result = loadRegionText(text, { lang: 'en' });
  return { ok: result.ok, messages: result.ok ? [] : result.issues.map((i) => `${i.path}:${i.line}: ${i.message}`) };
}

describe('launch dates', () => {
  it('accepts a full date, a month or a year (quoted or not), and rejects days that do not exist', () => {
    expect(validate('2018-10-15').ok).toBe(true);
    expect(validate('"2017-10"').ok).toBe(true);
    expect(validate('2017-10').ok).toBe(true);
    expect(validate('"2018"').ok).toBe(true);
    expect(validate('2018').ok).toBe(true);
    const feb30 = validate('2023-02-30');
    expect(feb30.ok).toBe(false);
    expect(feb30.messages[0]).toMatch(/^mpp\.launchDate:7: /);
    expect(validate('2023-13').ok).toBe(false);
    expect(validate('2023-1').messages.join()).toMatch(/YYYY-MM-DD, a month YYYY-MM or a year YYYY/);
    expect(parseLaunchDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, text: '2024-02-29' });
    expect(parseLaunchDate('2023-02-29')).toBeUndefined();
  });

  it('decides the life stage from the answers and a reference date, never the clock', () => {
    const base = minimalRegion();
    expect(lifecycle(base, DATA_AS_OF).stage).toBe('planned');
    expect(lifecycle({ mpp: { ...base.mpp, launchStatus: 'launched' } }, DATA_AS_OF)).toMatchObject({ stage: 'operating', reason: 'status' });
    expect(lifecycle({ mpp: { ...base.mpp, launchStatus: 'operating' } }, DATA_AS_OF)).toMatchObject({ stage: 'operating', reason: 'status' });
    expect(lifecycle({ mpp: { ...base.mpp, launchDate: '2017-10', launchStatus: 'planned' } }, DATA_AS_OF)).toMatchObject({ stage: 'operating', reason: 'launch-date-passed', asOfSource: 'kit-data' });
    // The same launch date with a reference date before it: still planned.
    expect(lifecycle({ mpp: { ...base.mpp, launchDate: '2027-03-01', asOf: '2026-06-01' } }, DATA_AS_OF).stage).toBe('planned');
    expect(lifecycle({ mpp: { ...base.mpp, launchDate: '2027-03-01', asOf: '2027-06-01' } }, DATA_AS_OF)).toMatchObject({ stage: 'operating', asOf: '2027-06-01', asOfSource: 'answers' });
    // A year counts as passed only once the whole year is over.
    expect(lifecycle({ mpp: { ...base.mpp, launchDate: '2027', asOf: '2027-12-31' } }, DATA_AS_OF).stage).toBe('planned');
  });
});

describe('next due dates', () => {
  it('does calendar months, clamping the day at the month end', () => {
    expect(addMonths('2018-01-31', 1)).toBe('2018-02-28');
    expect(addMonths('2019-12-15', 12)).toBe('2020-12-15');
    expect(addMonths('2020-02-29', 12)).toBe('2021-02-28');
  });

  it('gives the end of the cycle running on the reference date', () => {
    expect(nextDueDate('2018-01-01', 12, '2026-02-07')).toBe('2026-12-31');
    expect(nextDueDate('2018-10-15', 12, '2026-02-07')).toBe('2026-10-14');
    expect(nextDueDate('2018-10-15', 12, '2026-10-14')).toBe('2026-10-14');
    expect(nextDueDate('2018-10-15', 12, '2026-10-15')).toBe('2027-10-14');
    expect(nextDueDate('2017-10-01', 1, '2026-02-07')).toBe('2026-02-28');
  });

  it('schedules by life stage', () => {
    const operating = lifecycle({ mpp: { ...minimalRegion().mpp, launchDate: '2018', launchStatus: 'operating' } }, '2026-02-07');
    expect(scheduleItem({ dueWeeksBefore: 30 }, operating)).toEqual({ confirmMet: true });
    expect(scheduleItem({ dueWeeksBefore: -52, recurs: { everyMonths: 12 } }, operating)).toEqual({ dueDate: '2026-12-31' });
    expect(scheduleItem({ dueWeeksBefore: -4 }, operating)).toEqual({ confirmMet: true });
    const planned = lifecycle(minimalRegion(), '2026-02-07');
    expect(scheduleItem({ dueWeeksBefore: 30 }, planned)).toEqual({ dueDate: '2026-08-03' });
  });
});

describe('the operating view of the checklist', () => {
  const badung = done(readYaml<RegionAnswers>('examples/badung/mpp.yaml'));
  const checklist = planChecklist(badung);

  it('is the view of the Badung example (operating since 2018), valid against its schema', () => {
    const { checklist: validateChecklist } = checklistValidators();
    expect(validateChecklist(checklist), JSON.stringify(validateChecklist.errors)).toBe(true);
    expect(checklist.launchDate).toBe('2018');
    expect(checklist.operating).toEqual({ reason: 'status', asOf: DATA_AS_OF, asOfSource: 'kit-data' });
  });

  it('asks to confirm every preparation item, with no due date in the past, and blocks nothing', () => {
    const preparation = checklist.items.filter((i) => i.dueWeeksBefore >= 0 && !i.recurs);
    expect(preparation.length).toBeGreaterThan(40);
    for (const item of preparation) expect(item, item.id).toMatchObject({ confirmMet: true });
    for (const item of checklist.items) if (item.dueDate) expect(item.dueDate >= DATA_AS_OF, `${item.id} ${item.dueDate}`).toBe(true);
    expect(summarizeChecklist(checklist).blockingOpen).toBe(0);
  });

  it('gives recurring work its next due date: survey, standard review, consultation forum, evaluations', () => {
    const byId = new Map(checklist.items.map((i) => [i.id, i]));
    for (const id of ['skm-berkala', 'peninjauan-standar-pelayanan', 'forum-konsultasi-publik', 'evaluasi-kinerja', 'evaluasi-mpp-kemenpanrb', 'opini-ombudsman', 'tindak-lanjut-skm']) {
      expect(byId.get(id), id).toMatchObject({ recurs: { everyMonths: 12 }, dueDate: `${DATA_AS_OF.slice(0, 4)}-12-31` });
      expect(byId.get(id)?.confirmMet, id).toBeUndefined();
    }
    expect(byId.get('tindak-lanjut-pengaduan')).toMatchObject({ recurs: { everyMonths: 1 } });
  });

  it('follows mpp.asOf and a month-only launch, deterministically', () => {
    const r = region((x) => {
      x.mpp.launchDate = '2017-10';
      x.mpp.asOf = '2030-03-15';
    });
    const plan = planChecklist(r);
    expect(plan.operating).toEqual({ reason: 'launch-date-passed', asOf: '2030-03-15', asOfSource: 'answers' });
    expect(plan.items.find((i) => i.id === 'skm-berkala')?.dueDate).toBe('2030-09-30');
    expect(plan.items.find((i) => i.id === 'tindak-lanjut-pengaduan')?.dueDate).toBe('2030-03-31');
    expect(JSON.stringify(planChecklist(r))).toBe(JSON.stringify(plan));
  });

  it('stays the planned view, with due dates before the launch, for a launch still ahead', () => {
    const plan = planChecklist(minimalRegion());
    expect(plan.operating).toBeUndefined();
    expect(plan.items.some((i) => i.confirmMet)).toBe(false);
    expect(plan.items.find((i) => i.id === 'tim-kerja')?.dueDate).toBe('2026-05-25');
  });
});
