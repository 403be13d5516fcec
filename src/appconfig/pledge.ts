import type { CompletedRegion } from '../config/completed-region.js';
import type { AppConfig } from '../generated/app-config.types.js';
import { both } from './localize.js';

/** The maklumat pelayanan (service pledge) naming the MPP, in id and en. */
export function planPledge(region: Pick<CompletedRegion, 'mpp'>): AppConfig['pledge'] {
  return {
    title: both('appconfig.pledge.title', { mpp: region.mpp.name }),
    text: both('appconfig.pledge.text', { mpp: region.mpp.name }),
  };
}
