/**
 * The files of a deployment folder as the site shows them: every file the generator wrote (hidden
 * files such as the generator's own state `.yo-rc.json` excepted), what kind of file it is, and the
 * route of its page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const KINDS = [
  ['markdown', /\.(md|markdown)$/i],
  ['csv', /\.csv$/i],
  ['yaml', /\.ya?ml$/i],
  ['json', /\.json$/i],
  ['html', /\.html?$/i],
  ['svg', /\.svg$/i],
  ['image', /\.(png|jpe?g|gif|webp)$/i],
];

/** Relative POSIX paths of the deployment's files, hidden files and folders excepted, sorted. */
export function listDeploymentFiles(dir) {
  const out = [];
  const walk = (sub) => {
    const entries = readdirSync(join(dir, sub), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) out.push(rel);
    }
  };
  walk('');
  return out.sort(comparePaths);
}

/** Files of the top folder first, then folders in name order (as a file browser lists them). */
export function comparePaths(a, b) {
  const pa = a.split('/');
  const pb = b.split('/');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const lastA = i === pa.length - 1;
    const lastB = i === pb.length - 1;
    if (lastA !== lastB) return lastA ? -1 : 1;
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return pa.length - pb.length;
}

/**
 * How a file is shown: markdown (a page), csv (a table), yaml | json (highlighted code), html
 * (embedded), svg | image (a picture), text (plain code) or binary (a download only). Known
 * extensions decide; any other file is text when it decodes as UTF-8 without NUL bytes.
 */
export function fileKind(path, content) {
  for (const [kind, pattern] of KINDS) if (pattern.test(path)) return kind;
  const bytes = content ?? Buffer.alloc(0);
  if (bytes.includes(0)) return 'binary';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'text';
  } catch {
    return 'binary';
  }
}

/** Reads a file and classifies it: { path, kind, bytes }. */
export function readDeploymentFile(dir, path) {
  const bytes = readFileSync(join(dir, path));
  return { path, kind: fileKind(path, bytes), bytes };
}

/**
 * A route-safe page path for every file (lower case, `a-z 0-9 - _` per segment, the extension kept
 * as a suffix: `layout/sizing.md` -> `layout/sizing-md`), unique within the deployment: a later
 * path that maps onto an earlier one gets `-2`, `-3`, ... Returns a Map path -> page path.
 */
export function pagePaths(paths) {
  const used = new Set();
  const out = new Map();
  for (const path of paths) {
    const base = path
      .split('/')
      .map((segment) => segment.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'x')
      .join('/');
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
    used.add(candidate);
    out.set(path, candidate);
  }
  return out;
}

/** "12,3 KB" / "12.3 KB": a file size for people, in the page language. */
export function formatSize(bytes, lang) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const text = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${lang === 'id' ? text.replace('.', ',') : text} ${units[unit]}`;
}
