import { existsSync, readdirSync, rmdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError } from '../../config/errors.js';
import { removeItem } from '../../grow/remove.js';
import { parseCommandArgs } from '../args.js';
import type { Io } from '../io.js';
import { runGenerator } from '../run-generator.js';
import { kindArgument, readDeployment } from './add.js';
import { reportRun } from '../report-run.js';

export const removeHelp = {
  id: 'mpp remove agency|service|counter ID [--cascade] [--in FOLDER] [--lang id|en] [--force] [--dry-run]\n  Menghapus instansi, layanan atau loket dan membuat ulang deployment. Ditolak bila masih dirujuk, kecuali --cascade\n  (yang ikut menghapus layanan dan loketnya). Butir daftar periksa instansi itu tetap ada sebagai tidak-berlaku.',
  en: 'mpp remove agency|service|counter ID [--cascade] [--in FOLDER] [--lang id|en] [--force] [--dry-run]\n  Removes an agency, service or counter and regenerates the deployment. Refused while still referenced, unless --cascade\n  (which removes its services and counters too). The agency\'s checklist items stay, as tidak-berlaku.',
};

export async function removeCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { in: { type: 'string' }, cascade: { type: 'boolean' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } },
    lang,
  );
  const useLang = (values.lang as Lang | undefined) ?? lang;
  const kind = kindArgument(positionals[0], useLang);
  const id = positionals[1];
  if (!id) throw new InputError([{ path: 'id', code: 'bad-id', message: t(useLang, 'grow.idMissing', { kind: t(useLang, `grow.kind.${kind}`) }) }]);
  const deployment = readDeployment(values.in as string | undefined, io, useLang);
  const shown = relative(io.cwd, `${deployment.dir}/mpp.yaml`);
  // Refusals come before Yeoman is loaded.
  const removal = removeItem(deployment.region, kind, id, { lang: useLang, cascade: Boolean(values.cascade) });
  if (!removal.ok) throw new InputError(removal.issues.map((issue) => ({ ...issue, file: shown })));
  const dryRun = Boolean(values['dry-run']);
  const outcome = await runGenerator({
    name: 'remove',
    outDir: deployment.dir,
    lang: useLang,
    interactive: false,
    force: Boolean(values.force),
    dryRun,
    options: { kind, id, cascade: Boolean(values.cascade) },
  });
  const { removed } = removal.value;
  // The removed agencies' page folders, once their unedited pages are gone, go too.
  for (const agency of dryRun ? [] : removed.agencies) {
    const folder = join(deployment.dir, 'app', 'standar-pelayanan', agency);
    if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
  }
  const items = [
    ...removed.agencies.map((x) => `${t(useLang, 'grow.kind.agency')} ${x}`),
    ...removed.services.map((x) => `${t(useLang, 'grow.kind.service')} ${x}`),
    ...removed.counters.map((x) => `${t(useLang, 'grow.kind.counter')} ${x}`),
  ].join(', ');
  return reportRun(io, useLang, outcome, dryRun, t(useLang, 'grow.removed', { items, out: relative(io.cwd, deployment.dir) || '.' }));
}
