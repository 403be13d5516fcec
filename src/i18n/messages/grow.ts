import type { Localized } from '../types.js';

/** Messages of the grow concern (subgenerators `grow.*`, spreadsheet import/export `sheet.*`). */
export const growMessages = {
  'sheet.unreadable': { id: 'Buku kerja tidak dapat dibaca: {detail}', en: 'The workbook cannot be read: {detail}' },
  'sheet.unknownColumn': { id: 'kolom "{header}" tidak dikenal', en: 'unknown column "{header}"' },
  'sheet.duplicateColumn': { id: 'kolom "{header}" muncul lebih dari sekali', en: 'column "{header}" appears more than once' },
  'sheet.missingColumn': { id: 'kolom wajib "{header}" tidak ada', en: 'required column "{header}" is missing' },
  'sheet.unknownField': { id: 'isian "{label}" tidak dikenal', en: 'unknown field "{label}"' },
  'sheet.duplicateField': { id: 'isian "{label}" muncul lebih dari sekali', en: 'field "{label}" appears more than once' },
  'sheet.notNumber': { id: '"{value}" bukan angka', en: '"{value}" is not a number' },
  'sheet.notInteger': { id: '"{value}" bukan bilangan bulat', en: '"{value}" is not a whole number' },
  'sheet.notBoolean': { id: '"{value}" bukan ya/tidak', en: '"{value}" is not yes/no' },
  'sheet.notAllowed': { id: '"{value}" tidak termasuk pilihan: {allowed}', en: '"{value}" is not one of: {allowed}' },
  'sheet.notDate': { id: '"{value}" bukan tanggal TTTT-BB-HH', en: '"{value}" is not a date YYYY-MM-DD' },
  'sheet.notTime': { id: '"{value}" bukan jam JJ:MM', en: '"{value}" is not a time HH:MM' },
  'sheet.notBreak': { id: '"{value}" bukan istirahat JJ:MM-JJ:MM', en: '"{value}" is not a break HH:MM-HH:MM' },
  'sheet.notDay': { id: '"{value}" bukan nama hari (Senin ... Minggu)', en: '"{value}" is not a weekday (Monday ... Sunday)' },
  'sheet.notText': { id: 'sel berisi galat atau nilai yang tidak dapat dibaca sebagai teks', en: 'the cell holds an error or a value that cannot be read as text' },
  'sheet.notId': { id: '"{value}" bukan pengenal (huruf kecil, angka, tanda hubung)', en: '"{value}" is not an identifier (lower case, digits, hyphens)' },
  'sheet.duplicateDay': { id: 'hari "{day}" sudah ada di baris {row}', en: 'day "{day}" is already on row {row}' },
  'sheet.duplicateId': { id: 'pengenal "{id}" sudah dipakai di {other}', en: 'identifier "{id}" is already used at {other}' },
  'sheet.unknownAgency': { id: 'instansi "{id}" tidak ada di lembar Instansi', en: 'agency "{id}" is not on the Agencies sheet' },
  'sheet.unknownService': { id: 'layanan "{id}" tidak ada di lembar Layanan', en: 'service "{id}" is not on the Services sheet' },
  'sheet.unknownFloor': { id: 'lantai "{id}" tidak ada di lembar Lantai', en: 'floor "{id}" is not on the Floors sheet' },
  'sheet.csvQuote': { id: 'tanda kutip tidak ditutup', en: 'unclosed quotation mark' },
  'sheet.csvEmpty': { id: 'berkas CSV tidak memiliki baris judul', en: 'the CSV file has no header row' },
  'sheet.agencyConflict': {
    id: 'kolom "{header}" instansi "{id}" berbeda dengan baris {row}',
    en: 'column "{header}" of agency "{id}" differs from row {row}',
  },
  'sheet.agencyIdMissing': {
    id: 'isi kolom Instansi (ID) atau nama instansi yang bisa dijadikan pengenal',
    en: 'fill the Agency (ID) column or an agency name that can become an identifier',
  },
  'sheet.field': { id: '{message} ({path})', en: '{message} ({path})' },
  'sheet.note.example': {
    id: 'Baris 2 adalah contoh: timpa atau hapus.',
    en: 'Row 2 is an example: overwrite or delete it.',
  },
  'sheet.note.allowed': { id: 'Pilihan: {values}', en: 'Allowed: {values}' },
  'sheet.note.list': {
    id: 'Satu butir per baris dalam sel (Alt+Enter).',
    en: 'One item per line inside the cell (Alt+Enter).',
  },
  'sheet.note.boolean': { id: 'ya atau tidak.', en: 'ya (yes) or tidak (no).' },
  'sheet.note.required': { id: 'Wajib diisi.', en: 'Required.' },
} satisfies Record<string, Localized>;
