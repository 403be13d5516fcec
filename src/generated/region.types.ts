/* Generated from schemas/region.schema.json by scripts/gen-types.mjs. Do not edit by hand: run `npm run gen:types`. */

/**
 * Teks bebas yang tidak kosong. (EN) Non-empty free text.
 */
export type LongText = string;
/**
 * Persyaratan. (EN) Requirements.
 *
 * @minItems 1
 */
export type TextList = LongText[];
/**
 * Sistem, mekanisme dan prosedur (langkah-langkah). (EN) System, mechanism and procedure (steps).
 *
 * @minItems 1
 */
export type TextList1 = LongText[];
/**
 * Dasar hukum. (EN) Legal basis.
 *
 * @minItems 1
 */
export type TextList2 = LongText[];
/**
 * Pengenal huruf kecil, angka dan tanda hubung, misalnya `dukcapil`. (EN) Lower-case identifier of letters, digits and hyphens, e.g. `dukcapil`.
 */
export type Id = string;
/**
 * Jenis sarana. (EN) Kind of facility.
 */
export type Facility =
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

/**
 * Jawaban sebuah kabupaten/kota untuk membangun Mal Pelayanan Publik (MPP). (EN) A regency's or city's answers for building a Mal Pelayanan Publik (MPP).
 */
export interface RegionAnswers {
  /**
   * Alamat skema untuk editor (opsional). (EN) Schema address for editors (optional).
   */
  $schema?: string;
  /**
   * Versi format berkas jawaban; saat ini 1. (EN) Version of the answers format; currently 1.
   */
  schemaVersion: 1;
  /**
   * Versi mpp-kit yang terakhir menghasilkan deployment ini; ditulis oleh kit dan dipakai `mpp upgrade`, jangan diubah. (EN) The mpp-kit version that last generated this deployment; written by the kit and read by `mpp upgrade`, do not edit.
   */
  generatedBy?: {
    /**
     * Nama paket kit, yaitu generator-mpp. (EN) The kit's package name, generator-mpp.
     */
    kit: string;
    /**
     * Versi kit (semver), misalnya 0.2.0. (EN) The kit version (semver), e.g. 0.2.0.
     */
    version: string;
  };
  /**
   * Bahasa dokumen yang dihasilkan untuk daerah ini; bila kosong, mengikuti --lang (bawaan id). (EN) Language of the documents generated for this region; when absent, follows --lang (default id).
   */
  lang?: 'id' | 'en';
  region: Region;
  mpp: Mpp;
  /**
   * Instansi yang membuka loket di MPP. (EN) Agencies that open counters in the MPP.
   *
   * @minItems 1
   */
  agencies: Agency[];
  /**
   * Jenis layanan yang diberikan di MPP (boleh kosong bila daftar layanan belum diketahui). (EN) Service types delivered in the MPP (may be empty while the service list is not known).
   */
  services: Service[];
  /**
   * Loket yang ditetapkan secara eksplisit (opsional; bila kosong, loket diturunkan dari jumlah loket rencana tiap instansi). (EN) Explicitly defined counters (optional; when absent, counters follow each agency's planned count).
   */
  counters?: Counter[];
  /**
   * Sarana yang tersedia atau direncanakan di gedung MPP. (EN) Facilities available or planned in the MPP building.
   */
  facilities?: Facility[];
}
/**
 * Daerah penyelenggara MPP. (EN) The region that runs the MPP.
 */
export interface Region {
  /**
   * Nama kabupaten/kota tanpa awalan, misalnya Badung. (EN) Name of the regency or city without prefix, e.g. Badung.
   */
  name: string;
  /**
   * Jenis daerah: kabupaten atau kota. (EN) Kind of region: regency (kabupaten) or city (kota).
   */
  kind: 'kabupaten' | 'kota';
  /**
   * Nama provinsi. (EN) Province name.
   */
  province: string;
  /**
   * Pengenal singkat daerah untuk nama berkas dan tautan, misalnya `badung`; bila kosong, diturunkan dari nama. (EN) Short region identifier for file names and links, e.g. `badung`; derived from the name when absent.
   */
  slug?: string;
}
/**
 * Gedung dan penyelenggaraan MPP. (EN) The MPP building and its operation.
 */
