import { describe, expect, it } from 'vitest';
import appConfigSchema from '../../schemas/app-config.schema.json' with { type: 'json' };
import { createAjv } from '../../src/config/ajv.js';
import { planAppConfig, serializeAppConfig, missingComponentsReport, missingComponentsSummary } from '../../src/appconfig/index.js';
import { renderAppFiles } from '../../src/deployment/app-folder.js';
import type { AppConfig } from '../../src/appconfig/index.js';
import { allInputs, minimal, hostile, rawYaml } from './helpers.js';
import { done } from '../helpers/complete.js';

const validate = createAjv().compile(appConfigSchema);

function expectValid(config: unknown): void {
  const ok = validate(config);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

describe('app-config.json validates against schemas/app-config.schema.json', () => {
  for (const [file, region] of allInputs()) {
    it(file, () => {
      const config = planAppConfig(region);
      expectValid(JSON.parse(serializeAppConfig(config)));
      // every service is in the catalogue and has a quota; every agency a unique prefix
      expect(config.catalogue.services.map((s) => s.id)).toEqual(region.services.map((s) => s.id));
      expect(config.queue.quotas.map((q) => q.service)).toEqual(region.services.map((s) => s.id));
      const prefixes = config.queue.agencies.map((a) => a.prefix);
      expect(new Set(prefixes).size).toBe(region.agencies.length);
    });
  }
  it('hostile names', () => {
    expectValid(JSON.parse(serializeAppConfig(planAppConfig(hostile()))));
  });
});

describe('planAppConfig on the minimal fixture', () => {
  const config = planAppConfig(minimal());

  it('queue: prefixes A and B, counters, a generated shared priority counter on the entrance floor', () => {
    expect(config.queue.agencies.map((a) => [a.id, a.prefix, a.counters])).toEqual([
      ['dukcapil', 'A', ['dukcapil-1', 'dukcapil-2']],
      ['samsat', 'B', ['samsat-1']],
    ]);
    const priority = config.queue.counters.find((c) => c.priority);
    expect(priority).toMatchObject({ id: 'prioritas', agency: null, generated: true, floor: 'lt1', services: ['ktp-el', 'pkb'] });
    expect(config.queue.priority.groups.map((g) => g.key)).toEqual(['elderly', 'disability', 'pregnant', 'children']);
    expect(config.queue.priority.basis).toBe('UU 25/2009 Pasal 29');
  });

  it('opening hours per weekday with breaks and service minutes', () => {
    expect(config.queue.openingHours.map((d) => [d.day, d.open, d.close, d.breaks, d.serviceMinutes])).toEqual([
      ['monday', '08:00', '15:00', [{ start: '12:00', end: '13:00' }], 360],
      ['tuesday', '08:00', '15:00', [], 420],
    ]);
    expect(config.queue.onlineBookingShare).toBe(0.3);
  });

  it('display texts in id and en, naming the MPP; placeholders left for the application', () => {
    expect(config.queue.display.welcome).toEqual({
      id: 'Selamat datang di Mal Pelayanan Publik Kabupaten Contoh',
      en: 'Welcome to Mal Pelayanan Publik Kabupaten Contoh',
    });
    expect(config.queue.display.call.id).toContain('{ticket}');
    expect(config.queue.display.call.en).toContain('{counter}');
  });

  it('catalogue: 14 components, 6 delivery then 8 management; missing listed, not invented; fee free', () => {
    expect(config.catalogue.components.map((c) => c.group).join(',')).toBe(
      [...new Array(6).fill('delivery'), ...new Array(8).fill('management')].join(','),
    );
    expect(config.catalogue.components[0]).toEqual({ key: 'requirements', group: 'delivery', label: { id: 'Persyaratan', en: 'Requirements' } });
    const ktp = config.catalogue.services[0];
    expect(ktp.components).toHaveLength(14);
    expect(ktp.components.map((c) => c.key)).toEqual(config.catalogue.components.map((c) => c.key));
    expect(ktp.components.filter((c) => c.group === 'delivery')).toHaveLength(6);
    expect(ktp.components.slice(0, 6).every((c) => c.group === 'delivery')).toBe(true);
    expect(ktp.components.find((c) => c.key === 'requirements')).toMatchObject({ status: 'set', value: ['Kartu Keluarga'] });
    expect(ktp.components.find((c) => c.key === 'product')).toEqual(expect.objectContaining({ status: 'missing' }));
    expect(ktp.components.find((c) => c.key === 'product')).not.toHaveProperty('value');
    expect(ktp.fee).toEqual({ kind: 'free', currency: 'IDR', amount: 0 });
    expect(ktp.missing).toHaveLength(12);
    expect(ktp.complete).toBe(false);
    const pkb = config.catalogue.services[1];
    expect(pkb.fee).toEqual({ kind: 'not-set', currency: 'IDR' });
    expect(pkb.missing).toHaveLength(14);
  });

  it('survey: 9 unsur, formula, bands A-D', () => {
    expect(config.survey.unsur).toHaveLength(9);
    expect(config.survey.bands.map((b) => `${b.grade} ${b.min}-${b.max}`)).toEqual(['A 88.31-100', 'B 76.61-88.3', 'C 65-76.6', 'D 25-64.99']);
  });

  it('complaints: SP4N-LAPOR! listed as national; added when the answers leave it out', () => {
    expect(config.complaints.channels).toEqual([
      { kind: 'sp4n-lapor', label: expect.any(Object), national: true },
    ]);
    const region = minimal();
    region.mpp.complaintChannels = [{ kind: 'whatsapp', value: '0812-0000-0000' }];
    const channels = planAppConfig(region).complaints.channels;
    expect(channels.map((c) => c.kind)).toEqual(['sp4n-lapor', 'whatsapp']);
    expect(channels[1]).toMatchObject({ value: '0812-0000-0000', national: false });
  });

  it('pledge names the MPP in id and en', () => {
    expect(config.pledge.title.id).toBe('Maklumat Pelayanan Mal Pelayanan Publik Kabupaten Contoh');
    expect(config.pledge.text.en).toContain('Mal Pelayanan Publik Kabupaten Contoh');
  });

  it('explicit priority counters replace the generated one', () => {
    const region = minimal();
    region.counters = [
      { id: 'k1', agency: 'dukcapil', services: ['ktp-el'] },
      { id: 'kp', agency: 'dukcapil', services: ['ktp-el'], priority: true },
      { id: 'k2', agency: 'samsat', services: ['pkb'] },
    ];
    const queue = planAppConfig(region).queue;
    expect(queue.priority.counters).toEqual(['kp']);
    expect(queue.priority.sharedCounterGenerated).toBe(false);
    expect(queue.counters.some((c) => c.generated)).toBe(false);
  });
});

describe('stability and determinism', () => {
  it('adding an agency keeps the earlier prefixes (through previous app-config.json)', () => {
    const first = planAppConfig(minimal());
    const previous = JSON.parse(serializeAppConfig(first)) as AppConfig;
    const raw = rawYaml('test/fixtures/minimal.yaml');
    raw.agencies.unshift({ id: 'bpjs', name: 'BPJS Kesehatan', kind: 'bumn', plannedCounters: 1 });
    raw.services!.push({ id: 'bpjs-daftar', agency: 'bpjs', name: 'Pendaftaran peserta', visitorsPerDay: 20, handlingMinutes: 10 });
    const region = done(raw);
    const second = planAppConfig(region, previous);
    const prefix = Object.fromEntries(second.queue.agencies.map((a) => [a.id, a.prefix]));
    expect(prefix).toEqual({ bpjs: 'C', dukcapil: 'A', samsat: 'B' });
    // without previous the new first agency would have taken A
    expect(planAppConfig(region).queue.agencies[0].prefix).toBe('A');
  });

  it('the same answers give byte-identical files', () => {
    for (const [, region] of allInputs()) {
      const a = renderAppFiles(region, undefined, 'id');
      const b = renderAppFiles(structuredClone(region), undefined, 'id');
      expect(a).toEqual(b);
      const again = renderAppFiles(region, JSON.parse(a['app/app-config.json']) as AppConfig, 'id');
      expect(again).toEqual(a);
    }
  });
});

describe('renderAppFiles', () => {
  it('writes app-config.json, the HSDS files, one standard page per service and the NovoSGA seed, all under app/', () => {
    const region = minimal();
    const files = renderAppFiles(region, undefined, 'en');
    expect(Object.keys(files).sort()).toEqual([
      'app/app-config.json',
      'app/hsds/locations.json',
      'app/hsds/organizations.json',
      'app/hsds/service_at_locations.json',
      'app/hsds/services.json',
      'app/novosga/departamentos.json',
      'app/novosga/locais.json',
      'app/novosga/prioridades.json',
      'app/novosga/servicos-unidade.json',
      'app/novosga/servicos.json',
      'app/standar-pelayanan/dukcapil/ktp-el.md',
      'app/standar-pelayanan/index.md',
      'app/standar-pelayanan/samsat/pkb.md',
    ]);
    expect(files['app/app-config.json'].endsWith('}\n')).toBe(true);
    expect(files['app/app-config.json']).toMatch(/^\{\n {2}"schemaVersion": 1,/);
  });

  it('one page per service for every example', () => {
    for (const [, region] of allInputs()) {
      const files = renderAppFiles(region, undefined, region.lang ?? 'id');
      for (const s of region.services) expect(files[`app/standar-pelayanan/${s.agency}/${s.id}.md`]).toBeTypeOf('string');
    }
  });
});

describe('missingComponentsReport', () => {
  it('lists only incomplete services with the keys and labels they miss', () => {
    const report = missingComponentsReport(minimal());
    expect(report.map((r) => [r.service, r.missing.length])).toEqual([['ktp-el', 12], ['pkb', 14]]);
    expect(report[0].missing).not.toContain('requirements');
    expect(report[0].missing).not.toContain('fee');
    expect(report[0].labels[0]).toEqual({ id: 'Sistem, mekanisme dan prosedur', en: 'System, mechanism and procedure' });
    expect(report[1]).toMatchObject({ agency: 'samsat', agencyName: 'Samsat', serviceName: 'Pembayaran Pajak Kendaraan Bermotor' });
  });

  it('summarises for the CLI in id and en', () => {
    const region = minimal();
    const id = missingComponentsSummary(region, 'id');
    expect(id[0]).toBe('2 dari 2 layanan belum lengkap (26 komponen belum ditetapkan).');
    expect(id[1]).toMatch(/^- Dinas Kependudukan dan Pencatatan Sipil: Perekaman KTP-el: Sistem, mekanisme dan prosedur; Jangka waktu/);
    expect(missingComponentsSummary(region, 'en')[0]).toBe('2 of 2 services are incomplete (26 components not yet set).');
  });

  it('is empty when every component is set', () => {
    const region = minimal();
    region.services = [region.services[0]];
    region.services[0].standard = {
      requirements: ['KK'], procedure: ['Datang'], completionTime: '1 hari', fee: { amount: 0 }, product: 'KTP-el',
      complaints: 'Meja pengaduan', legalBasis: ['UU 24/2013'], facilities: 'Kamera', staffCompetence: 'Operator',
      internalSupervision: 'Kepala dinas', staffCount: 2, serviceGuarantee: 'Tepat waktu', securityGuarantee: 'Data aman',
      performanceEvaluation: 'Tiap bulan',
    };
    expect(missingComponentsReport(region)).toEqual([]);
    expect(missingComponentsSummary(region, 'en')).toEqual(['Every service has all 14 service-standard components.']);
    expect(planAppConfig(region).catalogue.services[0].complete).toBe(true);
  });
});
