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
} satisfies Record<string, Localized>;
