import type { Localized } from '../types.js';

/** Messages of the review concern. Keys are namespaced `review.*`. */
export const reviewMessages = {
  'review.category.kelembagaan-regulasi': { id: 'Kelembagaan dan regulasi', en: 'Institutions and regulation' },
  'review.category.standar-pelayanan': { id: 'Standar pelayanan', en: 'Service standards' },
  'review.category.kapasitas': { id: 'Kapasitas loket', en: 'Counter capacity' },
  'review.category.aksesibilitas': { id: 'Aksesibilitas dan kelompok rentan', en: 'Accessibility and vulnerable groups' },
  'review.category.sistem-informasi': { id: 'Sistem informasi dan pengaduan', en: 'Information systems and complaints' },
  'review.severity.blocker': { id: 'penghalang', en: 'blocker' },
  'review.severity.major': { id: 'utama', en: 'major' },
  'review.severity.minor': { id: 'minor', en: 'minor' },
  'review.basis.answers': { id: 'jawaban', en: 'answers' },
  'review.basis.checklist': { id: 'daftar periksa', en: 'checklist' },
  'review.status.belum': { id: 'belum', en: 'not started' },
  'review.status.proses': { id: 'proses', en: 'in progress' },
  'review.status.selesai': { id: 'selesai', en: 'done' },
  'review.status.tidak-berlaku': { id: 'tidak berlaku', en: 'not applicable' },

  // ------------------------------------------------------------------ findings and fixes
  'review.finding.checklist-item-open': {
    id: 'Butir "{item}" berstatus {status}, padahal butir ini menghalangi peresmian.',
    en: 'Item "{item}" is {status}, and it blocks the launch.',
  },
  'review.fix.checklist-item-open': {
    id: 'Selesaikan butir ini dan ubah statusnya menjadi selesai di checklist/checklist.yaml, dengan bukti: {evidence}.',
    en: 'Complete the item and set its status to selesai in checklist/checklist.yaml, with evidence: {evidence}.',
  },
  'review.finding.checklist-item-not-started': { id: 'Butir "{item}" belum dimulai.', en: 'Item "{item}" has not started.' },
  'review.fix.checklist-item-not-started': {
    id: 'Tetapkan penanggung jawab ({owner}) dan mulai butir ini; ubah statusnya menjadi proses.',
    en: 'Assign the owner ({owner}) and start the item; set its status to proses.',
  },
  'review.finding.launch-date-missing': { id: 'Tanggal peresmian belum diisi.', en: 'The launch date is not given.' },
  'review.fix.launch-date-missing': {
    id: 'Isi mpp.launchDate (YYYY-MM-DD), walaupun masih rencana, agar tenggat daftar periksa dapat dihitung.',
    en: 'Fill in mpp.launchDate (YYYY-MM-DD), even if planned, so that checklist due dates can be computed.',
  },
  'review.finding.agencies-estimated': {
    id: '{count} dari {total} instansi belum dikonfirmasi keikutsertaannya (ditandai ilustratif, confirmed: false, atau perkiraan, estimate: true).',
    en: '{count} of {total} agencies are not confirmed as taking part (marked illustrative, confirmed: false, or estimate: true).',
  },
  'review.fix.agencies-estimated': {
    id: 'Konfirmasi keikutsertaan setiap instansi (MoU, Perkada atau berita resmi), lalu isi confirmed: true dengan sumbernya di source dan hapus tanda estimate.',
    en: "Confirm each agency's participation (MoU, regional regulation or official news), then set confirmed: true with the source in source and remove the estimate mark.",
  },
  'review.finding.standard-component-missing': {
    id: 'Layanan "{service}" belum memiliki komponen standar pelayanan: {component}.',
    en: 'Service "{service}" lacks the service-standard component: {component}.',
  },
  'review.fix.standard-component-missing': {
    id: 'Minta {agency} mengisi komponen ini dari standar pelayanan yang ditetapkan; jangan mengarangnya.',
    en: 'Ask {agency} to fill in this component from its adopted service standard; do not invent it.',
  },
  'review.finding.standard-components-incomplete': {
    id: 'Layanan "{service}" belum memiliki {count} komponen standar pelayanan lain: {components}.',
    en: 'Service "{service}" lacks {count} other service-standard components: {components}.',
  },
  'review.fix.standard-components-incomplete': {
    id: 'Lengkapi 14 komponen standar pelayanan (PermenPANRB 15/2014) bersama {agency}.',
    en: 'Complete the 14 service-standard components (PermenPANRB 15/2014) with {agency}.',
  },
  'review.finding.counters-overloaded': {
    id: '{agency}: {planned} loket rencana untuk beban {load} Erlang pada jam puncak; antrean akan terus memanjang (dibutuhkan {needed}).',
    en: '{agency}: {planned} planned counters for a peak load of {load} Erlangs; the queue will grow without limit ({needed} needed).',
  },
  'review.fix.counters-overloaded': {
    id: 'Tambah loket menjadi paling sedikit {needed}, atau kurangi kedatangan jam puncak (antrean daring, layanan daring).',
    en: 'Raise the counters to at least {needed}, or lower peak arrivals (online booking, online services).',
  },
  'review.finding.counters-below-needed': {
    id: '{agency}: {planned} loket rencana, {needed} dibutuhkan agar {share}% pengunjung menunggu paling lama {minutes} menit.',
    en: '{agency}: {planned} planned counters, {needed} needed for {share}% of visitors to wait at most {minutes} minutes.',
  },
  'review.fix.counters-below-needed': {
    id: 'Tambah loket menjadi {needed}, atau sesuaikan target tingkat layanan bila disengaja.',
    en: 'Raise the counters to {needed}, or adjust the service-level target if this is deliberate.',
  },
  'review.finding.counters-underused': {
    id: '{agency}: {planned} loket rencana untuk kebutuhan {needed}; utilisasi jam puncak hanya {utilisation}%.',
    en: '{agency}: {planned} planned counters for a need of {needed}; peak utilisation is only {utilisation}%.',
  },
  'review.fix.counters-underused': {
    id: 'Pertimbangkan {needed} loket dan gunakan ruang sisanya untuk ruang tunggu atau sarana lain.',
    en: 'Consider {needed} counters and use the space left for waiting or other facilities.',
  },
  'review.finding.sizing-on-estimates': {
    id: '{percent}% beban jam puncak bertumpu pada angka perkiraan atau bawaan kit: lama pelayanan {handling} dari {services} layanan, pengunjung {visitors} dari {services}, loket rencana {counters} dari {agencies} instansi bukan angka daerah.',
    en: '{percent}% of the peak load rests on estimates or kit defaults: handling minutes of {handling} of {services} services, visitors of {visitors} of {services}, planned counters of {counters} of {agencies} agencies are not the region\'s figures.',
  },
  'review.fix.sizing-on-estimates': {
    id: 'Ukur lama pelayanan dan jumlah pengunjung bersama instansi (tugas di daftar periksa), sepakati jumlah loket, lalu isi angkanya di mpp.yaml.',
    en: 'Measure handling times and visitors with the agencies (checklist tasks), agree the counters, then enter the figures in mpp.yaml.',
  },
  'review.finding.figures-to-confirm': {
    id: 'Belum diketahui: {percent}% beban jam puncak dihitung dari perkiraan atau bawaan kit (lama pelayanan {handling} dari {services} layanan, pengunjung {visitors} dari {services}, jumlah loket {counters} dari {agencies} instansi tidak tercatat di jawaban).',
    en: 'Unknown: {percent}% of the peak load is computed from estimates or kit defaults (handling minutes of {handling} of {services} services, visitors of {visitors} of {services}, counters of {counters} of {agencies} agencies are not recorded in the answers).',
  },
  'review.fix.figures-to-confirm': {
    id: 'Catat jumlah loket yang beroperasi per instansi dan ukur lama pelayanan serta jumlah pengunjung (misalnya dari data aplikasi antrean), lalu isi angkanya di mpp.yaml.',
    en: 'Record the counters each agency operates and measure handling times and visitors (for example from the queue system\'s data), then enter the figures in mpp.yaml.',
  },
  'review.finding.facility-missing': { id: 'Sarana belum tersedia: {facility}.', en: 'Facility missing: {facility}.' },
  'review.fix.facility-missing': {
    id: 'Sediakan sarana ini ({facility}) dan tambahkan "{value}" ke daftar facilities.',
    en: 'Provide this facility ({facility}) and add "{value}" to the facilities list.',
  },
  'review.finding.complaint-channel-missing': { id: 'Belum ada saluran pengaduan.', en: 'There is no complaint channel.' },
  'review.fix.complaint-channel-missing': {
    id: 'Buka saluran pengaduan, paling sedikit SP4N-LAPOR! dan meja pengaduan, dan catat di mpp.complaintChannels.',
    en: 'Open complaint channels, at least SP4N-LAPOR! and a complaint desk, and list them in mpp.complaintChannels.',
  },
  'review.finding.sp4n-lapor-missing': {
    id: 'Saluran pengaduan belum terhubung ke SP4N-LAPOR!.',
    en: 'The complaint channels do not include SP4N-LAPOR!.',
  },
  'review.fix.sp4n-lapor-missing': {
    id: 'Daftarkan MPP di SP4N-LAPOR! dan tambahkan { kind: sp4n-lapor } ke mpp.complaintChannels.',
    en: 'Register the MPP with SP4N-LAPOR! and add { kind: sp4n-lapor } to mpp.complaintChannels.',
  },
  'review.finding.online-booking-off': { id: 'Kuota antrean daring 0%.', en: 'The online booking quota is 0%.' },
  'review.fix.online-booking-off': {
    id: 'Buka sebagian kuota tiket untuk antrean daring (mpp.onlineBookingShare, misalnya 0.3).',
    en: 'Open part of the ticket quota to online booking (mpp.onlineBookingShare, e.g. 0.3).',
  },
  'review.finding.online-services-missing': { id: 'Tidak ada layanan yang dapat diajukan daring.', en: 'No service can be applied for online.' },
  'review.fix.online-services-missing': {
    id: 'Tandai layanan yang dapat diajukan atau dipesan daring dengan online: true.',
    en: 'Mark the services that can be applied for or booked online with online: true.',
  },
  'review.finding.skm-not-started': {
    id: 'Survei Kepuasan Masyarakat elektronik belum dimulai (butir "{item}").',
    en: 'The electronic satisfaction survey has not started (item "{item}").',
  },
  'review.fix.skm-not-started': {
    id: 'Pasang survei SKM dari konfigurasi aplikasi dan lakukan paling sedikit sekali setahun (PermenPANRB 14/2017).',
    en: 'Set up the SKM survey from the app config and run it at least yearly (PermenPANRB 14/2017).',
  },

  // ------------------------------------------------------------------ reports
  'review.title': { id: 'Tinjauan kesiapan MPP', en: 'MPP readiness review' },
  'review.batchTitle': { id: 'Tinjauan kesiapan {count} daerah', en: 'Readiness review of {count} regions' },
  'review.score': { id: 'Indeks kesiapan kit (0-100, bukan nilai resmi)', en: 'Kit readiness index (0-100, not an official grade)' },
  'review.col.rank': { id: 'No', en: 'Rank' },
  'review.col.region': { id: 'Daerah', en: 'Region' },
  'review.col.file': { id: 'Berkas', en: 'File' },
  'review.col.score': { id: 'Indeks kit', en: 'Kit index' },
  'review.col.blockers': { id: 'Penghalang', en: 'Blockers' },
  'review.col.majors': { id: 'Utama', en: 'Major' },
  'review.col.minors': { id: 'Minor', en: 'Minor' },
  'review.col.category': { id: 'Kategori', en: 'Category' },
  'review.col.weight': { id: 'Bobot', en: 'Weight' },
  'review.col.basis': { id: 'Dasar', en: 'Basis' },
  'review.col.severity': { id: 'Tingkat', en: 'Severity' },
  'review.col.path': { id: 'Lokasi', en: 'Path' },
  'review.col.finding': { id: 'Temuan', en: 'Finding' },
  'review.col.fix': { id: 'Saran perbaikan', en: 'Suggested fix' },
  'review.categories': { id: 'Indeks kit per kategori', en: 'Kit index per category' },
  'review.findings': { id: 'Temuan', en: 'Findings' },
  'review.noFindings': { id: 'Tidak ada temuan.', en: 'No findings.' },
  'review.summary': {
    id: '{blockers} penghalang, {majors} utama, {minors} minor. {agencies} instansi, {services} layanan, loket {planned} rencana / {needed} dibutuhkan, komponen standar {given}/{total}, {estimated}% beban bertumpu pada perkiraan.',
    en: '{blockers} blockers, {majors} major, {minors} minor. {agencies} agencies, {services} services, counters {planned} planned / {needed} needed, standard components {given}/{total}, {estimated}% of the load rests on estimates.',
  },
  'review.regionLine': { id: '{kind} {name}, {province} ({mpp})', en: '{kind} {name}, {province} ({mpp})' },
  'review.checklistSource': { id: 'Jalur berawalan checklist: merujuk checklist/checklist.yaml.', en: 'Paths marked checklist: point into checklist/checklist.yaml.' },

  'review.written': { id: 'Laporan ditulis ke {file}.', en: 'Report written to {file}.' },

  // ------------------------------------------------------------------ diff
  'review.diff.title': { id: 'Perubahan konfigurasi: {old} -> {new}', en: 'Configuration changes: {old} -> {new}' },
  'review.diff.readiness': { id: 'Kesiapan: {before} -> {after} ({delta})', en: 'Readiness: {before} -> {after} ({delta})' },
  'review.diff.counts': {
    id: 'Penghalang {b0} -> {b1}, utama {m0} -> {m1}, minor {n0} -> {n1}',
    en: 'Blockers {b0} -> {b1}, major {m0} -> {m1}, minor {n0} -> {n1}',
  },
  'review.diff.agencies': { id: 'Instansi', en: 'Agencies' },
  'review.diff.services': { id: 'Layanan', en: 'Services' },
  'review.diff.counters': { id: 'Loket', en: 'Counters' },
  'review.diff.mpp': { id: 'Pengaturan MPP', en: 'MPP settings' },
  'review.diff.facilities': { id: 'Sarana', en: 'Facilities' },
  'review.diff.added': { id: 'ditambah', en: 'added' },
  'review.diff.removed': { id: 'dihapus', en: 'removed' },
  'review.diff.changed': { id: 'diubah', en: 'changed' },
  'review.diff.before': { id: 'Sebelum', en: 'Before' },
  'review.diff.after': { id: 'Sesudah', en: 'After' },
  'review.diff.none': { id: 'tidak ada perubahan', en: 'no changes' },
  'review.diff.newFindings': { id: 'Temuan baru', en: 'New findings' },
  'review.diff.resolvedFindings': { id: 'Temuan yang selesai', en: 'Resolved findings' },
  'review.diff.categories': { id: 'Skor per kategori', en: 'Score per category' },

  // ------------------------------------------------------------------ CLI
  'review.cli.badFormat': { id: 'format harus salah satu dari: {allowed}', en: 'format must be one of: {allowed}' },
  'review.cli.badMinScore': { id: '--min-score harus angka 0 sampai 100', en: '--min-score must be a number from 0 to 100' },
  'review.cli.diffArgs': {
    id: '--diff membutuhkan tepat dua konfigurasi: --diff LAMA BARU',
    en: '--diff needs exactly two configurations: --diff OLD NEW',
  },
  'review.cli.noRegions': {
    id: 'folder ini tidak berisi mpp.yaml maupun subfolder dengan mpp.yaml',
    en: 'this folder holds no mpp.yaml and no subfolder with an mpp.yaml',
  },
  'review.cli.outFolderMissing': { id: 'folder untuk --out tidak ada: {path}', en: 'the folder for --out does not exist: {path}' },
  'review.cli.checklistMismatch': {
    id: 'daftar periksa ini untuk daerah "{checklist}", bukan "{region}"',
    en: 'this checklist is for region "{checklist}", not "{region}"',
  },
} satisfies Record<string, Localized>;
