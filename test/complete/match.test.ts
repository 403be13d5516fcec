import { describe, expect, it } from 'vitest';
import { containsWords, matchAgencyKind, matchService, normalizeName } from '../../src/complete/match.js';
import { loadTypicalServices } from '../../src/complete/catalogue.js';

const catalogue = loadTypicalServices();
const entry = (service: string, agency: string, kind?: Parameters<typeof matchService>[1]['kind']) => matchService(service, { name: agency, kind }, catalogue)?.entry.id;

describe('the matching rule of data/typical-services.yaml', () => {
  it('normalizes names: accents dropped, lower case, other characters one space', () => {
    expect(normalizeName('  Perekaman KTP-el / e-KTP (Baru)  ')).toBe('perekaman ktp el e ktp baru');
    expect(normalizeName('Café Ümit')).toBe('cafe umit');
  });

  it('matches keywords as whole words only', () => {
    expect(containsWords('penerbitan kk baru', 'kk')).toBe(true);
    expect(containsWords('kkn desa', 'kk')).toBe(false);
    expect(entry('Simulasi kredit', 'Bank Jatim')).toBe('bank');
    expect(entry('Simpan pinjam', 'Koperasi Sejahtera')).toBeUndefined();
  });

  it('takes the longest matching keyword, then the earlier entry', () => {
    // "surat izin mengemudi" (3 words) beats "izin" (licences)
    expect(entry('Perpanjangan Surat Izin Mengemudi', 'Polres')).toBe('sim');
    // "akta perceraian" (civil registry) beats "perceraian" (religious court, which also needs the court as agency)
    expect(entry('Penerbitan akta perceraian', 'Dinas Kependudukan dan Pencatatan Sipil')).toBe('akta-perkawinan-perceraian');
    expect(entry('Pendaftaran perkara perceraian', 'Pengadilan Agama Subang')).toBe('pengadilan-agama');
  });

  it('respects an entry agency constraint', () => {
    expect(entry('Pendaftaran perkara perceraian', 'Dinas Kependudukan')).toBe('dukcapil-lain');
    expect(entry('Pembukaan rekening tabungan', 'Bank Jatim')).toBe('bank');
    expect(entry('Pembukaan rekening tabungan', 'Koperasi Maju')).toBeUndefined();
    expect(entry('Pembayaran rekening air', 'PDAM Tirta')).toBe('air-minum');
  });

  it("falls back to the agency's entry when no service keyword matches, else to nothing (kit default)", () => {
    expect(matchService('Layanan informasi', { name: 'Samsat Kota Pangkalpinang' }, catalogue)).toMatchObject({ entry: { id: 'samsat-umum' }, viaAgency: true });
    expect(entry('Layanan pengaduan', 'Kantor Imigrasi Kelas I TPI Polonia')).toBe('imigrasi-umum');
    expect(entry('Layanan pengaduan', 'Lembaga Tanpa Nama Dikenal')).toBeUndefined();
  });

  it('recognises agency kinds from the name, the longest keyword deciding', () => {
    const kind = (name: string) => matchAgencyKind({ name }, catalogue.agencyKinds)?.rule.kind;
    expect(kind('Badan Pertanahan Nasional')).toBe('instansi-vertikal');
    expect(kind('Badan Keuangan Daerah (Bakeuda)')).toBe('opd');
    expect(kind('Sistem Administrasi Manunggal Satu Atap (Samsat)')).toBe('kantor-bersama');
    expect(kind('BPJS Ketenagakerjaan')).toBe('badan-hukum-publik');
    expect(kind('Bank SumselBabel')).toBeUndefined();
    expect(kind('Bank Sumsel Babel')).toBe('bumd');
    expect(kind('PT. Pos Indonesia')).toBe('bumn');
    expect(kind('Ikatan Notaris Indonesia')).toBe('organisasi-profesi');
    expect(kind('Perumda Tirta Pinang')).toBe('bumd');
    expect(kind('Lembaga Xyz')).toBeUndefined();
  });
});
