import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import type { CompletedRegion } from '../../src/config/completed-region.js';
import { done } from '../helpers/complete.js';

export const root = join(import.meta.dirname, '..', '..');

export function readYaml<T>(relPath: string): T {
  return parse(readFileSync(join(root, relPath), 'utf8')) as T;
}

export function minimalRegion(): CompletedRegion {
  return done(readYaml<RegionAnswers>('test/fixtures/minimal.yaml'));
}

/** Names that must render as text in every format. */
export const HOSTILE_NAMES = [
  '<script>alert("x")</script> Dinas {A}',
  '=HYPERLINK("http://evil") `tick` --- # x',
  '</svg> & \'quote\' | pipe *star* [link](y)',
  '+62 @admin -1',
];

/** The minimal answers with hostile agency and service names (ids stay valid). */
export function hostileAnswers(): RegionAnswers {
  const region = readYaml<RegionAnswers>('test/fixtures/minimal.yaml');
  region.agencies = HOSTILE_NAMES.map((name, i) => ({ id: `hostile-${i + 1}`, name, kind: 'opd', plannedCounters: 1 }));
  region.services = HOSTILE_NAMES.map((name, i) => ({
    id: `svc-${i + 1}`,
    agency: `hostile-${i + 1}`,
    name: `${name} service`,
    category: i === 0 ? 'perizinan' : 'non-perizinan',
    visitorsPerDay: 10,
    handlingMinutes: 5,
  }));
  region.mpp.organiser = 'DPMPTSP <b>{org}</b>';
  region.region.name = 'Contoh <i>&amp;</i>';
  return region;
}

/** The hostile answers, validated and completed. */
export function hostileRegion(): CompletedRegion {
  return done(hostileAnswers());
}
