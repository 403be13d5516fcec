/** Messages of the complete stage: where each figure came from, and the estimate marks of the outputs. */
export const completeMessages = {
  'provenance.kind.diisi': { id: 'diisi', en: 'given' },
  'provenance.kind.perkiraan': { id: 'perkiraan', en: 'estimate' },
  'provenance.kind.bawaan': { id: 'bawaan kit', en: 'kit default' },
  'provenance.given': { id: 'diisi daerah', en: 'given by the region' },
  'provenance.regionEstimate': {
    id: 'perkiraan daerah sendiri (ditandai estimate)',
    en: "the region's own estimate (marked estimate)",
  },
  'provenance.figureSource': { id: 'sumber: {sources}', en: 'source: {sources}' },
  'provenance.figureAssumption': { id: 'asumsi kit: {rationale}', en: 'kit assumption: {rationale}' },
  'provenance.basis.sumber': { id: 'bersumber', en: 'sourced' },
  'provenance.basis.asumsi-kit': { id: 'asumsi kit', en: 'kit assumption' },
  'provenance.handlingCatalogue': {
    id: 'perkiraan dari katalog layanan lazim "{label}" ({basis})',
    en: 'estimate from the typical-service catalogue "{label}" ({basis})',
  },
  'provenance.handlingDefault': {
    id: 'bawaan kit {minutes} menit (nama layanan tidak dikenali katalog)',
    en: 'kit default of {minutes} minutes (the catalogue does not recognise the service name)',
  },
  'provenance.visitorsSplit': {
    id: 'perkiraan: bagian {percent}% dari {daily} pengunjung per hari MPP (bobot "{label}")',
    en: 'estimate: {percent}% of the MPP\'s {daily} visitors a day (weight "{label}")',
  },
  'provenance.visitorsCatalogue': {
    id: 'perkiraan dari katalog layanan lazim "{label}": {share}% dari {reference} pengunjung MPP acuan ({basis})',
    en: 'estimate from the typical-service catalogue "{label}": {share}% of the reference MPP\'s {reference} visitors ({basis})',
  },
  'provenance.visitorsDefault': {
    id: 'bawaan kit: {share}% dari {reference} pengunjung MPP acuan (nama layanan tidak dikenali katalog)',
    en: 'kit default: {share}% of the reference MPP\'s {reference} visitors (the catalogue does not recognise the service name)',
  },
  'provenance.visitorsFromPeak': {
    id: 'dihitung dari kedatangan puncak per jam yang diisi daerah',
    en: 'computed from the peak arrivals per hour the region gave',
  },
  'provenance.defaultLabel': { id: 'layanan lain', en: 'other service' },
  'provenance.categoryCatalogue': { id: 'perkiraan dari katalog layanan lazim "{label}"', en: 'estimate from the typical-service catalogue "{label}"' },
  'provenance.categoryDefault': { id: 'bawaan kit: non-perizinan', en: 'kit default: non-licensing' },
  'provenance.countersSizing': {
    id: 'perkiraan dari perhitungan antrean (Erlang C) atas lama pelayanan dan pengunjung layanan instansi ini',
    en: "estimate from the queue sizing (Erlang C) on this agency's handling minutes and visitors",
  },
  'provenance.countersNoServices': {
    id: 'belum ada layanan yang diketahui: 0 loket sampai daftar layanan dilengkapi',
    en: 'no service known yet: no counter until the service list is complete',
  },
  'provenance.kindByName': {
    id: 'perkiraan dari nama instansi (kata "{keyword}")',
    en: 'estimate from the agency name (word "{keyword}")',
  },
  'provenance.kindDefault': {
    id: 'bawaan kit: lainnya (nama instansi tidak dikenali)',
    en: 'kit default: other (the agency name is not recognised)',
  },
  'provenance.hoursDefault': {
    id: 'bawaan kit: Senin-Jumat 08:00-16:00, istirahat siang (jam layanan MPP Kota Malang dan Kota Dumai)',
    en: 'kit default: Monday-Friday 08:00-16:00 with a midday break (the hours of MPP Kota Malang and Kota Dumai)',
  },
  'provenance.serviceLevelDefault': {
    id: 'bawaan kit: 80% pengunjung menunggu paling lama 15 menit',
    en: 'kit default: 80% of visitors wait at most 15 minutes',
  },
  'provenance.peakFactorDefault': {
    id: 'bawaan kit: jam puncak 2 kali rata-rata per jam',
    en: 'kit default: the peak hour is twice the mean hour',
  },
  'provenance.onlineShareDefault': {
    id: 'bawaan kit: 30% kuota harian untuk antrean daring',
    en: 'kit default: 30% of the daily quota for online booking',
  },
  'provenance.launchStatusDefault': { id: 'bawaan kit: rencana', en: 'kit default: planned' },
  'provenance.floorsDerived': {
    id: 'perkiraan: satu lantai {width} x {depth} m yang memuat program ruang ({area} m2); ukuran gedung belum diisi',
    en: 'estimate: one floor of {width} x {depth} m that fits the area programme ({area} m2); the building size is not given',
  },
  'provenance.derivedFloorName': { id: 'Lantai layanan (perkiraan)', en: 'Service floor (estimate)' },
  'provenance.mark': { id: '≈', en: '≈' },
  'provenance.legend': {
    id: '≈ = perkiraan atau bawaan kit, bukan angka daerah; asal tiap angka ada di bagian "Asal angka".',
    en: '≈ = an estimate or kit default, not the region\'s figure; where each figure comes from is under "Where the figures come from".',
  },
} as const;
