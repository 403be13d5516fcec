import type { Localized } from '../types.js';

/** Messages of demand rules, the simulated day, benchmarks and the floor plan's additions. Keys `rule.*`, `sim.*`, `bench.*`. */
export const simulationMessages = {
  'rule.peakShare': {
    id: 'faktor jam puncak {factor} dengan rata-rata {hours} jam layanan per hari berarti {share}% pengunjung harian datang dalam satu jam puncak; lebih dari 100% tidak mungkin. Turunkan faktor jam puncak menjadi paling tinggi {max}, perpanjang jam layanan, atau isi mpp.arrivalProfile dengan hitungan per jam',
    en: 'a peak factor of {factor} with a mean of {hours} service hours a day means {share}% of the daily visitors arrive in one peak hour; more than 100% is impossible. Lower the peak factor to at most {max}, lengthen the service hours, or give mpp.arrivalProfile with hourly counts',
  },
  'rule.servicePeakShare': {
    id: '{peak} kedatangan pada jam puncak lebih banyak dari {visitors} pengunjung sehari ({share}% pengunjung harian dalam satu jam); periksa salah satu angka',
    en: '{peak} peak-hour arrivals exceed the {visitors} visitors of the whole day ({share}% of the day in one hour); check one of the figures',
  },
  'rule.duplicateHour': { id: 'jam {start} sudah dihitung di baris {other}', en: 'hour {start} is already counted in row {other}' },
  'rule.profileEmpty': { id: 'semua hitungan per jam bernilai 0; isi jumlah pengunjung per jam atau hapus mpp.arrivalProfile', en: 'every hourly count is 0; give visitors per hour or remove mpp.arrivalProfile' },
  'rule.presenceClosedDay': { id: 'MPP tutup pada hari {day} (tidak ada di mpp.openingHours)', en: 'the MPP is closed on {day} (not in mpp.openingHours)' },
  'rule.duplicateGroup': { id: 'kelompok loket "{id}" sudah ada di instansi ini', en: 'counter group "{id}" already exists in this agency' },
  'rule.groupsExceedCounters': {
    id: 'kelompok loket berisi {grouped} loket, lebih banyak dari {planned} loket instansi',
    en: 'the counter groups hold {grouped} counters, more than the agency\'s {planned} counters',
  },
  'rule.unknownCounterGroup': { id: 'kelompok loket "{id}" tidak ada di counterGroups instansi {agency}', en: 'counter group "{id}" is not in the counterGroups of agency {agency}' },
  'rule.stagesSum': {
    id: 'tahap-tahap layanan berjumlah {sum} menit, sedangkan handlingMinutes {minutes} menit; samakan keduanya (handlingMinutes adalah seluruh waktu di loket)',
    en: 'the stages add up to {sum} minutes but handlingMinutes is {minutes}; make them agree (handlingMinutes is the whole time at counters)',
  },
  'rule.noPaymentCounters': { id: 'layanan dibayar di loket pembayaran bersama, tetapi mpp.payment tidak diisi', en: 'the service pays at shared payment counters, but mpp.payment is not given' },

  'sim.finding.partTime': { id: '{agency} hadir hanya pada: {days}.', en: '{agency} is present only on: {days}.' },
  'sim.finding.noCounters': {
    id: '{pool}: ada pengunjung tetapi tidak ada loket yang direncanakan; semua pengunjungnya pulang tanpa dilayani.',
    en: '{pool}: visitors come but no counter is planned; all of them go home unserved.',
  },
  'sim.finding.idle': {
    id: '{pool}: {idle} dari {counters} loket sibuk kurang dari {threshold}% waktu bukanya (utilisasi rata-rata {utilisation}%; per loket {list}). Loket yang menganggur adalah kegagalan MPP yang paling sering dilaporkan: kurangi loket, bagi loket dengan instansi lain, atau pastikan layanan benar-benar pindah ke MPP.',
    en: '{pool}: {idle} of {counters} counters are busy less than {threshold}% of their open time (mean utilisation {utilisation}%; per counter {list}). Idle counters are the most reported MPP failure: reduce the counters, share them with another agency, or make sure the services really move to the MPP.',
  },
  'sim.finding.informationIdle': {
    id: '{pool}: hanya memberi informasi dan {idle} dari {counters} loket sibuk kurang dari {threshold}% waktu (utilisasi {utilisation}%; per loket {list}); pertimbangkan menggabungkannya dengan meja informasi MPP.',
    en: '{pool}: information only, and {idle} of {counters} counters are busy less than {threshold}% of the time (utilisation {utilisation}%; per counter {list}); consider merging it into the MPP\'s information desk.',
  },
  'sim.finding.busy': {
    id: '{pool}: utilisasi {utilisation}% sepanjang hari (di atas {threshold}%): tidak ada cadangan untuk lonjakan atau petugas yang berhalangan.',
    en: '{pool}: {utilisation}% utilisation over the day (above {threshold}%): no slack for a rush or an absent clerk.',
  },
  'sim.finding.longWait': {
    id: '{agency}: pada pukul {hours} kurang dari {share}% pengunjung dilayani dalam {minutes} menit (persentil ke-95 waktu tunggu {p95} menit).',
    en: '{agency}: at {hours} fewer than {share}% of visitors are served within {minutes} minutes (95th percentile wait {p95} minutes).',
  },
  'sim.finding.turnedAway': {
    id: '{agency}: rata-rata {count} pengunjung sehari pulang tanpa dilayani pada {days} ({quota} karena kuota habis, {closing} masih menunggu saat tutup).',
    en: '{agency}: on average {count} visitors a day go home unserved on {days} ({quota} because the quota ran out, {closing} still waiting at closing).',
  },
  'sim.finding.bottleneck': {
    id: '{service}: tahap "{stage}" adalah hambatan (tunggu rata-rata {wait} menit, utilisasi {utilisation}%); tambah loket pada tahap ini lebih dulu.',
    en: '{service}: stage "{stage}" is the bottleneck (mean wait {wait} minutes, utilisation {utilisation}%); add counters to this stage first.',
  },
  'sim.finding.overflow': {
    id: 'Ruang tunggu penuh pada {days} pukul {hours}: sampai {people} orang menunggu (persentil ke-95, dengan pendamping) untuk {seats} kursi.',
    en: 'The waiting room overflows on {days} at {hours}: up to {people} people waiting (95th percentile, companions included) for {seats} seats.',
  },
} satisfies Record<string, Localized>;
