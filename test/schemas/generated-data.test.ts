import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAjv } from '../../src/config/ajv.js';
import { checklistValidators } from '../../src/checklist/schemas.js';
import { loadChecklistSources } from '../../src/checklist/sources.js';
import { registryProblems } from '../../src/checklist/rules.js';
import { defaultReviewWeights } from '../../src/review/weights.js';
import { parseReviewWeights } from '../../src/review/weights-check.js';
import { loadTypicalServices } from '../../src/complete/catalogue.js';
import { parseTypicalServices } from '../../src/complete/catalogue-check.js';
import { loadChangelog } from '../../src/deployment/upgrade/changelog-source.js';
import { changelogErrors } from '../../src/deployment/upgrade/changelog-check.js';
import { loadInstruments } from '../../src/instruments/load.js';
import { instrumentProblems } from '../../src/instruments/check.js';
import { typicalAgencies } from '../../src/interview/typical-agencies.js';
import { validate as regionValidator } from '../../src/generated/region.validator.js';
// @ts-expect-error plain ESM script without types
import { targets, generate, dataErrors } from '../../scripts/gen-data.mjs';
import { ROOT } from '../helpers/cli.js';

type Target = { data: string; schema: string; out: string };
const all = targets as Target[];
const yaml = (path: string): unknown => parse(readFileSync(join(ROOT, path), 'utf8'));
const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** Every YAML file below data/, relative to the package root. */
function dataFiles(dir = 'data'): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? dataFiles(`${dir}/${entry.name}`) : entry.name.endsWith('.yaml') ? [`${dir}/${entry.name}`] : [],
  );
}

describe('the kit\'s data files, checked at build and test time (read as generated JSON at run time)', () => {
  it('every data file has a schema and a generated JSON module', () => {
    expect(all.map((t) => t.data).sort()).toEqual(dataFiles().sort());
  });

  const ajv = createAjv();
  ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schemas/region.schema.json'), 'utf8')));
  for (const target of all) {
    it(`${target.data} is valid against ${target.schema} (compiled here from the schema), and ${target.out} is up to date`, () => {
      const schema = JSON.parse(readFileSync(join(ROOT, target.schema), 'utf8')) as { $id: string };
      const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
      expect(validate(yaml(target.data)), JSON.stringify(validate.errors)).toBe(true);
      expect(dataErrors(target)).toEqual([]);
      expect(readFileSync(join(ROOT, target.out), 'utf8')).toBe(generate(target));
      expect(json(target.out)).toEqual(yaml(target.data));
    });
  }

  it('the loaders give exactly the data files, and pass the checks the schemas cannot express', () => {
    const { catalogue, rules } = loadChecklistSources();
    expect(catalogue).toEqual(yaml('data/checklist-catalogue.yaml'));
    expect(rules).toEqual(yaml('data/rules.yaml'));
    expect(registryProblems(rules)).toEqual([]);
    expect(defaultReviewWeights()).toEqual(parseReviewWeights(readFileSync(join(ROOT, 'data/review-weights.yaml'), 'utf8')));
    expect(loadTypicalServices()).toEqual(parseTypicalServices(readFileSync(join(ROOT, 'data/typical-services.yaml'), 'utf8')));
    expect(loadChangelog()).toEqual(yaml('data/changelog.yaml'));
    expect(changelogErrors(loadChangelog())).toEqual([]);
    const instruments = loadInstruments();
    expect(instruments.pekppp).toEqual(yaml('data/instruments/pekppp.yaml'));
    expect(instruments.mapping).toEqual(yaml('data/instruments/pekppp-mapping.yaml'));
    expect(instrumentProblems(instruments)).toEqual([]);
    expect(typicalAgencies()).toEqual((yaml('data/typical-agencies.yaml') as { agencies: unknown }).agencies);
  });
});

describe('the precompiled validators judge as a validator compiled from the schema does', () => {
  it('accepts the examples and rejects a broken copy with the same errors', () => {
    const ajv = createAjv();
    const compiled = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/region.schema.json'), 'utf8')));
    const badung = yaml('examples/badung/mpp.yaml') as { services: Array<Record<string, unknown>> };
    expect(regionValidator(badung)).toBe(true);
    const broken = structuredClone(badung);
    broken.services[0].handlingMinutes = -3;
    broken.services[1].unknownField = 'x';
    expect(regionValidator(broken)).toBe(false);
    expect(compiled(broken)).toBe(false);
    expect((regionValidator as unknown as { errors: unknown }).errors).toEqual(compiled.errors);
  });

  it('the checklist catalogue validator rejects an item without a phase', () => {
    const { catalogue: validate } = checklistValidators();
    const catalogue = structuredClone(yaml('data/checklist-catalogue.yaml')) as { items: Array<Record<string, unknown>> };
    delete catalogue.items[0].phase;
    expect(validate(catalogue)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/items/0', keyword: 'required', params: { missingProperty: 'phase' } });
  });
});
