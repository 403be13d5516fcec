import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import type { CompletedRegion } from '../../src/config/completed-region.js';
import { done } from '../helpers/complete.js';

export const root = join(import.meta.dirname, '..', '..');

export function rawAnswers(relPath: string): RegionAnswers {
  return parse(readFileSync(join(root, relPath), 'utf8')) as RegionAnswers;
}

/** An answers file as the planning reads it: validated and completed. */
export function loadAnswers(relPath: string): CompletedRegion {
  return done(rawAnswers(relPath));
}

export function minimal(): CompletedRegion {
  return loadAnswers('test/fixtures/minimal.yaml');
}

/**
 * A synthetic region of `n` agencies with 1-3 services each (deterministic, no random): loads
 * from under 1 to about 10 Erlangs, a few agencies without demand, two floors.
 */
export function syntheticRegion(n: number, floorWidth = 40, floorDepth = 30): CompletedRegion {
  const base = rawAnswers('test/fixtures/minimal.yaml');
  const agencies: RegionAnswers['agencies'] = [];
  const services: RegionAnswers['services'] = [];
  for (let i = 0; i < n; i++) {
    const id = `agency-${i + 1}`;
    agencies.push({ id, name: `Instansi ${i + 1}`, shortName: `I${i + 1}`, kind: 'opd', plannedCounters: 1 + (i % 4) });
    const count = 1 + (i % 3);
    for (let k = 0; k < count; k++) {
      const noDemand = i % 11 === 10;
      services.push({
        id: `${id}-s${k + 1}`,
        agency: id,
        name: `Layanan ${k + 1}`,
        handlingMinutes: 5 + ((i * 7 + k * 3) % 20),
        ...(noDemand ? { visitorsPerDay: 0 } : k % 2 === 0 ? { visitorsPerDay: 20 + ((i * 13 + k) % 120) } : { peakArrivalsPerHour: 2 + ((i * 5 + k) % 15) }),
      });
    }
  }
  return done({
    ...base,
    mpp: {
      ...base.mpp,
      floors: [
        { id: 'lt1', name: 'Lantai 1', level: 1, width: floorWidth, depth: floorDepth, entrance: true },
        { id: 'lt2', name: 'Lantai 2', level: 2, width: floorWidth, depth: floorDepth },
      ],
    },
    agencies,
    services,
  });
}
