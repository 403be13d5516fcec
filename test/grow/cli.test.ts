import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse, parseDocument } from 'yaml';
import { loadRegionText } from '../../src/config/load.js';
import { mpp, snapshotDir, tempDir } from '../helpers/cli.js';

interface ChecklistItem { id: string; status: string; notes?: string; applies?: boolean }
interface AppConfig { queue: { agencies: Array<{ id: string; prefix: string }> } }

const readYaml = <T>(path: string): T => parse(readFileSync(path, 'utf8')) as T;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Sets status and notes on every `step`-th checklist item, as a civil servant would by hand. */
function editStatuses(path: string): Array<{ id: string; status: string; notes: string }> {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const items = doc.get('items') as { items: Array<{ get: (k: string) => unknown; set: (k: string, v: unknown) => void }> };
  const statuses = ['selesai', 'proses', 'tidak-berlaku'];
  const edited = items.items.filter((_, i) => i % 7 === 0).map((item, i) => {
    const status = statuses[i % statuses.length];
    const notes = `Catatan ${i}: SK no. ${100 + i}`;
    item.set('status', status);
    item.set('notes', notes);
    return { id: String(item.get('id')), status, notes };
  });
  writeFileSync(path, doc.toString());
  return edited;
}

const AGENCY = `name: "Dinas <Arsip> {dan} Perpustakaan"
kind: opd
plannedCounters: 2
services:
  - name: Layanan Arsip Statis
    visitorsPerDay: 15
    handlingMinutes: 12
`;
const SERVICE = `agency: disdukcapil
name: Konsultasi Kependudukan Daring
visitorsPerDay: 10
handlingMinutes: 8
`;

