import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError } from '../../config/errors.js';
import type { ValidRegion } from '../../config/valid-region.js';
import { parseAnswersText, validateRegion } from '../../config/load.js';
import type { YamlSource } from '../../config/yaml-source.js';
import { growRegion } from '../../grow/grow.js';
import { parseItemText } from '../../grow/item-file.js';
import { isItemKind, type ItemKind } from '../../grow/kinds.js';
import { parseCommandArgs } from '../args.js';
import type { Io } from '../io.js';
import { readAnswersFile } from '../read.js';
import { checkOutDir, runGenerator, type GeneratorOutcome } from '../run-generator.js';
import { reportRun } from '../report-run.js';

export const addHelp = {
  id: 'mpp add agency|service|counter [--from ITEM.yaml] [--in FOLDER] [--replace] [--lang id|en] [--force] [--dry-run]\n  Menambah instansi (beserta layanannya), layanan atau loket ke deployment yang ada dan membuat ulang semua berkas.\n  Status daftar periksa tetap; berkas yang diubah tangan tidak ditimpa tanpa --force. Tanpa terminal, --from wajib.',
  en: 'mpp add agency|service|counter [--from ITEM.yaml] [--in FOLDER] [--replace] [--lang id|en] [--force] [--dry-run]\n  Adds an agency (with its services), a service or a counter to an existing deployment and regenerates every file.\n  Checklist statuses are kept; hand-edited files are not overwritten without --force. Without a terminal, --from is required.',
};

export interface DeploymentAnswers {
  dir: string;
  region: ValidRegion;
  source: YamlSource;
}

/** The deployment folder's mpp.yaml, read and validated before Yeoman is loaded (exit 2 when missing or invalid). */
export function readDeployment(dirOption: string | undefined, io: Io, lang: Lang): DeploymentAnswers {
  const dir = resolve(io.cwd, dirOption ?? '.');
  const file = join(dir, 'mpp.yaml');
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new InputError([{ path: '--in', file: relative(io.cwd, file) || file, code: 'no-deployment', message: t(lang, 'grow.noDeployment', { dir: relative(io.cwd, dir) || '.' }) }]);
  }
  const shown = relative(io.cwd, file) || 'mpp.yaml';
  const text = readAnswersFile(file, io.cwd, lang);
  if (!text.ok) throw new InputError(text.issues.map((i) => ({ ...i, file: shown })));
  const parsed = parseAnswersText(text.value, { lang, file: shown });
  if (!parsed.ok) throw new InputError(parsed.issues);
  const valid = validateRegion(parsed.value.data, { lang, file: shown }, parsed.value.source);
  if (!valid.ok) throw new InputError(valid.issues);
  checkOutDir(dir, lang);
  return { dir, region: valid.value, source: parsed.value.source };
}

export function kindArgument(value: string | undefined, lang: Lang): ItemKind {
  if (!isItemKind(value)) throw new InputError([{ path: 'kind', code: 'bad-kind', message: t(lang, 'grow.badKind', { kind: value ?? '' }) }]);
  return value;
}

export async function addCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { from: { type: 'string' }, in: { type: 'string' }, replace: { type: 'boolean' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    lang,
  );
  const useLang = (values.lang as Lang | undefined) ?? lang;
  const kind = kindArgument(positionals[0], useLang);
  const deployment = readDeployment(values.in as string | undefined, io, useLang);
  const replace = Boolean(values.replace);
  let fromPath: string | undefined;
  let id: string | undefined;
  if (values.from !== undefined) {
    // Everything is checked before Yeoman is loaded: a broken item fails fast and writes nothing.
    const from = values.from as string;
    const text = readAnswersFile(from, io.cwd, useLang);
    if (!text.ok) throw new InputError(text.issues);
    const parsed = parseItemText(text.value, { lang: useLang, file: from });
    if (!parsed.ok) throw new InputError(parsed.issues);
    const grown = growRegion(deployment.region, kind, parsed.value.item, {
      lang: useLang,
      replace,
      itemFile: from,
      itemSource: parsed.value.source,
      regionFile: relative(io.cwd, join(deployment.dir, 'mpp.yaml')),
      regionSource: deployment.source,
    });
    if (!grown.ok) throw new InputError(grown.issues);
    fromPath = resolve(io.cwd, from);
    id = grown.value.id;
  }
  const dryRun = Boolean(values['dry-run']);
  const outcome = await runGenerator({
    name: kind,
    outDir: deployment.dir,
    lang: useLang,
    interactive: io.stdinIsTTY && fromPath === undefined,
    force: Boolean(values.force),
    dryRun,
    options: { ...(fromPath ? { from: fromPath } : {}), replace },
  });
  const out = relative(io.cwd, deployment.dir) || '.';
  return reportRun(io, useLang, outcome, dryRun, t(useLang, 'grow.added', { kind: t(useLang, `grow.kind.${kind}`), id: id ?? '', out }));
}
