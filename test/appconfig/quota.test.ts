import { describe, expect, it } from 'vitest';
import { dailyQuotas, counterShares } from '../../src/appconfig/quota.js';
import { effectiveCounters } from '../../src/config/counters.js';
import { minimal, rawYaml } from './helpers.js';
import { done } from '../helpers/complete.js';

describe('dailyQuotas on the minimal fixture', () => {
  const region = minimal();
  const quotas = dailyQuotas(region, effectiveCounters(region));

  it('ktp-el: 2 dukcapil counters, 10 min handling', () => {
    // Monday 08:00-15:00 minus 12:00-13:00 = 360 min: floor(2 x 360 / 10) = 72, online floor(72 x 0.3) = 21
    // Tuesday 08:00-15:00 = 420 min: floor(2 x 420 / 10) = 84, online floor(84 x 0.3) = 25
    const ktp = quotas.find((q) => q.service === 'ktp-el');
    expect(ktp).toMatchObject({ agency: 'dukcapil', counterShare: 2, countersServing: ['dukcapil-1', 'dukcapil-2'], onlineBooking: true });
    expect(ktp?.perDay).toEqual([
      { day: 'monday', serviceMinutes: 360, total: 72, online: 21, walkIn: 51 },
      { day: 'tuesday', serviceMinutes: 420, total: 84, online: 25, walkIn: 59 },
    ]);
  });

  it('pkb: 1 samsat counter, 6 min handling', () => {
    // floor(1 x 360 / 6) = 60 (online 18); floor(1 x 420 / 6) = 70 (online 21)
    const pkb = quotas.find((q) => q.service === 'pkb');
    expect(pkb?.perDay.map((d) => [d.total, d.online, d.walkIn])).toEqual([[60, 18, 42], [70, 21, 49]]);
  });
});

describe('shared counters are split by workload', () => {
  // two services on the same 3 counters: a = 100 visitors x 6 min = 600, b = 50 x 12 = 600 -> half each
  // c = 0 visitors on its own counter
  const raw = rawYaml('test/fixtures/minimal.yaml');
  raw.mpp.onlineBookingShare = 0.5;
  raw.services = [
    { id: 'a', agency: 'dukcapil', name: 'A', visitorsPerDay: 100, handlingMinutes: 6 },
    { id: 'b', agency: 'dukcapil', name: 'B', visitorsPerDay: 50, handlingMinutes: 12, online: false },
    { id: 'c', agency: 'samsat', name: 'C', visitorsPerDay: 0, handlingMinutes: 5 },
  ];
  raw.counters = [
    { id: 'k1', agency: 'dukcapil', services: ['a', 'b'] },
    { id: 'k2', agency: 'dukcapil', services: ['a', 'b'] },
    { id: 'k3', agency: 'dukcapil', services: ['a', 'b'] },
    { id: 'k4', agency: 'samsat', services: ['c'] },
  ];
  const region = done(raw);

  it('gives each service its share of the counters', () => {
    const shares = counterShares(region.counters!, region.services, region);
    expect(shares.get('a')?.share).toBeCloseTo(1.5, 12);
    expect(shares.get('b')?.share).toBeCloseTo(1.5, 12);
    expect(shares.get('c')?.share).toBe(1);
  });

  it('computes the quota from the share; online 0 when the service says online: false', () => {
    const quotas = dailyQuotas(region, region.counters!);
    // a, Monday: floor(1.5 x 360 / 6) = 90, online floor(90 x 0.5) = 45
    // b, Monday: floor(1.5 x 360 / 12) = 45, online 0 (online: false)
    // c, Monday: floor(1 x 360 / 5) = 72, online 36
    expect(quotas.map((q) => [q.service, q.perDay[0].total, q.perDay[0].online])).toEqual([
      ['a', 90, 45],
      ['b', 45, 0],
      ['c', 72, 36],
    ]);
  });

  it('splits equally when every workload on a counter is zero', () => {
    const zero = structuredClone(region);
    for (const s of zero.services) s.visitorsPerDay = 0;
    const shares = counterShares(zero.counters!, zero.services, zero);
    expect(shares.get('a')?.share).toBeCloseTo(1.5, 12);
  });

  it('does not lose a ticket to floating point: 3 counters split 3 ways give 1 counter each', () => {
    const raw3 = rawYaml('test/fixtures/minimal.yaml');
    raw3.services = ['x', 'y', 'z'].map((id) => ({ id, agency: 'dukcapil', name: id, visitorsPerDay: 10, handlingMinutes: 10 }));
    raw3.counters = ['k1', 'k2', 'k3'].map((id) => ({ id, agency: 'dukcapil', services: ['x', 'y', 'z'] }));
    const three = done(raw3);
    // each service: share 3 x 1/3 = 1 (0.9999999999999999 in binary), Monday floor(1 x 360 / 10) = 36
    const quotas = dailyQuotas(three, three.counters!);
    expect(quotas.map((q) => q.perDay[0].total)).toEqual([36, 36, 36]);
  });
});
