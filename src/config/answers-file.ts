import type { ValidRegion } from './valid-region.js';
import type { Result } from './errors.js';
import { loadRegionText, parseAnswersText } from './load.js';
import { readTextFile, type ReadOptions } from './read-file.js';
import type { YamlSource } from './yaml-source.js';

/** An answers file read and parsed, not validated (the command validates what it makes of it, once). */
export interface ParsedAnswers {
  data: unknown;
  source: YamlSource;
  /** The file as shown in messages. */
  file: string;
}

/** An answers file (`mpp.yaml`) -> a validated, normalized region, or every issue with line and column. */
export function loadAnswersFile(file: string, options: ReadOptions): Result<ValidRegion> {
  const shown = options.shownAs ?? file;
  const text = readTextFile(file, options);
  return text.ok ? loadRegionText(text.value, { lang: options.lang, file: shown }) : text;
}

/** An answers file read and parsed (YAML errors located), for a command that grows or shrinks it. */
export function parseAnswersFile(file: string, options: ReadOptions): Result<ParsedAnswers> {
  const shown = options.shownAs ?? file;
  const text = readTextFile(file, options);
  const parsed = text.ok ? parseAnswersText(text.value, { lang: options.lang, file: shown }) : text;
  return parsed.ok ? { ok: true, value: { data: parsed.value.data, source: parsed.value.source, file: shown } } : parsed;
}
