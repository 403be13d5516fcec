import type { Localized } from '../types.js';

/** Messages of demand rules, the simulated day, benchmarks and the floor plan's additions. Keys `rule.*`, `sim.*`, `bench.*`. */
export const simulationMessages = {
  'agency.serviceMode.penuh': { id: 'Layanan penuh di loket', en: 'Full service at the counter' },
  'agency.serviceMode.terima-berkas': { id: 'Terima dan serahkan berkas', en: 'Drop-off and pick-up' },
  'agency.serviceMode.informasi': { id: 'Hanya informasi', en: 'Information only' },
  'agency.serviceMode.kios': { id: 'Kios swalayan', en: 'Self-service kiosk' },
  'agency.presence.days.monday': { id: 'Senin', en: 'Monday' },
  'agency.presence.days.tuesday': { id: 'Selasa', en: 'Tuesday' },
  'agency.presence.days.wednesday': { id: 'Rabu', en: 'Wednesday' },
  'agency.presence.days.thursday': { id: 'Kamis', en: 'Thursday' },
  'agency.presence.days.friday': { id: 'Jumat', en: 'Friday' },
  'agency.presence.days.saturday': { id: 'Sabtu', en: 'Saturday' },
  'agency.presence.days.sunday': { id: 'Minggu', en: 'Sunday' },
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

  'sim.finding.estimates': {
    id: '≈ Simulasi ini bertumpu pada perkiraan: {parts}. Bacalah antrean dan waktu tunggunya sebagai arah, bukan angka pasti; ukur angka itu (lihat daftar periksa) lalu jalankan ulang.',
    en: '≈ This simulation rests on estimates: {parts}. Read its queues and waits as a direction, not as exact figures; measure those figures (see the checklist) and run it again.',
  },
  'sim.finding.estimatesLoad': {
    id: '{percent}% beban jam puncak berasal dari layanan yang lama pelayanan atau jumlah pengunjungnya perkiraan, bukan angka terukur daerah',
    en: '{percent}% of the peak load comes from services whose handling minutes or visitors are estimates, not figures the region measured',
  },
  'sim.finding.estimatesCounters': { id: 'jumlah loket {counters} dari {agencies} instansi adalah perkiraan', en: 'the counters of {counters} of {agencies} agencies are estimates' },
  'sim.finding.estimatesMpp': { id: '{figures} memakai bawaan kit', en: '{figures}: kit defaults' },
  'sim.md.estimateMark': {
    id: 'Angka bertanda ≈ bertumpu pada perkiraan atau bawaan kit, bukan angka daerah.',
    en: 'Figures marked ≈ rest on the kit\'s estimates or defaults, not on the region\'s own figures.',
  },
  'sim.finding.partTime': { id: '{agency} hadir hanya pada: {days}.', en: '{agency} is present only on: {days}.' },
  'sim.finding.noCounters': {
    id: '{pool}: ada pengunjung tetapi tidak ada loket yang direncanakan; semua pengunjungnya pulang tanpa dilayani.',
    en: '{pool}: visitors come but no counter is planned; all of them go home unserved.',
  },
  'sim.finding.idle': {
    id: '{pool}: loket menganggur, rata-rata hanya sibuk {utilisation}% dari waktu bukanya (ambang {threshold}%; per loket {list}; {idle} dari {counters} loket di bawah ambang): kurangi loket, bagi dengan instansi lain, atau pastikan layanannya benar-benar pindah ke MPP.',
    en: '{pool}: idle counters, busy only {utilisation}% of their open time on average (threshold {threshold}%; per counter {list}; {idle} of {counters} counters below it): reduce them, share them with another agency, or make sure the services really move to the MPP.',
  },
  'sim.finding.informationIdle': {
    id: '{pool}: hanya memberi informasi dan loketnya rata-rata hanya sibuk {utilisation}% (ambang {threshold}%; per loket {list}); pertimbangkan menggabungkannya dengan meja informasi MPP.',
    en: '{pool}: information only, and its counters are busy only {utilisation}% on average (threshold {threshold}%; per counter {list}); consider merging it into the MPP\'s information desk.',
  },
  'sim.finding.busy': {
    id: '{pool}: utilisasi {utilisation}% sepanjang hari (di atas {threshold}%): tidak ada cadangan untuk lonjakan atau petugas yang berhalangan.',
    en: '{pool}: {utilisation}% utilisation over the day (above {threshold}%): no slack for a rush or an absent clerk.',
  },
  'sim.finding.longWait': {
    id: '{agency}: sepanjang hari hanya {served}% pengunjung dilayani dalam {minutes} menit pada {days} (target {share}%; persentil ke-95 waktu tunggu {p95} menit): tambah loket atau pindahkan sebagian layanan ke daring.',
    en: '{agency}: over the day only {served}% of visitors are served within {minutes} minutes on {days} (target {share}%; 95th percentile wait {p95} minutes): add counters or move part of the service online.',
  },
  'sim.finding.peakHours': {
    id: '{days}, pukul {hours}: kurang dari {share}% pengunjung dilayani dalam {minutes} menit di {count} instansi ({agencies}).',
    en: '{days}, {hours}: fewer than {share}% of visitors are served within {minutes} minutes at {count} of the agencies ({agencies}).',
  },
  'sim.finding.peakHoursBreak': {
    id: '{days}, pukul {hours}: kurang dari {share}% pengunjung dilayani dalam {minutes} menit di {count} instansi ({agencies}); istirahat {breaks} ikut memanjangkan antrean karena pengunjung tetap datang: atur istirahat bergilir agar loket tetap buka.',
    en: '{days}, {hours}: fewer than {share}% of visitors are served within {minutes} minutes at {count} of the agencies ({agencies}); the {breaks} break adds to the queues because visitors keep arriving: stagger the breaks so counters stay open.',
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

  'sim.mode.penuh': { id: 'layanan penuh', en: 'full service' },
  'sim.mode.terima-berkas': { id: 'terima berkas', en: 'drop-off/pick-up' },
  'sim.mode.informasi': { id: 'informasi', en: 'information only' },
  'sim.mode.kios': { id: 'kios swalayan', en: 'self-service kiosk' },

  'sim.md.title': { id: 'Simulasi satu hari, {mpp}', en: 'A simulated day, {mpp}' },
  'sim.md.intro': {
    id: 'Hari pelayanan disimulasikan {replications} kali per jenis hari (benih acak {seed}; benih yang sama memberi angka yang sama): kedatangan per jam, kehadiran instansi, tahap layanan, loket pembayaran, pengunjung prioritas, istirahat dan kuota harian. Simulasi memeriksa perhitungan Erlang C di sizing.md dan menunjukkan jam dan loket tempat rencana gagal, termasuk loket yang menganggur.',
    en: 'The service day is simulated {replications} times per kind of day (random seed {seed}; the same seed gives the same figures): hourly arrivals, agency presence, service stages, payment counters, priority visitors, breaks and the daily quota. The simulation checks the Erlang C sizing in sizing.md and shows the hours and counters where the plan fails, idle counters included.',
  },
  'sim.md.skipped': {
    id: 'Satu hari simulasi daerah ini berisi {visitors} pengunjung, di atas batas {budget} untuk pembuatan deployment (jauh di atas MPP mana pun yang tercatat); periksa angka pengunjung, lalu jalankan `mpp simulate FOLDER --replications 1` bila angka itu memang benar.',
    en: 'One simulated day of this region holds {visitors} visitors, above the {budget} limit of a deployment build (far beyond any MPP on record); check the visitor figures, then run `mpp simulate FOLDER --replications 1` if they are right.',
  },
  'sim.md.whatIf': { id: 'Skenario "bagaimana jika" yang diterapkan:', en: 'What-if changes applied:' },
  'sim.md.readingHeading': { id: 'Bacaan singkat', en: 'Plain reading' },
  'sim.md.noWarnings': { id: 'Tidak ada loket yang menganggur atau kewalahan, dan antrean memenuhi target.', en: 'No counter sits idle or is overwhelmed, and the queues meet the target.' },
  'sim.md.seats': {
    id: 'Kursi tunggu pada denah: {layout} (lihat sizing.md untuk dasarnya). Persentil ke-95 orang menunggu dalam simulasi ini, dengan pendamping: {simulated}.',
    en: 'Waiting seats on the plan: {layout} (sizing.md gives their basis). Simulated 95th percentile of people waiting in this run, companions included: {simulated}.',
  },
  'sim.md.buildingHeading': { id: 'Seluruh gedung per jam', en: 'The whole building, hour by hour' },
  'sim.md.buildingChart': { id: 'Orang menunggu dan waktu tunggu per jam', en: 'People waiting and waits per hour' },
  'sim.md.dayLine': {
    id: 'Pengunjung {visitors}, dilayani {served}, pulang tanpa dilayani {lost}; persentil ke-95 orang menunggu {people}.',
    en: 'Visitors {visitors}, served {served}, left unserved {lost}; 95th percentile of people waiting {people}.',
  },
  'sim.md.col.hour': { id: 'Jam', en: 'Hour' },
  'sim.md.col.arrivals': { id: 'Datang', en: 'Arrivals' },
  'sim.md.col.queueMean': { id: 'Antrean rata-rata', en: 'Mean queue' },
  'sim.md.col.queueP95': { id: 'Antrean p95', en: 'Queue p95' },
  'sim.md.col.peopleP95': { id: 'Orang menunggu p95', en: 'People waiting p95' },
  'sim.md.col.waitMean': { id: 'Tunggu rata-rata (menit)', en: 'Mean wait (min)' },
  'sim.md.col.waitP95': { id: 'Tunggu p95 (menit)', en: 'Wait p95 (min)' },
  'sim.md.col.overLimit': { id: 'Tunggu > {minutes} menit', en: 'Wait > {minutes} min' },
  'sim.md.col.turnedAway': { id: 'Ditolak (kuota)', en: 'Turned away (quota)' },
  'sim.md.agencyHeading': { id: 'Per instansi ({days})', en: 'Per agency ({days})' },
  'sim.md.agencyChart': { id: 'Antrean dan waktu tunggu per jam per instansi', en: 'Queue and wait per hour per agency' },
  'sim.md.col.agency': { id: 'Instansi', en: 'Agency' },
  'sim.md.col.mode': { id: 'Cara layanan', en: 'Service mode' },
  'sim.md.col.visitors': { id: 'Pengunjung', en: 'Visitors' },
  'sim.md.col.served': { id: 'Dilayani', en: 'Served' },
  'sim.md.col.lost': { id: 'Pulang tanpa dilayani', en: 'Left unserved' },
  'sim.md.col.counters': { id: 'Loket', en: 'Counters' },
  'sim.md.col.needed': { id: 'Loket dibutuhkan (Erlang C)', en: 'Counters needed (Erlang C)' },
  'sim.md.col.utilisation': { id: 'Utilisasi', en: 'Utilisation' },
  'sim.md.absent': { id: 'tidak hadir', en: 'absent' },
  'sim.md.counterHeading': { id: 'Utilisasi per loket', en: 'Utilisation per counter' },
  'sim.md.counterChart': { id: 'Utilisasi setiap loket', en: 'Utilisation of every counter' },
  'sim.md.counterIntro': {
    id: 'Loket bernomor kecil dipanggil lebih dulu, sehingga loket terakhir menunjukkan berapa loket yang sebenarnya dibutuhkan. Di bawah {idle}% = menganggur, di atas {busy}% = tanpa cadangan.',
    en: 'The lowest-numbered free counter calls the next visitor, so the last counters show how many are really needed. Below {idle}% = idle, above {busy}% = no slack.',
  },
  'sim.md.col.pool': { id: 'Kelompok loket', en: 'Counter group' },
  'sim.md.col.perCounter': { id: 'Per loket', en: 'Per counter' },
  'sim.md.stagesHeading': { id: 'Layanan bertahap', en: 'Staged services' },
  'sim.md.col.service': { id: 'Layanan', en: 'Service' },
  'sim.md.col.stage': { id: 'Tahap', en: 'Stage' },
  'sim.md.bottleneck': { id: 'hambatan', en: 'bottleneck' },
  'sim.md.assumptionsHeading': { id: 'Asumsi', en: 'Assumptions' },
  'sim.md.assume.counters': {
    id: 'Disimulasikan dengan loket yang direncanakan instansi (yang akan dijaga petugas), bukan loket yang dibutuhkan Erlang C; kolom "Loket dibutuhkan" membandingkan keduanya.',
    en: 'Simulated with the counters the agencies plan (the ones staff will run), not the counters Erlang C needs; the "Counters needed" column compares the two.',
  },
  'sim.md.assume.profile': {
    id: 'Kedatangan per jam mengikuti hitungan daerah (mpp.arrivalProfile) bila ada; bila tidak, kurva bawaan kit: satu puncak pagi sekitar dua jam setelah buka, setinggi faktor jam puncak (asumsi kit; belum ada hitungan per jam MPP Indonesia yang dipublikasikan). Ganti dengan hitungan Anda sendiri.',
    en: 'Hourly arrivals follow the region\'s counts (mpp.arrivalProfile) when given; otherwise the kit\'s default curve: one morning peak about two hours after opening, as high as the peak factor (a kit assumption; no published hourly counts of an Indonesian MPP were found). Replace it with your own counts.',
  },
  'sim.md.assume.handling': {
    id: 'Lama pelayanan acak eksponensial dengan rata-rata handlingMinutes (sama dengan asumsi Erlang C; lama pelayanan nyata biasanya lebih seragam, jadi antrean di sini sedikit pesimistis).',
    en: 'Handling times are exponential with mean handlingMinutes (as Erlang C assumes; real handling times vary less, so these queues are slightly pessimistic).',
  },
  'sim.md.assume.priority': {
    id: '{share}% pengunjung dari kelompok rentan (UU 25/2009 Pasal 29) didahulukan di antrean instansinya; perkiraan kit dari porsi penduduk lansia (BPS 2023, sekitar 12%). Isi mpp.priorityShare bila Anda punya data.',
    en: '{share}% of visitors belong to the vulnerable groups (UU 25/2009 Article 29) and go first in their agency\'s queue; a kit estimate from the share of older people (BPS 2023, about 12%). Set mpp.priorityShare when you have data.',
  },
  'sim.md.assume.priorityGiven': {
    id: '{share}% pengunjung dari kelompok rentan (UU 25/2009 Pasal 29) didahulukan di antrean instansinya (mpp.priorityShare).',
    en: '{share}% of visitors belong to the vulnerable groups (UU 25/2009 Article 29) and go first in their agency\'s queue (mpp.priorityShare).',
  },
  'sim.md.assume.breaks': {
    id: 'Saat istirahat loket berhenti setelah menyelesaikan pengunjung yang sedang dilayani, tetapi pengunjung tetap datang dan menunggu; saat loket tutup, yang masih menunggu pulang tanpa dilayani.',
    en: 'In breaks counters stop after the visitor being served, but visitors keep arriving and wait; at closing, whoever still waits goes home unserved.',
  },
  'sim.md.assume.quota': {
    id: 'Kuota harian per layanan sama dengan konfigurasi antrean (app/): pengunjung yang datang setelah kuota habis ditolak.',
    en: 'The daily quota per service is the one in the queue configuration (app/): visitors arriving after it runs out are turned away.',
  },
  'sim.md.assume.idle': {
    id: 'Ambang loket menganggur {idle}% (sekitar 2 jam kerja dalam 7 jam buka) dipilih karena loket yang jarang dipakai adalah kegagalan MPP yang paling sering dilaporkan (Jepara, Gresik, Kotawaringin Timur); ubah di src/simulation/constants.ts bersama alasannya.',
    en: 'The idle threshold of {idle}% (about 2 hours of work in 7 open hours) is used because rarely used counters are the most reported MPP failure (Jepara, Gresik, Kotawaringin Timur); change it in src/simulation/constants.ts with its reason.',
  },
  'sim.md.assume.presence': {
    id: 'Instansi dengan jadwal hadir (presence) hanya menerima pengunjung pada hari dan jam itu; bila kantor lama tetap buka (oldOffice), hanya bagian permintaan yang pindah ke MPP yang datang.',
    en: 'Agencies with a presence schedule receive visitors on those days and hours only; when the old office stays open (oldOffice), only the share of demand that moves to the MPP comes.',
  },
  'sim.md.rerun': {
    id: 'Ulangi atau coba skenario: `mpp simulate FOLDER --replications 30 --seed 2018 --what-if instansi=+1 --out FOLDER-HASIL`.',
    en: 'Rerun or try a scenario: `mpp simulate FOLDER --replications 30 --seed 2018 --what-if agency=+1 --out RESULT-FOLDER`.',
  },

  'sim.chart.buildingTitle': { id: 'Simulasi satu hari, {mpp}: seluruh gedung', en: 'A simulated day, {mpp}: the whole building' },
  'sim.chart.people': { id: 'Orang menunggu (dengan pendamping)', en: 'People waiting (companions included)' },
  'sim.chart.wait': { id: 'Waktu tunggu (menit)', en: 'Wait (minutes)' },
  'sim.chart.hourAxis': { id: 'jam', en: 'hour' },
  'sim.chart.seats': { id: '{seats} kursi', en: '{seats} seats' },
  'sim.chart.limit': { id: 'batas {minutes} menit', en: '{minutes}-minute limit' },
  'sim.chart.legend': { id: 'Keterangan', en: 'Legend' },
  'sim.chart.p95': { id: 'persentil ke-95', en: '95th percentile' },
  'sim.chart.mean': { id: 'rata-rata (antrean)', en: 'mean (queue)' },
  'sim.chart.agencyTitle': { id: 'Simulasi satu hari, {mpp}: per instansi', en: 'A simulated day, {mpp}: per agency' },
  'sim.chart.agencySubtitle': {
    id: '{days}. Batang: antrean rata-rata; garis pendek: antrean persentil ke-95; garis putus: tunggu rata-rata; garis: tunggu persentil ke-95 (menit).',
    en: '{days}. Bars: mean queue; ticks: 95th percentile queue; dashed line: mean wait; line: 95th percentile wait (minutes).',
  },
  'sim.chart.busiestOnly': { id: 'Hanya {shown} instansi tersibuk dari {total}; tabel di simulasi.md memuat semuanya.', en: 'Only the {shown} busiest of {total} agencies; the table in simulasi.md lists them all.' },
  'sim.chart.queueShort': { id: 'antrean (orang)', en: 'queue (people)' },
  'sim.chart.waitShort': { id: 'tunggu (menit)', en: 'wait (minutes)' },
  'sim.chart.counterTitle': { id: 'Simulasi satu hari, {mpp}: utilisasi loket', en: 'A simulated day, {mpp}: counter utilisation' },
  'sim.chart.counterSubtitle': {
    id: '{days}. Satu batang per loket; garis putus merah: ambang menganggur {idle}%; di atas {busy}%: tanpa cadangan.',
    en: '{days}. One bar per counter; red dashed line: idle threshold {idle}%; above {busy}%: no slack.',
  },
  'sim.chart.idle': { id: 'menganggur (< {threshold}%)', en: 'idle (< {threshold}%)' },
  'sim.chart.ok': { id: 'wajar', en: 'reasonable' },
  'sim.chart.busy': { id: 'tanpa cadangan (> {threshold}%)', en: 'no slack (> {threshold}%)' },

  'sim.cli.summary': {
    id: 'Simulasi {mpp}: {replications} ulangan per jenis hari, benih {seed}. Pengunjung per hari {visitors}, pulang tanpa dilayani {lost}; kursi tunggu {seats}, orang menunggu persentil ke-95 {people}.',
    en: 'Simulation of {mpp}: {replications} replications per kind of day, seed {seed}. Visitors per day {visitors}, left unserved {lost}; waiting seats {seats}, 95th percentile of people waiting {people}.',
  },
  'sim.cli.written': { id: '{count} berkas ditulis ke {folder}', en: '{count} files written to {folder}' },
  'sim.cli.badNumber': { id: '{option} harus bilangan bulat dari {min} sampai {max}', en: '{option} must be a whole number from {min} to {max}' },
  'sim.cli.badWhatIf': {
    id: '"{value}" bukan skenario yang dikenal; tulis instansi=+1 atau instansi=-1 (atau instansi.kelompok=+1)',
    en: '"{value}" is not a known change; write agency=+1 or agency=-1 (or agency.group=+1)',
  },
  'sim.cli.unknownAgency': { id: 'instansi "{id}" tidak ada; yang ada: {known}', en: 'agency "{id}" does not exist; known: {known}' },
  'sim.cli.unknownGroup': { id: 'kelompok loket "{group}" tidak ada di instansi {id}', en: 'counter group "{group}" does not exist in agency {id}' },
  'sim.cli.outExists': {
    id: '{file} sudah ada dan isinya berbeda; gunakan --force untuk menimpa',
    en: '{file} exists with other content; use --force to overwrite',
  },

  'bench.mpp-visitors-per-day.below': {
    id: '{subject}: {value} pengunjung sehari, jauh di bawah MPP pembanding ({benchmarks}); periksa angka dan satuannya (per hari, bukan per bulan).',
    en: '{subject}: {value} visitors a day, far below the benchmark MPPs ({benchmarks}); check the figures and their unit (per day, not per month).',
  },
  'bench.mpp-visitors-per-day.above': {
    id: '{subject}: {value} pengunjung sehari, jauh di atas MPP pembanding ({benchmarks}); periksa angka dan satuannya.',
    en: '{subject}: {value} visitors a day, far above the benchmark MPPs ({benchmarks}); check the figures and their unit.',
  },
  'bench.handling-minutes.below': {
    id: '{subject}: {value} menit per pengunjung, jauh di bawah lama pelayanan yang diukur di loket ({benchmarks}); ukur ulang.',
    en: '{subject}: {value} minutes per visitor, far below counter times measured elsewhere ({benchmarks}); measure again.',
  },
  'bench.handling-minutes.above': {
    id: '{subject}: {value} menit per pengunjung, jauh di atas lama pelayanan yang diukur ({benchmarks}); pecah menjadi tahap (stages) atau ukur ulang.',
    en: '{subject}: {value} minutes per visitor, far above measured service times ({benchmarks}); split it into stages or measure again.',
  },
  'bench.visitors-per-counter-per-day.within': {
    id: '{subject}: {value} pengunjung per loket sehari, setara loket yang dilaporkan menganggur ({benchmarks}); kurangi loket atau bagi loket dengan instansi lain.',
    en: '{subject}: {value} visitors per counter a day, like counters reported idle ({benchmarks}); plan fewer counters or share them with another agency.',
  },

  'review.finding.figure-outside-benchmark': { id: '{detail}', en: '{detail}' },
  'review.fix.figure-outside-benchmark': {
    id: 'Bandingkan angka ini dengan data pembanding (data/benchmarks.yaml) dan ukur ulang bila perlu; angka yang benar tetapi jauh dari pembanding perlu alasan tertulis.',
    en: 'Compare the figure with the benchmarks (data/benchmarks.yaml) and measure again if needed; a right figure far from them needs a written reason.',
  },
} satisfies Record<string, Localized>;
