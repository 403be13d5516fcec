import { both, type MessageKey } from '../i18n/catalogue.js';
import type { Localized } from '../i18n/types.js';

/** A catalogue message in both languages (the review keeps both, renderers pick one). */
export const localized = both;

export function facilityLabel(facility: string): Localized {
  return localized(`facility.${facility}` as MessageKey);
}
