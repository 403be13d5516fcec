import type { RegionAnswers } from '../../src/generated/region.types.js';
import type { ValidRegion } from '../../src/config/valid-region.js';
import { validateRegion } from '../../src/config/load.js';

/** Answers with only what the issue calls the minimum: region, MPP name and organiser, agency names, services by name and agency. */
export function minimumAnswers(): RegionAnswers {
  return {
    schemaVersion: 1,
    region: { name: 'Contoh Raya', kind: 'kota', province: 'Jawa Barat' },
    mpp: { name: 'MPP Kota Contoh Raya', organiser: 'DPMPTSP Kota Contoh Raya' },
    agencies: [
      { name: 'Dinas Kependudukan dan Pencatatan Sipil' },
      { name: 'Samsat Contoh Raya' },
      { name: 'Kantor Imigrasi Kelas I' },
      { name: 'BPJS Kesehatan' },
      { name: 'Perumda Tirta Contoh' },
      { name: 'Lembaga Tanpa Kata Kunci' },
    ],
    services: [
      { name: 'Perekaman KTP-el', agency: 'Dinas Kependudukan dan Pencatatan Sipil' },
      { name: 'Cetak ulang KTP-el rusak', agency: 'Dinas Kependudukan dan Pencatatan Sipil' },
      { name: 'Kartu Keluarga', agency: 'dinas-kependudukan-dan-pencatatan-sipil' },
      { name: 'Pembayaran PKB tahunan', agency: 'Samsat Contoh Raya' },
      { name: 'Paspor baru', agency: 'Kantor Imigrasi Kelas I' },
      { name: 'Konsultasi khusus', agency: 'Lembaga Tanpa Kata Kunci' },
    ],
  };
}

/** Validated answers (ids derived); throws on invalid input. */
export function valid(answers: RegionAnswers): ValidRegion {
  const result = validateRegion(answers, { lang: 'en' });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}
