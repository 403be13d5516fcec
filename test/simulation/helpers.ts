import type { SimModel } from '../../src/simulation/model.js';

/**
 * A hand-built model of one agency with one pool of `counters` counters, Poisson arrivals at a
 * constant `perMinute` over a whole day (00:00-24:00, no breaks, no quota): a stationary M/M/c queue.
 */
export function mmcModel(perMinute: number, meanMinutes: number, counters: number): SimModel {
  const open = 0;
  const close = 24 * 60;
  const slots = [];
  for (let start = open; start < close; start += 60) slots.push({ start, end: start + 60, share: 60 / (close - open) });
  return {
    mpp: 'M/M/c',
    days: [{ day: 'monday', weekdays: ['monday'], open, close, breaks: [], presence: [{ from: open, to: close, scale: 1, slots }] }],
    pools: [{ id: 'a', label: 'A', kind: 'agency', agency: 'a', counters }],
    agencies: [
      {
        id: 'a',
        label: 'A',
        mode: 'penuh',
        pools: [0],
        demandEstimated: false,
        countersEstimated: false,
        services: [{ id: 's', name: 'S', stages: [{ name: 'S', pool: 0, minutes: meanMinutes }], paymentStage: false, visitorsPerDay: perMinute * (close - open), quota: {} }],
      },
    ],
    priorityShare: 0,
    priorityShareGiven: true,
    serviceLevel: { targetShare: 0.8, maxWaitMinutes: 15 },
    seats: { building: 0, floors: [] },
    whatIf: [],
    estimates: { loadOnEstimates: 0, mpp: [] },
  };
}
