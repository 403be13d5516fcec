import type { ValidRegion } from '../config/valid-region.js';
import type { InputIssue, Result } from '../config/errors.js';
import { validateRegion } from '../config/load.js';
import type { RegionAnswers } from '../generated/region.types.js';
import { locate, type YamlSource } from '../config/yaml-source.js';
import { mergeImported, IMPORTED_COLLECTIONS } from '../grow/merge.js';
import { pathSegments } from '../grow/path-segments.js';
import { withDerivedIds } from '../config/identify.js';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { SHEETS, type Column, type KeyValueSheet, type TableSheet } from './columns.js';
import { cellRef, isEmptyCell, rowRef, type CellValue, type Grid } from './grid.js';
import { findColumn, matchesName } from './headers.js';
import { cellToText, decodeCell } from './cell-decode.js';
import { setPath } from './paths.js';
import { exampleMarkerColumn, isUntouchedExample } from './examples.js';

export interface ImportOptions {
  lang: Lang;
  /** File name shown in issues. */
  file?: string;
  /**
   * Existing answers the sheets' agencies, services and counters go into (same id replaced, new ones
   * appended; everything else of `base` kept). The result is validated once, as a whole.
   */
  base?: RegionAnswers;
  /** Where `base` came from, so that an issue in its part of the result points at its line and column. */
  baseSource?: { file: string; source: YamlSource };
}

/** Issues collected while reading, and where each field of the region came from. */
export class ImportContext {
  readonly issues: InputIssue[] = [];
  /** Field path (`services[2].agency`) -> cell or row reference (`Layanan!B4`). */
  readonly locations = new Map<string, string>();
  constructor(readonly options: ImportOptions) {}

  add(ref: string, code: string, message: string, fieldPath?: string): void {
    const text = fieldPath ? t(this.options.lang, 'sheet.field', { message, path: fieldPath }) : message;
    this.issues.push({ path: ref, file: this.options.file, code, message: text });
  }

  /** The reference of the closest located field at or above `path`. */
  locate(path: string): string {
    let current = path;
    for (;;) {
      const found = this.locations.get(current);
      if (found !== undefined) return found;
      if (current === '') return '';
      current = current.replace(/(\[\d+\]|\.[^.[\]]*|^[^.[\]]+)$/, '');
    }
  }
}

/** One row read from a table sheet: the item and the row it came from. */
export interface RowItem {
  value: unknown;
  row: number;
  /** Field path prefix of the item, e.g. `services[3]` or `mpp.openingHours.monday`. */
  at: string;
}

export function findGrid(grids: readonly Grid[], name: { id: string; en: string }): Grid | undefined {
  return grids.find((grid) => matchesName(grid.name, name));
}

/**
 * Maps header cells to columns; reports unknown, duplicate and missing required columns. `preferred`
 * columns are matched first (and only they must be present: a CSV's agency columns are optional).
 */
export function mapHeader(grid: Grid, columns: readonly Column[], ctx: ImportContext, preferred = (_c: Column) => true): Array<Column | undefined> {
  const header = grid.rows[0] ?? [];
  const seen = new Set<Column>();
  const mapped = header.map((cell, index) => {
    if (isEmptyCell(cell)) return undefined;
    const text = cellToText(cell).trim();
    const column = findColumn(text, columns.filter(preferred), true) ?? findColumn(text, columns, false);
    const ref = cellRef(grid.name, 0, index);
    if (!column) {
      ctx.add(ref, 'sheet-unknown-column', t(ctx.options.lang, 'sheet.unknownColumn', { header: text }));
      return undefined;
    }
    if (seen.has(column)) {
      ctx.add(ref, 'sheet-duplicate-column', t(ctx.options.lang, 'sheet.duplicateColumn', { header: text }));
      return undefined;
    }
    seen.add(column);
    return column;
  });
  for (const column of columns.filter(preferred)) {
    if (column.required && !seen.has(column)) {
      ctx.add(rowRef(grid.name, 0), 'sheet-missing-column', t(ctx.options.lang, 'sheet.missingColumn', { header: column.header[ctx.options.lang] }));
    }
  }
  return mapped;
}

