import { isMap } from 'yaml';
import { InputError, formatPath, type InputIssue } from '../config/errors.js';
import { describeSchemaErrors } from '../config/schema-messages.js';
import { locate, offsetPosition, parseYamlSource } from '../config/yaml-source.js';
import { t } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/types.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import { precompiled } from '../config/precompiled.js';
import { validate as checklistValidator } from '../generated/checklist.validator.js';

function fail(issues: InputIssue[], lang: Lang): never {
  const hint = t(lang, 'checklist.error.hint');
  throw new InputError(issues.map((issue) => ({ ...issue, message: `${issue.message}. ${hint}` })));
}

/**
 * Reads an existing `checklist/checklist.yaml` (the region's statuses and notes). A file that is not
 * YAML, not a checklist, or not valid against schemas/checklist.schema.json throws an InputError
 * naming the field path and line:column, so that a re-run stops instead of overwriting it.
 */
export function parseChecklistYaml(text: string, file?: string, lang: Lang = 'id'): ChecklistFile {
  const where = file === undefined ? {} : { file };
  const source = parseYamlSource(text);
  if (source.doc.errors.length > 0) {
    fail(
      source.doc.errors.map((error) => {
        const { line, column } = offsetPosition(source, error.pos[0]);
        return { path: '', ...where, line, column, code: 'yaml-syntax', message: t(lang, 'checklist.error.yaml', { message: error.message.split('\n')[0] }) };
      }),
      lang,
    );
  }
  if (!isMap(source.doc.contents)) {
    fail([{ path: '', ...where, line: 1, column: 1, code: 'checklist-empty', message: t(lang, 'checklist.error.empty') }], lang);
  }
  const data: unknown = source.doc.toJS();
  const validate = precompiled<ChecklistFile>(checklistValidator);
  if (!validate(data)) {
    fail(
      describeSchemaErrors(validate.errors ?? [], lang).map((target) => {
        const position = locate(source, target.segments, target.atKey);
        return { path: formatPath(target.segments), ...where, ...position, code: target.code, message: target.message };
      }),
      lang,
    );
  }
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  data.items.forEach((item, index) => {
    if (seen.has(item.id)) {
      const segments = ['items', index, 'id'];
      issues.push({ path: formatPath(segments), ...where, ...locate(source, segments), code: 'duplicate-id', message: t(lang, 'checklist.error.duplicateId', { id: item.id }) });
    }
    seen.add(item.id);
  });
  if (issues.length > 0) fail(issues, lang);
  // `notes:` (or another note) left empty by hand reads as null: treat it as no note.
  for (const item of data.items) {
    if (item.notes === null) delete item.notes;
    if (item.reviewerNote === null) delete item.reviewerNote;
    if (item.evidenceProvided?.note === null) delete item.evidenceProvided.note;
  }
  return data;
}
