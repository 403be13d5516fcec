import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAjv } from '../../src/config/ajv.js';
import { BENCHMARKS_FILE, compareWithBenchmarks, loadBenchmarks } from '../../src/benchmarks/index.js';
import { sizeCounters } from '../../src/layout/sizing.js';
import { reviewRegion } from '../../src/review/review.js';
import { minimal, root } from '../layout/helpers.js';

const schema = JSON.parse(readFileSync(join(root, 'schemas/benchmarks.schema.json'), 'utf8')) as object;

describe('data/benchmarks.yaml', () => {
  const data = loadBenchmarks();

  it('validates against schemas/benchmarks.schema.json', () => {
    const validate = createAjv().compile(schema);
    const ok = validate(parse(readFileSync(BENCHMARKS_FILE, 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('every benchmark has a source and a sane band; ids are unique; checks name existing benchmarks of their own figure', () => {
    const ids = data.benchmarks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of data.benchmarks) {
      expect(b.source.length, b.id).toBeGreaterThan(5);
      expect(b.low, b.id).toBeLessThanOrEqual(b.high);
    }
    for (const check of data.checks) {
      for (const id of check.benchmarks) {
        const benchmark = data.benchmarks.find((b) => b.id === id);
        expect(benchmark, `${check.id} -> ${id}`).toBeDefined();
        expect(benchmark?.figure).toBe(check.figure);
      }
      if (check.compare === 'outside') expect(check.farBelow !== undefined || check.farAbove !== undefined).toBe(true);
    }
  });
});

describe('a region far outside the benchmarks', () => {
  const region = minimal();
  // 0.5 minutes at a counter; 50,000 visitors a day in total; 60 visitors on 10 counters.
  region.services[0] = { ...region.services[0], visitorsPerDay: 50_000, handlingMinutes: 0.5 };
  region.agencies[1] = { ...region.agencies[1], plannedCounters: 10 };
  region.services[1] = { ...region.services[1], peakArrivalsPerHour: undefined, visitorsPerDay: 60 };
  delete region.services[1].peakArrivalsPerHour;

  it('is compared figure by figure, each deviation naming its benchmarks', () => {
    const found = compareWithBenchmarks(region, loadBenchmarks());
    const by = (check: string) => found.filter((d) => d.check === check);
    expect(by('mpp-visitors-per-day')[0]?.direction).toBe('above');
    expect(by('handling-minutes').map((d) => d.path)).toEqual(['services[0].handlingMinutes']);
    expect(by('visitors-per-counter').map((d) => d.path)).toEqual(['agencies[1].plannedCounters']);
  });

  it('the sizing warns with the benchmark named, in both languages', () => {
    const warnings = sizeCounters(region).warnings.filter((w) => w.code === 'outside-benchmark');
    const text = warnings.map((w) => w.message.id).join('\n');
    expect(text).toContain('Siola');
    expect(text).toContain('garuda.kemdikbud.go.id');
    expect(warnings.find((w) => w.path === 'agencies[1].plannedCounters')?.message.en).toContain('Jepara');
  });

  it('the review reports them under capacity', () => {
    const review = reviewRegion(region);
    const findings = review.findings.filter((f) => f.code === 'figure-outside-benchmark');
    expect(findings.map((f) => f.path)).toContain('services[0].handlingMinutes');
    expect(findings.every((f) => f.category === 'kapasitas')).toBe(true);
    expect(findings[0].message.en.length).toBeGreaterThan(20);
  });
});
