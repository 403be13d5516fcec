import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { fieldSchema, describe } from '../interview/fields.js';
import { COLLECTION, type ItemKind } from './kinds.js';

/**
 * The fields an item file must (or, for derived ones, may) give, with their description, for the
 * "missing" error of a run without a terminal. `id` is derived from the name when absent.
 */
export function itemFields(kind: ItemKind, lang: Lang): Array<{ path: string; description: string }> {
  const collection = COLLECTION[kind];
  const required: Record<ItemKind, string[]> = {
    agency: ['name'],
    service: ['agency', 'name'],
    counter: ['id', 'agency', 'services'],
  };
  const fields = required[kind].map((key) => ({ path: key, description: describe(fieldSchema(`${collection}.${key}`), lang) }));
  if (kind === 'agency') fields.push({ path: 'services', description: t(lang, 'grow.field.services') });
  return fields;
}
