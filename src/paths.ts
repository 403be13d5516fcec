import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root (folder of generator-mpp's package.json), from source or from dist/. */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'generator-mpp') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('generator-mpp package root not found');
    dir = parent;
  }
}

export const packageRoot = findPackageRoot();
export const templatesDir = join(packageRoot, 'templates');
export const dataDir = join(packageRoot, 'data');
export const schemasDir = join(packageRoot, 'schemas');