export interface Mpp {
  /**
   * Nama resmi MPP. (EN) Official name of the MPP.
   */
  name: string;
  /**
   * Perangkat daerah penyelenggara, biasanya DPMPTSP. (EN) Organising regional office, usually the DPMPTSP.
   */
  organiser: string;
  /**
   * Alamat gedung MPP (opsional). (EN) Address of the MPP building (optional).
   */
  address?: string;
  /**
   * Tanggal peresmian (rencana atau sebenarnya): YYYY-MM-DD, atau YYYY-MM / YYYY bila harinya tidak diketahui. (EN) Launch date (planned or actual): YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known.
   */
  launchDate?: string;
  /**
   * Apakah MPP masih direncanakan (`planned`) atau sudah beroperasi (`operating`; `launched` diterima dengan arti yang sama). MPP yang beroperasi mendapat daftar periksa operasional. (EN) Whether the MPP is planned or already operating (`launched` is accepted with the same meaning). An operating MPP gets the operating checklist.
   */
  launchStatus?: 'planned' | 'operating' | 'launched';
  /**
   * Tanggal keadaan jawaban ini (YYYY-MM-DD): acuan untuk menentukan apakah tanggal peresmian sudah lewat dan untuk tenggat berikutnya butir berkala. Bila kosong, dipakai tanggal data kit. (EN) The date these answers describe (YYYY-MM-DD): the reference for whether the launch date has passed and for the next due dates of recurring items. When absent, the kit's data date is used.
   */
  asOf?: string;
  /**
   * Kontak umum MPP. (EN) General contact of the MPP.
   */
  contact?: {
    /**
     * Nomor telepon. (EN) Phone number.
     */
    phone?: string;
    /**
     * Alamat surel. (EN) E-mail address.
     */
    email?: string;
    /**
     * Situs web. (EN) Website.
     */
    website?: string;
  };
  /**
   * Jam buka per hari; hari yang tidak disebut berarti tutup. Bila kosong, kit memakai jam bawaan dan menandainya. (EN) Opening hours per weekday; a day not listed is closed. When absent, the kit uses its default hours and marks them.
   */
  openingHours?: {
    monday?: DaySchedule;
    tuesday?: DaySchedule;
    wednesday?: DaySchedule;
    thursday?: DaySchedule;
    friday?: DaySchedule;
    saturday?: DaySchedule;
    sunday?: DaySchedule;
  };
  /**
   * Lantai gedung yang dipakai MPP, dengan ukuran dalam meter. Bila kosong, kit menurunkan satu lantai dari program ruang dan menandainya sebagai perkiraan. (EN) Building floors used by the MPP, with dimensions in metres. When absent, the kit derives one floor from the area programme and marks it as an estimate.
   *
   * @minItems 1
   */
  floors?: Floor[];
  /**
   * Target tingkat layanan antrean, misalnya 80% pengunjung menunggu paling lama 15 menit. Bila kosong, kit memakai target bawaan. (EN) Queue service-level target, e.g. 80% of visitors wait at most 15 minutes. When absent, the kit uses its default target.
   */
  serviceLevel?: {
    /**
     * Bagian pengunjung yang harus dilayani dalam batas tunggu (0 sampai 1). (EN) Share of visitors to be served within the wait limit (0 to 1).
     */
    targetShare: number;
    /**
     * Batas waktu tunggu dalam menit. (EN) Wait limit in minutes.
     */
    maxWaitMinutes: number;
  };
  /**
   * Perkiraan pengunjung per hari untuk seluruh MPP (opsional). Bila diisi, pengunjung layanan yang tidak diisi dibagi dari angka ini menurut bagian permintaan di data/typical-services.yaml. (EN) Expected visitors per day for the whole MPP (optional). When given, the visitors of services that give none are split from it by the demand shares in data/typical-services.yaml.
   */
  dailyVisitors?: number;
  /**
   * Perbandingan kedatangan pada jam puncak terhadap rata-rata per jam, dipakai bila layanan hanya memberi pengunjung per hari. (EN) Ratio of peak-hour to average-hour arrivals, used when a service gives visitors per day only.
   */
  peakFactor?: number;
  /**
   * Bagian kuota tiket harian yang dibuka untuk antrean daring (0 sampai 1). (EN) Share of the daily ticket quota opened for online booking (0 to 1).
   */
  onlineBookingShare?: number;
  /**
   * Saluran pengaduan yang dibuka MPP. (EN) Complaint channels the MPP offers.
   */
  complaintChannels?: ComplaintChannel[];
  /**
   * Hitungan pengunjung per jam dari MPP atau kantor lama (opsional; menggantikan kurva bawaan kit). Setiap baris satu jam yang dimulai pada `start`. Bila diisi, jam puncak dan faktor jam puncak diturunkan dari hitungan ini. (EN) Visitors counted per hour at the MPP or the old office (optional; replaces the kit's default curve). Each row is the hour starting at `start`. When given, the peak hour and the peak factor follow from these counts.
   *
   * @minItems 1
   *
   * Items: Pengunjung yang datang dalam satu jam. (EN) Visitors arriving within one hour.
   */
  arrivalProfile?: {
    /**
     * Awal jam, misalnya 08:00. (EN) Start of the hour, e.g. 08:00.
     */
    start: string;
    /**
     * Jumlah (atau rata-rata) pengunjung yang datang dalam jam itu. (EN) Visitors (or mean visitors) arriving in that hour.
     */
    count: number;
  }[];
  /**
   * Bagian pengunjung dari kelompok rentan yang didahulukan (UU 25/2009 Pasal 29: lansia, penyandang disabilitas, ibu hamil, anak, korban bencana); bila kosong dipakai perkiraan kit. (EN) Share of visitors from the vulnerable groups served first (UU 25/2009 Article 29); when absent the kit's estimate is used.
   */
  priorityShare?: number;
  /**
   * Loket pembayaran bersama (bank/kasir) yang dilalui layanan berbayar setelah loket instansinya (opsional). (EN) Shared payment counters (bank/cashier) that fee-paying services pass after their agency's counters (optional).
   */
  payment?: {
    /**
     * Nama loket pembayaran, misalnya Kasir Bank Daerah. (EN) Name of the payment counters, e.g. Regional bank cashier.
     */
    name?: string;
    /**
     * Instansi yang menjalankan loket pembayaran (opsional), misalnya bank daerah. (EN) Agency running the payment counters (optional), e.g. the regional bank.
     */
    agency?: string;
    /**
     * Jumlah loket pembayaran. (EN) Number of payment counters.
     */
    counters: number;
    /**
     * Rata-rata lama satu pembayaran, dalam menit. (EN) Mean minutes per payment.
     */
    handlingMinutes: number;
  };
}
/**
 * Jam buka satu hari dan waktu istirahatnya. (EN) One day's opening hours and breaks.
 */
