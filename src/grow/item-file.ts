import type { Result } from '../config/errors.js';
import { parseAnswersText, type LoadOptions } from '../config/load.js';
import { readTextFile, type ReadOptions } from '../config/read-file.js';
import type { YamlSource } from '../config/yaml-source.js';
import type { Item } from './kinds.js';

export interface ParsedItem {
  item: Item;
  /** The item file's parsed source (absent for an item asked in the interview). */
  source?: YamlSource;
}

/** The text of an item file (YAML holding one agency, service or counter) -> the item, or located issues. */
export function parseItemText(text: string, options: LoadOptions): Result<ParsedItem> {
  const parsed = parseAnswersText(text, options);
  if (!parsed.ok) return parsed;
  return { ok: true, value: { item: parsed.value.data as Item, source: parsed.value.source } };
}

/** An item file read and parsed (missing, unreadable or broken: located issues). */
export function parseItemFile(file: string, options: ReadOptions): Result<ParsedItem> {
  const text = readTextFile(file, options);
  return text.ok ? parseItemText(text.value, { lang: options.lang, file: options.shownAs ?? file }) : text;
}
