import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mpp, ROOT, tempDir } from '../helpers/cli.js';
import { loadRegionText } from '../../src/config/load.js';
import { importWorkbook } from '../../src/spreadsheet/workbook.js';

/**
 * MPP agency and service lists published by regions and in the news (not the kit's examples), typed
 * in only as published, with their sources in each folder's README.md. Each goes from YAML and from
 * the spreadsheet to a full deployment with exit 0, estimates marked and no invented service.
 */
const DIR = join(ROOT, 'test', 'fixtures', 'real-lists');
const LISTS = readdirSync(DIR).filter((name) => existsSync(join(DIR, name, 'mpp.yaml'))).sort();

describe.each(LISTS)('real list %s', (name) => {
  const folder = join(DIR, name);
  const yamlText = readFileSync(join(folder, 'mpp.yaml'), 'utf8');
  const workbooks = readdirSync(folder).filter((f) => f.endsWith('.xlsx')).sort();

  it('names its source with an address and a date', () => {
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    const source = readme.slice(readme.indexOf('Source:'), readme.indexOf('What the article publishes'));
    expect(source).toMatch(/\((?:www\.)?[a-z0-9.-]+\.[a-z]{2,}\/\S+\)/);
    expect(source).toMatch(/\b(19|20)\d{2}\b/);
  });

  it.each(workbooks)('imports %s to the same answers as the YAML (ids derived, examples skipped)', async (file) => {
    const fromYaml = loadRegionText(yamlText, { lang: 'id', file: 'mpp.yaml' });
    const fromSheet = await importWorkbook(new Uint8Array(readFileSync(join(folder, file))), { lang: 'id', file });
    expect(fromYaml.ok && fromSheet.ok).toBe(true);
    if (fromYaml.ok && fromSheet.ok) expect(fromSheet.value).toEqual(fromYaml.value);
  });

  const deploy = (args: string[]) => {
    const out = join(tempDir(`mpp-real-${name}-`), 'out');
    const result = mpp([...args, '--out', out]);
    return { out, result, read: (p: string) => readFileSync(join(out, p), 'utf8') };
  };

  it('goes from YAML and from the spreadsheet to a full deployment with exit 0, estimates marked, no invented service', () => {
    const answers = parse(yamlText) as { services: Array<{ name: string }>; agencies: unknown[] };
    const viaYaml = deploy(['new', '--answers', join(folder, 'mpp.yaml')]);
    expect(viaYaml.result.code).toBe(0);
    const imported = join(tempDir('mpp-real-import-'), 'mpp.yaml');
    const imp = mpp(['import', join(folder, workbooks[0]), '--out', imported]);
    expect(imp.code, imp.stderr).toBe(0);
    const viaSheet = deploy(['new', '--answers', imported]);
    expect(viaSheet.result.code).toBe(0);
    for (const d of [viaYaml, viaSheet]) {
      expect(d.read('README.md')).toMatch(/## Angka perkiraan/);
      expect(d.read('README.md')).toMatch(/≈/);
      expect(d.read('layout/sizing.md')).toMatch(/## Asal angka/);
      const services = JSON.parse(d.read('app/hsds/services.json')) as Array<{ name: string }>;
      expect(services.map((s) => s.name).sort()).toEqual(answers.services.map((s) => s.name).sort());
      expect((JSON.parse(d.read('app/hsds/organizations.json')) as unknown[]).length).toBe(answers.agencies.length + 1);
    }
    expect(viaSheet.read('app/app-config.json')).toBe(viaYaml.read('app/app-config.json'));
  });
});
