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
  'provenance.handlingFromStages': {
    id: 'jumlah menit tahap layanan yang diisi daerah',
    en: 'the sum of the service stages\' minutes the region gave',
  },
  'provenance.peakFactorFromCounts': {
    id: 'dihitung dari hitungan pengunjung per jam yang diisi daerah (mpp.arrivalProfile)',
    en: 'computed from the hourly visitor counts the region gave (mpp.arrivalProfile)',
  },
  'provenance.countersAtLeastGroups': {
    id: 'perkiraan dari perhitungan antrean (Erlang C), paling sedikit jumlah loket kelompok yang diisi daerah',
    en: 'estimate from the queue sizing (Erlang C), at least the counters of the counter groups the region gave',
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
  'origin.heading': { id: 'Asal angka', en: 'Where the figures come from' },
  'origin.allGiven': {
    id: 'Semua angka yang dipakai perhitungan diisi daerah.',
    en: 'Every figure the sizing uses was given by the region.',
  },
  'origin.summary': {
    id: '{percent}% beban jam puncak bertumpu pada angka perkiraan atau bawaan kit. Lama pelayanan: {handlingEstimated} dari {handlingTotal} layanan bukan angka daerah; pengunjung per hari: {visitorsEstimated} dari {visitorsTotal}; loket rencana: {countersEstimated} dari {countersTotal} instansi. Setiap perkiraan menjadi tugas di daftar periksa untuk instansinya.',
    en: '{percent}% of the peak load rests on estimates or kit defaults. Handling minutes: {handlingEstimated} of {handlingTotal} services are not the region\'s figures; visitors per day: {visitorsEstimated} of {visitorsTotal}; planned counters: {countersEstimated} of {countersTotal} agencies. Every estimate is a checklist task for its agency.',
  },
  'origin.mppHeading': { id: 'MPP', en: 'The MPP' },
  'origin.figure.openingHours': { id: 'Jam layanan', en: 'Opening hours' },
  'origin.figure.serviceLevel': { id: 'Target tingkat layanan', en: 'Service-level target' },
  'origin.figure.peakFactor': { id: 'Faktor jam puncak', en: 'Peak factor' },
  'origin.figure.onlineBookingShare': { id: 'Bagian antrean daring', en: 'Online booking share' },
  'origin.figure.floors': { id: 'Lantai gedung', en: 'Building floors' },
  'origin.figure.launchStatus': { id: 'Status peresmian', en: 'Launch status' },
  'origin.agenciesHeading': { id: 'Instansi', en: 'Agencies' },
  'origin.servicesHeading': { id: 'Layanan', en: 'Services' },
  'origin.col.agency': { id: 'Instansi', en: 'Agency' },
  'origin.col.service': { id: 'Layanan', en: 'Service' },
  'origin.col.kind': { id: 'Jenis', en: 'Kind' },
  'origin.col.planned': { id: 'Loket rencana', en: 'Planned counters' },
  'origin.col.handling': { id: 'Lama pelayanan (menit)', en: 'Handling (min)' },
  'origin.col.visitors': { id: 'Pengunjung/hari', en: 'Visitors/day' },
  'origin.col.origin': { id: 'Asal', en: 'Origin' },
  'origin.catalogueHeading': { id: 'Katalog layanan lazim yang dipakai', en: 'Typical-service catalogue entries used' },
  'origin.catalogueIntro': {
    id: 'Perkiraan di atas memakai entri data/typical-services.yaml berikut; tiap angka membawa sumbernya atau alasan asumsi kit.',
    en: 'The estimates above use these entries of data/typical-services.yaml; each figure carries its source or the kit\'s rationale.',
  },
  'origin.catalogueEntry': {
    id: 'lama pelayanan {minutes} menit ({handling}); bagian permintaan {share}% ({demand})',
    en: 'handling {minutes} minutes ({handling}); demand share {share}% ({demand})',
  },
  'origin.noServices': {
    id: 'Belum ada layanan yang diketahui untuk: {agencies}. Instansi ini tidak mendapat loket kecuali direncanakan, sampai daftar layanannya dilengkapi.',
    en: 'No service is known yet for: {agencies}. These agencies get no counter unless planned, until their service lists are complete.',
  },
  'readme.status': { id: 'Keikutsertaan', en: 'Participation' },
  'readme.status.confirmed': { id: 'terkonfirmasi', en: 'confirmed' },
  'readme.status.illustrative': { id: 'ilustratif, belum dikonfirmasi', en: 'illustrative, not confirmed' },
  'readme.status.stated': { id: 'menurut daftar daerah', en: "as in the region's list" },
  'readme.statusLegend': {
    id: 'Instansi "terkonfirmasi" disebut oleh sumber (kolom sumber di mpp.yaml); instansi "ilustratif" hanya contoh dan belum dikonfirmasi ikut serta.',
    en: '"Confirmed" agencies are named by a source (the source field in mpp.yaml); "illustrative" agencies are examples whose participation is not confirmed.',
  },
  'readme.estimatesTitle': { id: 'Angka perkiraan', en: 'Estimated figures' },
  'readme.estimatesNone': {
    id: 'Semua angka yang dipakai perhitungan loket dan ruang diisi daerah.',
    en: 'Every figure the counter and space sizing uses was given by the region.',
  },
  'readme.estimatesIntro': {
    id: 'Angka bertanda ≈ adalah perkiraan atau bawaan kit, bukan angka daerah. {percent}% beban jam puncak bertumpu padanya: lama pelayanan {handling} dari {services} layanan, pengunjung per hari {visitors} dari {services}, loket rencana {counters} dari {agencies} instansi. Asal setiap angka ada di `layout/sizing.md` (bagian "Asal angka"); setiap perkiraan menjadi tugas di `checklist/` untuk instansinya.',
    en: 'Figures marked ≈ are estimates or kit defaults, not the region\'s figures. {percent}% of the peak load rests on them: handling minutes for {handling} of {services} services, visitors per day for {visitors} of {services}, planned counters for {counters} of {agencies} agencies. Where each figure comes from is in `layout/sizing.md` ("Where the figures come from"); every estimate is a task in `checklist/` for its agency.',
  },
  'readme.estimatesMpp': { id: 'Angka MPP yang belum diisi: {figures}.', en: 'MPP figures not given: {figures}.' },
  'readme.noServices': {
    id: 'Belum ada layanan yang diketahui untuk {count} instansi ({agencies}): tidak ada loket atau halaman layanan untuknya sampai daftar layanannya dilengkapi.',
    en: 'No service is known yet for {count} agencies ({agencies}): they get no counter and no service page until their service lists are complete.',
  },
  'checklist.estimate': { id: '{subject}: {value} (≈ {note})', en: '{subject}: {value} (≈ {note})' },
  'checklist.estimateSummary': { id: '{count} angka perkiraan: {subjects}', en: '{count} estimated figures: {subjects}' },
  'checklist.estimateFigure.plannedCounters': { id: 'Loket rencana', en: 'Planned counters' },
  'checklist.estimateFigure.kind': { id: 'Jenis instansi', en: 'Agency kind' },
  'checklist.estimateFigure.handlingMinutes': { id: 'Lama pelayanan', en: 'Handling minutes' },
  'checklist.estimateFigure.visitorsPerDay': { id: 'Pengunjung per hari', en: 'Visitors per day' },
  'summary.estimates': {
    id: 'Perkiraan: {percent}% beban jam puncak bertumpu pada angka yang tidak diisi daerah (tanda ≈ di layout/sizing.md dan README.md; tugas pengukuran di daftar periksa).',
    en: 'Estimates: {percent}% of the peak load rests on figures the region did not give (marked ≈ in layout/sizing.md and README.md; measuring tasks in the checklist).',
  },
  'appconfig.missing.noServices': {
    id: 'Belum ada layanan yang tercatat: standar pelayanan diperiksa setelah daftar layanan dilengkapi.',
    en: 'No service is recorded yet: service standards are checked once the service lists are complete.',
  },
  'provenance.mark': { id: '≈', en: '≈' },
  'provenance.legend': {
    id: '≈ = perkiraan atau bawaan kit, bukan angka daerah; asal tiap angka ada di bagian "Asal angka".',
    en: '≈ = an estimate or kit default, not the region\'s figure; where each figure comes from is under "Where the figures come from".',
  },
} as const;
