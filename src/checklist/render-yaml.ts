import { stringify } from 'yaml';
import type { ChecklistFile } from '../generated/checklist.types.js';

/** Where checklist/checklist.yaml finds its schema in a deployment folder. */
export const DEFAULT_CHECKLIST_SCHEMA_REF = '../schemas/checklist.schema.json';

/**
 * `checklist.yaml`: the structured checklist written by the serializer, with the editor's schema
 * line first. The region edits `status` and `notes`; a re-run keeps them.
 */
export function renderChecklistYaml(checklist: ChecklistFile, schemaRef: string = DEFAULT_CHECKLIST_SCHEMA_REF): string {
  const ref = schemaRef.replace(/[\r\n]+/g, ' ');
  const header = [
    `# yaml-language-server: $schema=${ref}`,
    '# Ubah hanya `status` (belum | proses | selesai | tidak-berlaku), `notes` dan `evidenceProvided` (files: berkas di folder ini, urls, note, date);',
    '# pemeriksa mengisi `reviewerStatus` (sesuai | perlu-perbaikan | tidak-sesuai) dan `reviewerNote`. Semuanya dipertahankan saat generator dijalankan ulang.',
    '# Edit only `status` (belum | proses | selesai | tidak-berlaku), `notes` and `evidenceProvided` (files: paths in this folder, urls, note, date);',
    '# the reviewer fills in `reviewerStatus` (sesuai | perlu-perbaikan | tidak-sesuai) and `reviewerNote`. All are kept when the generator runs again.',
  ].join('\n');
  return `${header}\n${stringify(checklist, { lineWidth: 0, version: '1.2' })}`;
}
