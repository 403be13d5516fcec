import { stringify } from 'yaml';
import type { RegionAnswers } from '../generated/region.types.js';

/** The normalized answers as `mpp.yaml`, with a schema line so editors autocomplete. */
export function renderAnswersYaml(region: RegionAnswers, schemaPath: string): string {
  const header = `# yaml-language-server: $schema=${schemaPath}\n# mpp-kit: jawaban daerah (dinormalisasi) / region answers (normalized)\n`;
  return header + stringify(region, { lineWidth: 0, indent: 2, aliasDuplicateObjects: false });
}
