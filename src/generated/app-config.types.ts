/* Generated from schemas/app-config.schema.json by scripts/gen-types.mjs. Do not edit by hand: run `npm run gen:types`. */

export type Id = string;
export type Weekday = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';
export type Time = string;

/**
 * Konfigurasi aplikasi MPP yang dihasilkan mpp-kit (app/app-config.json): antrean, katalog layanan dengan 14 komponen Standar Pelayanan, SKM, pengaduan dan maklumat pelayanan. (EN) MPP application configuration written by mpp-kit (app/app-config.json): queue, service catalogue with the 14 Standar Pelayanan components, SKM survey, complaints and service pledge.
 */
export interface AppConfig {
  /**
   * Versi format berkas ini. (EN) Version of this file format.
   */
  schemaVersion: 1;
  /**
   * Daerah. (EN) The region.
   */
  region: {
    name: string;
    kind: 'kabupaten' | 'kota';
    province: string;
    slug: Id;
  };
  /**
   * MPP; alamat hanya bila daerah mengisinya. (EN) The MPP; the address only when the region gave it.
   */
  mpp: {
    name: string;
    organiser: string;
    address?: string;
  };
  queue: Queue;
  catalogue: Catalogue;
  survey: Survey;
  /**
   * Saluran pengaduan; SP4N-LAPOR! selalu tercantum. (EN) Complaint channels; SP4N-LAPOR! is always listed.
   */
  complaints: {
    /**
     * @minItems 1
     */
    channels: ComplaintChannel[];
  };
  /**
   * Maklumat pelayanan. (EN) Service pledge (maklumat pelayanan).
   */
  pledge: {
    title: Localized;
    text: Localized;
  };
}
/**
 * Antrean. (EN) Queue.
 */
export interface Queue {
  /**
   * Instansi dengan awalan nomor antrean. (EN) Agencies with their ticket prefix.
   *
   * @minItems 1
   */
  agencies: QueueAgency[];
  /**
   * Loket, termasuk loket prioritas. (EN) Counters, including the priority counter.
   */
  counters: Counter[];
  priority: Priority;
  /**
   * Hari buka dengan jam dan istirahat; hari lain tutup. (EN) Open days with hours and breaks; other days are closed.
   */
  openingHours: OpenDay[];
  openingHoursProvenance: Provenance1;
  onlineBookingShare: number;
  quotaRule: Localized;
  quotas: Quota[];
  display: Display;
}
export interface QueueAgency {
  id: Id;
  name: string;
  shortName?: string;
  prefix: string;
  /**
   * Awalan ditetapkan dalam jawaban (ticketPrefix). (EN) The prefix was set in the answers (ticketPrefix).
   */
  prefixFixed: boolean;
  services: Id[];
  counters: Id[];
  countersProvenance: Provenance;
}
/**
 * Asal jumlah loket instansi. (EN) Where the agency's counter count came from.
 */
export interface Provenance {
  kind: 'diisi' | 'perkiraan' | 'bawaan';
  from?: 'daerah' | 'pengunjung-mpp' | 'katalog' | 'perhitungan-loket' | 'program-ruang' | 'nama-instansi';
  entry?: string;
  figureBasis?: 'sumber' | 'asumsi-kit';
  note: Localized;
}
/**
 * Teks dalam Bahasa Indonesia dan Inggris. (EN) Text in Indonesian and English.
 */
export interface Localized {
  id: string;
  en: string;
}
export interface Counter {
  id: Id;
  /**
   * Instansi pemilik; null untuk loket prioritas bersama. (EN) Owning agency; null for the shared priority counter.
   */
  agency: Id | null;
  services: Id[];
  priority: boolean;
  /**
   * Loket ditambahkan oleh mpp-kit (loket prioritas bersama). (EN) Counter added by mpp-kit (shared priority counter).
   */
  generated: boolean;
  floor?: Id;
  label: Localized;
}
/**
 * Perlakuan khusus kelompok rentan (UU 25/2009 Pasal 29). (EN) Special treatment of vulnerable groups (UU 25/2009 Article 29).
 */
export interface Priority {
  basis: string;
  /**
   * @minItems 4
   */
  groups: {
    key: 'elderly' | 'disability' | 'pregnant' | 'children';
    label: Localized;
  }[];
  /**
   * @minItems 1
   */
  counters: Id[];
  sharedCounterGenerated: boolean;
  rule: Localized;
}
export interface OpenDay {
  day: Weekday;
  label: Localized;
  open: Time;
  close: Time;
  breaks: {
    start: Time;
    end: Time;
  }[];
  serviceMinutes: number;
}
/**
 * Asal jam layanan. (EN) Where the opening hours came from.
 */
