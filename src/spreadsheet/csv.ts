import type { Agency, Service } from '../generated/region.types.js';
import type { ValidAgency, ValidService, ValidRegion } from '../config/valid-region.js';
import type { Result } from '../config/errors.js';
import { csvRow } from '../render/escape.js';
import { t } from '../i18n/catalogue.js';
import { CSV_AGENCY_COLUMNS, SERVICES_SHEET, type Column } from './columns.js';
import { cellRef, isEmptyCell, rowRef, type Grid } from './grid.js';
import { getPath } from './paths.js';
import { encodeCell } from './cell-encode.js';
import { parseCsv } from './csv-parse.js';
import { ImportContext, finishImport, mapHeader, readRow, skipExample, type ImportOptions } from './grids-to-region.js';
import { slugify, uniqueId } from '../config/slug.js';
import { nameKey, withDerivedIds } from '../config/identify.js';
import { upsertById } from '../grow/merge.js';

/** The id pattern of the region schema. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The single-sheet CSV columns: the Layanan columns, then the agency columns (agencies are derived). */
export const CSV_COLUMNS: readonly Column[] = [...SERVICES_SHEET.columns, ...CSV_AGENCY_COLUMNS];

/**
 * `base` is the region the services go into (an existing mpp.yaml): agencies and services of the CSV
 * replace those with the same id and are appended otherwise; everything else is kept. Without a base
 * the result lacks region and MPP data and fails validation.
 */
export type CsvImportOptions = ImportOptions;

/**
 * A region's services as CSV (one row per service, with its agency's columns), headers in Bahasa
 * Indonesia, UTF-8 with BOM (spreadsheets then read non-Latin scripts right), CRLF lines, every text
 * formula-neutralized.
 */
export function exportCsv(region: ValidRegion): string {
  const agencies = new Map(region.agencies.map((a) => [a.id, a]));
  let out = '\ufeff' + csvRow(CSV_COLUMNS.map((c) => c.header.id));
  for (const service of region.services) {
    const agency = agencies.get(service.agency);
    const cells = [
      ...SERVICES_SHEET.columns.map((c) => encodeCell(getPath(service, c.path), c)),
      ...CSV_AGENCY_COLUMNS.map((c) => encodeCell(agency ? getPath(agency, c.path) : undefined, c)),
    ];
    out += csvRow(cells.map((cell) => (cell instanceof Date ? cell.toISOString() : cell)));
  }
  return out;
}

interface Located<T> {
  value: T;
  row: number;
  /** Field suffix (`name`, `standard.fee.amount`) -> cell reference. */
  cells: Map<string, string>;
}

