import { existsSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError } from '../../config/errors.js';
import { exportCsv, exportWorkbook } from '../../spreadsheet/index.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, type Io } from '../io.js';
import { loadAnswersFile } from '../../config/answers-file.js';

export const exportHelp = {
  id: 'mpp export mpp.yaml|FOLDER --out BERKAS.xlsx|BERKAS.csv [--format xlsx|csv] [--force] [--lang id|en]\n  Menulis konfigurasi ke buku kerja (tata letak yang sama dengan mpp import) atau CSV layanan.',
  en: 'mpp export mpp.yaml|FOLDER --out FILE.xlsx|FILE.csv [--format xlsx|csv] [--force] [--lang id|en]\n  Writes a configuration to a workbook (the same layout mpp import reads) or a services CSV.',
};

export type SheetFormat = 'xlsx' | 'csv';

/** The format asked for, or the one the file name ends with. */
export function sheetFormat(explicit: string | undefined, file: string, lang: Lang): SheetFormat {
  const format = (explicit ?? extname(file).slice(1)).toLowerCase();
  if (format === 'xlsx' || format === 'csv') return format;
  throw new InputError([{ path: '--format', code: 'bad-format', message: t(lang, 'grow.badFormat', { format: explicit ?? file }) }]);
}

/** Refuses to overwrite an existing file unless --force. */
export function checkTarget(path: string, force: boolean, shown: string, lang: Lang): void {
  if (existsSync(path) && !force) throw new InputError([{ path: shown, code: 'file-exists', message: t(lang, 'grow.fileExists', { path: shown }) }]);
}

export async function exportCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' }, format: { type: 'string' }, force: { type: 'boolean' } }, lang);
  const input = positionals[0] ?? '.';
  const out = values.out as string | undefined;
  if (!out) throw new InputError([{ path: '--out', code: 'missing-out', message: t(lang, 'grow.needOut') }]);
  const format = sheetFormat(values.format as string | undefined, out, lang);
  const inputPath = resolve(io.cwd, input);
  const file = existsSync(inputPath) && statSync(inputPath).isDirectory() ? join(input, 'mpp.yaml') : input;
  const loaded = loadAnswersFile(file, { cwd: io.cwd, lang });
  if (!loaded.ok) throw new InputError(loaded.issues);
  const target = resolve(io.cwd, out);
  checkTarget(target, Boolean(values.force), out, lang);
  const bytes = format === 'xlsx' ? await exportWorkbook(loaded.value) : exportCsv(loaded.value);
  writeFileSync(target, bytes);
  io.out(t(lang, 'grow.written', { path: relative(io.cwd, target) || out }));
  return EXIT.ok;
}