export interface Provenance1 {
  kind: 'diisi' | 'perkiraan' | 'bawaan';
  from?: 'daerah' | 'pengunjung-mpp' | 'katalog' | 'perhitungan-loket' | 'program-ruang' | 'nama-instansi';
  entry?: string;
  figureBasis?: 'sumber' | 'asumsi-kit';
  note: Localized;
}
export interface Quota {
  service: Id;
  agency: Id;
  handlingMinutes: number;
  handlingMinutesProvenance: Provenance2;
  /**
   * Pengunjung per hari yang dipakai perhitungan. (EN) Visitors per day the sizing uses.
   */
  visitorsPerDay: number;
  visitorsPerDayProvenance: Provenance2;
  /**
   * Jumlah loket yang melayani layanan ini setelah pembagian loket bersama (4 desimal). (EN) Counters serving this service after sharing is split (4 decimals).
   */
  counterShare: number;
  countersServing: Id[];
  onlineBooking: boolean;
  perDay: {
    day: Weekday;
    serviceMinutes: number;
    total: number;
    online: number;
    walkIn: number;
  }[];
}
/**
 * Asal sebuah angka: diisi (daerah), perkiraan (dengan dasarnya) atau bawaan (kit). Angka yang bukan `diisi` harus ditampilkan sebagai perkiraan. (EN) Where a figure came from: given, estimated (with what it rests on) or kit default. A figure that is not `diisi` must be shown as an estimate.
 */
export interface Provenance2 {
  kind: 'diisi' | 'perkiraan' | 'bawaan';
  from?: 'daerah' | 'pengunjung-mpp' | 'katalog' | 'perhitungan-loket' | 'program-ruang' | 'nama-instansi';
  entry?: string;
  figureBasis?: 'sumber' | 'asumsi-kit';
  note: Localized;
}
/**
 * Teks papan tampilan dan pengumuman; {ticket} dan {counter} diisi aplikasi. (EN) Display and announcement texts; the application fills {ticket} and {counter}.
 */
export interface Display {
  welcome: Localized;
  takeTicket: Localized;
  call: Localized;
  priorityCall: Localized;
  quotaReached: Localized;
  closed: Localized;
  rateService: Localized;
}
/**
 * Katalog layanan dengan 14 komponen Standar Pelayanan (PermenPANRB 15/2014: 6 penyampaian pelayanan, 8 pengelolaan). (EN) Service catalogue with the 14 service-standard components (PermenPANRB 15/2014: 6 delivery, 8 management).
 */
export interface Catalogue {
  basis: string;
  /**
   * Ke-14 komponen dengan label, dalam urutan PermenPANRB 15/2014. (EN) The 14 components with their labels, in PermenPANRB 15/2014 order.
   *
   * @minItems 14
   * @maxItems 14
   */
  components: ComponentDefinition[];
  /**
   * @minItems 1
   */
  services: CatalogueService[];
}
/**
 * Satu dari 14 komponen Standar Pelayanan. (EN) One of the 14 service-standard components.
 */
export interface ComponentDefinition {
  key:
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
  group: 'delivery' | 'management';
  label: Localized;
}
export interface CatalogueService {
  id: Id;
  agency: Id;
  agencyName: string;
  name: string;
  category: 'perizinan' | 'non-perizinan';
  estimate: boolean;
  fee: Fee;
  /**
   * @minItems 14
   * @maxItems 14
   */
  components: Component[];
  missing: (
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
    | 'performanceEvaluation'
  )[];
  complete: boolean;
}
/**
 * Biaya untuk ditampilkan: gratis (`amount` 0), berbayar (`amount`), teks sebagaimana diumumkan (`text`, tanpa angka tunggal), hanya keterangan (`note`), atau belum ditetapkan. (EN) The fee to display: free (`amount` 0), paid (`amount`), published text (`text`, no single amount), a note only, or not set.
 */
export interface Fee {
  kind: 'free' | 'paid' | 'text' | 'note' | 'not-set';
  currency: 'IDR';
  amount?: number;
  /**
   * Biaya sebagaimana diumumkan (beberapa tarif atau syarat). (EN) The fee as published (several tariffs or conditions).
   */
  text?: string;
  note?: string;
}
export interface Component {
  key:
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
  group: 'delivery' | 'management';
  status: 'set' | 'missing';
  value?: string | string[] | number | StandardFee;
}
export interface StandardFee {
  amount?: number;
  /**
   * Biaya sebagaimana diumumkan (beberapa tarif atau syarat). (EN) The fee as published (several tariffs or conditions).
   */
  text?: string;
  note?: string;
}
/**
 * Survei Kepuasan Masyarakat (PermenPANRB 14/2017). (EN) Public satisfaction survey (PermenPANRB 14/2017).
 */
export interface Survey {
  basis: string;
  frequency: Localized;
  scale: {
    min: 1;
    max: 4;
  };
  /**
   * @minItems 9
   * @maxItems 9
   */
  unsur: {
    no: number;
    key: string;
    label: Localized;
    question: Localized;
    /**
     * @minItems 4
     * @maxItems 4
     */
    answers: {
      value: number;
      label: Localized;
    }[];
  }[];
  formula: Localized;
  conversionFactor: 25;
  rounding: Localized;
  /**
   * @minItems 4
   * @maxItems 4
   */
  bands: {
    grade: 'A' | 'B' | 'C' | 'D';
    min: number;
    max: number;
    quality: Localized;
  }[];
}
export interface ComplaintChannel {
  kind: 'sp4n-lapor' | 'desk' | 'phone' | 'whatsapp' | 'email' | 'web' | 'social-media' | 'suggestion-box';
  value?: string;
  label: Localized;
  national: boolean;
}
