/**
 * The demand fields (peak factor, presence, old office, counter groups, stages, hourly counts) with
 * partial answers: the rules judge only what the region gave, and the complete stage fills the rest
 * with its provenance. A kit default or estimate never makes the answers invalid.
 */
import { describe, expect, it } from 'vitest';
import { validateRegion } from '../../src/config/load.js';
import { peakArrivalsPerHour, visitorsPerDay, OLD_OFFICE_OPEN_SHARE } from '../../src/config/demand.js';
import { effectivePeakFactor } from '../../src/config/arrival-profile.js';
import { provenanceOf } from '../../src/config/provenance.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { rawAnswers } from '../layout/helpers.js';
import { done } from '../helpers/complete.js';

function answers(): RegionAnswers {
  return rawAnswers('test/fixtures/minimal.yaml');
}

function issues(region: RegionAnswers): Array<{ path: string; code: string }> {
  const result = validateRegion(region, { lang: 'en' });
  return result.ok ? [] : result.issues.map((i) => ({ path: i.path, code: i.code }));
}

/** The smallest answers issue 14 allows: names only, no figure. */
function namesOnly(): RegionAnswers {
  return {
    schemaVersion: 1,
    region: { name: 'Contoh', kind: 'kabupaten', province: 'Jawa Tengah' },
    mpp: { name: 'MPP Contoh', organiser: 'DPMPTSP Kabupaten Contoh' },
    agencies: [{ name: 'Dinas Kependudukan dan Pencatatan Sipil' }],
    services: [{ name: 'Perekaman KTP-el', agency: 'Dinas Kependudukan dan Pencatatan Sipil' }],
  } as RegionAnswers;
}

describe('the implied peak share is judged on what the region gave', () => {
  it('a short day without a peak factor validates (the kit default is capped at the whole day)', () => {
    const region = answers();
    region.mpp.openingHours = { monday: { open: '08:00', close: '09:30' } };
    expect(issues(region)).toEqual([]);
    const completed = done(region);
    expect(provenanceOf(completed, { mpp: 'peakFactor' }).kind).toBe('bawaan');
    const ktp = completed.services[0];
    expect(peakArrivalsPerHour(ktp, completed, completed.agencies[0])).toBeLessThanOrEqual(ktp.visitorsPerDay + 1e-9);
  });

  it('a peak factor without opening hours validates (the hours are the kit default; with 3 given hours it is refused below)', () => {
    const region = answers();
    delete region.mpp.openingHours;
    region.mpp.peakFactor = 5;
    expect(issues(region)).toEqual([]);
    const completed = done(region);
    expect(provenanceOf(completed, { mpp: 'openingHours' }).kind).toBe('bawaan');
    const ktp = completed.services[0];
    expect(peakArrivalsPerHour(ktp, completed, completed.agencies[0])).toBeLessThanOrEqual(ktp.visitorsPerDay + 1e-9);
  });

  it('a peak factor and hours the region gave that put more than the day in one hour are refused at mpp.peakFactor', () => {
    const region = answers();
    region.mpp.openingHours = { monday: { open: '08:00', close: '11:00' } };
    region.mpp.peakFactor = 5;
    expect(issues(region)).toEqual([{ path: 'mpp.peakFactor', code: 'peak-share' }]);
  });

  it('names-only answers validate and complete', () => {
    expect(issues(namesOnly())).toEqual([]);
    expect(done(namesOnly()).services[0].handlingMinutes).toBeGreaterThan(0);
  });
});

describe('stages, counter groups and hourly counts in partial answers', () => {
  it('stages without handling minutes give the service its handling minutes, as the region\'s own figure', () => {
    const region = answers();
    const { handlingMinutes: _dropped, ...ktp } = region.services[0];
    region.services[0] = { ...ktp, stages: [{ name: 'Perekaman', handlingMinutes: 6 }, { name: 'Pencetakan', handlingMinutes: 3.5 }] };
    expect(issues(region)).toEqual([]);
    const completed = done(region);
    expect(completed.services[0].handlingMinutes).toBe(9.5);
    const provenance = provenanceOf(completed, { service: 'ktp-el', figure: 'handlingMinutes' });
    expect(provenance.kind).toBe('diisi');
    expect(provenance.note.en).toContain('stages');
  });

  it('stages that disagree with the handling minutes the region gave are refused at the stages', () => {
    const region = answers();
    region.services[0] = { ...region.services[0], handlingMinutes: 10, stages: [{ name: 'Perekaman', handlingMinutes: 6 }] };
    expect(issues(region)).toEqual([{ path: 'services[0].stages', code: 'stages-sum' }]);
  });

  it('counter groups without planned counters validate; the estimated counters hold at least the groups', () => {
    const region = answers();
    const { plannedCounters: _dropped, ...dukcapil } = region.agencies[0];
    region.agencies[0] = { ...dukcapil, counterGroups: [{ id: 'rekam', name: 'Perekaman', counters: 4 }, { id: 'cetak', name: 'Pencetakan', counters: 3 }] };
    expect(issues(region)).toEqual([]);
    const completed = done(region);
    expect(completed.agencies[0].plannedCounters).toBeGreaterThanOrEqual(7);
    const provenance = provenanceOf(completed, { agency: 'dukcapil', figure: 'plannedCounters' });
    expect(provenance.kind).toBe('perkiraan');
    expect(provenance.note.en).toContain('counter groups');
  });

  it('counter groups beyond the counters the region gave are refused', () => {
    const region = answers();
    region.agencies[0] = { ...region.agencies[0], plannedCounters: 2, counterGroups: [{ id: 'rekam', name: 'Perekaman', counters: 3 }] };
    expect(issues(region)).toEqual([{ path: 'agencies[0].counterGroups', code: 'groups-exceed-counters' }]);
  });

  it('hourly counts without a peak factor give the peak factor they imply, as the region\'s own figure', () => {
    const region = answers();
    region.mpp.arrivalProfile = [
      { start: '08:00', count: 10 },
      { start: '09:00', count: 30 },
      { start: '10:00', count: 10 },
    ];
    const completed = done(region);
    expect(provenanceOf(completed, { mpp: 'peakFactor' }).kind).toBe('diisi');
    expect(completed.mpp.peakFactor).toBeCloseTo(effectivePeakFactor(completed.mpp), 3);
    expect(completed.mpp.peakFactor).toBeGreaterThan(1);
  });
});

describe('an old office that stays open', () => {
  it('scales the figures the region gave, never the figures the kit estimated', () => {
    const region = answers();
    region.agencies[0] = { ...region.agencies[0], oldOffice: { staysOpen: true } };
    // A second Dukcapil service with no figures: the kit estimates it (already a figure of the MPP).
    region.services.push({ id: 'akta', agency: 'dukcapil', name: 'Akta Kelahiran' });
    const completed = done(region);
    const [ktp, , akta] = [completed.services[0], completed.services[1], completed.services.find((s) => s.id === 'akta')!];
    const dukcapil = completed.agencies[0];
    expect(provenanceOf(completed, { service: 'ktp-el', figure: 'visitorsPerDay' }).kind).toBe('diisi');
    expect(visitorsPerDay(ktp, completed, dukcapil)).toBeCloseTo(ktp.visitorsPerDay * OLD_OFFICE_OPEN_SHARE, 9);
    expect(provenanceOf(completed, { service: 'akta', figure: 'visitorsPerDay' }).kind).not.toBe('diisi');
    expect(visitorsPerDay(akta, completed, dukcapil)).toBeCloseTo(akta.visitorsPerDay, 9);
  });
});
