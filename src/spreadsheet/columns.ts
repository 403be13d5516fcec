/**
 * The ONE declaration of the spreadsheet layout: sheets, their columns (header in id and en, field
 * path, type, comment, example). Template, import and export are all driven by it.
 *
 * Cell conventions (documented for users in README.md of this folder):
 * - text: kept exactly; a leading apostrophe added against formula injection is removed again.
 * - textList (requirements, procedure, legal basis): one item per line inside the cell (Alt+Enter);
 *   blank lines are ignored. A list that lines cannot carry exactly (an item with a line break, or with
 *   spaces at its ends) is written as a JSON array `["a", "b"]`, which import also accepts.
 * - idList (services of a counter): ids separated by commas, semicolons, spaces or line breaks.
 * - boolean: `ya`/`tidak` (also yes/no, true/false, 1/0, benar/salah, or a TRUE/FALSE cell).
 * - breaks: one `HH:MM-HH:MM` per line.
 * - json: a structured value (stages, counter groups, hourly counts, payment counters) as JSON text,
 *   e.g. `[{"name":"Perekaman","handlingMinutes":5}]`; the region's validator checks its content.
 */
import type { Localized } from '../i18n/types.js';
import type { CellValue } from './grid.js';

export type ColumnType =
  | 'text'
  | 'id'
  | 'idList'
  | 'textList'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'date'
  | 'time'
  | 'breaks'
  | 'day'
  | 'json';

export interface Column {
  header: Localized;
  /** Dot path inside the row's item (or from the document root on the key/value sheet); '' = the item itself. */
  path: string;
  type: ColumnType;
  /** Allowed values of an `enum` column. */
  values?: readonly string[];
  /** The column must be present on a table sheet. */
  required?: boolean;
  /** Extra note shown in the header comment, before the schema's description. */
  comment?: Localized;
  /** Value of the template's example row. */
  example?: CellValue;
}

export interface TableSheet {
  kind: 'table';
  name: Localized;
  /** Dot path of the collection in the region. */
  collection: string;
  /** objects: one item per row; scalars: the single column is the item; byKey: the `day` column keys an object. */
  shape: 'objects' | 'scalars' | 'byKey';
  columns: Column[];
}

export interface KeyValueSheet {
  kind: 'keyValue';
  name: Localized;
  /** Label and value column headers. */
  labelHeader: Localized;
  valueHeader: Localized;
  fields: Column[];
}

export type Sheet = TableSheet | KeyValueSheet;

const AGENCY_KINDS = ['opd', 'instansi-vertikal', 'bumn', 'bumd', 'swasta'] as const;
const CHANNEL_KINDS = ['sp4n-lapor', 'desk', 'phone', 'whatsapp', 'email', 'web', 'social-media', 'suggestion-box'] as const;
export const FACILITY_VALUES = [
  'information-desk', 'ticket-kiosk', 'priority-counter', 'lactation-room', 'children-corner', 'accessible-toilet',
  'wheelchair', 'ramp', 'guiding-block', 'accessible-parking', 'elevator', 'complaint-desk', 'prayer-room', 'first-aid',
  'cctv', 'self-service-kiosk', 'waiting-area', 'signage', 'braille-information', 'sign-language-service',
] as const;

const h = (id: string, en: string): Localized => ({ id, en });

