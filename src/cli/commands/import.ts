import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError, type Result } from '../../config/errors.js';
import type { ValidRegion } from '../../config/valid-region.js';
import { loadRegionText, validateRegion } from '../../config/load.js';
import { renderAnswersYaml } from '../../render/answers-yaml.js';
import { importCsv, importWorkbook, workbookTemplate } from '../../spreadsheet/index.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type Io } from '../io.js';
import { readAnswersFile } from '../read.js';
import { readErrorIssue } from '../../config/file-errors.js';
import { decodeCsvBytes } from '../../spreadsheet/csv-decode.js';
import { formatIssue } from '../../config/errors.js';
import { runGenerator } from '../run-generator.js';
import { readDeployment } from './add.js';
import { reportRun } from '../report-run.js';
import { checkTarget, sheetFormat } from './export.js';

export const importHelp = {
  id: 'mpp import BERKAS.xlsx|BERKAS.csv --out mpp.yaml [--base mpp.yaml] [--force]\nmpp import BERKAS.xlsx|BERKAS.csv --into FOLDER [--force] [--dry-run]\nmpp import --template BERKAS.xlsx [--lang id|en] [--force]\n  Membaca instansi, layanan dan loket dari buku kerja atau CSV. Kesalahan menyebut lembar, baris dan kolom; bila ada kesalahan, tidak ada yang ditulis.\n  --into menggabungkan ke deployment yang ada (pengenal sama diganti, yang baru ditambah) dan membuat ulang semua berkas.',
  en: 'mpp import FILE.xlsx|FILE.csv --out mpp.yaml [--base mpp.yaml] [--force]\nmpp import FILE.xlsx|FILE.csv --into FOLDER [--force] [--dry-run]\nmpp import --template FILE.xlsx [--lang id|en] [--force]\n  Reads agencies, services and counters from a workbook or CSV. Errors name sheet, row and column; on any error nothing is written.\n  --into merges into an existing deployment (same ids replaced, new ones added) and regenerates every file.',
};

/** Items of `from` replace those with the same id in `base` and are appended otherwise. */
function upsert<T extends { id: string }>(base: readonly T[] | undefined, from: readonly T[] | undefined): T[] {
  const out = [...(base ?? [])];
  for (const item of from ?? []) {
    const at = out.findIndex((existing) => existing.id === item.id);
    if (at >= 0) out[at] = item;
    else out.push(item);
  }
  return out;
}

/** A workbook's agencies, services and counters merged into existing answers (everything else kept). */
export function mergeImported(base: ValidRegion, imported: ValidRegion): ValidRegion {
  const merged: ValidRegion = { ...structuredClone(base), agencies: upsert(base.agencies, imported.agencies), services: upsert(base.services, imported.services) };
  const counters = upsert(base.counters, imported.counters);
  if (counters.length > 0) merged.counters = counters;
  return merged;
}

async function readSheet(file: string, io: Io, lang: Lang, base?: ValidRegion): Promise<Result<ValidRegion>> {
  const format = sheetFormat(undefined, file, lang);
  const path = resolve(io.cwd, file);
  let bytes: Buffer;
  try {
    statSync(path);
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, issues: [readErrorIssue(error, file, lang)] };
  }
  if (format === 'csv') {
    const decoded = decodeCsvBytes(new Uint8Array(bytes), file, lang);
    if (!decoded.ok) return decoded;
    for (const warning of decoded.value.warnings) io.err(`! ${formatIssue(warning)}`);
    return importCsv(decoded.value.text, { lang, file, base });
  }
  const imported = await importWorkbook(new Uint8Array(bytes), { lang, file });
  if (!imported.ok || !base) return imported;
  const merged = validateRegion(mergeImported(base, imported.value), { lang, file });
  return merged;
}

export async function importCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { out: { type: 'string' }, into: { type: 'string' }, base: { type: 'string' }, template: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    lang,
  );
  const useLang = (values.lang as Lang | undefined) ?? lang;
  const force = Boolean(values.force);
  const targets = [values.out, values.into, values.template].filter((v) => v !== undefined).length;
  if (targets !== 1) throw new InputError([{ path: '', code: 'import-target', message: t(useLang, 'grow.importTarget') }]);

  if (values.template !== undefined) {
    const file = values.template as string;
    sheetFormat('xlsx', file, useLang);
    const target = resolve(io.cwd, file);
    checkTarget(target, force, file, useLang);
    writeFileSync(target, await workbookTemplate(useLang));
    io.out(t(useLang, 'grow.written', { path: relative(io.cwd, target) || file }));
    return EXIT.ok;
  }

  const file = positionals[0];
  if (!file) throw new InputError([{ path: '', code: 'missing-file', message: t(useLang, 'grow.needFile', { what: 'xlsx/csv' }) }]);
  const isCsv = sheetFormat(undefined, file, useLang) === 'csv';

  if (values.into !== undefined) {
    const deployment = readDeployment(values.into as string, io, useLang);
    const result = await readSheet(file, io, useLang, deployment.region);
    if (!result.ok) throw new InputError(result.issues);
    const dryRun = Boolean(values['dry-run']);
    const outcome = await runGenerator({
      name: 'service',
      outDir: deployment.dir,
      lang: useLang,
      interactive: false,
      force,
      dryRun,
      options: { imported: result.value },
    });
    const region = result.value;
    const done = t(useLang, 'grow.imported', { agencies: region.agencies.length, services: region.services.length, counters: region.counters?.length ?? 0, file });
    return reportRun(io, useLang, outcome, dryRun, done);
  }

  const out = values.out as string;
  let base: ValidRegion | undefined;
  if (values.base !== undefined) {
    const text = readAnswersFile(values.base as string, io.cwd, useLang);
    const loaded = text.ok ? loadRegionText(text.value, { lang: useLang, file: values.base as string }) : text;
    if (!loaded.ok) throw new InputError(loaded.issues);
    base = loaded.value;
  } else if (isCsv) {
    throw new InputError([{ path: '--base', code: 'csv-needs-base', message: t(useLang, 'grow.csvNeedsBase') }]);
  }
  const target = resolve(io.cwd, out);
  checkTarget(target, force, out, useLang);
  const result = await readSheet(file, io, useLang, base);
  if (!result.ok) throw new InputError(result.issues);
  writeFileSync(target, renderAnswersYaml(result.value, 'schemas/region.schema.json'));
  const region = result.value;
  io.out(t(useLang, 'grow.imported', { agencies: region.agencies.length, services: region.services.length, counters: region.counters?.length ?? 0, file }));
  io.out(t(useLang, 'grow.written', { path: relative(io.cwd, target) || out }));
  return EXIT.ok;
}
