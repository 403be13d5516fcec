import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError } from '../../config/errors.js';
import type { RegionAnswers } from '../../generated/region.types.js';
import { growRegion } from '../../grow/grow.js';
import { parseItemFile } from '../../grow/item-file.js';
import { missingItemError } from '../../grow/item-fields.js';
import { parseCommandArgs } from '../args.js';
import type { Io } from '../io.js';
import { kindArgument, readDeployment } from '../deployment-input.js';
import { reportWrite, shownDir, writeAndReport } from '../write-run.js';

export const addHelp = {
  id: 'mpp add agency|service|counter [--from ITEM.yaml] [--in FOLDER] [--replace] [--lang id|en] [--force] [--dry-run] [--verbose]\n  Menambah instansi (beserta layanannya), layanan atau loket ke deployment yang ada dan membuat ulang semua berkas.\n  Status daftar periksa tetap; berkas yang diubah tangan tidak ditimpa tanpa --force. Tanpa terminal, --from wajib.',
  en: 'mpp add agency|service|counter [--from ITEM.yaml] [--in FOLDER] [--replace] [--lang id|en] [--force] [--dry-run] [--verbose]\n  Adds an agency (with its services), a service or a counter to an existing deployment and regenerates every file.\n  Checklist statuses are kept; hand-edited files are not overwritten without --force. Without a terminal, --from is required.',
};

/**
 * `mpp add`: the deployment's answers grown by one item (growRegion: the one validation of the
 * result) and written. The item comes from --from, or is asked for in a terminal (through Yeoman).
 */
export async function addCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { from: { type: 'string' }, in: { type: 'string' }, replace: { type: 'boolean' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, verbose: { type: 'boolean' } },
    lang,
  );
  const kind = kindArgument(positionals[0], lang);
  const deployment = readDeployment(values.in as string | undefined, io, lang);
  const replace = Boolean(values.replace);
  const force = Boolean(values.force);
  const dryRun = Boolean(values['dry-run']);
  const done = (id: string) => () => t(lang, 'grow.added', { kind: t(lang, `grow.kind.${kind}`), id, out: shownDir(io, deployment.dir) });
  if (values.from !== undefined) {
    const from = values.from as string;
    const parsed = parseItemFile(from, { cwd: io.cwd, lang });
    if (!parsed.ok) throw new InputError(parsed.issues);
    const grown = growRegion(deployment.data as RegionAnswers, kind, parsed.value.item, {
      lang,
      replace,
      itemFile: from,
      itemSource: parsed.value.source,
      regionFile: deployment.file,
      regionSource: deployment.source,
    });
    if (!grown.ok) throw new InputError(grown.issues);
    return writeAndReport(io, lang, grown.value.region, { dir: deployment.dir, force, dryRun, merged: ['mpp.yaml'], verbose: Boolean(values.verbose), done: done(grown.value.id) });
  }
  if (!io.stdinIsTTY) throw missingItemError(kind, lang);
  const { runGenerator } = await import('../run-generator.js');
  const result = await runGenerator({ name: kind, outDir: deployment.dir, lang, force, dryRun, options: { replace, deployment: { data: deployment.data, source: deployment.source, file: deployment.file } } });
  return result ? reportWrite(io, lang, result.outcome, done(result.id ?? '')(), { dir: shownDir(io, deployment.dir), verbose: Boolean(values.verbose) }) : 0;
}
