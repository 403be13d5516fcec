/* Generated from schemas/rules.schema.json by scripts/gen-types.mjs. Do not edit by hand: run `npm run gen:types`. */

/**
 * Jenis peraturan. (EN) Kind of regulation.
 */
export type RuleType =
  | 'uu'
  | 'perpres'
  | 'pp'
  | 'permenpanrb'
  | 'kepmenpanrb'
  | 'pedoman-menpanrb'
  | 'permenpupr'
  | 'peraturan-ombudsman'
  | 'perbup'
  | 'keputusan-bupati'
  | 'permenkes'
  | 'permenpan'
  | 'nota-kesepahaman';

/**
 * Daftar peraturan yang dirujuk daftar periksa. (EN) Registry of the regulations the checklist cites.
 */
export interface RulesRegistry {
  schemaVersion: 1;
  /**
   * @minItems 1
   */
  rules: Rule[];
}
export interface Rule {
  /**
   * Pengenal peraturan. (EN) Rule identifier.
   */
  id: string;
  type: RuleType;
  /**
   * Nomor peraturan. (EN) Rule number.
   */
  number: string;
  /**
   * Tahun. (EN) Year.
   */
  year: number;
  /**
   * Cara mengutip bila bukan jenis-nomor/tahun, misalnya nota kesepahaman. (EN) How it is cited when not type number/year, e.g. a memorandum.
   */
  citation?: string;
  /**
   * Judul (tentang). (EN) Title.
   */
  title: string;
  /**
   * Berlaku, sudah diganti, atau perlu dikonfirmasi. (EN) In force, replaced, or to be confirmed.
   */
  status: 'in-force' | 'replaced' | 'to-confirm';
  /**
   * Peraturan pengganti. (EN) The replacing rule.
   */
  replacedBy?: string;
  /**
   * Berlaku nasional, contoh dari model Badung, atau catatan sejarah MPP (hanya sebagai contoh). (EN) National, an example from the Badung model, or a piece of MPP history (only as an example).
   */
  scope: 'national' | 'badung-model' | 'history';
  summary: Localized;
  caveat?: Localized;
}
/**
 * Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English.
 */
export interface Localized {
  id: string;
  en: string;
}