export interface DaySchedule {
  /**
   * Jam buka. (EN) Opening time.
   */
  open: string;
  /**
   * Jam tutup. (EN) Closing time.
   */
  close: string;
  /**
   * Waktu istirahat dalam jam buka. (EN) Breaks within the opening hours.
   */
  breaks?: {
    /**
     * Mulai istirahat. (EN) Break start.
     */
    start: string;
    /**
     * Akhir istirahat. (EN) Break end.
     */
    end: string;
  }[];
}
/**
 * Satu lantai gedung. (EN) One building floor.
 */
export interface Floor {
  /**
   * Pengenal lantai, misalnya `lt1`. (EN) Floor identifier, e.g. `lt1`.
   */
  id: string;
  /**
   * Nama lantai, misalnya Lantai 1. (EN) Floor name, e.g. Ground floor.
   */
  name: string;
  /**
   * Nomor lantai; 0 atau 1 untuk lantai dasar sesuai kebiasaan daerah. (EN) Floor number; 0 or 1 for the ground floor as is local usage.
   */
  level: number;
  /**
   * Lebar bersih lantai dalam meter. (EN) Usable floor width in metres.
   */
  width: number;
  /**
   * Kedalaman bersih lantai dalam meter. (EN) Usable floor depth in metres.
   */
  depth: number;
  /**
   * Lantai ini memiliki pintu masuk utama (lantai dengan loket prioritas). (EN) This floor has the main entrance (where the priority counter goes).
   */
  entrance?: boolean;
}
/**
 * Satu saluran pengaduan. (EN) One complaint channel.
 */
