import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { InputError } from '../config/errors.js';
import { parseAnswersText } from '../config/load.js';
import { readTextFile } from '../config/read-file.js';
import type { YamlSource } from '../config/yaml-source.js';
import { isItemKind, type ItemKind } from '../grow/kinds.js';
import type { Io } from './io.js';
import { checkOutDir } from './out-dir.js';

/** An existing deployment's answers as read (parsed, not validated: the command validates its result once). */
export interface DeploymentInput {
  dir: string;
  /** `mpp.yaml` as shown to the user (relative to the working folder). */
  file: string;
  data: unknown;
  source: YamlSource;
}

/** The deployment folder's mpp.yaml, read and parsed (exit 2 when missing, unreadable or not YAML). */
export function readDeployment(dirOption: string | undefined, io: Io, lang: Lang): DeploymentInput {
  const dir = resolve(io.cwd, dirOption ?? '.');
  const path = join(dir, 'mpp.yaml');
  const file = relative(io.cwd, path) || 'mpp.yaml';
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new InputError([{ path: '--in', file, code: 'no-deployment', message: t(lang, 'grow.noDeployment', { dir: relative(io.cwd, dir) || '.' }) }]);
  }
  const text = readTextFile(path, { lang, shownAs: file });
  const parsed = text.ok ? parseAnswersText(text.value, { lang, file }) : text;
  if (!parsed.ok) throw new InputError(parsed.issues);
  checkOutDir(dir, lang);
  return { dir, file, data: parsed.value.data, source: parsed.value.source };
}

/** The `agency|service|counter` argument of add and remove. */
export function kindArgument(value: string | undefined, lang: Lang): ItemKind {
  if (!isItemKind(value)) throw new InputError([{ path: 'kind', code: 'bad-kind', message: t(lang, 'grow.badKind', { kind: value ?? '' }) }]);
  return value;
}
