import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadRegionText, MAX_FILE_BYTES, validateRegion } from '../../src/config/load.js';
import type { InputIssue } from '../../src/config/errors.js';

const fixture = readFileSync('test/fixtures/minimal.yaml', 'utf8');
const load = (text: string, lang: 'id' | 'en' = 'en') => loadRegionText(text, { lang, file: 'mpp.yaml' });
const issuesOf = (text: string, lang: 'id' | 'en' = 'en'): InputIssue[] => {
  const result = load(text, lang);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
};
/** Line (1-based) of the first line containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('loadRegionText', () => {
  it('accepts the minimal fixture and fills no default: what the region did not give stays absent (the complete stage fills it, marked)', () => {
    const result = load(fixture);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.mpp.launchStatus).toBeUndefined();
    expect(result.value.mpp.peakFactor).toBeUndefined();
    expect(result.value.services[0].category).toBeUndefined();
  });

  it('accepts the minimum a region must give and derives the identifiers from the names', () => {
    const text = [
      'schemaVersion: 1',
      'region: { name: Kota Baru Sekali, kind: kota, province: Riau }',
      'mpp: { name: MPP Kota Baru Sekali, organiser: DPMPTSP }',
      'agencies: [{ name: Dinas Kependudukan }, { name: Dinas Kependudukan }, { id: bpjs, name: BPJS Kesehatan, shortName: BPJS }]',
      'services: [{ name: KTP-el, agency: Dinas Kependudukan }, { name: KTP-el, agency: BPJS }, { id: ktp-el-2, name: x, agency: bpjs }]',
    ].join('\n');
    const issues = issuesOf(text);
    // Two agencies are called "Dinas Kependudukan": a service naming it is ambiguous; the given id ktp-el-2 is kept, so the derived one moves on.
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual(['services[0].agency ambiguous-agency']);
    const ok = load(text.replace('{ name: KTP-el, agency: Dinas Kependudukan }', '{ name: KTP-el, agency: dinas-kependudukan-2 }'));
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.value.region.slug).toBe('kota-baru-sekali');
    expect(ok.value.agencies.map((a) => a.id)).toEqual(['dinas-kependudukan', 'dinas-kependudukan-2', 'bpjs']);
    expect(ok.value.services.map((s) => [s.id, s.agency])).toEqual([['ktp-el', 'dinas-kependudukan-2'], ['ktp-el-3', 'bpjs'], ['ktp-el-2', 'bpjs']]);
  });

  it('validates without changing its input, and returns a region that shares no object with it', () => {
    const data = parse(fixture) as { mpp: Record<string, unknown> };
    data.mpp.launchDate = 2018; // a YAML year written without quotes reads as a number
    const before = structuredClone(data);
    const result = validateRegion(data, { lang: 'en' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.mpp.launchDate).toBe('2018');
    expect(data).toEqual(before);
    const objects = (value: unknown, seen = new Set<object>()): Set<object> => {
      if (value !== null && typeof value === 'object' && !seen.has(value)) {
        seen.add(value);
        for (const child of Object.values(value)) objects(child, seen);
      }
      return seen;
    };
    const inputObjects = objects(data);
    expect([...objects(result.value)].filter((o) => inputObjects.has(o))).toEqual([]);
  });

  it('gives the same region for a file in schema order and the same file with every key order reversed', () => {
    for (const example of ['badung', 'jeneponto']) {
      const text = readFileSync(`examples/${example}/mpp.yaml`, 'utf8');
      const reversed = (value: unknown): unknown =>
        Array.isArray(value)
          ? value.map(reversed)
          : value !== null && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
            : value;
      const inOrder = load(text);
      const shuffled = load(stringify(reversed(parse(text))));
      expect(inOrder.ok && shuffled.ok).toBe(true);
      if (!inOrder.ok || !shuffled.ok) return;
      expect(JSON.stringify(shuffled.value)).toBe(JSON.stringify(inOrder.value));
    }
  });

  it('puts keys in schema order whatever order the file uses', () => {
    const data = parse(fixture);
    const shuffled = { services: data.services, agencies: data.agencies, mpp: data.mpp, region: data.region, schemaVersion: 1, facilities: data.facilities };
    const a = load(fixture);
    const b = load(stringify(shuffled));
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(JSON.stringify(b.value)).toBe(JSON.stringify(a.value));
  });

  it('reports YAML syntax errors with line and column', () => {
    const text = fixture.replace('  province: Jawa Tengah', '  province: [Jawa Tengah');
    const [issue] = issuesOf(text);
    expect(issue.code).toMatch(/^yaml-/);
    expect(issue.line).toBeGreaterThan(0);
    expect(issue.column).toBeGreaterThan(0);
  });

  it('reports a wrong type at the field path and its line', () => {
    const text = fixture.replace('    handlingMinutes: 10', '    handlingMinutes: ten');
    const issues = issuesOf(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: 'services[0].handlingMinutes', line: lineOf(text, 'handlingMinutes: ten'), column: 22, code: 'schema-type' });
  });

  it('reports an unknown agency reference', () => {
    const text = fixture.replace('{ id: pkb, agency: samsat,', '{ id: pkb, agency: polres,');
    const issues = issuesOf(text);
    const issue = issues.find((i) => i.code === 'unknown-agency');
    expect(issue).toMatchObject({ path: 'services[1].agency', line: lineOf(text, 'agency: polres') });
    expect(issue?.message).toContain('polres');
    // samsat is now without a service: allowed (it gets a checklist task to list its services).
    expect(issues.map((i) => i.code)).toEqual(['unknown-agency']);
  });

  it('reports duplicate ids, pointing at the second and naming the first', () => {
    const text = fixture.replace('{ id: samsat, name: Samsat', '{ id: dukcapil, name: Samsat').replace('agency: samsat', 'agency: dukcapil');
    const issue = issuesOf(text).find((i) => i.code === 'duplicate-id');
    expect(issue).toMatchObject({ path: 'agencies[1].id', line: lineOf(text, 'name: Samsat') });
    expect(issue?.message).toContain('agencies[0].id');
  });

  it('reports every error at once, schema and references together', () => {
    const text = fixture
      .replace('    handlingMinutes: 10', '    handlingMinutes: ten')
      .replace('{ id: pkb, agency: samsat,', '{ id: pkb, agency: polres,')
      .replace('kind: opd', 'kind: odp');
    const codes = issuesOf(text).map((i) => i.code).sort();
    expect(codes).toEqual(expect.arrayContaining(['schema-type', 'schema-enum', 'unknown-agency']));
  });

  it('checks that a counter serves only its own agency\'s services and sits on a known floor', () => {
    const text = `${fixture}counters:\n  - { id: k1, agency: samsat, services: [ktp-el], floor: lt9 }\n`;
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['service-of-other-agency', 'counters[0].services[0]'],
      ['unknown-floor', 'counters[0].floor'],
    ]);
  });

  it('checks opening hours and breaks', () => {
    const text = fixture
      .replace('tuesday: { open: "08:00", close: "15:00" }', 'tuesday: { open: "15:00", close: "08:00" }')
      .replace('breaks: [{ start: "12:00", end: "13:00" }]', 'breaks: [{ start: "12:00", end: "13:00" }, { start: "12:30", end: "16:00" }]');
    const issues = issuesOf(text);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['break-outside', 'mpp.openingHours.monday.breaks[1]'],
      ['hours-order', 'mpp.openingHours.tuesday.close'],
    ]);
  });

  it('leaves visitors optional, and names an unknown key', () => {
    const text = fixture.replace('    visitorsPerDay: 60\n', '    visitorz: 60\n');
    const issues = issuesOf(text);
    expect(issues.map((i) => i.path).sort()).toEqual(['services[0].visitorz']);
    expect(issues.find((i) => i.path === 'services[0].visitorz')?.line).toBe(lineOf(text, 'visitorz'));
  });

  it('speaks Bahasa Indonesia and English', () => {
    const text = fixture.replace('{ id: pkb, agency: samsat,', '{ id: pkb, agency: polres,');
    expect(issuesOf(text, 'id').find((i) => i.code === 'unknown-agency')?.message).toContain('tidak ada di daftar');
    expect(issuesOf(text, 'en').find((i) => i.code === 'unknown-agency')?.message).toContain('is not in the agencies list');
  });

  it('accepts a BOM and CRLF line ends, with the same lines reported', () => {
    const crlf = `\ufeff${fixture.replace(/\n/g, '\r\n')}`;
    expect(load(crlf).ok).toBe(true);
    const broken = crlf.replace('handlingMinutes: 10', 'handlingMinutes: ten');
    expect(issuesOf(broken)[0].line).toBe(lineOf(fixture, 'handlingMinutes: 10'));
  });

  it('refuses duplicate keys, alias bombs, several documents and oversized files', () => {
    expect(issuesOf(fixture.replace('  slug: contoh', '  slug: contoh\n  slug: lain'))[0].code).toBe('yaml-duplicate_key');
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n');
    expect(issuesOf(bomb)[0].code).toMatch(/^yaml-/);
    expect(issuesOf(`${fixture}\n---\nschemaVersion: 1\n`)[0].code).toBe('yaml-multiple_docs');
    expect(issuesOf('x'.repeat(MAX_FILE_BYTES + 1))[0].code).toBe('too-large');
    expect(issuesOf('')[0].code).toBe('empty');
    expect(issuesOf('- a\n- b\n')[0].code).toBe('not-mapping');
  });

  it('refuses ids that could leave a folder and names with control characters', () => {
    const issues = issuesOf(fixture.replace('slug: contoh', 'slug: ../../etc').replace('name: Samsat,', 'name: "Sam\\u0007sat",'));
    expect(issues.map((i) => i.path).sort()).toEqual(['agencies[1].name', 'region.slug']);
  });
});
