import type { ValidateFunction } from 'ajv';
import type { Lang } from '../i18n/types.js';
import { lookup, t } from '../i18n/catalogue.js';
import { createAjv } from '../config/ajv.js';
import type { SchemaField, SchemaFields } from '../config/schema-fields.js';
import { toNumber } from './parse.js';

/**
 * Checks one answer of the interview against its field's own schema (the same keywords the validator
 * applies), and says what is wrong in plain words built from the field's type and bounds, so a wrong
 * value is asked again with a message a person understands.
 */

const ajv = createAjv();
const compiled = new WeakMap<SchemaField, ValidateFunction>();

function validatorOf(field: SchemaField, fields: SchemaFields): ValidateFunction {
  let validate = compiled.get(field);
  if (!validate) {
    const { $defs, definitions } = fields.schema;
    validate = ajv.compile({ ...field.raw, ...($defs ? { $defs } : {}), ...(definitions ? { definitions } : {}) });
    compiled.set(field, validate);
  }
  return validate;
}

type Bounds = Pick<SchemaField, 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum'>;

/** `lebih dari 0 dan paling banyak 480` / `greater than 0 and at most 480`, '' without bounds. */
function rangeText(field: Bounds, lang: Lang): string {
  const parts: string[] = [];
  if (field.exclusiveMinimum !== undefined) parts.push(t(lang, 'interview.range.above', { value: field.exclusiveMinimum }));
  else if (field.minimum !== undefined) parts.push(t(lang, 'interview.range.atLeast', { value: field.minimum }));
  if (field.exclusiveMaximum !== undefined) parts.push(t(lang, 'interview.range.below', { value: field.exclusiveMaximum }));
  else if (field.maximum !== undefined) parts.push(t(lang, 'interview.range.atMost', { value: field.maximum }));
  return parts.length > 0 ? ` ${parts.join(t(lang, 'interview.range.and'))}` : '';
}

/** `Masukkan bilangan bulat paling sedikit 1 dan paling banyak 20.`: what a number question accepts. */
export function numberText(kind: 'number' | 'integer', bounds: Bounds, lang: Lang): string {
  return t(lang, kind === 'integer' ? 'interview.invalid.integer' : 'interview.invalid.number', { range: rangeText(bounds, lang) });
}

/**
 * The catalogue's rule for a pattern: of the field itself (`schema.pattern.launchDate`), or of the
 * shared definition it uses (`schema.pattern.time`, `schema.pattern.text`), nearest first.
 */
function patternRule(field: SchemaField, lang: Lang): string | undefined {
  for (const name of [field.key, ...[...field.refs].reverse()]) {
    const rule = lookup(`schema.pattern.${name}`);
    if (rule) return rule[lang];
  }
  return undefined;
}

/** What the field accepts, in one sentence (for a wrong answer): never a schema keyword or a type name. */
export function acceptedText(field: SchemaField, lang: Lang, keyword?: string): string {
  if (field.kind === 'number' || field.kind === 'integer') return numberText(field.kind, field, lang);
  if (keyword === 'maxLength' && field.maxLength !== undefined) return t(lang, 'interview.invalid.maxLength', { max: field.maxLength });
  if (keyword === 'minLength') return t(lang, 'interview.invalid.required');
  if (keyword === 'format' && field.format === 'date') return t(lang, 'interview.invalid.date');
  const rule = keyword === 'pattern' ? patternRule(field, lang) : undefined;
  if (rule) return t(lang, 'interview.invalid.rule', { rule });
  return t(lang, 'interview.invalid.described', { description: field.description[lang] });
}

/** True, or a plain message saying what the field accepts. Empty answers: `required` decides. */
export function checkAnswer(field: SchemaField, fields: SchemaFields, value: unknown, lang: Lang, required: boolean): true | string {
  if (value === undefined || value === '' || (typeof value === 'string' && value.trim() === '')) {
    return required ? t(lang, 'interview.invalid.required') : true;
  }
  const validate = validatorOf(field, fields);
  const candidate = field.kind === 'number' || field.kind === 'integer' ? toNumber(value, lang) : value;
  if (validate(candidate)) return true;
  return acceptedText(field, lang, validate.errors?.[0]?.keyword);
}
