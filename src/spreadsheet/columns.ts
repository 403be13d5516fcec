/**
 * The workbook layout: sheets and their columns (header in id and en, field path, type, required,
 * allowed values, description, example). Template, import and export are all driven by it. The
 * columns come from the region schema (src/config/schema-fields.ts): every field of a sheet's items
 * is a column, in schema order, its type and enum values from the schema, so a field or an enum value
 * added to the schema reaches the workbook by itself. What is declared here is presentation only:
 * which collection gets its own sheet, headers, examples and notes; a field without a declared header
 * is headed by its path.
 *
 * Cell conventions (documented for users in README.md of this folder):
 * - text: kept exactly; a leading apostrophe added against formula injection is removed again.
 * - textList (requirements, procedure, legal basis): one item per line inside the cell (Alt+Enter);
 *   blank lines are ignored. A list that lines cannot carry exactly (an item with a line break, or with
 *   spaces at its ends) is written as a JSON array `["a", "b"]`, which import also accepts.
 * - idList (services of a counter): ids separated by commas, semicolons, spaces or line breaks.
 * - boolean: `ya`/`tidak` (also yes/no, true/false, 1/0, benar/salah, or a TRUE/FALSE cell).
 * - breaks: one `HH:MM-HH:MM` per line.
 * - json: a value no other type carries (a list of numbers, nested objects), as JSON text.
 */
import type { Localized } from '../i18n/types.js';
import { REGION_FIELDS, type SchemaField, type SchemaFields } from '../config/schema-fields.js';
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
  /** The field must be given (required by the schema, and so is every object above it in the item). */
  required?: boolean;
  /** The schema's description of the field. */
  description?: Localized;
  /** Extra note shown in the header comment, before the schema's description. */
  comment?: Localized;
  /** Value of the template's example row. */
  example?: CellValue;
  /** A number column that also takes text: text that is not a number goes, as written, to this path. */
  textFallback?: string;
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

const h = (id: string, en: string): Localized => ({ id, en });

/** How a field looks in the workbook: header, example, note, and a cell type the schema cannot tell. */
interface Look {
  header: Localized;
  example?: CellValue;
  comment?: Localized;
  type?: ColumnType;
  /** A number column that also takes text: text that is not a number goes, as written, to this field of the item. */
  textFallback?: string;
}

