import type { Localized } from '../types.js';

/** The interview (`mpp new`, `yo mpp`, the questions of `mpp add`): what it asks beyond the schema's own prompts, and how it answers a wrong value. */
export const interviewMessages = {
  'interview.floorCount': { id: 'Berapa lantai gedung yang dipakai MPP?', en: 'How many building floors does the MPP use?' },
  'interview.pickAgencies': { id: 'Pilih instansi yang membuka loket (spasi untuk memilih):', en: 'Pick the agencies that open counters (space to select):' },
  'interview.addAgency': { id: 'Tambah instansi lain yang tidak ada di daftar?', en: 'Add an agency that is not in the list?' },
  'interview.addAnotherAgency': { id: 'Tambah instansi lain?', en: 'Add another agency?' },
  'interview.addService': { id: 'Tambah layanan lain untuk instansi ini?', en: 'Add another service for this agency?' },
  'interview.loadTypicalFailed': { id: 'Daftar instansi umum tidak dapat dibaca: {detail}', en: 'The list of typical agencies cannot be read: {detail}' },
  'interview.invalid.required': { id: 'Wajib diisi.', en: 'This answer is required.' },
  'interview.invalid.number': { id: 'Masukkan angka{range}.', en: 'Enter a number{range}.' },
  'interview.invalid.integer': { id: 'Masukkan bilangan bulat{range}.', en: 'Enter a whole number{range}.' },
  'interview.invalid.maxLength': { id: 'Paling banyak {max} karakter.', en: 'At most {max} characters.' },
  'interview.invalid.date': { id: 'Masukkan tanggal YYYY-MM-DD, misalnya 2027-03-01.', en: 'Enter a date as YYYY-MM-DD, e.g. 2027-03-01.' },
  'interview.invalid.described': { id: 'Jawaban tidak sesuai. {description}', en: 'This answer is not accepted. {description}' },
  'interview.range.above': { id: 'lebih dari {value}', en: 'greater than {value}' },
  'interview.range.atLeast': { id: 'paling sedikit {value}', en: 'of at least {value}' },
  'interview.range.below': { id: 'kurang dari {value}', en: 'less than {value}' },
  'interview.range.atMost': { id: 'paling banyak {value}', en: 'at most {value}' },
  'interview.range.and': { id: ' dan ', en: ' and ' },
  'interview.emptyChoice': { id: '(kosongkan)', en: '(leave empty)' },
} satisfies Record<string, Localized>;
