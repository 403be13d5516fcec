import type { ValidRegion } from '../config/valid-region.js';
import type { RegionAnswers } from '../generated/region.types.js';
import { formatPath, type InputIssue, type Result } from '../config/errors.js';
import { validateRegion } from '../config/load.js';
import { withDerivedIds } from '../config/identify.js';
import { locate, type YamlSource } from '../config/yaml-source.js';
import type { Lang } from '../i18n/types.js';
import { addItem, type Addition } from './add.js';
import type { Item, ItemKind } from './kinds.js';
import { pathSegments } from './path-segments.js';

export interface GrowOptions {
  lang: Lang;
  /** Replace an item with the same id instead of reporting a duplicate. */
  replace?: boolean;
  /** The item file's name and parsed source: issues inside the item point there (line, column, item-relative path). */
  itemFile?: string;
  itemSource?: YamlSource;
  /** The answers file's name and source: every other issue points there. */
  regionFile?: string;
  regionSource?: YamlSource;
}

export interface Grown {
  region: ValidRegion;
  /** Identifier of the added (or replaced) item. */
  id: string;
}

/**
 * Adds one item to the answers (as read, or valid) and validates the WHOLE result (schema and cross-reference rules).
 * Issues about the item are given relative to the item (`services[0].handlingMinutes`), located in the
 * item file when its source is known; all issues come at once.
 */
export function growRegion(answers: RegionAnswers, kind: ItemKind, item: Item, options: GrowOptions): Result<Grown> {
  // Identifiers the file leaves out are derived first, so that the new item's id never takes one of them.
  const addition = addItem(withDerivedIds(answers, options.lang), kind, item, { replace: options.replace });
  const result = validateRegion(addition.data, { lang: options.lang, file: options.regionFile });
  if (!result.ok) return { ok: false, issues: result.issues.map((issue) => relocate(issue, addition, options)) };
  return { ok: true, value: { region: result.value, id: addition.id ?? '' } };
}

/** Moves an issue about the item from `agencies[31].name` (answers) to `name` in the item file. */
export function relocate(issue: InputIssue, addition: Addition, options: GrowOptions): InputIssue {
  const segments = pathSegments(issue.path);
  const placement = addition.placements.find((p) => p.collection === segments[0] && p.index === segments[1]);
  if (!placement) {
    const pos = options.regionSource ? locate(options.regionSource, segments) : undefined;
    return { ...issue, file: options.regionFile, line: pos?.line, column: pos?.column };
  }
  const relative = [...placement.itemPath, ...segments.slice(2)];
  // A derived id or agency is not in the file: point at the item itself then.
  const pos = options.itemSource ? locate(options.itemSource, relative) : undefined;
  return { ...issue, path: formatPath(relative), file: options.itemFile, line: pos?.line, column: pos?.column };
}
