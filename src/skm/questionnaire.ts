import type { Localized } from '../i18n/types.js';

/**
 * The SKM (Survei Kepuasan Masyarakat) questionnaire of PermenPANRB 14/2017: nine unsur (elements),
 * each answered on a 4-point scale (1 = worst, 4 = best). The answer labels follow the sample
 * questionnaire in the regulation's annex as it is commonly used by regions; a region may word its
 * own questions, but the nine unsur, their order and the 1..4 scale are fixed by the regulation.
 */
export interface SkmUnsur {
  /** 1..9, the regulation's order (U1..U9). */
  no: number;
  key: string;
  label: Localized;
  question: Localized;
  /** Labels of the answers 1, 2, 3, 4 in that order. */
  answers: [Localized, Localized, Localized, Localized];
}

const scale = (a: [string, string], b: [string, string], c: [string, string], d: [string, string]): SkmUnsur['answers'] => [
  { id: a[0], en: a[1] },
  { id: b[0], en: b[1] },
  { id: c[0], en: c[1] },
  { id: d[0], en: d[1] },
];

export const SKM_UNSUR: readonly SkmUnsur[] = [
  {
    no: 1,
    key: 'requirements',
    label: { id: 'Persyaratan', en: 'Requirements' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      en: 'How well do the service requirements match the type of service?',
    },
    answers: scale(['Tidak sesuai', 'Not appropriate'], ['Kurang sesuai', 'Somewhat appropriate'], ['Sesuai', 'Appropriate'], ['Sangat sesuai', 'Very appropriate']),
  },
  {
    no: 2,
    key: 'procedure',
    label: { id: 'Sistem, mekanisme, dan prosedur', en: 'System, mechanism and procedure' },
    question: {
      id: 'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      en: 'How easy is the service procedure at this unit?',
    },
    answers: scale(['Tidak mudah', 'Not easy'], ['Kurang mudah', 'Somewhat easy'], ['Mudah', 'Easy'], ['Sangat mudah', 'Very easy']),
  },
  {
    no: 3,
    key: 'completionTime',
    label: { id: 'Waktu penyelesaian', en: 'Completion time' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      en: 'How fast was the service delivered?',
    },
    answers: scale(['Tidak cepat', 'Not fast'], ['Kurang cepat', 'Somewhat fast'], ['Cepat', 'Fast'], ['Sangat cepat', 'Very fast']),
  },
  {
    no: 4,
    key: 'fee',
    label: { id: 'Biaya/tarif', en: 'Fee/tariff' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      en: 'How reasonable is the fee for the service?',
    },
    answers: scale(['Sangat mahal', 'Very expensive'], ['Cukup mahal', 'Rather expensive'], ['Murah', 'Cheap'], ['Gratis', 'Free']),
  },
  {
    no: 5,
    key: 'product',
    label: { id: 'Produk spesifikasi jenis pelayanan', en: 'Product specification of the service' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      en: 'How well does the service product match what the service standard states?',
    },
    answers: scale(['Tidak sesuai', 'Not appropriate'], ['Kurang sesuai', 'Somewhat appropriate'], ['Sesuai', 'Appropriate'], ['Sangat sesuai', 'Very appropriate']),
  },
  {
    no: 6,
    key: 'staffCompetence',
    label: { id: 'Kompetensi pelaksana', en: 'Staff competence' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      en: 'How competent were the staff who served you?',
    },
    answers: scale(['Tidak kompeten', 'Not competent'], ['Kurang kompeten', 'Somewhat competent'], ['Kompeten', 'Competent'], ['Sangat kompeten', 'Very competent']),
  },
  {
    no: 7,
    key: 'staffBehaviour',
    label: { id: 'Perilaku pelaksana', en: 'Staff behaviour' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      en: 'How polite and friendly were the staff?',
    },
    answers: scale(
      ['Tidak sopan dan ramah', 'Not polite and friendly'],
      ['Kurang sopan dan ramah', 'Somewhat polite and friendly'],
      ['Sopan dan ramah', 'Polite and friendly'],
      ['Sangat sopan dan ramah', 'Very polite and friendly'],
    ),
  },
  {
    no: 8,
    key: 'complaintHandling',
    label: { id: 'Penanganan pengaduan, saran dan masukan', en: 'Handling of complaints, suggestions and feedback' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      en: 'How are service users\u2019 complaints handled?',
    },
    answers: scale(
      ['Tidak ada', 'None'],
      ['Ada tetapi tidak berfungsi', 'Exists but does not work'],
      ['Berfungsi kurang maksimal', 'Works, but not fully'],
      ['Dikelola dengan baik', 'Well managed'],
    ),
  },
  {
    no: 9,
    key: 'facilities',
    label: { id: 'Sarana dan prasarana', en: 'Facilities and infrastructure' },
    question: {
      id: 'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      en: 'How good are the facilities and infrastructure?',
    },
    answers: scale(['Buruk', 'Poor'], ['Cukup', 'Fair'], ['Baik', 'Good'], ['Sangat baik', 'Very good']),
  },
];

export const SKM_UNSUR_COUNT = 9;
