import type { Localized } from '../types.js';

/** Messages of the appconfig concern. Keys are namespaced `appconfig.*`. */
export const appconfigMessages = {
  // weekdays
  'appconfig.day.monday': { id: 'Senin', en: 'Monday' },
  'appconfig.day.tuesday': { id: 'Selasa', en: 'Tuesday' },
  'appconfig.day.wednesday': { id: 'Rabu', en: 'Wednesday' },
  'appconfig.day.thursday': { id: 'Kamis', en: 'Thursday' },
  'appconfig.day.friday': { id: 'Jumat', en: 'Friday' },
  'appconfig.day.saturday': { id: 'Sabtu', en: 'Saturday' },
  'appconfig.day.sunday': { id: 'Minggu', en: 'Sunday' },

  // counters and priority (UU 25/2009 Pasal 29)
  'appconfig.counter.label': { id: 'Loket {agency} {n}', en: '{agency} counter {n}' },
  'appconfig.counter.priorityLabel': { id: 'Loket Prioritas', en: 'Priority counter' },
  'appconfig.priority.elderly': { id: 'Lanjut usia', en: 'Older people' },
  'appconfig.priority.disability': { id: 'Penyandang disabilitas', en: 'People with disabilities' },
  'appconfig.priority.pregnant': { id: 'Ibu hamil', en: 'Pregnant women' },
  'appconfig.priority.children': { id: 'Anak-anak', en: 'Children' },
  'appconfig.priority.rule': {
    id: 'Pengunjung lanjut usia, penyandang disabilitas, ibu hamil dan anak-anak (serta pendampingnya) mendapat perlakuan khusus sesuai UU 25/2009 Pasal 29: tiket prioritas dipanggil lebih dahulu di loket prioritas ({counters}) untuk semua layanan, tanpa mengurangi kuota layanan.',
    en: 'Older people, people with disabilities, pregnant women and children (and their companions) get special treatment under UU 25/2009 Article 29: priority tickets are called first at the priority counter ({counters}) for every service, without reducing the service quotas.',
  },

  // quota
  'appconfig.quota.rule': {
    id: 'Kuota harian per layanan = pembulatan ke bawah dari (loket yang melayani x menit layanan hari itu / lama pelayanan). Loket yang melayani beberapa layanan dibagi menurut beban kerja harian tiap layanan (pengunjung per hari x lama pelayanan); bila beban semua nol, dibagi rata. Loket prioritas bersama tidak dihitung. Kuota daring = pembulatan ke bawah dari (kuota x {share}); layanan yang tidak dapat dipesan daring (online: false) mendapat 0. Sisanya untuk pengunjung langsung.',
    en: 'Daily quota per service = floor(counters serving it x service minutes of the day / handling minutes). A counter serving several services is split by each service\'s daily workload (visitors per day x handling minutes); when all workloads are zero, equally. The shared priority counter is not counted. Online quota = floor(quota x {share}); a service that cannot be booked online (online: false) gets 0. The rest is for walk-in visitors.',
  },

  // display and announcements; {ticket} and {counter} stay for the queue application to fill
  'appconfig.display.welcome': { id: 'Selamat datang di {mpp}', en: 'Welcome to {mpp}' },
  'appconfig.display.takeTicket': { id: 'Silakan ambil nomor antrean sesuai layanan yang Anda perlukan.', en: 'Please take a queue ticket for the service you need.' },
  'appconfig.display.call': { id: 'Nomor antrean {ticket}, silakan menuju {counter}.', en: 'Ticket number {ticket}, please go to {counter}.' },
  'appconfig.display.priorityCall': { id: 'Nomor antrean prioritas {ticket}, silakan menuju {counter}.', en: 'Priority ticket {ticket}, please go to {counter}.' },
  'appconfig.display.quotaReached': { id: 'Kuota antrean hari ini untuk layanan ini sudah habis. Silakan datang kembali pada hari layanan berikutnya atau pesan antrean daring.', en: 'Today\'s queue quota for this service is full. Please come back on the next service day or book online.' },
  'appconfig.display.closed': { id: '{mpp} sedang tutup. Silakan lihat jam pelayanan.', en: '{mpp} is closed. Please see the opening hours.' },
  'appconfig.display.rateService': { id: 'Terima kasih. Mohon beri penilaian atas pelayanan kami.', en: 'Thank you. Please rate our service.' },

  // catalogue
  'appconfig.fee.free': { id: 'Gratis (tidak dipungut biaya)', en: 'Free of charge' },
  'appconfig.fee.amount': { id: 'Rp{amount}', en: 'IDR {amount}' },
  'appconfig.component.notSet': { id: 'belum ditetapkan', en: 'not yet set' },

  // survey
  'appconfig.survey.frequency': { id: 'Paling sedikit satu kali setahun (PermenPANRB 14/2017).', en: 'At least once a year (PermenPANRB 14/2017).' },
  'appconfig.survey.formula': {
    id: 'IKM = 25 x jumlah (nilai rata-rata per unsur x 1/9) untuk 9 unsur; nilai jawaban 1 sampai 4.',
    en: 'Index = 25 x sum of (mean score per element x 1/9) over the 9 elements; answers score 1 to 4.',
  },
  'appconfig.survey.rounding': {
    id: 'Indeks dibulatkan ke 2 desimal (setengah ke atas) sebelum dibandingkan dengan rentang mutu.',
    en: 'The index is rounded to 2 decimals (half up) before it is compared with the grade bands.',
  },

  // complaint channels (labels of the schema's complaintChannel.kind values)
  'complaintChannel.kind.sp4n-lapor': { id: 'SP4N-LAPOR! (kanal pengaduan nasional)', en: 'SP4N-LAPOR! (national complaints channel)' },
  'complaintChannel.kind.desk': { id: 'Meja pengaduan', en: 'Complaint desk' },
  'complaintChannel.kind.phone': { id: 'Telepon', en: 'Phone' },
  'complaintChannel.kind.whatsapp': { id: 'WhatsApp', en: 'WhatsApp' },
  'complaintChannel.kind.email': { id: 'Surel', en: 'E-mail' },
  'complaintChannel.kind.web': { id: 'Situs web', en: 'Website' },
  'complaintChannel.kind.social-media': { id: 'Media sosial', en: 'Social media' },
  'complaintChannel.kind.suggestion-box': { id: 'Kotak saran', en: 'Suggestion box' },

  // pledge (maklumat pelayanan)
  'appconfig.pledge.title': { id: 'Maklumat Pelayanan {mpp}', en: 'Service Pledge of {mpp}' },
  'appconfig.pledge.text': {
    id: 'Dengan ini kami, penyelenggara {mpp}, menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan, memberikan pelayanan tanpa pungutan di luar ketentuan, memberi perlakuan khusus kepada kelompok rentan, dan menindaklanjuti setiap pengaduan. Apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.',
    en: 'We, the organisers of {mpp}, pledge to deliver services according to the published service standards, to charge nothing beyond the set fees, to give special treatment to vulnerable groups, and to follow up every complaint. If we break this pledge, we accept the sanctions set by the applicable laws and regulations.',
  },

  // standard pages
  'appconfig.page.indexTitle': { id: 'Standar Pelayanan {mpp}', en: 'Service Standards of {mpp}' },
  'appconfig.page.indexIntro': {
    id: 'Standar pelayanan setiap layanan di {mpp}, disusun menurut 14 komponen PermenPANRB 15/2014. Komponen yang belum diisi ditandai "belum ditetapkan".',
    en: 'The service standard of each service at {mpp}, following the 14 components of PermenPANRB 15/2014. Components not yet filled in are marked "not yet set".',
  },
  'appconfig.page.agency': { id: 'Instansi', en: 'Agency' },
  'appconfig.page.service': { id: 'Layanan', en: 'Service' },
  'appconfig.page.fee': { id: 'Biaya', en: 'Fee' },
  'appconfig.page.missingCount': { id: 'Komponen belum ditetapkan', en: 'Components not yet set' },
  'appconfig.page.delivery': { id: 'Komponen penyampaian pelayanan', en: 'Service delivery components' },
  'appconfig.page.management': { id: 'Komponen pengelolaan pelayanan', en: 'Service management components' },
  'appconfig.page.estimate': { id: 'Sebagian data layanan ini berupa perkiraan, bukan data resmi.', en: 'Some of this service\'s data are estimates, not official figures.' },
  'appconfig.page.missingNote': { id: 'Komponen yang belum ditetapkan harus dilengkapi instansi sebelum standar pelayanan ini diumumkan.', en: 'The agency must complete the components not yet set before this service standard is published.' },
  'appconfig.page.back': { id: 'Kembali ke daftar standar pelayanan', en: 'Back to the list of service standards' },
  'appconfig.page.staffCount': { id: '{count} orang', en: '{count} staff' },
  'appconfig.page.complaintChannels': { id: 'Saluran pengaduan {mpp}', en: 'Complaint channels of {mpp}' },

  // missing components report
  'appconfig.missing.summary': { id: '{services} dari {total} layanan belum lengkap ({components} komponen belum ditetapkan).', en: '{services} of {total} services are incomplete ({components} components not yet set).' },
  'appconfig.missing.none': { id: 'Semua layanan memiliki 14 komponen standar pelayanan.', en: 'Every service has all 14 service-standard components.' },
  // HSDS export (texts in the region's document language)
  'appconfig.hsds.product': { id: 'Produk', en: 'Product' },
  'appconfig.hsds.completionTime': { id: 'Jangka waktu penyelesaian', en: 'Completion time' },
  'appconfig.hsds.organiserDescription': { id: 'Penyelenggara {mpp}.', en: 'Organiser of {mpp}.' },
  'appconfig.hsds.agencyDescription': { id: '{kind} yang membuka loket di {mpp}.', en: '{kind} with counters at {mpp}.' },
  'appconfig.hsds.fee': { id: 'Biaya/tarif layanan', en: 'Service fee' },
  'appconfig.hsds.feeFree': { id: 'Gratis', en: 'Free of charge' },
  // NovoSGA seed
  'appconfig.novosga.local': { id: 'Loket', en: 'Counter' },
  'appconfig.novosga.normal': { id: 'Umum', en: 'Normal' },
  'appconfig.novosga.normalDescription': { id: 'Antrean umum', en: 'General queue' },
  'appconfig.novosga.priorityDescription': { id: 'Prioritas kelompok rentan (UU 25/2009 Pasal 29)', en: 'Vulnerable-group priority (UU 25/2009 Art. 29)' },
} satisfies Record<string, Localized>;
