import { describe, expect, it } from 'vitest';
import { completeRegion } from '../../src/complete/complete.js';
import { isEstimate, provenanceOf } from '../../src/config/provenance.js';
import { estimateSummary } from '../../src/config/estimate-summary.js';
import { loadTypicalServices } from '../../src/complete/catalogue.js';
import { DEFAULT_DEMAND_SHARE, DEFAULT_HANDLING_MINUTES, DEFAULT_OPENING_HOURS } from '../../src/complete/defaults.js';
import { planFloors, sizeCounters, areaProgramme } from '../../src/layout/index.js';
import { MPP_FIGURES } from '../../src/config/completed-region.js';
import { minimumAnswers, valid } from './helpers.js';

describe('completeRegion', () => {
  const answers = valid(minimumAnswers());
  const region = completeRegion(answers);
  const catalogue = loadTypicalServices();

  it('validates the minimum: ids derived from names, services naming their agency by name or id', () => {
    expect(answers.region.slug).toBe('contoh-raya');
    expect(answers.agencies.map((a) => a.id)).toEqual([
      'dinas-kependudukan-dan-pencatatan-sipil', 'samsat-contoh-raya', 'kantor-imigrasi-kelas-i', 'bpjs-kesehatan', 'perumda-tirta-contoh', 'lembaga-tanpa-kata-kunci',
    ]);
    expect(answers.services.map((s) => s.agency)).toEqual([
      'dinas-kependudukan-dan-pencatatan-sipil', 'dinas-kependudukan-dan-pencatatan-sipil', 'dinas-kependudukan-dan-pencatatan-sipil',
      'samsat-contoh-raya', 'kantor-imigrasi-kelas-i', 'lembaga-tanpa-kata-kunci',
    ]);
  });

  it('fills every figure the planning reads and gives each a provenance', () => {
    expect(region.mpp.openingHours).toEqual(DEFAULT_OPENING_HOURS);
    expect(region.mpp.serviceLevel).toEqual({ targetShare: 0.8, maxWaitMinutes: 15 });
    expect(region.mpp.floors.length).toBe(1);
    for (const f of MPP_FIGURES) expect(region.provenance.mpp[f].note.id.length, f).toBeGreaterThan(0);
    for (const a of region.agencies) {
      expect(typeof a.kind).toBe('string');
      expect(Number.isInteger(a.plannedCounters)).toBe(true);
      for (const figure of ['kind', 'plannedCounters'] as const) expect(provenanceOf(region, { agency: a.id, figure }).kind).toMatch(/^(diisi|perkiraan|bawaan)$/);
    }
    for (const s of region.services) {
      expect(s.handlingMinutes).toBeGreaterThan(0);
      expect(s.visitorsPerDay).toBeGreaterThanOrEqual(0);
      for (const figure of ['category', 'handlingMinutes', 'visitorsPerDay'] as const) expect(provenanceOf(region, { service: s.id, figure }).kind).not.toBe('diisi');
    }
  });

  it('names what each estimate rests on: catalogue entry with its basis, kit default, agency name', () => {
    const ktp = provenanceOf(region, { service: 'perekaman-ktp-el', figure: 'handlingMinutes' });
    expect(ktp).toMatchObject({ kind: 'perkiraan', from: 'katalog', entry: 'ktp-el', figureBasis: 'asumsi-kit' });
    expect(ktp.note.id).toMatch(/katalog/);
    const paspor = provenanceOf(region, { service: 'paspor-baru', figure: 'handlingMinutes' });
    expect(paspor).toMatchObject({ kind: 'perkiraan', entry: 'paspor', figureBasis: 'sumber' });
    const unknown = provenanceOf(region, { service: 'konsultasi-khusus', figure: 'handlingMinutes' });
    expect(unknown.kind).toBe('bawaan');
    expect(region.services.find((s) => s.id === 'konsultasi-khusus')?.handlingMinutes).toBe(DEFAULT_HANDLING_MINUTES);
    expect(provenanceOf(region, { agency: 'samsat-contoh-raya', figure: 'kind' })).toMatchObject({ kind: 'perkiraan', from: 'nama-instansi' });
    expect(region.agencies.find((a) => a.id === 'samsat-contoh-raya')?.kind).toBe('kantor-bersama');
    expect(region.agencies.find((a) => a.id === 'lembaga-tanpa-kata-kunci')?.kind).toBe('lainnya');
    expect(provenanceOf(region, { agency: 'lembaga-tanpa-kata-kunci', figure: 'kind' }).kind).toBe('bawaan');
  });

  it('without an MPP-wide figure, visitors are the catalogue share of the reference MPP, split among services of one entry', () => {
    const reference = catalogue.referenceDailyVisitors.value;
    const ktpShare = catalogue.services.find((e) => e.id === 'ktp-el')!.demandShare.value;
    const ktp = region.services.filter((s) => provenanceOf(region, { service: s.id, figure: 'visitorsPerDay' }).entry === 'ktp-el');
    expect(ktp.map((s) => s.id)).toEqual(['perekaman-ktp-el', 'cetak-ulang-ktp-el-rusak']);
    for (const s of ktp) expect(s.visitorsPerDay).toBeCloseTo((ktpShare * reference) / 2, 2);
    expect(region.services.find((s) => s.id === 'konsultasi-khusus')?.visitorsPerDay).toBeCloseTo(DEFAULT_DEMAND_SHARE * reference, 2);
  });

  it('splits an MPP-wide daily figure over the services that give none, after those that give theirs', () => {
    const raw = minimumAnswers();
    raw.mpp.dailyVisitors = 500;
    raw.services![0].visitorsPerDay = 100;
    const split = completeRegion(valid(raw));
    const estimated = split.services.filter((s) => provenanceOf(split, { service: s.id, figure: 'visitorsPerDay' }).from === 'pengunjung-mpp');
    expect(estimated).toHaveLength(split.services.length - 1);
    expect(estimated.reduce((sum, s) => sum + s.visitorsPerDay, 0)).toBeCloseTo(400, 1);
    expect(provenanceOf(split, { service: 'perekaman-ktp-el', figure: 'visitorsPerDay' }).kind).toBe('diisi');
    const pkb = split.services.find((s) => s.id === 'pembayaran-pkb-tahunan')!;
    const other = split.services.find((s) => s.id === 'konsultasi-khusus')!;
    const pkbShare = catalogue.services.find((e) => e.id === 'samsat')!.demandShare.value;
    expect(pkb.visitorsPerDay / other.visitorsPerDay).toBeCloseTo(pkbShare / DEFAULT_DEMAND_SHARE, 1);
  });

  it("keeps the region's figures as given, and its own estimates (estimate: true) as estimates", () => {
    const raw = minimumAnswers();
    raw.services![3] = { ...raw.services![3], handlingMinutes: 6, visitorsPerDay: 40 };
    raw.services![4] = { ...raw.services![4], handlingMinutes: 12, visitorsPerDay: 9, estimate: true };
    raw.agencies[1] = { ...raw.agencies[1], kind: 'kantor-bersama', plannedCounters: 3 };
    const c = completeRegion(valid(raw));
    expect(c.services[3]).toMatchObject({ handlingMinutes: 6, visitorsPerDay: 40 });
    expect(provenanceOf(c, { service: c.services[3].id, figure: 'handlingMinutes' }).kind).toBe('diisi');
    expect(provenanceOf(c, { service: c.services[4].id, figure: 'visitorsPerDay' })).toMatchObject({ kind: 'perkiraan', from: 'daerah' });
    expect(c.agencies[1].plannedCounters).toBe(3);
    expect(provenanceOf(c, { agency: c.agencies[1].id, figure: 'plannedCounters' }).kind).toBe('diisi');
  });

  it('gives an agency without any known service no counter unless planned, and estimates the others from the sizing', () => {
    const sizing = sizeCounters(region);
    for (const a of region.agencies) {
      const own = region.services.filter((s) => s.agency === a.id).length;
      const p = provenanceOf(region, { agency: a.id, figure: 'plannedCounters' });
      if (own === 0) {
        expect(a.plannedCounters, a.id).toBe(0);
        expect(p.kind).toBe('bawaan');
      } else {
        expect(p).toMatchObject({ kind: 'perkiraan', from: 'perhitungan-loket' });
        expect(a.plannedCounters).toBe(sizing.agencies.find((x) => x.agency === a.id)?.neededCounters);
      }
    }
    const raw = minimumAnswers();
    raw.agencies[4] = { ...raw.agencies[4], plannedCounters: 1 };
    const planned = completeRegion(valid(raw));
    expect(planned.agencies[4].plannedCounters).toBe(1);
    expect(provenanceOf(planned, { agency: planned.agencies[4].id, figure: 'plannedCounters' }).kind).toBe('diisi');
  });

  it('derives a floor the plan fits on when the building is not described, and keeps given floors', () => {
    expect(provenanceOf(region, { mpp: 'floors' })).toMatchObject({ kind: 'perkiraan', from: 'program-ruang' });
    const sizing = sizeCounters(region);
    const plan = planFloors(region, sizing, areaProgramme(region, sizing));
    expect(plan.floors.every((f) => f.overflow.length === 0)).toBe(true);
    const raw = minimumAnswers();
    raw.mpp.floors = [{ id: 'lt1', name: 'Lantai 1', level: 1, width: 30, depth: 20 }];
    const given = completeRegion(valid(raw));
    expect(given.mpp.floors).toEqual(raw.mpp.floors);
    expect(provenanceOf(given, { mpp: 'floors' }).kind).toBe('diisi');
  });

  it('counts how much of the load rests on estimates', () => {
    expect(estimateSummary(region).loadOnEstimates).toBe(1);
    const raw = minimumAnswers();
    for (const s of raw.services!) Object.assign(s, { handlingMinutes: 8, visitorsPerDay: 20 });
    const givenAll = estimateSummary(completeRegion(valid(raw)));
    expect(givenAll.loadOnEstimates).toBe(0);
    expect(givenAll.handlingMinutes).toMatchObject({ diisi: 6, total: 6 });
    expect(givenAll.agenciesWithoutServices).toEqual(['bpjs-kesehatan', 'perumda-tirta-contoh']);
  });

  it('is pure and deterministic: the input is not changed and the same input gives the same region', () => {
    const input = valid(minimumAnswers());
    const copy = structuredClone(input);
    const first = completeRegion(input);
    expect(input).toEqual(copy);
    expect(completeRegion(input)).toEqual(first);
  });

  it('completes hostile names without throwing and keeps them as text', () => {
    const raw = minimumAnswers();
    raw.agencies.push({ name: '<Dinas {A}> "x" & \'y\'' });
    raw.services!.push({ name: '# KTP <b>{x}</b> | a', agency: '<Dinas {A}> "x" & \'y\'' });
    const c = completeRegion(valid(raw));
    expect(c.services.at(-1)?.name).toBe('# KTP <b>{x}</b> | a');
    expect(isEstimate(provenanceOf(c, { service: c.services.at(-1)!.id, figure: 'handlingMinutes' }))).toBe(true);
  });
});
