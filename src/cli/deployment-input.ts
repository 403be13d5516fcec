import { join, relative, resolve } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { t } from '../i18n/catalogue.js';
import { InputError } from '../config/errors.js';
import type { ParsedAnswers } from '../config/answers-file.js';
import { readDeploymentAnswers } from '../deployment/answers.js';
import { isItemKind, type ItemKind } from '../grow/kinds.js';
import type { Io } from './io.js';
import { checkOutDir } from './out-dir.js';

/** An existing deployment's answers as read (parsed, not validated: the command validates its result once). */
export interface DeploymentInput extends ParsedAnswers {
  dir: string;
}

/** The deployment folder's mpp.yaml, read and parsed (exit 2 when missing, unreadable or not YAML). */
export function readDeployment(dirOption: string | undefined, io: Io, lang: Lang): DeploymentInput {
  const dir = resolve(io.cwd, dirOption ?? '.');
  const read = readDeploymentAnswers(dir, lang, { dir: relative(io.cwd, dir) || '.', file: relative(io.cwd, join(dir, 'mpp.yaml')) || 'mpp.yaml' });
  if (!read.ok) throw new InputError(read.issues);
  checkOutDir(dir, lang);
  return { dir, ...read.value };
}

/** The `agency|service|counter` argument of add and remove. */
export function kindArgument(value: string | undefined, lang: Lang): ItemKind {
  if (!isItemKind(value)) throw new InputError([{ path: 'kind', code: 'bad-kind', message: t(lang, 'grow.badKind', { kind: value ?? '' }) }]);
  return value;
}
