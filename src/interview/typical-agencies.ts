import type { Localized } from '../i18n/types.js';

/** One entry of `data/typical-agencies.yaml`: an agency common in MPPs, with typical services. */
export interface TypicalAgency {
  id: string;
  name: Localized;
  kind: 'opd' | 'instansi-vertikal' | 'bumn' | 'bumd' | 'swasta';
  defaultCounters: number;
  services: Array<{
    id: string;
    name: Localized;
    category?: 'perizinan' | 'non-perizinan';
    handlingMinutes: number;
    visitorsPerDay: number;
  }>;
}
