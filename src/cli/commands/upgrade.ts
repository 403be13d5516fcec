import { relative, resolve } from 'node:path';
import type { Lang } from '../../i18n/types.js';
import { t } from '../../i18n/catalogue.js';
import { InputError, isInputError } from '../../config/errors.js';
import { validateRegion } from '../../config/load.js';
import { KIT, kitLabel } from '../../deployment/kit.js';
import { parseCommandArgs } from '../args.js';
import type { Io } from '../io.js';
import { readDeployment, type DeploymentInput } from '../deployment-input.js';
import { shownDir, writeAndReport } from '../write-run.js';

export const upgradeHelp = {
  id: 'mpp upgrade [FOLDER] [--dry-run] [--lang id|en] [--force]\n  Memperbarui deployment ke versi kit ini dari mpp.yaml-nya: berkas yang tidak Anda ubah diganti, suntingan Anda dipertahankan,\n  berkas yang diubah Anda dan kit digabung tiga arah. Melaporkan keputusan per berkas, konflik yang perlu diselesaikan\n  dan catatan perubahan kit. Kode keluar: 0 selesai, 1 ada konflik atau berkas yang belum menerima perubahan kit, 2 kesalahan masukan.',
  en: 'mpp upgrade [FOLDER] [--dry-run] [--lang id|en] [--force]\n  Upgrades a deployment to this kit version from its mpp.yaml: files you did not edit are replaced, your edits are kept,\n  files both you and the kit changed are merged three ways. Reports the decision per file, the conflicts to resolve\n  and the kit\'s changelog. Exit code: 0 done, 1 conflicts or files left without the kit\'s change, 2 input errors.',
};

/** The deployment folder and its mpp.yaml, with a message that speaks of upgrading when there is none. */
function readUpgraded(folder: string | undefined, io: Io, lang: Lang): DeploymentInput {
  try {
    return readDeployment(folder, io, lang);
  } catch (error) {
    if (!isInputError(error) || !error.issues.some((issue) => issue.code === 'no-deployment')) throw error;
    const dir = relative(io.cwd, resolve(io.cwd, folder ?? '.')) || '.';
    throw new InputError([{ path: 'FOLDER', code: 'no-deployment', message: t(lang, 'upgrade.noDeployment', { dir }) }]);
  }
}

/**
 * `mpp upgrade [FOLDER]`: the region from the deployment's own mpp.yaml, validated once, written by
 * the running kit through the one writer (no Yeoman on this path), reported in full: the decision
 * per file, the conflicts to resolve and how, and the kit's changelog since the deployment's version.
 */
export async function upgradeCommand(argv: string[], io: Io, lang: Lang): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { force: { type: 'boolean' }, 'dry-run': { type: 'boolean' } }, lang);
  if (positionals.length > 1) throw new InputError([{ path: 'FOLDER', code: 'bad-option', message: t(lang, 'cli.unknownOption', { detail: positionals.slice(1).join(' ') }) }]);
  const deployment = readUpgraded(positionals[0], io, lang);
  const region = validateRegion(deployment.data, { lang, file: deployment.file }, deployment.source);
  if (!region.ok) throw new InputError(region.issues);
  return writeAndReport(io, lang, region.value, {
    dir: deployment.dir,
    force: Boolean(values.force),
    dryRun: Boolean(values['dry-run']),
    // mpp.yaml is rendered again from the user's own file, with the new kit's stamp.
    merged: ['mpp.yaml'],
    upgrade: true,
    done: (built) => t(lang, 'upgrade.done', { region: built.summary.regionTitle, out: shownDir(io, deployment.dir), kit: kitLabel(KIT) }),
  });
}
