import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** Annotation keywords the project's schemas carry beside the standard ones. */
export const ANNOTATION_KEYWORDS = ['x-prompt', 'x-description-en', 'x-rationale'] as const;

export interface AjvOptions {
  useDefaults?: boolean;
}

/** An ajv for the project's 2020-12 schemas: strict, all errors, formats, annotation keywords. */
export function createAjv(options: AjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    useDefaults: options.useDefaults ?? false,
    messages: false,
  });
  addFormats(ajv);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['object', 'string'] });
  return ajv;
}
