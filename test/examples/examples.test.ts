import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAjv } from '../../src/config/ajv.js';
import { loadRegionText } from '../../src/config/load.js';
import type { RegionAnswers } from '../../src/generated/region.types.js';
import regionSchema from '../../schemas/region.schema.json' with { type: 'json' };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const examplesDir = join(root, 'examples');
const slugs = readdirSync(examplesDir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(examplesDir, e.name, 'mpp.yaml')))
  .map((e) => e.name)
  .sort();

const validateRegion = createAjv().compile(regionSchema);

function load(slug: string): { text: string; answers: RegionAnswers } {
  const text = readFileSync(join(examplesDir, slug, 'mpp.yaml'), 'utf8');
  return { text, answers: parse(text) as RegionAnswers };
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('examples', () => {
  it('holds the reference model and the four illustrative regions', () => {
    expect(slugs).toEqual(['badung', 'belitung', 'blora', 'jeneponto', 'muna-barat']);
  });

  describe.each(slugs)('examples/%s/mpp.yaml', (slug) => {
    const { text, answers } = load(slug);

    it('starts with the yaml-language-server schema line', () => {
      expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/region.schema.json');
    });

    it('is valid against schemas/region.schema.json', () => {
      const ok = validateRegion(answers);
      expect(validateRegion.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });

    it('loads through the project loader (schema and cross-reference rules) without issues, in id and en', () => {
      for (const lang of ['id', 'en'] as const) {
        const result = loadRegionText(text, { lang, file: `examples/${slug}/mpp.yaml` });
        expect(result.ok ? [] : result.issues).toEqual([]);
      }
    });

    it('uses its folder name as the region slug', () => {
      expect(answers.region.slug).toBe(slug);
    });

    it('has unique agency, service, counter and floor ids', () => {
      expect(duplicates(answers.agencies.map((a) => a.id))).toEqual([]);
      expect(duplicates(answers.services.map((s) => s.id))).toEqual([]);
      expect(duplicates((answers.counters ?? []).map((c) => c.id))).toEqual([]);
      expect(duplicates((answers.mpp.floors ?? []).map((f) => f.id))).toEqual([]);
    });

    it("names an existing agency for every service, and every agency has a service", () => {
      const agencyIds = new Set(answers.agencies.map((a) => a.id));
      expect(answers.services.filter((s) => !agencyIds.has(s.agency)).map((s) => s.id)).toEqual([]);
      const served = new Set(answers.services.map((s) => s.agency));
      expect(answers.agencies.filter((a) => !served.has(a.id)).map((a) => a.id)).toEqual([]);
    });

    it("gives every counter an existing agency, existing floor and only that agency's services", () => {
      const agencyIds = new Set(answers.agencies.map((a) => a.id));
      const floorIds = new Set((answers.mpp.floors ?? []).map((f) => f.id));
      const serviceAgency = new Map(answers.services.map((s) => [s.id, s.agency]));
      const problems: string[] = [];
      for (const c of answers.counters ?? []) {
        if (!agencyIds.has(c.agency)) problems.push(`${c.id}: unknown agency ${c.agency}`);
        if (c.floor !== undefined && !floorIds.has(c.floor)) problems.push(`${c.id}: unknown floor ${c.floor}`);
        for (const s of c.services) {
          if (!serviceAgency.has(s)) problems.push(`${c.id}: unknown service ${s}`);
          else if (serviceAgency.get(s) !== c.agency) problems.push(`${c.id}: service ${s} belongs to ${serviceAgency.get(s)}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it('has opening hours with open < close and breaks inside them', () => {
      const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
      for (const day of Object.values(answers.mpp.openingHours ?? {})) {
        if (!day) continue;
        expect(minutes(day.open)).toBeLessThan(minutes(day.close));
        for (const b of day.breaks ?? []) {
          expect(minutes(b.start)).toBeGreaterThanOrEqual(minutes(day.open));
          expect(minutes(b.start)).toBeLessThan(minutes(b.end));
          expect(minutes(b.end)).toBeLessThanOrEqual(minutes(day.close));
        }
      }
    });

    it('has exactly one entrance floor, when it describes its building', () => {
      if (answers.mpp.floors) expect(answers.mpp.floors.filter((f) => f.entrance === true)).toHaveLength(1);
    });

    it('has a bilingual README that says what it shows', () => {
      const readme = readFileSync(join(examplesDir, slug, 'README.md'), 'utf8');
      expect(readme).toMatch(/Bahasa Indonesia|##\s*Indonesia/i);
      expect(readme).toMatch(/English/);
    });
  });

  describe('examples/badung (the reference model)', () => {
    const { text, answers } = load('badung');

    it('matches the published size: 31 agencies and 152 service types (2025)', () => {
      expect(answers.agencies).toHaveLength(31);
      expect(answers.services).toHaveLength(152);
    });

    it('is operating since 2018, the year only (the day is disputed), and says why', () => {
      expect(answers.mpp.launchStatus).toBe('operating');
      expect(answers.mpp.launchDate).toBe('2018');
      expect(text).toMatch(/the day is disputed/);
    });

    it('keeps every row of the published Badung list, with its source', () => {
      const csv = readFileSync(join(root, 'test', 'examples', 'badung-agencies-services.csv'), 'utf8');
      const rows = parseCsv(csv);
      const header = rows.shift() as string[];
      expect(header).toEqual(['agency_name', 'agency_kind', 'service_name', 'fee', 'completion_time', 'requirements', 'source']);
      expect(rows).toHaveLength(19);
      const agencyByName = new Map(answers.agencies.map((a) => [a.name, a]));
      for (const [agencyName, kind, serviceName, fee, completionTime, requirements, source] of rows) {
        if (agencyName) {
          expect(agencyByName.get(agencyName)?.kind, agencyName).toBe(kind);
        }
        if (!serviceName) continue;
        const service = answers.services.find((s) => s.name === serviceName);
        expect(service, serviceName).toBeDefined();
        if (!service) continue;
        expect(service.source).toBe(source);
        if (agencyName) expect(answers.agencies.find((a) => a.id === service.agency)?.name).toBe(agencyName);
        expect(service.standard?.completionTime).toBe(completionTime || undefined);
        expect(service.standard?.requirements).toEqual(requirements ? requirements.split('; ') : undefined);
        if (!fee) expect(service.standard?.fee).toBeUndefined();
        else if (/^(Tidak dikenakan biaya|Gratis)$/.test(fee)) expect(service.standard?.fee).toEqual({ amount: 0, text: fee });
        else expect(service.standard?.fee).toEqual({ text: fee });
      }
    });

    it('invents no standard components: only sourced services carry any', () => {
      const withStandard = answers.services.filter((s) => s.standard !== undefined);
      expect(withStandard.length).toBeGreaterThan(0);
      for (const s of withStandard) expect(s.source, s.id).toBeDefined();
    });

    it('gives no made-up figure: visitors, handling times, counters, hours and floors are left to the kit, which marks them', () => {
      expect(answers.agencies.filter((a) => a.plannedCounters !== undefined)).toEqual([]);
      expect(answers.services.filter((s) => s.visitorsPerDay !== undefined || s.handlingMinutes !== undefined || s.peakArrivalsPerHour !== undefined)).toEqual([]);
      expect(answers.mpp.openingHours).toBeUndefined();
      expect(answers.mpp.floors).toBeUndefined();
    });

    it('tells its confirmed agencies (each with a source) from the illustrative ones, in the data', () => {
      const confirmed = answers.agencies.filter((a) => a.confirmed === true);
      const illustrative = answers.agencies.filter((a) => a.confirmed === false);
      expect(confirmed.length + illustrative.length).toBe(answers.agencies.length);
      expect(confirmed.map((a) => a.id)).toEqual(['dpmptsp', 'bpjs-kesehatan', 'bpjs-ketenagakerjaan', 'imigrasi', 'pajak', 'taspen', 'pos', 'pln', 'bnn', 'rsud-mangupura']);
      for (const a of confirmed) expect(a.source, a.id).toBeTruthy();
      for (const a of illustrative) expect(a.source, a.id).toBeUndefined();
    });
  });

  describe('the illustrative examples', () => {
    const small = slugs.filter((s) => s !== 'badung').map((slug) => ({ slug, ...load(slug) }));

    it('say in their header that agencies and services are illustrative', () => {
      for (const { slug, text } of small) expect(text.slice(0, 1500), slug).toMatch(/ILUSTRATIF|illustrative/);
    });

    it('have 6 to 15 agencies and 15 to 50 services', () => {
      for (const { slug, answers } of small) {
        expect(answers.agencies.length, slug).toBeGreaterThanOrEqual(6);
        expect(answers.agencies.length, slug).toBeLessThanOrEqual(15);
        expect(answers.services.length, slug).toBeGreaterThanOrEqual(15);
        expect(answers.services.length, slug).toBeLessThanOrEqual(50);
      }
    });

    it('vary: one lacks an accessible toilet and a lactation room', () => {
      const lacking = small.filter(({ answers }) => {
        const f = answers.facilities ?? [];
        return !f.includes('accessible-toilet') && !f.includes('lactation-room');
      });
      expect(lacking.length).toBeGreaterThanOrEqual(1);
    });

    it('vary: one has explicit counters including a priority counter', () => {
      expect(small.some(({ answers }) => (answers.counters ?? []).some((c) => c.priority === true))).toBe(true);
    });

    it('vary: some services have no standard components, some have many', () => {
      const all = small.flatMap(({ answers }) => answers.services);
      expect(all.some((s) => s.standard === undefined)).toBe(true);
      expect(all.some((s) => s.standard !== undefined && Object.keys(s.standard).length >= 10)).toBe(true);
    });

    it('vary: floors differ in count', () => {
      expect(new Set(small.map(({ answers }) => answers.mpp.floors.length)).size).toBeGreaterThan(1);
    });

    it('are all in Bahasa Indonesia (lang id or default)', () => {
      for (const { answers } of small) expect(answers.lang ?? 'id').toBe('id');
    });
  });
});

/** RFC 4180 CSV (quoted fields with commas; no embedded newlines in this file). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const fields: string[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let value = '';
        i++;
        while (i < line.length) {
          if (line[i] === '"' && line[i + 1] === '"') { value += '"'; i += 2; }
          else if (line[i] === '"') { i++; break; }
          else value += line[i++];
        }
        fields.push(value);
        i++; // the comma
      } else {
        const end = line.indexOf(',', i);
        const stop = end === -1 ? line.length : end;
        fields.push(line.slice(i, stop));
        i = stop + 1;
      }
    }
    rows.push(fields);
  }
  return rows;
}
