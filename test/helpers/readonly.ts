import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A folder nobody can write into, also when the tests run as root (as CI does): chmod for a normal
 * user; as root, a read-only tmpfs mount, or the immutable attribute. Returns the folder and a cleanup.
 */
export function readOnlyDir(parent: string): { dir: string; cleanup: () => void } {
  const dir = join(parent, 'read-only');
  mkdirSync(dir);
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555);
    return { dir, cleanup: () => chmodSync(dir, 0o755) };
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    return { dir, cleanup: () => execFileSync('umount', [dir], { stdio: 'ignore' }) };
  } catch {
    execFileSync('chattr', ['+i', dir], { stdio: 'ignore' });
    return { dir, cleanup: () => execFileSync('chattr', ['-i', dir], { stdio: 'ignore' }) };
  }
}

/** Proves a folder is really read-only for this process. */
export function assertUnwritable(dir: string): void {
  try {
    writeFileSync(join(dir, 'probe'), 'x');
  } catch {
    return;
  }
  rmSync(join(dir, 'probe'));
  throw new Error(`${dir} is writable: the read-only test would prove nothing`);
}
