import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError, type Result } from '../../config/errors.js';
import type { ValidRegion } from '../../config/valid-region.js';
import type { RegionAnswers } from '../../generated/region.types.js';
import { parseAnswersFile, type ParsedAnswers } from '../../config/answers-file.js';
import { readFileBytes } from '../../config/read-file.js';
import { renderAnswersYaml } from '../../render/answers-yaml.js';
import { importCsv, importWorkbook, workbookTemplate } from '../../spreadsheet/index.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type Io } from '../io.js';
import { decodeCsvBytes } from '../../spreadsheet/csv-decode.js';
import { formatIssue } from '../../config/errors.js';
import { readDeployment } from '../deployment-input.js';
import { writeAndReport } from '../write-run.js';
import { checkTarget, sheetFormat } from './export.js';

export const importHelp = {
  id: 'mpp import BERKAS.xlsx|BERKAS.csv --out mpp.yaml [--base mpp.yaml] [--force]\nmpp import BERKAS.xlsx|BERKAS.csv --into FOLDER [--force] [--dry-run]\nmpp import --template BERKAS.xlsx [--lang id|en] [--force]\n  Membaca instansi, layanan dan loket dari buku kerja atau CSV. Kesalahan menyebut lembar, baris dan kolom; bila ada kesalahan, tidak ada yang ditulis.\n  --into menggabungkan ke deployment yang ada (pengenal sama diganti, yang baru ditambah) dan membuat ulang semua berkas.',
  en: 'mpp import FILE.xlsx|FILE.csv --out mpp.yaml [--base mpp.yaml] [--force]\nmpp import FILE.xlsx|FILE.csv --into FOLDER [--force] [--dry-run]\nmpp import --template FILE.xlsx [--lang id|en] [--force]\n  Reads agencies, services and counters from a workbook or CSV. Errors name sheet, row and column; on any error nothing is written.\n  --into merges into an existing deployment (same ids replaced, new ones added) and regenerates every file.',
};

/**
 * A workbook or CSV read into a region. With `base` (existing answers, parsed), the sheet's agencies,
 * services and counters go into it and the result is validated once, as a whole.
 */
async function readSheet(file: string, io: Io, lang: Lang, base?: ParsedAnswers): Promise<Result<ValidRegion>> {
  const format = sheetFormat(undefined, file, lang);
  const bytes = readFileBytes(file, { cwd: io.cwd, lang, maxBytes: Infinity });
  if (!bytes.ok) return bytes;
  const options = { lang, file, ...(base ? { base: base.data as RegionAnswers, baseSource: { file: base.file, source: base.source } } : {}) };
  if (format === 'csv') {
    // UTF-8 (with or without BOM), UTF-16, or Windows-1252 transcoded with a warning naming the file.
    const decoded = decodeCsvBytes(bytes.value, file, lang);
    if (!decoded.ok) return decoded;
    for (const warning of decoded.value.warnings) io.err(`! ${formatIssue(warning)}`);
    return importCsv(decoded.value.text, options);
  }
  return importWorkbook(bytes.value, options);
}

export async function importCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { out: { type: 'string' }, into: { type: 'string' }, base: { type: 'string' }, template: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    lang,
  );
  const force = Boolean(values.force);
  const targets = [values.out, values.into, values.template].filter((v) => v !== undefined).length;
  if (targets !== 1) throw new InputError([{ path: '', code: 'import-target', message: t(lang, 'grow.importTarget') }]);

  if (values.template !== undefined) {
    const file = values.template as string;
    sheetFormat('xlsx', file, lang);
    const target = resolve(io.cwd, file);
    checkTarget(target, force, file, lang);
    writeFileSync(target, await workbookTemplate(lang));
    io.out(t(lang, 'grow.written', { path: relative(io.cwd, target) || file }));
    return EXIT.ok;
  }

  const file = positionals[0];
  if (!file) throw new InputError([{ path: '', code: 'missing-file', message: t(lang, 'grow.needFile', { what: 'xlsx/csv' }) }]);
  const isCsv = sheetFormat(undefined, file, lang) === 'csv';

  if (values.into !== undefined) {
    const deployment = readDeployment(values.into as string, io, lang);
    const result = await readSheet(file, io, lang, deployment);
    if (!result.ok) throw new InputError(result.issues);
    const region = result.value;
    const done = t(lang, 'grow.imported', { agencies: region.agencies.length, services: region.services.length, counters: region.counters?.length ?? 0, file });
    return writeAndReport(io, lang, region, { dir: deployment.dir, force, dryRun: Boolean(values['dry-run']), merged: ['mpp.yaml'], done: () => done });
  }

  const out = values.out as string;
  let base: ParsedAnswers | undefined;
  if (values.base !== undefined) {
    const baseFile = values.base as string;
    const parsed = parseAnswersFile(baseFile, { cwd: io.cwd, lang });
    if (!parsed.ok) throw new InputError(parsed.issues);
    base = parsed.value;
  } else if (isCsv) {
    throw new InputError([{ path: '--base', code: 'csv-needs-base', message: t(lang, 'grow.csvNeedsBase') }]);
  }
  const target = resolve(io.cwd, out);
  checkTarget(target, force, out, lang);
  const result = await readSheet(file, io, lang, base);
  if (!result.ok) throw new InputError(result.issues);
  writeFileSync(target, renderAnswersYaml(result.value, 'schemas/region.schema.json'));
  const region = result.value;
  io.out(t(lang, 'grow.imported', { agencies: region.agencies.length, services: region.services.length, counters: region.counters?.length ?? 0, file }));
  io.out(t(lang, 'grow.written', { path: relative(io.cwd, target) || out }));
  return EXIT.ok;
}
