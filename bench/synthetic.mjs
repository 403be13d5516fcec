// Deterministic synthetic regions for the benchmarks (no randomness: the same size gives the same region).

/** A region of `agencyCount` agencies with 1-3 services each, loads up to ~10 Erlangs, floors growing with it. */
export function syntheticRegion(agencyCount, { servicesPerAgency } = {}) {
  const agencies = [];
  const services = [];
  for (let i = 0; i < agencyCount; i++) {
    const id = `agency-${i + 1}`;
    agencies.push({ id, name: `Instansi ${i + 1}`, shortName: `I${i + 1}`, kind: 'opd', plannedCounters: 1 + (i % 4) });
    const count = servicesPerAgency ?? 1 + (i % 3);
    for (let k = 0; k < count; k++) {
      services.push({
        id: `${id}-s${k + 1}`, agency: id, name: `Layanan ${k + 1}`, handlingMinutes: 5 + ((i * 7 + k * 3) % 20),
        ...(k % 2 === 0 ? { visitorsPerDay: 20 + ((i * 13 + k) % 120) } : { peakArrivalsPerHour: 2 + ((i * 5 + k) % 15) }),
        standard: k % 3 === 0 ? { requirements: ['KTP-el'], fee: { amount: 0 } } : undefined,
      });
    }
  }
  // Up to 10 floors that grow with the region (the schema allows 1,000 m a side).
  const floorCount = Math.min(10, Math.max(1, Math.ceil(agencyCount / 40)));
  const side = Math.min(1000, 40 * Math.ceil(Math.sqrt(agencyCount / (40 * floorCount)) * 1.5));
  const floors = Array.from({ length: floorCount }, (_, f) => ({ id: `lt${f + 1}`, name: `Lantai ${f + 1}`, level: f + 1, width: side, depth: side, ...(f === 0 ? { entrance: true } : {}) }));
  return JSON.parse(JSON.stringify({
    schemaVersion: 1,
    region: { name: 'Sintetis', kind: 'kabupaten', province: 'Bali', slug: 'sintetis' },
    mpp: {
      name: 'MPP Sintetis', organiser: 'DPMPTSP', address: 'Jl. Contoh',
      openingHours: { monday: { open: '08:00', close: '15:00' }, tuesday: { open: '08:00', close: '15:00' } },
      floors, serviceLevel: { targetShare: 0.8, maxWaitMinutes: 15 },
      complaintChannels: [{ kind: 'sp4n-lapor' }],
    },
    agencies, services,
    facilities: ['information-desk', 'ramp', 'accessible-toilet'],
  }));
}
