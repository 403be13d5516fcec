/* Generated from schemas/checklist.schema.json by scripts/gen-types.mjs. Do not edit by hand: run `npm run gen:types`. */

export type PhaseId =
  | 'kelembagaan-regulasi'
  | 'kerja-sama-instansi'
  | 'infrastruktur-interior'
  | 'sumber-daya-manusia'
  | 'sistem-informasi'
  | 'standar-pelayanan'
  | 'peluncuran'
  | 'evaluasi-pengawasan';
/**
 * Kunci komponen Standar Pelayanan. (EN) Service Standard component key.
 */
export type ComponentKey =
  | 'requirements'
  | 'procedure'
  | 'completionTime'
  | 'fee'
  | 'product'
  | 'complaints'
  | 'legalBasis'
  | 'facilities'
  | 'staffCompetence'
  | 'internalSupervision'
  | 'staffCount'
  | 'serviceGuarantee'
  | 'securityGuarantee'
  | 'performanceEvaluation';
/**
 * Status butir: belum, proses, selesai, tidak-berlaku. (EN) Item status: not started, in progress, done, not applicable.
 */
export type Status = 'belum' | 'proses' | 'selesai' | 'tidak-berlaku';

/**
 * Daftar periksa kesiapan MPP sebuah daerah. Ubah `status` dan `notes`; bagian lain ditulis ulang oleh generator. (EN) A region's MPP readiness checklist. Edit `status` and `notes`; the generator rewrites the rest.
 */
export interface ChecklistFile {
  schemaVersion: 1;
  region: {
    name: string;
    kind: 'kabupaten' | 'kota';
    slug: string;
    mpp: string;
    organiser: string;
  };
  /**
   * Tanggal peresmian yang dipakai menghitung tenggat. (EN) Launch date used for due dates.
   */
  launchDate?: string;
  phases: Phase[];
  items: Item[];
}
export interface Phase {
  id: PhaseId;
  title: Localized;
}
/**
 * Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English.
 */
export interface Localized {
  id: string;
  en: string;
}
export interface Item {
  /**
   * Pengenal butir; `katalog/instansi` untuk butir per instansi. (EN) Item id; `catalogue/agency` for per-agency items.
   */
  id: string;
  phase: PhaseId;
  title: Localized;
  explanation: Localized;
  subject?: Subject;
  gaps?: Gap[];
  /**
   * Angka perkiraan yang butir ini minta dipastikan. (EN) The estimated figures this item asks to confirm.
   */
  estimates?: Estimate[];
  legalBasis: Citation[];
  examples?: Citation[];
  ownerRole: Localized;
  evidence: Localized;
  blocksLaunch: boolean;
  dueWeeksBefore: number;
  dueDate?: string;
  /**
   * Butir masih berlaku bagi jawaban daerah saat ini (ditulis generator). (EN) The item still applies to the current answers (written by the generator).
   */
  applies: boolean;
  status: Status;
  statusBeforeRetired?: Status;
  /**
   * Catatan daerah; dipertahankan saat generator dijalankan ulang (kosong boleh). (EN) The region's notes; kept on re-runs (may be left empty).
   */
  notes?: string | null;
}
export interface Subject {
  kind: 'agency';
  id: string;
  name: string;
}
export interface Gap {
  service: string;
  serviceName: string;
  /**
   * @minItems 1
   */
  missing: ComponentKey[];
}
/**
 * Satu angka perkiraan atau bawaan yang perlu dipastikan: layanan (bila ada), angka, nilai yang dipakai dan asalnya. (EN) One estimated or default figure to confirm: the service (if any), the figure, the value used and where it came from.
 */
export interface Estimate {
  service?: string;
  serviceName?: string;
  figure: 'handlingMinutes' | 'visitorsPerDay' | 'plannedCounters' | 'kind';
  value: number | string;
  note: Localized;
}
export interface Citation {
  rule: string;
  /**
   * Jenis, nomor dan tahun, misalnya PermenPANRB 92/2021. (EN) Type, number and year.
   */
  citation: string;
  title: string;
  /**
   * Peraturan yang sudah diganti tidak pernah dikutip. (EN) A replaced rule is never cited.
   */
  status: 'in-force' | 'to-confirm';
  caveat?: Localized;
}
