import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadRegionText } from '../../src/config/load.js';
import type { RegionAnswers, Standard } from '../../src/generated/region.types.js';
import { sizeCounters } from '../../src/layout/sizing.js';
import type { ValidRegion } from '../../src/config/valid-region.js';
import type { CompletedRegion } from '../../src/config/completed-region.js';
import { done } from '../helpers/complete.js';
import type { ChecklistFile, Item } from '../../src/generated/checklist.types.js';

export const root = join(import.meta.dirname, '..', '..');

/** Validated and normalized answers (as the CLI sees them) from YAML text. */
export function answers(text: string): ValidRegion {
  const result = loadRegionText(text, { lang: 'en' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

/** Answers as the review reads them: validated and completed. */
export function load(text: string): CompletedRegion {
  return done(answers(text));
}

export function loadFile(relPath: string): CompletedRegion {
  return load(readFileSync(join(root, relPath), 'utf8'));
}

export function minimalRaw(): RegionAnswers {
  return parse(readFileSync(join(root, 'test/fixtures/minimal.yaml'), 'utf8')) as RegionAnswers;
}

/** All 14 Standar Pelayanan components filled in (illustrative texts). */
export function fullStandard(): Standard {
  return {
    requirements: ['Kartu Keluarga'],
    procedure: ['Ambil nomor antrean', 'Serahkan berkas di loket'],
    completionTime: '1 hari kerja',
    fee: { amount: 0 },
    product: 'Dokumen',
    complaints: 'SP4N-LAPOR! dan meja pengaduan',
    legalBasis: ['UU 25/2009'],
    facilities: 'Loket, ruang tunggu',
    staffCompetence: 'Petugas terlatih',
    internalSupervision: 'Kepala dinas',
    staffCount: 2,
    serviceGuarantee: 'Maklumat pelayanan',
    securityGuarantee: 'Data pemohon dijaga kerahasiaannya',
    performanceEvaluation: 'Evaluasi setiap triwulan',
  };
}

/**
 * The minimal fixture made complete: every component, every checked facility, confirmed agencies,
 * SP4N-LAPOR!, an online service (ktp-el, 150 visitors a day), and each agency's planned counters equal to the Erlang C need.
 */
export function completeRegion(): ValidRegion {
  const region = minimalRaw();
  // ktp-el busier than in the fixture (150 a day), so one counter short of the need still keeps up with the load.
  region.services = region.services.map((s, i) => ({ ...s, standard: fullStandard(), ...(i === 0 ? { online: true, visitorsPerDay: 150 } : {}) }));
  region.facilities = ['information-desk', 'ticket-kiosk', 'priority-counter', 'lactation-room', 'children-corner', 'accessible-toilet', 'wheelchair', 'ramp', 'guiding-block', 'accessible-parking', 'complaint-desk', 'braille-information', 'sign-language-service'];
  region.mpp.complaintChannels = [{ kind: 'sp4n-lapor' }, { kind: 'desk' }];
  const normalized = load(JSON.stringify(region));
  const sizing = sizeCounters(normalized);
  region.agencies = region.agencies.map((a, i) => ({ ...a, plannedCounters: sizing.agencies[i].neededCounters }));
  return answers(JSON.stringify(region));
}

/** Names that break careless rendering in every format. */
export const HOSTILE = {
  region: '<script>alert(1)</script> {x} `y` | # z',
  agency: '<Dinas {A}> & "Co" </svg> --- = + - @',
  service: '# Heading | pipe {{ctx}} <b>bold</b> [link](http://x)',
};

function item(id: string, phase: Item['phase'], blocksLaunch: boolean, status: Item['status'], applies = true): Item {
  return {
    id,
    phase,
    title: { id: `Judul ${id}`, en: `Title ${id}` },
    explanation: { id: 'Penjelasan', en: 'Explanation' },
    legalBasis: [{ rule: 'perpres-89-2021', citation: 'Perpres 89/2021', title: 'Penyelenggaraan Mal Pelayanan Publik', status: 'in-force' }],
    ownerRole: { id: 'DPMPTSP', en: 'DPMPTSP' },
    evidence: { id: 'Dokumen yang ditandatangani', en: 'Signed document' },
    blocksLaunch,
    dueWeeksBefore: 10,
    applies,
    status,
  };
}

/** A schema-valid checklist for the minimal region: statuses chosen to exercise every rule. */
export function checklistFor(slug = 'contoh'): ChecklistFile {
  return {
    schemaVersion: 1,
    region: { name: 'Contoh', kind: 'kabupaten', slug, mpp: 'Mal Pelayanan Publik Kabupaten Contoh', organiser: 'DPMPTSP' },
    launchDate: '2027-03-01',
    phases: [{ id: 'kelembagaan-regulasi', title: { id: 'Kelembagaan dan regulasi', en: 'Institutions and regulation' } }],
    items: [
      item('tim-kerja', 'kelembagaan-regulasi', true, 'selesai'),
      item('perkada-mpp', 'kelembagaan-regulasi', true, 'proses'),
      item('mou-instansi/dukcapil', 'kerja-sama-instansi', false, 'belum'),
      item('instansi-pusat-bumn', 'kerja-sama-instansi', false, 'tidak-berlaku'),
      item('gedung', 'infrastruktur-interior', true, 'belum'),
      item('skm-elektronik', 'sistem-informasi', false, 'belum'),
      item('pelatihan-pelayanan-prima', 'sumber-daya-manusia', true, 'belum', false),
    ],
  };
}