export const REGION_SHEET: KeyValueSheet = {
  kind: 'keyValue',
  name: h('Wilayah', 'Region'),
  labelHeader: h('Isian', 'Field'),
  valueHeader: h('Nilai', 'Value'),
  fields: [
    { header: h('Versi format', 'Format version'), path: 'schemaVersion', type: 'integer', example: 1 },
    { header: h('Alamat skema', 'Schema address'), path: '$schema', type: 'text' },
    { header: h('Bahasa dokumen', 'Document language'), path: 'lang', type: 'enum', values: ['id', 'en'], example: 'id' },
    { header: h('Nama kabupaten/kota', 'Regency/city name'), path: 'region.name', type: 'text', example: 'Contoh' },
    { header: h('Jenis daerah', 'Kind of region'), path: 'region.kind', type: 'enum', values: ['kabupaten', 'kota'], example: 'kabupaten' },
    { header: h('Provinsi', 'Province'), path: 'region.province', type: 'text', example: 'Jawa Tengah' },
    { header: h('Pengenal daerah', 'Region identifier'), path: 'region.slug', type: 'id', example: 'contoh' },
    { header: h('Nama MPP', 'MPP name'), path: 'mpp.name', type: 'text', example: 'Mal Pelayanan Publik Kabupaten Contoh' },
    { header: h('Penyelenggara', 'Organiser'), path: 'mpp.organiser', type: 'text', example: 'DPMPTSP Kabupaten Contoh' },
    { header: h('Alamat', 'Address'), path: 'mpp.address', type: 'text', example: 'Jl. Contoh No. 1' },
    { header: h('Tanggal peresmian', 'Launch date'), path: 'mpp.launchDate', type: 'date', example: '2027-03-01' },
    { header: h('Status peresmian', 'Launch status'), path: 'mpp.launchStatus', type: 'enum', values: ['planned', 'launched'], example: 'planned' },
    { header: h('Telepon', 'Phone'), path: 'mpp.contact.phone', type: 'text' },
    { header: h('Surel', 'E-mail'), path: 'mpp.contact.email', type: 'text' },
    { header: h('Situs web', 'Website'), path: 'mpp.contact.website', type: 'text' },
    { header: h('Target bagian tepat waktu', 'Target share on time'), path: 'mpp.serviceLevel.targetShare', type: 'number', example: 0.8 },
    { header: h('Batas tunggu (menit)', 'Wait limit (minutes)'), path: 'mpp.serviceLevel.maxWaitMinutes', type: 'number', example: 15 },
    { header: h('Faktor jam puncak', 'Peak factor'), path: 'mpp.peakFactor', type: 'number' },
    { header: h('Bagian antrean daring', 'Online booking share'), path: 'mpp.onlineBookingShare', type: 'number' },
    { header: h('Bagian pengunjung prioritas', 'Priority visitors share'), path: 'mpp.priorityShare', type: 'number' },
    { header: h('Hitungan pengunjung per jam', 'Visitors counted per hour'), path: 'mpp.arrivalProfile', type: 'json',
      comment: h('JSON, misalnya [{"start":"08:00","count":40},{"start":"09:00","count":95}].', 'JSON, e.g. [{"start":"08:00","count":40},{"start":"09:00","count":95}].') },
    { header: h('Loket pembayaran bersama', 'Shared payment counters'), path: 'mpp.payment', type: 'json',
      comment: h('JSON, misalnya {"name":"Kasir bank","counters":2,"handlingMinutes":3}.', 'JSON, e.g. {"name":"Bank cashier","counters":2,"handlingMinutes":3}.') },
  ],
};

export const HOURS_SHEET: TableSheet = {
  kind: 'table',
  name: h('JamBuka', 'OpeningHours'),
  collection: 'mpp.openingHours',
  shape: 'byKey',
  columns: [
    { header: h('Hari', 'Day'), path: 'day', type: 'day', required: true, example: 'Senin',
      comment: h('Senin sampai Minggu (atau monday ... sunday). Hari yang tidak ada berarti tutup.', 'Monday to Sunday (Senin ... Minggu accepted). A day not listed is closed.') },
    { header: h('Buka', 'Open'), path: 'open', type: 'time', required: true, example: '08:00' },
    { header: h('Tutup', 'Close'), path: 'close', type: 'time', required: true, example: '15:00' },
    { header: h('Istirahat', 'Breaks'), path: 'breaks', type: 'breaks', example: '12:00-13:00',
      comment: h('Satu istirahat per baris dalam sel, JJ:MM-JJ:MM.', 'One break per line in the cell, HH:MM-HH:MM.') },
  ],
};

export const FLOORS_SHEET: TableSheet = {
  kind: 'table',
  name: h('Lantai', 'Floors'),
  collection: 'mpp.floors',
  shape: 'objects',
  columns: [
    { header: h('ID', 'ID'), path: 'id', type: 'id', required: true, example: 'lt1' },
    { header: h('Nama lantai', 'Floor name'), path: 'name', type: 'text', example: 'Lantai 1' },
    { header: h('Nomor lantai', 'Level'), path: 'level', type: 'integer', example: 1 },
    { header: h('Lebar (m)', 'Width (m)'), path: 'width', type: 'number', example: 30 },
    { header: h('Kedalaman (m)', 'Depth (m)'), path: 'depth', type: 'number', example: 20 },
    { header: h('Pintu masuk', 'Entrance'), path: 'entrance', type: 'boolean', example: 'ya' },
  ],
};