export interface ComplaintChannel {
  /**
   * Jenis saluran. (EN) Kind of channel.
   */
  kind: 'sp4n-lapor' | 'desk' | 'phone' | 'whatsapp' | 'email' | 'web' | 'social-media' | 'suggestion-box';
  /**
   * Nomor, alamat atau tautan saluran. (EN) Number, address or link of the channel.
   */
  value?: string;
}
/**
 * Satu instansi yang membuka loket. (EN) One agency with counters.
 */
export interface Agency {
  /**
   * Pengenal instansi, misalnya `dukcapil`; bila kosong, diturunkan dari nama. (EN) Agency identifier, e.g. `dukcapil`; derived from the name when absent.
   */
  id?: string;
  /**
   * Nama lengkap instansi. (EN) Full agency name.
   */
  name: string;
  /**
   * Nama singkat untuk papan loket dan denah. (EN) Short name for counter signs and the floor plan.
   */
  shortName?: string;
  /**
   * Jenis instansi; bila kosong, diperkirakan dari nama dan ditandai. (EN) Kind of agency; when absent, estimated from the name and marked.
   */
  kind?:
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
   * Jumlah loket yang direncanakan instansi (opsional; bila kosong, kit memperkirakannya dari perhitungan antrean dan menandainya). (EN) Number of counters the agency plans (optional; when absent, the kit estimates it from the queue sizing and marks it).
   */
  plannedCounters?: number;
  /**
   * Awalan nomor antrean yang ditetapkan sendiri (opsional). (EN) Queue ticket prefix set by hand (optional).
   */
  ticketPrefix?: string;
  /**
   * Data instansi ini perkiraan, bukan data resmi. (EN) This agency's data is an estimate, not official.
   */
  estimate?: boolean;
  /**
   * Cara instansi melayani di MPP: `penuh` (layanan selesai di loket), `terima-berkas` (menerima dan menyerahkan berkas; diproses di kantor instansi), `informasi` (hanya informasi), `kios` (kios swalayan tanpa petugas tetap). Bila kosong: `penuh`. (EN) How the agency serves in the MPP: `penuh` full service, `terima-berkas` drop-off and pick-up (processed at its own office), `informasi` information only, `kios` self-service kiosk. When absent: `penuh`.
   */
  serviceMode?: 'penuh' | 'terima-berkas' | 'informasi' | 'kios';
  /**
   * Kapan instansi menjaga lokenya di MPP (opsional; bila kosong: setiap hari dan jam buka MPP). Pengunjung layanannya datang pada hari dan jam itu; `visitorsPerDay` berarti pengunjung pada hari instansi hadir. (EN) When the agency staffs its counters in the MPP (optional; when absent: every MPP opening day and hour). Its visitors come on those days and hours; `visitorsPerDay` means visitors on a day the agency is present.
   */
  presence?: {
    /**
     * Hari hadir, misalnya [thursday]. (EN) Days present, e.g. [thursday].
     *
     * @minItems 1
     *
     * Items: Hari dalam seminggu. (EN) Day of the week.
     */
    days?: ('monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday')[];
    /**
     * Jam mulai hadir (bila lebih siang dari jam buka MPP). (EN) Time the counters open (when later than the MPP opens).
     */
    open?: string;
    /**
     * Jam selesai hadir (bila lebih awal dari jam tutup MPP). (EN) Time the counters close (when earlier than the MPP closes).
     */
    close?: string;
  };
  /**
   * Apakah kantor layanan lama instansi tetap buka setelah MPP dibuka. Bila tetap buka, angka pengunjung layanannya dibaca sebagai seluruh permintaan instansi dan hanya `shareToMpp` yang datang ke MPP. (EN) Whether the agency's old service office stays open once the MPP opens. When it does, its services' visitor figures are read as the agency's whole demand and only `shareToMpp` comes to the MPP.
   */
  oldOffice?: {
    /**
     * Kantor lama tetap melayani. (EN) The old office keeps serving.
     */
    staysOpen: boolean;
    /**
     * Bagian permintaan yang diperkirakan pindah ke MPP (0 sampai 1); bila kosong dipakai perkiraan kit dari data pembanding. (EN) Share of demand expected to move to the MPP (0 to 1); when absent the kit's estimate from the benchmarks is used.
     */
    shareToMpp?: number;
  };
  /**
   * Kelompok loket instansi untuk tahap layanan yang berbeda, misalnya perekaman dan pencetakan KTP-el (opsional). Loket di luar kelompok adalah loket umum instansi. (EN) Groups of the agency's counters for different service stages, e.g. KTP-el recording and printing (optional). Counters outside the groups are the agency's general counters.
   *
   * @minItems 1
   */
  counterGroups?: {
    /**
     * Pengenal kelompok, unik dalam instansi. (EN) Group identifier, unique within the agency.
     */
    id: string;
    /**
     * Nama kelompok loket. (EN) Name of the counter group.
     */
    name: string;
    /**
     * Jumlah loket dalam kelompok (bagian dari jumlah loket instansi). (EN) Counters in the group (part of the agency's counters).
     */
    counters: number;
  }[];
  /**
   * Keikutsertaan instansi di MPP sudah dikonfirmasi oleh sumber (MoU, Perkada, berita resmi; sebutkan di `source`). `false` menandai instansi ilustratif yang belum dikonfirmasi. (EN) The agency's participation in the MPP is confirmed by a source (MoU, regional regulation, official news; name it in `source`). `false` marks an illustrative agency that is not confirmed.
   */
  confirmed?: boolean;
  /**
   * Sumber yang menyebut keikutsertaan instansi. (EN) Source that names the agency's participation.
   */
  source?: string;
}
/**
 * Satu jenis layanan. Hanya nama dan instansi yang wajib; angka yang kosong diperkirakan kit dan ditandai. (EN) One service type. Only name and agency are required; figures left out are estimated by the kit and marked.
 */
