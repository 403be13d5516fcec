import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { DeploymentFiles } from '../../src/deployment/files.js';
import { contentHash } from '../../src/deployment/manifest.js';
import { nextBaseRecords, writtenContent, type UpgradePlan } from '../../src/upgrade/plan.js';
import { baseStoreFiles, staleStorePaths } from '../../src/upgrade/base-store.js';
import type { KitInfo } from '../../src/deployment/kit.js';

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

/** A plan with every content replaced by its hash, for quick comparison. */
export function planDigest(plan: UpgradePlan): string {
  return JSON.stringify(plan, (_key, value: unknown) => (typeof value === 'string' && value.length > 200) || value instanceof Uint8Array ? `sha256:${contentHash(value as string | Uint8Array)}` : value);
}

export function writeFiles(dir: string, files: DeploymentFiles): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/**
 * What the writer of the deployment layer will do with an upgrade plan (the test's stand-in): write
 * what the decisions write, delete what they delete, then the base store, without stale objects.
 */
export function applyToFolder(dir: string, plan: UpgradePlan, kit: KitInfo): void {
  for (const decision of plan.decisions) {
    const content = writtenContent(decision);
    if (content !== undefined) writeFiles(dir, { [decision.path]: content });
    if (decision.kind === 'delete') rmSync(join(dir, decision.path));
  }
  const store = baseStoreFiles(nextBaseRecords(plan), kit);
  writeFiles(dir, store);
  for (const path of staleStorePaths(Object.keys(readFolder(dir)), store)) rmSync(join(dir, path));
}