/** Headers, examples and notes by schema path (`[]` for array items). The examples together form a valid region (they are never imported: see examples.ts). */
const LOOKS: Record<string, Look> = {
  schemaVersion: { header: h('Versi format', 'Format version'), example: 1 },
  $schema: { header: h('Alamat skema', 'Schema address') },
  lang: { header: h('Bahasa dokumen', 'Document language'), example: 'id' },
  'region.name': { header: h('Nama kabupaten/kota', 'Regency/city name'), example: 'Contoh' },
  'region.kind': { header: h('Jenis daerah', 'Kind of region'), example: 'kabupaten' },
  'region.province': { header: h('Provinsi', 'Province'), example: 'Jawa Tengah' },
  'region.slug': { header: h('Pengenal daerah', 'Region identifier'), example: 'contoh' },
  'mpp.name': { header: h('Nama MPP', 'MPP name'), example: 'Mal Pelayanan Publik Kabupaten Contoh' },
  'mpp.organiser': { header: h('Penyelenggara', 'Organiser'), example: 'DPMPTSP Kabupaten Contoh' },
  'mpp.address': { header: h('Alamat', 'Address'), example: 'Jl. Contoh No. 1' },
  'mpp.launchDate': { header: h('Tanggal peresmian', 'Launch date'), example: '2027-03-01', type: 'date' },
  'mpp.launchStatus': { header: h('Status peresmian', 'Launch status'), example: 'planned' },
  'mpp.asOf': { header: h('Keadaan per tanggal', 'Answers as of') },
  'mpp.contact.phone': { header: h('Telepon', 'Phone') },
  'mpp.contact.email': { header: h('Surel', 'E-mail') },
  'mpp.contact.website': { header: h('Situs web', 'Website') },
  'mpp.serviceLevel.targetShare': { header: h('Target bagian tepat waktu', 'Target share on time'), example: 0.8 },
  'mpp.serviceLevel.maxWaitMinutes': { header: h('Batas tunggu (menit)', 'Wait limit (minutes)'), example: 15 },
  'mpp.dailyVisitors': { header: h('Pengunjung per hari MPP', 'MPP visitors per day') },
  'mpp.peakFactor': { header: h('Faktor jam puncak', 'Peak factor') },
  'mpp.onlineBookingShare': { header: h('Bagian antrean daring', 'Online booking share') },
  'mpp.arrivalProfile[].start': {
    header: h('Awal jam', 'Hour from'), example: '08:00',
    comment: h('Satu baris per jam yang dihitung; kosongkan lembar ini bila belum ada hitungan.', 'One row per counted hour; leave this sheet empty when there are no counts yet.'),
  },
  'mpp.arrivalProfile[].count': { header: h('Pengunjung datang', 'Visitors arriving'), example: 40 },
  'mpp.priorityShare': { header: h('Bagian pengunjung prioritas', 'Priority visitors share') },
  'mpp.payment.name': { header: h('Loket pembayaran: nama', 'Payment counters: name') },
  'mpp.payment.agency': { header: h('Loket pembayaran: instansi', 'Payment counters: agency') },
  'mpp.payment.counters': { header: h('Loket pembayaran: jumlah', 'Payment counters: number') },
  'mpp.payment.handlingMinutes': { header: h('Loket pembayaran: menit per bayar', 'Payment counters: minutes per payment') },

  'mpp.openingHours.*day': {
    header: h('Hari', 'Day'), example: 'Senin',
    comment: h('Senin sampai Minggu (atau monday ... sunday). Hari yang tidak ada berarti tutup.', 'Monday to Sunday (Senin ... Minggu accepted). A day not listed is closed.'),
  },
  'mpp.openingHours.*.open': { header: h('Buka', 'Open'), example: '08:00' },
  'mpp.openingHours.*.close': { header: h('Tutup', 'Close'), example: '15:00' },
  'mpp.openingHours.*.breaks': {
    header: h('Istirahat', 'Breaks'), example: '12:00-13:00', type: 'breaks',
    comment: h('Satu istirahat per baris dalam sel, JJ:MM-JJ:MM.', 'One break per line in the cell, HH:MM-HH:MM.'),
  },

  'mpp.floors[].id': { header: h('ID', 'ID'), example: 'lt1' },
  'mpp.floors[].name': { header: h('Nama lantai', 'Floor name'), example: 'Lantai 1' },
  'mpp.floors[].level': { header: h('Nomor lantai', 'Level'), example: 1 },
  'mpp.floors[].width': { header: h('Lebar (m)', 'Width (m)'), example: 30 },
  'mpp.floors[].depth': { header: h('Kedalaman (m)', 'Depth (m)'), example: 20 },
  'mpp.floors[].entrance': { header: h('Pintu masuk', 'Entrance'), example: 'ya' },

  'mpp.complaintChannels[].kind': { header: h('Jenis saluran', 'Channel kind'), example: 'sp4n-lapor' },
  'mpp.complaintChannels[].value': { header: h('Nomor/alamat', 'Number/address') },

  'agencies[].id': { header: h('ID', 'ID'), example: 'dukcapil', comment: h('Boleh dikosongkan: pengenal diturunkan dari nama.', 'May be left blank: the identifier is derived from the name.') },
  'agencies[].name': { header: h('Nama instansi', 'Agency name'), example: 'Dinas Kependudukan dan Pencatatan Sipil' },
  'agencies[].shortName': { header: h('Nama singkat', 'Short name'), example: 'Dukcapil' },
  'agencies[].kind': { header: h('Jenis instansi', 'Agency kind'), example: 'opd' },
  'agencies[].plannedCounters': { header: h('Loket rencana', 'Planned counters'), example: 2 },
  'agencies[].ticketPrefix': { header: h('Awalan tiket', 'Ticket prefix') },
  'agencies[].estimate': { header: h('Data instansi perkiraan', 'Agency data estimated') },
  'agencies[].serviceMode': { header: h('Cara layanan', 'Service mode') },
  'agencies[].presence.days': {
    header: h('Hari hadir', 'Days present'), type: 'idList',
    comment: h('monday ... sunday, dipisah koma; kosong = setiap hari buka MPP.', 'monday ... sunday, comma-separated; empty = every MPP opening day.'),
  },
  'agencies[].presence.open': { header: h('Mulai hadir', 'Present from') },
  'agencies[].presence.close': { header: h('Selesai hadir', 'Present until') },
  'agencies[].oldOffice.staysOpen': { header: h('Kantor lama tetap buka', 'Old office stays open') },
  'agencies[].oldOffice.shareToMpp': { header: h('Bagian yang pindah ke MPP', 'Share moving to the MPP') },
  'agencies[].counterGroups': {
    header: h('Kelompok loket', 'Counter groups'),
    comment: h('JSON, misalnya [{"id":"cetak","name":"Pencetakan","counters":1}].', 'JSON, e.g. [{"id":"cetak","name":"Printing","counters":1}].'),
  },
  'agencies[].confirmed': { header: h('Keikutsertaan terkonfirmasi', 'Participation confirmed') },
  'agencies[].source': { header: h('Sumber keikutsertaan', 'Participation source') },

  'services[].id': { header: h('ID', 'ID'), example: 'ktp-el', comment: h('Boleh dikosongkan: pengenal diturunkan dari nama.', 'May be left blank: the identifier is derived from the name.') },
  'services[].agency': { header: h('Instansi', 'Agency'), example: 'dukcapil', comment: h('ID atau nama instansi dari lembar Instansi.', 'Agency ID or name from the Agencies sheet.') },
  'services[].name': { header: h('Nama layanan', 'Service name'), example: 'Perekaman KTP-el' },
  'services[].category': { header: h('Kategori', 'Category'), example: 'non-perizinan' },
  'services[].visitorsPerDay': { header: h('Pengunjung per hari', 'Visitors per day'), example: 60 },
  'services[].peakArrivalsPerHour': { header: h('Kedatangan puncak per jam', 'Peak arrivals per hour') },
  'services[].handlingMinutes': { header: h('Lama pelayanan (menit)', 'Handling minutes'), example: 10 },
  'services[].online': { header: h('Daring', 'Online'), example: 'tidak' },
  'services[].estimate': { header: h('Angka perkiraan', 'Figures estimated') },
  'services[].source': { header: h('Sumber data', 'Data source') },
  'services[].standard.requirements': { header: h('Persyaratan', 'Requirements'), example: 'Kartu Keluarga\nSurat pengantar' },
  'services[].standard.procedure': { header: h('Prosedur', 'Procedure') },
  'services[].standard.completionTime': { header: h('Jangka waktu', 'Completion time'), example: '1 hari kerja' },
  'services[].standard.fee.amount': {
    header: h('Biaya (Rp)', 'Fee (IDR)'), example: 0, textFallback: 'standard.fee.text',
    comment: h('0 berarti gratis. Biaya berupa teks (beberapa tarif, syarat) disimpan apa adanya sebagai teks biaya.', '0 means free. A fee written as text (several tariffs, conditions) is kept as written, as the fee text.'),
  },
  'services[].standard.fee.text': { header: h('Biaya (teks)', 'Fee (text)') },
  'services[].standard.fee.note': { header: h('Keterangan biaya', 'Fee note') },
  'services[].standard.product': { header: h('Produk', 'Product'), example: 'KTP-el' },
  'services[].standard.complaints': { header: h('Penanganan pengaduan', 'Complaint handling') },
  'services[].standard.legalBasis': { header: h('Dasar hukum', 'Legal basis') },
  'services[].standard.facilities': { header: h('Sarana dan prasarana', 'Facilities and infrastructure') },
  'services[].standard.staffCompetence': { header: h('Kompetensi pelaksana', 'Staff competence') },
  'services[].standard.internalSupervision': { header: h('Pengawasan internal', 'Internal supervision') },
  'services[].standard.staffCount': { header: h('Jumlah pelaksana', 'Staff count') },
  'services[].standard.serviceGuarantee': { header: h('Jaminan pelayanan', 'Service guarantee') },
  'services[].standard.securityGuarantee': { header: h('Jaminan keamanan', 'Security guarantee') },
  'services[].standard.performanceEvaluation': { header: h('Evaluasi kinerja', 'Performance evaluation') },
  'services[].stages': {
    header: h('Tahap layanan', 'Service stages'),
    comment: h('JSON, misalnya [{"name":"Perekaman","handlingMinutes":5},{"name":"Pencetakan","handlingMinutes":3,"counterGroup":"cetak"}].', 'JSON, e.g. [{"name":"Recording","handlingMinutes":5},{"name":"Printing","handlingMinutes":3,"counterGroup":"cetak"}].'),
  },
  'services[].payment': { header: h('Bayar di loket bersama', 'Pays at shared counters') },

  'counters[].id': { header: h('ID', 'ID'), example: 'dukcapil-1' },
  'counters[].agency': { header: h('Instansi', 'Agency'), example: 'dukcapil' },
  'counters[].services': { header: h('Layanan', 'Services'), example: 'ktp-el', comment: h('ID layanan dipisah koma atau baris baru.', 'Service IDs separated by commas or line breaks.') },
  'counters[].priority': { header: h('Prioritas', 'Priority'), example: 'tidak' },
  'counters[].floor': { header: h('Lantai', 'Floor'), example: 'lt1' },

  'facilities[]': { header: h('Sarana', 'Facility'), example: 'information-desk' },
};