export interface Service {
  /**
   * Pengenal layanan, unik di seluruh MPP; bila kosong, diturunkan dari nama. (EN) Service identifier, unique across the MPP; derived from the name when absent.
   */
  id?: string;
  /**
   * Pengenal atau nama instansi pemberi layanan. (EN) Identifier or name of the agency delivering the service.
   */
  agency: string;
  /**
   * Nama layanan. (EN) Service name.
   */
  name: string;
  /**
   * Perizinan berusaha/non-berusaha (`perizinan`) atau layanan lain (`non-perizinan`). (EN) Licensing (`perizinan`) or another service (`non-perizinan`).
   */
  category?: 'perizinan' | 'non-perizinan';
  /**
   * Pengunjung per hari (opsional; bila kosong, diperkirakan dan ditandai). (EN) Visitors per day (optional; estimated and marked when absent).
   */
  visitorsPerDay?: number;
  /**
   * Kedatangan per jam pada jam puncak (mengalahkan `visitorsPerDay` untuk perhitungan loket). (EN) Arrivals per hour at peak (takes precedence over `visitorsPerDay` for counter sizing).
   */
  peakArrivalsPerHour?: number;
  /**
   * Rata-rata lama pelayanan di loket, dalam menit (opsional; bila kosong, diperkirakan dan ditandai). (EN) Mean handling time at the counter, in minutes (optional; estimated and marked when absent).
   */
  handlingMinutes?: number;
  /**
   * Layanan dapat diajukan atau dipesan antreannya secara daring. (EN) The service can be applied for or booked online.
   */
  online?: boolean;
  /**
   * Angka layanan ini perkiraan, bukan data resmi. (EN) This service's figures are estimates, not official.
   */
  estimate?: boolean;
  /**
   * Sumber data layanan. (EN) Source of the service data.
   */
  source?: string;
  standard?: Standard;
  /**
   * Tahap layanan berurutan di loket instansi, masing-masing dengan lama pelayanan dan kelompok loketnya (opsional). Jumlah menit semua tahap sama dengan `handlingMinutes`. (EN) Service stages in series at the agency's counters, each with its handling minutes and counter group (optional). The stages' minutes add up to `handlingMinutes`.
   *
   * @minItems 1
   */
  stages?: {
    /**
     * Nama tahap, misalnya Perekaman. (EN) Stage name, e.g. Recording.
     */
    name: string;
    /**
     * Rata-rata lama tahap ini, dalam menit. (EN) Mean minutes of this stage.
     */
    handlingMinutes: number;
    /**
     * Kelompok loket instansi yang melayani tahap ini; bila kosong: loket umum instansi. (EN) The agency's counter group serving this stage; when absent: its general counters.
     */
    counterGroup?: string;
  }[];
  /**
   * Pengunjung layanan ini membayar di loket pembayaran bersama (`mpp.payment`); bila kosong: ya bila biaya lebih dari 0. (EN) Visitors of this service pay at the shared payment counters (`mpp.payment`); when absent: yes when the fee is above 0.
   */
  payment?: boolean;
}
/**
 * Komponen Standar Pelayanan (UU 25/2009; PermenPANRB 15/2014) yang sudah diketahui. Komponen yang belum diisi dicatat sebagai kekurangan, tidak dikarang. (EN) Service Standard components (UU 25/2009; PermenPANRB 15/2014) known so far. Missing components are reported, not invented.
 */
