import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { mpp, tempDir } from '../helpers/cli.js';
import { minimumAnswers } from './helpers.js';

/**
 * The first "done when": answers with only region, MPP name and organiser, agency names and
 * service names/agencies (an agency without services included) validate and generate with exit 0,
 * every estimated figure is marked in sizing.md, README.md and app-config.json, and the checklist
 * has a task per estimate.
 */
describe('a deployment from the minimum answers', () => {
  const dir = tempDir('mpp-partial-');
  const answers = join(dir, 'mpp.yaml');
  writeFileSync(answers, stringify(minimumAnswers()));
  const out = join(dir, 'out');
  const run = mpp(['new', '--answers', answers, '--out', out]);
  const read = (p: string) => readFileSync(join(out, p), 'utf8');

  it('validates and generates with exit 0, and says how much rests on estimates', () => {
    expect(mpp(['validate', answers]).code).toBe(0);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Perkiraan: 100% beban jam puncak/);
  });

  it('keeps mpp.yaml to what the region gave (plus derived ids): no estimate is written back as an answer', () => {
    const yaml = read('mpp.yaml');
    expect(yaml).not.toMatch(/handlingMinutes|visitorsPerDay|plannedCounters|openingHours|floors|serviceLevel/);
    expect(yaml).toMatch(/id: dinas-kependudukan-dan-pencatatan-sipil/);
  });

  it('marks every estimated figure in layout/sizing.md, with where it came from', () => {
    const md = read('layout/sizing.md');
    const table = md.slice(md.indexOf('| Instansi |'), md.indexOf('## Program ruang'));
    for (const line of table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Instansi') && !l.startsWith('| **'))) {
      expect(line, line).toMatch(/≈ \d/);
    }
    expect(md).toMatch(/## Asal angka/);
    expect(md).toMatch(/perkiraan dari katalog layanan lazim "KTP-el/);
    expect(md).toMatch(/bawaan kit 10 menit/);
    expect(md).toMatch(/sumber: MPP Buka Layanan Paspor/);
    expect(md).toMatch(/Lantai gedung: ≈ perkiraan: satu lantai/);
  });

  it('marks estimates in README.md and names the agencies without services', () => {
    const readme = read('README.md');
    expect(readme).toMatch(/\| Loket \| ≈ \d+ \|/);
    expect(readme).toMatch(/## Angka perkiraan/);
    expect(readme).toMatch(/100% beban jam puncak bertumpu padanya/);
    expect(readme).toMatch(/Belum ada layanan yang diketahui untuk 2 instansi \(BPJS Kesehatan, Perumda Tirta Contoh\)/);
  });

  it('carries the provenance of every figure in app/app-config.json', () => {
    const config = JSON.parse(read('app/app-config.json'));
    expect(config.queue.openingHoursProvenance.kind).toBe('bawaan');
    for (const agency of config.queue.agencies) expect(agency.countersProvenance.kind, agency.id).not.toBe('diisi');
    for (const quota of config.queue.quotas) {
      expect(quota.handlingMinutesProvenance.kind, quota.service).not.toBe('diisi');
      expect(quota.visitorsPerDayProvenance.note.id.length).toBeGreaterThan(0);
    }
  });

  it('has a checklist task per estimate, for its agency, listing the figures', () => {
    const checklist = read('checklist/checklist.yaml');
    for (const agency of ['dinas-kependudukan-dan-pencatatan-sipil', 'samsat-contoh-raya', 'kantor-imigrasi-kelas-i', 'lembaga-tanpa-kata-kunci']) {
      expect(checklist).toContain(`id: ukur-lama-pelayanan/${agency}`);
      expect(checklist).toContain(`id: catat-pengunjung/${agency}`);
      expect(checklist).toContain(`id: konfirmasi-jumlah-loket/${agency}`);
    }
    for (const agency of ['bpjs-kesehatan', 'perumda-tirta-contoh']) expect(checklist).toContain(`id: lengkapi-layanan-instansi/${agency}`);
    expect(checklist).toContain('id: konfirmasi-jenis-instansi/lembaga-tanpa-kata-kunci');
    expect(checklist).toContain('id: ukur-denah-gedung');
    expect(checklist).toContain('id: tetapkan-jam-layanan');
    expect(read('checklist/checklist.md')).toMatch(/Perekaman KTP-el: 8 \(≈ perkiraan dari katalog/);
  });

  it('never invents a service: open data and public pages list exactly the services given', () => {
    const services = JSON.parse(read('app/hsds/services.json')) as Array<{ name: string }>;
    expect(services.map((s) => s.name).sort()).toEqual(minimumAnswers().services!.map((s) => s.name).sort());
    const organizations = JSON.parse(read('app/hsds/organizations.json')) as Array<{ name: string }>;
    expect(organizations.map((o) => o.name)).toContain('Perumda Tirta Contoh');
    const index = read('app/standar-pelayanan/index.md');
    expect(index).not.toMatch(/Perumda Tirta Contoh/);
    const locations = JSON.parse(read('app/hsds/locations.json')) as Array<{ schedules: unknown[] }>;
    expect(locations[0].schedules).toEqual([]);
  });
});
