import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import type { CompletedRegion } from '../../src/config/completed-region.js';
import { done } from '../helpers/complete.js';

export const root = join(import.meta.dirname, '..', '..');

export function rawYaml(path: string): RegionAnswers {
  return parse(readFileSync(join(root, path), 'utf8')) as RegionAnswers;
}

/** An answers file as the planning reads it: validated and completed. */
export function loadYaml(path: string): CompletedRegion {
  return done(rawYaml(path));
}

export function minimal(): CompletedRegion {
  return loadYaml('test/fixtures/minimal.yaml');
}

/** test/fixtures/minimal.yaml and every examples/<name>/mpp.yaml present. */
export function allInputs(): Array<[string, CompletedRegion]> {
  const out: Array<[string, CompletedRegion]> = [['test/fixtures/minimal.yaml', minimal()]];
  const dir = join(root, 'examples');
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      const file = join('examples', name, 'mpp.yaml');
      if (existsSync(join(root, file))) out.push([file, loadYaml(file)]);
    }
  }
  return out;
}

/** A copy of the minimal region with hostile names everywhere a name can go. */
export function hostile(): CompletedRegion {
  const region = rawYaml('test/fixtures/minimal.yaml');
  region.region.name = '<script>alert(1)</script> {A}';
  region.mpp.name = 'MPP <Dinas {A}> `x` --- # y';
  region.mpp.organiser = '= 1+1 @org';
  region.agencies[0].name = '<Dinas {A}> </svg> "q" \'s\'';
  region.agencies[0].shortName = '{B}';
  region.services[0].name = '# KTP <b>{x}</b> `code` | a | ---';
  region.services[0].standard = {
    requirements: ['<img src=x onerror=alert(1)>', '{props.x}', '- item', '= SUM(A1)'],
    procedure: ['1. step {one}', '</svg>'],
    product: '[link](javascript:alert(1))',
    fee: { amount: 15000, note: '*per* {unit}' },
    complaints: 'import x from "y"',
    legalBasis: ['export const a = 1'],
  };
  return done(region);
}
