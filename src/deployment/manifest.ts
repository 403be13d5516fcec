import { createHash } from 'node:crypto';
import type { DeploymentFiles } from './files.js';

/**
 * What the previous run wrote: path -> SHA-256 of the bytes. A file on disk whose hash is still the
 * one recorded was not edited by hand, so regenerating it loses nothing; any other difference is
 * the user's edit, and Yeoman's conflict handling protects it.
 */
export type Manifest = Record<string, string>;

export function contentHash(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('hex');
}

export function manifestOf(files: DeploymentFiles): Manifest {
  const out: Manifest = {};
  for (const path of Object.keys(files).sort()) out[path] = contentHash(files[path]);
  return out;
}

/** True when the file on disk is exactly what mpp-kit wrote last time (safe to replace). */
export function untouchedSinceGenerated(path: string, onDisk: Uint8Array, manifest: Manifest | undefined): boolean {
  return manifest?.[path] !== undefined && manifest[path] === contentHash(onDisk);
}
