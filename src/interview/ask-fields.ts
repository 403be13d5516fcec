import type { Lang } from '../i18n/types.js';
import type { SchemaField, SchemaFields } from '../config/schema-fields.js';
import { askField, isQuestionField, questionName, type Ask, type Choice } from './questions.js';

/** A plain object of answers being put together. */
export type Answers = Record<string, unknown>;

export interface AskFieldsOptions {
  /** Values already known (given by the caller or asked in its own way): not asked again. */
  given?: Answers;
  /** Fields the caller derives afterwards (an id from the name): not asked. */
  derived?: readonly string[];
  /**
   * The answer offered for a field, computed from what is known: `answers` is the object being asked,
   * `root` the outermost one (for a section, the whole answers so far).
   */
  suggest?: (field: SchemaField, answers: Answers, root: Answers) => unknown;
  /** Choices the data gives, by key (the region's agencies, floors, ...). */
  choices?: Record<string, Choice[]>;
  /**
   * The name of the item a field's question is about (`answers`: the object's answers so far), so
   * that the question names it: "Jumlah loket untuk Disdukcapil?". Undefined: the plain question.
   */
  item?: (field: SchemaField, answers: Answers) => string | undefined;
  /** Question name of a field (default: from its path, `agencies_name`). */
  nameOf?: (field: SchemaField) => string;
  /**
   * Steps that fill a field their own way (a list of objects, a fixed starting value), by field path.
   * A step gets the answers so far and returns the field's value (undefined: leave it out).
   */
  steps?: Record<string, (field: SchemaField, answers: Answers, root: Answers) => Promise<unknown>>;
}

/**
 * Which fields are asked: every field carrying a question (`x-prompt`) and every required one, in the
 * schema's order, so that a field added to the schema with a prompt is asked without touching this
 * code, and a required one is never left for the validator to refuse. Objects are asked field by field.
 */
export function isAsked(field: SchemaField, fields: SchemaFields): boolean {
  // What the kit writes itself (generatedBy) is never asked.
  if (field.readOnly) return false;
  if (field.kind === 'const') return true;
  // An optional group (shared payment counters, an old office) is asked only when one of its fields
  // carries a question; its fields required within it do not make the whole group a question.
  if (field.kind === 'object') return fields.propertiesOf(field).some((child) => (field.required === true ? isAsked(child, fields) : hasPrompt(child, fields)));
  return isQuestionField(field, fields) && (field.prompt !== undefined || field.required === true);
}

function hasPrompt(field: SchemaField, fields: SchemaFields): boolean {
  if (field.kind === 'object') return fields.propertiesOf(field).some((child) => hasPrompt(child, fields));
  return field.prompt !== undefined && isQuestionField(field, fields);
}

/** Asks the fields of an object (an item, a section, the whole answers) and returns the object. */
export async function askFields(ask: Ask, fields: SchemaFields, object: SchemaField, lang: Lang, options: AskFieldsOptions = {}, root?: Answers): Promise<Answers> {
  const answers: Answers = { ...(options.given ?? {}) };
  const top = root ?? answers;
  for (const field of fields.propertiesOf(object)) {
    if (field.key in answers || options.derived?.includes(field.key)) continue;
    const step = options.steps?.[field.path];
    let value: unknown;
    if (step) value = await step(field, answers, top);
    else if (field.kind === 'const') value = field.const;
    else if (field.kind === 'object') {
      if (!isAsked(field, fields)) continue;
      const nested = await askFields(ask, fields, field, lang, { ...options, given: undefined, derived: undefined }, top);
      value = Object.keys(nested).length > 0 ? nested : undefined;
    } else if (isAsked(field, fields) || options.choices?.[field.key] !== undefined) {
      value = await askField(ask, field, fields, lang, {
        name: options.nameOf?.(field) ?? questionName(field.path),
        default: options.suggest?.(field, answers, top),
        choices: options.choices?.[field.key],
        item: options.item?.(field, answers),
      });
    }
    if (value !== undefined) answers[field.key] = value;
  }
  return answers;
}
