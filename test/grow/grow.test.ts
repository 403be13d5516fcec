import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegionText } from '../../src/config/load.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import { growRegion } from '../../src/grow/grow.js';
import { parseItemText } from '../../src/grow/item-file.js';
import { removeItem } from '../../src/grow/remove.js';
import { ROOT } from '../helpers/cli.js';

function load(path: string): RegionAnswers {
  const result = loadRegionText(readFileSync(join(ROOT, path), 'utf8'), { lang: 'en' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const badung = load('examples/badung/mpp.yaml');

function item(text: string) {
  const parsed = parseItemText(text, { lang: 'en', file: 'item.yaml' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe('growRegion (add one item, validate the whole)', () => {
  it('adds an agency with its nested services, deriving ids from hostile names', () => {
    const { item: agency, source } = item('name: "Dinas <Arsip> {dan} `Perpustakaan`"\nkind: opd\nplannedCounters: 2\nservices:\n  - name: "=Arsip # statis"\n    visitorsPerDay: 15\n    handlingMinutes: 12\n');
    const result = growRegion(badung, 'agency', agency, { lang: 'en', itemFile: 'item.yaml', itemSource: source });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { region, id } = result.value;
    expect(id).toBe('dinas-arsip-dan-perpustakaan');
    expect(region.agencies).toHaveLength(badung.agencies.length + 1);
    expect(region.agencies.at(-1)).toMatchObject({ id, name: 'Dinas <Arsip> {dan} `Perpustakaan`', kind: 'opd', plannedCounters: 2 });
    expect(region.services.at(-1)).toEqual({ id: 'arsip-statis', agency: id, name: '=Arsip # statis', visitorsPerDay: 15, handlingMinutes: 12 });
    // Everything else is untouched.
    expect(region.agencies.slice(0, -1)).toEqual(badung.agencies);
    expect(region.services.slice(0, -1)).toEqual(badung.services);
  });

  it('derives a free id when the name is taken', () => {
    const { item: service } = item('agency: disdukcapil\nname: KK\nvisitorsPerDay: 5\nhandlingMinutes: 5\n');
    const result = growRegion(badung, 'service', service, { lang: 'en' });
    expect(result.ok && result.value.id).toBe('kk-2');
  });

  it('locates every issue inside the item file, relative to the item, all at once', () => {
    const text = 'name: Dinas Baru\nkind: kementerian-x\nplannedCounters: -1\nservices:\n  - name: Layanan\n    handlingMinutes: 0\n';
    const { item: agency, source } = item(text);
    const result = growRegion(badung, 'agency', agency, { lang: 'en', itemFile: 'item.yaml', itemSource: source, regionFile: 'mpp.yaml' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = new Map(result.issues.map((i) => [i.path, i]));
    expect(byPath.get('kind')).toMatchObject({ file: 'item.yaml', line: 2, column: 7 });
    expect(byPath.get('plannedCounters')).toMatchObject({ file: 'item.yaml', line: 3 });
    expect(byPath.get('services[0].handlingMinutes')).toMatchObject({ file: 'item.yaml', line: 6 });
    expect(result.issues.every((i) => !i.path.startsWith('agencies['))).toBe(true);
  });

  it('refuses a duplicate id unless replace, which changes the item in place', () => {
    const { item: agency } = item('id: disdukcapil\nname: Dukcapil Baru\nkind: opd\nplannedCounters: 9\n');
    const twice = growRegion(badung, 'agency', agency, { lang: 'en', itemFile: 'item.yaml' });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.issues.map((i) => [i.path, i.code])).toContainEqual(['id', 'duplicate-id']);
    const replaced = growRegion(badung, 'agency', agency, { lang: 'en', replace: true });
    expect(replaced.ok).toBe(true);
    if (!replaced.ok) return;
    const index = badung.agencies.findIndex((a) => a.id === 'disdukcapil');
    expect(replaced.value.region.agencies[index]).toMatchObject({ name: 'Dukcapil Baru', plannedCounters: 9 });
    expect(replaced.value.region.agencies).toHaveLength(badung.agencies.length);
  });

  it('an agency without any known service is accepted (its services become a checklist task)', () => {
    const { item: agency } = item('name: Dinas Sepi\n');
    const result = growRegion(badung, 'agency', agency, { lang: 'en' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.region.agencies.at(-1)).toEqual({ id: 'dinas-sepi', name: 'Dinas Sepi' });
  });
});

describe('removeItem', () => {
  const minimal = load('test/fixtures/minimal.yaml');

  it('refuses to remove an agency that services still use, naming them', () => {
    const agency = badung.agencies[0].id;
    const result = removeItem(badung, 'agency', agency, { lang: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0].code).toBe('grow-referenced');
    const own = badung.services.filter((s) => s.agency === agency).map((s) => s.id);
    for (const id of own) expect(result.issues[0].message).toContain(id);
    expect(result.issues[0].message).toContain('--cascade');
  });

  it('with cascade removes the agency, its services and its counters, and the result is valid', () => {
    const agency = badung.agencies[0].id;
    const result = removeItem(badung, 'agency', agency, { lang: 'en', cascade: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.region.agencies.map((a) => a.id)).not.toContain(agency);
    expect(result.value.region.services.some((s) => s.agency === agency)).toBe(false);
    expect(result.value.removed.services).toEqual(badung.services.filter((s) => s.agency === agency).map((s) => s.id));
  });

  it('a service on explicit counters: refused, then removed from every counter with cascade', () => {
    const withCounters: RegionAnswers = structuredClone(minimal);
    const agency = withCounters.agencies[0].id;
    const services = withCounters.services.filter((s) => s.agency === agency).map((s) => s.id);
    expect(services.length).toBeGreaterThan(0);
    withCounters.services.push({ id: 'extra', agency, name: 'Extra', visitorsPerDay: 1, handlingMinutes: 5 });
    withCounters.counters = [{ id: 'c1', agency, services: ['extra'] }, { id: 'c2', agency, services: [...services, 'extra'] }];
    const refused = removeItem(withCounters, 'service', 'extra', { lang: 'en' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.issues[0].message).toMatch(/c1, c2/);
    const done = removeItem(withCounters, 'service', 'extra', { lang: 'en', cascade: true });
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(done.value.removed).toEqual({ agencies: [], services: ['extra'], counters: ['c1'] });
    expect(done.value.region.counters).toEqual([{ id: 'c2', agency, services }]);
  });

  it('refuses the last service of an agency and an unknown id', () => {
    const { item: agency } = item('name: Dinas Tunggal\nkind: opd\nplannedCounters: 1\nservices:\n  - id: satu\n    name: Satu\n    visitorsPerDay: 1\n    handlingMinutes: 5\n');
    const grown = growRegion(badung, 'agency', agency, { lang: 'id' });
    if (!grown.ok) throw new Error(JSON.stringify(grown.issues));
    const result = removeItem(grown.value.region, 'service', 'satu', { lang: 'id', cascade: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'grow-last-service', path: `services[${badung.services.length}]` });
    const unknown = removeItem(minimal, 'counter', 'nope', { lang: 'id' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.issues[0]).toMatchObject({ code: 'grow-not-found', path: 'counters' });
  });
});
