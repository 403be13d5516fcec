import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import ExcelJS from 'exceljs';
import { mpp, tempDir } from '../helpers/cli.js';
import { reviewOutputValidator } from '../../src/review/schema.js';

interface YamlItem {
  get: (k: string) => unknown;
  set: (k: string, v: unknown) => void;
}

/** Gives evidence and reviewer verdicts to a few items, as a region and then its reviewer would. */
function annotate(path: string) {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const items = (doc.get('items') as { items: YamlItem[] }).items;
  const find = (id: string) => items.find((i) => i.get('id') === id)!;
  const verified = find('tim-kerja');
  verified.set('status', 'selesai');
  verified.set('evidenceProvided', doc.createNode({ files: ['bukti/sk-tim-kerja.pdf'], urls: ['https://jdih.example.go.id/sk/35'], note: 'SK Bupati <no. 35> & "lampiran"', date: '2026-06-01' }));
  verified.set('reviewerStatus', 'sesuai');
  verified.set('reviewerNote', 'Sesuai, ditandatangani');
  const claimed = find('perkada-mpp');
  claimed.set('status', 'selesai');
  claimed.set('reviewerStatus', 'sesuai');
  claimed.set('reviewerNote', 'Belum ada bukti');
  const missingFile = find('anggaran');
  missingFile.set('status', 'proses');
  missingFile.set('evidenceProvided', doc.createNode({ files: ['bukti/dpa.pdf'] }));
  missingFile.set('reviewerStatus', 'perlu-perbaikan');
  writeFileSync(path, doc.toString());
}

describe('evidence and reviewer status (black box)', () => {
  it('survive a re-run of mpp new and appear in the review, verified only with evidence and the reviewer\'s yes', async () => {
    const out = join(tempDir(), 'contoh');
    expect(mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out]).code).toBe(0);
    const checklistPath = join(out, 'checklist', 'checklist.yaml');
    annotate(checklistPath);
    mkdirSync(join(out, 'bukti'));
    writeFileSync(join(out, 'bukti', 'sk-tim-kerja.pdf'), '%PDF-1.4 test');

    const rerun = mpp(['new', '--answers', 'test/fixtures/minimal.yaml', '--out', out]);
    expect(rerun.code, rerun.stderr).toBe(0);
    const after = parseDocument(readFileSync(checklistPath, 'utf8')).toJS() as { items: Array<Record<string, unknown>> };
    const item = (id: string) => after.items.find((i) => i.id === id)!;
    expect(item('tim-kerja')).toMatchObject({
      status: 'selesai',
      evidenceProvided: { files: ['bukti/sk-tim-kerja.pdf'], urls: ['https://jdih.example.go.id/sk/35'], note: 'SK Bupati <no. 35> & "lampiran"', date: '2026-06-01' },
      reviewerStatus: 'sesuai',
      reviewerNote: 'Sesuai, ditandatangani',
    });
    expect(item('perkada-mpp')).toMatchObject({ status: 'selesai', reviewerStatus: 'sesuai' });
    expect(item('anggaran')).toMatchObject({ reviewerStatus: 'perlu-perbaikan', evidenceProvided: { files: ['bukti/dpa.pdf'] } });
    // The printable checklist and the dashboard show them too, escaped.
    const html = readFileSync(join(out, 'checklist', 'checklist.html'), 'utf8');
    expect(html).toContain('SK Bupati &lt;no. 35&gt; &amp; &quot;lampiran&quot;');
    expect(html).toContain('Pemeriksa: sesuai; terverifikasi');
    expect(readFileSync(join(out, 'dashboard.html'), 'utf8')).toContain('bukti/sk-tim-kerja.pdf'.split('/')[0]);

    const json = mpp(['review', out, '--format', 'json']);
    const report = JSON.parse(json.stdout);
    expect(reviewOutputValidator()(report), JSON.stringify(reviewOutputValidator().errors?.slice(0, 3))).toBe(true);
    const review = report.regions[0].review;
    expect(review.checklist).toMatchObject({ withEvidence: 2, reviewed: 3, verified: 1 });
    const entries = Object.fromEntries(review.checklist.entries.map((e: { id: string }) => [e.id, e]));
    expect(entries['tim-kerja']).toMatchObject({ status: 'selesai', reviewerStatus: 'sesuai', verified: true, evidence: ['bukti/sk-tim-kerja.pdf', 'https://jdih.example.go.id/sk/35'] });
    // The region says done and the reviewer agreed, but without evidence it is not verified.
    expect(entries['perkada-mpp']).toMatchObject({ status: 'selesai', reviewerStatus: 'sesuai', verified: false });
    expect(entries['anggaran']).toMatchObject({ reviewerStatus: 'perlu-perbaikan', verified: false });
    // A named evidence file that is not in the folder is a finding.
    const missing = review.findings.filter((f: { code: string }) => f.code === 'evidence-file-missing');
    expect(missing.map((f: { params: { file: string } }) => f.params.file)).toEqual(['bukti/dpa.pdf']);
    // Indicator 1 in the reviewer's column rests on what is verified only.
    expect(review.pekppp.indicators[0].evidenceGiven).toEqual([]);

    const table = mpp(['review', out, '--lang', 'en']);
    expect(table.stdout).toContain('Checklist evidence and verification');
    expect(table.stdout).toMatch(/tim-kerja\s+Done\s+bukti\/sk-tim-kerja\.pdf; https:\/\/jdih\.example\.go\.id\/sk\/35; SK Bupati <no\. 35> & "lampiran"; 2026-06-01\s+accepted; Sesuai, ditandatangani\s+Yes/);
    expect(table.stdout).toMatch(/perkada-mpp\s+Done\s+accepted; Belum ada bukti\s+No/);

    // The PEKPPP worksheet, formula-free and byte-stable.
    const xlsxPath = join(out, 'pekppp.xlsx');
    // Exit 1: the planned minimal region still has launch blockers; the workbook is written all the same.
    expect(mpp(['review', out, '--format', 'xlsx', '--out', xlsxPath]).code).toBe(1);
    const bytes = readFileSync(xlsxPath);
    await new Promise((r) => setTimeout(r, 2100));
    expect(mpp(['review', out, '--format', 'xlsx', '--out', xlsxPath]).code).toBe(1);
    expect(readFileSync(xlsxPath).equals(bytes)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'contoh']);
    const sheet = workbook.getWorksheet('contoh')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['No', 'Aspek', 'Indikator', 'Bobot indeks (%)', 'Uraian tingkat', 'Nilai mandiri', 'Nilai evaluator', 'Nilai x bobot', 'Bukti dukung diminta', 'Bukti dukung tersedia', 'Yang diketahui kit', 'Alasan']);
    expect(sheet.rowCount).toBe(32);
    workbook.eachSheet((s) => s.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula))));
    expect(mpp(['review', out, '--format', 'xlsx']).code).toBe(2);
  });
});