/** The collections with a sheet of their own, in workbook order (after the key/value sheet). */
const TABLES: ReadonlyArray<Omit<TableSheet, 'kind' | 'columns'>> = [
  { name: h('JamBuka', 'OpeningHours'), collection: 'mpp.openingHours', shape: 'byKey' },
  { name: h('Lantai', 'Floors'), collection: 'mpp.floors', shape: 'objects' },
  { name: h('Pengaduan', 'Complaints'), collection: 'mpp.complaintChannels', shape: 'objects' },
  { name: h('KunjunganPerJam', 'HourlyVisitors'), collection: 'mpp.arrivalProfile', shape: 'objects' },
  { name: h('Instansi', 'Agencies'), collection: 'agencies', shape: 'objects' },
  { name: h('Layanan', 'Services'), collection: 'services', shape: 'objects' },
  { name: h('Loket', 'Counters'), collection: 'counters', shape: 'objects' },
  { name: h('Sarana', 'Facilities'), collection: 'facilities', shape: 'scalars' },
];

const REGION_SHEET_NAME = { name: h('Wilayah', 'Region'), labelHeader: h('Isian', 'Field'), valueHeader: h('Nilai', 'Value') };

/** The shared definitions whose values a cell reads its own way (trimmed ids, `08:00` times). */
const CELL_TYPE_OF_DEFINITION: Readonly<Record<string, ColumnType>> = { id: 'id', time: 'time' };

