import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRegionText } from '../../src/config/load.js';
describe('smoke', () => {
  it('loads the minimal fixture', () => {
    const r = loadRegionText(readFileSync('test/fixtures/minimal.yaml', 'utf8'), { lang: 'en', file: 'minimal.yaml' });
    if (!r.ok) console.log(r.issues);
    expect(r.ok).toBe(true);
  });
  it('reports', () => {
    const text = readFileSync('test/fixtures/minimal.yaml', 'utf8').replace('agency: samsat', 'agency: samsatx').replace('handlingMinutes: 10', 'handlingMinutes: ten').replace('kind: opd', 'kind: odp, colour: red');
    const r = loadRegionText(text, { lang: 'id', file: 'minimal.yaml' });
    console.log(JSON.stringify(r, null, 1));
  });
});
