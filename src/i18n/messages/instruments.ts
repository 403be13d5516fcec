import type { Localized } from '../types.js';

/** Messages of the instruments concern (PEKPPP pre-assessment). Keys are namespaced `instrument.*`. */
export const instrumentMessages = {
  'instrument.estimateLabel': { id: 'estimasi, bukan nilai resmi', en: 'estimate, not an official score' },
  'instrument.pekppp.title': { id: 'Pra-penilaian PEKPPP (Indeks Pelayanan Publik)', en: 'PEKPPP pre-assessment (Public Service Index)' },
  'instrument.pekppp.short': { id: 'Estimasi IPP (PEKPPP)', en: 'IPP estimate (PEKPPP)' },
  'instrument.selfFill': { id: 'isian mandiri', en: 'self-fill' },
  'instrument.derived': { id: 'dari data kit', en: 'from the kit' },
  'instrument.col.no': { id: 'No', en: 'No' },
  'instrument.col.aspect': { id: 'Aspek', en: 'Aspect' },
  'instrument.col.indicator': { id: 'Indikator', en: 'Indicator' },
  'instrument.col.weight': { id: 'Bobot (%)', en: 'Weight (%)' },
  'instrument.col.indexWeight': { id: 'Bobot indeks (%)', en: 'Index weight (%)' },
  'instrument.col.level': { id: 'Tingkat', en: 'Level' },
  'instrument.col.levelText': { id: 'Uraian tingkat', en: 'Level text' },
  'instrument.col.self': { id: 'Nilai mandiri', en: 'Self score' },
  'instrument.col.reviewer': { id: 'Nilai evaluator', en: 'Evaluator score' },
  'instrument.col.basis': { id: 'Dasar', en: 'Basis' },
  'instrument.col.reason': { id: 'Alasan', en: 'Reason' },
  'instrument.col.known': { id: 'Yang diketahui kit', en: 'What the kit knows' },
  'instrument.col.evidenceAsked': { id: 'Bukti dukung diminta', en: 'Evidence asked' },
  'instrument.col.evidenceGiven': { id: 'Bukti dukung tersedia', en: 'Evidence given' },
  'instrument.col.weighted': { id: 'Nilai x bobot', en: 'Score x weight' },
  'instrument.summary': {
    id: 'Estimasi IPP {index} ({grade}; {label}) dari {derived} dari {total} indikator ({coverage}% bobot indeks); rentang {low}-{high} bila indikator isian mandiri bernilai 0 sampai 5.',
    en: 'IPP estimate {index} ({grade}; {label}) from {derived} of {total} indicators ({coverage}% of the index weight); range {low}-{high} with the self-fill indicators at 0 to 5.',
  },
  'instrument.summaryNone': {
    id: 'Estimasi IPP belum dapat dihitung: belum ada indikator yang dapat diturunkan dari data kit ({total} indikator isian mandiri; rentang {low}-{high}). Isi daftar periksa (status, bukti) atau lembar PEKPPP.',
    en: 'No IPP estimate yet: no indicator can be derived from the kit\'s data ({total} self-fill indicators; range {low}-{high}). Fill in the checklist (statuses, evidence) or the PEKPPP sheet.',
  },
  'instrument.summaryReviewer': {
    id: 'Terverifikasi pemeriksa (bukti dan pemeriksa sesuai): {derived} indikator, estimasi {index}.',
    en: 'Verified by the reviewer (evidence and reviewer accepted): {derived} indicators, estimate {index}.',
  },
  'instrument.gradesToConfirm': {
    id: 'Tangga predikat dari alat evaluasi daerah, perlu dikonfirmasi dengan lampiran Pedoman MenPANRB 5/2023.',
    en: 'Grade ladder from regional evaluation tools, to confirm against the annex of Pedoman MenPANRB 5/2023.',
  },
  'instrument.noIndex': { id: '-', en: '-' },
  'instrument.known.noChecklist': {
    id: 'Daftar periksa tidak dibaca (hanya berkas jawaban); tinjau folder deployment agar status dan bukti dipakai.',
    en: 'No checklist read (answers file only); review the deployment folder so that statuses and evidence count.',
  },
  'instrument.known.item': { id: '{title} ({id}): {status}{verified}', en: '{title} ({id}): {status}{verified}' },
  'instrument.known.itemMissing': { id: '{id}: tidak ada di daftar periksa daerah ini', en: '{id}: not in this region\'s checklist' },
  'instrument.known.itemCount': { id: '{done} dari {count} selesai', en: '{done} of {count} done' },
  'instrument.known.verified': { id: '; {count} terverifikasi', en: '; {count} verified' },
  'instrument.known.facilities': { id: 'Sarana tercatat: {present}. Belum tercatat: {absent}.', en: 'Facilities on record: {present}. Not on record: {absent}.' },
  'instrument.known.none': { id: 'tidak ada', en: 'none' },
  'instrument.known.channels': { id: 'Saluran pengaduan tercatat: {channels}.', en: 'Complaint channels on record: {channels}.' },
  'instrument.known.hours': {
    id: 'Jam buka: {days} hari per minggu; akhir pekan: {weekend}; tanpa jeda istirahat: {noBreak}.',
    en: 'Opening hours: {days} days a week; weekend: {weekend}; no break: {noBreak}.',
  },
  'instrument.known.queue': {
    id: 'Konfigurasi antrean kit: nomor antrean per instansi, layar panggilan, antrean daring {share}% kuota harian.',
    en: "The kit's queue configuration: ticket numbers per agency, calling displays, online booking {share}% of the daily quota.",
  },
  'instrument.known.sizing': {
    id: 'Perhitungan loket (Erlang C): {planned} rencana, {needed} dibutuhkan agar {share}% pengunjung menunggu paling lama {minutes} menit.',
    en: 'Counter sizing (Erlang C): {planned} planned, {needed} needed for {share}% of visitors to wait at most {minutes} minutes.',
  },
  'instrument.known.sizingEstimated': {
    id: 'Perhitungan loket (Erlang C, dari angka perkiraan): {planned} rencana, {needed} dibutuhkan agar {share}% pengunjung menunggu paling lama {minutes} menit.',
    en: 'Counter sizing (Erlang C, from estimated figures): {planned} planned, {needed} needed for {share}% of visitors to wait at most {minutes} minutes.',
  },
  'instrument.known.online': { id: '{count} dari {total} layanan dapat diajukan atau dipesan daring.', en: '{count} of {total} services can be applied for or booked online.' },
  'instrument.known.components': {
    id: 'Komponen Standar Pelayanan tercatat di jawaban: {given} dari {total}; {complete} dari {services} layanan lengkap.',
    en: 'Service Standard components recorded in the answers: {given} of {total}; {complete} of {services} services complete.',
  },
  'instrument.known.componentsOperating': {
    id: 'MPP beroperasi: komponen yang tidak tercatat di jawaban adalah kekurangan data kit, bukan bukti bahwa Standar Pelayanan tidak ada.',
    en: "The MPP operates: components missing from the answers are a gap in the kit's data, not proof that no Service Standard exists.",
  },
  'instrument.yes': { id: 'ya', en: 'yes' },
  'instrument.no': { id: 'tidak', en: 'no' },
  'instrument.sheet.summary': { id: 'Ringkasan', en: 'Summary' },
  'instrument.sheet.note': {
    id: 'Lembar kerja PEKPPP dari mpp-kit: {label}. Nilai mandiri dari status daftar periksa daerah; nilai evaluator dari butir terverifikasi (bukti dan pemeriksa sesuai). Kolom kosong adalah isian mandiri.',
    en: 'PEKPPP worksheet from mpp-kit: {label}. Self scores from the region\'s checklist statuses; evaluator scores from verified items (evidence and reviewer accepted). Empty cells are self-fill.',
  },
} satisfies Record<string, Localized>;