/** The cell type of a field: from its kind, format and definition. */
function cellType(field: SchemaField, fields: SchemaFields): ColumnType {
  switch (field.kind) {
    case 'const':
      return typeof field.const === 'number' ? (Number.isInteger(field.const) ? 'integer' : 'number') : typeof field.const === 'boolean' ? 'boolean' : 'text';
    case 'enum':
    case 'integer':
    case 'number':
    case 'boolean':
      return field.kind;
    case 'string':
      if (field.format === 'date') return 'date';
      return field.refs.map((name) => CELL_TYPE_OF_DEFINITION[name]).find(Boolean) ?? 'text';
    case 'array': {
      const items = fields.itemsOf(field);
      if (items?.kind !== 'string') return 'json';
      return items.refs.some((name) => CELL_TYPE_OF_DEFINITION[name] === 'id') ? 'idList' : 'textList';
    }
    default:
      return 'json';
  }
}

/** The look of a field: by its path, where a by-key collection's fields (`mpp.openingHours.monday.open`) share `*`. */
function lookOf(path: string, byKey: string | undefined): Look | undefined {
  if (byKey && path.startsWith(`${byKey}.`)) return LOOKS[`${byKey}.*.${path.slice(byKey.length + 1).split('.').slice(1).join('.')}`];
  return LOOKS[path];
}

function columnOf(field: SchemaField, fields: SchemaFields, path: string, required: boolean, byKey?: string): Column {
  const look = lookOf(field.path, byKey);
  const type = look?.type ?? cellType(field, fields);
  const example = look?.example ?? (required && field.kind !== 'array' ? ((field.promptDefault ?? field.default) as CellValue | undefined) : undefined);
  return {
    header: look?.header ?? { id: path || field.path, en: path || field.path },
    path,
    type,
    ...(type === 'enum' ? { values: (field.options ?? []).map((o) => String(o.value)) } : {}),
    ...(required ? { required: true } : {}),
    description: field.description,
    ...(look?.comment ? { comment: look.comment } : {}),
    ...(example !== undefined ? { example } : {}),
    ...(look?.textFallback ? { textFallback: look.textFallback } : {}),
  };
}

