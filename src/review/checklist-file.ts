import type { ValidateFunction } from 'ajv';
import checklistSchema from '../../schemas/checklist.schema.json' with { type: 'json' };
import { createAjv } from '../config/ajv.js';
import { parseAnswersText, type LoadOptions } from '../config/load.js';
import { describeSchemaErrors } from '../config/schema-messages.js';
import { locate } from '../config/yaml-source.js';
import { formatPath, type InputIssue, type Result } from '../config/errors.js';
import { t } from '../i18n/catalogue.js';
import type { ChecklistFile } from '../checklist/checklist.types.js';
import type { RegionAnswers } from '../config/region.types.js';

let validator: ValidateFunction<ChecklistFile> | undefined;

/**
 * Text of a deployment's `checklist/checklist.yaml` -> the checklist, or issues with line and column
 * (same YAML limits as answers files). When `region` is given, the checklist must be that region's.
 */
export function parseChecklistText(text: string, options: LoadOptions, region?: RegionAnswers): Result<ChecklistFile> {
  const parsed = parseAnswersText(text, options);
  if (!parsed.ok) return parsed;
  validator ??= createAjv().compile<ChecklistFile>(checklistSchema);
  const { data, source } = parsed.value;
  if (!validator(data)) {
    const issues = describeSchemaErrors(validator.errors ?? [], options.lang).map((e): InputIssue => {
      const pos = locate(source, e.segments, e.atKey);
      return { path: formatPath(e.segments), file: options.file, line: pos?.line, column: pos?.column, code: 'checklist-schema', message: t(options.lang, 'review.cli.checklistInvalid', { detail: e.message }) };
    });
    return { ok: false, issues };
  }
  if (region && data.region.slug !== region.region.slug) {
    const pos = locate(source, ['region', 'slug']);
    return {
      ok: false,
      issues: [{ path: 'region.slug', file: options.file, line: pos?.line, column: pos?.column, code: 'checklist-region-mismatch', message: t(options.lang, 'review.cli.checklistMismatch', { checklist: data.region.slug, region: region.region.slug }) }],
    };
  }
  return { ok: true, value: data };
}
