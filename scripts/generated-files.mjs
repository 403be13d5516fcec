// The shared last step of the gen-* scripts: write each generated file that differs from its text,
// or with --check only report the stale ones (exit code 1).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** `files`: [path relative to `root`, text]. Returns the exit code. */
export function writeGenerated(root, files, command, argv = process.argv) {
  let stale = 0;
  for (const [out, text] of files) {
    const path = join(root, out);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    if (argv.includes('--check')) {
      console.error(`stale: ${out} (run npm run ${command})`);
      stale++;
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${out}`);
  }
  return stale > 0 ? 1 : 0;
}
