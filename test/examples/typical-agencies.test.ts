import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createAjv } from '../../src/config/ajv.js';
import { loadRegionText } from '../../src/config/load.js';
import regionSchema from '../../schemas/region.schema.json' with { type: 'json' };
import typicalSchema from '../../schemas/typical-agencies.schema.json' with { type: 'json' };

interface Bilingual { id: string; en: string }
interface TypicalService { id: string; name: Bilingual; category: 'perizinan' | 'non-perizinan'; handlingMinutes: number; visitorsPerDay: number }
interface TypicalAgency { id: string; name: Bilingual; shortName?: string; kind: string; defaultCounters: number; note?: Bilingual; services: TypicalService[] }
interface TypicalAgencies { schemaVersion: 1; agencies: TypicalAgency[] }

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const text = readFileSync(join(root, 'data', 'typical-agencies.yaml'), 'utf8');
const catalogue = parse(text) as TypicalAgencies;

function compileTypical() {
  const ajv = createAjv();
  ajv.addSchema(regionSchema);
  return ajv.compile(typicalSchema);
}

describe('data/typical-agencies.yaml', () => {
  it('starts with the yaml-language-server schema line', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/typical-agencies.schema.json');
  });

  it('is valid against schemas/typical-agencies.schema.json', () => {
    const validate = compileTypical();
    const ok = validate(catalogue);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema rejects a broken entry (wrong kind, missing English name, bad id)', () => {
    const validate = compileTypical();
    const broken = {
      schemaVersion: 1,
      agencies: [{ id: 'Bad Id', name: { id: 'Dinas' }, kind: 'ministry', defaultCounters: 0, services: [] }],
    };
    expect(validate(broken)).toBe(false);
    const paths = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(paths).toEqual(
      expect.arrayContaining(['/agencies/0/id pattern', '/agencies/0/name required', '/agencies/0/kind enum', '/agencies/0/defaultCounters minimum', '/agencies/0/services minItems']),
    );
  });

  it('holds the agencies the interview must offer', () => {
    const ids = catalogue.agencies.map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'dukcapil', 'dpmptsp', 'samsat', 'polres', 'imigrasi', 'kantah', 'kpp-pratama', 'bpjs-kesehatan',
        'bpjs-ketenagakerjaan', 'pln', 'pdam', 'kemenag', 'bank-bpd', 'taspen', 'pos',
        'bapenda', 'dinkes', 'kejari', 'pengadilan-agama', 'bnn',
      ]),
    );
  });

  it('has unique agency ids and service ids unique across the whole list', () => {
    const agencyIds = catalogue.agencies.map((a) => a.id);
    const serviceIds = catalogue.agencies.flatMap((a) => a.services.map((s) => s.id));
    expect(agencyIds.filter((id, i) => agencyIds.indexOf(id) !== i)).toEqual([]);
    expect(serviceIds.filter((id, i) => serviceIds.indexOf(id) !== i)).toEqual([]);
  });

  it('has plausible generic figures (handling 3 to 20 min; Dukcapil the busiest office)', () => {
    for (const a of catalogue.agencies) {
      for (const s of a.services) {
        expect(s.handlingMinutes, s.id).toBeGreaterThanOrEqual(3);
        expect(s.handlingMinutes, s.id).toBeLessThanOrEqual(20);
      }
    }
    const perDay = (a: TypicalAgency) => a.services.reduce((sum, s) => sum + s.visitorsPerDay, 0);
    const dukcapil = catalogue.agencies.find((a) => a.id === 'dukcapil') as TypicalAgency;
    expect(perDay(dukcapil)).toBeGreaterThanOrEqual(100);
    expect(perDay(dukcapil)).toBeLessThanOrEqual(300);
  });

  it('turns into a valid region answers file when every agency is picked', () => {
    const region = {
      schemaVersion: 1,
      region: { name: 'Contoh', kind: 'kabupaten', province: 'Jawa Tengah', slug: 'contoh' },
      mpp: {
        name: 'Mal Pelayanan Publik Kabupaten Contoh',
        organiser: 'DPMPTSP Kabupaten Contoh',
        address: 'Jl. Contoh No. 1',
        openingHours: { monday: { open: '08:00', close: '15:00' } },
        floors: [{ id: 'lt1', name: 'Lantai 1', level: 1, width: 40, depth: 30, entrance: true }],
        serviceLevel: { targetShare: 0.8, maxWaitMinutes: 15 },
      },
      agencies: catalogue.agencies.map((a) => ({
        id: a.id, name: a.name.id, ...(a.shortName ? { shortName: a.shortName } : {}), kind: a.kind, plannedCounters: a.defaultCounters, estimate: true,
      })),
      services: catalogue.agencies.flatMap((a) =>
        a.services.map((s) => ({
          id: s.id, agency: a.id, name: s.name.id, category: s.category, visitorsPerDay: s.visitorsPerDay, handlingMinutes: s.handlingMinutes, estimate: true,
        })),
      ),
    };
    for (const lang of ['id', 'en'] as const) {
      const result = loadRegionText(stringify(region), { lang, file: 'typical.yaml' });
      expect(result.ok ? [] : result.issues).toEqual([]);
    }
  });
});
