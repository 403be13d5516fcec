import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistValidators } from '../../src/checklist/schemas.js';
import { loadChecklistSources } from '../../src/checklist/sources.js';
import { citationText, registryProblems, ruleIndex } from '../../src/checklist/rules.js';
import type { RulesRegistry } from '../../src/generated/rules.types.js';
import type { ChecklistCatalogue } from '../../src/generated/catalogue.types.js';
import { readYaml, root } from './helpers.js';

describe('rules registry (data/rules.yaml)', () => {
  const registry = readYaml<RulesRegistry>('data/rules.yaml');
  const rules = ruleIndex(registry);

  it('is valid against schemas/rules.schema.json and consistent', () => {
    const { rules: validate } = checklistValidators();
    expect(validate(registry), JSON.stringify(validate.errors)).toBe(true);
    expect(registryProblems(registry)).toEqual([]);
  });

  it('covers the rules of the domain reference with number, year and status', () => {
    const expected: Record<string, string> = {
      'uu-25-2009': 'UU 25/2009',
      'perpres-89-2021': 'Perpres 89/2021',
      'permenpanrb-92-2021': 'PermenPANRB 92/2021',
      'permenpanrb-15-2014': 'PermenPANRB 15/2014',
      'permenpanrb-14-2017': 'PermenPANRB 14/2017',
      'permenpanrb-13-2017': 'PermenPANRB 13/2017',
      'permenpanrb-29-2022': 'PermenPANRB 29/2022',
      'permenpanrb-90-2021': 'PermenPANRB 90/2021',
      'pedoman-menpanrb-7-2022': 'Pedoman MenPANRB 7/2022',
      'perombudsman-22-2016': 'Peraturan Ombudsman 22/2016',
      'perombudsman-61-2025': 'Peraturan Ombudsman 61/2025',
      'perpres-76-2013': 'Perpres 76/2013',
      'permenpanrb-16-2017': 'PermenPANRB 16/2017',
      'permenkes-15-2013': 'Permenkes 15/2013',
      'pedoman-menpanrb-5-2023': 'Pedoman MenPANRB 5/2023',
      'pedoman-menpanrb-5-2022': 'Pedoman MenPANRB 5/2022',
      'pp-28-2025': 'PP 28/2025',
      'uu-8-2016': 'UU 8/2016',
      'pp-42-2020': 'PP 42/2020',
      'permenpupr-14-2017': 'PermenPUPR 14/PRT/M/2017',
    };
    for (const [id, citation] of Object.entries(expected)) {
      const rule = rules.get(id);
      expect(rule, id).toBeDefined();
      expect(citationText(rule!)).toBe(citation);
    }
  });

  it('marks the replaced rules as replaced, by their successors', () => {
    expect(rules.get('permenpanrb-23-2017')).toMatchObject({ status: 'replaced', replacedBy: 'permenpanrb-92-2021' });
    expect(rules.get('pp-5-2021')).toMatchObject({ status: 'replaced', replacedBy: 'pp-28-2025' });
    expect(rules.get('permenpanrb-17-2017')).toMatchObject({ status: 'replaced', replacedBy: 'permenpanrb-29-2022' });
    expect(rules.get('perombudsman-17-2015')).toMatchObject({ status: 'replaced', replacedBy: 'perombudsman-22-2016', title: 'Penelitian Kepatuhan terhadap Standar Pelayanan Publik' });
  });

  it('cites what the reference leaves unverified as to-confirm', () => {
    expect(rules.get('perombudsman-22-2016')?.status).toBe('to-confirm');
    expect(rules.get('kepmenpanrb-11-2018')?.scope).toBe('history');
    expect(rules.get('permenpupr-14-2017')?.status).toBe('to-confirm');
    expect(rules.get('uu-25-2009')?.caveat?.en).toMatch(/to be confirmed/);
    expect(rules.get('perpres-89-2021')?.caveat?.en).toMatch(/to be confirmed/);
  });
});

describe('checklist catalogue (data/checklist-catalogue.yaml)', () => {
  const catalogue = readYaml<ChecklistCatalogue>('data/checklist-catalogue.yaml');
  const rules = ruleIndex(readYaml<RulesRegistry>('data/rules.yaml'));

  it('is valid against schemas/checklist-catalogue.schema.json, with unique ids', () => {
    const { catalogue: validate } = checklistValidators();
    expect(validate(catalogue), JSON.stringify(validate.errors)).toBe(true);
    const ids = catalogue.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has the eight phases of the issue, each with items', () => {
    expect(catalogue.phases.map((p) => p.id)).toEqual([
      'kelembagaan-regulasi', 'kerja-sama-instansi', 'infrastruktur-interior', 'sumber-daya-manusia',
      'sistem-informasi', 'standar-pelayanan', 'peluncuran', 'evaluasi-pengawasan',
    ]);
    for (const phase of catalogue.phases) expect(catalogue.items.some((i) => i.phase === phase.id), phase.id).toBe(true);
  });

  it('never cites a replaced rule, or an unknown one, as legal basis or example', () => {
    const offenders: string[] = [];
    for (const item of catalogue.items) {
      for (const id of [...item.legalBasis, ...(item.examples ?? [])]) {
        const rule = rules.get(id);
        if (!rule) offenders.push(`${item.id}: unknown ${id}`);
        else if (rule.status === 'replaced') offenders.push(`${item.id}: ${id} replaced by ${rule.replacedBy}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('cites the Badung model and MPP history only as examples, never as legal basis', () => {
    for (const item of catalogue.items) {
      for (const id of item.legalBasis) expect(rules.get(id)?.scope, `${item.id} cites ${id}`).toBe('national');
      for (const id of item.examples ?? []) expect(['badung-model', 'history']).toContain(rules.get(id)?.scope);
    }
  });

  it('loads through loadChecklistSources', () => {
    const sources = loadChecklistSources();
    expect(sources.catalogue.items.length).toBe(catalogue.items.length);
    expect(sources.rules.rules.length).toBeGreaterThan(15);
  });

  it('keeps placeholders in texts to the documented set', () => {
    const allowed = new Set(['agency', 'agencyId', 'organiser', 'region', 'mpp', 'count']);
    const text = readFileSync(join(root, 'data/checklist-catalogue.yaml'), 'utf8');
    const used = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(allowed.has(name), name).toBe(true);
  });
});
