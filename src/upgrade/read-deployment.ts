import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeploymentPath, readBaseStore, type BaseSnapshot } from './base-store.js';

/** Bytes of a deployment-relative path, or undefined when it is not a regular file (a symbolic link is not followed). */
function readRelative(dir: string, path: string): Uint8Array | undefined {
  const file = join(dir, ...path.split('/'));
  try {
    return lstatSync(file).isFile() ? readFileSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/** The deployment's base store (`.mpp/base/`), as far as it can be read; none for an older deployment. */
export function loadBaseStore(dir: string): BaseSnapshot {
  return readBaseStore((path) => readRelative(dir, path));
}

/** The deployment's current files at the given paths (unsafe paths and missing files are left out). */
export function readCurrentFiles(dir: string, paths: Iterable<string>): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const path of paths) {
    if (!isDeploymentPath(path)) continue;
    const bytes = readRelative(dir, path);
    if (bytes !== undefined) out[path] = bytes;
  }
  return out;
}
