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
 * Penilaian pemeriksa: sesuai, perlu perbaikan, tidak sesuai. Butir terverifikasi hanya bila ada bukti dan pemeriksa menyatakan sesuai. (EN) The reviewer's verdict: accepted, needs work, rejected. An item is verified only with evidence and the reviewer's `sesuai`.
 */
export type ReviewerStatus = 'sesuai' | 'perlu-perbaikan' | 'tidak-sesuai';

/**
 * Daftar periksa kesiapan MPP sebuah daerah. Ubah `status`, `notes`, `evidenceProvided`, `reviewerStatus` dan `reviewerNote`; bagian lain ditulis ulang oleh generator. (EN) A region's MPP readiness checklist. Edit `status`, `notes`, `evidenceProvided`, `reviewerStatus` and `reviewerNote`; the generator rewrites the rest.
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
   * Tanggal peresmian yang dipakai menghitung tenggat (YYYY-MM-DD, YYYY-MM atau YYYY). (EN) Launch date used for due dates (YYYY-MM-DD, YYYY-MM or YYYY).
   */
  launchDate?: string;
  operating?: Operating;
  phases: Phase[];
  items: Item[];
}
/**
 * Ada bila MPP sudah beroperasi: butir sebelum peluncuran menjadi konfirmasi, butir berkala mendapat tenggat berikutnya. (EN) Present when the MPP is operating: pre-launch items become confirmations, recurring items get their next due dates.
 */
export interface Operating {
  /**
   * Status peresmian, atau tanggal peresmian sudah lewat. (EN) The launch status, or a launch date already passed.
   */
  reason: 'status' | 'launch-date-passed';
  /**
   * Tanggal acuan tenggat berikutnya. (EN) Reference date of the next due dates.
   */
  asOf: string;
  /**
   * mpp.asOf dari jawaban, atau tanggal data kit. (EN) mpp.asOf from the answers, or the kit's data date.
   */
  asOfSource: 'answers' | 'kit-data';
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
  recurs?: Recurrence;
  /**
   * Tenggat; untuk butir berkala MPP yang beroperasi: tenggat berikutnya. (EN) Due date; for a recurring item of an operating MPP: the next due date.
   */
  dueDate?: string;
  /**
   * MPP sudah beroperasi: konfirmasi bahwa butir ini sudah terpenuhi (tanpa tenggat). (EN) The MPP operates: confirm this item is already met (no due date).
   */
  confirmMet?: boolean;
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
  evidenceProvided?: EvidenceProvided;
  reviewerStatus?: ReviewerStatus;
  /**
   * Catatan pemeriksa; dipertahankan saat generator dijalankan ulang. (EN) The reviewer's note; kept on re-runs.
   */
  reviewerNote?: string | null;
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
export interface Recurrence {
  everyMonths: number;
}
/**
 * Bukti dukung yang diberikan daerah: berkas di dalam folder deployment, tautan, catatan, tanggal. (EN) Evidence the region provides: files inside the deployment folder, links, a note, a date.
 */
export interface EvidenceProvided {
  /**
   * Items: Jalur relatif di dalam folder deployment, misalnya bukti/perbup.pdf. (EN) Relative path inside the deployment folder, e.g. bukti/perbup.pdf.
   */
  files?: string[];
  urls?: string[];
  note?: string | null;
  date?: string;
}
