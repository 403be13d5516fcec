import type { Localized } from '../types.js';

/** Messages of the floor plan's spaces added with the architect's layout (core, payment) and the rules behind required spaces. */
export const floorplanMessages = {
  'layout.zone.stairs': { id: 'Tangga', en: 'Stairs' },
  'layout.zone.lift': { id: 'Lift', en: 'Lift' },
  'layout.zone.prayer-room': { id: 'Musala', en: 'Prayer room' },
  'layout.zone.first-aid': { id: 'Ruang P3K', en: 'First aid' },
  'layout.zone.payment-counters': { id: 'Loket pembayaran', en: 'Payment counters' },

  'layout.zoneShort.entrance': { id: 'Masuk', en: 'Entry' },
  'layout.zoneShort.information-desk': { id: 'Info', en: 'Info' },
  'layout.zoneShort.ticket-kiosk': { id: 'Tiket', en: 'Tickets' },
  'layout.zoneShort.priority-counter': { id: 'Prior.', en: 'Prior.' },
  'layout.zoneShort.complaint-desk': { id: 'Aduan', en: 'Compl.' },
  'layout.zoneShort.agency-counters': { id: 'Loket', en: 'Counters' },
  'layout.zoneShort.waiting-area': { id: 'Tunggu', en: 'Waiting' },
  'layout.zoneShort.lactation-room': { id: 'Laktasi', en: 'Lactation' },
  'layout.zoneShort.children-corner': { id: 'Anak', en: 'Children' },
  'layout.zoneShort.accessible-toilet': { id: 'WC', en: 'WC' },
  'layout.zoneShort.back-office': { id: 'Back office', en: 'Back office' },
  'layout.zoneShort.circulation': { id: 'Jalur', en: 'Aisle' },
  'layout.zoneShort.stairs': { id: 'Tangga', en: 'Stairs' },
  'layout.zoneShort.lift': { id: 'Lift', en: 'Lift' },
  'layout.zoneShort.prayer-room': { id: 'Musala', en: 'Prayer' },
  'layout.zoneShort.first-aid': { id: 'P3K', en: 'First aid' },
  'layout.zoneShort.payment-counters': { id: 'Bayar', en: 'Pay' },

  'layout.rule.accessibleToilet': { id: 'wajib: PermenPUPR 14/PRT/M/2017, PP 42/2020', en: 'required: PermenPUPR 14/PRT/M/2017, PP 42/2020' },
  'layout.rule.lactation': { id: 'wajib: Permenkes 15/2013 (PP 33/2012)', en: 'required: Permenkes 15/2013 (PP 33/2012)' },
  'layout.rule.priority': { id: 'wajib: perlakuan khusus, UU 25/2009 Pasal 29', en: 'required: special treatment, UU 25/2009 Article 29' },
  'layout.rule.stairs': { id: 'wajib pada gedung bertingkat', en: 'required in a building of several floors' },
  'layout.rule.lift': { id: 'wajib: loket di lantai atas tanpa tangga, PermenPUPR 14/PRT/M/2017', en: 'required: upstairs counters without steps, PermenPUPR 14/PRT/M/2017' },

  'layout.rationale.stairs': { id: 'Tangga 3,0 m x 6,0 m per lantai: dua lengan 1,2 m dan bordes, untuk tinggi lantai 4 m.', en: 'Stairs 3.0 m x 6.0 m per floor: two 1.2 m flights and landings, for a 4 m storey.' },
  'layout.rationale.lift': { id: 'Lift 3,0 m x 2,5 m per lantai: kereta sekitar 1,4 m x 1,4 m untuk kursi roda dan pendamping.', en: 'Lift 3.0 m x 2.5 m per floor: a car of about 1.4 m x 1.4 m for a wheelchair and a companion.' },
  'layout.rationale.prayer': { id: 'Musala 3,0 m x 4,0 m: sekitar 8 orang, tempat sepatu dan akses wudu.', en: 'Prayer room 3.0 m x 4.0 m: about 8 people, shoes and access to ablutions.' },
  'layout.rationale.firstAid': { id: 'Ruang P3K 3,0 m x 3,0 m: dipan, lemari obat dan ruang gerak.', en: 'First-aid room 3.0 m x 3.0 m: a couch, a cabinet and room to work.' },
  'layout.rationale.payment': { id: 'Satu modul loket (2,0 m x 3,0 m) per loket pembayaran.', en: 'One counter module (2.0 m x 3.0 m) per payment counter.' },

  'layout.svg.keys': { id: 'Nomor pada denah', en: 'Numbers on the plan' },
  'layout.svg.required': { id: '* {rule}', en: '* {rule}' },
  'layout.svg.route': { id: 'Jalur aksesibel: pintu masuk / lift → jalur tengah → lorong depan setiap deret loket', en: 'Accessible route: entrance / lift → spine aisle → the aisle in front of every counter row' },
  'layout.md.required': { id: 'wajib menurut aturan: {rule}', en: 'required by a rule: {rule}' },
} satisfies Record<string, Localized>;
