import type { CompletedRegion } from '../config/completed-region.js';
import type { Lang } from '../i18n/types.js';
import { renderTemplate } from '../render/templates.js';
import type { ChecklistFile } from '../generated/checklist.types.js';
import { checklistDocument } from './document.js';
import { renderChecklistCsv } from './render-csv.js';
import { renderChecklistXlsx } from './render-xlsx.js';
import { DEFAULT_CHECKLIST_SCHEMA_REF, renderChecklistYamlParts } from './render-yaml.js';
import { TextParts } from '../render/text-parts.js';

export interface ChecklistRenderOptions {
  /** `$schema` reference written on the YAML's first line (relative to `checklist/`). */
  schemaRef?: string;
}

/** The Markdown checklist (every value escaped by the template's helpers). */
export function renderChecklistMarkdown(checklist: ChecklistFile, lang: Lang): string {
  return renderTemplate('checklist/checklist.md.hbs', checklistDocument(checklist, lang));
}

/** The standalone, printable (A4) HTML checklist: inline CSS, no external resources. */
export function renderChecklistHtml(checklist: ChecklistFile, lang: Lang): string {
  return renderTemplate('checklist/checklist.html.hbs', checklistDocument(checklist, lang));
}

/**
 * The five checklist files of a deployment, each with the function that renders it, in the order
 * they are written (a caller can keep each one before the next is rendered).
 */
export function checklistFileRenderers(
  checklist: ChecklistFile,
  lang: Lang,
  options: ChecklistRenderOptions = {},
): Array<[string, () => string | TextParts | Promise<Uint8Array>]> {
  return [
    ['checklist/checklist.yaml', () => renderChecklistYamlParts(checklist, options.schemaRef ?? DEFAULT_CHECKLIST_SCHEMA_REF)],
    ['checklist/checklist.md', () => renderChecklistMarkdown(checklist, lang)],
    ['checklist/checklist.html', () => renderChecklistHtml(checklist, lang)],
    ['checklist/checklist.csv', () => renderChecklistCsv(checklist, lang)],
    ['checklist/checklist.xlsx', () => renderChecklistXlsx(checklist, lang)],
  ];
}

/**
 * The five checklist files of a deployment, keyed by path in the deployment folder. `region` is
 * accepted for symmetry with the other renderers; everything shown comes from the checklist itself.
 */
export async function renderChecklistFiles(
  checklist: ChecklistFile,
  region: CompletedRegion,
  lang: Lang,
  options: ChecklistRenderOptions = {},
): Promise<Record<string, string | Uint8Array>> {
  void region;
  const files: Record<string, string | Uint8Array> = {};
  for (const [path, render] of checklistFileRenderers(checklist, lang, options)) {
    const file = await render();
    files[path] = file instanceof TextParts ? file.text() : file;
  }
  return files;
}
