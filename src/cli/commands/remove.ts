import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError } from '../../config/errors.js';
import type { RegionAnswers } from '../../generated/region.types.js';
import { removeItem, removedText } from '../../grow/remove.js';
import { parseCommandArgs } from '../args.js';
import type { Io } from '../io.js';
import { kindArgument, readDeployment } from '../deployment-input.js';
import { shownDir, writeAndReport } from '../write-run.js';

export const removeHelp = {
  id: 'mpp remove agency|service|counter ID [--cascade] [--in FOLDER] [--lang id|en] [--force] [--dry-run] [--verbose]\n  Menghapus instansi, layanan atau loket dan membuat ulang deployment. Ditolak bila masih dirujuk, kecuali --cascade\n  (yang ikut menghapus layanan dan loketnya). Butir daftar periksa instansi itu tetap ada sebagai tidak-berlaku.',
  en: 'mpp remove agency|service|counter ID [--cascade] [--in FOLDER] [--lang id|en] [--force] [--dry-run] [--verbose]\n  Removes an agency, service or counter and regenerates the deployment. Refused while still referenced, unless --cascade\n  (which removes its services and counters too). The agency\'s checklist items stay, as tidak-berlaku.',
};

/** `mpp remove`: the deployment's answers without one item (removeItem: the one validation of the result), written. */
export async function removeCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    argv,
    { in: { type: 'string' }, cascade: { type: 'boolean' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, verbose: { type: 'boolean' } },
    lang,
  );
  const kind = kindArgument(positionals[0], lang);
  const id = positionals[1];
  if (!id) throw new InputError([{ path: 'id', code: 'bad-id', message: t(lang, 'grow.idMissing', { kind: t(lang, `grow.kind.${kind}`) }) }]);
  const deployment = readDeployment(values.in as string | undefined, io, lang);
  const removal = removeItem(deployment.data as RegionAnswers, kind, id, { lang, cascade: Boolean(values.cascade), regionFile: deployment.file, regionSource: deployment.source });
  if (!removal.ok) throw new InputError(removal.issues);
  const items = removedText(removal.value, lang);
  return writeAndReport(io, lang, removal.value.region, {
    dir: deployment.dir,
    force: Boolean(values.force),
    dryRun: Boolean(values['dry-run']),
    verbose: Boolean(values.verbose),
    merged: ['mpp.yaml'],
    done: () => t(lang, 'grow.removed', { items, out: shownDir(io, deployment.dir) }),
  });
}
