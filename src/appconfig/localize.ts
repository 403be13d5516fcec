import { t, type MessageKey, type Params } from '../i18n/catalogue.js';
import type { Localized } from '../i18n/types.js';

/** A catalogue message in both languages, for data files that carry {id, en}. */
export function both(key: MessageKey, params?: Params): Localized {
  return { id: t('id', key, params), en: t('en', key, params) };
}
