import type { Localized } from '../types.js';

/** A writing run: where its answers come from, and the short account it ends with. */
export const runMessages = {
  'answers.list.agencies': { id: 'instansi', en: 'agencies' },
  'answers.list.services': { id: 'layanan', en: 'services' },
  'answers.list.counters': { id: 'loket', en: 'counters' },
  'answers.list.facilities': { id: 'sarana', en: 'facilities' },
  'answers.lacksItems': {
    id: '{file} tidak memuat {count} butir yang ada di {deployment} (misalnya yang ditambahkan dengan `mpp add`); menjawab dari {file} akan membuangnya dari semua berkas:\n{items}\nPilih salah satu:\n  - jalankan `npx mpp new --out {dir}` tanpa --answers: deployment dibuat ulang dari {deployment};\n  - salin butir itu ke {file}, lalu jalankan lagi;\n  - tambahkan --replace-answers bila butir itu memang harus hilang.',
    en: '{file} lacks {count} item(s) that {deployment} holds (added with `mpp add`, for example); answering from {file} would drop them from every file:\n{items}\nChoose one:\n  - run `npx mpp new --out {dir}` without --answers: the deployment is made again from {deployment};\n  - copy those items into {file}, then run again;\n  - add --replace-answers if those items are meant to go.',
  },
  'answers.editedDiffers': {
    id: '{deployment} sudah disunting sejak terakhir ditulis kit, dan {file} berbeda darinya di {count} isian: {fields}. Menjawab dari {file} akan membuang suntingan itu. Pilih salah satu:\n  - jalankan `npx mpp new --out {dir}` tanpa --answers: deployment dibuat ulang dari {deployment};\n  - salin suntingan itu ke {file}, lalu jalankan lagi;\n  - tambahkan --replace-answers untuk memakai {file} apa adanya.',
    en: '{deployment} was edited since the kit last wrote it, and {file} differs from it in {count} field(s): {fields}. Answering from {file} would drop those edits. Choose one:\n  - run `npx mpp new --out {dir}` without --answers: the deployment is made again from {deployment};\n  - copy those edits into {file}, then run again;\n  - add --replace-answers to use {file} as it is.',
  },
  'completeness.title': { id: 'Kelengkapan Standar Pelayanan', en: 'Service Standard completeness' },
  'completeness.intro': {
    id: '{incomplete} dari {services} layanan belum lengkap; {components} komponen belum ditetapkan. Komponen yang kosong tidak dikarang: lengkapi di `mpp.yaml` (bagian `standard` tiap layanan), lalu jalankan mpp-kit lagi. Tabel pertama menghitung per instansi, rinciannya menyusul.',
    en: '{incomplete} of {services} services are incomplete; {components} components are not yet set. Missing components are not invented: complete them in `mpp.yaml` (each service\'s `standard` part), then run mpp-kit again. The first table counts per agency; the details follow.',
  },
  'completeness.incomplete': { id: 'Belum lengkap', en: 'Incomplete' },
  'run.files': { id: 'Berkas: {counts}.', en: 'Files: {counts}.' },
  'run.files.written': { id: '{count} ditulis', en: '{count} written' },
  'run.files.unchanged': { id: '{count} tidak berubah', en: '{count} unchanged' },
  'run.files.kept': { id: '{count} dipertahankan karena Anda sunting', en: '{count} kept because you edited them' },
  'run.files.merged': { id: '{count} digabung dengan suntingan Anda', en: '{count} merged with your edits' },
  'run.files.deleted': { id: '{count} dihapus (tidak lagi dibuat kit)', en: '{count} deleted (no longer made by the kit)' },
  'run.counts': {
    id: '{agencies} instansi, {services} layanan, {facilities} sarana; loket: {needed} dibutuhkan (Erlang C), {planned} direncanakan.',
    en: '{agencies} agencies, {services} services, {facilities} facilities; counters: {needed} needed (Erlang C), {planned} planned.',
  },
  'run.floor.fits': { id: 'Luas lantai: {needed} m² dibutuhkan, {available} m² tersedia: cukup.', en: 'Floor area: {needed} m² needed, {available} m² available: it fits.' },
  'run.floor.short': { id: 'Luas lantai: {needed} m² dibutuhkan, {available} m² tersedia: kurang {missing} m².', en: 'Floor area: {needed} m² needed, {available} m² available: {missing} m² short.' },
  'run.standard': {
    id: 'Standar Pelayanan: {incomplete} dari {services} layanan belum lengkap ({components} komponen kosong): {completeness}',
    en: 'Service Standards: {incomplete} of {services} services incomplete ({components} components empty): {completeness}',
  },
  'run.layoutWarnings': { id: '! {count} peringatan tata letak: lihat {readme}.', en: '! {count} layout warnings: see {readme}.' },
  'run.next': { id: 'Langkah berikutnya:', en: 'Next steps:' },
  'run.step.blocking': {
    id: 'Selesaikan {blockingOpen} kegiatan wajib sebelum peluncuran: {checklist} (status dicatat di {checklistYaml}).',
    en: 'Complete {blockingOpen} launch-blocking items: {checklist} (record their status in {checklistYaml}).',
  },
  'run.step.counters': {
    id: 'Rencanakan {missingCounters} loket lagi ({neededCounters} dibutuhkan, {plannedCounters} direncanakan): plannedCounters di {answers}; hitungannya di {sizing}.',
    en: 'Plan {missingCounters} more counters ({neededCounters} needed, {plannedCounters} planned): plannedCounters in {answers}; the sizing is in {sizing}.',
  },
  'run.step.floor': {
    id: 'Lantai kurang {missingArea} m²: ubah mpp.floors di {answers} atau kurangi instansi; hitungannya di {sizing}.',
    en: 'The floors lack {missingArea} m²: change mpp.floors in {answers} or plan fewer agencies; the sizing is in {sizing}.',
  },
  'run.step.estimates': {
    id: 'Ganti angka perkiraan (≈) dengan angka daerah di {answers}: daftarnya di {sizing}.',
    en: 'Replace the estimated figures (≈) with the region\'s own in {answers}: they are listed in {sizing}.',
  },
  'run.step.standard': {
    id: 'Lengkapi Standar Pelayanan {incompleteServices} layanan di {answers} (bagian standard): {completeness}.',
    en: 'Complete the Service Standard of {incompleteServices} services in {answers} (the standard part): {completeness}.',
  },
  'run.details': {
    id: 'Rincian: {readme} dan {dashboard}. Mengubah jawaban: sunting {answers}, lalu jalankan `npx mpp new --out {dir}` lagi.',
    en: 'Details: {readme} and {dashboard}. To change the answers: edit {answers}, then run `npx mpp new --out {dir}` again.',
  },
} satisfies Record<string, Localized>;
