/* Generated from schemas/checklist-catalogue.schema.json by scripts/gen-types.mjs. Do not edit by hand: run `npm run gen:types`. */

/**
 * Tahap persiapan. (EN) Preparation phase.
 */
export type PhaseId =
  | 'kelembagaan-regulasi'
  | 'kerja-sama-instansi'
  | 'infrastruktur-interior'
  | 'sumber-daya-manusia'
  | 'sistem-informasi'
  | 'standar-pelayanan'
  | 'peluncuran'
  | 'evaluasi-pengawasan';
export type Slug = string;
/**
 * Kapan butir berlaku bagi daerah; lihat src/checklist/conditions.ts. (EN) When the item applies to a region; see src/checklist/conditions.ts.
 */
export type Condition =
  | (
      | 'always'
      | 'hasLicensingServices'
      | 'hasOnlineServices'
      | 'multipleFloors'
      | 'perAgency'
      | 'perAgencyWithMissingComponents'
      | 'perAgencyWithEstimatedHandling'
      | 'perAgencyWithEstimatedVisitors'
      | 'perAgencyWithEstimatedCounters'
      | 'perAgencyWithEstimatedKind'
      | 'perAgencyWithoutServices'
      | 'estimatedFloors'
      | 'estimatedOpeningHours'
    )
  | {
      /**
       * Jenis sarana. (EN) Kind of facility.
       */
      missingFacility:
        | 'information-desk'
        | 'ticket-kiosk'
        | 'priority-counter'
        | 'lactation-room'
        | 'children-corner'
        | 'accessible-toilet'
        | 'wheelchair'
        | 'ramp'
        | 'guiding-block'
        | 'accessible-parking'
        | 'elevator'
        | 'complaint-desk'
        | 'prayer-room'
        | 'first-aid'
        | 'cctv'
        | 'self-service-kiosk'
        | 'waiting-area'
        | 'signage'
        | 'braille-information'
        | 'sign-language-service';
    }
  | {
      /**
       * Jenis saluran. (EN) Kind of channel.
       */
      missingComplaintChannel:
        'sp4n-lapor' | 'desk' | 'phone' | 'whatsapp' | 'email' | 'web' | 'social-media' | 'suggestion-box';
    }
  | {
      /**
       * @minItems 1
       *
       * Items: Jenis instansi: perangkat daerah (opd), instansi vertikal, BUMN, BUMD, swasta, kantor bersama beberapa instansi (misalnya Samsat), badan hukum publik (misalnya BPJS), organisasi profesi, atau lainnya. (EN) Kind of agency: regional office (opd), central-government office, state-owned, region-owned, private, a joint office of several agencies (e.g. Samsat), a public legal body (e.g. BPJS), a professional body, or other.
       */
      hasAgencyKind: (
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
    }
  | {
      /**
       * @minItems 1
       *
       * Items: Jenis instansi: perangkat daerah (opd), instansi vertikal, BUMN, BUMD, swasta, kantor bersama beberapa instansi (misalnya Samsat), badan hukum publik (misalnya BPJS), organisasi profesi, atau lainnya. (EN) Kind of agency: regional office (opd), central-government office, state-owned, region-owned, private, a joint office of several agencies (e.g. Samsat), a public legal body (e.g. BPJS), a professional body, or other.
       */
      perAgencyOfKind: (
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
    }
  | {
      /**
       * @minItems 1
       */
      allOf: Condition[];
    };

/**
 * Katalog butir daftar periksa kesiapan MPP, sebelum disesuaikan dengan daerah. (EN) Catalogue of MPP readiness checklist items, before tailoring to a region.
 */
export interface ChecklistCatalogue {
  schemaVersion: 1;
  /**
   * Tanggal data kit (peraturan dan instrumen) terakhir diperiksa: acuan bila jawaban tidak memberi mpp.asOf. (EN) The date the kit's data (rules and instruments) were last checked: the reference date when the answers give no mpp.asOf.
   */
  dataAsOf: string;
  /**
   * @minItems 1
   */
  phases: Phase[];
  /**
   * @minItems 1
   */
  items: CatalogueItem[];
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
export interface CatalogueItem {
  /**
   * Pengenal butir katalog. (EN) Catalogue item identifier.
   */
  id: string;
  phase: PhaseId;
  title: Localized;
  explanation: Localized;
  /**
   * Pengenal peraturan dari data/rules.yaml. (EN) Rule ids from data/rules.yaml.
   */
  legalBasis: Slug[];
  /**
   * Contoh dari model Badung atau dari sejarah MPP (pengenal peraturan), bukan dasar hukum. (EN) Examples from the Badung model or from MPP history (rule ids), not a legal basis.
   */
  examples?: Slug[];
  ownerRole: Localized;
  evidence: Localized;
  /**
   * Wajib selesai sebelum peluncuran. (EN) Must be done before launch.
   */
  blocksLaunch: boolean;
  /**
   * Tenggat dalam minggu sebelum peluncuran; negatif berarti sesudah. (EN) Due weeks before launch; negative means after.
   */
  dueWeeksBefore: number;
  recurs?: Recurrence;
  appliesWhen: Condition;
}
/**
 * Butir berulang: setiap berapa bulan sejak peresmian. (EN) A recurring item: every how many months from the launch.
 */
export interface Recurrence {
  /**
   * Panjang siklus dalam bulan. (EN) Cycle length in months.
   */
  everyMonths: number;
}
