import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { InputError } from '../config/errors.js';
import { REGION_FIELDS, type SchemaFields } from '../config/schema-fields.js';
import { COLLECTION, type ItemKind } from './kinds.js';

export interface ItemField {
  path: string;
  description: string;
}

/**
 * The fields an item file must give, with their description, for the "missing" error of a run without
 * a terminal: the item's required fields in the schema (those required only when another is absent
 * say so), without the `id` that addItem derives from a `name`, and without what the enclosing item
 * gives (`agency` of an agency's own services). An agency brings at least one service.
 */
export function itemFields(kind: ItemKind, lang: Lang, fields: SchemaFields = REGION_FIELDS, given: readonly string[] = []): ItemField[] {
  const item = fields.itemsOf(fields.get(COLLECTION[kind]));
  const properties = item ? fields.propertiesOf(item) : [];
  const derived = properties.some((p) => p.key === 'name') ? ['id'] : [];
  const out = properties
    .filter((p) => (p.required || p.condition !== null) && !derived.includes(p.key) && !given.includes(p.key))
    .map((p) => ({
      path: p.key,
      description: p.condition?.kind === 'absent' ? t(lang, 'grow.field.unless', { description: p.description[lang], field: p.condition.field }) : p.description[lang],
    }));
  if (kind === 'agency') {
    const serviceFields = itemFields('service', lang, fields, ['agency']).map((f) => f.path).join(', ');
    out.push({ path: 'services', description: t(lang, 'grow.field.services', { fields: serviceFields }) });
  }
  return out;
}

/** No terminal to ask and no item file: the error listing what an item file of this kind must give. */
export function missingItemError(kind: ItemKind, lang: Lang): InputError {
  const fields = itemFields(kind, lang);
  const missing = fields.map((f) => ({ path: f.path, code: 'missing', message: f.description }));
  return new InputError(missing, `${t(lang, 'grow.itemMissing', { kind: t(lang, `grow.kind.${kind}`) })}\n${fields.map((f) => `  - ${f.path}: ${f.description}`).join('\n')}`);
}