export interface Standard {
  requirements?: TextList;
  procedure?: TextList1;
  /**
   * Teks bebas yang tidak kosong. (EN) Non-empty free text.
   */
  completionTime?: string;
  fee?: Fee;
  /**
   * Teks bebas yang tidak kosong. (EN) Non-empty free text.
   */
  product?: string;
  /**
   * Teks bebas yang tidak kosong. (EN) Non-empty free text.
   */
  complaints?: string;
  legalBasis?: TextList2;
  /**
   * Teks bebas yang tidak kosong. (EN) Non-empty free text.
   */
  facilities?: string;
  /**
   * Teks bebas yang tidak kosong. (EN) Non-empty free text.
   */
  staffCompetence?: string;
  /**
   * Teks bebas yang tidak kosong. (EN) Non-empty free text.
   */
  internalSupervision?: string;
  /**
   * Jumlah pelaksana. (EN) Number of staff.
   */
  staffCount?: number;
  /**
   * Teks bebas yang tidak kosong. (EN) Non-empty free text.
   */
  serviceGuarantee?: string;
  /**
   * Teks bebas yang tidak kosong. (EN) Non-empty free text.
   */
  securityGuarantee?: string;
  /**
   * Teks bebas yang tidak kosong. (EN) Non-empty free text.
   */
  performanceEvaluation?: string;
}
/**
 * Biaya/tarif. `amount: 0` berarti gratis; `text` untuk biaya sebagaimana diumumkan (beberapa tarif atau syarat); `note` untuk rumus atau penjelasan. (EN) Fee. `amount: 0` means free; `text` for the fee as published (several tariffs or conditions); `note` for a formula or explanation.
 */
export interface Fee {
  /**
   * Besaran dalam rupiah. (EN) Amount in rupiah (IDR).
   */
  amount?: number;
  /**
   * Teks bebas yang tidak kosong. (EN) Non-empty free text.
   */
  text?: string;
  /**
   * Teks bebas yang tidak kosong. (EN) Non-empty free text.
   */
  note?: string;
}
/**
 * Satu loket. (EN) One counter.
 */
export interface Counter {
  /**
   * Pengenal loket. (EN) Counter identifier.
   */
  id: string;
  /**
   * Instansi pemilik loket. (EN) Agency that owns the counter.
   */
  agency: string;
  /**
   * Layanan yang dilayani loket ini. (EN) Services served at this counter.
   *
   * @minItems 1
   */
  services: Id[];
  /**
   * Loket prioritas bagi kelompok rentan (UU 25/2009 Pasal 29). (EN) Priority counter for vulnerable groups (UU 25/2009 Article 29).
   */
  priority?: boolean;
  /**
   * Pengenal huruf kecil, angka dan tanda hubung, misalnya `dukcapil`. (EN) Lower-case identifier of letters, digits and hyphens, e.g. `dukcapil`.
   */
  floor?: string;
}