export const COMPLAINTS_SHEET: TableSheet = {
  kind: 'table',
  name: h('Pengaduan', 'Complaints'),
  collection: 'mpp.complaintChannels',
  shape: 'objects',
  columns: [
    { header: h('Jenis saluran', 'Channel kind'), path: 'kind', type: 'enum', values: CHANNEL_KINDS, required: true, example: 'sp4n-lapor' },
    { header: h('Nomor/alamat', 'Number/address'), path: 'value', type: 'text' },
  ],
};

export const AGENCIES_SHEET: TableSheet = {
  kind: 'table',
  name: h('Instansi', 'Agencies'),
  collection: 'agencies',
  shape: 'objects',
  columns: [
    { header: h('ID', 'ID'), path: 'id', type: 'id', required: true, example: 'dukcapil' },
    { header: h('Nama instansi', 'Agency name'), path: 'name', type: 'text', example: 'Dinas Kependudukan dan Pencatatan Sipil' },
    { header: h('Nama singkat', 'Short name'), path: 'shortName', type: 'text', example: 'Dukcapil' },
    { header: h('Jenis instansi', 'Agency kind'), path: 'kind', type: 'enum', values: AGENCY_KINDS, example: 'opd' },
    { header: h('Loket rencana', 'Planned counters'), path: 'plannedCounters', type: 'integer', example: 2 },
    { header: h('Awalan tiket', 'Ticket prefix'), path: 'ticketPrefix', type: 'text' },
    { header: h('Data instansi perkiraan', 'Agency data estimated'), path: 'estimate', type: 'boolean' },
    { header: h('Cara layanan', 'Service mode'), path: 'serviceMode', type: 'enum', values: ['penuh', 'terima-berkas', 'informasi', 'kios'] },
    { header: h('Hari hadir', 'Days present'), path: 'presence.days', type: 'idList',
      comment: h('monday ... sunday, dipisah koma; kosong = setiap hari buka MPP.', 'monday ... sunday, comma-separated; empty = every MPP opening day.') },
    { header: h('Mulai hadir', 'Present from'), path: 'presence.open', type: 'time' },
    { header: h('Selesai hadir', 'Present until'), path: 'presence.close', type: 'time' },
    { header: h('Kantor lama tetap buka', 'Old office stays open'), path: 'oldOffice.staysOpen', type: 'boolean' },
    { header: h('Bagian yang pindah ke MPP', 'Share moving to the MPP'), path: 'oldOffice.shareToMpp', type: 'number' },
    { header: h('Kelompok loket', 'Counter groups'), path: 'counterGroups', type: 'json',
      comment: h('JSON, misalnya [{"id":"rekam","name":"Perekaman","counters":2}].', 'JSON, e.g. [{"id":"rekam","name":"Recording","counters":2}].') },
  ],
};

