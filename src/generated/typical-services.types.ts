/* Generated from schemas/typical-services.schema.json by scripts/gen-types.mjs. Do not edit by hand: run `npm run gen:types`. */

/**
 * Sumber publik sebuah angka. (EN) A public source of a figure.
 */
export type Source = Source1 & {
  title: string;
  url?: string;
  publisher?: string;
  date?: string;
};
export type Source1 = {
  [k: string]: unknown;
};
/**
 * Kata kunci dalam bentuk ternormalisasi: huruf kecil dan angka, satu spasi di antara kata. (EN) A keyword in normalized form: lower-case letters and digits, one space between words.
 */
export type Keyword = string;

/**
 * Katalog layanan yang lazim di MPP dengan lama pelayanan dan bagian permintaan, tiap angka dengan sumber atau alasan asumsi kit, untuk memperkirakan angka yang tidak diberikan daerah. (EN) Catalogue of typical MPP services with handling minutes and demand share, each figure with its source or the kit's rationale, used to estimate the figures a region does not give.
 */
export interface TypicalServices {
  /**
   * Alamat skema untuk editor (opsional). (EN) Schema address for editors (optional).
   */
  $schema?: string;
  /**
   * Versi format katalog ini; saat ini 1. (EN) Version of this catalogue's format; currently 1.
   */
  schemaVersion: 1;
  referenceDailyVisitors: Figure;
  /**
   * Layanan yang lazim, dalam urutan pencocokan. (EN) Typical services, in matching order.
   *
   * @minItems 1
   */
  services: Service[];
  /**
   * Kata kunci nama instansi untuk memperkirakan jenis instansi yang tidak diisi. (EN) Agency-name keywords used to estimate an agency kind that is not given.
   *
   * @minItems 1
   */
  agencyKinds: AgencyKindRule[];
}
/**
 * Pengunjung per hari MPP acuan, dasar bagian permintaan. (EN) Visitors per day of the reference MPP the demand shares refer to.
 */
export interface Figure {
  value: number;
  basis: 'sumber' | 'asumsi-kit';
  /**
   * @minItems 1
   */
  sources?: Source[];
  rationale: Bilingual;
}
/**
 * Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English.
 */
export interface Bilingual {
  id: string;
  en: string;
}
/**
 * Satu jenis layanan yang lazim dan cara mencocokkannya. (EN) One typical kind of service and how it is matched.
 */
export interface Service {
  id: string;
  label: Bilingual;
  /**
   * Kata kunci nama layanan. (EN) Service-name keywords.
   */
  keywords: Keyword[];
  /**
   * Bila ada, nama instansi harus memuat salah satunya. (EN) When given, the agency name must contain one of them.
   */
  agencyKeywords?: Keyword[];
  /**
   * Bila ada, jenis instansi harus salah satunya. (EN) When given, the agency kind must be one of them.
   *
   * Items: Jenis instansi: perangkat daerah (opd), instansi vertikal, BUMN, BUMD, swasta, kantor bersama beberapa instansi (misalnya Samsat), badan hukum publik (misalnya BPJS), organisasi profesi, atau lainnya. (EN) Kind of agency: regional office (opd), central-government office, state-owned, region-owned, private, a joint office of several agencies (e.g. Samsat), a public legal body (e.g. BPJS), a professional body, or other.
   */
  agencyKinds?: (
    | 'opd'
    | 'instansi-vertikal'
    | 'bumn'
    | 'bumd'
    | 'swasta'
    | 'kantor-bersama'
    | 'badan-hukum-publik'
    | 'organisasi-profesi'
    | 'lainnya'
  )[];
  /**
   * Dipakai untuk layanan instansi yang cocok yang namanya tidak cocok dengan entri mana pun. (EN) Used for services of a matching agency whose names match no entry.
   */
  agencyFallback?: boolean;
  category: 'perizinan' | 'non-perizinan';
  handlingMinutes: Figure1;
  demandShare: Figure1;
}
/**
 * Satu angka dengan dasarnya: dari sumber (`sumber`, dengan `sources`) atau asumsi kit (`asumsi-kit`), selalu dengan alasan. (EN) One figure with its basis: read from sources (`sumber`, with `sources`) or a kit assumption (`asumsi-kit`), always with a rationale.
 */
export interface Figure1 {
  value: number;
  basis: 'sumber' | 'asumsi-kit';
  /**
   * @minItems 1
   */
  sources?: Source[];
  rationale: Bilingual;
}
/**
 * Jenis instansi yang diperkirakan dari kata kunci nama. (EN) An agency kind estimated from name keywords.
 */
export interface AgencyKindRule {
  /**
   * Jenis instansi: perangkat daerah (opd), instansi vertikal, BUMN, BUMD, swasta, kantor bersama beberapa instansi (misalnya Samsat), badan hukum publik (misalnya BPJS), organisasi profesi, atau lainnya. (EN) Kind of agency: regional office (opd), central-government office, state-owned, region-owned, private, a joint office of several agencies (e.g. Samsat), a public legal body (e.g. BPJS), a professional body, or other.
   */
  kind:
    | 'opd'
    | 'instansi-vertikal'
    | 'bumn'
    | 'bumd'
    | 'swasta'
    | 'kantor-bersama'
    | 'badan-hukum-publik'
    | 'organisasi-profesi'
    | 'lainnya';
  /**
   * @minItems 1
   */
  keywords: Keyword[];
  rationale: Bilingual;
}
