import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { InputError } from '../config/errors.js';
import { REGION_FIELDS, type SchemaFields } from '../config/schema-fields.js';

/** No terminal to ask and no answers given: the error listing every field an answers file must give. */
export function missingAnswersError(lang: Lang, fields: SchemaFields = REGION_FIELDS): InputError {
  const missing = fields.requiredLeaves(fields.root, lang).map((f) => ({ path: f.path, code: 'missing', message: f.description }));
  return new InputError(missing, `${t(lang, 'cli.missingFields')}\n${missing.map((m) => `  - ${m.path}: ${m.message}`).join('\n')}\n${t(lang, 'cli.missingFieldsHint')}`);
}
