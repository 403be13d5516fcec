import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { contentHash } from '../../src/deployment/manifest.js';

/** Every file of a folder, by POSIX relative path. */
export function readFolder(dir: string): Record<string, Buffer> {
  const out: Record<string, Buffer> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path).split(sep).join('/')] = readFileSync(path);
    }
  };
  walk(dir);
  return Object.fromEntries(Object.keys(out).sort().map((k) => [k, out[k]]));
}

/** Every file of a folder as SHA-256 by path: compares whole folders quickly. */
export function folderHashes(dir: string): Record<string, string> {
  return Object.fromEntries(Object.entries(readFolder(dir)).map(([path, bytes]) => [path, contentHash(bytes)]));
}