/** Columns for the leaves of an object, nested objects flattened (`standard.fee.amount`), in schema order. */
function leafColumns(fields: SchemaFields, object: SchemaField, prefix: string, required: boolean, byKey?: string): Column[] {
  return fields.propertiesOf(object).flatMap((field) => {
    const path = prefix ? `${prefix}.${field.key}` : field.key;
    const isRequired = required && field.required === true;
    if (field.kind === 'object') return leafColumns(fields, field, path, isRequired, byKey);
    return [columnOf(field, fields, path, isRequired, byKey)];
  });
}

function tableSheet(fields: SchemaFields, table: Omit<TableSheet, 'kind' | 'columns'>): TableSheet {
  const collection = fields.get(table.collection);
  if (table.shape === 'byKey') {
    // One row per key (a weekday); the columns are the fields every key shares (the first key's).
    const first = fields.propertiesOf(collection)[0];
    const look = LOOKS[`${table.collection}.*day`];
    const day: Column = { header: look?.header ?? h('key', 'key'), path: 'day', type: 'day', required: true, ...(look?.comment ? { comment: look.comment } : {}), ...(look?.example !== undefined ? { example: look.example } : {}) };
    return { kind: 'table', ...table, columns: [day, ...(first ? leafColumns(fields, first, '', true, table.collection) : [])] };
  }
  const items = fields.itemsOf(collection);
  if (!items) return { kind: 'table', ...table, columns: [] };
  const columns = table.shape === 'scalars' ? [columnOf(items, fields, '', true)] : leafColumns(fields, items, '', true);
  return { kind: 'table', ...table, columns };
}

/**
 * The sheets for a schema: the key/value sheet with every field reached through objects from the
 * root, then one sheet per collection (declared ones first, then any other list the schema has, named
 * by its path).
 */
export function sheetsFor(fields: SchemaFields): Sheet[] {
  const declared = new Set(TABLES.map((t) => t.collection));
  const tables: Array<Omit<TableSheet, 'kind' | 'columns'>> = TABLES.filter((t) => fields.find(t.collection) !== undefined);
  const keyValue: Column[] = [];
  const visit = (object: SchemaField, required: boolean): void => {
    for (const field of fields.propertiesOf(object)) {
      const isRequired = required && field.required === true;
      // What the kit writes itself (generatedBy) is not a cell for people to fill.
      if (declared.has(field.path) || field.readOnly) continue;
      if (field.kind === 'object') visit(field, isRequired);
      else if (field.kind === 'array' && fields.itemsOf(field)?.kind === 'object') tables.push({ name: { id: field.path, en: field.path }, collection: field.path, shape: 'objects' });
      else keyValue.push(columnOf(field, fields, field.path, isRequired));
    }
  };
  visit(fields.root, true);
  return [{ kind: 'keyValue', ...REGION_SHEET_NAME, fields: keyValue }, ...tables.map((table) => tableSheet(fields, table))];
}

/** Every sheet of the workbook, in workbook order (for the region schema). */
export const SHEETS: readonly Sheet[] = sheetsFor(REGION_FIELDS);

const tableOf = (sheets: readonly Sheet[], collection: string): TableSheet => {
  const found = sheets.find((s): s is TableSheet => s.kind === 'table' && s.collection === collection);
  if (!found) throw new Error(`no sheet for ${collection}`);
  return found;
};

export const REGION_SHEET = SHEETS[0] as KeyValueSheet;
export const HOURS_SHEET = tableOf(SHEETS, 'mpp.openingHours');
export const AGENCIES_SHEET = tableOf(SHEETS, 'agencies');
export const SERVICES_SHEET = tableOf(SHEETS, 'services');

/**
 * The single-sheet CSV layout: one row per service (the Layanan columns), followed by the agency
 * columns of the Instansi sheet (its ID is the service's `Instansi` column). Agencies are derived.
 */
export const CSV_AGENCY_COLUMNS: readonly Column[] = AGENCIES_SHEET.columns.filter((c) => c.path !== 'id');
