import { t, type MessageKey, type Params } from '../i18n/catalogue.js';
import type { Localized } from '../i18n/types.js';

/** A catalogue message in both languages (the review keeps both, renderers pick one). */
export function localized(key: MessageKey, params?: Params): Localized {
  return { id: t('id', key, params), en: t('en', key, params) };
}

export function facilityLabel(facility: string): Localized {
  return localized(`facility.${facility}` as MessageKey);
}
