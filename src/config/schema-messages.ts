import type { ErrorObject } from 'ajv';
import localizeModule from 'ajv-i18n';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';

const localize = localizeModule as unknown as Record<Lang, (errors?: ErrorObject[] | null) => void>;

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

/** Turns ajv errors into located, localized messages. */
export function describeSchemaErrors(errors: ErrorObject[], lang: Lang): SchemaErrorTarget[] {
  const copies = errors.filter((e) => !isNoise(e)).map((e) => ({ ...e }));
  localize[lang](copies);
  const seen = new Set<string>();
  const out: SchemaErrorTarget[] = [];
  for (const error of copies) {
    const segments = pointerSegments(error.instancePath);
    let atKey = false;
    let message = error.message ?? error.keyword;
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required') {
      const key = String(params.missingProperty);
      segments.push(key);
      message = t(lang, 'schema.missingKey', { key });
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
      if (error.schemaPath.startsWith('#/$defs/id/')) message = t(lang, 'schema.pattern.id');
      else if (error.schemaPath.startsWith('#/$defs/time/')) message = t(lang, 'schema.pattern.time');
      else if (/^#\/\$defs\/(text|longText)\//.test(error.schemaPath)) message = t(lang, 'schema.pattern.text');
    }
    const signature = `${segments.join('/')}|${message}`;
    if (seen.has(signature)) continue;
    seen.add(signature);
    out.push({ segments, atKey, message, code: `schema-${error.keyword}` });
  }
  return out;
}
