import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Agency, Service } from '../generated/region.types.js';
import type { Localized } from '../i18n/types.js';
import { dataDir } from '../paths.js';

/** One entry of `data/typical-agencies.yaml`: an agency common in MPPs, with typical services. */
export interface TypicalAgency {
  id: string;
  name: Localized;
  shortName?: string;
  kind: Agency['kind'];
  defaultCounters: number;
  services: Array<{
    id: string;
    name: Localized;
    category?: Service['category'];
    handlingMinutes: number;
    visitorsPerDay: number;
  }>;
}

/** The typical agencies the interview offers (`data/typical-agencies.yaml`); none when the file is absent. */
export function typicalAgencies(): TypicalAgency[] {
  const path = join(dataDir, 'typical-agencies.yaml');
  if (!existsSync(path)) return [];
  const data = parse(readFileSync(path, 'utf8')) as { agencies?: TypicalAgency[] } | TypicalAgency[];
  return Array.isArray(data) ? data : (data.agencies ?? []);
}
