import { parseChecklistYaml } from '../checklist/parse.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import type { LoadOptions } from '../config/load.js';
import { isInputError, type Result } from '../config/errors.js';
import { locate, parseYamlSource } from '../config/yaml-source.js';
import type { ValidRegion } from '../config/valid-region.js';
import { t } from '../i18n/catalogue.js';

/**
 * Text of a deployment's `checklist/checklist.yaml` -> the checklist, or issues with line and column.
 * Reading and validation are the checklist's own (`parseChecklistYaml`, the same the generator uses);
 * when `region` is given, the checklist must also be that region's.
 */
export function parseChecklistText(text: string, options: LoadOptions, region?: ValidRegion): Result<ChecklistFile> {
  let data: ChecklistFile;
  try {
    data = parseChecklistYaml(text, options.file, options.lang);
  } catch (error) {
    if (isInputError(error)) return { ok: false, issues: error.issues };
    throw error;
  }
  if (region && data.region.slug !== region.region.slug) {
    const pos = locate(parseYamlSource(text), ['region', 'slug']);
    return {
      ok: false,
      issues: [{ path: 'region.slug', file: options.file, line: pos?.line, column: pos?.column, code: 'checklist-region-mismatch', message: t(options.lang, 'review.cli.checklistMismatch', { checklist: data.region.slug, region: region.region.slug }) }],
    };
  }
  return { ok: true, value: data };
}