/** Reads the cells of one data row into an object (or the scalar for `path: ''`). */
export function readRow(grid: Grid, rowIndex: number, mapped: Array<Column | undefined>, at: string, ctx: ImportContext): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  const row = grid.rows[rowIndex];
  mapped.forEach((column, index) => {
    if (!column) return;
    const ref = cellRef(grid.name, rowIndex, index);
    const fieldPath = column.path ? `${at}.${column.path}` : at;
    ctx.locations.set(fieldPath, ref);
    const raw = row[index] as CellValue | undefined;
    const decoded = decodeCell(raw, column, ctx.options.lang);
    if (!decoded.ok && column.textFallback && typeof raw === 'string') {
      // A number column that takes text (a fee "as published"): the text goes to its own field, as written.
      ctx.locations.set(`${at}.${column.textFallback}`, ref);
      setPath(item, column.textFallback, cellToText(raw));
    } else if (!decoded.ok) ctx.add(ref, decoded.code, decoded.message, fieldPath);
    else if (decoded.value !== undefined) setPath(item, column.path || '$', decoded.value);
  });
  return item;
}

/**
 * True for a row the template marks as an example (src/spreadsheet/examples.ts): skipped when it still
 * holds the example, reported when someone typed over it (never imported silently, never lost).
 */
export function skipExample(grid: Grid, r: number, mapped: ReadonlyArray<Column | undefined>, ctx: ImportContext): boolean {
  const row = grid.rows[r];
  const marker = exampleMarkerColumn(row);
  if (marker < 0) return false;
  if (!isUntouchedExample(row, mapped)) {
    ctx.add(cellRef(grid.name, r, marker), 'sheet-example-changed', t(ctx.options.lang, 'sheet.exampleChanged', { row: r + 1, cell: cellRef(grid.name, r, marker) }));
  }
  return true;
}

function readTable(grid: Grid, sheet: TableSheet, ctx: ImportContext): RowItem[] {
  const mapped = mapHeader(grid, sheet.columns, ctx);
  const items: RowItem[] = [];
  const dayRows = new Map<string, number>();
  for (let r = 1; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    if (row.every((cell) => isEmptyCell(cell)) || skipExample(grid, r, mapped, ctx)) continue;
    if (sheet.shape === 'byKey') {
      const dayColumn = mapped.findIndex((c) => c?.type === 'day');
      const decodedDay = dayColumn >= 0 ? decodeCell(row[dayColumn], mapped[dayColumn] as Column, ctx.options.lang) : undefined;
      const day = decodedDay?.ok && typeof decodedDay.value === 'string' ? decodedDay.value : undefined;
      if (day === undefined) {
        readRow(grid, r, mapped, `${sheet.collection}.?${r}`, ctx);
        continue;
      }
      if (dayRows.has(day)) {
        ctx.add(cellRef(grid.name, r, dayColumn), 'sheet-duplicate-day', t(ctx.options.lang, 'sheet.duplicateDay', { day: cellToText(row[dayColumn]).trim(), row: (dayRows.get(day) ?? 0) + 1 }));
        continue;
      }
      dayRows.set(day, r);
      const at = `${sheet.collection}.${day}`;
      ctx.locations.set(at, rowRef(grid.name, r));
      const item = readRow(grid, r, mapped.map((c) => (c?.type === 'day' ? undefined : c)), at, ctx);
      ctx.locations.set(`${at}.day`, cellRef(grid.name, r, dayColumn));
      items.push({ value: { day, ...item }, row: r, at });
      continue;
    }
    const at = `${sheet.collection}[${items.length}]`;
    ctx.locations.set(at, rowRef(grid.name, r));
    const item = readRow(grid, r, mapped, at, ctx);
    items.push({ value: sheet.shape === 'scalars' ? item.$ : item, row: r, at });
  }
  return items;
}

function readKeyValue(grid: Grid, sheet: KeyValueSheet, doc: Record<string, unknown>, ctx: ImportContext): void {
  const seen = new Set<Column>();
  for (let r = 1; r < grid.rows.length; r++) {
    const [label, value] = grid.rows[r];
    if (isEmptyCell(label) && isEmptyCell(value)) continue;
    const text = cellToText(label ?? null).trim();
    const field = findColumn(text, sheet.fields);
    if (!field) {
      ctx.add(cellRef(grid.name, r, 0), 'sheet-unknown-field', t(ctx.options.lang, 'sheet.unknownField', { label: text }));
      continue;
    }
    if (seen.has(field)) {
      ctx.add(cellRef(grid.name, r, 0), 'sheet-duplicate-field', t(ctx.options.lang, 'sheet.duplicateField', { label: text }));
      continue;
    }
    seen.add(field);
    const ref = cellRef(grid.name, r, 1);
    ctx.locations.set(field.path, ref);
    const decoded = decodeCell(value ?? null, field, ctx.options.lang);
    if (!decoded.ok) ctx.add(ref, decoded.code, decoded.message, field.path);
    else if (decoded.value !== undefined) setPath(doc, field.path, decoded.value);
  }
}

/** Rows of every table sheet, by collection path. */
export type TableRows = Map<string, { sheet: TableSheet; grid: Grid; items: RowItem[] }>;

