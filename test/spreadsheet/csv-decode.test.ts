import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../src/spreadsheet/csv-decode.js';
import { mpp, tempDir } from '../helpers/cli.js';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without BOM, and UTF-16 with a BOM, without warnings', () => {
    for (const input of [bytes('Nama;Café\n'), bytes([0xef, 0xbb, 0xbf], 'Nama;Café\n')]) {
      const result = decodeCsvBytes(input, 'a.csv', 'id');
      expect(result).toEqual({ ok: true, value: { text: 'Nama;Café\n', warnings: [] } });
    }
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Nama\tCafé\n', 'utf16le')]);
    expect(decodeCsvBytes(utf16, 'u.csv', 'en')).toEqual({ ok: true, value: { text: 'Nama\tCafé\n', warnings: [] } });
  });

  it('reads Windows-1252 (cp1252/latin-1) with a warning naming the file, never U+FFFD', () => {
    const result = decodeCsvBytes(new Uint8Array([...Buffer.from('Izin usaha caf', 'latin1'), 0xe9, 0x3b, 0x80, 0x0a]), 'lama.csv', 'en');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.text).toBe('Izin usaha café;€\n');
    expect(result.value.text).not.toContain('\ufffd');
    expect(result.value.warnings).toHaveLength(1);
    expect(result.value.warnings[0].message).toMatch(/^lama\.csv is not UTF-8; it was read as Windows-1252/);
  });

  it('refuses bytes that are not text, with a message naming the file', () => {
    const result = decodeCsvBytes(bytes('PK', [0x03, 0x04, 0x00, 0x01]), 'buku.csv', 'id');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].message).toMatch(/^buku\.csv bukan berkas teks CSV/);
  });
});

describe('mpp import of a cp1252 CSV (black box)', () => {
  it('transcodes it with a warning on stderr and keeps the accented letters', () => {
    const dir = tempDir('mpp-csv-');
    writeFileSync(join(dir, 'base.yaml'), 'schemaVersion: 1\nregion: { name: Contoh, kind: kota, province: Bali }\nmpp: { name: MPP Kota Contoh, organiser: DPMPTSP Kota Contoh }\nagencies: [{ name: DPMPTSP }]\nservices: []\n');
    writeFileSync(join(dir, 'layanan.csv'), Buffer.concat([Buffer.from('Nama layanan;Instansi\nIzin usaha caf', 'latin1'), Buffer.from([0xe9]), Buffer.from(';DPMPTSP\n', 'latin1')]));
    const result = mpp(['import', 'layanan.csv', '--base', 'base.yaml', '--out', 'mpp.yaml', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/layanan\.csv is not UTF-8; it was read as Windows-1252/);
    const written = mpp(['validate', 'mpp.yaml'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(readFileSync(join(dir, 'mpp.yaml'), 'utf8')).toContain('name: Izin usaha café');
  });
});
