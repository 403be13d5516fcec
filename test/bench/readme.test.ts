/**
 * The README's performance sections come from the bench's results (bench/lib/readme.mjs): the
 * markers are there once each, the committed sections are what the committed results render to, and
 * the renderer's format holds for any results. Only the format is checked, never a timing.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// @ts-expect-error plain ESM script without type declarations
import { MARKERS, renderEnglish, renderIndonesian, replaceSections } from '../../bench/lib/readme.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

const s = (median: number) => ({ min: median * 0.9, median, max: median * 1.2, runs: 3 });
/** Results of the shape bench/run.mjs writes, with made-up figures (the format is under test). */
const RESULTS = {
  machine: { cpus: 2, model: 'Test CPU', node: 'v20.0.0', memoryGiB: 8, os: 'Linux 6', loadAverage: [1, 1, 1] },
  measuredOn: '2026-01-01',
  quick: false,
  whole: {
    pairs: 3,
    memoryRuns: 1,
    notes: ['mpp simulate: not measured (this kit has no simulate command yet)'],
    rows: [
      { key: "mpp review / node -e ''", pairs: 3, a: { label: 'mpp review examples/badung/mpp.yaml', ...s(300), memoryMb: 70 }, b: { label: "node -e ''", ...s(80), memoryMb: 40 }, ratio: s(3.75) },
      { key: "mpp validate / node -e ''", pairs: 3, a: { label: 'mpp validate examples/badung/mpp.yaml', ...s(200), memoryMb: 60 }, b: { label: "node -e ''", ...s(81), memoryMb: 40 }, ratio: s(2.5) },
    ],
  },
  scaling: {
    sizes: [1000, 20000],
    rows: [
      { services: 1000, load: s(100), validate: s(20), plan: s(50), render: s(900), ratio: { load: 1, validate: 1, plan: 1, render: 1 }, newMemoryMb: 150 },
      { services: 20000, load: s(2100), validate: s(400), plan: s(1100), render: s(19000), ratio: { load: 1.05, validate: 1, plan: 1.1, render: 1.06 }, newMemoryMb: 500 },
    ],
  },
};

describe('README performance sections', () => {
  test('each section has its start and end marker exactly once, start first', () => {
    for (const [start, end] of Object.values(MARKERS) as Array<[string, string]>) {
      expect(readme.split(start)).toHaveLength(2);
      expect(readme.split(end)).toHaveLength(2);
      expect(readme.indexOf(start)).toBeLessThan(readme.indexOf(end));
    }
    // the Indonesian summary comes first, as everywhere in the README
    expect(readme.indexOf(MARKERS.id[0])).toBeLessThan(readme.indexOf(MARKERS.en[0]));
  });

  test('the committed sections are what bench/results.json renders to', () => {
    const results = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8'));
    expect(replaceSections(readme, results)).toBe(readme);
  });

  test('the English section: machine, a row per command, a ratio per pair, the scaling table, notes', () => {
    const text: string = renderEnglish(RESULTS);
    expect(text).toContain('2 CPUs (Test CPU), 8 GiB, node v20.0.0');
    expect(text).toContain('| `mpp review examples/badung/mpp.yaml` | 300 ms (270 ms–360 ms) | 70 MB |');
    // the baseline shared by two pairs is listed once
    expect(text.split("| `node -e ''` |")).toHaveLength(2);
    expect(text).toContain("| mpp review / node -e '' | 3.75 | 3.38–4.50 |");
    expect(text).toContain('| 1,000 | 100 ms | 20.0 ms | 50.0 ms | 900 ms | baseline | 150 MB |');
    expect(text).toContain('| 20,000 | 2.10 s | 400 ms | 1.10 s | 19.00 s | 1.05 / 1.00 / 1.10 / 1.06 | 500 MB |');
    expect(text).toContain('\n\nmpp simulate: not measured (this kit has no simulate command yet).\n');
    expect(text).toContain('Docs build: not measured yet');
    // every table row has as many cells as its header
    for (const table of text.split('\n\n').filter((block) => block.startsWith('|'))) {
      const widths = table.split('\n').map((line) => line.split('|').length);
      expect(new Set(widths).size, table).toBe(1);
    }
  });

  test('the Indonesian summary: ratios with a decimal comma, what was not measured said so', () => {
    const text: string = renderIndonesian(RESULTS);
    expect(text).toContain("`mpp review` / `node -e ''`: 3,75");
    expect(text).toContain('`mpp new` / `yo mpp` (Badung): belum diukur');
    expect(text).toContain('1.000 → 20.000 layanan');
    expect(text).toContain('1,05 / 1,00 / 1,10 / 1,06; memori puncak `mpp new` 500 MB');
  });

  test('a README without the markers is refused, never half-written', () => {
    expect(() => replaceSections('# Title\n', RESULTS)).toThrow(/expected one/);
    const doubled = `${MARKERS.id[0]}\n${MARKERS.id[1]}\n${MARKERS.id[0]}\n${MARKERS.id[1]}\n${MARKERS.en[0]}\n${MARKERS.en[1]}\n`;
    expect(() => replaceSections(doubled, RESULTS)).toThrow(/expected one/);
  });
});