export const SERVICES_SHEET: TableSheet = {
  kind: 'table',
  name: h('Layanan', 'Services'),
  collection: 'services',
  shape: 'objects',
  columns: [
    { header: h('ID', 'ID'), path: 'id', type: 'id', required: true, example: 'ktp-el' },
    { header: h('Instansi', 'Agency'), path: 'agency', type: 'id', required: true, example: 'dukcapil',
      comment: h('ID instansi dari lembar Instansi.', 'Agency ID from the Agencies sheet.') },
    { header: h('Nama layanan', 'Service name'), path: 'name', type: 'text', example: 'Perekaman KTP-el' },
    { header: h('Kategori', 'Category'), path: 'category', type: 'enum', values: ['perizinan', 'non-perizinan'], example: 'non-perizinan' },
    { header: h('Pengunjung per hari', 'Visitors per day'), path: 'visitorsPerDay', type: 'number', example: 60 },
    { header: h('Kedatangan puncak per jam', 'Peak arrivals per hour'), path: 'peakArrivalsPerHour', type: 'number' },
    { header: h('Lama pelayanan (menit)', 'Handling minutes'), path: 'handlingMinutes', type: 'number', example: 10 },
    { header: h('Daring', 'Online'), path: 'online', type: 'boolean', example: 'tidak' },
    { header: h('Angka perkiraan', 'Figures estimated'), path: 'estimate', type: 'boolean' },
    { header: h('Sumber data', 'Data source'), path: 'source', type: 'text' },
    { header: h('Persyaratan', 'Requirements'), path: 'standard.requirements', type: 'textList', example: 'Kartu Keluarga\nSurat pengantar' },
    { header: h('Prosedur', 'Procedure'), path: 'standard.procedure', type: 'textList' },
    { header: h('Jangka waktu', 'Completion time'), path: 'standard.completionTime', type: 'text', example: '1 hari kerja' },
    { header: h('Biaya (Rp)', 'Fee (IDR)'), path: 'standard.fee.amount', type: 'integer', example: 0,
      comment: h('0 berarti gratis.', '0 means free.') },
    { header: h('Keterangan biaya', 'Fee note'), path: 'standard.fee.note', type: 'text' },
    { header: h('Produk', 'Product'), path: 'standard.product', type: 'text', example: 'KTP-el' },
    { header: h('Penanganan pengaduan', 'Complaint handling'), path: 'standard.complaints', type: 'text' },
    { header: h('Dasar hukum', 'Legal basis'), path: 'standard.legalBasis', type: 'textList' },
    { header: h('Sarana dan prasarana', 'Facilities and infrastructure'), path: 'standard.facilities', type: 'text' },
    { header: h('Kompetensi pelaksana', 'Staff competence'), path: 'standard.staffCompetence', type: 'text' },
    { header: h('Pengawasan internal', 'Internal supervision'), path: 'standard.internalSupervision', type: 'text' },
    { header: h('Jumlah pelaksana', 'Staff count'), path: 'standard.staffCount', type: 'integer' },
    { header: h('Jaminan pelayanan', 'Service guarantee'), path: 'standard.serviceGuarantee', type: 'text' },
    { header: h('Jaminan keamanan', 'Security guarantee'), path: 'standard.securityGuarantee', type: 'text' },
    { header: h('Evaluasi kinerja', 'Performance evaluation'), path: 'standard.performanceEvaluation', type: 'text' },
    { header: h('Tahap layanan', 'Service stages'), path: 'stages', type: 'json',
      comment: h('JSON, misalnya [{"name":"Perekaman","handlingMinutes":5,"counterGroup":"rekam"}].', 'JSON, e.g. [{"name":"Recording","handlingMinutes":5,"counterGroup":"rekam"}].') },
    { header: h('Bayar di loket bersama', 'Pays at shared counters'), path: 'payment', type: 'boolean' },
  ],
};

export const COUNTERS_SHEET: TableSheet = {
  kind: 'table',
  name: h('Loket', 'Counters'),
  collection: 'counters',
  shape: 'objects',
  columns: [
    { header: h('ID', 'ID'), path: 'id', type: 'id', required: true, example: 'dukcapil-1' },
    { header: h('Instansi', 'Agency'), path: 'agency', type: 'id', required: true, example: 'dukcapil' },
    { header: h('Layanan', 'Services'), path: 'services', type: 'idList', example: 'ktp-el',
      comment: h('ID layanan dipisah koma atau baris baru.', 'Service IDs separated by commas or line breaks.') },
    { header: h('Prioritas', 'Priority'), path: 'priority', type: 'boolean', example: 'tidak' },
    { header: h('Lantai', 'Floor'), path: 'floor', type: 'id', example: 'lt1' },
  ],
};

export const FACILITIES_SHEET: TableSheet = {
  kind: 'table',
  name: h('Sarana', 'Facilities'),
  collection: 'facilities',
  shape: 'scalars',
  columns: [{ header: h('Sarana', 'Facility'), path: '', type: 'enum', values: FACILITY_VALUES, required: true, example: 'information-desk' }],
};

/** Every sheet of the workbook, in workbook order. */
export const SHEETS: readonly Sheet[] = [
  REGION_SHEET, HOURS_SHEET, FLOORS_SHEET, COMPLAINTS_SHEET, AGENCIES_SHEET, SERVICES_SHEET, COUNTERS_SHEET, FACILITIES_SHEET,
];

/**
 * The single-sheet CSV layout: one row per service (the Layanan columns), followed by the agency
 * columns of the Instansi sheet (its ID is the service's `Instansi` column). Agencies are derived.
 */
export const CSV_AGENCY_COLUMNS: readonly Column[] = AGENCIES_SHEET.columns.filter((c) => c.path !== 'id');