/** Reads the sheets into a plain answers object; located issues go to `ctx`. */
export function readGrids(grids: readonly Grid[], ctx: ImportContext): { doc: Record<string, unknown>; tables: TableRows } {
  const doc: Record<string, unknown> = {};
  const tables: TableRows = new Map();
  for (const sheet of SHEETS) {
    const grid = findGrid(grids, sheet.name);
    const sheetName = grid?.name ?? sheet.name[ctx.options.lang];
    if (sheet.kind === 'keyValue') {
      // The objects the sheet's fields sit in (`region`, `mpp.contact`) are located on the sheet too.
      for (const field of sheet.fields) {
        const parts = field.path.split('.');
        for (let n = 0; n < parts.length; n++) ctx.locations.set(parts.slice(0, n).join('.'), sheetName);
      }
      if (grid) readKeyValue(grid, sheet, doc, ctx);
      continue;
    }
    ctx.locations.set(sheet.collection, sheetName);
    if (!grid) continue;
    const items = readTable(grid, sheet, ctx);
    tables.set(sheet.collection, { sheet, grid, items });
    if (items.length === 0) continue;
    if (sheet.shape === 'byKey') {
      const byKey: Record<string, unknown> = {};
      for (const item of items) {
        const { day, ...schedule } = item.value as Record<string, unknown>;
        byKey[day as string] = schedule;
      }
      setPath(doc, sheet.collection, byKey);
    } else setPath(doc, sheet.collection, items.map((item) => item.value));
  }
  if (doc.schemaVersion === undefined) doc.schemaVersion = 1;
  // A list of agencies whose services are not known yet is a valid start: no service rows, no services.
  if (doc.agencies !== undefined && doc.services === undefined) doc.services = [];
  return { doc, tables };
}

/**
 * Validates a read document with the project's validator and locates every issue on a sheet (or, for
 * the part that came from `options.baseSource`, at its line and column there).
 */
export function finishImport(doc: Record<string, unknown>, ctx: ImportContext): Result<ValidRegion> {
  const { lang, file, baseSource } = ctx.options;
  const checked = validateRegion(doc, { lang, file });
  if (!checked.ok) {
    for (const issue of checked.issues) {
      const ref = ctx.locate(issue.path);
      if (ref === '' && baseSource) {
        const pos = locate(baseSource.source, pathSegments(issue.path));
        ctx.issues.push({ ...issue, file: baseSource.file, line: pos?.line, column: pos?.column });
      } else ctx.add(ref, issue.code, issue.message, issue.path);
    }
  }
  if (ctx.issues.length > 0 || !checked.ok) return { ok: false, issues: dedupe(ctx.issues) };
  return { ok: true, value: checked.value };
}

/**
 * The sheets' collections merged into `base`: the read document becomes the merged answers, and the
 * locations of the sheets' items follow them to where they landed; the rest of the result is base's.
 */
function intoBase(doc: Record<string, unknown>, base: RegionAnswers, ctx: ImportContext): Record<string, unknown> {
  // Identifiers left blank are derived from names on both sides first, so a row naming an existing item replaces it.
  const merged = mergeImported(withDerivedIds(base, ctx.options.lang), withDerivedIds(doc as unknown as RegionAnswers, ctx.options.lang));
  const moved = new Map<string, string>();
  for (const [path, ref] of ctx.locations) {
    for (const collection of IMPORTED_COLLECTIONS) {
      const match = new RegExp(`^${collection}\\[(\\d+)\\](.*)$`).exec(path);
      if (match) moved.set(`${collection}[${merged.at[collection][Number(match[1])]}]${match[2]}`, ref);
    }
  }
  ctx.locations.clear();
  ctx.locations.set('', '');
  for (const [path, ref] of moved) ctx.locations.set(path, ref);
  return merged.region as unknown as Record<string, unknown>;
}

/** Keeps the first issue per cell and code, and drops schema complaints about cells already reported. */
function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  const cellsWithOwnIssue = new Set(issues.filter((i) => !i.code.startsWith('schema-')).map((i) => i.path));
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const key = `${issue.path}|${issue.code}`;
    if (seen.has(key)) continue;
    if (issue.code.startsWith('schema-') && cellsWithOwnIssue.has(issue.path)) continue;
    seen.add(key);
    out.push(issue);
  }
  return out;
}

/** Sheets (as grids) -> a validated region, or every located issue at once. */
export function gridsToRegion(grids: readonly Grid[], options: ImportOptions): Result<ValidRegion> {
  const ctx = new ImportContext(options);
  const { doc } = readGrids(grids, ctx);
  return finishImport(options.base ? intoBase(doc, options.base, ctx) : doc, ctx);
}
