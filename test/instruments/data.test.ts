import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInstruments } from '../../src/instruments/load.js';
import { instrumentProblems, readInstrumentFiles } from '../../src/instruments/check.js';

const root = join(import.meta.dirname, '..', '..');

type Data = ReturnType<typeof readInstrumentFiles>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function altered(change: (data: Loose) => void): Data {
  const data = structuredClone(readInstrumentFiles()) as Loose;
  change(data);
  return data;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('instruments as data (data/instruments/)', () => {
  it('validates against schemas/instrument.schema.json and passes every cross-check', () => {
    expect(instrumentProblems(readInstrumentFiles())).toEqual([]);
    const instruments = loadInstruments();
    expect(instruments.pekppp.aspects.map((a) => [a.no, a.weight])).toEqual([['I', 24], ['II', 25], ['III', 18], ['IV', 11], ['V', 10], ['VI', 12], ['VII', 0]]);
    expect(instruments.pekppp.indicators).toHaveLength(31);
    expect(instruments.pekppp.indicators[30]).toMatchObject({ no: 31, weight: 0, aspect: 'tambahan' });
    expect(instruments.ombudsman.models.map((m) => m.parts.map((p) => p.weight))).toEqual([[21.85, 32.37, 24.24, 21.54], [70, 30]]);
    expect(instruments.kemenpanrb.prima.map((p) => [p.year, p.count, p.of])).toEqual([[2023, 10, 163], [2024, 21, 175]]);
  });

  it('rejects a figure without a source, wherever it is', () => {
    const cases: Array<[string, (d: Loose) => void]> = [
      ['aspect weight', (d) => delete d.pekppp.aspects[0].source],
      ['indicator weight', (d) => delete d.pekppp.indicators[4].source],
      ['level texts', (d) => delete d.pekppp.indicators[0].levels.source],
      ['evidence list', (d) => delete d.pekppp.indicators[20].evidence.source],
      ['grade ladder', (d) => delete d.pekppp.grades.source],
      ['Ombudsman dimension weight', (d) => delete d.ombudsman.models[0].parts[1].source],
      ['Ombudsman 2021 zones', (d) => delete d.ombudsman.models[0].bands.source],
      ['Opini Ombudsman split', (d) => delete d.ombudsman.models[1].parts[0].source],
      ['Prima count', (d) => delete d.kemenpanrb.prima[1].source],
      ['empty source list', (d) => (d.pekppp.aspects[2].source = [])],
    ];
    for (const [what, change] of cases) {
      const problems = instrumentProblems(altered(change));
      expect(problems.length, what).toBeGreaterThan(0);
      expect(problems.join('\n'), what).toMatch(/source|minItems/);
    }
  });

  it('rejects a source that is not listed, and a listed source nothing cites', () => {
    expect(instrumentProblems(altered((d) => (d.pekppp.aspects[0].source = ['nowhere'])))).toContain('pekppp.aspects[0]: unknown source nowhere');
    const unused = instrumentProblems(altered((d) => d.ombudsman.sources.push({ id: 'extra', title: 'x', where: 'y' })));
    expect(unused).toContain('ombudsman: source extra is listed but no figure cites it');
  });

  it('rejects figures that do not add up and rules that are replaced or unknown', () => {
    expect(instrumentProblems(altered((d) => (d.pekppp.aspects[0].weight = 30)))).toContain('pekppp.aspects: weights add up to 106, not 100');
    expect(instrumentProblems(altered((d) => (d.pekppp.indicators[0].weight = 20))).join()).toMatch(/kebijakan: indicator weights add up to 103/);
    expect(instrumentProblems(altered((d) => (d.ombudsman.models[1].parts[1].weight = 20))).join()).toMatch(/part weights add up to 90/);
    expect(instrumentProblems(altered((d) => (d.ombudsman.models[0].basis = ['perombudsman-17-2015'])))).toContain('ombudsman.kepatuhan-2023.basis: cites perombudsman-17-2015, which is replaced');
    expect(instrumentProblems(altered((d) => (d.pekppp.grades.bands[8].min = 0.5))).join()).toMatch(/last band must start at 0/);
    expect(instrumentProblems(altered((d) => (d.mapping.indicators[0].ladder[0].items = ['no-such-item']))).join()).toMatch(/unknown checklist item no-such-item/);
  });

  it('marks what the domain reference leaves unverified as toConfirm', () => {
    const { pekppp, ombudsman, kemenpanrb } = loadInstruments();
    expect(pekppp.grades.toConfirm).toBe(true);
    // Indicator 1's levels agree across two sources; the others come from one regional tool.
    expect(pekppp.indicators[0].levels?.toConfirm).toBeUndefined();
    for (const indicator of pekppp.indicators.slice(1)) if (indicator.levels) expect(indicator.levels.toConfirm, String(indicator.no)).toBe(true);
    // No source gives the level texts of indicators 18-31: none is invented.
    expect(pekppp.indicators.filter((i) => !i.levels).map((i) => i.no)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);
    expect(pekppp.notes?.find((n) => n.text.en.includes('combines'))?.toConfirm).toBe(true);
    expect(ombudsman.models[1].bands).toBeUndefined();
    expect(ombudsman.models[1].notes?.some((n) => n.toConfirm === true && /edges/.test(n.text.en))).toBe(true);
    expect(kemenpanrb.notes?.some((n) => n.toConfirm === true)).toBe(true);
  });

  it('keeps the figures out of the TypeScript code', () => {
    const { pekppp, ombudsman } = loadInstruments();
    const figures = [...ombudsman.models.flatMap((m) => m.parts.map((p) => p.weight)), ...pekppp.grades.bands.map((b) => b.min)].filter((n) => !Number.isInteger(n));
    expect(figures.length).toBeGreaterThan(5);
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const figure of figures) expect(text.includes(String(figure)), `${file} holds ${figure}`).toBe(false);
    }
  });
});
