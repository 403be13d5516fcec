// Generated from schemas/region.schema.json by scripts/gen-validators.mjs. Do not edit: run `npm run gen:validators`.
// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://mpp-kit.local/schemas/region.schema.json","title":"RegionAnswers","description":"Jawaban sebuah kabupaten/kota untuk membangun Mal Pelayanan Publik (MPP). (EN) A regency's or city's answers for building a Mal Pelayanan Publik (MPP).","type":"object","additionalProperties":false,"required":["schemaVersion","region","mpp","agencies","services"],"properties":{"$schema":{"type":"string","description":"Alamat skema untuk editor (opsional). (EN) Schema address for editors (optional)."},"schemaVersion":{"const":1,"description":"Versi format berkas jawaban; saat ini 1. (EN) Version of the answers format; currently 1."},"generatedBy":{"type":"object","readOnly":true,"additionalProperties":false,"required":["kit","version"],"description":"Versi mpp-kit yang terakhir menghasilkan deployment ini; ditulis oleh kit dan dipakai `mpp upgrade`, jangan diubah. (EN) The mpp-kit version that last generated this deployment; written by the kit and read by `mpp upgrade`, do not edit.","properties":{"kit":{"type":"string","minLength":1,"description":"Nama paket kit, yaitu generator-mpp. (EN) The kit's package name, generator-mpp."},"version":{"type":"string","pattern":"^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$","description":"Versi kit (semver), misalnya 0.2.0. (EN) The kit version (semver), e.g. 0.2.0."}}},"lang":{"enum":["id","en"],"description":"Bahasa dokumen yang dihasilkan untuk daerah ini; bila kosong, mengikuti --lang (bawaan id). (EN) Language of the documents generated for this region; when absent, follows --lang (default id).","x-prompt":{"id":"Bahasa dokumen yang dihasilkan?","en":"Language of the generated documents?"}},"region":{"$ref":"#/$defs/region"},"mpp":{"$ref":"#/$defs/mpp"},"agencies":{"type":"array","minItems":1,"description":"Instansi yang membuka loket di MPP. (EN) Agencies that open counters in the MPP.","items":{"$ref":"#/$defs/agency"}},"services":{"type":"array","description":"Jenis layanan yang diberikan di MPP (boleh kosong bila daftar layanan belum diketahui). (EN) Service types delivered in the MPP (may be empty while the service list is not known).","items":{"$ref":"#/$defs/service"}},"counters":{"type":"array","description":"Loket yang ditetapkan secara eksplisit (opsional; bila kosong, loket diturunkan dari jumlah loket rencana tiap instansi). (EN) Explicitly defined counters (optional; when absent, counters follow each agency's planned count).","items":{"$ref":"#/$defs/counter"}},"facilities":{"type":"array","uniqueItems":true,"description":"Sarana yang tersedia atau direncanakan di gedung MPP. (EN) Facilities available or planned in the MPP building.","items":{"$ref":"#/$defs/facility"},"x-prompt":{"id":"Sarana apa saja yang tersedia?","en":"Which facilities are available?","default":["information-desk","ticket-kiosk","waiting-area","complaint-desk"]}}},"$defs":{"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Pengenal huruf kecil, angka dan tanda hubung, misalnya `dukcapil`. (EN) Lower-case identifier of letters, digits and hyphens, e.g. `dukcapil`."},"text":{"type":"string","minLength":1,"maxLength":500,"pattern":"^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$","description":"Teks satu baris yang tidak kosong. (EN) A non-empty line of text."},"longText":{"type":"string","minLength":1,"maxLength":4000,"pattern":"^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$","description":"Teks bebas yang tidak kosong. (EN) Non-empty free text."},"time":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"Jam dalam format 24 jam JJ:MM, misalnya 08:00. (EN) Time of day as 24-hour HH:MM, e.g. 08:00."},"region":{"type":"object","additionalProperties":false,"required":["name","kind","province"],"description":"Daerah penyelenggara MPP. (EN) The region that runs the MPP.","properties":{"name":{"$ref":"#/$defs/text","description":"Nama kabupaten/kota tanpa awalan, misalnya Badung. (EN) Name of the regency or city without prefix, e.g. Badung.","x-prompt":{"id":"Nama kabupaten/kota (tanpa kata Kabupaten/Kota)?","en":"Regency/city name (without the word Kabupaten/Kota)?"}},"kind":{"enum":["kabupaten","kota"],"description":"Jenis daerah: kabupaten atau kota. (EN) Kind of region: regency (kabupaten) or city (kota).","x-prompt":{"id":"Kabupaten atau kota?","en":"Regency (kabupaten) or city (kota)?"}},"province":{"$ref":"#/$defs/text","description":"Nama provinsi. (EN) Province name.","x-prompt":{"id":"Provinsi?","en":"Province?"}},"slug":{"$ref":"#/$defs/id","description":"Pengenal singkat daerah untuk nama berkas dan tautan, misalnya `badung`; bila kosong, diturunkan dari nama. (EN) Short region identifier for file names and links, e.g. `badung`; derived from the name when absent.","x-prompt":{"id":"Pengenal singkat (huruf kecil, tanda hubung)?","en":"Short identifier (lower case, hyphens)?"}}}},"mpp":{"type":"object","additionalProperties":false,"required":["name","organiser"],"description":"Gedung dan penyelenggaraan MPP. (EN) The MPP building and its operation.","properties":{"name":{"$ref":"#/$defs/text","description":"Nama resmi MPP. (EN) Official name of the MPP.","x-prompt":{"id":"Nama MPP?","en":"Name of the MPP?"}},"organiser":{"$ref":"#/$defs/text","description":"Perangkat daerah penyelenggara, biasanya DPMPTSP. (EN) Organising regional office, usually the DPMPTSP.","x-prompt":{"id":"Perangkat daerah penyelenggara?","en":"Organising regional office?"}},"address":{"$ref":"#/$defs/text","description":"Alamat gedung MPP (opsional). (EN) Address of the MPP building (optional).","x-prompt":{"id":"Alamat gedung MPP?","en":"Address of the MPP building?"}},"launchDate":{"type":"string","pattern":"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$","description":"Tanggal peresmian (rencana atau sebenarnya): YYYY-MM-DD, atau YYYY-MM / YYYY bila harinya tidak diketahui. (EN) Launch date (planned or actual): YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known.","x-prompt":{"id":"Tanggal peresmian (YYYY-MM-DD, YYYY-MM atau YYYY; kosongkan bila belum ada)?","en":"Launch date (YYYY-MM-DD, YYYY-MM or YYYY; leave empty if not set)?"}},"launchStatus":{"enum":["planned","operating","launched"],"default":"planned","description":"Apakah MPP masih direncanakan (`planned`) atau sudah beroperasi (`operating`; `launched` diterima dengan arti yang sama). MPP yang beroperasi mendapat daftar periksa operasional. (EN) Whether the MPP is planned or already operating (`launched` is accepted with the same meaning). An operating MPP gets the operating checklist.","x-prompt":{"id":"Status peresmian?","en":"Launch status?"}},"asOf":{"type":"string","format":"date","description":"Tanggal keadaan jawaban ini (YYYY-MM-DD): acuan untuk menentukan apakah tanggal peresmian sudah lewat dan untuk tenggat berikutnya butir berkala. Bila kosong, dipakai tanggal data kit. (EN) The date these answers describe (YYYY-MM-DD): the reference for whether the launch date has passed and for the next due dates of recurring items. When absent, the kit's data date is used."},"contact":{"type":"object","additionalProperties":false,"description":"Kontak umum MPP. (EN) General contact of the MPP.","properties":{"phone":{"$ref":"#/$defs/text","description":"Nomor telepon. (EN) Phone number."},"email":{"type":"string","format":"email","description":"Alamat surel. (EN) E-mail address."},"website":{"type":"string","format":"uri","description":"Situs web. (EN) Website."}}},"openingHours":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Jam buka per hari; hari yang tidak disebut berarti tutup. Bila kosong, kit memakai jam bawaan dan menandainya. (EN) Opening hours per weekday; a day not listed is closed. When absent, the kit uses its default hours and marks them.","properties":{"monday":{"$ref":"#/$defs/daySchedule"},"tuesday":{"$ref":"#/$defs/daySchedule"},"wednesday":{"$ref":"#/$defs/daySchedule"},"thursday":{"$ref":"#/$defs/daySchedule"},"friday":{"$ref":"#/$defs/daySchedule"},"saturday":{"$ref":"#/$defs/daySchedule"},"sunday":{"$ref":"#/$defs/daySchedule"}}},"floors":{"type":"array","minItems":1,"description":"Lantai gedung yang dipakai MPP, dengan ukuran dalam meter. Bila kosong, kit menurunkan satu lantai dari program ruang dan menandainya sebagai perkiraan. (EN) Building floors used by the MPP, with dimensions in metres. When absent, the kit derives one floor from the area programme and marks it as an estimate.","items":{"$ref":"#/$defs/floor"}},"serviceLevel":{"type":"object","additionalProperties":false,"required":["targetShare","maxWaitMinutes"],"description":"Target tingkat layanan antrean, misalnya 80% pengunjung menunggu paling lama 15 menit. Bila kosong, kit memakai target bawaan. (EN) Queue service-level target, e.g. 80% of visitors wait at most 15 minutes. When absent, the kit uses its default target.","properties":{"targetShare":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"Bagian pengunjung yang harus dilayani dalam batas tunggu (0 sampai 1). (EN) Share of visitors to be served within the wait limit (0 to 1).","x-prompt":{"id":"Bagian pengunjung yang dilayani tepat waktu (0-1, misalnya 0.8)?","en":"Share of visitors served within the limit (0-1, e.g. 0.8)?","default":0.8}},"maxWaitMinutes":{"type":"number","exclusiveMinimum":0,"maximum":480,"description":"Batas waktu tunggu dalam menit. (EN) Wait limit in minutes.","x-prompt":{"id":"Batas waktu tunggu (menit)?","en":"Wait limit (minutes)?","default":15}}}},"dailyVisitors":{"type":"number","minimum":0,"maximum":1000000,"description":"Perkiraan pengunjung per hari untuk seluruh MPP (opsional). Bila diisi, pengunjung layanan yang tidak diisi dibagi dari angka ini menurut bagian permintaan di data/typical-services.yaml. (EN) Expected visitors per day for the whole MPP (optional). When given, the visitors of services that give none are split from it by the demand shares in data/typical-services.yaml.","x-prompt":{"id":"Perkiraan pengunjung per hari seluruh MPP (kosongkan bila belum tahu)?","en":"Expected visitors per day for the whole MPP (leave empty if unknown)?"}},"peakFactor":{"type":"number","minimum":1,"maximum":5,"default":2,"description":"Perbandingan kedatangan pada jam puncak terhadap rata-rata per jam, dipakai bila layanan hanya memberi pengunjung per hari. (EN) Ratio of peak-hour to average-hour arrivals, used when a service gives visitors per day only."},"onlineBookingShare":{"type":"number","minimum":0,"maximum":1,"default":0.3,"description":"Bagian kuota tiket harian yang dibuka untuk antrean daring (0 sampai 1). (EN) Share of the daily ticket quota opened for online booking (0 to 1)."},"complaintChannels":{"type":"array","description":"Saluran pengaduan yang dibuka MPP. (EN) Complaint channels the MPP offers.","items":{"$ref":"#/$defs/complaintChannel"}},"arrivalProfile":{"type":"array","minItems":1,"description":"Hitungan pengunjung per jam dari MPP atau kantor lama (opsional; menggantikan kurva bawaan kit). Setiap baris satu jam yang dimulai pada `start`. Bila diisi, jam puncak dan faktor jam puncak diturunkan dari hitungan ini. (EN) Visitors counted per hour at the MPP or the old office (optional; replaces the kit's default curve). Each row is the hour starting at `start`. When given, the peak hour and the peak factor follow from these counts.","items":{"type":"object","additionalProperties":false,"required":["start","count"],"description":"Pengunjung yang datang dalam satu jam. (EN) Visitors arriving within one hour.","properties":{"start":{"$ref":"#/$defs/time","description":"Awal jam, misalnya 08:00. (EN) Start of the hour, e.g. 08:00."},"count":{"type":"number","minimum":0,"maximum":1000000,"description":"Jumlah (atau rata-rata) pengunjung yang datang dalam jam itu. (EN) Visitors (or mean visitors) arriving in that hour."}}}},"priorityShare":{"type":"number","minimum":0,"maximum":1,"description":"Bagian pengunjung dari kelompok rentan yang didahulukan (UU 25/2009 Pasal 29: lansia, penyandang disabilitas, ibu hamil, anak, korban bencana); bila kosong dipakai perkiraan kit. (EN) Share of visitors from the vulnerable groups served first (UU 25/2009 Article 29); when absent the kit's estimate is used."},"payment":{"type":"object","additionalProperties":false,"required":["counters","handlingMinutes"],"description":"Loket pembayaran bersama (bank/kasir) yang dilalui layanan berbayar setelah loket instansinya (opsional). (EN) Shared payment counters (bank/cashier) that fee-paying services pass after their agency's counters (optional).","properties":{"name":{"$ref":"#/$defs/text","description":"Nama loket pembayaran, misalnya Kasir Bank Daerah. (EN) Name of the payment counters, e.g. Regional bank cashier."},"agency":{"$ref":"#/$defs/id","description":"Instansi yang menjalankan loket pembayaran (opsional), misalnya bank daerah. (EN) Agency running the payment counters (optional), e.g. the regional bank."},"counters":{"type":"integer","minimum":0,"maximum":50,"description":"Jumlah loket pembayaran. (EN) Number of payment counters."},"handlingMinutes":{"type":"number","exclusiveMinimum":0,"maximum":120,"description":"Rata-rata lama satu pembayaran, dalam menit. (EN) Mean minutes per payment."}}}}},"daySchedule":{"type":"object","additionalProperties":false,"required":["open","close"],"description":"Jam buka satu hari dan waktu istirahatnya. (EN) One day's opening hours and breaks.","properties":{"open":{"$ref":"#/$defs/time","description":"Jam buka. (EN) Opening time."},"close":{"$ref":"#/$defs/time","description":"Jam tutup. (EN) Closing time."},"breaks":{"type":"array","description":"Waktu istirahat dalam jam buka. (EN) Breaks within the opening hours.","items":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"$ref":"#/$defs/time","description":"Mulai istirahat. (EN) Break start."},"end":{"$ref":"#/$defs/time","description":"Akhir istirahat. (EN) Break end."}}}}}},"floor":{"type":"object","additionalProperties":false,"required":["id","name","level","width","depth"],"description":"Satu lantai gedung. (EN) One building floor.","properties":{"id":{"$ref":"#/$defs/id","description":"Pengenal lantai, misalnya `lt1`. (EN) Floor identifier, e.g. `lt1`."},"name":{"$ref":"#/$defs/text","description":"Nama lantai, misalnya Lantai 1. (EN) Floor name, e.g. Ground floor."},"level":{"type":"integer","minimum":-5,"maximum":50,"description":"Nomor lantai; 0 atau 1 untuk lantai dasar sesuai kebiasaan daerah. (EN) Floor number; 0 or 1 for the ground floor as is local usage."},"width":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"Lebar bersih lantai dalam meter. (EN) Usable floor width in metres.","x-prompt":{"id":"Lebar bersih lantai (meter)?","en":"Usable floor width (metres)?"}},"depth":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"Kedalaman bersih lantai dalam meter. (EN) Usable floor depth in metres.","x-prompt":{"id":"Kedalaman bersih lantai (meter)?","en":"Usable floor depth (metres)?"}},"entrance":{"type":"boolean","description":"Lantai ini memiliki pintu masuk utama (lantai dengan loket prioritas). (EN) This floor has the main entrance (where the priority counter goes)."}}},"complaintChannel":{"type":"object","additionalProperties":false,"required":["kind"],"description":"Satu saluran pengaduan. (EN) One complaint channel.","properties":{"kind":{"enum":["sp4n-lapor","desk","phone","whatsapp","email","web","social-media","suggestion-box"],"description":"Jenis saluran. (EN) Kind of channel."},"value":{"$ref":"#/$defs/text","description":"Nomor, alamat atau tautan saluran. (EN) Number, address or link of the channel.","x-prompt":{"item":{"id":"Nomor, alamat atau tautan {item} (kosongkan bila belum ada)?","en":"Number, address or link of {item} (leave empty if not set yet)?"}}}}},"agencyKind":{"enum":["opd","instansi-vertikal","bumn","bumd","swasta","kantor-bersama","badan-hukum-publik","organisasi-profesi","lainnya"],"description":"Jenis instansi: perangkat daerah (opd), instansi vertikal, BUMN, BUMD, swasta, kantor bersama beberapa instansi (misalnya Samsat), badan hukum publik (misalnya BPJS), organisasi profesi, atau lainnya. (EN) Kind of agency: regional office (opd), central-government office, state-owned, region-owned, private, a joint office of several agencies (e.g. Samsat), a public legal body (e.g. BPJS), a professional body, or other."},"agency":{"type":"object","additionalProperties":false,"required":["name"],"description":"Satu instansi yang membuka loket. (EN) One agency with counters.","properties":{"id":{"$ref":"#/$defs/id","description":"Pengenal instansi, misalnya `dukcapil`; bila kosong, diturunkan dari nama. (EN) Agency identifier, e.g. `dukcapil`; derived from the name when absent."},"name":{"$ref":"#/$defs/text","description":"Nama lengkap instansi. (EN) Full agency name.","x-prompt":{"id":"Nama instansi?","en":"Agency name?"}},"shortName":{"type":"string","$ref":"#/$defs/text","maxLength":40,"description":"Nama singkat untuk papan loket dan denah. (EN) Short name for counter signs and the floor plan."},"kind":{"$ref":"#/$defs/agencyKind","description":"Jenis instansi; bila kosong, diperkirakan dari nama dan ditandai. (EN) Kind of agency; when absent, estimated from the name and marked.","x-prompt":{"id":"Jenis instansi?","en":"Kind of agency?","item":{"id":"Jenis instansi {item}?","en":"Kind of agency for {item}?"}}},"plannedCounters":{"type":"integer","minimum":0,"maximum":200,"description":"Jumlah loket yang direncanakan instansi (opsional; bila kosong, kit memperkirakannya dari perhitungan antrean dan menandainya). (EN) Number of counters the agency plans (optional; when absent, the kit estimates it from the queue sizing and marks it).","x-prompt":{"id":"Jumlah loket yang direncanakan (kosongkan bila belum tahu)?","en":"Planned number of counters (leave empty if unknown)?","item":{"id":"Jumlah loket untuk {item} (kosongkan agar kit memperkirakan)?","en":"Counters for {item} (leave empty for the kit to estimate)?"}}},"ticketPrefix":{"type":"string","pattern":"^[A-Z]{1,3}$","description":"Awalan nomor antrean yang ditetapkan sendiri (opsional). (EN) Queue ticket prefix set by hand (optional)."},"estimate":{"type":"boolean","description":"Data instansi ini perkiraan, bukan data resmi. (EN) This agency's data is an estimate, not official."},"serviceMode":{"enum":["penuh","terima-berkas","informasi","kios"],"description":"Cara instansi melayani di MPP: `penuh` (layanan selesai di loket), `terima-berkas` (menerima dan menyerahkan berkas; diproses di kantor instansi), `informasi` (hanya informasi), `kios` (kios swalayan tanpa petugas tetap). Bila kosong: `penuh`. (EN) How the agency serves in the MPP: `penuh` full service, `terima-berkas` drop-off and pick-up (processed at its own office), `informasi` information only, `kios` self-service kiosk. When absent: `penuh`."},"presence":{"type":"object","additionalProperties":false,"description":"Kapan instansi menjaga lokenya di MPP (opsional; bila kosong: setiap hari dan jam buka MPP). Pengunjung layanannya datang pada hari dan jam itu; `visitorsPerDay` berarti pengunjung pada hari instansi hadir. (EN) When the agency staffs its counters in the MPP (optional; when absent: every MPP opening day and hour). Its visitors come on those days and hours; `visitorsPerDay` means visitors on a day the agency is present.","properties":{"days":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],"description":"Hari dalam seminggu. (EN) Day of the week."},"description":"Hari hadir, misalnya [thursday]. (EN) Days present, e.g. [thursday]."},"open":{"$ref":"#/$defs/time","description":"Jam mulai hadir (bila lebih siang dari jam buka MPP). (EN) Time the counters open (when later than the MPP opens)."},"close":{"$ref":"#/$defs/time","description":"Jam selesai hadir (bila lebih awal dari jam tutup MPP). (EN) Time the counters close (when earlier than the MPP closes)."}}},"oldOffice":{"type":"object","additionalProperties":false,"required":["staysOpen"],"description":"Apakah kantor layanan lama instansi tetap buka setelah MPP dibuka. Bila tetap buka, angka pengunjung layanannya dibaca sebagai seluruh permintaan instansi dan hanya `shareToMpp` yang datang ke MPP. (EN) Whether the agency's old service office stays open once the MPP opens. When it does, its services' visitor figures are read as the agency's whole demand and only `shareToMpp` comes to the MPP.","properties":{"staysOpen":{"type":"boolean","description":"Kantor lama tetap melayani. (EN) The old office keeps serving."},"shareToMpp":{"type":"number","minimum":0,"maximum":1,"description":"Bagian permintaan yang diperkirakan pindah ke MPP (0 sampai 1); bila kosong dipakai perkiraan kit dari data pembanding. (EN) Share of demand expected to move to the MPP (0 to 1); when absent the kit's estimate from the benchmarks is used."}}},"counterGroups":{"type":"array","minItems":1,"description":"Kelompok loket instansi untuk tahap layanan yang berbeda, misalnya perekaman dan pencetakan KTP-el (opsional). Loket di luar kelompok adalah loket umum instansi. (EN) Groups of the agency's counters for different service stages, e.g. KTP-el recording and printing (optional). Counters outside the groups are the agency's general counters.","items":{"type":"object","additionalProperties":false,"required":["id","name","counters"],"properties":{"id":{"$ref":"#/$defs/id","description":"Pengenal kelompok, unik dalam instansi. (EN) Group identifier, unique within the agency."},"name":{"$ref":"#/$defs/text","description":"Nama kelompok loket. (EN) Name of the counter group."},"counters":{"type":"integer","minimum":0,"maximum":200,"description":"Jumlah loket dalam kelompok (bagian dari jumlah loket instansi). (EN) Counters in the group (part of the agency's counters)."}}}},"confirmed":{"type":"boolean","description":"Keikutsertaan instansi di MPP sudah dikonfirmasi oleh sumber (MoU, Perkada, berita resmi; sebutkan di `source`). `false` menandai instansi ilustratif yang belum dikonfirmasi. (EN) The agency's participation in the MPP is confirmed by a source (MoU, regional regulation, official news; name it in `source`). `false` marks an illustrative agency that is not confirmed."},"source":{"$ref":"#/$defs/longText","description":"Sumber yang menyebut keikutsertaan instansi. (EN) Source that names the agency's participation."}}},"service":{"type":"object","additionalProperties":false,"required":["agency","name"],"description":"Satu jenis layanan. Hanya nama dan instansi yang wajib; angka yang kosong diperkirakan kit dan ditandai. (EN) One service type. Only name and agency are required; figures left out are estimated by the kit and marked.","properties":{"id":{"$ref":"#/$defs/id","description":"Pengenal layanan, unik di seluruh MPP; bila kosong, diturunkan dari nama. (EN) Service identifier, unique across the MPP; derived from the name when absent."},"agency":{"$ref":"#/$defs/text","description":"Pengenal atau nama instansi pemberi layanan. (EN) Identifier or name of the agency delivering the service."},"name":{"$ref":"#/$defs/text","description":"Nama layanan. (EN) Service name.","x-prompt":{"id":"Nama layanan?","en":"Service name?","item":{"id":"Nama layanan {item}?","en":"Name of a service of {item}?"}}},"category":{"enum":["perizinan","non-perizinan"],"default":"non-perizinan","description":"Perizinan berusaha/non-berusaha (`perizinan`) atau layanan lain (`non-perizinan`). (EN) Licensing (`perizinan`) or another service (`non-perizinan`).","x-prompt":{"id":"Kategori layanan?","en":"Service category?","item":{"id":"Kategori layanan {item}?","en":"Category of the service {item}?"}}},"visitorsPerDay":{"type":"number","minimum":0,"maximum":100000,"description":"Pengunjung per hari (opsional; bila kosong, diperkirakan dan ditandai). (EN) Visitors per day (optional; estimated and marked when absent).","x-prompt":{"id":"Perkiraan pengunjung per hari (kosongkan bila belum tahu)?","en":"Expected visitors per day (leave empty if unknown)?","item":{"id":"Perkiraan pengunjung per hari untuk {item} (kosongkan bila belum tahu)?","en":"Expected visitors per day for {item} (leave empty if unknown)?"}}},"peakArrivalsPerHour":{"type":"number","minimum":0,"maximum":10000,"description":"Kedatangan per jam pada jam puncak (mengalahkan `visitorsPerDay` untuk perhitungan loket). (EN) Arrivals per hour at peak (takes precedence over `visitorsPerDay` for counter sizing)."},"handlingMinutes":{"type":"number","exclusiveMinimum":0,"maximum":480,"description":"Rata-rata lama pelayanan di loket, dalam menit (opsional; bila kosong, diperkirakan dan ditandai). (EN) Mean handling time at the counter, in minutes (optional; estimated and marked when absent).","x-prompt":{"id":"Rata-rata lama pelayanan di loket, menit (kosongkan bila belum tahu)?","en":"Mean handling time at the counter, minutes (leave empty if unknown)?","item":{"id":"Rata-rata lama pelayanan {item} di loket, menit (kosongkan bila belum tahu)?","en":"Mean handling time of {item} at the counter, minutes (leave empty if unknown)?"}}},"online":{"type":"boolean","description":"Layanan dapat diajukan atau dipesan antreannya secara daring. (EN) The service can be applied for or booked online."},"estimate":{"type":"boolean","description":"Angka layanan ini perkiraan, bukan data resmi. (EN) This service's figures are estimates, not official."},"source":{"$ref":"#/$defs/longText","description":"Sumber data layanan. (EN) Source of the service data."},"standard":{"$ref":"#/$defs/standard"},"stages":{"type":"array","minItems":1,"description":"Tahap layanan berurutan di loket instansi, masing-masing dengan lama pelayanan dan kelompok loketnya (opsional). Jumlah menit semua tahap sama dengan `handlingMinutes`. (EN) Service stages in series at the agency's counters, each with its handling minutes and counter group (optional). The stages' minutes add up to `handlingMinutes`.","items":{"type":"object","additionalProperties":false,"required":["name","handlingMinutes"],"properties":{"name":{"$ref":"#/$defs/text","description":"Nama tahap, misalnya Perekaman. (EN) Stage name, e.g. Recording."},"handlingMinutes":{"type":"number","exclusiveMinimum":0,"maximum":480,"description":"Rata-rata lama tahap ini, dalam menit. (EN) Mean minutes of this stage."},"counterGroup":{"$ref":"#/$defs/id","description":"Kelompok loket instansi yang melayani tahap ini; bila kosong: loket umum instansi. (EN) The agency's counter group serving this stage; when absent: its general counters."}}}},"payment":{"type":"boolean","description":"Pengunjung layanan ini membayar di loket pembayaran bersama (`mpp.payment`); bila kosong: ya bila biaya lebih dari 0. (EN) Visitors of this service pay at the shared payment counters (`mpp.payment`); when absent: yes when the fee is above 0."}}},"fee":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Biaya/tarif. `amount: 0` berarti gratis; `text` untuk biaya sebagaimana diumumkan (beberapa tarif atau syarat); `note` untuk rumus atau penjelasan. (EN) Fee. `amount: 0` means free; `text` for the fee as published (several tariffs or conditions); `note` for a formula or explanation.","properties":{"amount":{"type":"integer","minimum":0,"description":"Besaran dalam rupiah. (EN) Amount in rupiah (IDR)."},"text":{"$ref":"#/$defs/longText","description":"Biaya sebagaimana diumumkan, boleh beberapa tarif atau syarat, misalnya `Gratis` atau `Rp350.000 / Rp650.000`. (EN) The fee as published, possibly several tariffs or conditions, e.g. `Gratis` or `Rp350.000 / Rp650.000`."},"note":{"$ref":"#/$defs/longText","description":"Rumus, dasar atau penjelasan biaya. (EN) Formula, basis or explanation of the fee."}}},"textList":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/longText"}},"standard":{"type":"object","additionalProperties":false,"description":"Komponen Standar Pelayanan (UU 25/2009; PermenPANRB 15/2014) yang sudah diketahui. Komponen yang belum diisi dicatat sebagai kekurangan, tidak dikarang. (EN) Service Standard components (UU 25/2009; PermenPANRB 15/2014) known so far. Missing components are reported, not invented.","properties":{"requirements":{"$ref":"#/$defs/textList","description":"Persyaratan. (EN) Requirements."},"procedure":{"$ref":"#/$defs/textList","description":"Sistem, mekanisme dan prosedur (langkah-langkah). (EN) System, mechanism and procedure (steps)."},"completionTime":{"$ref":"#/$defs/longText","description":"Jangka waktu penyelesaian. (EN) Completion time."},"fee":{"$ref":"#/$defs/fee"},"product":{"$ref":"#/$defs/longText","description":"Produk pelayanan. (EN) Service product."},"complaints":{"$ref":"#/$defs/longText","description":"Penanganan pengaduan, saran dan masukan. (EN) Handling of complaints, suggestions and feedback."},"legalBasis":{"$ref":"#/$defs/textList","description":"Dasar hukum. (EN) Legal basis."},"facilities":{"$ref":"#/$defs/longText","description":"Sarana, prasarana dan/atau fasilitas. (EN) Facilities and infrastructure."},"staffCompetence":{"$ref":"#/$defs/longText","description":"Kompetensi pelaksana. (EN) Staff competence."},"internalSupervision":{"$ref":"#/$defs/longText","description":"Pengawasan internal. (EN) Internal supervision."},"staffCount":{"type":"integer","minimum":1,"description":"Jumlah pelaksana. (EN) Number of staff."},"serviceGuarantee":{"$ref":"#/$defs/longText","description":"Jaminan pelayanan. (EN) Service guarantee."},"securityGuarantee":{"$ref":"#/$defs/longText","description":"Jaminan keamanan dan keselamatan pelayanan. (EN) Security and safety guarantee."},"performanceEvaluation":{"$ref":"#/$defs/longText","description":"Evaluasi kinerja pelaksana. (EN) Evaluation of staff performance."}}},"counter":{"type":"object","additionalProperties":false,"required":["id","agency","services"],"description":"Satu loket. (EN) One counter.","properties":{"id":{"$ref":"#/$defs/id","description":"Pengenal loket. (EN) Counter identifier."},"agency":{"$ref":"#/$defs/id","description":"Instansi pemilik loket. (EN) Agency that owns the counter."},"services":{"type":"array","minItems":1,"uniqueItems":true,"description":"Layanan yang dilayani loket ini. (EN) Services served at this counter.","items":{"$ref":"#/$defs/id"}},"priority":{"type":"boolean","default":false,"description":"Loket prioritas bagi kelompok rentan (UU 25/2009 Pasal 29). (EN) Priority counter for vulnerable groups (UU 25/2009 Article 29).","x-prompt":{"id":"Loket prioritas bagi kelompok rentan?","en":"Priority counter for vulnerable groups?","item":{"id":"Apakah {item} loket prioritas bagi kelompok rentan?","en":"Is {item} a priority counter for vulnerable groups?"}}},"floor":{"$ref":"#/$defs/id","description":"Lantai tempat loket (pengenal lantai). (EN) Floor of the counter (floor identifier).","x-prompt":{"id":"Lantai loket?","en":"Floor of the counter?","item":{"id":"Lantai loket {item}?","en":"Floor of the counter {item}?"}}}}},"facility":{"enum":["information-desk","ticket-kiosk","priority-counter","lactation-room","children-corner","accessible-toilet","wheelchair","ramp","guiding-block","accessible-parking","elevator","complaint-desk","prayer-room","first-aid","cctv","self-service-kiosk","waiting-area","signage","braille-information","sign-language-service"],"description":"Jenis sarana. (EN) Kind of facility."}}};
const schema91 = {"enum":["information-desk","ticket-kiosk","priority-counter","lactation-room","children-corner","accessible-toilet","wheelchair","ramp","guiding-block","accessible-parking","elevator","complaint-desk","prayer-room","first-aid","cctv","self-service-kiosk","waiting-area","signage","braille-information","sign-language-service"],"description":"Jenis sarana. (EN) Kind of facility."};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length.js").default;
const func0 = require("ajv/dist/runtime/equal.js").default;
const pattern4 = new RegExp("^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$", "u");
const schema32 = {"type":"object","additionalProperties":false,"required":["name","kind","province"],"description":"Daerah penyelenggara MPP. (EN) The region that runs the MPP.","properties":{"name":{"$ref":"#/$defs/text","description":"Nama kabupaten/kota tanpa awalan, misalnya Badung. (EN) Name of the regency or city without prefix, e.g. Badung.","x-prompt":{"id":"Nama kabupaten/kota (tanpa kata Kabupaten/Kota)?","en":"Regency/city name (without the word Kabupaten/Kota)?"}},"kind":{"enum":["kabupaten","kota"],"description":"Jenis daerah: kabupaten atau kota. (EN) Kind of region: regency (kabupaten) or city (kota).","x-prompt":{"id":"Kabupaten atau kota?","en":"Regency (kabupaten) or city (kota)?"}},"province":{"$ref":"#/$defs/text","description":"Nama provinsi. (EN) Province name.","x-prompt":{"id":"Provinsi?","en":"Province?"}},"slug":{"$ref":"#/$defs/id","description":"Pengenal singkat daerah untuk nama berkas dan tautan, misalnya `badung`; bila kosong, diturunkan dari nama. (EN) Short region identifier for file names and links, e.g. `badung`; derived from the name when absent.","x-prompt":{"id":"Pengenal singkat (huruf kecil, tanda hubung)?","en":"Short identifier (lower case, hyphens)?"}}}};
const schema33 = {"type":"string","minLength":1,"maxLength":500,"pattern":"^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$","description":"Teks satu baris yang tidak kosong. (EN) A non-empty line of text."};
const schema35 = {"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"description":"Pengenal huruf kecil, angka dan tanda hubung, misalnya `dukcapil`. (EN) Lower-case identifier of letters, digits and hyphens, e.g. `dukcapil`."};
const pattern5 = new RegExp("^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$", "u");
const pattern7 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.province === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "province"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "kind")) || (key0 === "province")) || (key0 === "slug"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data0) < 1){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern5.test(data0)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
let data1 = data.kind;
if(!((data1 === "kabupaten") || (data1 === "kota"))){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema32.properties.kind.enum}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.province !== undefined){
let data2 = data.province;
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err9 = {instancePath:instancePath+"/province",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/province",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern5.test(data2)){
const err11 = {instancePath:instancePath+"/province",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/province",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.slug !== undefined){
let data3 = data.slug;
if(typeof data3 === "string"){
if(func2(data3) > 64){
const err13 = {instancePath:instancePath+"/slug",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern7.test(data3)){
const err14 = {instancePath:instancePath+"/slug",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/slug",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"type":"object","additionalProperties":false,"required":["name","organiser"],"description":"Gedung dan penyelenggaraan MPP. (EN) The MPP building and its operation.","properties":{"name":{"$ref":"#/$defs/text","description":"Nama resmi MPP. (EN) Official name of the MPP.","x-prompt":{"id":"Nama MPP?","en":"Name of the MPP?"}},"organiser":{"$ref":"#/$defs/text","description":"Perangkat daerah penyelenggara, biasanya DPMPTSP. (EN) Organising regional office, usually the DPMPTSP.","x-prompt":{"id":"Perangkat daerah penyelenggara?","en":"Organising regional office?"}},"address":{"$ref":"#/$defs/text","description":"Alamat gedung MPP (opsional). (EN) Address of the MPP building (optional).","x-prompt":{"id":"Alamat gedung MPP?","en":"Address of the MPP building?"}},"launchDate":{"type":"string","pattern":"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$","description":"Tanggal peresmian (rencana atau sebenarnya): YYYY-MM-DD, atau YYYY-MM / YYYY bila harinya tidak diketahui. (EN) Launch date (planned or actual): YYYY-MM-DD, or YYYY-MM / YYYY when the day is not known.","x-prompt":{"id":"Tanggal peresmian (YYYY-MM-DD, YYYY-MM atau YYYY; kosongkan bila belum ada)?","en":"Launch date (YYYY-MM-DD, YYYY-MM or YYYY; leave empty if not set)?"}},"launchStatus":{"enum":["planned","operating","launched"],"default":"planned","description":"Apakah MPP masih direncanakan (`planned`) atau sudah beroperasi (`operating`; `launched` diterima dengan arti yang sama). MPP yang beroperasi mendapat daftar periksa operasional. (EN) Whether the MPP is planned or already operating (`launched` is accepted with the same meaning). An operating MPP gets the operating checklist.","x-prompt":{"id":"Status peresmian?","en":"Launch status?"}},"asOf":{"type":"string","format":"date","description":"Tanggal keadaan jawaban ini (YYYY-MM-DD): acuan untuk menentukan apakah tanggal peresmian sudah lewat dan untuk tenggat berikutnya butir berkala. Bila kosong, dipakai tanggal data kit. (EN) The date these answers describe (YYYY-MM-DD): the reference for whether the launch date has passed and for the next due dates of recurring items. When absent, the kit's data date is used."},"contact":{"type":"object","additionalProperties":false,"description":"Kontak umum MPP. (EN) General contact of the MPP.","properties":{"phone":{"$ref":"#/$defs/text","description":"Nomor telepon. (EN) Phone number."},"email":{"type":"string","format":"email","description":"Alamat surel. (EN) E-mail address."},"website":{"type":"string","format":"uri","description":"Situs web. (EN) Website."}}},"openingHours":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Jam buka per hari; hari yang tidak disebut berarti tutup. Bila kosong, kit memakai jam bawaan dan menandainya. (EN) Opening hours per weekday; a day not listed is closed. When absent, the kit uses its default hours and marks them.","properties":{"monday":{"$ref":"#/$defs/daySchedule"},"tuesday":{"$ref":"#/$defs/daySchedule"},"wednesday":{"$ref":"#/$defs/daySchedule"},"thursday":{"$ref":"#/$defs/daySchedule"},"friday":{"$ref":"#/$defs/daySchedule"},"saturday":{"$ref":"#/$defs/daySchedule"},"sunday":{"$ref":"#/$defs/daySchedule"}}},"floors":{"type":"array","minItems":1,"description":"Lantai gedung yang dipakai MPP, dengan ukuran dalam meter. Bila kosong, kit menurunkan satu lantai dari program ruang dan menandainya sebagai perkiraan. (EN) Building floors used by the MPP, with dimensions in metres. When absent, the kit derives one floor from the area programme and marks it as an estimate.","items":{"$ref":"#/$defs/floor"}},"serviceLevel":{"type":"object","additionalProperties":false,"required":["targetShare","maxWaitMinutes"],"description":"Target tingkat layanan antrean, misalnya 80% pengunjung menunggu paling lama 15 menit. Bila kosong, kit memakai target bawaan. (EN) Queue service-level target, e.g. 80% of visitors wait at most 15 minutes. When absent, the kit uses its default target.","properties":{"targetShare":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"Bagian pengunjung yang harus dilayani dalam batas tunggu (0 sampai 1). (EN) Share of visitors to be served within the wait limit (0 to 1).","x-prompt":{"id":"Bagian pengunjung yang dilayani tepat waktu (0-1, misalnya 0.8)?","en":"Share of visitors served within the limit (0-1, e.g. 0.8)?","default":0.8}},"maxWaitMinutes":{"type":"number","exclusiveMinimum":0,"maximum":480,"description":"Batas waktu tunggu dalam menit. (EN) Wait limit in minutes.","x-prompt":{"id":"Batas waktu tunggu (menit)?","en":"Wait limit (minutes)?","default":15}}}},"dailyVisitors":{"type":"number","minimum":0,"maximum":1000000,"description":"Perkiraan pengunjung per hari untuk seluruh MPP (opsional). Bila diisi, pengunjung layanan yang tidak diisi dibagi dari angka ini menurut bagian permintaan di data/typical-services.yaml. (EN) Expected visitors per day for the whole MPP (optional). When given, the visitors of services that give none are split from it by the demand shares in data/typical-services.yaml.","x-prompt":{"id":"Perkiraan pengunjung per hari seluruh MPP (kosongkan bila belum tahu)?","en":"Expected visitors per day for the whole MPP (leave empty if unknown)?"}},"peakFactor":{"type":"number","minimum":1,"maximum":5,"default":2,"description":"Perbandingan kedatangan pada jam puncak terhadap rata-rata per jam, dipakai bila layanan hanya memberi pengunjung per hari. (EN) Ratio of peak-hour to average-hour arrivals, used when a service gives visitors per day only."},"onlineBookingShare":{"type":"number","minimum":0,"maximum":1,"default":0.3,"description":"Bagian kuota tiket harian yang dibuka untuk antrean daring (0 sampai 1). (EN) Share of the daily ticket quota opened for online booking (0 to 1)."},"complaintChannels":{"type":"array","description":"Saluran pengaduan yang dibuka MPP. (EN) Complaint channels the MPP offers.","items":{"$ref":"#/$defs/complaintChannel"}},"arrivalProfile":{"type":"array","minItems":1,"description":"Hitungan pengunjung per jam dari MPP atau kantor lama (opsional; menggantikan kurva bawaan kit). Setiap baris satu jam yang dimulai pada `start`. Bila diisi, jam puncak dan faktor jam puncak diturunkan dari hitungan ini. (EN) Visitors counted per hour at the MPP or the old office (optional; replaces the kit's default curve). Each row is the hour starting at `start`. When given, the peak hour and the peak factor follow from these counts.","items":{"type":"object","additionalProperties":false,"required":["start","count"],"description":"Pengunjung yang datang dalam satu jam. (EN) Visitors arriving within one hour.","properties":{"start":{"$ref":"#/$defs/time","description":"Awal jam, misalnya 08:00. (EN) Start of the hour, e.g. 08:00."},"count":{"type":"number","minimum":0,"maximum":1000000,"description":"Jumlah (atau rata-rata) pengunjung yang datang dalam jam itu. (EN) Visitors (or mean visitors) arriving in that hour."}}}},"priorityShare":{"type":"number","minimum":0,"maximum":1,"description":"Bagian pengunjung dari kelompok rentan yang didahulukan (UU 25/2009 Pasal 29: lansia, penyandang disabilitas, ibu hamil, anak, korban bencana); bila kosong dipakai perkiraan kit. (EN) Share of visitors from the vulnerable groups served first (UU 25/2009 Article 29); when absent the kit's estimate is used."},"payment":{"type":"object","additionalProperties":false,"required":["counters","handlingMinutes"],"description":"Loket pembayaran bersama (bank/kasir) yang dilalui layanan berbayar setelah loket instansinya (opsional). (EN) Shared payment counters (bank/cashier) that fee-paying services pass after their agency's counters (optional).","properties":{"name":{"$ref":"#/$defs/text","description":"Nama loket pembayaran, misalnya Kasir Bank Daerah. (EN) Name of the payment counters, e.g. Regional bank cashier."},"agency":{"$ref":"#/$defs/id","description":"Instansi yang menjalankan loket pembayaran (opsional), misalnya bank daerah. (EN) Agency running the payment counters (optional), e.g. the regional bank."},"counters":{"type":"integer","minimum":0,"maximum":50,"description":"Jumlah loket pembayaran. (EN) Number of payment counters."},"handlingMinutes":{"type":"number","exclusiveMinimum":0,"maximum":120,"description":"Rata-rata lama satu pembayaran, dalam menit. (EN) Mean minutes per payment."}}}}};
const schema42 = {"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"Jam dalam format 24 jam JJ:MM, misalnya 08:00. (EN) Time of day as 24-hour HH:MM, e.g. 08:00."};
const pattern11 = new RegExp("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", "u");
const pattern13 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
const formats0 = require("ajv-formats/dist/formats.js").fullFormats.date;
const formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats4 = require("ajv-formats/dist/formats.js").fullFormats.uri;
const schema41 = {"type":"object","additionalProperties":false,"required":["open","close"],"description":"Jam buka satu hari dan waktu istirahatnya. (EN) One day's opening hours and breaks.","properties":{"open":{"$ref":"#/$defs/time","description":"Jam buka. (EN) Opening time."},"close":{"$ref":"#/$defs/time","description":"Jam tutup. (EN) Closing time."},"breaks":{"type":"array","description":"Waktu istirahat dalam jam buka. (EN) Breaks within the opening hours.","items":{"type":"object","additionalProperties":false,"required":["start","end"],"properties":{"start":{"$ref":"#/$defs/time","description":"Mulai istirahat. (EN) Break start."},"end":{"$ref":"#/$defs/time","description":"Akhir istirahat. (EN) Break end."}}}}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.open === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "open"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.close === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "close"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "open") || (key0 === "close")) || (key0 === "breaks"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.open !== undefined){
let data0 = data.open;
if(typeof data0 === "string"){
if(!pattern13.test(data0)){
const err3 = {instancePath:instancePath+"/open",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/open",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.close !== undefined){
let data1 = data.close;
if(typeof data1 === "string"){
if(!pattern13.test(data1)){
const err5 = {instancePath:instancePath+"/close",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/close",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.breaks !== undefined){
let data2 = data.breaks;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.start === undefined){
const err7 = {instancePath:instancePath+"/breaks/" + i0,schemaPath:"#/properties/breaks/items/required",keyword:"required",params:{missingProperty: "start"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data3.end === undefined){
const err8 = {instancePath:instancePath+"/breaks/" + i0,schemaPath:"#/properties/breaks/items/required",keyword:"required",params:{missingProperty: "end"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "start") || (key1 === "end"))){
const err9 = {instancePath:instancePath+"/breaks/" + i0,schemaPath:"#/properties/breaks/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.start !== undefined){
let data4 = data3.start;
if(typeof data4 === "string"){
if(!pattern13.test(data4)){
const err10 = {instancePath:instancePath+"/breaks/" + i0+"/start",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/breaks/" + i0+"/start",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.end !== undefined){
let data5 = data3.end;
if(typeof data5 === "string"){
if(!pattern13.test(data5)){
const err12 = {instancePath:instancePath+"/breaks/" + i0+"/end",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/breaks/" + i0+"/end",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/breaks/" + i0,schemaPath:"#/properties/breaks/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/breaks",schemaPath:"#/properties/breaks/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = {"type":"object","additionalProperties":false,"required":["id","name","level","width","depth"],"description":"Satu lantai gedung. (EN) One building floor.","properties":{"id":{"$ref":"#/$defs/id","description":"Pengenal lantai, misalnya `lt1`. (EN) Floor identifier, e.g. `lt1`."},"name":{"$ref":"#/$defs/text","description":"Nama lantai, misalnya Lantai 1. (EN) Floor name, e.g. Ground floor."},"level":{"type":"integer","minimum":-5,"maximum":50,"description":"Nomor lantai; 0 atau 1 untuk lantai dasar sesuai kebiasaan daerah. (EN) Floor number; 0 or 1 for the ground floor as is local usage."},"width":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"Lebar bersih lantai dalam meter. (EN) Usable floor width in metres.","x-prompt":{"id":"Lebar bersih lantai (meter)?","en":"Usable floor width (metres)?"}},"depth":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"Kedalaman bersih lantai dalam meter. (EN) Usable floor depth in metres.","x-prompt":{"id":"Kedalaman bersih lantai (meter)?","en":"Usable floor depth (metres)?"}},"entrance":{"type":"boolean","description":"Lantai ini memiliki pintu masuk utama (lantai dengan loket prioritas). (EN) This floor has the main entrance (where the priority counter goes)."}}};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.level === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "level"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.width === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "width"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.depth === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "depth"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "name")) || (key0 === "level")) || (key0 === "width")) || (key0 === "depth")) || (key0 === "entrance"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern7.test(data0)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern5.test(data1)){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.level !== undefined){
let data2 = data.level;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err13 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 50 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data2 < -5 || isNaN(data2)){
const err15 = {instancePath:instancePath+"/level",schemaPath:"#/properties/level/minimum",keyword:"minimum",params:{comparison: ">=", limit: -5}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.width !== undefined){
let data3 = data.width;
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000 || isNaN(data3)){
const err16 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data3 <= 0 || isNaN(data3)){
const err17 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.depth !== undefined){
let data4 = data.depth;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4 <= 0 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/depth",schemaPath:"#/properties/depth/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.entrance !== undefined){
if(typeof data.entrance !== "boolean"){
const err22 = {instancePath:instancePath+"/entrance",schemaPath:"#/properties/entrance/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema49 = {"type":"object","additionalProperties":false,"required":["kind"],"description":"Satu saluran pengaduan. (EN) One complaint channel.","properties":{"kind":{"enum":["sp4n-lapor","desk","phone","whatsapp","email","web","social-media","suggestion-box"],"description":"Jenis saluran. (EN) Kind of channel."},"value":{"$ref":"#/$defs/text","description":"Nomor, alamat atau tautan saluran. (EN) Number, address or link of the channel.","x-prompt":{"item":{"id":"Nomor, alamat atau tautan {item} (kosongkan bila belum ada)?","en":"Number, address or link of {item} (leave empty if not set yet)?"}}}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "kind") || (key0 === "value"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(!((((((((data0 === "sp4n-lapor") || (data0 === "desk")) || (data0 === "phone")) || (data0 === "whatsapp")) || (data0 === "email")) || (data0 === "web")) || (data0 === "social-media")) || (data0 === "suggestion-box"))){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema49.properties.kind.enum}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err3 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data1)){
const err5 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/value",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.organiser === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organiser"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema36.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 500){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern5.test(data0)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.organiser !== undefined){
let data1 = data.organiser;
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err7 = {instancePath:instancePath+"/organiser",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/organiser",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data1)){
const err9 = {instancePath:instancePath+"/organiser",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/organiser",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.address !== undefined){
let data2 = data.address;
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err11 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data2) < 1){
const err12 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data2)){
const err13 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/address",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.launchDate !== undefined){
let data3 = data.launchDate;
if(typeof data3 === "string"){
if(!pattern11.test(data3)){
const err15 = {instancePath:instancePath+"/launchDate",schemaPath:"#/properties/launchDate/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/launchDate",schemaPath:"#/properties/launchDate/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.launchStatus !== undefined){
let data4 = data.launchStatus;
if(!(((data4 === "planned") || (data4 === "operating")) || (data4 === "launched"))){
const err17 = {instancePath:instancePath+"/launchStatus",schemaPath:"#/properties/launchStatus/enum",keyword:"enum",params:{allowedValues: schema36.properties.launchStatus.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.asOf !== undefined){
let data5 = data.asOf;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err18 = {instancePath:instancePath+"/asOf",schemaPath:"#/properties/asOf/format",keyword:"format",params:{format: "date"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/asOf",schemaPath:"#/properties/asOf/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.contact !== undefined){
let data6 = data.contact;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!(((key1 === "phone") || (key1 === "email")) || (key1 === "website"))){
const err20 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data6.phone !== undefined){
let data7 = data6.phone;
if(typeof data7 === "string"){
if(func2(data7) > 500){
const err21 = {instancePath:instancePath+"/contact/phone",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(data7) < 1){
const err22 = {instancePath:instancePath+"/contact/phone",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern5.test(data7)){
const err23 = {instancePath:instancePath+"/contact/phone",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/contact/phone",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.email !== undefined){
let data8 = data6.email;
if(typeof data8 === "string"){
if(!(formats2.test(data8))){
const err25 = {instancePath:instancePath+"/contact/email",schemaPath:"#/properties/contact/properties/email/format",keyword:"format",params:{format: "email"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/contact/email",schemaPath:"#/properties/contact/properties/email/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.website !== undefined){
let data9 = data6.website;
if(typeof data9 === "string"){
if(!(formats4(data9))){
const err27 = {instancePath:instancePath+"/contact/website",schemaPath:"#/properties/contact/properties/website/format",keyword:"format",params:{format: "uri"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/contact/website",schemaPath:"#/properties/contact/properties/website/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.openingHours !== undefined){
let data10 = data.openingHours;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(Object.keys(data10).length < 1){
const err30 = {instancePath:instancePath+"/openingHours",schemaPath:"#/properties/openingHours/minProperties",keyword:"minProperties",params:{limit: 1}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key2 in data10){
if(!(((((((key2 === "monday") || (key2 === "tuesday")) || (key2 === "wednesday")) || (key2 === "thursday")) || (key2 === "friday")) || (key2 === "saturday")) || (key2 === "sunday"))){
const err31 = {instancePath:instancePath+"/openingHours",schemaPath:"#/properties/openingHours/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.monday !== undefined){
if(!(validate24(data10.monday, {instancePath:instancePath+"/openingHours/monday",parentData:data10,parentDataProperty:"monday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data10.tuesday !== undefined){
if(!(validate24(data10.tuesday, {instancePath:instancePath+"/openingHours/tuesday",parentData:data10,parentDataProperty:"tuesday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data10.wednesday !== undefined){
if(!(validate24(data10.wednesday, {instancePath:instancePath+"/openingHours/wednesday",parentData:data10,parentDataProperty:"wednesday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data10.thursday !== undefined){
if(!(validate24(data10.thursday, {instancePath:instancePath+"/openingHours/thursday",parentData:data10,parentDataProperty:"thursday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data10.friday !== undefined){
if(!(validate24(data10.friday, {instancePath:instancePath+"/openingHours/friday",parentData:data10,parentDataProperty:"friday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data10.saturday !== undefined){
if(!(validate24(data10.saturday, {instancePath:instancePath+"/openingHours/saturday",parentData:data10,parentDataProperty:"saturday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data10.sunday !== undefined){
if(!(validate24(data10.sunday, {instancePath:instancePath+"/openingHours/sunday",parentData:data10,parentDataProperty:"sunday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/openingHours",schemaPath:"#/properties/openingHours/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.floors !== undefined){
let data18 = data.floors;
if(Array.isArray(data18)){
if(data18.length < 1){
const err33 = {instancePath:instancePath+"/floors",schemaPath:"#/properties/floors/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len0 = data18.length;
for(let i0=0; i0<len0; i0++){
if(!(validate32(data18[i0], {instancePath:instancePath+"/floors/" + i0,parentData:data18,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/floors",schemaPath:"#/properties/floors/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.serviceLevel !== undefined){
let data20 = data.serviceLevel;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.targetShare === undefined){
const err35 = {instancePath:instancePath+"/serviceLevel",schemaPath:"#/properties/serviceLevel/required",keyword:"required",params:{missingProperty: "targetShare"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data20.maxWaitMinutes === undefined){
const err36 = {instancePath:instancePath+"/serviceLevel",schemaPath:"#/properties/serviceLevel/required",keyword:"required",params:{missingProperty: "maxWaitMinutes"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data20){
if(!((key3 === "targetShare") || (key3 === "maxWaitMinutes"))){
const err37 = {instancePath:instancePath+"/serviceLevel",schemaPath:"#/properties/serviceLevel/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data20.targetShare !== undefined){
let data21 = data20.targetShare;
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 >= 1 || isNaN(data21)){
const err38 = {instancePath:instancePath+"/serviceLevel/targetShare",schemaPath:"#/properties/serviceLevel/properties/targetShare/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data21 <= 0 || isNaN(data21)){
const err39 = {instancePath:instancePath+"/serviceLevel/targetShare",schemaPath:"#/properties/serviceLevel/properties/targetShare/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/serviceLevel/targetShare",schemaPath:"#/properties/serviceLevel/properties/targetShare/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data20.maxWaitMinutes !== undefined){
let data22 = data20.maxWaitMinutes;
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 480 || isNaN(data22)){
const err41 = {instancePath:instancePath+"/serviceLevel/maxWaitMinutes",schemaPath:"#/properties/serviceLevel/properties/maxWaitMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 480}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data22 <= 0 || isNaN(data22)){
const err42 = {instancePath:instancePath+"/serviceLevel/maxWaitMinutes",schemaPath:"#/properties/serviceLevel/properties/maxWaitMinutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/serviceLevel/maxWaitMinutes",schemaPath:"#/properties/serviceLevel/properties/maxWaitMinutes/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/serviceLevel",schemaPath:"#/properties/serviceLevel/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.dailyVisitors !== undefined){
let data23 = data.dailyVisitors;
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 1000000 || isNaN(data23)){
const err45 = {instancePath:instancePath+"/dailyVisitors",schemaPath:"#/properties/dailyVisitors/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data23 < 0 || isNaN(data23)){
const err46 = {instancePath:instancePath+"/dailyVisitors",schemaPath:"#/properties/dailyVisitors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/dailyVisitors",schemaPath:"#/properties/dailyVisitors/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.peakFactor !== undefined){
let data24 = data.peakFactor;
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 5 || isNaN(data24)){
const err48 = {instancePath:instancePath+"/peakFactor",schemaPath:"#/properties/peakFactor/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data24 < 1 || isNaN(data24)){
const err49 = {instancePath:instancePath+"/peakFactor",schemaPath:"#/properties/peakFactor/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/peakFactor",schemaPath:"#/properties/peakFactor/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data.onlineBookingShare !== undefined){
let data25 = data.onlineBookingShare;
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 1 || isNaN(data25)){
const err51 = {instancePath:instancePath+"/onlineBookingShare",schemaPath:"#/properties/onlineBookingShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data25 < 0 || isNaN(data25)){
const err52 = {instancePath:instancePath+"/onlineBookingShare",schemaPath:"#/properties/onlineBookingShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/onlineBookingShare",schemaPath:"#/properties/onlineBookingShare/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.complaintChannels !== undefined){
let data26 = data.complaintChannels;
if(Array.isArray(data26)){
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
if(!(validate34(data26[i1], {instancePath:instancePath+"/complaintChannels/" + i1,parentData:data26,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err54 = {instancePath:instancePath+"/complaintChannels",schemaPath:"#/properties/complaintChannels/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.arrivalProfile !== undefined){
let data28 = data.arrivalProfile;
if(Array.isArray(data28)){
if(data28.length < 1){
const err55 = {instancePath:instancePath+"/arrivalProfile",schemaPath:"#/properties/arrivalProfile/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
let data29 = data28[i2];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.start === undefined){
const err56 = {instancePath:instancePath+"/arrivalProfile/" + i2,schemaPath:"#/properties/arrivalProfile/items/required",keyword:"required",params:{missingProperty: "start"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data29.count === undefined){
const err57 = {instancePath:instancePath+"/arrivalProfile/" + i2,schemaPath:"#/properties/arrivalProfile/items/required",keyword:"required",params:{missingProperty: "count"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key4 in data29){
if(!((key4 === "start") || (key4 === "count"))){
const err58 = {instancePath:instancePath+"/arrivalProfile/" + i2,schemaPath:"#/properties/arrivalProfile/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data29.start !== undefined){
let data30 = data29.start;
if(typeof data30 === "string"){
if(!pattern13.test(data30)){
const err59 = {instancePath:instancePath+"/arrivalProfile/" + i2+"/start",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/arrivalProfile/" + i2+"/start",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data29.count !== undefined){
let data31 = data29.count;
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 1000000 || isNaN(data31)){
const err61 = {instancePath:instancePath+"/arrivalProfile/" + i2+"/count",schemaPath:"#/properties/arrivalProfile/items/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data31 < 0 || isNaN(data31)){
const err62 = {instancePath:instancePath+"/arrivalProfile/" + i2+"/count",schemaPath:"#/properties/arrivalProfile/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/arrivalProfile/" + i2+"/count",schemaPath:"#/properties/arrivalProfile/items/properties/count/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/arrivalProfile/" + i2,schemaPath:"#/properties/arrivalProfile/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/arrivalProfile",schemaPath:"#/properties/arrivalProfile/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.priorityShare !== undefined){
let data32 = data.priorityShare;
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 1 || isNaN(data32)){
const err66 = {instancePath:instancePath+"/priorityShare",schemaPath:"#/properties/priorityShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data32 < 0 || isNaN(data32)){
const err67 = {instancePath:instancePath+"/priorityShare",schemaPath:"#/properties/priorityShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/priorityShare",schemaPath:"#/properties/priorityShare/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.payment !== undefined){
let data33 = data.payment;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.counters === undefined){
const err69 = {instancePath:instancePath+"/payment",schemaPath:"#/properties/payment/required",keyword:"required",params:{missingProperty: "counters"}};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data33.handlingMinutes === undefined){
const err70 = {instancePath:instancePath+"/payment",schemaPath:"#/properties/payment/required",keyword:"required",params:{missingProperty: "handlingMinutes"}};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key5 in data33){
if(!((((key5 === "name") || (key5 === "agency")) || (key5 === "counters")) || (key5 === "handlingMinutes"))){
const err71 = {instancePath:instancePath+"/payment",schemaPath:"#/properties/payment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5}};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data33.name !== undefined){
let data34 = data33.name;
if(typeof data34 === "string"){
if(func2(data34) > 500){
const err72 = {instancePath:instancePath+"/payment/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(func2(data34) < 1){
const err73 = {instancePath:instancePath+"/payment/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!pattern5.test(data34)){
const err74 = {instancePath:instancePath+"/payment/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/payment/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data33.agency !== undefined){
let data35 = data33.agency;
if(typeof data35 === "string"){
if(func2(data35) > 64){
const err76 = {instancePath:instancePath+"/payment/agency",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(!pattern7.test(data35)){
const err77 = {instancePath:instancePath+"/payment/agency",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/payment/agency",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data33.counters !== undefined){
let data36 = data33.counters;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
const err79 = {instancePath:instancePath+"/payment/counters",schemaPath:"#/properties/payment/properties/counters/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 > 50 || isNaN(data36)){
const err80 = {instancePath:instancePath+"/payment/counters",schemaPath:"#/properties/payment/properties/counters/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50}};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data36 < 0 || isNaN(data36)){
const err81 = {instancePath:instancePath+"/payment/counters",schemaPath:"#/properties/payment/properties/counters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
if(data33.handlingMinutes !== undefined){
let data37 = data33.handlingMinutes;
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 120 || isNaN(data37)){
const err82 = {instancePath:instancePath+"/payment/handlingMinutes",schemaPath:"#/properties/payment/properties/handlingMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 120}};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data37 <= 0 || isNaN(data37)){
const err83 = {instancePath:instancePath+"/payment/handlingMinutes",schemaPath:"#/properties/payment/properties/handlingMinutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/payment/handlingMinutes",schemaPath:"#/properties/payment/properties/handlingMinutes/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/payment",schemaPath:"#/properties/payment/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = {"type":"object","additionalProperties":false,"required":["name"],"description":"Satu instansi yang membuka loket. (EN) One agency with counters.","properties":{"id":{"$ref":"#/$defs/id","description":"Pengenal instansi, misalnya `dukcapil`; bila kosong, diturunkan dari nama. (EN) Agency identifier, e.g. `dukcapil`; derived from the name when absent."},"name":{"$ref":"#/$defs/text","description":"Nama lengkap instansi. (EN) Full agency name.","x-prompt":{"id":"Nama instansi?","en":"Agency name?"}},"shortName":{"type":"string","$ref":"#/$defs/text","maxLength":40,"description":"Nama singkat untuk papan loket dan denah. (EN) Short name for counter signs and the floor plan."},"kind":{"$ref":"#/$defs/agencyKind","description":"Jenis instansi; bila kosong, diperkirakan dari nama dan ditandai. (EN) Kind of agency; when absent, estimated from the name and marked.","x-prompt":{"id":"Jenis instansi?","en":"Kind of agency?","item":{"id":"Jenis instansi {item}?","en":"Kind of agency for {item}?"}}},"plannedCounters":{"type":"integer","minimum":0,"maximum":200,"description":"Jumlah loket yang direncanakan instansi (opsional; bila kosong, kit memperkirakannya dari perhitungan antrean dan menandainya). (EN) Number of counters the agency plans (optional; when absent, the kit estimates it from the queue sizing and marks it).","x-prompt":{"id":"Jumlah loket yang direncanakan (kosongkan bila belum tahu)?","en":"Planned number of counters (leave empty if unknown)?","item":{"id":"Jumlah loket untuk {item} (kosongkan agar kit memperkirakan)?","en":"Counters for {item} (leave empty for the kit to estimate)?"}}},"ticketPrefix":{"type":"string","pattern":"^[A-Z]{1,3}$","description":"Awalan nomor antrean yang ditetapkan sendiri (opsional). (EN) Queue ticket prefix set by hand (optional)."},"estimate":{"type":"boolean","description":"Data instansi ini perkiraan, bukan data resmi. (EN) This agency's data is an estimate, not official."},"serviceMode":{"enum":["penuh","terima-berkas","informasi","kios"],"description":"Cara instansi melayani di MPP: `penuh` (layanan selesai di loket), `terima-berkas` (menerima dan menyerahkan berkas; diproses di kantor instansi), `informasi` (hanya informasi), `kios` (kios swalayan tanpa petugas tetap). Bila kosong: `penuh`. (EN) How the agency serves in the MPP: `penuh` full service, `terima-berkas` drop-off and pick-up (processed at its own office), `informasi` information only, `kios` self-service kiosk. When absent: `penuh`."},"presence":{"type":"object","additionalProperties":false,"description":"Kapan instansi menjaga lokenya di MPP (opsional; bila kosong: setiap hari dan jam buka MPP). Pengunjung layanannya datang pada hari dan jam itu; `visitorsPerDay` berarti pengunjung pada hari instansi hadir. (EN) When the agency staffs its counters in the MPP (optional; when absent: every MPP opening day and hour). Its visitors come on those days and hours; `visitorsPerDay` means visitors on a day the agency is present.","properties":{"days":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],"description":"Hari dalam seminggu. (EN) Day of the week."},"description":"Hari hadir, misalnya [thursday]. (EN) Days present, e.g. [thursday]."},"open":{"$ref":"#/$defs/time","description":"Jam mulai hadir (bila lebih siang dari jam buka MPP). (EN) Time the counters open (when later than the MPP opens)."},"close":{"$ref":"#/$defs/time","description":"Jam selesai hadir (bila lebih awal dari jam tutup MPP). (EN) Time the counters close (when earlier than the MPP closes)."}}},"oldOffice":{"type":"object","additionalProperties":false,"required":["staysOpen"],"description":"Apakah kantor layanan lama instansi tetap buka setelah MPP dibuka. Bila tetap buka, angka pengunjung layanannya dibaca sebagai seluruh permintaan instansi dan hanya `shareToMpp` yang datang ke MPP. (EN) Whether the agency's old service office stays open once the MPP opens. When it does, its services' visitor figures are read as the agency's whole demand and only `shareToMpp` comes to the MPP.","properties":{"staysOpen":{"type":"boolean","description":"Kantor lama tetap melayani. (EN) The old office keeps serving."},"shareToMpp":{"type":"number","minimum":0,"maximum":1,"description":"Bagian permintaan yang diperkirakan pindah ke MPP (0 sampai 1); bila kosong dipakai perkiraan kit dari data pembanding. (EN) Share of demand expected to move to the MPP (0 to 1); when absent the kit's estimate from the benchmarks is used."}}},"counterGroups":{"type":"array","minItems":1,"description":"Kelompok loket instansi untuk tahap layanan yang berbeda, misalnya perekaman dan pencetakan KTP-el (opsional). Loket di luar kelompok adalah loket umum instansi. (EN) Groups of the agency's counters for different service stages, e.g. KTP-el recording and printing (optional). Counters outside the groups are the agency's general counters.","items":{"type":"object","additionalProperties":false,"required":["id","name","counters"],"properties":{"id":{"$ref":"#/$defs/id","description":"Pengenal kelompok, unik dalam instansi. (EN) Group identifier, unique within the agency."},"name":{"$ref":"#/$defs/text","description":"Nama kelompok loket. (EN) Name of the counter group."},"counters":{"type":"integer","minimum":0,"maximum":200,"description":"Jumlah loket dalam kelompok (bagian dari jumlah loket instansi). (EN) Counters in the group (part of the agency's counters)."}}}},"confirmed":{"type":"boolean","description":"Keikutsertaan instansi di MPP sudah dikonfirmasi oleh sumber (MoU, Perkada, berita resmi; sebutkan di `source`). `false` menandai instansi ilustratif yang belum dikonfirmasi. (EN) The agency's participation in the MPP is confirmed by a source (MoU, regional regulation, official news; name it in `source`). `false` marks an illustrative agency that is not confirmed."},"source":{"$ref":"#/$defs/longText","description":"Sumber yang menyebut keikutsertaan instansi. (EN) Source that names the agency's participation."}}};
const schema58 = {"enum":["opd","instansi-vertikal","bumn","bumd","swasta","kantor-bersama","badan-hukum-publik","organisasi-profesi","lainnya"],"description":"Jenis instansi: perangkat daerah (opd), instansi vertikal, BUMN, BUMD, swasta, kantor bersama beberapa instansi (misalnya Samsat), badan hukum publik (misalnya BPJS), organisasi profesi, atau lainnya. (EN) Kind of agency: regional office (opd), central-government office, state-owned, region-owned, private, a joint office of several agencies (e.g. Samsat), a public legal body (e.g. BPJS), a professional body, or other."};
const schema63 = {"type":"string","minLength":1,"maxLength":4000,"pattern":"^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$","description":"Teks bebas yang tidak kosong. (EN) Non-empty free text."};
const pattern26 = new RegExp("^[A-Z]{1,3}$", "u");
const pattern31 = new RegExp("^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema54.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern7.test(data0)){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern5.test(data1)){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.shortName !== undefined){
let data2 = data.shortName;
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err9 = {instancePath:instancePath+"/shortName",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/shortName",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern5.test(data2)){
const err11 = {instancePath:instancePath+"/shortName",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/shortName",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(typeof data2 === "string"){
if(func2(data2) > 40){
const err13 = {instancePath:instancePath+"/shortName",schemaPath:"#/properties/shortName/maxLength",keyword:"maxLength",params:{limit: 40}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/shortName",schemaPath:"#/properties/shortName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(!(((((((((data3 === "opd") || (data3 === "instansi-vertikal")) || (data3 === "bumn")) || (data3 === "bumd")) || (data3 === "swasta")) || (data3 === "kantor-bersama")) || (data3 === "badan-hukum-publik")) || (data3 === "organisasi-profesi")) || (data3 === "lainnya"))){
const err15 = {instancePath:instancePath+"/kind",schemaPath:"#/$defs/agencyKind/enum",keyword:"enum",params:{allowedValues: schema58.enum}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.plannedCounters !== undefined){
let data4 = data.plannedCounters;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/plannedCounters",schemaPath:"#/properties/plannedCounters/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 200 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/plannedCounters",schemaPath:"#/properties/plannedCounters/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err18 = {instancePath:instancePath+"/plannedCounters",schemaPath:"#/properties/plannedCounters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.ticketPrefix !== undefined){
let data5 = data.ticketPrefix;
if(typeof data5 === "string"){
if(!pattern26.test(data5)){
const err19 = {instancePath:instancePath+"/ticketPrefix",schemaPath:"#/properties/ticketPrefix/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{1,3}$"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/ticketPrefix",schemaPath:"#/properties/ticketPrefix/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.estimate !== undefined){
if(typeof data.estimate !== "boolean"){
const err21 = {instancePath:instancePath+"/estimate",schemaPath:"#/properties/estimate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.serviceMode !== undefined){
let data7 = data.serviceMode;
if(!((((data7 === "penuh") || (data7 === "terima-berkas")) || (data7 === "informasi")) || (data7 === "kios"))){
const err22 = {instancePath:instancePath+"/serviceMode",schemaPath:"#/properties/serviceMode/enum",keyword:"enum",params:{allowedValues: schema54.properties.serviceMode.enum}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.presence !== undefined){
let data8 = data.presence;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
if(!(((key1 === "days") || (key1 === "open")) || (key1 === "close"))){
const err23 = {instancePath:instancePath+"/presence",schemaPath:"#/properties/presence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.days !== undefined){
let data9 = data8.days;
if(Array.isArray(data9)){
if(data9.length < 1){
const err24 = {instancePath:instancePath+"/presence/days",schemaPath:"#/properties/presence/properties/days/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(!(((((((data10 === "monday") || (data10 === "tuesday")) || (data10 === "wednesday")) || (data10 === "thursday")) || (data10 === "friday")) || (data10 === "saturday")) || (data10 === "sunday"))){
const err25 = {instancePath:instancePath+"/presence/days/" + i0,schemaPath:"#/properties/presence/properties/days/items/enum",keyword:"enum",params:{allowedValues: schema54.properties.presence.properties.days.items.enum}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data9[i1], data9[j0])){
const err26 = {instancePath:instancePath+"/presence/days",schemaPath:"#/properties/presence/properties/days/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/presence/days",schemaPath:"#/properties/presence/properties/days/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data8.open !== undefined){
let data11 = data8.open;
if(typeof data11 === "string"){
if(!pattern13.test(data11)){
const err28 = {instancePath:instancePath+"/presence/open",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/presence/open",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.close !== undefined){
let data12 = data8.close;
if(typeof data12 === "string"){
if(!pattern13.test(data12)){
const err30 = {instancePath:instancePath+"/presence/close",schemaPath:"#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/presence/close",schemaPath:"#/$defs/time/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/presence",schemaPath:"#/properties/presence/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.oldOffice !== undefined){
let data13 = data.oldOffice;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.staysOpen === undefined){
const err33 = {instancePath:instancePath+"/oldOffice",schemaPath:"#/properties/oldOffice/required",keyword:"required",params:{missingProperty: "staysOpen"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data13){
if(!((key2 === "staysOpen") || (key2 === "shareToMpp"))){
const err34 = {instancePath:instancePath+"/oldOffice",schemaPath:"#/properties/oldOffice/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.staysOpen !== undefined){
if(typeof data13.staysOpen !== "boolean"){
const err35 = {instancePath:instancePath+"/oldOffice/staysOpen",schemaPath:"#/properties/oldOffice/properties/staysOpen/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data13.shareToMpp !== undefined){
let data15 = data13.shareToMpp;
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1 || isNaN(data15)){
const err36 = {instancePath:instancePath+"/oldOffice/shareToMpp",schemaPath:"#/properties/oldOffice/properties/shareToMpp/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data15 < 0 || isNaN(data15)){
const err37 = {instancePath:instancePath+"/oldOffice/shareToMpp",schemaPath:"#/properties/oldOffice/properties/shareToMpp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/oldOffice/shareToMpp",schemaPath:"#/properties/oldOffice/properties/shareToMpp/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/oldOffice",schemaPath:"#/properties/oldOffice/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.counterGroups !== undefined){
let data16 = data.counterGroups;
if(Array.isArray(data16)){
if(data16.length < 1){
const err40 = {instancePath:instancePath+"/counterGroups",schemaPath:"#/properties/counterGroups/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len1 = data16.length;
for(let i2=0; i2<len1; i2++){
let data17 = data16[i2];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.id === undefined){
const err41 = {instancePath:instancePath+"/counterGroups/" + i2,schemaPath:"#/properties/counterGroups/items/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data17.name === undefined){
const err42 = {instancePath:instancePath+"/counterGroups/" + i2,schemaPath:"#/properties/counterGroups/items/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data17.counters === undefined){
const err43 = {instancePath:instancePath+"/counterGroups/" + i2,schemaPath:"#/properties/counterGroups/items/required",keyword:"required",params:{missingProperty: "counters"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data17){
if(!(((key3 === "id") || (key3 === "name")) || (key3 === "counters"))){
const err44 = {instancePath:instancePath+"/counterGroups/" + i2,schemaPath:"#/properties/counterGroups/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data17.id !== undefined){
let data18 = data17.id;
if(typeof data18 === "string"){
if(func2(data18) > 64){
const err45 = {instancePath:instancePath+"/counterGroups/" + i2+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!pattern7.test(data18)){
const err46 = {instancePath:instancePath+"/counterGroups/" + i2+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/counterGroups/" + i2+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data17.name !== undefined){
let data19 = data17.name;
if(typeof data19 === "string"){
if(func2(data19) > 500){
const err48 = {instancePath:instancePath+"/counterGroups/" + i2+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(func2(data19) < 1){
const err49 = {instancePath:instancePath+"/counterGroups/" + i2+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!pattern5.test(data19)){
const err50 = {instancePath:instancePath+"/counterGroups/" + i2+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/counterGroups/" + i2+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data17.counters !== undefined){
let data20 = data17.counters;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err52 = {instancePath:instancePath+"/counterGroups/" + i2+"/counters",schemaPath:"#/properties/counterGroups/items/properties/counters/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 200 || isNaN(data20)){
const err53 = {instancePath:instancePath+"/counterGroups/" + i2+"/counters",schemaPath:"#/properties/counterGroups/items/properties/counters/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err54 = {instancePath:instancePath+"/counterGroups/" + i2+"/counters",schemaPath:"#/properties/counterGroups/items/properties/counters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
}
else {
const err55 = {instancePath:instancePath+"/counterGroups/" + i2,schemaPath:"#/properties/counterGroups/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/counterGroups",schemaPath:"#/properties/counterGroups/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.confirmed !== undefined){
if(typeof data.confirmed !== "boolean"){
const err57 = {instancePath:instancePath+"/confirmed",schemaPath:"#/properties/confirmed/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.source !== undefined){
let data22 = data.source;
if(typeof data22 === "string"){
if(func2(data22) > 4000){
const err58 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(func2(data22) < 1){
const err59 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(!pattern31.test(data22)){
const err60 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"type":"object","additionalProperties":false,"required":["agency","name"],"description":"Satu jenis layanan. Hanya nama dan instansi yang wajib; angka yang kosong diperkirakan kit dan ditandai. (EN) One service type. Only name and agency are required; figures left out are estimated by the kit and marked.","properties":{"id":{"$ref":"#/$defs/id","description":"Pengenal layanan, unik di seluruh MPP; bila kosong, diturunkan dari nama. (EN) Service identifier, unique across the MPP; derived from the name when absent."},"agency":{"$ref":"#/$defs/text","description":"Pengenal atau nama instansi pemberi layanan. (EN) Identifier or name of the agency delivering the service."},"name":{"$ref":"#/$defs/text","description":"Nama layanan. (EN) Service name.","x-prompt":{"id":"Nama layanan?","en":"Service name?","item":{"id":"Nama layanan {item}?","en":"Name of a service of {item}?"}}},"category":{"enum":["perizinan","non-perizinan"],"default":"non-perizinan","description":"Perizinan berusaha/non-berusaha (`perizinan`) atau layanan lain (`non-perizinan`). (EN) Licensing (`perizinan`) or another service (`non-perizinan`).","x-prompt":{"id":"Kategori layanan?","en":"Service category?","item":{"id":"Kategori layanan {item}?","en":"Category of the service {item}?"}}},"visitorsPerDay":{"type":"number","minimum":0,"maximum":100000,"description":"Pengunjung per hari (opsional; bila kosong, diperkirakan dan ditandai). (EN) Visitors per day (optional; estimated and marked when absent).","x-prompt":{"id":"Perkiraan pengunjung per hari (kosongkan bila belum tahu)?","en":"Expected visitors per day (leave empty if unknown)?","item":{"id":"Perkiraan pengunjung per hari untuk {item} (kosongkan bila belum tahu)?","en":"Expected visitors per day for {item} (leave empty if unknown)?"}}},"peakArrivalsPerHour":{"type":"number","minimum":0,"maximum":10000,"description":"Kedatangan per jam pada jam puncak (mengalahkan `visitorsPerDay` untuk perhitungan loket). (EN) Arrivals per hour at peak (takes precedence over `visitorsPerDay` for counter sizing)."},"handlingMinutes":{"type":"number","exclusiveMinimum":0,"maximum":480,"description":"Rata-rata lama pelayanan di loket, dalam menit (opsional; bila kosong, diperkirakan dan ditandai). (EN) Mean handling time at the counter, in minutes (optional; estimated and marked when absent).","x-prompt":{"id":"Rata-rata lama pelayanan di loket, menit (kosongkan bila belum tahu)?","en":"Mean handling time at the counter, minutes (leave empty if unknown)?","item":{"id":"Rata-rata lama pelayanan {item} di loket, menit (kosongkan bila belum tahu)?","en":"Mean handling time of {item} at the counter, minutes (leave empty if unknown)?"}}},"online":{"type":"boolean","description":"Layanan dapat diajukan atau dipesan antreannya secara daring. (EN) The service can be applied for or booked online."},"estimate":{"type":"boolean","description":"Angka layanan ini perkiraan, bukan data resmi. (EN) This service's figures are estimates, not official."},"source":{"$ref":"#/$defs/longText","description":"Sumber data layanan. (EN) Source of the service data."},"standard":{"$ref":"#/$defs/standard"},"stages":{"type":"array","minItems":1,"description":"Tahap layanan berurutan di loket instansi, masing-masing dengan lama pelayanan dan kelompok loketnya (opsional). Jumlah menit semua tahap sama dengan `handlingMinutes`. (EN) Service stages in series at the agency's counters, each with its handling minutes and counter group (optional). The stages' minutes add up to `handlingMinutes`.","items":{"type":"object","additionalProperties":false,"required":["name","handlingMinutes"],"properties":{"name":{"$ref":"#/$defs/text","description":"Nama tahap, misalnya Perekaman. (EN) Stage name, e.g. Recording."},"handlingMinutes":{"type":"number","exclusiveMinimum":0,"maximum":480,"description":"Rata-rata lama tahap ini, dalam menit. (EN) Mean minutes of this stage."},"counterGroup":{"$ref":"#/$defs/id","description":"Kelompok loket instansi yang melayani tahap ini; bila kosong: loket umum instansi. (EN) The agency's counter group serving this stage; when absent: its general counters."}}}},"payment":{"type":"boolean","description":"Pengunjung layanan ini membayar di loket pembayaran bersama (`mpp.payment`); bila kosong: ya bila biaya lebih dari 0. (EN) Visitors of this service pay at the shared payment counters (`mpp.payment`); when absent: yes when the fee is above 0."}}};
const schema69 = {"type":"object","additionalProperties":false,"description":"Komponen Standar Pelayanan (UU 25/2009; PermenPANRB 15/2014) yang sudah diketahui. Komponen yang belum diisi dicatat sebagai kekurangan, tidak dikarang. (EN) Service Standard components (UU 25/2009; PermenPANRB 15/2014) known so far. Missing components are reported, not invented.","properties":{"requirements":{"$ref":"#/$defs/textList","description":"Persyaratan. (EN) Requirements."},"procedure":{"$ref":"#/$defs/textList","description":"Sistem, mekanisme dan prosedur (langkah-langkah). (EN) System, mechanism and procedure (steps)."},"completionTime":{"$ref":"#/$defs/longText","description":"Jangka waktu penyelesaian. (EN) Completion time."},"fee":{"$ref":"#/$defs/fee"},"product":{"$ref":"#/$defs/longText","description":"Produk pelayanan. (EN) Service product."},"complaints":{"$ref":"#/$defs/longText","description":"Penanganan pengaduan, saran dan masukan. (EN) Handling of complaints, suggestions and feedback."},"legalBasis":{"$ref":"#/$defs/textList","description":"Dasar hukum. (EN) Legal basis."},"facilities":{"$ref":"#/$defs/longText","description":"Sarana, prasarana dan/atau fasilitas. (EN) Facilities and infrastructure."},"staffCompetence":{"$ref":"#/$defs/longText","description":"Kompetensi pelaksana. (EN) Staff competence."},"internalSupervision":{"$ref":"#/$defs/longText","description":"Pengawasan internal. (EN) Internal supervision."},"staffCount":{"type":"integer","minimum":1,"description":"Jumlah pelaksana. (EN) Number of staff."},"serviceGuarantee":{"$ref":"#/$defs/longText","description":"Jaminan pelayanan. (EN) Service guarantee."},"securityGuarantee":{"$ref":"#/$defs/longText","description":"Jaminan keamanan dan keselamatan pelayanan. (EN) Security and safety guarantee."},"performanceEvaluation":{"$ref":"#/$defs/longText","description":"Evaluasi kinerja pelaksana. (EN) Evaluation of staff performance."}}};
const schema70 = {"type":"array","minItems":1,"items":{"$ref":"#/$defs/longText"}};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func2(data0) > 4000){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data0) < 1){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern31.test(data0)){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema73 = {"type":"object","additionalProperties":false,"minProperties":1,"description":"Biaya/tarif. `amount: 0` berarti gratis; `text` untuk biaya sebagaimana diumumkan (beberapa tarif atau syarat); `note` untuk rumus atau penjelasan. (EN) Fee. `amount: 0` means free; `text` for the fee as published (several tariffs or conditions); `note` for a formula or explanation.","properties":{"amount":{"type":"integer","minimum":0,"description":"Besaran dalam rupiah. (EN) Amount in rupiah (IDR)."},"text":{"$ref":"#/$defs/longText","description":"Biaya sebagaimana diumumkan, boleh beberapa tarif atau syarat, misalnya `Gratis` atau `Rp350.000 / Rp650.000`. (EN) The fee as published, possibly several tariffs or conditions, e.g. `Gratis` or `Rp350.000 / Rp650.000`."},"note":{"$ref":"#/$defs/longText","description":"Rumus, dasar atau penjelasan biaya. (EN) Formula, basis or explanation of the fee."}}};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "amount") || (key0 === "text")) || (key0 === "note"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.amount !== undefined){
let data0 = data.amount;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/amount",schemaPath:"#/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.text !== undefined){
let data1 = data.text;
if(typeof data1 === "string"){
if(func2(data1) > 4000){
const err4 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern31.test(data1)){
const err6 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/text",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.note !== undefined){
let data2 = data.note;
if(typeof data2 === "string"){
if(func2(data2) > 4000){
const err8 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern31.test(data2)){
const err10 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/note",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema69.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.requirements !== undefined){
if(!(validate41(data.requirements, {instancePath:instancePath+"/requirements",parentData:data,parentDataProperty:"requirements",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.procedure !== undefined){
if(!(validate41(data.procedure, {instancePath:instancePath+"/procedure",parentData:data,parentDataProperty:"procedure",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.completionTime !== undefined){
let data2 = data.completionTime;
if(typeof data2 === "string"){
if(func2(data2) > 4000){
const err1 = {instancePath:instancePath+"/completionTime",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func2(data2) < 1){
const err2 = {instancePath:instancePath+"/completionTime",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!pattern31.test(data2)){
const err3 = {instancePath:instancePath+"/completionTime",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/completionTime",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.fee !== undefined){
if(!(validate44(data.fee, {instancePath:instancePath+"/fee",parentData:data,parentDataProperty:"fee",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
if(data.product !== undefined){
let data4 = data.product;
if(typeof data4 === "string"){
if(func2(data4) > 4000){
const err5 = {instancePath:instancePath+"/product",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data4) < 1){
const err6 = {instancePath:instancePath+"/product",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern31.test(data4)){
const err7 = {instancePath:instancePath+"/product",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/product",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.complaints !== undefined){
let data5 = data.complaints;
if(typeof data5 === "string"){
if(func2(data5) > 4000){
const err9 = {instancePath:instancePath+"/complaints",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data5) < 1){
const err10 = {instancePath:instancePath+"/complaints",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern31.test(data5)){
const err11 = {instancePath:instancePath+"/complaints",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/complaints",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.legalBasis !== undefined){
if(!(validate41(data.legalBasis, {instancePath:instancePath+"/legalBasis",parentData:data,parentDataProperty:"legalBasis",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
}
if(data.facilities !== undefined){
let data7 = data.facilities;
if(typeof data7 === "string"){
if(func2(data7) > 4000){
const err13 = {instancePath:instancePath+"/facilities",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data7) < 1){
const err14 = {instancePath:instancePath+"/facilities",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern31.test(data7)){
const err15 = {instancePath:instancePath+"/facilities",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/facilities",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.staffCompetence !== undefined){
let data8 = data.staffCompetence;
if(typeof data8 === "string"){
if(func2(data8) > 4000){
const err17 = {instancePath:instancePath+"/staffCompetence",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data8) < 1){
const err18 = {instancePath:instancePath+"/staffCompetence",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern31.test(data8)){
const err19 = {instancePath:instancePath+"/staffCompetence",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/staffCompetence",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.internalSupervision !== undefined){
let data9 = data.internalSupervision;
if(typeof data9 === "string"){
if(func2(data9) > 4000){
const err21 = {instancePath:instancePath+"/internalSupervision",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(data9) < 1){
const err22 = {instancePath:instancePath+"/internalSupervision",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern31.test(data9)){
const err23 = {instancePath:instancePath+"/internalSupervision",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/internalSupervision",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.staffCount !== undefined){
let data10 = data.staffCount;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err25 = {instancePath:instancePath+"/staffCount",schemaPath:"#/properties/staffCount/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err26 = {instancePath:instancePath+"/staffCount",schemaPath:"#/properties/staffCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data.serviceGuarantee !== undefined){
let data11 = data.serviceGuarantee;
if(typeof data11 === "string"){
if(func2(data11) > 4000){
const err27 = {instancePath:instancePath+"/serviceGuarantee",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(func2(data11) < 1){
const err28 = {instancePath:instancePath+"/serviceGuarantee",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!pattern31.test(data11)){
const err29 = {instancePath:instancePath+"/serviceGuarantee",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/serviceGuarantee",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.securityGuarantee !== undefined){
let data12 = data.securityGuarantee;
if(typeof data12 === "string"){
if(func2(data12) > 4000){
const err31 = {instancePath:instancePath+"/securityGuarantee",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data12) < 1){
const err32 = {instancePath:instancePath+"/securityGuarantee",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern31.test(data12)){
const err33 = {instancePath:instancePath+"/securityGuarantee",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/securityGuarantee",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.performanceEvaluation !== undefined){
let data13 = data.performanceEvaluation;
if(typeof data13 === "string"){
if(func2(data13) > 4000){
const err35 = {instancePath:instancePath+"/performanceEvaluation",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func2(data13) < 1){
const err36 = {instancePath:instancePath+"/performanceEvaluation",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!pattern31.test(data13)){
const err37 = {instancePath:instancePath+"/performanceEvaluation",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/performanceEvaluation",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.agency === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agency"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema64.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern7.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.agency !== undefined){
let data1 = data.agency;
if(typeof data1 === "string"){
if(func2(data1) > 500){
const err6 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern5.test(data1)){
const err8 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data2) < 1){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern5.test(data2)){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.category !== undefined){
let data3 = data.category;
if(!((data3 === "perizinan") || (data3 === "non-perizinan"))){
const err14 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/enum",keyword:"enum",params:{allowedValues: schema64.properties.category.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.visitorsPerDay !== undefined){
let data4 = data.visitorsPerDay;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100000 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/visitorsPerDay",schemaPath:"#/properties/visitorsPerDay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/visitorsPerDay",schemaPath:"#/properties/visitorsPerDay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/visitorsPerDay",schemaPath:"#/properties/visitorsPerDay/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.peakArrivalsPerHour !== undefined){
let data5 = data.peakArrivalsPerHour;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10000 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/peakArrivalsPerHour",schemaPath:"#/properties/peakArrivalsPerHour/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/peakArrivalsPerHour",schemaPath:"#/properties/peakArrivalsPerHour/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/peakArrivalsPerHour",schemaPath:"#/properties/peakArrivalsPerHour/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.handlingMinutes !== undefined){
let data6 = data.handlingMinutes;
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 480 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/handlingMinutes",schemaPath:"#/properties/handlingMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 480}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6 <= 0 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/handlingMinutes",schemaPath:"#/properties/handlingMinutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/handlingMinutes",schemaPath:"#/properties/handlingMinutes/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.online !== undefined){
if(typeof data.online !== "boolean"){
const err24 = {instancePath:instancePath+"/online",schemaPath:"#/properties/online/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.estimate !== undefined){
if(typeof data.estimate !== "boolean"){
const err25 = {instancePath:instancePath+"/estimate",schemaPath:"#/properties/estimate/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.source !== undefined){
let data9 = data.source;
if(typeof data9 === "string"){
if(func2(data9) > 4000){
const err26 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/longText/maxLength",keyword:"maxLength",params:{limit: 4000}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data9) < 1){
const err27 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/longText/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern31.test(data9)){
const err28 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/longText/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/longText/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.standard !== undefined){
if(!(validate40(data.standard, {instancePath:instancePath+"/standard",parentData:data,parentDataProperty:"standard",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data.stages !== undefined){
let data11 = data.stages;
if(Array.isArray(data11)){
if(data11.length < 1){
const err30 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.name === undefined){
const err31 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/properties/stages/items/required",keyword:"required",params:{missingProperty: "name"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data12.handlingMinutes === undefined){
const err32 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/properties/stages/items/required",keyword:"required",params:{missingProperty: "handlingMinutes"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key1 in data12){
if(!(((key1 === "name") || (key1 === "handlingMinutes")) || (key1 === "counterGroup"))){
const err33 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/properties/stages/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.name !== undefined){
let data13 = data12.name;
if(typeof data13 === "string"){
if(func2(data13) > 500){
const err34 = {instancePath:instancePath+"/stages/" + i0+"/name",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 500}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func2(data13) < 1){
const err35 = {instancePath:instancePath+"/stages/" + i0+"/name",schemaPath:"#/$defs/text/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!pattern5.test(data13)){
const err36 = {instancePath:instancePath+"/stages/" + i0+"/name",schemaPath:"#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^(?=[\\s\\S]*\\S)[^\\u0000-\\u001f\\u007f]+$"}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/stages/" + i0+"/name",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data12.handlingMinutes !== undefined){
let data14 = data12.handlingMinutes;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 480 || isNaN(data14)){
const err38 = {instancePath:instancePath+"/stages/" + i0+"/handlingMinutes",schemaPath:"#/properties/stages/items/properties/handlingMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 480}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data14 <= 0 || isNaN(data14)){
const err39 = {instancePath:instancePath+"/stages/" + i0+"/handlingMinutes",schemaPath:"#/properties/stages/items/properties/handlingMinutes/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/stages/" + i0+"/handlingMinutes",schemaPath:"#/properties/stages/items/properties/handlingMinutes/type",keyword:"type",params:{type: "number"}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data12.counterGroup !== undefined){
let data15 = data12.counterGroup;
if(typeof data15 === "string"){
if(func2(data15) > 64){
const err41 = {instancePath:instancePath+"/stages/" + i0+"/counterGroup",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern7.test(data15)){
const err42 = {instancePath:instancePath+"/stages/" + i0+"/counterGroup",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/stages/" + i0+"/counterGroup",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/properties/stages/items/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.payment !== undefined){
if(typeof data.payment !== "boolean"){
const err46 = {instancePath:instancePath+"/payment",schemaPath:"#/properties/payment/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema86 = {"type":"object","additionalProperties":false,"required":["id","agency","services"],"description":"Satu loket. (EN) One counter.","properties":{"id":{"$ref":"#/$defs/id","description":"Pengenal loket. (EN) Counter identifier."},"agency":{"$ref":"#/$defs/id","description":"Instansi pemilik loket. (EN) Agency that owns the counter."},"services":{"type":"array","minItems":1,"uniqueItems":true,"description":"Layanan yang dilayani loket ini. (EN) Services served at this counter.","items":{"$ref":"#/$defs/id"}},"priority":{"type":"boolean","default":false,"description":"Loket prioritas bagi kelompok rentan (UU 25/2009 Pasal 29). (EN) Priority counter for vulnerable groups (UU 25/2009 Article 29).","x-prompt":{"id":"Loket prioritas bagi kelompok rentan?","en":"Priority counter for vulnerable groups?","item":{"id":"Apakah {item} loket prioritas bagi kelompok rentan?","en":"Is {item} a priority counter for vulnerable groups?"}}},"floor":{"$ref":"#/$defs/id","description":"Lantai tempat loket (pengenal lantai). (EN) Floor of the counter (floor identifier).","x-prompt":{"id":"Lantai loket?","en":"Floor of the counter?","item":{"id":"Lantai loket {item}?","en":"Floor of the counter {item}?"}}}}};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.agency === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agency"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.services === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "agency")) || (key0 === "services")) || (key0 === "priority")) || (key0 === "floor"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 64){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern7.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.agency !== undefined){
let data1 = data.agency;
if(typeof data1 === "string"){
if(func2(data1) > 64){
const err7 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern7.test(data1)){
const err8 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/agency",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.services !== undefined){
let data2 = data.services;
if(Array.isArray(data2)){
if(data2.length < 1){
const err10 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func2(data3) > 64){
const err11 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern7.test(data3)){
const err12 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/services/" + i0,schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err14 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.priority !== undefined){
if(typeof data.priority !== "boolean"){
const err16 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.floor !== undefined){
let data5 = data.floor;
if(typeof data5 === "string"){
if(func2(data5) > 64){
const err17 = {instancePath:instancePath+"/floor",schemaPath:"#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern7.test(data5)){
const err18 = {instancePath:instancePath+"/floor",schemaPath:"#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/floor",schemaPath:"#/$defs/id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://mpp-kit.local/schemas/region.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.region === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "region"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.mpp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mpp"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.agencies === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agencies"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.services === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "services"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.$schema !== undefined){
if(typeof data.$schema !== "string"){
const err6 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
if(1 !== data.schemaVersion){
const err7 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.generatedBy !== undefined){
let data2 = data.generatedBy;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.kit === undefined){
const err8 = {instancePath:instancePath+"/generatedBy",schemaPath:"#/properties/generatedBy/required",keyword:"required",params:{missingProperty: "kit"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.version === undefined){
const err9 = {instancePath:instancePath+"/generatedBy",schemaPath:"#/properties/generatedBy/required",keyword:"required",params:{missingProperty: "version"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "kit") || (key1 === "version"))){
const err10 = {instancePath:instancePath+"/generatedBy",schemaPath:"#/properties/generatedBy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data2.kit !== undefined){
let data3 = data2.kit;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/generatedBy/kit",schemaPath:"#/properties/generatedBy/properties/kit/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/generatedBy/kit",schemaPath:"#/properties/generatedBy/properties/kit/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.version !== undefined){
let data4 = data2.version;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err13 = {instancePath:instancePath+"/generatedBy/version",schemaPath:"#/properties/generatedBy/properties/version/pattern",keyword:"pattern",params:{pattern: "^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/generatedBy/version",schemaPath:"#/properties/generatedBy/properties/version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/generatedBy",schemaPath:"#/properties/generatedBy/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.lang !== undefined){
let data5 = data.lang;
if(!((data5 === "id") || (data5 === "en"))){
const err16 = {instancePath:instancePath+"/lang",schemaPath:"#/properties/lang/enum",keyword:"enum",params:{allowedValues: schema31.properties.lang.enum}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.region !== undefined){
if(!(validate21(data.region, {instancePath:instancePath+"/region",parentData:data,parentDataProperty:"region",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.mpp !== undefined){
if(!(validate23(data.mpp, {instancePath:instancePath+"/mpp",parentData:data,parentDataProperty:"mpp",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
if(data.agencies !== undefined){
let data8 = data.agencies;
if(Array.isArray(data8)){
if(data8.length < 1){
const err17 = {instancePath:instancePath+"/agencies",schemaPath:"#/properties/agencies/minItems",keyword:"minItems",params:{limit: 1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate37(data8[i0], {instancePath:instancePath+"/agencies/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/agencies",schemaPath:"#/properties/agencies/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.services !== undefined){
let data10 = data.services;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(!(validate39(data10[i1], {instancePath:instancePath+"/services/" + i1,parentData:data10,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.counters !== undefined){
let data12 = data.counters;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
if(!(validate49(data12[i2], {instancePath:instancePath+"/counters/" + i2,parentData:data12,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
}
else {
const err20 = {instancePath:instancePath+"/counters",schemaPath:"#/properties/counters/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.facilities !== undefined){
let data14 = data.facilities;
if(Array.isArray(data14)){
const len3 = data14.length;
for(let i3=0; i3<len3; i3++){
let data15 = data14[i3];
if(!((((((((((((((((((((data15 === "information-desk") || (data15 === "ticket-kiosk")) || (data15 === "priority-counter")) || (data15 === "lactation-room")) || (data15 === "children-corner")) || (data15 === "accessible-toilet")) || (data15 === "wheelchair")) || (data15 === "ramp")) || (data15 === "guiding-block")) || (data15 === "accessible-parking")) || (data15 === "elevator")) || (data15 === "complaint-desk")) || (data15 === "prayer-room")) || (data15 === "first-aid")) || (data15 === "cctv")) || (data15 === "self-service-kiosk")) || (data15 === "waiting-area")) || (data15 === "signage")) || (data15 === "braille-information")) || (data15 === "sign-language-service"))){
const err21 = {instancePath:instancePath+"/facilities/" + i3,schemaPath:"#/$defs/facility/enum",keyword:"enum",params:{allowedValues: schema91.enum}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i4 = data14.length;
let j0;
if(i4 > 1){
outer0:
for(;i4--;){
for(j0 = i4; j0--;){
if(func0(data14[i4], data14[j0])){
const err22 = {instancePath:instancePath+"/facilities",schemaPath:"#/properties/facilities/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/facilities",schemaPath:"#/properties/facilities/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

