import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { exportHsds, hsdsId, uuidV5, provinceUtcOffset, MPP_KIT_HSDS_NAMESPACE } from '../../src/hsds/index.js';
import { planAppConfig } from '../../src/appconfig/index.js';
import { allInputs, hostile, minimal, root } from '../appconfig/helpers.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const DIR = join(root, 'schemas', 'hsds');

/**
 * The official HSDS 3.0 schemas (schemas/hsds, no `$schema`; upstream treats them as 2020-12).
 * Loaded twice: as published (open objects), and closed (`additionalProperties: false` on every
 * object with properties, as upstream CI does for its examples) so a misspelt field fails.
 */
function loadHsds(closed: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(['name', 'path', 'datapackage_metadata', 'constraints', 'example', 'core', 'tabular_required', 'datapackage_type']);
  const close = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(close);
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) out[k] = k === 'example' ? v : close(v);
      if (closed && 'properties' in out && out.type === 'object') out.additionalProperties = false;
      return out;
    }
    return node;
  };
  for (const f of readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    ajv.addSchema(close(JSON.parse(readFileSync(join(DIR, f), 'utf8'))) as object, f);
  }
  return ajv;
}

const validators = [false, true].map((closed) => {
  const ajv = loadHsds(closed);
  const get = (key: string) => ajv.getSchema(key) as ValidateFunction;
  return { closed, organization: get('organization.json'), service: get('service.json'), location: get('location.json'), sal: get('service_at_location.json') };
});

function check(validate: ValidateFunction, items: unknown[], what: string): void {
  for (const [i, item] of items.entries()) {
    const ok = validate(item);
    expect(ok, `${what}[${i}]: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
}

function parsed(files: Record<string, string>) {
  const get = (name: string) => JSON.parse(files[`app/hsds/${name}.json`]) as Array<Record<string, unknown>>;
  return { organizations: get('organizations'), services: get('services'), locations: get('locations'), sal: get('service_at_locations') };
}

describe('HSDS export validates against the official HSDS 3.0 schemas', () => {
  const inputs: Array<[string, ReturnType<typeof minimal>]> = [...allInputs(), ['hostile names', hostile()]];
  for (const [file, region] of inputs) {
    it(file, () => {
      const out = parsed(exportHsds(region, planAppConfig(region)));
      for (const v of validators) {
        const mode = v.closed ? 'closed' : 'open';
        check(v.organization, out.organizations, `${mode} organizations`);
        check(v.service, out.services, `${mode} services`);
        check(v.location, out.locations, `${mode} locations`);
        check(v.sal, out.sal, `${mode} service_at_locations`);
      }
      expect(out.organizations).toHaveLength(region.agencies.length + 1);
      expect(out.services).toHaveLength(region.services.length);
      expect(out.sal).toHaveLength(region.services.length);
    });
  }

  it('the closed schemas reject a misspelt field and a bad id (the check has teeth)', () => {
    const closed = validators[1];
    expect(closed.service({ id: hsdsId('x', 'service', 'a'), name: 'A', status: 'active', descripton: 'typo' })).toBe(false);
    expect(closed.organization({ id: 'not-a-uuid', name: 'A', description: 'B' })).toBe(false);
    expect(closed.service({ id: hsdsId('x', 'service', 'a'), name: 'A', status: 'open' })).toBe(false);
  });
});

describe('HSDS content for the minimal fixture', () => {
  const region = minimal();
  const out = parsed(exportHsds(region, planAppConfig(region)));

  it('links services to their agency organization, the MPP location and required documents / costs', () => {
    const ktp = out.services[0];
    expect(ktp).toMatchObject({ id: hsdsId('contoh', 'service', 'ktp-el'), organization_id: hsdsId('contoh', 'organization', 'dukcapil'), name: 'Perekaman KTP-el', status: 'active' });
    expect(ktp.required_documents).toEqual([{ id: hsdsId('contoh', 'required_document', 'ktp-el/1'), service_id: ktp.id, document: 'Kartu Keluarga' }]);
    expect(ktp.cost_options).toEqual([{ id: hsdsId('contoh', 'cost_option', 'ktp-el'), service_id: ktp.id, option: 'Gratis', currency: 'IDR', amount: 0 }]);
    // pkb has no fee set: no cost option invented
    expect(out.services[1].cost_options).toEqual([]);
    expect(out.sal[0]).toEqual({ id: hsdsId('contoh', 'service_at_location', 'ktp-el'), service_id: ktp.id, location_id: out.locations[0].id });
  });

  it('schedules: one weekly entry per open stretch, breaks cut out, WIB offset for Jawa Tengah', () => {
    const schedules = out.locations[0].schedules as Array<Record<string, unknown>>;
    expect(schedules.map((s) => [s.byday, s.opens_at, s.closes_at, s.timezone])).toEqual([
      ['MO', '08:00+07:00', '12:00+07:00', 7],
      ['MO', '13:00+07:00', '15:00+07:00', 7],
      ['TU', '08:00+07:00', '15:00+07:00', 7],
    ]);
    expect(schedules.every((s) => s.freq === 'WEEKLY')).toBe(true);
  });

  it('ids are unique and deterministic', () => {
    const again = parsed(exportHsds(region, planAppConfig(region)));
    expect(again).toEqual(out);
    const ids = JSON.stringify(out).match(/"id": ?"[0-9a-f-]{36}"/g) ?? [];
    const all = [...out.organizations, ...out.services, ...out.locations, ...out.sal].map((x) => x.id);
    expect(new Set(all).size).toBe(all.length);
    expect(ids.length).toBeGreaterThan(0);
  });
});

describe('uuidV5', () => {
  it('matches the RFC 4122 test vector and Python uuid.uuid5', () => {
    // python3 -c "import uuid; print(uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com'))"
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    // the kit's namespace is v5('mpp-kit/hsds', NAMESPACE_URL)
    expect(uuidV5('mpp-kit/hsds', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(MPP_KIT_HSDS_NAMESPACE);
  });
  it('differs by region, kind and id', () => {
    const a = hsdsId('badung', 'service', 'ktp');
    expect(hsdsId('blora', 'service', 'ktp')).not.toBe(a);
    expect(hsdsId('badung', 'organization', 'ktp')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('provinceUtcOffset', () => {
  it('knows the three time zones and ignores case and the word Provinsi', () => {
    expect(provinceUtcOffset('Bali')).toBe(8);
    expect(provinceUtcOffset('Provinsi Jawa Tengah')).toBe(7);
    expect(provinceUtcOffset('SULAWESI SELATAN')).toBe(8);
    expect(provinceUtcOffset('Kep. Bangka Belitung')).toBe(7);
    expect(provinceUtcOffset('Kepulauan Bangka Belitung')).toBe(7);
    expect(provinceUtcOffset('Papua Pegunungan')).toBe(9);
    expect(provinceUtcOffset('Atlantis')).toBeUndefined();
  });
});
