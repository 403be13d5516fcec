import { TextParts } from '../render/text-parts.js';
import { yamlMapPieces } from '../render/yaml-parts.js';
import checklistSchema from '../../schemas/checklist.schema.json' with { type: 'json' };
import type { ChecklistFile } from '../generated/checklist.types.js';

/** The checklist output schema, for a deployment to ship beside `checklist/checklist.yaml`. */
export const CHECKLIST_SCHEMA = checklistSchema;

/** Where checklist/checklist.yaml finds its schema in a deployment folder. */
export const DEFAULT_CHECKLIST_SCHEMA_REF = '../schemas/checklist.schema.json';

/**
 * `checklist.yaml`: the structured checklist written by the serializer, with the editor's schema
 * line first. The region edits `status`, `notes` and its evidence, the reviewer `reviewerStatus` and
 * `reviewerNote`; a re-run keeps them, and merges any other edit with the kit's changes (by item id).
 */
export function renderChecklistYaml(checklist: ChecklistFile, schemaRef: string = DEFAULT_CHECKLIST_SCHEMA_REF): string {
  return renderChecklistYamlParts(checklist, schemaRef).text();
}

/** The same text in pieces, one per item (see TextParts): a large region's checklist is tens of MB. */
export function renderChecklistYamlParts(checklist: ChecklistFile, schemaRef: string = DEFAULT_CHECKLIST_SCHEMA_REF): TextParts {
  const ref = schemaRef.replace(/[\r\n]+/g, ' ');
  const header = [
    `# yaml-language-server: $schema=${ref}`,
    '# Isi `status` (belum | proses | selesai | tidak-berlaku), `notes` dan `evidenceProvided` (files: berkas di folder ini, urls, note, date);',
    '# pemeriksa mengisi `reviewerStatus` (sesuai | perlu-perbaikan | tidak-sesuai) dan `reviewerNote`. Semuanya dipertahankan saat generator dijalankan ulang;',
    '# suntingan lain digabung dengan perubahan kit per butir (mpp upgrade).',
    '# Fill in `status` (belum | proses | selesai | tidak-berlaku), `notes` and `evidenceProvided` (files: paths in this folder, urls, note, date);',
    '# the reviewer fills in `reviewerStatus` (sesuai | perlu-perbaikan | tidak-sesuai) and `reviewerNote`. All are kept when the generator runs again;',
    '# other edits are merged with the kit\'s changes item by item (mpp upgrade).',
  ].join('\n');
  return new TextParts(function* () {
    yield `${header}\n`;
    yield* yamlMapPieces(checklist as unknown as Record<string, unknown>, 'items', { lineWidth: 0, version: '1.2' });
  });
}
