// A deterministic synthetic region of N services, for measuring how the kit scales (no randomness:
// the same N gives the same region, byte for byte). Agencies grow with the services (4 services each
// on average, 1 to 7), so every per-agency and per-service structure grows linearly with N; a share
// of the agencies have explicit counters, estimates, standards, online services and names that need
// escaping, so the paths real regions take are all exercised.
//
// Library:  import { syntheticRegion } from './lib/synthetic-region.mjs'; syntheticRegion(20000)
// CLI:      node bench/lib/synthetic-region.mjs 20000 > /tmp/region.yaml   (YAML answers file)
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const KINDS = ['opd', 'instansi-vertikal', 'bumn', 'bumd', 'swasta', 'kantor-bersama', 'badan-hukum-publik'];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
/** Services of agency i: 1..7, averaging 4. */
const servicesOf = (i) => 1 + ((i * 5) % 7);

/** The answers (plain data, valid against schemas/region.schema.json) of a region with `serviceCount` services. */
export function syntheticRegion(serviceCount) {
  const agencies = [];
  const services = [];
  const counters = [];
  for (let i = 0; services.length < serviceCount; i++) {
    const n = i + 1;
    const id = `instansi-${n}`;
    const hostile = n % 50 === 0;
    agencies.push({
      id,
      name: hostile ? `<Dinas {A${n}}> "x" & 'y'` : `Dinas Layanan ${n}`,
      shortName: `D${n}`,
      kind: KINDS[i % KINDS.length],
      ...(i % 5 === 4 ? { estimate: true } : { plannedCounters: 1 + (i % 3) }),
    });
    const own = Math.min(servicesOf(i), serviceCount - services.length);
    const ownIds = [];
    for (let k = 0; k < own; k++) {
      const serviceId = `${id}-l${k + 1}`;
      ownIds.push(serviceId);
      const seed = i * 7 + k * 3;
      services.push({
        id: serviceId,
        agency: id,
        name: hostile && k === 0 ? `Izin <b>${n}</b> & "rekomendasi"` : `Layanan ${k + 1} Dinas ${n}`,
        category: seed % 4 === 0 ? 'perizinan' : 'non-perizinan',
        ...(seed % 3 === 0 ? {} : seed % 3 === 1 ? { visitorsPerDay: 10 + (seed % 90) } : { peakArrivalsPerHour: 2 + (seed % 12) }),
        ...(seed % 5 === 0 ? {} : { handlingMinutes: 4 + (seed % 18) }),
        ...(seed % 6 === 0 ? { online: true } : {}),
        ...(seed % 4 === 1 ? { standard: { requirements: ['KTP-el', 'Surat permohonan'], fee: { amount: 0 } } } : {}),
      });
    }
    // Every tenth agency gives its counters itself, one per two services.
    if (i % 10 === 3) {
      for (let c = 0; c * 2 < ownIds.length; c++) counters.push({ id: `${id}-loket-${c + 1}`, agency: id, services: ownIds.slice(c * 2, c * 2 + 2) });
    }
  }
  // Floors grow with the agencies (about 40 desks a floor), at most 50 floors of at most 1,000 m a side.
  const floorCount = Math.min(50, Math.max(1, Math.ceil(agencies.length / 40)));
  const side = Math.min(1000, 40 * Math.ceil(Math.sqrt(agencies.length / (40 * floorCount)) * 1.5));
  const floors = Array.from({ length: floorCount }, (_, f) => ({ id: `lt${f + 1}`, name: `Lantai ${f + 1}`, level: f + 1, width: side, depth: side, ...(f === 0 ? { entrance: true } : {}) }));
  return {
    schemaVersion: 1,
    region: { name: 'Sintetis', kind: 'kabupaten', province: 'Bali', slug: 'sintetis' },
    mpp: {
      name: 'MPP Sintetis',
      organiser: 'DPMPTSP',
      address: 'Jl. Contoh No. 1',
      openingHours: Object.fromEntries(DAYS.map((day) => [day, { open: '08:00', close: '15:00', breaks: [{ start: '12:00', end: '13:00' }] }])),
      floors,
      serviceLevel: { targetShare: 0.8, maxWaitMinutes: 15 },
      complaintChannels: [{ kind: 'sp4n-lapor' }],
    },
    agencies,
    services,
    ...(counters.length > 0 ? { counters } : {}),
    facilities: ['information-desk', 'ramp', 'accessible-toilet'],
  };
}

/** The answers file text of syntheticRegion(serviceCount). */
export function syntheticRegionYaml(serviceCount) {
  return stringify(syntheticRegion(serviceCount), { lineWidth: 0 });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2]);
  if (!Number.isInteger(count) || count < 1) {
    console.error('usage: node bench/lib/synthetic-region.mjs SERVICES');
    process.exit(2);
  }
  process.stdout.write(syntheticRegionYaml(count));
}
