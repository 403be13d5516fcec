// yo 7.0.1 with this generator installed beside it, so that yo's own lookup finds it (as a user who
// runs `npm install -g yo generator-mpp` would). Started as root, yo switches to uid 1000: its HOME
// and output folder must belong to that user.
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const YO_VERSION = '7.0.1';

const asYoUser = (path) => {
  if (process.getuid?.() === 0) chownSync(path, 1000, 1000);
};

export function prepareYo(work, root) {
  const prefix = join(work, 'yo');
  mkdirSync(prefix, { recursive: true });
  writeFileSync(join(prefix, 'package.json'), '{"private":true}');
  execFileSync('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--silent', `yo@${YO_VERSION}`, root], { stdio: 'inherit' });
  const home = join(work, 'yo-home');
  mkdirSync(home, { recursive: true });
  asYoUser(home);
  return { yo: join(prefix, 'node_modules', '.bin', 'yo'), home };
}

/** An empty folder yo may write into. */
export function freshDir(path) {
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  asYoUser(path);
}