/** CSV text (the single-sheet layout) -> a validated region, or every issue at once (`Layanan!C7`). */
export function importCsv(text: string, options: CsvImportOptions): Result<ValidRegion> {
  const lang = options.lang;
  const sheetName = SERVICES_SHEET.name[lang];
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    return { ok: false, issues: [{ path: rowRef(sheetName, parsed.line - 1), file: options.file, line: parsed.line, code: 'sheet-csv-quote', message: t(lang, 'sheet.csvQuote') }] };
  }
  if (parsed.rows.length === 0 || parsed.rows[0].every((cell) => cell.trim() === '')) {
    return { ok: false, issues: [{ path: '', file: options.file, code: 'sheet-csv-empty', message: t(lang, 'sheet.csvEmpty') }] };
  }
  const grid: Grid = { name: sheetName, rows: parsed.rows };
  const ctx = new ImportContext(options);
  const isServiceColumn = (c: Column): boolean => SERVICES_SHEET.columns.includes(c);
  const mapped = mapHeader(grid, CSV_COLUMNS, ctx, isServiceColumn);
  const serviceMapped = mapped.map((c) => (c && isServiceColumn(c) ? c : undefined));
  const agencyMapped = mapped.map((c) => (c && !isServiceColumn(c) ? c : undefined));
  const agencyColumn = serviceMapped.findIndex((c) => c?.path === 'agency');

  const services: Array<Located<ValidService>> = [];
  const agencies = new Map<string, Located<ValidAgency>>();
  const firstServiceRow = new Map<string, string>();
  // The base's identifiers as validation gives them (derived from names where the file leaves them out).
  const baseAnswers = options.base ? withDerivedIds(structuredClone(options.base), lang) : undefined;
  const derivedServiceIds = new Set<string>((baseAnswers?.services ?? []).flatMap((s) => (typeof s.id === 'string' ? [s.id] : [])));
  const baseAgencyByName = new Map<string, string>();
  for (const a of baseAnswers?.agencies ?? []) for (const n of [a.name, a.shortName]) if (n && a.id) baseAgencyByName.set(nameKey(n), a.id);
  for (let r = 1; r < grid.rows.length; r++) {
    if (grid.rows[r].every((cell) => isEmptyCell(cell)) || skipExample(grid, r, mapped, ctx)) continue;
    const scratch = `services[${services.length}]`;
    const service = readRow(grid, r, serviceMapped, scratch, ctx) as unknown as Service;
    const fields = readRow(grid, r, agencyMapped, `${scratch}.$agency`, ctx) as Partial<Agency>;
    // A blank id is derived from the name (ids taken in this file or the base get -2, -3...).
    if (service.id === undefined && typeof service.name === 'string' && slugify(service.name, '') !== '') service.id = uniqueId(slugify(service.name, ''), derivedServiceIds);
    const cells = new Map<string, string>();
    serviceMapped.forEach((c, index) => c && cells.set(c.path, cellRef(grid.name, r, index)));
    const agencyCells = new Map<string, string>();
    agencyMapped.forEach((c, index) => c && agencyCells.set(c.path, cellRef(grid.name, r, index)));
    const agencyRef = agencyColumn >= 0 ? cellRef(grid.name, r, agencyColumn) : rowRef(grid.name, r);
    agencyCells.set('id', agencyRef);

    if (typeof service.id === 'string') {
      const earlier = firstServiceRow.get(service.id);
      if (earlier) ctx.add(cells.get('id') ?? rowRef(grid.name, r), 'duplicate-id', t(lang, 'sheet.duplicateId', { id: service.id, other: earlier }), `${scratch}.id`);
      else firstServiceRow.set(service.id, cells.get('id') ?? rowRef(grid.name, r));
    }
    // The Instansi column holds the agency's id, or its name (then the id derives from the name,
    // or is the base agency of that name).
    let agencyId: string | undefined;
    if (typeof service.agency === 'string') {
      const text = service.agency;
      if (ID.test(text)) agencyId = text;
      else {
        agencyId = baseAgencyByName.get(nameKey(text)) ?? (slugify(text, '') || undefined);
        if (!baseAgencyByName.has(nameKey(text)) && fields.name === undefined) fields.name = text;
      }
    }
    if (agencyId === undefined && typeof fields.name === 'string' && slugify(fields.name, '') !== '') agencyId /* id from the name, '' when none can be made */ = slugify(fields.name, '');
    if (agencyId === undefined) {
      if (Object.keys(fields).length > 0) ctx.add(agencyRef, 'sheet-agency-id', t(lang, 'sheet.agencyIdMissing'), `${scratch}.agency`);
    } else {
      service.agency = agencyId;
      const known = agencies.get(agencyId);
      if (!known) {
        if (Object.keys(fields).length > 0) agencies.set(agencyId, { value: { id: agencyId, ...fields } as ValidAgency, row: r, cells: agencyCells });
      } else {
        for (const [key, value] of Object.entries(fields)) {
          const had = (known.value as unknown as Record<string, unknown>)[key];
          if (had === undefined) {
            (known.value as unknown as Record<string, unknown>)[key] = value;
            known.cells.set(key, agencyCells.get(key) ?? rowRef(grid.name, r));
          } else if (JSON.stringify(had) !== JSON.stringify(value)) {
            const column = CSV_AGENCY_COLUMNS.find((c) => c.path === key);
            ctx.add(agencyCells.get(key) ?? rowRef(grid.name, r), 'sheet-agency-conflict', t(lang, 'sheet.agencyConflict', { header: column?.header[lang] ?? key, id: agencyId, row: known.row + 1 }));
          }
        }
      }
    }
    services.push({ value: service as ValidService, row: r, cells });
  }

  const base = baseAnswers;
  const csvAgencies = [...agencies.values()];
  const mergedAgencies = upsertById(base?.agencies, csvAgencies.map((a) => a.value));
  const mergedServices = upsertById(base?.services, services.map((s) => s.value));
  ctx.locations.clear();
  for (const prefix of ['', 'agencies', 'services']) ctx.locations.set(prefix, '');
  const register = <T>(collection: string, items: ReadonlyArray<Located<T>>, at: readonly number[]): void => {
    items.forEach((item, k) => {
      ctx.locations.set(`${collection}[${at[k]}]`, rowRef(grid.name, item.row));
      for (const [suffix, ref] of item.cells) ctx.locations.set(`${collection}[${at[k]}].${suffix}`, ref);
    });
  };
  register('agencies', csvAgencies, mergedAgencies.at);
  register('services', services, mergedServices.at);
  const doc = { ...(base ?? { schemaVersion: 1 }), agencies: mergedAgencies.list, services: mergedServices.list } as Record<string, unknown>;
  return finishImport(doc, ctx);
}
