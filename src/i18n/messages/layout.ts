import type { Localized } from '../types.js';

/** Messages of the layout concern. Keys are namespaced `layout.*`. */
export const layoutMessages = {
  'layout.warning.plannedBelowNeeded': {
    id: '{agency}: {planned} loket direncanakan, {needed} loket dibutuhkan agar {share}% pengunjung menunggu paling lama {minutes} menit pada jam puncak.',
    en: '{agency}: {planned} counters planned, {needed} needed so that {share}% of visitors wait at most {minutes} minutes at peak.',
  },
  'layout.warning.plannedOverloaded': {
    id: '{agency}: beban {load} Erlang pada jam puncak tidak tertampung {planned} loket rencana (utilisasi {utilisation}%); antrean terus memanjang.',
    en: '{agency}: the peak load of {load} Erlangs exceeds the {planned} planned counters (utilisation {utilisation}%); the queue keeps growing.',
  },
  'layout.warning.noDemand': {
    id: '{agency}: belum ada perkiraan pengunjung; 1 loket disediakan agar instansi tetap hadir di MPP.',
    en: '{agency}: no visitor estimate yet; 1 counter is provided so that the agency is present in the MPP.',
  },
  'layout.warning.noServices': {
    id: '{agency}: belum ada layanan yang diketahui; {planned} loket sampai daftar layanannya dilengkapi.',
    en: '{agency}: no service known yet; {planned} counters until its service list is complete.',
  },
  'layout.warning.areaShort': {
    id: 'Luas lantai kurang {missing} m²: program ruang membutuhkan {needed} m², lantai yang tersedia {available} m².',
    en: 'Floor area is short by {missing} m²: the area programme needs {needed} m², the floors give {available} m².',
  },
  'layout.warning.zoneOverflow': {
    id: 'Lantai {floor}: {count} zona ({area} m²) tidak muat dan tidak digambar: {zones}.',
    en: 'Floor {floor}: {count} zones ({area} m²) do not fit and are not drawn: {zones}.',
  },
  'layout.warning.noEntranceFloor': {
    id: 'Tidak ada lantai bertanda pintu masuk; {floor} dipakai sebagai lantai masuk.',
    en: 'No floor is marked as the entrance floor; {floor} is used as the entrance floor.',
  },

  'layout.zone.entrance': { id: 'Pintu masuk', en: 'Entrance' },
  'layout.zone.information-desk': { id: 'Meja informasi', en: 'Information desk' },
  'layout.zone.ticket-kiosk': { id: 'Kios tiket antrean', en: 'Ticket kiosk' },
  'layout.zone.priority-counter': { id: 'Loket prioritas', en: 'Priority counter' },
  'layout.zone.complaint-desk': { id: 'Meja pengaduan', en: 'Complaint desk' },
  'layout.zone.agency-counters': { id: 'Loket instansi', en: 'Agency counters' },
  'layout.zone.waiting-area': { id: 'Ruang tunggu', en: 'Waiting area' },
  'layout.zone.lactation-room': { id: 'Ruang laktasi', en: 'Lactation room' },
  'layout.zone.children-corner': { id: 'Pojok bermain anak', en: "Children's corner" },
  'layout.zone.accessible-toilet': { id: 'Toilet difabel', en: 'Accessible toilet' },
  'layout.zone.back-office': { id: 'Ruang kerja belakang', en: 'Back office' },
  'layout.zone.circulation': { id: 'Jalur sirkulasi aksesibel', en: 'Accessible circulation path' },

  'layout.svg.title': { id: 'Denah {floor}, {mpp}', en: 'Floor plan {floor}, {mpp}' },
  'layout.svg.legend': { id: 'Keterangan', en: 'Legend' },
  'layout.svg.counters': { id: '{count} loket', en: '{count} counters' },
  'layout.svg.seats': { id: '{count} kursi', en: '{count} seats' },
  'layout.svg.schematic': {
    id: 'Denah skematis (bukan gambar kerja); ukuran dalam meter.',
    en: 'Schematic plan (not a working drawing); dimensions in metres.',
  },
  'layout.svg.overflow': { id: 'Tidak muat: {count} zona', en: 'Does not fit: {count} zones' },

  'layout.md.title': { id: 'Perhitungan loket dan ruang, {mpp}', en: 'Counter and space sizing, {mpp}' },
  'layout.md.intro': {
    id: 'Jumlah loket dihitung dengan model antrean Erlang C (M/M/c) dari kedatangan pada jam puncak dan rata-rata lama pelayanan. Target: {share}% pengunjung menunggu paling lama {minutes} menit.',
    en: 'Counters are sized with the Erlang C (M/M/c) queueing model from peak-hour arrivals and mean handling time. Target: {share}% of visitors wait at most {minutes} minutes.',
  },
  'layout.md.sizingHeading': { id: 'Loket per instansi', en: 'Counters per agency' },
  'layout.md.col.agency': { id: 'Instansi', en: 'Agency' },
  'layout.md.col.arrivals': { id: 'Kedatangan/jam puncak', en: 'Peak arrivals/hour' },
  'layout.md.col.handling': { id: 'Lama layanan (menit)', en: 'Handling (min)' },
  'layout.md.col.load': { id: 'Beban (Erlang)', en: 'Load (Erlangs)' },
  'layout.md.col.planned': { id: 'Loket rencana', en: 'Planned counters' },
  'layout.md.col.needed': { id: 'Loket dibutuhkan', en: 'Counters needed' },
  'layout.md.col.utilPlanned': { id: 'Utilisasi (rencana)', en: 'Utilisation (planned)' },
  'layout.md.col.slPlanned': { id: 'Tepat waktu (rencana)', en: 'Served in time (planned)' },
  'layout.md.col.waitPlanned': { id: 'Rata-rata tunggu (rencana, menit)', en: 'Mean wait (planned, min)' },
  'layout.md.col.waitNeeded': { id: 'Rata-rata tunggu (dibutuhkan, menit)', en: 'Mean wait (needed, min)' },
  'layout.md.total': { id: 'Jumlah', en: 'Total' },
  'layout.md.unstable': { id: 'tak terhingga', en: 'unbounded' },
  'layout.md.areaHeading': { id: 'Program ruang', en: 'Area programme' },
  'layout.md.col.item': { id: 'Ruang', en: 'Space' },
  'layout.md.col.count': { id: 'Jumlah', en: 'Count' },
  'layout.md.col.unit': { id: 'Luas satuan (m²)', en: 'Unit area (m²)' },
  'layout.md.col.area': { id: 'Luas (m²)', en: 'Area (m²)' },
  'layout.md.col.rationale': { id: 'Dasar', en: 'Rationale' },
  'layout.md.net': { id: 'Luas bersih', en: 'Net area' },
  'layout.md.circulation': { id: 'Sirkulasi ({percent}%)', en: 'Circulation ({percent}%)' },
  'layout.md.needed': { id: 'Luas dibutuhkan', en: 'Area needed' },
  'layout.md.available': { id: 'Luas lantai tersedia', en: 'Floor area available' },
  'layout.md.seatsSimulated': {
    id: 'Kursi tunggu: {seats}, dari persentil ke-{percentile} jumlah orang menunggu di gedung pada jam tersibuk hari layanan yang disimulasikan ({people} orang, termasuk {companions} pendamping per pengunjung; lihat simulasi.md). Rumus Erlang C saja (tanpa simulasi) memberi {analytic} kursi. Kursi yang dihitung dari rata-rata penuh sekitar separuh waktu puncak.',
    en: 'Waiting seats: {seats}, from the {percentile}th percentile of people waiting in the building at the busiest hour of the simulated day ({people} people, {companions} companions per visitor included; see simulasi.md). Erlang C alone (without the simulation) gives {analytic} seats. Seats sized from the mean are full about half of the peak.',
  },
  'layout.md.seatsEstimated': {
    id: 'Simulasinya bertumpu pada angka perkiraan (≈), jadi jumlah kursi ini juga perkiraan.',
    en: 'The simulation rests on estimated figures (≈), so this number of seats is an estimate too.',
  },
  'layout.md.seats': {
    id: 'Kursi tunggu: {seats}, dari persentil ke-{percentile} jumlah orang menunggu pada jam puncak ({p95} pengunjung dalam antrean; rata-rata hanya {queue}) ditambah {companions} pendamping per pengunjung; rumus Erlang C P(antrean ≥ k) = C·ρ^k. Kursi yang dihitung dari rata-rata penuh sekitar separuh waktu puncak.',
    en: 'Waiting seats: {seats}, from the {percentile}th percentile of people waiting at peak ({p95} visitors in the queues; the mean is only {queue}) plus {companions} companions per visitor; Erlang C P(queue ≥ k) = C·ρ^k. Seats sized from the mean are full about half of the peak.',
  },
  'layout.md.warningsHeading': { id: 'Peringatan', en: 'Warnings' },
  'layout.md.noWarnings': { id: 'Tidak ada peringatan.', en: 'No warnings.' },
  'layout.md.assumptionsHeading': { id: 'Asumsi', en: 'Assumptions' },
  'layout.md.assume.model': {
    id: 'Kedatangan acak (Poisson) dan lama layanan eksponensial; pengunjung tidak meninggalkan antrean (Erlang C cenderung sedikit melebihkan kebutuhan loket).',
    en: 'Random (Poisson) arrivals and exponential handling times; visitors do not leave the queue (Erlang C tends to slightly overstate the counters needed).',
  },
  'layout.md.assume.agency': {
    id: 'Semua layanan satu instansi dilayani di loket instansi itu; lama layanan adalah rata-rata tertimbang kedatangan.',
    en: "All of an agency's services share its counters; handling time is the arrival-weighted mean.",
  },
  'layout.md.assume.peak': {
    id: 'Bila layanan hanya memberi pengunjung per hari, kedatangan jam puncak = pengunjung per hari / jam layanan rata-rata x faktor puncak {peak}.',
    en: 'When a service gives visitors per day only, peak arrivals = visitors per day / mean open hours x peak factor {peak}.',
  },
  'layout.md.assume.zero': {
    id: 'Instansi dengan layanan tetapi tanpa pengunjung tetap mendapat 1 loket (instansi yang bergabung harus hadir); instansi yang belum diketahui layanannya tidak mendapat loket kecuali direncanakan.',
    en: 'An agency with services but no visitors still gets 1 counter (an agency that joins must be present); an agency whose services are not known yet gets none unless planned.',
  },
  'layout.md.assume.layout': {
    id: 'Denah menempatkan max(rencana, dibutuhkan) loket per instansi; denah bersifat skematis untuk diskusi dengan arsitek.',
    en: 'The plan places max(planned, needed) counters per agency; it is schematic, for discussion with the architect.',
  },

  'layout.rationale.counter': {
    id: 'Modul loket 2,0 m x 3,0 m: meja, kursi petugas, kursi pengunjung dan jarak antar-loket.',
    en: 'Counter module 2.0 m x 3.0 m: desk, staff chair, visitor chair and spacing between counters.',
  },
  'layout.rationale.seat': {
    id: 'Sekitar 1 m² per kursi termasuk lorong antar-baris (kaidah perencanaan umum; pastikan dengan arsitek).',
    en: 'About 1 m² per seat including aisles between rows (common planning rule of thumb; confirm with the architect).',
  },
  'layout.rationale.entrance': { id: 'Lobi masuk dengan ruang putar kursi roda.', en: 'Entrance lobby with wheelchair turning space.' },
  'layout.rationale.informationDesk': { id: 'Meja untuk 2 petugas dan antrean pendek.', en: 'Desk for 2 staff and a short queue.' },
  'layout.rationale.kiosk': {
    id: 'Satu kios per {perHour} tiket per jam puncak yang tidak dipesan daring; ruang berdiri di depan kios.',
    en: 'One kiosk per {perHour} peak-hour tickets not booked online; standing space in front.',
  },
  'layout.rationale.priority': {
    id: 'Satu modul loket dekat pintu masuk untuk kelompok rentan (UU 25/2009 Pasal 29).',
    en: 'One counter module near the entrance for vulnerable groups (UU 25/2009 Article 29).',
  },
  'layout.rationale.complaint': { id: 'Meja pengaduan tersendiri, satu modul loket.', en: 'Separate complaint desk, one counter module.' },
  'layout.rationale.lactation': {
    id: 'Ruang tertutup untuk 1-2 ibu dengan wastafel, 3 m x 4 m (ukuran yang lazim dianjurkan; pastikan pada aturan yang berlaku).',
    en: 'Closed room for 1-2 mothers with a sink, 3 m x 4 m (a commonly recommended size; confirm against the rules in force).',
  },
  'layout.rationale.children': { id: 'Pojok bermain yang terlihat dari ruang tunggu.', en: 'Play corner visible from the waiting area.' },
  'layout.rationale.toilet': {
    id: 'Dua toilet difabel 2,2 m x 2,2 m: ruang putar kursi roda 1,5 m di samping kloset.',
    en: 'Two accessible toilets 2.2 m x 2.2 m: 1.5 m wheelchair turning circle beside the WC.',
  },
  'layout.rationale.backOffice': {
    id: '{perCounter} m² per loket untuk pemrosesan berkas, pencetakan dan arsip, paling sedikit {minimum} m².',
    en: '{perCounter} m² per counter for processing, printing and files, at least {minimum} m².',
  },
  'layout.rationale.circulation': {
    id: 'Lorong dan jalur aksesibel (lebar paling sedikit {aisle} m) di antara zona.',
    en: 'Aisles and accessible paths (at least {aisle} m wide) between zones.',
  },
} satisfies Record<string, Localized>;