describe('mpp add / remove on a generated Badung deployment', () => {
  it('adds an agency and a service: every artifact has them, every edited status survives; remove refuses, then cascades', () => {
    const dir = tempDir();
    const out = join(dir, 'badung');
    expect(mpp(['new', '--answers', 'examples/badung/mpp.yaml', '--out', out]).code).toBe(0);
    const checklistPath = join(out, 'checklist', 'checklist.yaml');
    const edited = editStatuses(checklistPath);
    expect(edited.length).toBeGreaterThan(5);
    const prefixesBefore = readJson<AppConfig>(join(out, 'app', 'app-config.json')).queue.agencies;
    writeFileSync(join(dir, 'agency.yaml'), AGENCY);
    writeFileSync(join(dir, 'service.yaml'), SERVICE);

    const addAgency = mpp(['add', 'agency', '--from', 'agency.yaml', '--in', 'badung'], { cwd: dir });
    expect(addAgency.stderr).not.toMatch(/internal|conflict/i);
    expect(addAgency.code).toBe(0);
    expect(addAgency.stdout).toContain('dinas-arsip-dan-perpustakaan');
    const addService = mpp(['add', 'service', '--from', 'service.yaml', '--in', 'badung', '--lang', 'en'], { cwd: dir });
    expect(addService.code).toBe(0);
    expect(addService.stdout).toContain('service "konsultasi-kependudukan-daring" added');

    // mpp.yaml holds both and is valid.
    const answersText = readFileSync(join(out, 'mpp.yaml'), 'utf8');
    const answers = loadRegionText(answersText, { lang: 'en' });
    expect(answers.ok).toBe(true);
    if (!answers.ok) return;
    expect(answers.value.agencies.at(-1)).toMatchObject({ id: 'dinas-arsip-dan-perpustakaan', name: 'Dinas <Arsip> {dan} Perpustakaan' });
    expect(answers.value.services.map((s) => s.id)).toEqual(expect.arrayContaining(['layanan-arsip-statis', 'konsultasi-kependudukan-daring']));

    // Checklist: a new per-agency item for the new regional office (its Service Standards; an OPD joins
    // through the regulation, not by an MoU), every hand-edited status and note kept.
    const checklist = readYaml<{ items: ChecklistItem[] }>(checklistPath).items;
    expect(checklist.find((i) => i.id === 'standar-pelayanan-instansi/dinas-arsip-dan-perpustakaan')).toMatchObject({ status: 'belum' });
    expect(checklist.some((i) => i.id === 'mou-instansi/dinas-arsip-dan-perpustakaan')).toBe(false);
    for (const e of edited) expect(checklist.find((i) => i.id === e.id), e.id).toMatchObject({ status: e.status, notes: e.notes });

    // Layout and app config mention the new items; old ticket prefixes are unchanged, the new one is new.
    expect(readFileSync(join(out, 'layout', 'layout.yaml'), 'utf8')).toContain('dinas-arsip-dan-perpustakaan');
    const queue = readJson<AppConfig>(join(out, 'app', 'app-config.json')).queue.agencies;
    for (const before of prefixesBefore) expect(queue.find((a) => a.id === before.id)?.prefix, before.id).toBe(before.prefix);
    const added = queue.find((a) => a.id === 'dinas-arsip-dan-perpustakaan');
    expect(added).toBeDefined();
    expect(prefixesBefore.map((a) => a.prefix)).not.toContain(added?.prefix);
    const page = join(out, 'app', 'standar-pelayanan', 'dinas-arsip-dan-perpustakaan', 'layanan-arsip-statis.md');
    expect(existsSync(page)).toBe(true);
    expect(existsSync(join(out, 'app', 'standar-pelayanan', 'disdukcapil', 'konsultasi-kependudukan-daring.md'))).toBe(true);

    // Removal is refused while the agency still has services, and nothing changes.
    const before = snapshotDir(out);
    const refused = mpp(['remove', 'agency', 'dinas-arsip-dan-perpustakaan', '--in', out, '--lang', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('layanan-arsip-statis');
    expect(refused.stderr).toContain('--cascade');
    expect(snapshotDir(out)).toEqual(before);

    const removed = mpp(['remove', 'agency', 'dinas-arsip-dan-perpustakaan', '--in', out, '--cascade']);
    expect(removed.code).toBe(0);
    const after = readYaml<{ agencies: Array<{ id: string }>; services: Array<{ id: string }> }>(join(out, 'mpp.yaml'));
    expect(after.agencies.map((a) => a.id)).not.toContain('dinas-arsip-dan-perpustakaan');
    expect(after.services.map((s) => s.id)).not.toContain('layanan-arsip-statis');
    expect(existsSync(page)).toBe(false);
    const finalChecklist = readYaml<{ items: ChecklistItem[] }>(checklistPath).items;
    expect(finalChecklist.find((i) => i.id === 'standar-pelayanan-instansi/dinas-arsip-dan-perpustakaan')).toMatchObject({ applies: false, status: 'tidak-berlaku' });
    for (const e of edited) expect(finalChecklist.find((i) => i.id === e.id), e.id).toMatchObject({ status: e.status, notes: e.notes });
  }, 240_000); // eight whole-process runs on a full Badung deployment: room for a loaded machine

  it('merges a hand-edited page with the new agency, marks what overlaps (exit 1), and overwrites it only with --force', () => {
    const dir = tempDir();
    expect(mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', dir]).code).toBe(0);
    const index = join(dir, 'app', 'standar-pelayanan', 'index.md');
    writeFileSync(index, '# diubah tangan\n');
    writeFileSync(join(dir, 'agency.yaml'), AGENCY);
    const merged = mpp(['add', 'agency', '--from', 'agency.yaml'], { cwd: dir });
    expect(merged.code).toBe(1);
    expect(merged.stderr).toMatch(/app\/standar-pelayanan\/index\.md:\d+: /);
    const page = readFileSync(index, 'utf8');
    expect(page).toContain('# diubah tangan\n');
    expect(page).toContain('<<<<<<< yours');
    expect(page).toContain('Perpustakaan');
    expect(readFileSync(join(dir, 'mpp.yaml'), 'utf8')).toContain('dinas-arsip-dan-perpustakaan');
    writeFileSync(join(dir, 'service.yaml'), 'agency: dinas-arsip-dan-perpustakaan\nname: Kedua\nvisitorsPerDay: 1\nhandlingMinutes: 3\n');
    const forced = mpp(['add', 'service', '--from', 'service.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(index, 'utf8')).not.toContain('diubah tangan');
    expect(readFileSync(index, 'utf8')).not.toContain('<<<<<<<');
  });

  it('exits 2 writing nothing: no deployment, a broken item (located), no --from without a terminal', () => {
    const empty = tempDir();
    const none = mpp(['add', 'agency', '--from', 'x.yaml'], { cwd: empty });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('mpp.yaml');

    const dir = tempDir();
    expect(mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', dir]).code).toBe(0);
    const before = snapshotDir(dir);
    writeFileSync(join(dir, '..', 'bad-item.yaml'), 'name: Dinas\nkind: bukan-jenis\nplannedCounters: 1\nservices:\n  - name: L\n    handlingMinutes: -3\n');
    const bad = mpp(['add', 'agency', '--from', '../bad-item.yaml', '--lang', 'en'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-item\.yaml:2:7 kind:/);
    expect(bad.stderr).toMatch(/bad-item\.yaml:6:\d+ services\[0\]\.handlingMinutes:/);
    const noFrom = mpp(['add', 'service', '--lang', 'en'], { cwd: dir });
    expect(noFrom.code).toBe(2);
    expect(noFrom.stderr).toContain('--from');
    expect(noFrom.stderr).toMatch(/agency|name/);
    const badKind = mpp(['add', 'loket'], { cwd: dir });
    expect(badKind.code).toBe(2);
    expect(snapshotDir(dir)).toEqual(before);
  });
});

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.worksheets.find((w) => w.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

async function editWorkbook(path: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  edit(workbook);
  await workbook.xlsx.writeFile(path);
}

describe('mpp import / export', () => {
  it('a filled --template workbook imports to a valid mpp.yaml that mpp new accepts; export then import round-trips', async () => {
    const dir = tempDir();
    expect(mpp(['import', '--template', 'template.xlsx'], { cwd: dir }).code).toBe(0);
    await editWorkbook(join(dir, 'template.xlsx'), (workbook) => {
      // Row 2 of every sheet is the template's example (never imported): data goes below it.
      const region = sheet(workbook, 'Wilayah');
      for (const [row, value] of [[5, 'Contoh'], [6, 'kabupaten'], [7, 'Jawa Tengah'], [9, 'MPP Kabupaten Contoh'], [10, 'DPMPTSP Kabupaten Contoh']] as const) region.getCell(row, 2).value = value;
      sheet(workbook, 'Instansi').getRow(3).values = ['dukcapil', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dukcapil', 'opd', 2];
      sheet(workbook, 'Layanan').getRow(3).values = ['ktp-el', 'dukcapil', 'Perekaman KTP-el', 'non-perizinan', 60, null, 10, 'tidak'];
      sheet(workbook, 'Layanan').getRow(4).values = ['kk', 'dukcapil', 'Kartu <Keluarga> {baru}', 'non-perizinan', 40, null, 8, 'ya'];
      sheet(workbook, 'Loket').getRow(3).values = ['dukcapil-1', 'dukcapil', 'ktp-el, kk'];
    });
    const imported = mpp(['import', 'template.xlsx', '--out', 'mpp.yaml'], { cwd: dir });
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const answers = loadRegionText(readFileSync(join(dir, 'mpp.yaml'), 'utf8'), { lang: 'id' });
    expect(answers.ok).toBe(true);
    if (!answers.ok) return;
    expect(answers.value.services.map((s) => s.id)).toEqual(['ktp-el', 'kk']);
    expect(answers.value.counters?.[0].services).toEqual(['ktp-el', 'kk']);
    expect(mpp(['import', 'template.xlsx', '--out', 'mpp.yaml'], { cwd: dir }).code).toBe(2);
    expect(mpp(['new', '--answers', 'mpp.yaml', '--out', 'deployment'], { cwd: dir }).code).toBe(0);

    // Export to both formats and import back.
    expect(mpp(['export', 'deployment', '--out', 'back.xlsx'], { cwd: dir }).code).toBe(0);
    expect(mpp(['export', 'mpp.yaml', '--format', 'csv', '--out', 'back.csv'], { cwd: dir }).code).toBe(0);
    expect(mpp(['import', 'back.xlsx', '--out', 'again.yaml'], { cwd: dir }).code).toBe(0);
    // Same answers once normalized (the deployment's mpp.yaml carries the schema defaults).
    const normalized = (file: string) => loadRegionText(readFileSync(join(dir, file), 'utf8'), { lang: 'id' });
    expect(normalized('again.yaml')).toEqual(normalized('mpp.yaml'));
    expect(mpp(['import', 'back.csv', '--out', 'csv.yaml'], { cwd: dir }).code).toBe(2);
    expect(mpp(['import', 'back.csv', '--base', 'mpp.yaml', '--out', 'csv.yaml'], { cwd: dir }).code).toBe(0);
    expect(normalized('csv.yaml')).toEqual(normalized('mpp.yaml'));
  });

  it('wrong cells: every error names sheet, row and column; exit 2 and nothing written', async () => {
    const dir = tempDir();
    expect(mpp(['import', '--template', 'bad.xlsx', '--lang', 'en'], { cwd: dir }).code).toBe(0);
    await editWorkbook(join(dir, 'bad.xlsx'), (workbook) => {
      sheet(workbook, 'Services').getRow(3).values = ['x', 'dukcapil', 'X', null, 'banyak', null, -4];
      sheet(workbook, 'Counters').getRow(3).values = ['k', 'dukcapil', 'tidak-ada'];
    });
    const before = snapshotDir(dir);
    const result = mpp(['import', 'bad.xlsx', '--out', 'mpp.yaml', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Services!E3/);
    expect(result.stderr).toMatch(/Services!G3/);
    expect(result.stderr).toMatch(/Counters!C3/);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('--into merges a workbook into a deployment and regenerates it, keeping statuses', async () => {
    const dir = tempDir();
    const out = join(dir, 'd');
    expect(mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out]).code).toBe(0);
    const checklistPath = join(out, 'checklist', 'checklist.yaml');
    const edited = editStatuses(checklistPath);
    expect(mpp(['export', out, '--out', join(dir, 'x.xlsx')]).code).toBe(0);
    await editWorkbook(join(dir, 'x.xlsx'), (workbook) => {
      sheet(workbook, 'Instansi').addRow(['dinas-baru', 'Dinas Baru', null, 'opd', 1]);
      sheet(workbook, 'Layanan').addRow(['layanan-baru', 'dinas-baru', 'Layanan Baru', 'perizinan', 12, null, 20]);
    });
    const result = mpp(['import', join(dir, 'x.xlsx'), '--into', out]);
    expect(result.code).toBe(0);
    const answers = readYaml<{ agencies: Array<{ id: string }> }>(join(out, 'mpp.yaml'));
    expect(answers.agencies.map((a) => a.id)).toContain('dinas-baru');
    const checklist = readYaml<{ items: ChecklistItem[] }>(checklistPath).items;
    expect(checklist.some((i) => i.id === 'standar-pelayanan-instansi/dinas-baru')).toBe(true);
    for (const e of edited) expect(checklist.find((i) => i.id === e.id), e.id).toMatchObject({ status: e.status, notes: e.notes });
  });
});
