import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTypicalServices, TYPICAL_SERVICES_FILE } from '../../src/complete/catalogue.js';
import { parseTypicalServices } from '../../src/complete/catalogue-check.js';
import { normalizeName } from '../../src/complete/match.js';
import type { Figure } from '../../src/generated/typical-services.types.js';

describe('data/typical-services.yaml', () => {
  const catalogue = loadTypicalServices();
  const figures = (): Array<[string, Figure]> => [
    ['referenceDailyVisitors', catalogue.referenceDailyVisitors],
    ...catalogue.services.flatMap((s): Array<[string, Figure]> => [[`${s.id}.handlingMinutes`, s.handlingMinutes], [`${s.id}.demandShare`, s.demandShare]]),
  ];

  it('validates against its schema and has unique ids (the kit reads it without checking at run time)', () => {
    expect(parseTypicalServices(readFileSync(TYPICAL_SERVICES_FILE, 'utf8'))).toEqual(catalogue);
    expect(catalogue.services.length).toBeGreaterThan(20);
    expect(new Set(catalogue.services.map((s) => s.id)).size).toBe(catalogue.services.length);
  });

  it('gives every figure a source (title and address or publisher) or marks it a kit assumption, always with a rationale in both languages', () => {
    for (const [path, f] of figures()) {
      expect(f.rationale.id.length, path).toBeGreaterThan(10);
      expect(f.rationale.en.length, path).toBeGreaterThan(10);
      if (f.basis === 'sumber') {
        expect(f.sources?.length, path).toBeGreaterThan(0);
        for (const s of f.sources ?? []) expect(s.url ?? s.publisher, path).toBeTruthy();
      } else expect(f.basis, path).toBe('asumsi-kit');
    }
    expect(figures().filter(([, f]) => f.basis === 'sumber').length).toBeGreaterThan(5);
  });

  it('covers the typical MPP services the kit must recognise', () => {
    const ids = new Set(catalogue.services.map((s) => s.id));
    for (const id of ['ktp-el', 'kartu-keluarga', 'akta-kelahiran', 'samsat', 'sim', 'skck', 'bpjs-kesehatan', 'bpjs-ketenagakerjaan', 'paspor', 'nib-oss', 'pajak-daerah', 'air-minum', 'listrik', 'bank']) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('keeps the demand shares of the service kinds within the reference MPP (at most 1 together)', () => {
    const byName = catalogue.services.filter((s) => s.keywords.length > 0);
    const sum = byName.reduce((total, s) => total + s.demandShare.value, 0);
    expect(sum).toBeLessThanOrEqual(1);
    for (const s of catalogue.services) expect(s.demandShare.value, s.id).toBeLessThan(0.5);
  });

  it('writes every keyword in the normalized form the matcher compares', () => {
    for (const s of catalogue.services) for (const k of [...s.keywords, ...(s.agencyKeywords ?? [])]) expect(normalizeName(k), `${s.id}: ${k}`).toBe(k);
    for (const rule of catalogue.agencyKinds) for (const k of rule.keywords) expect(normalizeName(k), k).toBe(k);
  });

  it('refuses a catalogue figure said to be sourced without a source', () => {
    const text = readFileSync(TYPICAL_SERVICES_FILE, 'utf8').replace(/basis: sumber\n(\s+)sources:/, 'basis: sumber\n$1sourcesX:');
    expect(() => parseTypicalServices(text)).toThrow(/typical-services/);
  });
});
