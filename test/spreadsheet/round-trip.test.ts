import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { exportWorkbook, importWorkbook } from '../../src/spreadsheet/workbook.js';
import { exportCsv, importCsv } from '../../src/spreadsheet/csv.js';
import { regionArbitrary } from './arbitrary.js';

const RUNS = Number(process.env.FC_RUNS ?? 200);

function answersFiles(): string[] {
  const files = ['test/fixtures/minimal.yaml'];
  if (existsSync('examples')) {
    for (const dir of readdirSync('examples')) {
      const file = join('examples', dir, 'mpp.yaml');
      if (existsSync(file)) files.push(file);
    }
  }
  return files;
}

async function viaWorkbook(region: RegionAnswers): Promise<RegionAnswers> {
  const result = await importWorkbook(await exportWorkbook(region), { lang: 'en' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));
  return result.value;
}

function viaCsv(region: RegionAnswers, base: RegionAnswers): RegionAnswers {
  const result = importCsv(exportCsv(region), { lang: 'en', base });
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));
  return result.value;
}

describe('round trip: import(export(x)) deep-equals x', () => {
  for (const file of answersFiles()) {
    it(`xlsx and csv on ${file}`, async () => {
      const region = parse(readFileSync(file, 'utf8')) as RegionAnswers;
      expect(await viaWorkbook(region)).toEqual(region);
      expect(viaCsv(region, region)).toEqual(region);
      // Into a base without agencies and services: the CSV alone rebuilds them.
      const rebuilt = viaCsv(region, { ...region, agencies: [], services: [] });
      expect(rebuilt.services).toEqual(region.services);
      expect([...rebuilt.agencies].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...region.agencies].sort((a, b) => a.id.localeCompare(b.id)));
    });
  }

  it(`xlsx for generated regions (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(regionArbitrary, async (region) => {
        expect(await viaWorkbook(region)).toEqual(region);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it(`csv for generated regions (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(regionArbitrary, (region) => {
        expect(viaCsv(region, region)).toEqual(region);
        const rebuilt = viaCsv(region, { ...region, agencies: [], services: [] });
        expect(rebuilt.services).toEqual(region.services);
        expect(rebuilt.agencies.length).toBe(region.agencies.length);
      }),
      { numRuns: RUNS },
    );
  });

  it('exports the same bytes for the same region', async () => {
    const region = parse(readFileSync('test/fixtures/minimal.yaml', 'utf8')) as RegionAnswers;
    const first = await exportWorkbook(region);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(Buffer.from(await exportWorkbook(region)).equals(Buffer.from(first))).toBe(true);
    expect(exportCsv(region)).toBe(exportCsv(structuredClone(region)));
  });
});
