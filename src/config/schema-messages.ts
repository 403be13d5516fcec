import type { ErrorObject } from 'ajv';
import { createRequire } from 'node:module';
import type { Lang } from '../i18n/types.js';
import { lookup, t } from '../i18n/catalogue.js';
import { REGION_FIELDS, type FieldCondition } from './schema-fields.js';

const require = createRequire(import.meta.url);
type Localize = (errors?: ErrorObject[] | null) => void;
/**
 * ajv-i18n's messages in the run's language, loaded only when there are errors to word (a valid file
 * never loads them), and only that language (its index loads some thirty).
 */
const LOCALIZE_MODULES: Record<Lang, string> = { en: 'ajv-i18n/localize/en/index.js', id: 'ajv-i18n/localize/id/index.js' };
const localize = (lang: Lang): Localize => require(LOCALIZE_MODULES[lang]) as Localize;

/** Where an ajv error points: the path segments and whether it names a key rather than a value. */
export interface SchemaErrorTarget {
  segments: Array<string | number>;
  atKey: boolean;
  message: string;
  code: string;
}

function pointerSegments(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** ajv errors that only restate another error (an `if` failing because its `then` failed). */
function isNoise(error: ErrorObject): boolean {
  return error.keyword === 'if';
}

/** The schema field of a value's location: `services/3/handlingMinutes` -> `services[].handlingMinutes`. */
const fieldPath = (segments: ReadonlyArray<string | number>): string =>
  segments.reduce<string>((path, s) => (typeof s === 'number' ? `${path}[]` : path ? `${path}.${s}` : s), '');

/** When `key` of the object at `segments` is required only under a condition, that condition. */
function conditionOf(segments: ReadonlyArray<string | number>, key: string): FieldCondition | undefined {
  const object = REGION_FIELDS.find(fieldPath(segments));
  return object ? (REGION_FIELDS.propertiesOf(object).find((f) => f.key === key)?.condition ?? undefined) : undefined;
}

/**
 * A pattern's message: the catalogue's `schema.pattern.<definition>` for a pattern of a shared
 * definition (`id`, `time`, `text`), else what the field is, from its description.
 */
function patternMessage(schemaPath: string, segments: ReadonlyArray<string | number>, lang: Lang): string | undefined {
  const definition = /^#\/\$defs\/([^/]+)\/pattern$/.exec(schemaPath)?.[1];
  const shared = definition ? lookup(`schema.pattern.${definition}`) : undefined;
  if (shared) return shared[lang];
  const field = REGION_FIELDS.find(fieldPath(segments));
  // A field with a pattern of its own may have its own message, keyed by the field's name.
  const own = field ? lookup(`schema.pattern.${field.key}`) : undefined;
  if (own) return own[lang];
  return field ? t(lang, 'schema.pattern.described', { description: field.description[lang] }) : undefined;
}

/** Turns ajv errors into located, localized messages. */
export function describeSchemaErrors(errors: ErrorObject[], lang: Lang): SchemaErrorTarget[] {
  const copies = errors.filter((e) => !isNoise(e)).map((e) => ({ ...e }));
  localize(lang)(copies);
  const seen = new Set<string>();
  const out: SchemaErrorTarget[] = [];
  for (const error of copies) {
    const segments = pointerSegments(error.instancePath);
    let atKey = false;
    let message = error.message ?? error.keyword;
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required') {
      const key = String(params.missingProperty);
      const condition = conditionOf(segments, key);
      segments.push(key);
      message = condition?.kind === 'absent' ? t(lang, 'schema.requiredUnless', { key, other: condition.field })
        : condition?.kind === 'present' ? t(lang, 'schema.requiredWith', { key, other: condition.field })
        : t(lang, 'schema.missingKey', { key });
    } else if (error.keyword === 'additionalProperties') {
      const key = String(params.additionalProperty);
      segments.push(key);
      atKey = true;
      message = t(lang, 'schema.unknownKey', { key });
    } else if (error.keyword === 'enum') {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      message = t(lang, 'schema.enum', { message, allowed });
    } else if (error.keyword === 'const') {
      message = `${message}: ${JSON.stringify(params.allowedValue)}`;
    } else if (error.keyword === 'pattern') {
      message = patternMessage(error.schemaPath, segments, lang) ?? message;
    }
    const signature = `${segments.join('/')}|${message}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push({ segments, atKey, message, code: `schema-${error.keyword}` });
  }
  return out;
}
