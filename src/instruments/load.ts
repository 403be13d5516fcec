import instrumentSchema from '../../schemas/instrument.schema.json' with { type: 'json' };
import pekpppData from '../generated/data/instruments/pekppp.json' with { type: 'json' };
import ombudsmanData from '../generated/data/instruments/ombudsman.json' with { type: 'json' };
import kemenpanrbData from '../generated/data/instruments/kemenpanrb-mpp.json' with { type: 'json' };
import mappingData from '../generated/data/instruments/pekppp-mapping.json' with { type: 'json' };
import { loadChecklistSources } from '../checklist/sources.js';
import { ruleIndex } from '../checklist/rules.js';
import type { KemenpanrbInstrument, OmbudsmanInstrument, PekpppInstrument } from '../generated/instrument.types.js';
import type { PekpppMapping } from '../generated/mapping.types.js';
import { kemenpanrbProblems, mappingProblems, ombudsmanProblems, pekpppProblems } from './problems.js';

/** The official instruments as data (data/instruments/), and the kit's PEKPPP mapping. */
export interface Instruments {
  pekppp: PekpppInstrument;
  ombudsman: OmbudsmanInstrument;
  kemenpanrb: KemenpanrbInstrument;
  mapping: PekpppMapping;
}

export const INSTRUMENT_SCHEMA = instrumentSchema;
export const INSTRUMENT_FILES = { pekppp: 'pekppp.yaml', ombudsman: 'ombudsman.yaml', kemenpanrb: 'kemenpanrb-mpp.yaml', mapping: 'pekppp-mapping.yaml' } as const;

export type InstrumentData = { pekppp: unknown; ombudsman: unknown; kemenpanrb: unknown; mapping: unknown };

/** The cross-checks of problems.ts on data already in the schema's shape. */
export function crossCheckProblems(data: InstrumentData): string[] {
  const sources = loadChecklistSources();
  const rules = ruleIndex(sources.rules);
  const pekppp = data.pekppp as PekpppInstrument;
  return [
    ...pekpppProblems(pekppp, rules),
    ...ombudsmanProblems(data.ombudsman as OmbudsmanInstrument, rules),
    ...kemenpanrbProblems(data.kemenpanrb as KemenpanrbInstrument, rules),
    ...mappingProblems(data.mapping as PekpppMapping, pekppp, new Set(sources.catalogue.items.map((i) => i.id))),
  ];
}

let cached: Instruments | undefined;

/**
 * The shipped instruments, as the JSON scripts/gen-data.mjs makes of data/instruments/ (no YAML parse
 * at start-up). They are the package's own files, checked against their schema by the test suite
 * (test/instruments/data.test.ts, test/schemas/generated-data.test.ts); at run time only the cheap
 * cross-checks run, once per process. A problem is a bug in the kit, reported as a plain Error naming
 * every problem.
 */
export function loadInstruments(): Instruments {
  if (cached) return cached;
  const data: InstrumentData = { pekppp: pekpppData, ombudsman: ombudsmanData, kemenpanrb: kemenpanrbData, mapping: mappingData };
  let problems: string[];
  try {
    problems = crossCheckProblems(data);
  } catch (error) {
    problems = [`not in the shape of schemas/instrument.schema.json (${(error as Error).message})`];
  }
  if (problems.length > 0) throw new Error(`data/instruments is invalid: ${problems.join('; ')}`);
  cached = data as unknown as Instruments;
  return cached;
}
