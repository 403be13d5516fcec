/** Messages of the spreadsheet read path: file encodings and unreadable files, each naming the file. */
export const importMessages = {
  'sheet.csvLegacyEncoding': {
    id: '{file} bukan UTF-8; dibaca sebagai Windows-1252 (Latin-1). Periksa huruf beraksen (é, ü) di hasilnya; agar pasti, simpan ulang sebagai "CSV UTF-8".',
    en: '{file} is not UTF-8; it was read as Windows-1252 (Latin-1). Check accented letters (é, ü) in the result; to be sure, save it again as "CSV UTF-8".',
  },
  'sheet.csvNotText': {
    id: '{file} bukan berkas teks CSV (berisi karakter kendali). Simpan ulang dari spreadsheet sebagai "CSV UTF-8".',
    en: '{file} is not a CSV text file (it holds control characters). Save it again from the spreadsheet as "CSV UTF-8".',
  },
  'sheet.notXlsx': {
    id: '{file} bukan buku kerja Excel (.xlsx) yang utuh (mungkin .xls lama, CSV yang diberi nama .xlsx, atau berkas rusak). Buka dan simpan ulang sebagai "Excel Workbook (.xlsx)".',
    en: '{file} is not a complete Excel workbook (.xlsx) (perhaps an old .xls, a CSV named .xlsx, or a damaged file). Open it and save it again as "Excel Workbook (.xlsx)".',
  },
  'sheet.workbookUnreadable': {
    id: 'Buku kerja {file} tidak dapat dibaca: strukturnya tidak dikenali. Buka dan simpan ulang dengan Excel atau LibreOffice sebagai .xlsx, lalu coba lagi.',
    en: 'The workbook {file} cannot be read: its structure is not recognised. Open it and save it again with Excel or LibreOffice as .xlsx, then try again.',
  },
  'file.isDirectory': { id: '{file} adalah folder, bukan berkas.', en: '{file} is a folder, not a file.' },
  'file.noPermission': { id: '{file} tidak boleh dibaca (izin akses).', en: '{file} may not be read (permissions).' },
  'file.unreadable': { id: '{file} tidak dapat dibaca.', en: '{file} cannot be read.' },
} as const;
